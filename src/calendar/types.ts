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
 * A holiday: one `'YYYY-MM-DD'` date (the form `date-holidays` returns), or a yearly rule.
 *
 * @example
 * ```ts
 * import type { Holiday } from 'slakit/calendar';
 *
 * const holidays: Holiday[] = ['2026-12-24', { month: 12, day: 25 }, { month: 11, weekday: 'thu', nth: 4 }];
 * ```
 */
export type Holiday = string | FixedHoliday | NthWeekdayHoliday;

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
  readonly holidays?: readonly Holiday[];
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
