/**
 * Business-hours calendars: open or not, next open and close, adding and measuring business time,
 * business days. Zone- and holiday-aware; the cost does not grow with the span.
 *
 * @module slakit/calendar
 */
export { addBusinessDays } from './add-business-days.js';
export { addBusinessTime } from './add-business-time.js';
export { businessTimeBetween } from './business-time-between.js';
export { calendarToJSON } from './calendar-to-json.js';
export { createCalendar } from './create-calendar.js';
export { isBusinessDay } from './is-business-day.js';
export { isOpen } from './is-open.js';
export { nextClose } from './next-close.js';
export { nextOpen } from './next-open.js';
export { openIntervals } from './open-intervals.js';
export { withTimeZone } from './with-time-zone.js';
export type {
  Calendar,
  CalendarSpec,
  DatedHoliday,
  FixedHoliday,
  Holiday,
  HolidayCoverage,
  HolidaySet,
  HolidaySetReference,
  HolidayType,
  NthWeekdayHoliday,
  OpenInterval,
  TimeRange,
  Weekday,
  WeeklyHours,
} from './types.js';
