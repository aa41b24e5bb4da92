/**
 * Holiday sets of any country or region from date-holidays (an optional peer dependency),
 * computed for every year a query reaches.
 *
 * @module slakit/holidays
 */
export { holidaySet, holidaysFrom } from './holiday-set.js';
export { loadHolidaySet } from './load-holiday-set.js';
export type { DateHolidays, DateHolidaysClass, DateHolidaysDirectory, DateHolidaysHoliday, HolidaySetOptions } from './types.js';
