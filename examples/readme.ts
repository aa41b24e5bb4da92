// The README's quick start, kept runnable.
import { addBusinessTime, businessTimeBetween, createCalendar, withTimeZone } from 'slakit';

const day = [['08:00', '17:00']] as const;
const support = createCalendar({
  timeZone: 'America/New_York',
  hours: { mon: day, tue: day, wed: day, thu: day, fri: day },
  holidays: [{ month: 11, weekday: 'thu', nth: 4 }, { month: 12, day: 25, observed: 'nearest-weekday' }],
});

const due = addBusinessTime(support, '2026-11-20T16:30:00-05:00', { hours: 24 }).toISOString();
const london = withTimeZone(support, 'Europe/London');
const week = businessTimeBetween(london, '2026-11-23T00:00:00Z', '2026-11-28T00:00:00Z') / 3_600_000;

// Fail loudly if the README's stated results drift from what the library computes.
if (due !== '2026-11-25T18:30:00.000Z' || week !== 36) throw new Error(`README quick start is stale: ${due}, ${week}`);
console.log(due, week);
