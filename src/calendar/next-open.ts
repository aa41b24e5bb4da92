import { type DateInput, toEpochMs } from '../core/instant.js';
import { engineOf } from './create-calendar.js';
import { noOpenTime, SEARCH_LIMIT_YEARS, stretchAfter, toResultDate } from './engine.js';
import type { Calendar } from './types.js';

/** The earliest open instant at or after epoch ms, or `null` when there is none within 50 years. */
export function findNextOpen(calendar: Calendar, epochMs: number): number | null {
  const engine = engineOf(calendar);
  let table = engine.tableAt(epochMs);
  const i = stretchAfter(table, epochMs) - 1;
  if (i >= 0 && epochMs < (table.ends[i] as number)) return epochMs;
  if (i + 1 < table.starts.length) return table.starts[i + 1] as number;
  for (let years = 0; years < SEARCH_LIMIT_YEARS; years++) {
    table = engine.table(table.year + 1);
    if (table.starts.length > 0) return table.starts[0] as number;
  }
  return null;
}

/** The earliest open instant at or after epoch ms (internal form of {@link nextOpen}). */
export function nextOpenAt(calendar: Calendar, epochMs: number): number {
  return findNextOpen(calendar, epochMs) ?? noOpenTime('at', new Date(epochMs).toISOString(), 'open time');
}

/**
 * The first instant at or after `at` when the calendar is open: `at` itself when open.
 *
 * @throws SlaError `NO_OPEN_TIME` when there is none within 50 years.
 * @example
 * ```ts
 * import { createCalendar, nextOpen } from 'slakit/calendar';
 *
 * const cal = createCalendar({ timeZone: 'America/New_York', hours: { mon: [['08:00', '17:00']] } });
 * nextOpen(cal, '2026-11-21T12:00:00-05:00').toISOString(); //=> '2026-11-23T13:00:00.000Z' (Monday 08:00)
 * ```
 */
export function nextOpen(calendar: Calendar, at: DateInput): Date {
  return toResultDate(nextOpenAt(calendar, toEpochMs(at)), 'at', at);
}
