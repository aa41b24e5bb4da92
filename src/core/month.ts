import { dayNumber, parseYearMonth } from './civil-date.js';
import type { Interval } from './interval.js';
import { wallMs, zoneRules } from './time-zone.js';

/**
 * The instants a calendar month covers in a zone, `[first midnight, next month's first midnight)`.
 * A month with a DST change is an hour shorter or longer than its days × 24 hours.
 *
 * @throws SlaError `INVALID_DATE` for a bad month, `INVALID_TIME_ZONE` for a bad zone.
 * @example
 * ```ts
 * import { monthInterval } from 'slakit';
 *
 * const { start, end } = monthInterval('2026-03', 'America/New_York');
 * (end - start) / 60_000; //=> 44580
 * ```
 */
export function monthInterval(month: string, timeZone = 'UTC', path = 'month'): Interval {
  const { year, month: m } = parseYearMonth(month, path);
  const rules = zoneRules(timeZone);
  const next = m === 12 ? dayNumber(year + 1, 1, 1) : dayNumber(year, m + 1, 1);
  return { start: rules.toInstant(wallMs(dayNumber(year, m, 1), 0)), end: rules.toInstant(wallMs(next, 0)) };
}
