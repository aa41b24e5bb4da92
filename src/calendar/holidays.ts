import { dayNumber, daysInMonth, formatCivilDate, weekdayOf } from '../core/civil-date.js';
import { SlaError } from '../core/errors.js';
import type { ClosedPart, HolidayList } from './compile-holidays.js';
import type { CompiledSpec, SecondsRange } from './compile-spec.js';
import type { FixedHoliday, NthWeekdayHoliday } from './types.js';

export const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;

/** Day numbers on which yearly rules fall in one year (observed shifts may cross years). */
export function holidayDaysNear(rules: readonly (FixedHoliday | NthWeekdayHoliday)[], year: number): Set<number> {
  const days = new Set<number>();
  for (const holiday of rules) {
    for (let y = year - 1; y <= year + 1; y++) {
      const day = 'weekday' in holiday ? nthWeekday(y, holiday.month, WEEKDAYS.indexOf(holiday.weekday), holiday.nth) : observedDay(y, holiday.month, holiday.day, holiday.observed);
      if (day !== null) days.add(day);
    }
  }
  return days;
}

/** The years a compiled calendar's holidays cover, or null for every year. */
export type Coverage = { readonly from: number; readonly to: number } | null;

/**
 * Whether the last day before `year` lies outside the coverage (and no override fixes its hours):
 * then a range of that day past midnight reaches into the year with hours that are not known.
 */
export function eveUncovered(compiled: CompiledSpec, year: number): boolean {
  const { coverage } = compiled.holidaySource;
  return coverage !== null && (year - 1 < coverage.from || year - 1 > coverage.to) && !compiled.overrides.has(dayNumber(year, 1, 1) - 1);
}

/** The error for a computation that needs a local date outside the holidays' coverage. */
export function holidaysNotCovered({ from, to }: NonNullable<Coverage>, day: number): never {
  const date = formatCivilDate(day);
  throw new SlaError(
    'HOLIDAYS_NOT_COVERED',
    `holidays: ${date} is past the years they cover (${from}–${to}); add those of ${date.slice(0, 4)} and widen holidayCoverage, use holidaySet (slakit/holidays), or set holidayCoverage: 'open'`,
    { path: 'holidays', value: date, coverage: { from, to } },
  );
}

const NONE: readonly SecondsRange[] = [];

/**
 * The open ranges of each local day a year table needs (the last day of the previous year, then
 * every day of `year`): overrides, then holidays, then the weekday's hours less closed parts.
 * Throws `HOLIDAYS_NOT_COVERED` when the year is outside the coverage; `near` (a day number) is
 * the date the error names when it lies in that year.
 */
export function dayRangesOf(compiled: CompiledSpec, year: number, near?: number): (day: number) => readonly SecondsRange[] {
  const { coverage, set } = compiled.holidaySource;
  const first = dayNumber(year, 1, 1);
  const last = dayNumber(year + 1, 1, 1) - 1;
  const outside = (y: number): boolean => coverage !== null && (y < coverage.from || y > coverage.to);
  if (outside(year)) holidaysNotCovered(coverage as NonNullable<Coverage>, near !== undefined && near >= first && near <= last ? near : year > (coverage as NonNullable<Coverage>).to ? first : last);
  const lists: HolidayList[] = [compiled.holidayList];
  if (set !== null) for (let y = year - 1; y <= year + 1; y++) lists.push(set(y));
  const ruleDays = holidayDaysNear(compiled.holidayList.rules, year);
  const previousOutside = outside(year - 1);
  return (day) => {
    const override = compiled.overrides.get(day);
    if (override !== undefined) return override;
    const weekly = compiled.weekly[weekdayOf(day)] as readonly SecondsRange[];
    // The eve outside the coverage: its weekly hours, an upper bound (holidays only close). Only a
    // range past midnight reaches into the year; the engine refuses queries that touch that reach.
    if (day < first && previousOutside) return weekly;
    if (ruleDays.has(day)) return NONE;
    let parts: ClosedPart[] | undefined;
    for (const list of lists) {
      if (list.closedDays.has(day)) return NONE;
      const more = list.closedParts.get(day);
      if (more !== undefined) parts = parts === undefined ? more : [...parts, ...more];
    }
    return parts === undefined ? weekly : withoutParts(weekly, parts);
  };
}

/** Ranges less closed parts of the day; a part ending at `Infinity` closes the rest of the day's ranges. */
export function withoutParts(ranges: readonly SecondsRange[], parts: readonly ClosedPart[]): SecondsRange[] {
  let result: SecondsRange[] = [...ranges];
  for (const [cutStart, cutEnd] of parts) {
    const next: SecondsRange[] = [];
    for (const [start, end] of result) {
      if (cutEnd <= start || cutStart >= end) next.push([start, end]);
      else {
        if (start < cutStart) next.push([start, cutStart]);
        if (cutEnd < end) next.push([cutEnd, end]);
      }
    }
    result = next;
  }
  return result;
}

function observedDay(year: number, month: number, day: number, observed: string | undefined): number | null {
  if (day > daysInMonth(year, month)) return null; // 29 February outside leap years
  const date = dayNumber(year, month, day);
  const weekday = weekdayOf(date);
  if (observed === 'nearest-weekday') return weekday === 6 ? date - 1 : weekday === 0 ? date + 1 : date;
  if (observed === 'next-weekday') return weekday === 6 ? date + 2 : weekday === 0 ? date + 1 : date;
  return date;
}

function nthWeekday(year: number, month: number, weekday: number, nth: number): number | null {
  const length = daysInMonth(year, month);
  if (nth > 0) {
    const first = dayNumber(year, month, 1);
    const day = 1 + ((weekday - weekdayOf(first) + 7) % 7) + (nth - 1) * 7;
    return day <= length ? first + day - 1 : null;
  }
  const last = dayNumber(year, month, length);
  const day = length - ((weekdayOf(last) - weekday + 7) % 7) + (nth + 1) * 7;
  return day >= 1 ? last - length + day : null;
}

