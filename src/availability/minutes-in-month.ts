import { monthInterval } from '../core/month.js';

/**
 * x of the availability formula: the minutes of a calendar month in a zone. NCS §7: "the total
 * number of minutes in June would be calculated based on 24 hours per day x 60 minutes per hour x
 * 30 days (or 43,200 minutes)". In a zone with DST, the month of a change has an hour less or more.
 *
 * @param timeZone - Default `'UTC'`.
 * @throws SlaError `INVALID_DATE` for a month that is not `'YYYY-MM'` (`'2026-13'`),
 * `INVALID_TIME_ZONE` for an unknown zone.
 * @example
 * ```ts
 * import { minutesInMonth } from 'slakit/availability';
 *
 * minutesInMonth('2026-06'); //=> 43200
 * minutesInMonth('2024-02'); //=> 41760
 * minutesInMonth('2026-03', 'America/New_York'); //=> 44580 (the spring change: one hour less)
 * minutesInMonth('2026-11', 'America/New_York'); //=> 43260 (the autumn change: one hour more)
 * ```
 */
export function minutesInMonth(month: string, timeZone = 'UTC'): number {
  const { start, end } = monthInterval(month, timeZone);
  return (end - start) / 60_000;
}
