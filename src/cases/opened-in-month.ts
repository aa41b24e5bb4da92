import { toEpochMs, type DateInput } from '../core/instant.js';
import { monthInterval } from '../core/month.js';

/**
 * Which month a case belongs to: the calendar month that holds its opening in the case's own zone
 * (the customer's), never in the zone of whoever runs the report. Returns a test for one month,
 * with the month's bounds computed once per zone; `compliance`, `cases --month` and the service
 * report all count a case through it.
 *
 * @throws SlaError `INVALID_DATE` for a bad month; the returned test throws `INVALID_TIME_ZONE`
 * for a bad zone and `INVALID_DATE` for a bad instant.
 * @example
 * ```ts
 * import { openedInMonth } from 'slakit/cases';
 *
 * const inOctober = openedInMonth('2026-10');
 * // 1 November 07:30 in Tokyo is still 31 October in New York.
 * inOctober('Asia/Tokyo', '2026-10-31T22:30:00Z'); //=> false
 * inOctober('America/New_York', '2026-10-31T22:30:00Z'); //=> true
 * ```
 */
export function openedInMonth(month: string): (timeZone: string, openedAt: DateInput) => boolean {
  monthInterval(month, 'UTC');
  const bounds = new Map<string, { start: number; end: number }>();
  return (timeZone, openedAt) => {
    let b = bounds.get(timeZone);
    if (b === undefined) {
      b = monthInterval(month, timeZone);
      bounds.set(timeZone, b);
    }
    const opened = typeof openedAt === 'number' ? openedAt : toEpochMs(openedAt, 'openedAt');
    return opened >= b.start && opened < b.end;
  };
}
