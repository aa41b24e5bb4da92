// A year table finds the stretch of an instant from its day (`byDay`), then walks that day's starts:
// held to the bisection it replaced for any instant (inside the year, at its edges, outside it),
// and the open time it measures held to a slow sum of overlaps with every stretch, on random
// calendars (overnight shifts, holidays, DST zones with 30- and 45-minute offsets).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { engineOpenTime } from '../../src/calendar/business-time-between.js';
import { createCalendar } from '../../src/calendar/index.js';
import { engineOf } from '../../src/calendar/create-calendar.js';
import { openTimeBefore, openTimeInside, stretchAfter, upperBound } from '../../src/calendar/engine.js';
import { spec } from './arbitraries.js';

const MINUTE = 60_000;

describe('stretchAfter', () => {
  it('equals upperBound over the starts for instants inside, at the edges of and outside the year (property)', () => {
    fc.assert(
      fc.property(spec, fc.array(fc.integer({ min: -3 * 24 * 60, max: 369 * 24 * 60 }), { minLength: 1, maxLength: 40 }), (s, minutes) => {
        const table = engineOf(createCalendar(s)).tableAt(Date.UTC(2026, 5, 1));
        for (const at of [table.start, table.end, table.start - 1, table.end + 1, ...minutes.map((m) => table.start + m * MINUTE), ...Array.from(table.starts).slice(0, 5)]) {
          expect(stretchAfter(table, at)).toBe(upperBound(table.starts, at));
          expect(stretchAfter(table, at - 1)).toBe(upperBound(table.starts, at - 1));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('has one count per whole day of the year table, each the stretches started by that day’s first instant', () => {
    const table = engineOf(createCalendar({ timeZone: 'America/New_York', hours: { mon: [['08:00', '17:00']], sat: [['22:00', '02:00']] } })).tableAt(Date.UTC(2026, 5, 1));
    expect(table.byDay.length).toBe(Math.ceil((table.end - table.start) / 86_400_000) + 1);
    table.byDay.forEach((count, day) => expect(count).toBe(upperBound(table.starts, table.start + day * 86_400_000)));
  });
});

describe('open time inside a year (openTimeInside, engineOpenTime)', () => {
  it('equals the sum of the overlaps of [from, to) with every stretch of the table (slow reference, property)', () => {
    fc.assert(
      fc.property(spec, fc.integer({ min: 0, max: 364 * 24 * 60 }), fc.oneof(fc.integer({ min: 0, max: 600 }), fc.integer({ min: 0, max: 60 * 24 * 60 }), fc.constantFrom(24 * 60 - 1, 24 * 60, 24 * 60 + 1)), fc.integer({ min: -1, max: 1 }), (s, startMinute, spanMinutes, ms) => {
        const engine = engineOf(createCalendar(s));
        const table = engine.tableAt(Date.UTC(2026, 5, 1));
        const from = Math.max(table.uncoveredUntil, table.start + startMinute * MINUTE);
        const to = Math.min(table.end - 1, from + spanMinutes * MINUTE + ms);
        if (to < from) return;
        let overlap = 0;
        table.starts.forEach((start, i) => (overlap += Math.max(0, Math.min(to, table.ends[i] as number) - Math.max(from, start))));
        expect(engineOpenTime(engine, from, to)).toBe(overlap);
        expect(openTimeBefore(table, to) - openTimeBefore(table, from)).toBe(overlap);
        // Within a day walked from the opening's stretch; a day or more, two lookups.
        expect(openTimeInside(table, from, to)).toBe(overlap);
      }),
      { numRuns: 400 },
    );
  });
});
