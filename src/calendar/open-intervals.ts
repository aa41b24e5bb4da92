import { fail } from '../core/errors.js';
import { type DateInput, toEpochMs } from '../core/instant.js';
import { engineOf } from './create-calendar.js';
import { stretchAfter } from './engine.js';
import type { Calendar, OpenInterval } from './types.js';
import type { Interval } from '../core/interval.js';

/** The most stretches one query returns; a span holding more is an error, not a spinning search. */
export const MAX_STRETCHES_PER_QUERY = 100_000;

/** The error for a span with more than {@link MAX_STRETCHES_PER_QUERY} stretches or occurrences. */
export function tooManyStretches(path: string, value: unknown, what: string): never {
  return fail('INVALID_INTERVAL', path, value, `ends a span with more than ${MAX_STRETCHES_PER_QUERY.toLocaleString('en-US')} ${what}; ask for a shorter span`);
}

/** The open stretches inside `[from, to)` in epoch ms, merged across year boundaries. */
export function openStretches(calendar: Calendar, from: number, to: number): Interval[] {
  const engine = engineOf(calendar);
  const result: Interval[] = [];
  if (to <= from) return result;
  let table = engine.tableAt(from);
  let i = Math.max(0, stretchAfter(table, from) - 1);
  for (;;) {
    for (; i < table.starts.length; i++) {
      const start = Math.max(from, table.starts[i] as number);
      const end = Math.min(to, table.ends[i] as number);
      if (start >= to) return result;
      if (end <= start) continue;
      const previous = result[result.length - 1];
      if (previous !== undefined && previous.end === start) result[result.length - 1] = { start: previous.start, end };
      else if (result.push({ start, end }) > MAX_STRETCHES_PER_QUERY) return tooManyStretches('to', new Date(to), 'open stretches');
    }
    if (table.end >= to) return result;
    table = engine.table(table.year + 1);
    i = 0;
  }
}

/**
 * The open stretches of business time inside `[from, to)`, clipped to it and merged where they
 * touch.
 *
 * @throws SlaError `INVALID_INTERVAL` when `to` is before `from`, or when the span holds more than
 * 100,000 stretches (a documented limit: ask for a shorter span).
 * @example
 * ```ts
 * import { createCalendar, openIntervals } from 'slakit/calendar';
 *
 * const cal = createCalendar({ timeZone: 'UTC', hours: { mon: [['09:00', '12:00'], ['13:00', '17:00']] } });
 * openIntervals(cal, '2026-11-23T00:00:00Z', '2026-11-24T00:00:00Z');
 * //=> [{ start: '2026-11-23T09:00:00.000Z', end: '2026-11-23T12:00:00.000Z' },
 * //    { start: '2026-11-23T13:00:00.000Z', end: '2026-11-23T17:00:00.000Z' }] (as Dates)
 * ```
 */
export function openIntervals(calendar: Calendar, from: DateInput, to: DateInput): OpenInterval[] {
  const start = toEpochMs(from, 'from');
  const end = toEpochMs(to, 'to');
  if (end < start) return fail('INVALID_INTERVAL', 'to', to, 'is before from');
  return openStretches(calendar, start, end).map((i) => ({ start: new Date(i.start), end: new Date(i.end) }));
}
