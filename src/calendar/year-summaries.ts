import { civilFields } from '../core/civil-date.js';
import type { CompiledSpec } from './compile-spec.js';

// Long spans without walking every year. A calendar's rules (weekly hours, yearly holidays) repeat
// every 400 years: the Gregorian cycle has 146,097 days, exactly 20,871 weeks. Time-zone offsets
// repeat too outside history: from PERIODIC_FROM on every zone follows its final DST rule, and before
// PERIODIC_BEFORE every zone keeps its local mean time. Only dated holidays and overrides (years
// 0000–9999) break the pattern; those years are measured one by one.

/** Years in the Gregorian cycle. */
export const CYCLE_YEARS = 400;
/** From this year on, offsets follow each zone's final rule (tzdata lists explicit changes to 2087). */
export const PERIODIC_FROM = 2100;
/** Before this year, every zone keeps a constant local mean time (tzdata starts in the 1840s). */
export const PERIODIC_BEFORE = 1700;
// Years measured one by one in a periodic range before its cycle is worth building.
const MEASURED_BEFORE_CYCLE = 100;

/** How much a local year holds: open time in ms and the number of business days. */
export interface YearSummary {
  readonly total: number;
  readonly businessDays: number;
}

/** A year table reduced to its summary. */
export type MeasureYear = (year: number) => YearSummary;

/** Year summaries with whole-cycle sums; `measure` reads the calendar, `measureRules` the same calendar without dated entries. */
export interface YearSummaries {
  summary(year: number): YearSummary;
  /** Sum of `key` over the years `[from, to)`, in time that does not grow with the span. */
  sum(key: keyof YearSummary, from: number, to: number): number;
  /**
   * The first year y >= `from` (step +1) or <= `from` (step -1) where the running sum of `key`
   * from `from` reaches `target` (> 0), with the amount before y; `null` after `emptyLimit`
   * consecutive empty years or past `lastYear`.
   */
  reach(key: keyof YearSummary, from: number, step: 1 | -1, target: number, emptyLimit: number, lastYear: number): { year: number; before: number } | null;
}

interface Cycle {
  readonly first: number;
  readonly totals: readonly YearSummary[];
  readonly sums: YearSummary;
  readonly hasEmptyYear: boolean;
}

function firstIndexAtLeast(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function yearsOfDatedEntries(compiled: CompiledSpec): number[] {
  const years = new Set<number>();
  // An observed shift or an overnight range reaches into the neighbouring years.
  const addYear = (year: number): void => void years.add(year - 1).add(year).add(year + 1);
  for (const year of compiled.holidayList.years) addYear(year);
  for (const day of compiled.overrides.keys()) addYear(civilFields(day).year);
  return [...years].sort((a, b) => a - b);
}

export function createYearSummaries(compiled: CompiledSpec, measure: MeasureYear, measureRules: () => MeasureYear): YearSummaries {
  const dated = yearsOfDatedEntries(compiled);
  const datedSet = new Set(dated);
  const measured = new Map<number, YearSummary>();
  let future: Cycle | undefined;
  let past: Cycle | undefined;
  let measuredFuture = 0;
  let measuredPast = 0;

  const buildCycle = (first: number): Cycle => {
    const rules = measureRules();
    const totals: YearSummary[] = [];
    let total = 0;
    let businessDays = 0;
    for (let year = first; year < first + CYCLE_YEARS; year++) {
      const summary = rules(year);
      totals.push(summary);
      total += summary.total;
      businessDays += summary.businessDays;
    }
    return { first, totals, sums: { total, businessDays }, hasEmptyYear: totals.some((s) => s.total === 0 || s.businessDays === 0) };
  };

  // A holiday set's years are each its own, and a bounded holiday list must fail past its years:
  // such calendars are measured year by year (which is where the coverage check happens).
  const periodic = compiled.holidaySource.set === null && compiled.holidaySource.coverage === null;
  const cycleOf = (year: number): Cycle | undefined => {
    if (!periodic || datedSet.has(year)) return undefined;
    if (year >= PERIODIC_FROM) {
      if (future === undefined && measuredFuture > MEASURED_BEFORE_CYCLE) future = buildCycle(PERIODIC_FROM);
      return future;
    }
    if (year < PERIODIC_BEFORE) {
      if (past === undefined && measuredPast > MEASURED_BEFORE_CYCLE) past = buildCycle(PERIODIC_BEFORE - CYCLE_YEARS);
      return past;
    }
    return undefined;
  };

  const summary = (year: number): YearSummary => {
    const cycle = cycleOf(year);
    if (cycle !== undefined) return cycle.totals[(((year - cycle.first) % CYCLE_YEARS) + CYCLE_YEARS) % CYCLE_YEARS] as YearSummary;
    let found = measured.get(year);
    if (found === undefined) {
      found = measure(year);
      if (year >= PERIODIC_FROM) measuredFuture++;
      else if (year < PERIODIC_BEFORE) measuredPast++;
      measured.set(year, found);
    }
    return found;
  };

  /** How many whole cycles fit from `year` in direction `step` before a dated year or the end of its periodic range. */
  const wholeCycles = (year: number, step: 1 | -1, years: number): number => {
    const cycle = cycleOf(year);
    if (cycle === undefined || years < CYCLE_YEARS) return 0;
    let room: number;
    if (step === 1) {
      const next = dated[firstIndexAtLeast(dated, year)];
      const limit = year >= PERIODIC_FROM ? (next ?? Infinity) : Math.min(next ?? Infinity, PERIODIC_BEFORE);
      room = Math.min(years, limit - year);
    } else {
      const previous = dated[firstIndexAtLeast(dated, year + 1) - 1];
      const limit = year < PERIODIC_BEFORE ? (previous ?? -Infinity) : Math.max(previous ?? -Infinity, PERIODIC_FROM - 1);
      room = Math.min(years, year - limit);
    }
    return Math.floor(room / CYCLE_YEARS);
  };

  const sum = (key: keyof YearSummary, from: number, to: number): number => {
    let total = 0;
    for (let year = from; year < to; ) {
      const cycles = wholeCycles(year, 1, to - year);
      if (cycles > 0) {
        total += cycles * (cycleOf(year) as Cycle).sums[key];
        year += cycles * CYCLE_YEARS;
      } else {
        total += summary(year)[key];
        year++;
      }
    }
    return total;
  };

  const reach: YearSummaries['reach'] = (key, from, step, target, emptyLimit, lastYear) => {
    let before = 0;
    let empty = 0;
    for (let year = from; step === 1 ? year <= lastYear : year >= lastYear; ) {
      const cycle = cycleOf(year);
      if (cycle !== undefined && !cycle.hasEmptyYear && cycle.sums[key] > 0) {
        // Skip whole cycles that cannot hold the answer; no run of empty years hides inside them.
        const cycles = Math.min(wholeCycles(year, step, Math.abs(lastYear - year) + 1), Math.ceil((target - before) / cycle.sums[key]) - 1);
        if (cycles > 0) {
          before += cycles * cycle.sums[key];
          year += step * cycles * CYCLE_YEARS;
          empty = 0;
          continue;
        }
      }
      const amount = summary(year)[key];
      if (before + amount >= target) return { year, before };
      before += amount;
      empty = amount > 0 ? 0 : empty + 1;
      if (empty >= emptyLimit) return null;
      year += step;
    }
    return null;
  };

  return { summary, sum, reach };
}
