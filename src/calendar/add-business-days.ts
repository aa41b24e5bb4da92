import { civilFields, MS_PER_DAY } from '../core/civil-date.js';
import { fail } from '../core/errors.js';
import { type DateInput, toEpochMs } from '../core/instant.js';
import { engineOf } from './create-calendar.js';
import { beyondDateRange, FIRST_SEARCH_YEAR, LAST_SEARCH_YEAR, noOpenTime, refuseUncovered, SEARCH_LIMIT_YEARS, stretchAfter, toResultDate, upperBound } from './engine.js';
import { isOpenAt } from './is-open.js';

const MAX_DAYS = 100_000_000;
import { nextOpenAt } from './next-open.js';
import type { Calendar } from './types.js';

/**
 * The same local wall time on the n-th following business day (n < 0: the n-th previous one),
 * moved to the next open instant if the calendar is closed then. n = 0 returns `nextOpen(at)`.
 *
 * From closed time the count starts at the edge of the business time next to `at`: for n > 0 at
 * the next opening, as if `at` were that opening (`addBusinessDays(cal, t, n)` equals
 * `addBusinessDays(cal, nextOpen(cal, t), n)`); for n < 0 at the previous close, as if `at` were
 * that close. So a case opened Saturday 20:00 or Sunday 03:00 gets the same business time as one
 * opened at Monday's opening; for n > 0 the result is never before `at`, for n < 0 never after it.
 *
 * On a Monday–Friday 09:00–17:00 calendar, 3 business days from Saturday 20:00 is Thursday 09:00:
 * Monday's opening wall time on the 3rd following business day, the latest instant with Monday,
 * Tuesday and Wednesday (24 business hours) behind it, and the instant a case opened Monday 09:00
 * gets. The alternative, Wednesday 17:00, carries the same 24 business hours but is the earliest
 * such instant; get it with `addBusinessTime(cal, t, businessTimeBetween(cal, t, addBusinessDays(cal, t, n)))`.
 *
 * This is the "same wall time on the 3rd following business day" reading of "3 business days".
 * The other reading, 3 × the business day's length of business time, is
 * `addBusinessTime(cal, at, { hours: 27 })` on an 08:00–17:00 calendar.
 *
 * @throws SlaError `INVALID_ARGUMENT` for a non-integer n; `NO_OPEN_TIME` after 50 years in a row
 * without a business day, or at once when the result must lie outside the range of `Date`.
 * @example
 * ```ts
 * import { addBusinessDays, createCalendar } from 'slakit/calendar';
 *
 * const cal = createCalendar({ timeZone: 'America/New_York', hours: { mon: [['08:00', '17:00']], tue: [['08:00', '17:00']],
 *   wed: [['08:00', '17:00']], thu: [['08:00', '17:00']], fri: [['08:00', '17:00']] } });
 * addBusinessDays(cal, '2026-11-20T16:30:00-05:00', 3).toISOString(); //=> '2026-11-25T21:30:00.000Z' (Wed 16:30)
 * addBusinessDays(cal, '2026-11-22T03:00:00-05:00', 3).toISOString(); //=> '2026-11-26T13:00:00.000Z' (Sun 03:00 counts from Mon 08:00: Thu 08:00)
 * addBusinessDays(cal, '2026-11-21T20:00:00-05:00', -1).toISOString(); //=> '2026-11-20T13:00:00.000Z' (Sat 20:00 counts back from Fri 17:00: Fri 08:00)
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
  // From closed time, count from the next opening (n > 0) or the previous close (n < 0).
  const from = n > 0 ? nextOpenAt(calendar, epochMs) : isOpenAt(calendar, epochMs) ? epochMs : previousCloseAt(calendar, epochMs);
  const wall = engine.zone.toWall(from);
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

/** The latest instant at or before a closed instant at which an open stretch ends. */
function previousCloseAt(calendar: Calendar, epochMs: number): number {
  const engine = engineOf(calendar);
  let table = engine.tableAt(epochMs);
  // The stretch that starts last at or before a closed instant has ended by then.
  let i = stretchAfter(table, epochMs) - 1;
  for (let years = 0; i < 0; years++) {
    if (years >= SEARCH_LIMIT_YEARS) return noOpenTime('at', new Date(epochMs).toISOString(), 'open time before it');
    table = engine.table(table.year - 1);
    i = table.ends.length - 1;
  }
  // A stretch of unknown hours (the eve outside the holidays' coverage) may not exist.
  refuseUncovered(engine.compiled, table, table.starts[i] as number);
  return table.ends[i] as number;
}
