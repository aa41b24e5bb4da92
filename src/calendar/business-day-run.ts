import { civilFields, MS_PER_DAY } from '../core/civil-date.js';
import { addBusinessDaysAt } from './add-business-days.js';
import { engineOf } from './create-calendar.js';
import { type CalendarEngine, stretchAfter, upperBound, type YearTable } from './engine.js';
import { nextOpenAt } from './next-open.js';
import type { Calendar } from './types.js';

// Internal: counts the steps of `x ↦ addBusinessDaysAt(x, n)` below a bound without taking them
// one by one. A step keeps its local wall time T and moves n business days, unless the calendar is
// closed at T on the day reached (or T falls in a DST gap): then it is moved to the next opening.
// Per year table we know, for each business day, the wall times of day at which a step lands
// untouched ("clean"), and the same for blocks of BLOCK business days. A run of clean steps is a
// sequence of instants increasing with k, so the count below the bound is a bisection; the rare
// unclean step is taken by addBusinessDaysAt itself, so the results are those of the plain loop.

const BLOCK = 16;
// Short runs are stepped one by one: building a year's wall-time sets costs about a year of steps' worth of work once.
const STEPS_BEFORE_JUMPING = 2;
// Near the ends of Date's range addBusinessDaysAt has its own errors: step one by one there.
const MAX_JUMP_DAY = 90_000_000;

/** Per business day of a year table: the wall times of day (pairs `[from, to)` in ms) at which a step lands untouched. */
interface WallTimes {
  readonly days: readonly Float64Array[];
  /** `blocks[b]`: the wall times clean on every business day `b × BLOCK … b × BLOCK + BLOCK - 1`. */
  readonly blocks: readonly Float64Array[];
}

// Keyed by the engine's own year tables, so it lives and dies with them; made on first use (like the zone cache in core/time-zone).
let wallTimesOf: WeakMap<YearTable, WallTimes> | undefined;

function wallTimesOn(engine: CalendarEngine, table: YearTable, day: number): Float64Array {
  const zone = engine.zone;
  const midnight = day * MS_PER_DAY;
  // Only days with one offset from two days before to three days after: there toInstant(w) is
  // w - offset for every wall time w of the day and reads back as w. Days near a change are stepped.
  const offset = zone.offsetAt(midnight);
  for (let k = -2; k <= 3; k++) if (zone.offsetAt(midnight + k * MS_PER_DAY) !== offset) return new Float64Array(0);
  const from = midnight - offset;
  const to = from + MS_PER_DAY;
  const pairs: number[] = [];
  const { starts, ends } = table;
  for (let i = Math.max(0, stretchAfter(table, from) - 1); i < starts.length && (starts[i] as number) < to; i++) {
    const start = Math.max(starts[i] as number, from);
    const end = Math.min(ends[i] as number, to);
    if (end > start) pairs.push(start - from, end - from);
  }
  return Float64Array.from(pairs);
}

function intersect(a: Float64Array, b: Float64Array): Float64Array {
  const pairs: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const start = Math.max(a[i] as number, b[j] as number);
    const end = Math.min(a[i + 1] as number, b[j + 1] as number);
    if (end > start) pairs.push(start, end);
    if ((a[i + 1] as number) < (b[j + 1] as number)) i += 2;
    else j += 2;
  }
  return Float64Array.from(pairs);
}

function wallTimes(engine: CalendarEngine, table: YearTable): WallTimes {
  wallTimesOf ??= new WeakMap();
  let found = wallTimesOf.get(table);
  if (found === undefined) {
    const days = Array.from(table.businessDays, (day) => wallTimesOn(engine, table, day));
    const blocks: Float64Array[] = [];
    for (let b = 0; b * BLOCK < days.length; b++) {
      let common = days[b * BLOCK] as Float64Array;
      for (let i = b * BLOCK + 1; i < Math.min(days.length, (b + 1) * BLOCK); i++) common = intersect(common, days[i] as Float64Array);
      blocks.push(common);
    }
    found = { days, blocks };
    wallTimesOf.set(table, found);
  }
  return found;
}

function holds(pairs: Float64Array, time: number): boolean {
  for (let i = 0; i < pairs.length; i += 2) if (time >= (pairs[i] as number) && time < (pairs[i + 1] as number)) return true;
  return false;
}

/** The result of {@link businessDayRun}; one instance is reused. */
export class BusinessDayRun {
  /** Steps that landed before the bound (may stop counting once past the limit). */
  count = 0;
  /** The last of them (`from` when none did). */
  last = 0;
  /** The step after `last`: the first at or after the bound. */
  after = 0;
}

function finish(out: BusinessDayRun, count: number, last: number, after: number): void {
  out.count = count;
  out.last = last;
  out.after = after;
}

/**
 * Steps `x ↦ addBusinessDaysAt(calendar, x, n)` from `from` (n ≥ 1): how many steps land before
 * `bound`, the last of them and the one after. Stops once more than `limit` steps landed before
 * it (then `out.count > limit`). The same results, and errors, as the loop that takes every step.
 */
export function businessDayRun(calendar: Calendar, from: number, n: number, bound: number, limit: number, out: BusinessDayRun): void {
  const engine = engineOf(calendar);
  const zone = engine.zone;
  let x = from;
  let count = 0;
  for (;;) {
    if (count > limit) return finish(out, count, x, x);
    if (count >= STEPS_BEFORE_JUMPING) {
      // Where the step from x stands: its wall time of day and the business day it counts from.
      const wall = zone.toWall(nextOpenAt(calendar, x));
      const day = Math.floor(wall / MS_PER_DAY);
      const time = wall - day * MS_PER_DAY;
      if (Math.abs(day) < MAX_JUMP_DAY) {
        const table = engine.table(civilFields(day).year);
        const businessDays = table.businessDays;
        const { days, blocks } = wallTimes(engine, table);
        const at = upperBound(businessDays, day) - 1;
        // Business days past the bound's local day + 1 hold steps at or after the bound: no need to look further.
        const lastDay = Math.floor(zone.toWall(bound) / MS_PER_DAY) + 1;
        let clean = at + 1;
        while (clean < businessDays.length && (businessDays[clean] as number) <= lastDay) {
          if (clean % BLOCK === 0 && holds(blocks[clean / BLOCK] as Float64Array, time)) clean += BLOCK;
          else if (holds(days[clean] as Float64Array, time)) clean++;
          else break;
        }
        // Steps 1 … jumps land on clean days: the instant of (that day, time), increasing with k.
        const jumps = Math.min(Math.floor((Math.min(clean, businessDays.length) - 1 - at) / n), limit + 1 - count);
        if (jumps >= 1) {
          let lo = 0;
          let hi = jumps;
          while (lo < hi) {
            const mid = (lo + hi + 1) >>> 1;
            if (zone.toInstant((businessDays[at + mid * n] as number) * MS_PER_DAY + time) < bound) lo = mid;
            else hi = mid - 1;
          }
          const last = lo === 0 ? x : zone.toInstant((businessDays[at + lo * n] as number) * MS_PER_DAY + time);
          if (lo < jumps) return finish(out, count + lo, last, zone.toInstant((businessDays[at + (lo + 1) * n] as number) * MS_PER_DAY + time));
          count += lo;
          x = last;
          if (count > limit) return finish(out, count, x, x);
        }
      }
    }
    const next = addBusinessDaysAt(calendar, x, n);
    if (next >= bound) return finish(out, count, x, next);
    count++;
    x = next;
  }
}
