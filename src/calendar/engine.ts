import { civilFields, dayNumber, MS_PER_DAY } from '../core/civil-date.js';
import { SlaError } from '../core/errors.js';
import { MAX_INSTANT_MS } from '../core/instant.js';
import { clipIntervals, type Interval, unionIntervals } from '../core/interval.js';
import { wallMs, type ZoneRules, zoneRules } from '../core/time-zone.js';
import type { CompiledSpec } from './compile-spec.js';
import { type Coverage, dayRangesOf, eveUncovered, holidaysNotCovered } from './holidays.js';
import { createYearSummaries, type MeasureYear, type YearSummaries } from './year-summaries.js';

/** Searching farther than this many years for open time is an error (semantics 8). */
export const SEARCH_LIMIT_YEARS = 50;
// A year table of a typical calendar is a few kB; 64 of them stay well under 2 MB.
const MAX_CACHED_YEARS = 64;

/**
 * The open time of one local calendar year, `[start, end)`, as sorted, disjoint stretches in
 * epoch ms with prefix sums: `prefix[i]` is the open time before stretch i, `prefix[n]` the total.
 * A stretch that runs over New Year is split at the year boundary.
 */
export interface YearTable {
  readonly year: number;
  readonly start: number;
  readonly end: number;
  readonly starts: Float64Array;
  readonly ends: Float64Array;
  readonly prefix: Float64Array;
  readonly total: number;
  /** By whole days (24 h) from `start`: how many stretches start at or before the day's first instant. */
  readonly byDay: Int32Array;
  /** Sorted day numbers of the year's business days (dates on which an open range starts). */
  readonly businessDays: Int32Array;
  /**
   * Open time before this instant is not known: a range of the previous year's last day, which
   * lies outside the holidays' coverage, runs into the year until then (`start` when none does).
   * A query that depends on it throws `HOLIDAYS_NOT_COVERED` ({@link refuseUncovered}).
   */
  readonly uncoveredUntil: number;
}

/**
 * Throws `HOLIDAYS_NOT_COVERED` (naming the previous year's last day) when `epochMs` lies where a
 * table's open time is not known; a query that reads or returns an instant there depends on it.
 */
export function refuseUncovered(compiled: CompiledSpec, table: YearTable, epochMs: number): void {
  if (epochMs < table.uncoveredUntil) holidaysNotCovered(compiled.holidaySource.coverage as NonNullable<Coverage>, dayNumber(table.year, 1, 1) - 1);
}

/** The compiled calendar: validated spec, zone rules, and lazily expanded year tables. */
export interface CalendarEngine {
  readonly compiled: CompiledSpec;
  readonly zone: ZoneRules;
  /** `near`: the local day number a query asks about, named by a `HOLIDAYS_NOT_COVERED` error. */
  table(year: number, near?: number): YearTable;
  tableAt(epochMs: number): YearTable;
  /** Per-year totals that sum long spans by whole 400-year cycles. */
  readonly years: YearSummaries;
}

/** First index i with `array[i] > value` (array sorted ascending). */
export function upperBound(array: Float64Array | Int32Array, value: number): number {
  let lo = 0;
  let hi = array.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((array[mid] as number) <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First index i with `array[i] >= value` (array sorted ascending). */
export function lowerBound(array: Float64Array, value: number): number {
  let lo = 0;
  let hi = array.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((array[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * `upperBound(table.starts, epochMs)` for any instant: the count at the instant's day in `byDay`
 * (0 outside the year), walked over the few stretches that start later that day. A bisection's
 * steps are branches the processor mispredicts half the time; they were most of the cost of the
 * business time between two instants a few hours apart (a tool's cross-check, once a row).
 */
export function stretchAfter(table: YearTable, epochMs: number): number {
  const starts = table.starts;
  let i = table.byDay[Math.floor((epochMs - table.start) / MS_PER_DAY)] ?? 0;
  while ((starts[i] as number) <= epochMs) i++;
  return i;
}

/** Open time of a year table before `epochMs`, where stretch `i` is the last to start at or before it (-1: none). */
function openTimeThrough(table: YearTable, i: number, epochMs: number): number {
  return i < 0 ? 0 : (table.prefix[i] as number) + Math.min(epochMs, table.ends[i] as number) - (table.starts[i] as number);
}

/** Open time of a year table before an instant inside (or at the edges of) the year. */
export function openTimeBefore(table: YearTable, epochMs: number): number {
  return openTimeThrough(table, stretchAfter(table, epochMs) - 1, epochMs);
}

/**
 * Open time of a year table in `[from, to)`, both inside (or at the edges of) the year, `from <= to`.
 * Within a day, `to`'s stretch is walked to from `from`'s (a few steps), not looked up again: the
 * business time of a reply a few minutes or hours after the opening, once a row, is one lookup.
 */
export function openTimeInside(table: YearTable, from: number, to: number): number {
  if (to - from >= MS_PER_DAY) return openTimeBefore(table, to) - openTimeBefore(table, from);
  const i = stretchAfter(table, from);
  const starts = table.starts;
  let j = i;
  while ((starts[j] as number) <= to) j++;
  return openTimeThrough(table, j - 1, to) - openTimeThrough(table, i - 1, from);
}

/** A computed instant as a `Date`; past the range of `Date` there is no open time to find. */
export function toResultDate(epochMs: number, path: string, value: unknown): Date {
  if (!(Math.abs(epochMs) <= MAX_INSTANT_MS)) {
    throw new SlaError('NO_OPEN_TIME', `${path}: the result for ${String(value)} lies outside the range of Date`, { path, value });
  }
  return new Date(epochMs);
}

/** First and last local years a search may visit: one past the years of `Date`'s range. */
export const FIRST_SEARCH_YEAR = -271_822;
export const LAST_SEARCH_YEAR = 275_761;

/** The error for a result that must lie outside the range of `Date`, known before any search. */
export function beyondDateRange(path: string, value: unknown): never {
  throw new SlaError('NO_OPEN_TIME', `${path}: the result for ${String(value)} would lie outside the range of Date (±8.64e15 ms)`, { path, value });
}

/** The error for a search that found no open time within {@link SEARCH_LIMIT_YEARS}. */
export function noOpenTime(path: string, value: unknown, what: string): never {
  throw new SlaError('NO_OPEN_TIME', `${path}: searched ${SEARCH_LIMIT_YEARS} years from ${String(value)} and found no ${what}`, { path, value });
}

function measureWith(table: (year: number) => YearTable): MeasureYear {
  return (year) => {
    const found = table(year);
    return { total: found.total, businessDays: found.businessDays.length };
  };
}

export function createEngine(compiled: CompiledSpec): CalendarEngine {
  const zone = zoneRules(compiled.spec.timeZone);
  const tables = new Map<number, YearTable>();
  const yearStarts = new Map<number, number>();
  // The two most recently used tables: a query that crosses New Year touches both.
  let last: YearTable | undefined;
  let previous: YearTable | undefined;

  const yearStart = (year: number): number => {
    let start = yearStarts.get(year);
    if (start === undefined) {
      start = zone.toInstant(wallMs(dayNumber(year, 1, 1), 0));
      if (yearStarts.size >= 4 * MAX_CACHED_YEARS) yearStarts.clear();
      yearStarts.set(year, start);
    }
    return start;
  };

  const build = (year: number, near?: number): YearTable => {
    const start = yearStart(year);
    const end = yearStart(year + 1);
    const first = dayNumber(year, 1, 1);
    const after = dayNumber(year + 1, 1, 1);
    const rangesOn = dayRangesOf(compiled, year, near);
    const unknownEve = eveUncovered(compiled, year);
    let uncoveredUntil = start;
    const intervals: Interval[] = [];
    const businessDays: number[] = [];
    // The last day of the previous year contributes its overnight ranges.
    for (let day = first - 1; day < after; day++) {
      let business = false;
      for (const [from, to] of rangesOn(day)) {
        const open = zone.toInstant(wallMs(day, from));
        const close = zone.toInstant(wallMs(day, to));
        if (close > open) {
          intervals.push({ start: open, end: close });
          business = true;
          if (day < first && unknownEve) uncoveredUntil = Math.max(uncoveredUntil, Math.min(close, end));
        }
      }
      if (business && day >= first) businessDays.push(day);
    }
    const stretches = clipIntervals(unionIntervals(intervals), { start, end });
    const n = stretches.length;
    const starts = new Float64Array(n);
    const ends = new Float64Array(n);
    const prefix = new Float64Array(n + 1);
    stretches.forEach((stretch, i) => {
      starts[i] = stretch.start;
      ends[i] = stretch.end;
      prefix[i + 1] = (prefix[i] as number) + stretch.end - stretch.start;
    });
    const byDay = new Int32Array(Math.ceil((end - start) / MS_PER_DAY) + 1);
    for (let day = 0, i = 0; day < byDay.length; day++) {
      while ((starts[i] as number) <= start + day * MS_PER_DAY) i++;
      byDay[day] = i;
    }
    return { year, start, end, starts, ends, prefix, total: prefix[n] as number, byDay, businessDays: Int32Array.from(businessDays), uncoveredUntil };
  };

  const use = (found: YearTable): YearTable => {
    previous = last;
    last = found;
    return found;
  };

  const table = (year: number, near?: number): YearTable => {
    if (last !== undefined && last.year === year) return last;
    if (previous !== undefined && previous.year === year) return use(previous);
    let found = tables.get(year);
    if (found === undefined) {
      found = build(year, near);
      if (tables.size >= MAX_CACHED_YEARS) tables.delete(tables.keys().next().value as number);
      tables.set(year, found);
    }
    return use(found);
  };

  // The table of an instant; an instant whose open time is not known (see `uncoveredUntil`) throws.
  const tableAt = (epochMs: number): YearTable => {
    if (last !== undefined && epochMs >= last.uncoveredUntil && epochMs < last.end) return last;
    if (previous !== undefined && epochMs >= previous.uncoveredUntil && epochMs < previous.end) return use(previous);
    // The UTC year is within one of the local year; the cached boundaries settle it.
    let year = civilFields(Math.floor(epochMs / MS_PER_DAY)).year;
    if (epochMs < yearStart(year)) year -= 1;
    else if (epochMs >= yearStart(year + 1)) year += 1;
    const found = tables.has(year) ? table(year) : table(year, Math.floor(zone.toWall(epochMs) / MS_PER_DAY));
    refuseUncovered(compiled, found, epochMs);
    return found;
  };

  // The same rules without dated holidays, holiday sets and overrides: the pattern that repeats every 400 years.
  const measureRules = (): MeasureYear => {
    const rules = { ...compiled.holidayList, closedDays: new Set<number>(), closedParts: new Map(), years: [] };
    return measureWith(createEngine({ ...compiled, holidayList: rules, holidaySource: { coverage: null, set: null }, overrides: new Map() }).table);
  };
  let years: YearSummaries | undefined;

  return {
    compiled,
    zone,
    table,
    tableAt,
    get years() {
      return (years ??= createYearSummaries(compiled, measureWith(table), measureRules));
    },
  };
}
