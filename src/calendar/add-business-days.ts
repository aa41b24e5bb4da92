import { civilFields, MS_PER_DAY } from '../core/civil-date.js';
import { fail } from '../core/errors.js';
import { type DateInput, toEpochMs } from '../core/instant.js';
import { engineOf } from './create-calendar.js';
import { beyondDateRange, FIRST_SEARCH_YEAR, LAST_SEARCH_YEAR, noOpenTime, SEARCH_LIMIT_YEARS, toResultDate, upperBound } from './engine.js';

const MAX_DAYS = 100_000_000;
import { nextOpenAt } from './next-open.js';
import type { Calendar } from './types.js';

/**
 * The same local wall time on the n-th following business day (n < 0: the n-th previous one),
 * moved to the next open instant if the calendar is closed then. n = 0 returns `nextOpen(at)`.
 *
 * This is the "same wall time on the 3rd following business day" reading of "3 business days".
 * The other reading, 3 × the business day's length of business time, is
 * `addBusinessTime(cal, at, { hours: 27 })` on an 08:00–17:00 calendar.
 *
 * @throws SlaError `INVALID_ARGUMENT` for a non-integer n; `NO_OPEN_TIME` after 50 years in a row
 * without a business day, or at once when the result must lie outside the range of `Date`.
 * @example
 * ```ts
 * const cal = createCalendar({ timeZone: 'America/New_York', hours: { mon: [['08:00', '17:00']], tue: [['08:00', '17:00']],
 *   wed: [['08:00', '17:00']], thu: [['08:00', '17:00']], fri: [['08:00', '17:00']] } });
 * addBusinessDays(cal, '2026-11-20T16:30:00-05:00', 3).toISOString(); //=> '2026-11-25T21:30:00.000Z' (Wed 16:30)
 * ```
 */
export function addBusinessDays(calendar: Calendar, at: DateInput, n: number): Date {
  const epochMs = toEpochMs(at);
  if (!Number.isSafeInteger(n)) return fail('INVALID_ARGUMENT', 'n', n, 'is not a whole number of business days');
  return toResultDate(addBusinessDaysAt(calendar, epochMs, n), n === 0 ? 'at' : 'n', n === 0 ? at : n);
}

/** {@link addBusinessDays} in epoch ms, for modules that keep instants as numbers; `n` is a safe integer. */
export function addBusinessDaysAt(calendar: Calendar, epochMs: number, n: number): number {
  const engine = engineOf(calendar);
  if (n === 0) return nextOpenAt(calendar, epochMs);
  const wall = engine.zone.toWall(epochMs);
  const startDay = Math.floor(wall / MS_PER_DAY);
  const timeOfDay = wall - startDay * MS_PER_DAY;
  // The n-th business day is at least |n| days away: past Date's range it is known at once.
  if (Math.abs(startDay + n) > MAX_DAYS + 1) return beyondDateRange('n', n);
  const table = engine.table(civilFields(startDay).year);
  const index = upperBound(table.businessDays, startDay); // first business day after startDay
  let day: number;
  // Semantics 8 limits a search through years WITHOUT business days, not a large n.
  if (n > 0) {
    const available = table.businessDays.length - index;
    if (n <= available) day = table.businessDays[index + n - 1] as number;
    else {
      const reached = engine.years.reach('businessDays', table.year + 1, 1, n - available, SEARCH_LIMIT_YEARS + 1, LAST_SEARCH_YEAR);
      if (reached === null) return noOpenTime('n', n, 'business days');
      day = engine.table(reached.year).businessDays[n - available - reached.before - 1] as number;
    }
  } else {
    // index - 1 is startDay itself when it is a business day; earlier ones come before it.
    const before = index - (table.businessDays[index - 1] === startDay ? 1 : 0);
    if (-n <= before) day = table.businessDays[before + n] as number;
    else {
      const reached = engine.years.reach('businessDays', table.year - 1, -1, -n - before, SEARCH_LIMIT_YEARS + 1, FIRST_SEARCH_YEAR);
      if (reached === null) return noOpenTime('n', n, 'business days');
      const found = engine.table(reached.year).businessDays;
      day = found[found.length - (-n - before - reached.before)] as number;
    }
  }
  return nextOpenAt(calendar, engine.zone.toInstant(day * MS_PER_DAY + timeOfDay));
}
