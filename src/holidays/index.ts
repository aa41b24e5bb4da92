export { holidaySet, holidaysFrom } from './holiday-set.js';
export { loadHolidaySet } from './load-holiday-set.js';
export type { DateHolidays, DateHolidaysClass, DateHolidaysDirectory, DateHolidaysHoliday, HolidaySetOptions } from './types.js';
