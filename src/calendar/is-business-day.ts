import { type CivilDate, civilDateToDays, civilFields } from '../core/civil-date.js';
import { engineOf } from './create-calendar.js';
import { upperBound } from './engine.js';
import type { Calendar } from './types.js';

/**
 * Whether a local date is a business day: a date on which at least one open range starts (after
 * holidays and special days). A date reached only by the night shift of the evening before is not.
 *
 * @throws SlaError `INVALID_DATE` for anything but a real `'YYYY-MM-DD'` date.
 * @example
 * ```ts
 * import { createCalendar, isBusinessDay } from 'slakit/calendar';
 *
 * const cal = createCalendar({ timeZone: 'UTC', hours: { mon: [['08:00', '17:00']] }, holidays: ['2026-11-30'] });
 * isBusinessDay(cal, '2026-11-23'); //=> true
 * isBusinessDay(cal, '2026-11-30'); //=> false (holiday)
 * ```
 */
export function isBusinessDay(calendar: Calendar, day: CivilDate): boolean {
  const days = civilDateToDays(day, 'day');
  const table = engineOf(calendar).table(civilFields(days).year, days);
  const i = upperBound(table.businessDays, days) - 1;
  return i >= 0 && table.businessDays[i] === days;
}
