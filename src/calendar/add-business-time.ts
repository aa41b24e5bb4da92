import { type DurationInput, parseDuration } from '../core/duration.js';
import { type DateInput, MAX_INSTANT_MS, toEpochMs } from '../core/instant.js';
import { engineOf } from './create-calendar.js';
import {
  beyondDateRange,
  FIRST_SEARCH_YEAR,
  LAST_SEARCH_YEAR,
  lowerBound,
  noOpenTime,
  openTimeBefore,
  refuseUncovered,
  SEARCH_LIMIT_YEARS,
  toResultDate,
  upperBound,
  type YearTable,
} from './engine.js';
import type { Calendar } from './types.js';

/** {@link addBusinessTime} on epoch ms and a duration in ms. */
export function addOpenTime(calendar: Calendar, from: number, duration: number): number {
  const engine = engineOf(calendar);
  if (duration === 0) return from;
  // Business time never runs faster than elapsed time, so a result past Date's range is known at once.
  if (!(Math.abs(from + duration) <= MAX_INSTANT_MS)) return beyondDateRange('duration', duration);
  const table = engine.tableAt(from);
  let target = openTimeBefore(table, from) + duration;
  // Semantics 8 limits a search through years WITHOUT open time, not a long duration.
  if (duration > 0) {
    let found: YearTable = table;
    if (target > table.total) {
      const reached = engine.years.reach('total', table.year + 1, 1, target - table.total, SEARCH_LIMIT_YEARS, LAST_SEARCH_YEAR);
      if (reached === null) return noOpenTime('duration', duration, 'open time');
      found = engine.table(reached.year);
      target -= table.total + reached.before;
    }
    // Earliest u with open time [from, u) = duration: the stretch where the running total reaches it.
    const i = lowerBound(found.prefix, target) - 1;
    return (found.starts[i] as number) + target - (found.prefix[i] as number);
  }
  let found: YearTable = table;
  if (target < 0) {
    const reached = engine.years.reach('total', table.year - 1, -1, -target, SEARCH_LIMIT_YEARS, FIRST_SEARCH_YEAR);
    if (reached === null) return noOpenTime('duration', duration, 'open time');
    found = engine.table(reached.year);
    target += reached.before + found.total;
  }
  // Latest u with open time [u, from) = -duration; one in open time of unknown hours depends on it.
  const i = upperBound(found.prefix, target) - 1;
  const result = (found.starts[i] as number) + target - (found.prefix[i] as number);
  refuseUncovered(engine.compiled, found, result);
  return result;
}

/**
 * Moves an instant by an amount of business time. For a positive duration the result is the
 * EARLIEST instant `u >= at` with `businessTimeBetween(cal, at, u) === d` (so 9 business hours
 * from 08:00 on an 08:00–17:00 day is 17:00 that day); for a negative one, the LATEST `u <= at`
 * with `businessTimeBetween(cal, u, at) === -d`; zero returns `at`.
 *
 * @throws SlaError `INVALID_DURATION`; `NO_OPEN_TIME` when 50 years in a row hold no open time,
 * or at once when the result must lie outside the range of `Date` (`|at + duration| > 8.64e15`).
 * Long durations skip whole 400-year cycles, so the cost does not grow with the duration.
 * @example
 * ```ts
 * import { addBusinessTime, createCalendar } from 'slakit/calendar';
 *
 * const cal = createCalendar({ timeZone: 'America/New_York', hours: { mon: [['08:00', '17:00']], tue: [['08:00', '17:00']] } });
 * addBusinessTime(cal, '2026-11-23T08:00:00-05:00', { hours: 9 }).toISOString(); //=> '2026-11-23T22:00:00.000Z' (Mon 17:00)
 * addBusinessTime(cal, '2026-11-23T16:00:00-05:00', 'PT2H').toISOString();       //=> '2026-11-24T14:00:00.000Z' (Tue 09:00)
 * ```
 */
export function addBusinessTime(calendar: Calendar, at: DateInput, duration: DurationInput): Date {
  const ms = typeof duration === 'number' && Number.isInteger(duration) ? duration : parseDuration(duration, { allowNegative: true });
  return toResultDate(addOpenTime(calendar, toEpochMs(at), ms), 'duration', duration);
}
