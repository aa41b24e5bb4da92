import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assertInterval,
  clipIntervals,
  type Interval,
  intersectIntervals,
  intervalsLength,
  subtractIntervals,
  unionIntervals,
} from '../../src/core/interval.js';

// The slow reference: the set of covered integer points of small intervals.
const points = (intervals: readonly Interval[]): Set<number> => {
  const set = new Set<number>();
  for (const { start, end } of intervals) for (let t = start; t < end; t++) set.add(t);
  return set;
};
const sorted = (set: Set<number>): number[] => [...set].sort((a, b) => a - b);

const interval = fc.tuple(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 20 })).map(([start, length]) => ({ start, end: start + length }));
const intervals = fc.array(interval, { maxLength: 8 });

function isCanonical(result: readonly Interval[]): boolean {
  return result.every((i, k) => i.end > i.start && (k === 0 || i.start > (result[k - 1] as Interval).end));
}

describe('intervals are half-open [start, end)', () => {
  it('union merges overlapping and adjacent intervals, drops empty ones, and sorts', () => {
    expect(unionIntervals([{ start: 5, end: 9 }, { start: 0, end: 5 }, { start: 20, end: 30 }, { start: 7, end: 7 }])).toEqual([
      { start: 0, end: 9 },
      { start: 20, end: 30 },
    ]);
    expect(unionIntervals([{ start: 0, end: 10 }, { start: 2, end: 3 }])).toEqual([{ start: 0, end: 10 }]);
  });

  it('intersection, subtraction, clipping and length on a worked example', () => {
    expect(intersectIntervals([{ start: 0, end: 10 }], [{ start: 5, end: 15 }])).toEqual([{ start: 5, end: 10 }]);
    expect(subtractIntervals([{ start: 0, end: 10 }], [{ start: 3, end: 5 }])).toEqual([{ start: 0, end: 3 }, { start: 5, end: 10 }]);
    expect(clipIntervals([{ start: 0, end: 10 }, { start: 20, end: 30 }], { start: 5, end: 25 })).toEqual([{ start: 5, end: 10 }, { start: 20, end: 25 }]);
    expect(intervalsLength([{ start: 0, end: 10 }, { start: 5, end: 20 }])).toBe(20);
  });

  it('end < start is INVALID_INTERVAL, naming the interval', () => {
    expect(() => unionIntervals([{ start: 0, end: 1 }, { start: 10, end: 0 }])).toThrow(/^INVALID_INTERVAL: intervals\[1\]: \{"start":10,"end":0\} ends before it starts/);
    expect(() => assertInterval({ start: 0.5, end: 1 })).toThrow(/INVALID_INTERVAL: interval: .* not a whole number/);
    expect(() => clipIntervals([], { start: 2, end: 1 })).toThrow(/INVALID_INTERVAL: window/);
    expect(() => intervalsLength([{ start: Number.NaN, end: 1 }])).toThrow(/INVALID_INTERVAL/);
  });

  it('does not modify its inputs', () => {
    const input = [{ start: 5, end: 9 }, { start: 0, end: 6 }];
    const copy = JSON.parse(JSON.stringify(input)) as Interval[];
    unionIntervals(input);
    subtractIntervals(input, [{ start: 1, end: 2 }]);
    expect(input).toEqual(copy);
  });
});

describe('interval properties (against a set of covered points)', () => {
  it('union covers exactly the points of its inputs, in canonical form', () => {
    fc.assert(fc.property(intervals, (a) => {
      const u = unionIntervals(a);
      expect(isCanonical(u)).toBe(true);
      expect(sorted(points(u))).toEqual(sorted(points(a)));
    }));
  });

  it('union is idempotent and order-independent', () => {
    fc.assert(fc.property(intervals, (a) => {
      expect(unionIntervals(unionIntervals(a))).toEqual(unionIntervals(a));
      expect(unionIntervals([...a].reverse())).toEqual(unionIntervals(a));
    }));
  });

  it('the length of a union is at most the sum of the lengths', () => {
    fc.assert(fc.property(intervals, (a) => {
      expect(intervalsLength(a)).toBeLessThanOrEqual(a.reduce((sum, i) => sum + i.end - i.start, 0));
      expect(intervalsLength(a)).toBe(points(a).size);
    }));
  });

  it('intersection and subtraction match the point sets; intersection commutes', () => {
    fc.assert(fc.property(intervals, intervals, (a, b) => {
      const pa = points(a);
      const pb = points(b);
      const both = intersectIntervals(a, b);
      expect(isCanonical(both)).toBe(true);
      expect(sorted(points(both))).toEqual(sorted(pa).filter((t) => pb.has(t)));
      expect(both).toEqual(intersectIntervals(b, a));
      const rest = subtractIntervals(a, b);
      expect(isCanonical(rest)).toBe(true);
      expect(sorted(points(rest))).toEqual(sorted(pa).filter((t) => !pb.has(t)));
    }));
  });

  it('subtract, then union with the removed part, gives the original back', () => {
    fc.assert(fc.property(intervals, intervals, (a, b) => {
      const removed = intersectIntervals(a, b);
      expect(unionIntervals([...subtractIntervals(a, b), ...removed])).toEqual(unionIntervals(a));
    }));
  });

  it('clipping keeps only the window', () => {
    fc.assert(fc.property(intervals, interval, (a, window) => {
      const clipped = clipIntervals(a, window);
      expect(clipped.every((i) => i.start >= window.start && i.end <= window.end)).toBe(true);
      expect(sorted(points(clipped))).toEqual(sorted(points(a)).filter((t) => t >= window.start && t < window.end));
    }));
  });
});
