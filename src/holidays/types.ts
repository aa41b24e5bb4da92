import type { HolidayType } from '../calendar/types.js';

/**
 * A holiday as `date-holidays` gives it (`getHolidays()` items); only the fields slakit reads.
 *
 * @example
 * ```ts
 * import type { DateHolidaysHoliday } from 'slakit/holidays';
 *
 * const holiday: DateHolidaysHoliday = {
 *   date: '2026-12-24 14:00:00', start: new Date('2026-12-24T13:00:00Z'), end: new Date('2026-12-24T23:00:00Z'),
 *   name: 'Heiliger Abend', type: 'bank',
 * };
 * ```
 */
export interface DateHolidaysHoliday {
  readonly date: string;
  readonly start?: Date | string;
  readonly end?: Date | string;
  readonly name?: string;
  readonly type?: string;
}

/**
 * A `date-holidays` instance (`new Holidays('US', 'NY')`), as far as slakit uses it. slakit never
 * imports date-holidays itself for this: pass the instance.
 *
 * @example
 * ```ts
 * import type { DateHolidays } from 'slakit/holidays';
 *
 * const source: DateHolidays = { getHolidays: (year) => [{ date: `${year}-05-01 00:00:00`, name: 'Labour Day', type: 'public' }] };
 * ```
 */
export interface DateHolidays {
  /** The holidays of one year, as date-holidays lists them. */
  getHolidays(year: number): readonly DateHolidaysHoliday[];
}

/**
 * The `date-holidays` class (its default export), for turning region codes into instances.
 *
 * @example
 * ```ts no-run
 * import type { DateHolidaysClass } from 'slakit/holidays';
 *
 * import Holidays from 'date-holidays';
 * const constructor: DateHolidaysClass = Holidays;
 * ```
 */
export interface DateHolidaysClass {
  // date-holidays' own constructor is overloaded (options first, or country, state, region).
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  new (...args: any[]): DateHolidays & DateHolidaysDirectory;
}

/**
 * The part of date-holidays that lists the countries, states and regions it knows.
 *
 * @example
 * ```ts
 * import type { DateHolidaysDirectory } from 'slakit/holidays';
 *
 * const directory: DateHolidaysDirectory = { getCountries: () => ({ US: 'United States' }), getStates: () => ({}), getRegions: () => ({}) };
 * ```
 */
export interface DateHolidaysDirectory {
  /** The country codes date-holidays knows, with their names. */
  getCountries(): Record<string, string> | undefined;
  /** The state codes of a country, with their names. */
  getStates(country: string): Record<string, string> | undefined;
  /** The region codes of a state, with their names. */
  getRegions(country: string, state: string): Record<string, string> | undefined;
}

/**
 * How a holiday set is made: the holiday types to keep (default `['public']`), and for a region
 * code the `date-holidays` class.
 *
 * @example
 * ```ts
 * import type { HolidaySetOptions } from 'slakit/holidays';
 *
 * const options: HolidaySetOptions = { types: ['public', 'bank'] };
 * ```
 */
export interface HolidaySetOptions {
  readonly types?: readonly HolidayType[];
  /** The `date-holidays` class; needed by {@link holidaySet} for a region code such as `'US-NY'`. */
  readonly Holidays?: DateHolidaysClass;
}
