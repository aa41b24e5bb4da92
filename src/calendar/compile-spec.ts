import { civilDateToDays, daysInMonth, isCivilDate } from '../core/civil-date.js';
import { describeValue, fail, SlaError } from '../core/errors.js';
import { plainObject as plainObjectOf } from '../core/plain-data.js';
import { parseTimeOfDay } from '../core/time-of-day.js';
import { isValidTimeZone } from '../core/time-zone.js';
import { WEEKDAYS } from './holidays.js';
import type { CalendarSpec, Holiday, TimeRange, Weekday, WeeklyHours } from './types.js';

/** A range in seconds after the local midnight of the date it starts on; `end` may pass 86,400. */
export type SecondsRange = readonly [start: number, end: number];

/** A spec after validation: a frozen copy for JSON, and the ranges in seconds for the engine. */
export interface CompiledSpec {
  readonly spec: CalendarSpec;
  /** Ranges per weekday, index 0 = Sunday. */
  readonly weekly: readonly (readonly SecondsRange[])[];
  readonly holidays: readonly Holiday[];
  readonly overrides: ReadonlyMap<number, readonly SecondsRange[]>;
  /** Open around the clock with no exceptions: no stretch ever ends. */
  readonly alwaysOpen: boolean;
}

const SPEC_KEYS = ['timeZone', 'hours', 'holidays', 'overrides'];
const FIXED_HOLIDAY_KEYS = ['month', 'day', 'observed'];
const NTH_HOLIDAY_KEYS = ['month', 'weekday', 'nth'];
const OBSERVED = ['none', 'nearest-weekday', 'next-weekday'];
const WEEK_ORDER: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

function invalid(path: string, value: unknown, expected: string): never {
  return fail('INVALID_CALENDAR', path, value, expected);
}

function plainObject(value: unknown, path: string, allowed: readonly string[] | null): Record<string, unknown> {
  return plainObjectOf(value, path, 'INVALID_CALENDAR', allowed ?? undefined);
}

function integerIn(value: unknown, path: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    return invalid(path, value, `is not a whole number from ${min} to ${max}`);
  }
  return value;
}

function compileRanges(value: unknown, path: string): { ranges: TimeRange[]; seconds: SecondsRange[] } {
  if (!Array.isArray(value)) return invalid(path, value, "is not a list of ranges such as [['08:00', '17:00']]");
  const ranges: TimeRange[] = [];
  const seconds: { start: number; end: number; index: number }[] = [];
  value.forEach((range: unknown, index) => {
    const at = `${path}[${index}]`;
    if (!Array.isArray(range) || range.length !== 2) return invalid(at, range, "is not a range such as ['08:00', '17:00']");
    const [startText, endText] = range as [unknown, unknown];
    const start = parseTimeOfDay(startText, `${at}[0]`, 'INVALID_CALENDAR', false);
    let end = parseTimeOfDay(endText, `${at}[1]`, 'INVALID_CALENDAR', true);
    if (end === start) invalid(at, range, 'is empty: its start and end are the same');
    if (end < start) end += 86_400; // overnight: ends the next day
    ranges.push([startText as string, endText as string]);
    seconds.push({ start, end, index });
  });
  const sorted = [...seconds].sort((a, b) => a.start - b.start);
  for (let i = 1; i < sorted.length; i++) {
    const previous = sorted[i - 1] as (typeof sorted)[number];
    const current = sorted[i] as (typeof sorted)[number];
    if (current.start < previous.end) {
      const later = Math.max(previous.index, current.index);
      const other = later === current.index ? previous.index : current.index;
      throw new SlaError(
        'INVALID_CALENDAR',
        `${path}[${later}]: range ${describeValue(ranges[later])} overlaps ${describeValue(ranges[other])} on the same day`,
        { path: `${path}[${later}]`, value: ranges[later] },
      );
    }
  }
  return { ranges, seconds: sorted.map(({ start, end }) => [start, end] as const) };
}

function compileHoliday(value: unknown, path: string): Holiday {
  if (typeof value === 'string') {
    if (!isCivilDate(value)) invalid(path, value, "is not a civil date 'YYYY-MM-DD'");
    return value;
  }
  const isNth = typeof value === 'object' && value !== null && 'weekday' in value;
  const object = plainObject(value, path, isNth ? NTH_HOLIDAY_KEYS : FIXED_HOLIDAY_KEYS);
  const month = integerIn(object['month'], `${path}.month`, 1, 12);
  if (isNth) {
    const weekday = object['weekday'];
    if (typeof weekday !== 'string' || !(WEEKDAYS as readonly string[]).includes(weekday)) invalid(`${path}.weekday`, weekday, 'is not a weekday (mon … sun)');
    const nth = object['nth'];
    if (typeof nth !== 'number' || !Number.isInteger(nth) || nth === 0 || nth < -5 || nth > 5) invalid(`${path}.nth`, nth, 'is not 1 … 5, or -1 (last) … -5');
    return { month, weekday: weekday as Weekday, nth };
  }
  const day = integerIn(object['day'], `${path}.day`, 1, daysInMonth(2024, month));
  const observed = object['observed'];
  if (observed === undefined) return { month, day };
  if (typeof observed !== 'string' || !OBSERVED.includes(observed)) invalid(`${path}.observed`, observed, `is not one of ${OBSERVED.join(', ')}`);
  return { month, day, observed: observed as FixedObserved };
}
type FixedObserved = 'none' | 'nearest-weekday' | 'next-weekday';

/** Validates a spec and compiles it; the result shares nothing with the caller's objects. */
export function compileSpec(input: unknown): CompiledSpec {
  const spec = plainObject(input, '', SPEC_KEYS);
  const timeZone = spec['timeZone'];
  if (!isValidTimeZone(timeZone)) invalid('timeZone', timeZone, "is not an IANA time zone such as 'America/New_York'");

  const weekly: SecondsRange[][] = WEEKDAYS.map(() => []);
  let hours: CalendarSpec['hours'];
  const hoursInput = spec['hours'];
  if (hoursInput === '24x7') {
    hours = '24x7';
    weekly.forEach((ranges) => ranges.push([0, 86_400]));
  } else {
    if (typeof hoursInput !== 'object' || hoursInput === null || Array.isArray(hoursInput)) {
      invalid('hours', hoursInput, "is not '24x7' or an object of weekday ranges such as { mon: [['08:00', '17:00']] }");
    }
    const object = plainObject(hoursInput, 'hours', WEEK_ORDER);
    const copy: { [day in Weekday]?: TimeRange[] } = {};
    for (const day of WEEK_ORDER) {
      if (object[day] === undefined) continue;
      const { ranges, seconds } = compileRanges(object[day], `hours.${day}`);
      copy[day] = ranges;
      weekly[WEEKDAYS.indexOf(day)] = seconds;
    }
    hours = copy as WeeklyHours;
  }

  const holidaysInput = spec['holidays'];
  let holidays: Holiday[] = [];
  if (holidaysInput !== undefined) {
    if (!Array.isArray(holidaysInput)) invalid('holidays', holidaysInput, 'is not a list of holidays');
    holidays = holidaysInput.map((holiday: unknown, i) => compileHoliday(holiday, `holidays[${i}]`));
  }

  const overrides = new Map<number, SecondsRange[]>();
  const overridesCopy: Record<string, TimeRange[]> = {};
  const overridesInput = spec['overrides'];
  if (overridesInput !== undefined) {
    const object = plainObject(overridesInput, 'overrides', null);
    for (const date of Object.keys(object)) {
      if (!isCivilDate(date)) invalid(`overrides.${date}`, date, "is not a civil date 'YYYY-MM-DD'");
      const { ranges, seconds } = compileRanges(object[date], `overrides.${date}`);
      overridesCopy[date] = ranges;
      overrides.set(civilDateToDays(date), seconds);
    }
  }

  const hasWeeklyHours = weekly.some((ranges) => ranges.length > 0);
  const hasOverrideHours = [...overrides.values()].some((ranges) => ranges.length > 0);
  if (!hasWeeklyHours && !hasOverrideHours) invalid('hours', hoursInput, 'has no open hours at all');

  const fullDays = weekly.every((ranges) => ranges.some(([start, end]) => start === 0 && end >= 86_400));
  const normalized: CalendarSpec = {
    timeZone: timeZone as string,
    hours,
    ...(holidaysInput !== undefined ? { holidays } : {}),
    ...(overridesInput !== undefined ? { overrides: overridesCopy } : {}),
  };
  return {
    spec: deepFreeze(normalized),
    weekly,
    holidays,
    overrides,
    alwaysOpen: fullDays && holidays.length === 0 && overrides.size === 0,
  };
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}
