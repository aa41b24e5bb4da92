import { type DateInput, MAX_INSTANT_MS, toEpochMs } from '../core/instant.js';
import { engineOf } from './create-calendar.js';
import { SEARCH_LIMIT_YEARS, stretchAfter } from './engine.js';
import { isOpenAt } from './is-open.js';
import { findNextOpen } from './next-open.js';
import type { Calendar } from './types.js';

/**
 * The earliest instant at or after `at` at which an open stretch ends: the end of the current
 * stretch when open, `at` itself when a stretch ends exactly there, otherwise the end of the next
 * stretch. Stretches that touch (an overnight shift running into the next day's hours, or a
 * stretch over New Year) count as one.
 *
 * @returns `null` when the calendar never closes again (24x7 without holidays, no close within 50
 * years, or none before the end of `Date`'s range).
 * @example
 * ```ts
 * import { createCalendar, nextClose } from 'slakit/calendar';
 *
 * const cal = createCalendar({ timeZone: 'America/New_York', hours: { mon: [['08:00', '17:00']] } });
 * nextClose(cal, '2026-11-23T09:00:00-05:00')?.toISOString(); //=> '2026-11-23T22:00:00.000Z' (17:00)
 * nextClose(createCalendar({ timeZone: 'UTC', hours: '24x7' }), 0); //=> null
 * ```
 */
export function nextClose(calendar: Calendar, at: DateInput): Date | null {
  const engine = engineOf(calendar);
  const epochMs = toEpochMs(at);
  if (engine.compiled.alwaysOpen) return null;
  if (!isOpenAt(calendar, epochMs) && isOpenAt(calendar, epochMs - 1)) return new Date(epochMs);
  const from = findNextOpen(calendar, epochMs);
  if (from === null) return null;
  let table = engine.tableAt(from);
  let i = stretchAfter(table, from) - 1;
  for (let years = 0; years <= SEARCH_LIMIT_YEARS; years++) {
    const end = table.ends[i] as number;
    if (end > MAX_INSTANT_MS) return null; // no close that a Date can represent
    if (end !== table.end) return new Date(end);
    // The stretch reaches New Year: it goes on if next year opens at that very instant.
    const next = engine.table(table.year + 1);
    if (next.starts.length === 0 || next.starts[0] !== end) return new Date(end);
    table = next;
    i = 0;
  }
  return null;
}
