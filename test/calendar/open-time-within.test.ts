// openTimeWithin (one search, then a walk over the next ranges) equals the two searches of
// openTimeBefore, for spans of no range up to many weeks, on random calendars (overnight shifts,
// holidays, DST zones); stretchAfter, the search among the ranges of an instant's day, equals the
// bisection for any instant, in the year, at its edges and outside it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCalendar } from '../../src/calendar/index.js';
import { engineOf } from '../../src/calendar/create-calendar.js';
import { openTimeBefore, openTimeWithin, stretchAfter, upperBound } from '../../src/calendar/engine.js';
import { spec } from './arbitraries.js';

describe('openTimeWithin', () => {
  it('equals openTimeBefore(to) − openTimeBefore(from) inside a year, for short and long spans (property)', () => {
    fc.assert(
      fc.property(spec, fc.integer({ min: 0, max: 364 * 24 * 60 }), fc.oneof(fc.integer({ min: 0, max: 600 }), fc.integer({ min: 0, max: 60 * 24 * 60 })), (s, startMinute, spanMinutes) => {
        const calendar = createCalendar(s);
        const engine = engineOf(calendar);
        const table = engine.tableAt(Date.UTC(2026, 5, 1));
        const from = Math.max(table.uncoveredUntil, table.start + startMinute * 60_000);
        const to = Math.min(table.end, from + spanMinutes * 60_000);
        if (to < from) return;
        expect(openTimeWithin(table, from, to)).toBe(openTimeBefore(table, to) - openTimeBefore(table, from));
      }),
      { numRuns: 400 },
    );
  });

  it('stretchAfter equals upperBound over the starts, for any instant (property)', () => {
    fc.assert(
      fc.property(spec, fc.integer({ min: -2 * 24 * 60, max: 368 * 24 * 60 }), fc.integer({ min: 0, max: 59_999 }), (s, minute, ms) => {
        const table = engineOf(createCalendar(s)).tableAt(Date.UTC(2026, 5, 1));
        for (const at of [table.start + minute * 60_000 + ms, table.start, table.end, table.end - 1, ...table.starts.slice(0, 3), ...table.starts.slice(-3)]) {
          expect(stretchAfter(table, at)).toBe(upperBound(table.starts, at));
          expect(stretchAfter(table, at - 1)).toBe(upperBound(table.starts, at - 1));
        }
      }),
      { numRuns: 400 },
    );
  });

  it('stretchAfter on days of twelve ranges (the bisection) and of none (closed months), at the year\'s edges too', () => {
    const closed = Array.from({ length: 273 }, (_, d) => new Date(Date.UTC(2026, 0, 1 + d)).toISOString().slice(0, 10));
    const twelve = Array.from({ length: 12 }, (_, h) => [`${String(2 * h).padStart(2, '0')}:00`, `${String(2 * h).padStart(2, '0')}:30`]);
    const hours = Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri'].map((day) => [day, twelve]));
    const table = engineOf(createCalendar({ timeZone: 'Europe/Berlin', hours, holidays: closed })).tableAt(Date.UTC(2026, 5, 1));
    expect(table.starts.length).toBeGreaterThan(12 * 60);
    for (let at = table.start - 86_400_000; at <= table.end + 86_400_000; at += 1_800_000 + 7) {
      expect(stretchAfter(table, at)).toBe(upperBound(table.starts, at));
    }
    for (const at of table.starts) expect([stretchAfter(table, at - 1), stretchAfter(table, at)]).toEqual([upperBound(table.starts, at - 1), upperBound(table.starts, at)]);
  });
});
