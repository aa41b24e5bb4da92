// A customer-local support calendar: due times, business time between two instants, and a
// customer in another zone. Run: npm run build && node --import tsx examples/calendar.ts
import { addBusinessDays, addBusinessTime, businessTimeBetween, createCalendar, isOpen, nextOpen, withTimeZone } from 'slakit/calendar';

const day = [['08:00', '17:00']] as const;
const newYork = createCalendar({
  timeZone: 'America/New_York',
  hours: { mon: day, tue: day, wed: day, thu: day, fri: day },
  holidays: [
    { month: 11, weekday: 'thu', nth: 4 }, // Thanksgiving
    { month: 12, day: 25, observed: 'nearest-weekday' },
  ],
  overrides: { '2026-12-24': [['08:00', '12:00']] }, // half day on Christmas Eve
});

const opened = '2026-11-20T16:30:00-05:00'; // a Friday, 30 minutes before closing
console.log('Sev 3 (24 business hours) due:', addBusinessTime(newYork, opened, { hours: 24 }).toISOString());
console.log('Sev 4 (3 business days) due:  ', addBusinessDays(newYork, opened, 3).toISOString());
console.log('open on Thanksgiving?         ', isOpen(newYork, '2026-11-26T10:00:00-05:00'));
console.log('next open after Thanksgiving: ', nextOpen(newYork, '2026-11-26T10:00:00-05:00').toISOString());
console.log('business hours in December:   ', businessTimeBetween(newYork, '2026-12-01T00:00:00-05:00', '2027-01-01T00:00:00-05:00') / 3_600_000);

// The same hours for a customer in Kolkata: the clock runs on the customer's local time.
const kolkata = withTimeZone(newYork, 'Asia/Kolkata');
console.log('Sev 3 due for a Kolkata customer:', addBusinessTime(kolkata, opened, { hours: 24 }).toISOString());
