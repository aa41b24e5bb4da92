// Feeding the `date-holidays` package straight into a calendar: its dates are
// 'YYYY-MM-DD HH:mm:ss' strings, and their first ten characters are slakit civil dates.
import Holidays from 'date-holidays';
import { createCalendar, isBusinessDay } from 'slakit/calendar';

const publicHolidays = new Holidays('US', 'NY')
  .getHolidays(2026)
  .filter((holiday) => holiday.type === 'public')
  .map((holiday) => holiday.date.slice(0, 10));

const day = [['08:00', '17:00']] as const;
const calendar = createCalendar({
  timeZone: 'America/New_York',
  hours: { mon: day, tue: day, wed: day, thu: day, fri: day },
  holidays: publicHolidays,
});

for (const date of ['2026-07-03', '2026-11-26', '2026-11-27']) {
  console.log(date, isBusinessDay(calendar, date) ? 'business day' : 'holiday or weekend');
}
