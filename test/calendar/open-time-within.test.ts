// openTimeWithin (one bisection, then a walk over the next ranges) equals the two bisections of
// openTimeBefore, for spans of no range up to many weeks, on random calendars (overnight shifts,
// holidays, DST zones).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCalendar } from '../../src/calendar/index.js';
import { engineOf } from '../../src/calendar/create-calendar.js';
import { openTimeBefore, openTimeWithin } from '../../src/calendar/engine.js';
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
});
