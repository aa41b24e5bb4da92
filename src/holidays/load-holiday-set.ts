import { SlaError } from '../core/errors.js';
import type { HolidaySet, HolidaySetReference } from '../calendar/types.js';
import { holidaySet } from './holiday-set.js';
import type { DateHolidaysClass, HolidaySetOptions } from './types.js';

/**
 * {@link holidaySet} for a region code (`'US'`, `'US-NY'`, `'GB-ENG'`) or a
 * `{ country, types }` reference, importing `date-holidays` itself (an optional peer dependency:
 * install it next to slakit). This is how a contract's `"holidays": { "country": "US" }` becomes
 * a calendar's holidays.
 *
 * @throws SlaError `MISSING_DEPENDENCY` (the promise rejects) when date-holidays is not installed;
 * `INVALID_ARGUMENT` for a code it does not know.
 * @example
 * ```ts
 * import { loadHolidaySet } from 'slakit/holidays';
 *
 * const holidays = await loadHolidaySet('GB-ENG', { types: ['public'] });
 * (holidays.holidaysIn(2026) as { date: string }[]).map((h) => h.date).slice(0, 2); //=> ['2026-01-01 00:00:00', '2026-04-03 00:00:00']
 * ```
 */
export async function loadHolidaySet(country: string | HolidaySetReference, options: Omit<HolidaySetOptions, 'Holidays'> = {}): Promise<HolidaySet> {
  let Holidays: DateHolidaysClass;
  try {
    const module = (await import('date-holidays')) as { default?: unknown };
    Holidays = (module.default ?? module) as DateHolidaysClass;
  } catch (error) {
    throw new SlaError('MISSING_DEPENDENCY', `date-holidays: not installed; run npm install date-holidays to compute holiday sets (${(error as Error).message})`, { path: 'date-holidays', value: undefined });
  }
  return holidaySet(country, { ...options, Holidays });
}
