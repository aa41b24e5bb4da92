import { type DateInput, toEpochMs } from '../core/instant.js';
import { engineOf } from './create-calendar.js';
import { openTimeBefore } from './engine.js';
import type { Calendar } from './types.js';

/** Open time in `[from, to)` in ms for epoch ms inputs (internal form of {@link businessTimeBetween}). */
export function openTimeBetween(calendar: Calendar, from: number, to: number): number {
  if (to < from) return -openTimeBetween(calendar, to, from);
  const engine = engineOf(calendar);
  const first = engine.tableAt(from);
  const last = engine.tableAt(to);
  if (first === last) return openTimeBefore(last, to) - openTimeBefore(first, from);
  let total = first.total - openTimeBefore(first, from);
  for (let year = first.year + 1; year < last.year; year++) total += engine.table(year).total;
  return total + openTimeBefore(last, to);
}

/**
 * The business time inside `[from, to)`, in milliseconds, exact to the millisecond; negative when
 * `to` is before `from`. Two bisections and a subtraction, however long the span.
 *
 * @example
 * ```ts
 * import { businessTimeBetween, createCalendar } from 'slakit/calendar';
 *
 * const cal = createCalendar({ timeZone: 'America/New_York', hours: { mon: [['08:00', '17:00']], tue: [['08:00', '17:00']] } });
 * businessTimeBetween(cal, '2026-11-23T16:00:00-05:00', '2026-11-24T09:00:00-05:00'); //=> 7200000 (2 h)
 * ```
 */
export function businessTimeBetween(calendar: Calendar, from: DateInput, to: DateInput): number {
  const result = openTimeBetween(calendar, toEpochMs(from, 'from'), toEpochMs(to, 'to'));
  return result === 0 ? 0 : result;
}
