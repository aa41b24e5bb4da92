import type { CalendarEngine } from './engine.js';

/**
 * A day of the week as used in specs.
 *
 * @example
 * ```ts
 * import type { Weekday } from 'slakit/calendar';
 *
 * const day: Weekday = 'tue';
 * ```
 */
export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';

/**
 * One open range of a day, `[start, end)`, as `'HH:mm'` or `'HH:mm:ss'` wall times. An `end` at
 * or before `start` runs into the next day (an overnight shift); `'24:00'` is the next midnight.
 *
 * @example
 * ```ts
 * import type { TimeRange } from 'slakit/calendar';
 *
 * const morning: TimeRange = ['08:00', '12:00'];
 * const nightShift: TimeRange = ['22:00', '06:00'];
 * ```
 */
export type TimeRange = readonly [start: string, end: string];

/**
 * Open ranges per weekday; a missing weekday is closed.
 *
 * @example
 * ```ts
 * import type { WeeklyHours } from 'slakit/calendar';
 *
 * const hours: WeeklyHours = { mon: [['08:00', '17:00']], sat: [['09:00', '12:00'], ['13:00', '17:30']] };
 * ```
 */
export type WeeklyHours = { readonly [day in Weekday]?: readonly TimeRange[] };

/**
 * A holiday every year on a fixed month and day, optionally moved off the weekend.
 * `'nearest-weekday'`: Saturday → the Friday before, Sunday → the Monday after.
 * `'next-weekday'`: Saturday or Sunday → the following Monday. Only the observed date closes.
 *
 * @example
 * ```ts
 * import type { FixedHoliday } from 'slakit/calendar';
 *
 * const christmas: FixedHoliday = { month: 12, day: 25, observed: 'nearest-weekday' };
 * ```
 */
export interface FixedHoliday {
  readonly month: number;
  readonly day: number;
  readonly observed?: 'none' | 'nearest-weekday' | 'next-weekday';
}

/**
 * A holiday on the n-th weekday of a month every year (`nth: -1` is the last). A month without
 * that weekday (a fifth Monday) has no holiday that year.
 *
 * @example
 * ```ts
 * import type { NthWeekdayHoliday } from 'slakit/calendar';
 *
 * const thanksgiving: NthWeekdayHoliday = { month: 11, weekday: 'thu', nth: 4 };
 * const memorialDay: NthWeekdayHoliday = { month: 5, weekday: 'mon', nth: -1 };
 * ```
 */
export interface NthWeekdayHoliday {
  readonly month: number;
  readonly weekday: Weekday;
  readonly nth: number;
}

/**
 * A holiday on one date, as a `date-holidays` holiday object comes (`getHolidays()` items are
 * accepted as they are), or in slakit's own form `{ date, name, closed }`.
 *
 * - `date`: `'YYYY-MM-DD'`, or date-holidays' `'YYYY-MM-DD HH:mm:ss'` (the holiday starts at that
 *   wall time), optionally followed by an offset such as `' -0600'` (it starts that much earlier:
 *   the evening before).
 * - `start` and `end` (Dates or ISO strings): when both are given, the holiday lasts `end - start`
 *   from its start; otherwise it lasts to the end of the date. A holiday that covers only part of
 *   a day closes only that part: the day keeps the rest of its hours.
 * - `closed`: the closed part of the date as wall times (`['14:00', '24:00']`); `'24:00'` closes
 *   the rest of the day's ranges, night shifts included.
 * - `type`: date-holidays' type; only `'public'` is accepted here. To keep bank holidays or
 *   observances (or to filter a whole `getHolidays()` list) use `holidaysFrom(list, { types })`
 *   from `slakit/holidays`, which drops the types.
 * - `name` is kept for explanations; `rule`, `substitute` and `note` are accepted and dropped.
 *
 * @example
 * ```ts
 * import type { DatedHoliday } from 'slakit/calendar';
 *
 * const christmasEve: DatedHoliday = { date: '2026-12-24 14:00:00', name: 'Heiliger Abend' };
 * const halfDay: DatedHoliday = { date: '2026-12-31', name: 'New Year\'s Eve', closed: ['12:00', '24:00'] };
 * ```
 */
export interface DatedHoliday {
  readonly date: string;
  readonly name?: string;
  readonly closed?: TimeRange;
  readonly start?: Date | string;
  readonly end?: Date | string;
  readonly type?: HolidayType;
  readonly rule?: string;
  readonly substitute?: boolean;
  readonly note?: string;
}

/**
 * The kinds of holiday `date-holidays` knows. Calendars and holiday sets keep `public` ones unless
 * told otherwise.
 *
 * @example
 * ```ts
 * import type { HolidayType } from 'slakit/calendar';
 *
 * const types: HolidayType[] = ['public', 'bank'];
 * ```
 */
export type HolidayType = 'public' | 'bank' | 'optional' | 'school' | 'observance';

/**
 * A holiday: a date (`'YYYY-MM-DD'`, or date-holidays' `'YYYY-MM-DD HH:mm:ss'`, which starts at
 * that time), a {@link DatedHoliday} object (date-holidays' holiday objects as they come), or a
 * yearly rule.
 *
 * @example
 * ```ts
 * import type { Holiday } from 'slakit/calendar';
 *
 * const holidays: Holiday[] = ['2026-12-24', '2026-12-31 12:00:00', { month: 12, day: 25 }, { month: 11, weekday: 'thu', nth: 4 }];
 * ```
 */
export type Holiday = string | DatedHoliday | FixedHoliday | NthWeekdayHoliday;

/**
 * Holidays computed a year at a time, such as a country's from `date-holidays` (see
 * `holidaySet` in `slakit/holidays`). A calendar asks for a year when a query first reaches it,
 * so its holidays never run out.
 *
 * @example
 * ```ts
 * import type { HolidaySet } from 'slakit/calendar';
 *
 * const everyFirstOfMay: HolidaySet = {
 *   holidaysIn: (year) => [{ date: `${year}-05-01`, name: 'Labour Day' }],
 *   toJSON: () => ({ country: 'XX' }),
 * };
 * ```
 */
export interface HolidaySet {
  /** The holidays whose `date` falls in a year (yearly rules are allowed too). */
  holidaysIn(year: number): readonly Holiday[];
  /** What {@link calendarToJSON} writes for the set, e.g. `{ country: 'US-NY', types: ['public'] }`. */
  toJSON(): HolidaySetReference;
}

/**
 * A holiday set by name, as JSON: an ISO 3166 country or region code as `date-holidays` knows it
 * (`'US'`, `'US-NY'`, `'GB-ENG'`), and the holiday types to keep (default `['public']`).
 *
 * @example
 * ```ts
 * import type { HolidaySetReference } from 'slakit/calendar';
 *
 * const reference: HolidaySetReference = { country: 'US-NY', types: ['public'] };
 * ```
 */
export interface HolidaySetReference {
  readonly country: string;
  readonly types?: readonly HolidayType[];
}

/**
 * The years a calendar's holidays are known for. Outside them a query that needs a local date
 * throws `HOLIDAYS_NOT_COVERED` instead of answering as if there were no holidays; a query whose
 * answer lies on covered days answers (a night shift of the last uncovered 31 December refuses
 * only the instants it reaches). `'open'` declares the list complete for every year.
 *
 * @example
 * ```ts
 * import type { HolidayCoverage } from 'slakit/calendar';
 *
 * const coverage: HolidayCoverage = { from: 2025, to: 2027 };
 * ```
 */
export type HolidayCoverage = 'open' | { readonly from: number; readonly to: number };

/**
 * A business calendar as plain JSON: weekly hours in an IANA zone, holidays, and special days.
 *
 * @example
 * ```ts
 * import type { CalendarSpec } from 'slakit/calendar';
 *
 * const spec: CalendarSpec = {
 *   timeZone: 'America/New_York',
 *   hours: { mon: [['08:00', '17:00']], tue: [['08:00', '17:00']], wed: [['08:00', '17:00']],
 *            thu: [['08:00', '17:00']], fri: [['08:00', '17:00']] },
 *   holidays: [{ month: 12, day: 25, observed: 'nearest-weekday' }],
 *   overrides: { '2026-12-24': [['08:00', '12:00']], '2026-12-31': [] },
 * };
 * ```
 */
export interface CalendarSpec {
  readonly timeZone: string;
  readonly hours: '24x7' | WeeklyHours;
  /**
   * A list of holidays, or a {@link HolidaySet} that supplies them a year at a time. A set's
   * {@link HolidaySetReference} (what {@link calendarToJSON} writes for it) is refused with a hint:
   * turn it back into a set with `holidaySet` from `slakit/holidays`.
   */
  readonly holidays?: readonly Holiday[] | HolidaySet | HolidaySetReference;
  /**
   * The years the holiday list covers. Default: every year when the list has only yearly rules
   * (or a holiday set); otherwise the years from the first to the last dated holiday.
   */
  readonly holidayCoverage?: HolidayCoverage;
  /** Special hours for a date; they replace the weekday's hours and win over a holiday. */
  readonly overrides?: { readonly [date: string]: readonly TimeRange[] };
}

/**
 * A validated, immutable business calendar made by {@link createCalendar}. Pass it to the query
 * functions; `JSON.stringify(calendar)` gives its spec back.
 *
 * @example
 * ```ts
 * import { type Calendar, createCalendar } from 'slakit/calendar';
 *
 * const calendar: Calendar = createCalendar({ timeZone: 'UTC', hours: '24x7' });
 * calendar.timeZone; //=> 'UTC'
 * ```
 */
export interface Calendar {
  /** The IANA zone whose wall times the hours are in. */
  readonly timeZone: string;
  /** The spec, so that `JSON.stringify(calendar)` serialises it. */
  toJSON(): CalendarSpec;
  /** @internal The compiled form; not part of the public API. */
  readonly engine: CalendarEngine;
}

/**
 * An open stretch of business time, `[start, end)`.
 *
 * @example
 * ```ts
 * import type { OpenInterval } from 'slakit/calendar';
 *
 * const stretch: OpenInterval = { start: new Date('2026-11-23T13:00:00Z'), end: new Date('2026-11-23T22:00:00Z') };
 * ```
 */
export interface OpenInterval {
  start: Date;
  end: Date;
}
