import { civilFields } from '../core/civil-date.js';
import { engineOf } from './create-calendar.js';
import { LAST_SEARCH_YEAR, noOpenTime, SEARCH_LIMIT_YEARS, upperBound } from './engine.js';
import type { Calendar } from './types.js';

// Internal (not exported by the package): the day a deadline target falls on. A business day is a
// local date on which an open range starts, as isBusinessDay and addBusinessDays count them.

/**
 * The local day number of the `n`-th business day (n ≥ 1) strictly after the local day `day`:
 * n = 1 is the first business day after it, whatever `day` itself is.
 *
 * @throws SlaError `NO_OPEN_TIME` after 50 years in a row without a business day.
 */
export function businessDayAfter(calendar: Calendar, day: number, n: number): number {
  const engine = engineOf(calendar);
  const table = engine.table(civilFields(day).year, day);
  const index = upperBound(table.businessDays, day);
  const available = table.businessDays.length - index;
  if (n <= available) return table.businessDays[index + n - 1] as number;
  const reached = engine.years.reach('businessDays', table.year + 1, 1, n - available, SEARCH_LIMIT_YEARS + 1, LAST_SEARCH_YEAR);
  if (reached === null) return noOpenTime('businessDays', n, 'business days');
  return engine.table(reached.year).businessDays[n - available - reached.before - 1] as number;
}
