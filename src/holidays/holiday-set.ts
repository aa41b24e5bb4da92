import { readOptions } from '../core/plain-data.js';
import { SlaError, fail } from '../core/errors.js';
import type { DatedHoliday, HolidaySet, HolidaySetReference, HolidayType } from '../calendar/types.js';
import { readRegionCode } from './region-code.js';
import type { DateHolidays, DateHolidaysHoliday, HolidaySetOptions } from './types.js';

const HOLIDAY_TYPES: readonly HolidayType[] = ['public', 'bank', 'optional', 'school', 'observance'];
// A set keeps the holidays of this many years; a query far away recomputes them.
const YEARS_CACHED = 16;

/** The holiday types of an option, checked; default `['public']`. */
export function readTypes(types: unknown, path = 'types'): readonly HolidayType[] {
  if (types === undefined) return ['public'];
  if (!Array.isArray(types) || types.length === 0 || types.some((t) => !HOLIDAY_TYPES.includes(t as HolidayType))) {
    return fail('INVALID_ARGUMENT', path, types, `is not a non-empty list of holiday types (${HOLIDAY_TYPES.join(', ')})`);
  }
  return [...new Set(types as HolidayType[])];
}

/**
 * date-holidays' holidays of the kept types, as slakit holidays: date, name, start and end as they
 * come (a holiday that covers part of a day closes only that part), without their type.
 *
 * @example
 * ```ts
 * import { holidaysFrom } from 'slakit/holidays';
 *
 * holidaysFrom([
 *   { date: '2026-12-24 14:00:00', name: 'Heiliger Abend', type: 'bank' },
 *   { date: '2026-12-25 00:00:00', name: '1. Weihnachtstag', type: 'public' },
 * ]); //=> [{ date: '2026-12-25 00:00:00', name: '1. Weihnachtstag' }]
 * ```
 */
export function holidaysFrom(list: readonly DateHolidaysHoliday[], options: Pick<HolidaySetOptions, 'types'> = {}): DatedHoliday[] {
  const types = readTypes(readOptions(options, 'options', ['types'])['types'] as HolidaySetOptions['types']);
  if (!Array.isArray(list)) return fail('INVALID_ARGUMENT', 'list', list, "is not a list of date-holidays holidays (getHolidays() output)");
  list.forEach((holiday: unknown, i) => {
    if (typeof holiday !== 'object' || holiday === null || typeof (holiday as DateHolidaysHoliday).date !== 'string') fail('INVALID_ARGUMENT', `list[${i}]`, holiday, "is not a date-holidays holiday ({ date: 'YYYY-MM-DD hh:mm:ss', … })");
    for (const key of ['start', 'end'] as const) {
      const at = (holiday as DateHolidaysHoliday)[key];
      if (at !== undefined && (!(at instanceof Date || typeof at === 'string') || Number.isNaN(new Date(at).getTime()))) fail('INVALID_ARGUMENT', `list[${i}].${key}`, at, 'is not an instant (a Date or an ISO string)');
    }
  });
  return list
    .filter((holiday) => types.includes((holiday.type ?? 'public') as HolidayType))
    .map((holiday) => ({
      date: holiday.date,
      ...(holiday.name === undefined ? {} : { name: holiday.name }),
      ...(holiday.start === undefined || holiday.end === undefined ? {} : { start: holiday.start, end: holiday.end }),
    }));
}

/**
 * A {@link HolidaySet} from `date-holidays`: a calendar asks it for a year's holidays when a query
 * first reaches that year, so the set never runs out and never answers past its list. Give a
 * date-holidays instance, or a region code (`'US'`, `'US-NY'`, `'GB-ENG'`, any case) with the
 * date-holidays class as `options.Holidays`. Public holidays by default; `types` adds `bank`,
 * `optional`, `school` or `observance`. `JSON.stringify` writes `{ country, types }`.
 *
 * Years before 100 are refused with `HOLIDAYS_NOT_COVERED` when a calendar asks for them
 * (date-holidays reads them as two-digit years), as is a year whose list date-holidays dates in
 * another year or cannot compute; years 100 to 9999 are date-holidays' lists as they are.
 *
 * @throws SlaError `INVALID_ARGUMENT` for a code date-holidays does not know or a bad type;
 * `MISSING_DEPENDENCY` for a code without `options.Holidays`.
 * @example
 * ```ts
 * import Holidays from 'date-holidays';
 * import { createCalendar, isBusinessDay } from 'slakit/calendar';
 * import { holidaySet } from 'slakit/holidays';
 *
 * const day = [['08:00', '17:00']] as const;
 * const calendar = createCalendar({
 *   timeZone: 'America/New_York',
 *   hours: { mon: day, tue: day, wed: day, thu: day, fri: day },
 *   holidays: holidaySet('US-NY', { Holidays }),
 * });
 * isBusinessDay(calendar, '2027-11-25'); //=> false (Thanksgiving Day)
 * JSON.stringify(calendar.toJSON().holidays); //=> '{"country":"US-NY","types":["public"]}'
 * ```
 */
export function holidaySet(source: DateHolidays | string | HolidaySetReference, options: HolidaySetOptions = {}): HolidaySet {
  readOptions(options, 'options', ['types', 'Holidays']);
  let instance: DateHolidays;
  let country: string;
  let typesInput: unknown = options.types;
  if (typeof source === 'object' && source !== null && typeof (source as DateHolidays).getHolidays === 'function') {
    instance = source as DateHolidays;
    country = codeOf(instance);
  } else {
    const reference = typeof source === 'string' ? { country: source } : (source as HolidaySetReference);
    typesInput ??= reference?.types;
    const Holidays = options.Holidays;
    if (Holidays !== undefined && typeof Holidays !== 'function') fail('INVALID_ARGUMENT', 'options.Holidays', Holidays, "is not the date-holidays class (import Holidays from 'date-holidays')");
    if (Holidays === undefined) {
      throw new SlaError('MISSING_DEPENDENCY', `Holidays: a region code (${JSON.stringify(reference?.country)}) needs the date-holidays class: pass it as options.Holidays (import Holidays from 'date-holidays'), or use loadHolidaySet, which imports it`, { path: 'Holidays', value: undefined });
    }
    const { code, region } = readRegionCode(reference?.country, Holidays);
    instance = region.state === undefined ? new Holidays(region.country) : region.region === undefined ? new Holidays(region.country, region.state) : new Holidays(region.country, region.state, region.region);
    country = code;
  }
  const types = readTypes(typesInput);
  const cache = new Map<number, DatedHoliday[]>();
  return Object.freeze({
    holidaysIn(year: number): DatedHoliday[] {
      let holidays = cache.get(year);
      if (holidays === undefined) {
        holidays = holidaysFrom(yearOf(instance, year, country), { types });
        if (cache.size >= YEARS_CACHED) cache.delete(cache.keys().next().value as number);
        cache.set(year, holidays);
      }
      return holidays;
    },
    toJSON: (): HolidaySetReference => ({ country, types }),
  });
}

// The years date-holidays answers exactly: before 100 it reads a year as two digits (54 as 1954,
// 0 as this year); past 9999 slakit computes nothing, so a year table of 9999 asks 10000 for none.
const FIRST_YEAR = 100;
const LAST_YEAR = 9999;

function notCovered(country: string, year: number, why: string): never {
  throw new SlaError('HOLIDAYS_NOT_COVERED', `holidays: date-holidays cannot give the holidays of ${country} in ${year}: ${why}`, { path: 'holidays', value: year });
}

/**
 * date-holidays' list for one year, checked: each holiday dated in that year, or
 * `HOLIDAYS_NOT_COVERED` rather than another year's holidays; a holiday of 31 December 9999 that
 * date-holidays ends in a year 0 (its year-10000 bug) ends at that day's end, as it should.
 */
function yearOf(instance: DateHolidays, year: number, country: string): readonly DateHolidaysHoliday[] {
  if (!Number.isInteger(year) || year > LAST_YEAR) return [];
  if (year < FIRST_YEAR) return notCovered(country, year, `it reads a year before ${FIRST_YEAR} as two digits (54 as 1954, 0 as the current year)`);
  let list: readonly DateHolidaysHoliday[];
  try {
    list = instance.getHolidays(year);
  } catch (error) {
    return notCovered(country, year, `it failed (${error instanceof Error ? error.message : String(error)})`);
  }
  if (!Array.isArray(list)) return notCovered(country, year, 'it gave no list');
  const prefix = `${String(year).padStart(4, '0')}-`;
  return list.map((holiday: DateHolidaysHoliday) => {
    if (typeof holiday?.date !== 'string' || !holiday.date.startsWith(prefix)) return notCovered(country, year, `it dated a holiday ${JSON.stringify(holiday?.date)}`);
    return year === LAST_YEAR ? endOfYearRepaired(holiday) : holiday;
  });
}

/** A holiday whose end date-holidays wrote before its start (past 9999), ended at the end of its local day. */
function endOfYearRepaired(holiday: DateHolidaysHoliday): DateHolidaysHoliday {
  if (holiday.start === undefined || holiday.end === undefined) return holiday;
  const start = new Date(holiday.start).getTime();
  if (new Date(holiday.end).getTime() > start) return holiday;
  const [y, m, d, hh, mm, ss] = holiday.date.split(/[-: ]/).map(Number) as [number, number, number, number?, number?, number?];
  const offset = start - Date.UTC(y, m - 1, d, hh ?? 0, mm ?? 0, ss ?? 0);
  return { ...holiday, end: new Date(Date.UTC(y, m - 1, d + 1) + offset) };
}

/** 'US-NY' for an instance made as `new Holidays('US', 'NY')` (read from date-holidays' settings when it has them). */
function codeOf(instance: DateHolidays): string {
  const conf = (instance as { __conf?: { country?: unknown; state?: unknown; region?: unknown } }).__conf;
  const parts = [conf?.country, conf?.state, conf?.region].filter((part): part is string => typeof part === 'string');
  return parts.length > 0 ? parts.join('-').toUpperCase() : 'date-holidays';
}
