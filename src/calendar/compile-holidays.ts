import { civilDateToDays, daysInMonth, formatCivilDate, isCivilDate, MS_PER_DAY } from '../core/civil-date.js';
import { fail } from '../core/errors.js';
import { type DateInput, toEpochMs } from '../core/instant.js';
import { plainObject } from '../core/plain-data.js';
import { parseTimeOfDay } from '../core/time-of-day.js';
import type { ZoneRules } from '../core/time-zone.js';
import { WEEKDAYS } from './holidays.js';
import type { FixedHoliday, Holiday, HolidayType, NthWeekdayHoliday, Weekday } from './types.js';

/** A closed part of a day in seconds after its midnight; an end of `Infinity` closes the rest of its ranges. */
export type ClosedPart = readonly [start: number, end: number];

/** Holidays after validation: yearly rules, whole closed days, and closed parts of days. */
export interface HolidayList {
  /** The normalized holidays, as {@link calendarToJSON} writes them. */
  readonly list: Holiday[];
  readonly rules: (FixedHoliday | NthWeekdayHoliday)[];
  readonly closedDays: Set<number>;
  readonly closedParts: Map<number, ClosedPart[]>;
  /** The first and last year of the dated holidays (their own `date`), or null without any. */
  firstYear: number | null;
  lastYear: number | null;
}

export const HOLIDAY_TYPES: readonly HolidayType[] = ['public', 'bank', 'optional', 'school', 'observance'];
const FIXED_KEYS = ['month', 'day', 'observed'];
const NTH_KEYS = ['month', 'weekday', 'nth'];
const DATED_KEYS = ['date', 'name', 'closed', 'start', 'end', 'type', 'rule', 'substitute', 'note'];
const OBSERVED = ['none', 'nearest-weekday', 'next-weekday'];
// date-holidays' `date`: 'YYYY-MM-DD', optionally ' HH:mm[:ss]' and an offset such as ' -0600'.
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})(?:[ T](\d{2}:\d{2}(?::\d{2})?))?(?: ?([+-])(\d{2}):?(\d{2}))?$/;

function invalid(path: string, value: unknown, expected: string): never {
  return fail('INVALID_CALENDAR', path, value, expected);
}

function integerIn(value: unknown, path: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    return invalid(path, value, `is not a whole number from ${min} to ${max}`);
  }
  return value;
}

/** An empty {@link HolidayList}. */
export function emptyHolidayList(): HolidayList {
  return { list: [], rules: [], closedDays: new Set(), closedParts: new Map(), firstYear: null, lastYear: null };
}

/** Validates holidays and adds them to `into`; dated holidays whose `type` is not in `types` are left out. */
export function addHolidays(into: HolidayList, values: readonly unknown[], path: string, zone: ZoneRules, types: readonly HolidayType[]): HolidayList {
  values.forEach((value, i) => addHoliday(into, value, `${path}[${i}]`, zone, types));
  return into;
}

function addHoliday(into: HolidayList, value: unknown, path: string, zone: ZoneRules, types: readonly HolidayType[]): void {
  if (typeof value === 'string') return addDated(into, { date: value }, path, zone, path);
  const object = plainObject(value, path, 'INVALID_CALENDAR', 'date' in (value as object) ? DATED_KEYS : 'weekday' in (value as object) ? NTH_KEYS : FIXED_KEYS);
  if ('date' in object) {
    const type = object['type'];
    if (type !== undefined && !(HOLIDAY_TYPES as readonly unknown[]).includes(type)) invalid(`${path}.type`, type, `is not one of ${HOLIDAY_TYPES.join(', ')}`);
    if (type !== undefined && !types.includes(type as HolidayType)) return;
    return addDated(into, object, path, zone, `${path}.date`);
  }
  const rule = compileRule(object, path);
  into.rules.push(rule);
  into.list.push(rule);
}

function compileRule(object: Record<string, unknown>, path: string): FixedHoliday | NthWeekdayHoliday {
  const month = integerIn(object['month'], `${path}.month`, 1, 12);
  if ('weekday' in object) {
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
  return { month, day, observed: observed as FixedHoliday['observed'] & string };
}

function instantOf(value: unknown, path: string): number {
  try {
    return toEpochMs(value as DateInput, path);
  } catch {
    return invalid(path, value, 'is not a Date or an ISO instant with an offset');
  }
}

function formatSeconds(seconds: number): string {
  const two = (n: number): string => String(n).padStart(2, '0');
  const text = `${two(Math.floor(seconds / 3600))}:${two(Math.floor(seconds / 60) % 60)}`;
  return seconds % 60 === 0 ? text : `${text}:${two(seconds % 60)}`;
}

/** A holiday on a date: the wall-time span it closes, cut into whole days and parts of days. */
function addDated(into: HolidayList, object: Record<string, unknown>, path: string, zone: ZoneRules, datePath: string): void {
  const text = object['date'];
  const match = typeof text === 'string' ? DATE_TIME.exec(text) : null;
  if (match === null || !isCivilDate(match[1])) {
    return invalid(datePath, text, "is not a holiday date such as '2026-12-25' or date-holidays' '2026-12-24 14:00:00'");
  }
  const day = civilDateToDays(match[1]);
  let startSeconds = match[2] === undefined ? 0 : parseTimeOfDay(match[2], datePath, 'INVALID_CALENDAR', false);
  if (match[3] !== undefined) startSeconds += (match[3] === '-' ? -1 : 1) * (Number(match[4]) * 3600 + Number(match[5]) * 60);
  const name = object['name'];
  if (name !== undefined && (typeof name !== 'string' || name.length === 0)) invalid(`${path}.name`, name, 'is not a non-empty string');
  let start = day * MS_PER_DAY + startSeconds * 1000;
  let end = (day + 1) * MS_PER_DAY;
  const closed = object['closed'];
  if (closed !== undefined) {
    if (match[2] !== undefined || match[3] !== undefined) invalid(`${path}.closed`, closed, 'is given with a time in date: give one or the other');
    if (!Array.isArray(closed) || closed.length !== 2) invalid(`${path}.closed`, closed, "is not a range such as ['14:00', '24:00']");
    const from = parseTimeOfDay(closed[0], `${path}.closed[0]`, 'INVALID_CALENDAR', false);
    const to = parseTimeOfDay(closed[1], `${path}.closed[1]`, 'INVALID_CALENDAR', true);
    if (to <= from) invalid(`${path}.closed`, closed, 'does not end after it starts');
    start = day * MS_PER_DAY + from * 1000;
    end = day * MS_PER_DAY + to * 1000;
  } else if (object['start'] !== undefined && object['end'] !== undefined) {
    // date-holidays' start and end give the length; the wall times are read in the calendar's zone.
    const length = instantOf(object['end'], `${path}.end`) - instantOf(object['start'], `${path}.start`);
    if (!(length > 0)) invalid(`${path}.end`, object['end'], 'is not after start');
    end = zone.toWall(zone.toInstant(start) + length);
  }
  const year = Number(match[1].slice(0, 4));
  into.firstYear = into.firstYear === null ? year : Math.min(into.firstYear, year);
  into.lastYear = into.lastYear === null ? year : Math.max(into.lastYear, year);
  for (let d = Math.floor(start / MS_PER_DAY); d * MS_PER_DAY < end; d++) {
    const from = Math.max(start, d * MS_PER_DAY) - d * MS_PER_DAY;
    const to = Math.min(end, (d + 1) * MS_PER_DAY) - d * MS_PER_DAY;
    const date = formatCivilDate(d);
    if (from === 0 && to === MS_PER_DAY) {
      into.closedDays.add(d);
      into.list.push(name === undefined ? date : { date, name: name as string });
      continue;
    }
    const part: ClosedPart = [Math.round(from / 1000), to === MS_PER_DAY ? Infinity : Math.round(to / 1000)];
    if (part[1] <= part[0]) continue;
    const parts = into.closedParts.get(d);
    if (parts === undefined) into.closedParts.set(d, [part]);
    else parts.push(part);
    const closedRange = [formatSeconds(part[0]), part[1] === Infinity ? '24:00' : formatSeconds(part[1])] as const;
    into.list.push({ date, ...(name === undefined ? {} : { name: name as string }), closed: closedRange });
  }
}
