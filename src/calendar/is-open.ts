import { toEpochMs } from '../core/instant.js';
import { engineOf } from './create-calendar.js';
import { stretchAfter } from './engine.js';
import type { Calendar } from './types.js';
import type { DateInput } from '../core/instant.js';

/** Whether epoch ms falls inside an open stretch (internal form of {@link isOpen}). */
export function isOpenAt(calendar: Calendar, epochMs: number): boolean {
  const table = engineOf(calendar).tableAt(epochMs);
  const i = stretchAfter(table, epochMs) - 1;
  return i >= 0 && epochMs < (table.ends[i] as number);
}

/**
 * Whether the calendar is open at an instant (open stretches are half-open: open at their start,
 * closed at their end).
 *
 * @example
 * ```ts
 * import { createCalendar, isOpen } from 'slakit/calendar';
 *
 * const cal = createCalendar({ timeZone: 'America/New_York', hours: { mon: [['08:00', '17:00']] } });
 * isOpen(cal, '2026-11-23T08:00:00-05:00'); //=> true
 * isOpen(cal, '2026-11-23T17:00:00-05:00'); //=> false
 * ```
 */
export function isOpen(calendar: Calendar, at: DateInput): boolean {
  return isOpenAt(calendar, toEpochMs(at));
}
