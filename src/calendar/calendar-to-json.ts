import { copySpec, engineOf } from './create-calendar.js';
import type { Calendar, CalendarSpec } from './types.js';

/**
 * The spec of a calendar as plain JSON data; `createCalendar(calendarToJSON(cal))` answers every
 * query the same way as `cal`.
 *
 * @example
 * ```ts
 * import { calendarToJSON, createCalendar } from 'slakit/calendar';
 *
 * const cal = createCalendar({ timeZone: 'UTC', hours: { mon: [['09:00', '17:00']] } });
 * calendarToJSON(cal); //=> { timeZone: 'UTC', hours: { mon: [['09:00', '17:00']] } }
 * ```
 */
export function calendarToJSON(calendar: Calendar): CalendarSpec {
  return copySpec(engineOf(calendar).compiled.spec);
}
