import { civilDateToDays, daysInMonth, formatCivilDate, isCivilDate, MS_PER_DAY } from '../core/civil-date.js';
import { fail } from '../core/errors.js';
import { toEpochMs } from '../core/instant.js';
import { plainObject } from '../core/plain-data.js';
import { parseTimeOfDay } from '../core/time-of-day.js';
import type { ZoneRules } from '../core/time-zone.js';
import { type Coverage, WEEKDAYS } from './holidays.js';
import type { FixedHoliday, Holiday, HolidayCoverage, HolidaySet, NthWeekdayHoliday, Weekday } from './types.js';

/** A closed part of a day in seconds after its midnight; an end of `Infinity` closes the rest of its ranges. */
export type ClosedPart = readonly [start: number, end: number];

/** Holidays after validation: yearly rules, whole closed days, and closed parts of days. */
export interface HolidayList {
  /** The normalized holidays, as {@link calendarToJSON} writes them. */
  readonly list: Holiday[];
  readonly rules: (FixedHoliday | NthWeekdayHoliday)[];
  readonly closedDays: Set<number>;
  readonly closedParts: Map<number, ClosedPart[]>;
  /** The years of the dated holidays (their own `date`). */
  readonly years: number[];
}

const OBSERVED = ['none', 'nearest-weekday', 'next-weekday'];
// date-holidays' `date`: 'YYYY-MM-DD', optionally ' HH:mm[:ss]' and an offset such as ' -0600'.
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})(?:[ T](\d\d:\d\d(?::\d\d)?))?(?: ?([+-]\d\d):?(\d\d))?$/;

export function invalid(path: string, value: unknown, expected: string): never {
  return fail('INVALID_CALENDAR', path, value, expected);
}

export function integerIn(value: unknown, path: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    return invalid(path, value, `is not a whole number from ${min} to ${max}`);
  }
  return value;
}

function isOneOf<T>(value: unknown, list: readonly T[]): value is T {
  return list.includes(value as T);
}

/** Validates `holidays` and `holidayCoverage` of a spec. */
export function compileHolidays(input: unknown, coverageInput: unknown, zone: ZoneRules) {
  let holidayCoverage: HolidayCoverage | undefined;
  if (coverageInput === 'open') holidayCoverage = 'open';
  else if (coverageInput !== undefined) {
    const object = plainObject(coverageInput, 'holidayCoverage', 'INVALID_CALENDAR', ['from', 'to']);
    const from = integerIn(object['from'], 'holidayCoverage.from', 1, 9999);
    holidayCoverage = { from, to: integerIn(object['to'], 'holidayCoverage.to', from, 9999) };
  }
  const holidayList = addHolidays(input, 'holidays', zone);
  // A year of a set is validated when a year table needs it; the set and the tables cache.
  const set = isHolidaySet(input) ? (year: number): HolidayList => addHolidays(input.holidaysIn(year), `holidays.holidaysIn(${year})`, zone) : null;
  const { years } = holidayList;
  const coverage: Coverage =
    holidayCoverage === 'open' ? null : (holidayCoverage ?? (years.length > 0 ? { from: Math.min(...years), to: Math.max(...years) } : null));
  return { holidayList, holidaySource: { coverage, set }, holidayCoverage };
}

function isHolidaySet(value: unknown): value is HolidaySet {
  return typeof (value as HolidaySet | null)?.holidaysIn === 'function';
}

/** Validates a list of holidays. */
function addHolidays(values: unknown, path: string, zone: ZoneRules): HolidayList {
  const into: HolidayList = { list: [], rules: [], closedDays: new Set(), closedParts: new Map(), years: [] };
  if (values === undefined || isHolidaySet(values)) return into;
  if (!Array.isArray(values)) {
    return invalid(path, values, 'is not a list of holidays or a holiday set (holidaySet in slakit/holidays)');
  }
  values.forEach((value: unknown, i) => {
    const at = `${path}[${i}]`;
    if (typeof value === 'string') return addDated(into, { date: value }, at, zone, at);
    if (typeof value !== 'object' || value === null) return invalid(at, value, "is not a holiday: a date 'YYYY-MM-DD', { date }, { month, day } or { month, weekday, nth }");
    const object = plainObject(value, at, 'INVALID_CALENDAR', 'date' in value ? undefined : 'weekday' in value ? ['month', 'weekday', 'nth'] : ['month', 'day', 'observed']);
    if ('date' in object) {
      // A date-holidays list mixes in bank holidays and observances: choosing is holidaysFrom's job.
      const type = object['type'];
      if (type !== undefined && type !== 'public') invalid(`${at}.type`, type, "is not 'public': keep the types you mean with holidaysFrom(list, { types }) from slakit/holidays");
      return addDated(into, object, at, zone, `${at}.date`);
    }
    const rule = compileRule(object, at);
    into.rules.push(rule);
    into.list.push(rule);
  });
  return into;
}

function compileRule(object: Record<string, unknown>, path: string): FixedHoliday | NthWeekdayHoliday {
  const month = integerIn(object['month'], `${path}.month`, 1, 12);
  const weekday = object['weekday'];
  if (weekday !== undefined) {
    if (!isOneOf(weekday, WEEKDAYS)) invalid(`${path}.weekday`, weekday, 'is not a weekday (mon … sun)');
    const nth = object['nth'];
    if (typeof nth !== 'number' || !Number.isInteger(nth) || nth === 0 || nth < -5 || nth > 5) invalid(`${path}.nth`, nth, 'is not 1 … 5, or -1 (last) … -5');
    return { month, weekday: weekday as Weekday, nth };
  }
  const day = integerIn(object['day'], `${path}.day`, 1, daysInMonth(2024, month));
  const observed = object['observed'];
  if (observed === undefined) return { month, day };
  if (!isOneOf(observed, OBSERVED)) invalid(`${path}.observed`, observed, `is not one of ${OBSERVED.join(', ')}`);
  return { month, day, observed: observed as 'none' };
}

function wallTime(seconds: number): string {
  const two = (n: number): string => String(n).padStart(2, '0');
  return `${two(Math.floor(seconds / 3600))}:${two(Math.floor(seconds / 60) % 60)}${seconds % 60 === 0 ? '' : `:${two(seconds % 60)}`}`;
}

/** A holiday on a date: the wall-time span it closes, cut into whole days and parts of days. */
function addDated(into: HolidayList, object: Record<string, unknown>, path: string, zone: ZoneRules, datePath: string): void {
  const text = object['date'];
  const match = typeof text === 'string' ? DATE_TIME.exec(text) : null;
  if (match === null || !isCivilDate(match[1])) return invalid(datePath, text, "is not a date 'YYYY-MM-DD' or 'YYYY-MM-DD HH:mm:ss'");
  const [, date, time, offsetHours, offsetMinutes] = match as unknown as [string, string, string?, string?, string?];
  const name = object['name'];
  if (name !== undefined && (typeof name !== 'string' || name === '')) invalid(`${path}.name`, name, 'is not a non-empty string');
  const midnight = civilDateToDays(date) * MS_PER_DAY;
  // ' -0600': the holiday starts that much before the date's time (the evening before).
  let start = midnight + 1000 * ((time === undefined ? 0 : parseTimeOfDay(time, datePath, 'INVALID_CALENDAR', false)) + (offsetHours === undefined ? 0 : Number(offsetHours) * 3600 + (offsetHours[0] === '-' ? -60 : 60) * Number(offsetMinutes)));
  let end = midnight + MS_PER_DAY;
  const closed = object['closed'];
  if (closed !== undefined) {
    if (!Array.isArray(closed) || closed.length !== 2 || start !== midnight) invalid(`${path}.closed`, closed, "is not a range such as ['14:00', '24:00'] on a date without a time");
    start = midnight + 1000 * parseTimeOfDay(closed[0], `${path}.closed[0]`, 'INVALID_CALENDAR', false);
    end = midnight + 1000 * parseTimeOfDay(closed[1], `${path}.closed[1]`, 'INVALID_CALENDAR', true);
  } else if (object['start'] !== undefined && object['end'] !== undefined) {
    // date-holidays' start and end give the length; the wall times are read in the calendar's zone.
    end = zone.toWall(zone.toInstant(start) + toEpochMs(object['end'], `${path}.end`) - toEpochMs(object['start'], `${path}.start`));
  }
  if (end <= start) invalid(path, object, 'does not end after it starts');
  into.years.push(Number(date.slice(0, 4)));
  for (let day = Math.floor(start / MS_PER_DAY); day * MS_PER_DAY < end; day++) {
    const from = Math.max(start - day * MS_PER_DAY, 0) / 1000;
    const to = Math.min(end - day * MS_PER_DAY, MS_PER_DAY) / 1000;
    const named = name === undefined ? {} : { name: name as string };
    if (from === 0 && to === 86_400) {
      into.closedDays.add(day);
      into.list.push(name === undefined ? formatCivilDate(day) : { date: formatCivilDate(day), ...named });
    } else {
      const part = [from, to === 86_400 ? Infinity : to] as const;
      into.closedParts.set(day, [...(into.closedParts.get(day) ?? []), part]);
      into.list.push({ date: formatCivilDate(day), ...named, closed: [wallTime(from), to === 86_400 ? '24:00' : wallTime(to)] });
    }
  }
}
