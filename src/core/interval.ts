import { fail, pathArgument } from './errors.js';

const MAX_INTERVAL_END = 1e16;

/**
 * A half-open span of time `[start, end)` in epoch milliseconds. `end === start` is empty.
 *
 * @example
 * ```ts
 * import type { Interval } from 'slakit';
 *
 * const firstHour: Interval = { start: 0, end: 3_600_000 };
 * ```
 */
export interface Interval {
  readonly start: number;
  readonly end: number;
}

/**
 * Checks that an interval has integer ends within ±1e16 ms (a little more than `Date`'s range)
 * and `start <= end`.
 *
 * @throws SlaError `INVALID_INTERVAL` otherwise.
 * @example
 * ```ts
 * import { assertInterval } from 'slakit';
 *
 * assertInterval({ start: 0, end: 10 }); // ok
 * assertInterval({ start: 10, end: 0 }); // throws SlaError INVALID_INTERVAL
 * ```
 */
export function assertInterval(interval: Interval, path = 'interval'): void {
  pathArgument(path);
  if (typeof interval !== 'object' || interval === null) fail('INVALID_INTERVAL', path, interval, 'is not an interval { start, end }');
  const { start, end } = interval;
  if (!Number.isInteger(start) || !Number.isInteger(end)) {
    fail('INVALID_INTERVAL', path, interval, 'has an end that is not a whole number of epoch milliseconds');
  }
  if (end < start) fail('INVALID_INTERVAL', path, interval, 'ends before it starts');
  // Sums of lengths stay exact and finite; internal year tables reach a little past Date's range.
  if (Math.abs(start) > MAX_INTERVAL_END || Math.abs(end) > MAX_INTERVAL_END) fail('INVALID_INTERVAL', path, interval, 'has an end outside ±1e16 ms');
}

/**
 * The union of intervals: sorted, with overlapping and adjacent intervals merged and empty ones
 * dropped. The input is not modified.
 *
 * @throws SlaError `INVALID_INTERVAL` for an interval that ends before it starts.
 * @example
 * ```ts
 * import { unionIntervals } from 'slakit';
 *
 * unionIntervals([{ start: 5, end: 9 }, { start: 0, end: 5 }, { start: 20, end: 30 }]);
 * //=> [{ start: 0, end: 9 }, { start: 20, end: 30 }]
 * ```
 */
export function unionIntervals(intervals: readonly Interval[], path = 'intervals'): Interval[] {
  pathArgument(path);
  if (!Array.isArray(intervals)) return fail('INVALID_INTERVAL', path, intervals, 'is not a list of intervals');
  // A plain loop, so holes in a sparse array are read (as undefined) and rejected.
  for (let i = 0; i < intervals.length; i++) assertInterval(intervals[i] as Interval, `${path}[${i}]`);
  const sorted = intervals.filter((i) => i.end > i.start).sort((a, b) => a.start - b.start || a.end - b.end);
  const result: Interval[] = [];
  for (const { start, end } of sorted) {
    const last = result[result.length - 1];
    if (last !== undefined && start <= last.end) {
      if (end > last.end) result[result.length - 1] = { start: last.start, end };
    } else {
      result.push({ start, end });
    }
  }
  return result;
}

/**
 * The time covered by both sets of intervals.
 *
 * @example
 * ```ts
 * import { intersectIntervals } from 'slakit';
 *
 * intersectIntervals([{ start: 0, end: 10 }], [{ start: 5, end: 15 }]); //=> [{ start: 5, end: 10 }]
 * ```
 */
export function intersectIntervals(a: readonly Interval[], b: readonly Interval[]): Interval[] {
  const left = unionIntervals(a, 'a');
  const right = unionIntervals(b, 'b');
  const result: Interval[] = [];
  let i = 0;
  let j = 0;
  while (i < left.length && j < right.length) {
    const x = left[i] as Interval;
    const y = right[j] as Interval;
    const start = Math.max(x.start, y.start);
    const end = Math.min(x.end, y.end);
    if (end > start) result.push({ start, end });
    if (x.end < y.end) i++;
    else j++;
  }
  return result;
}

/**
 * The time covered by `from` and not by `remove`.
 *
 * @example
 * ```ts
 * import { subtractIntervals } from 'slakit';
 *
 * subtractIntervals([{ start: 0, end: 10 }], [{ start: 3, end: 5 }]);
 * //=> [{ start: 0, end: 3 }, { start: 5, end: 10 }]
 * ```
 */
export function subtractIntervals(from: readonly Interval[], remove: readonly Interval[]): Interval[] {
  const base = unionIntervals(from, 'from');
  const holes = unionIntervals(remove, 'remove');
  const result: Interval[] = [];
  let j = 0;
  for (const interval of base) {
    let cursor = interval.start;
    while (j < holes.length && (holes[j] as Interval).end <= cursor) j++;
    let k = j;
    while (k < holes.length && (holes[k] as Interval).start < interval.end) {
      const hole = holes[k] as Interval;
      if (hole.start > cursor) result.push({ start: cursor, end: hole.start });
      cursor = Math.max(cursor, hole.end);
      k++;
    }
    if (cursor < interval.end) result.push({ start: cursor, end: interval.end });
  }
  return result;
}

/**
 * The parts of the intervals that fall inside one window, merged.
 *
 * @example
 * ```ts
 * import { clipIntervals } from 'slakit';
 *
 * clipIntervals([{ start: 0, end: 10 }, { start: 20, end: 30 }], { start: 5, end: 25 });
 * //=> [{ start: 5, end: 10 }, { start: 20, end: 25 }]
 * ```
 */
export function clipIntervals(intervals: readonly Interval[], window: Interval): Interval[] {
  assertInterval(window, 'window');
  const clipped = unionIntervals(intervals);
  return intersectIntervals(clipped, [window]);
}

/**
 * The total time covered by the intervals, in milliseconds, counting overlaps once.
 *
 * @example
 * ```ts
 * import { intervalsLength } from 'slakit';
 *
 * intervalsLength([{ start: 0, end: 10 }, { start: 5, end: 20 }]); //=> 20
 * ```
 */
export function intervalsLength(intervals: readonly Interval[]): number {
  return unionIntervals(intervals).reduce((sum, i) => sum + (i.end - i.start), 0);
}
