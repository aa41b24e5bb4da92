// The `date-holidays` package as a calendar's holidays: any country or region, every year a query
// reaches computed on demand, names kept, half days closing only their part of the day.
import Holidays from 'date-holidays';
import { createCalendar, isBusinessDay } from 'slakit/calendar';
import { holidaySet } from 'slakit/holidays';

const day = [['08:00', '17:00']] as const;
const calendar = createCalendar({
  timeZone: 'America/New_York',
  hours: { mon: day, tue: day, wed: day, thu: day, fri: day },
  holidays: holidaySet('US-NY', { Holidays }),
});

for (const date of ['2026-07-03', '2026-11-26', '2026-11-27', '2031-11-27']) {
  console.log(date, isBusinessDay(calendar, date) ? 'business day' : 'holiday or weekend');
}
