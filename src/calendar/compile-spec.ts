import { civilDateToDays, isCivilDate } from '../core/civil-date.js';
import { describeValue, SlaError } from '../core/errors.js';
import { plainObject as plainObjectOf } from '../core/plain-data.js';
import { parseTimeOfDay } from '../core/time-of-day.js';
import { isValidTimeZone, zoneRules } from '../core/time-zone.js';
import { compileHolidays, type HolidayList, invalid } from './compile-holidays.js';
import { type Coverage, WEEKDAYS } from './holidays.js';
import type { CalendarSpec, HolidaySet, TimeRange, Weekday, WeeklyHours } from './types.js';

/** A range in seconds after the local midnight of the date it starts on; `end` may pass 86,400. */
export type SecondsRange = readonly [start: number, end: number];

/** A spec after validation: a frozen copy for JSON, and the ranges in seconds for the engine. */
export interface CompiledSpec {
  readonly spec: CalendarSpec;
  /** Ranges per weekday, index 0 = Sunday. */
  readonly weekly: readonly (readonly SecondsRange[])[];
  /** The holidays of the list (a holiday set's come a year at a time through `holidaySource.set`). */
  readonly holidayList: HolidayList;
  readonly holidaySource: {
    /** The years the holidays cover; null for every year. */
    readonly coverage: Coverage;
    /** The validated holidays of one year of a holiday set (cached), or null without a set. */
    readonly set: ((year: number) => HolidayList) | null;
  };
  readonly overrides: ReadonlyMap<number, readonly SecondsRange[]>;
  /** Open around the clock with no exceptions: no stretch ever ends. */
  readonly alwaysOpen: boolean;
}

const SPEC_KEYS = ['timeZone', 'hours', 'holidays', 'holidayCoverage', 'overrides'];
const WEEK_ORDER: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];


function plainObject(value: unknown, path: string, allowed: readonly string[] | null): Record<string, unknown> {
  return plainObjectOf(value, path, 'INVALID_CALENDAR', allowed ?? undefined);
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
  const { holidayList, holidaySource, holidayCoverage } = compileHolidays(holidaysInput, spec['holidayCoverage'], zoneRules(timeZone));

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
    ...(holidaysInput !== undefined && holidaySource.set === null ? { holidays: holidayList.list } : {}),
    ...(holidayCoverage !== undefined ? { holidayCoverage } : {}),
    ...(overridesInput !== undefined ? { overrides: overridesCopy } : {}),
  };
  deepFreeze(normalized);
  // A holiday set is the caller's object: kept as it is (not frozen); JSON writes its reference.
  const frozen = holidaySource.set === null ? normalized : Object.freeze({ ...normalized, holidays: holidaysInput as HolidaySet });
  const noHolidays = holidayList.list.length === 0 && holidaySource.set === null;
  return {
    spec: frozen,
    weekly,
    holidayList,
    holidaySource,
    overrides,
    alwaysOpen: fullDays && noHolidays && overrides.size === 0,
  };
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}
