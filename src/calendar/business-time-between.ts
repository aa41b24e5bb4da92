import { type DateInput, toEpochMs } from '../core/instant.js';
import { engineOf } from './create-calendar.js';
import { type CalendarEngine, openTimeBefore, openTimeInside } from './engine.js';
import type { Calendar } from './types.js';

/** Open time in `[from, to)` in ms for epoch ms inputs (internal form of {@link businessTimeBetween}). */
export function openTimeBetween(calendar: Calendar, from: number, to: number): number {
  return engineOpenTime(engineOf(calendar), from, to);
}

/** {@link openTimeBetween} on a calendar's engine (a caller that reads many rows looks the engine up once). */
export function engineOpenTime(engine: CalendarEngine, from: number, to: number): number {
  if (to < from) return -engineOpenTime(engine, to, from);
  const first = engine.tableAt(from);
  if (to < first.end) return openTimeInside(first, from, to);
  const last = engine.tableAt(to);
  const between = engine.years.sum('total', first.year + 1, last.year);
  return first.total - openTimeBefore(first, from) + between + openTimeBefore(last, to);
}

/**
 * The business time inside `[from, to)`, in milliseconds, exact to the millisecond; negative when
 * `to` is before `from`. A lookup by day in a year table (and a walk of that day's stretches, or a
 * second lookup for a day or more) plus the sum of the whole years between;
 * those sums take whole 400-year cycles at once (the Gregorian cycle is a whole number of weeks),
 * so a span of 100,000 years costs about as much as one of 1,000. Years with dated holidays or
 * overrides, and 1700–2099 (where time zones have history), are measured one by one, once.
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
