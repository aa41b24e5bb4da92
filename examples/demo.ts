// `npm run demo`: slakit's main job on the sample data in examples/data/.
import { readFileSync } from 'node:fs';
import { addBusinessDays, addBusinessTime, businessTimeBetween, type CalendarSpec, createCalendar, withTimeZone } from 'slakit';

const spec = JSON.parse(readFileSync(new URL('./data/support-calendar.json', import.meta.url), 'utf8')) as CalendarSpec;
const vendor = createCalendar(spec);
const hours = (ms: number): string => `${(ms / 3_600_000).toFixed(2)} h`;
const local = (date: Date, timeZone: string): string =>
  date.toLocaleString('en-US', { timeZone, weekday: 'short', year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZoneName: 'short' });

console.log('slakit demo — business-hours clocks on', spec.timeZone, 'Mon–Fri 08:00–17:00 with US holidays\n');
const cases = [
  { customerZone: 'America/New_York', opened: '2026-11-20T16:30:00-05:00' },
  { customerZone: 'Europe/London', opened: '2026-11-25T09:15:00Z' },
  { customerZone: 'Asia/Kolkata', opened: '2026-12-24T11:00:00+05:30' },
];
for (const { customerZone, opened } of cases) {
  const calendar = withTimeZone(vendor, customerZone); // TERMS §1: the customer's local time
  console.log(`Case opened ${local(new Date(opened), customerZone)} (${customerZone})`);
  console.log(`  24 business hours → due ${local(addBusinessTime(calendar, opened, { hours: 24 }), customerZone)}`);
  console.log(`  3 business days   → due ${local(addBusinessDays(calendar, opened, 3), customerZone)}`);
}
const year = businessTimeBetween(vendor, '2026-01-01T00:00:00-05:00', '2027-01-01T00:00:00-05:00');
console.log(`\nBusiness time in 2026 on the vendor calendar: ${hours(year)}`);
