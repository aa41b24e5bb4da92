import { type DurationInput, parseDuration } from '../core/duration.js';
import { type DateInput, toEpochMs } from '../core/instant.js';
import { engineOf } from './create-calendar.js';
import { lowerBound, noOpenTime, openTimeBefore, SEARCH_LIMIT_YEARS, toResultDate, upperBound, type YearTable } from './engine.js';
import type { Calendar } from './types.js';

/** {@link addBusinessTime} on epoch ms and a duration in ms. */
export function addOpenTime(calendar: Calendar, from: number, duration: number): number {
  if (duration === 0) return from;
  const engine = engineOf(calendar);
  let table: YearTable = engine.tableAt(from);
  let target = openTimeBefore(table, from) + duration;
  if (duration > 0) {
    // Earliest u with open time [from, u) = duration: the stretch where the running total reaches it.
    // Semantics 8 limits a search through years WITHOUT open time, not a long duration.
    for (let emptyYears = 0; target > table.total; emptyYears = table.total > 0 ? 0 : emptyYears + 1) {
      if (emptyYears >= SEARCH_LIMIT_YEARS) return noOpenTime('duration', duration, 'open time');
      target -= table.total;
      table = engine.table(table.year + 1);
    }
    const i = lowerBound(table.prefix, target) - 1;
    return (table.starts[i] as number) + target - (table.prefix[i] as number);
  }
  // Latest u with open time [u, from) = -duration.
  for (let emptyYears = 0; target < 0; emptyYears = table.total > 0 ? 0 : emptyYears + 1) {
    if (emptyYears >= SEARCH_LIMIT_YEARS) return noOpenTime('duration', duration, 'open time');
    table = engine.table(table.year - 1);
    target += table.total;
  }
  const i = upperBound(table.prefix, target) - 1;
  return (table.starts[i] as number) + target - (table.prefix[i] as number);
}

/**
 * Moves an instant by an amount of business time. For a positive duration the result is the
 * EARLIEST instant `u >= at` with `businessTimeBetween(cal, at, u) === d` (so 9 business hours
 * from 08:00 on an 08:00–17:00 day is 17:00 that day); for a negative one, the LATEST `u <= at`
 * with `businessTimeBetween(cal, u, at) === -d`; zero returns `at`.
 *
 * @throws SlaError `INVALID_DURATION`, or `NO_OPEN_TIME` when 50 years do not hold enough open time.
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
