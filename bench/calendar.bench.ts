// Calendar engine vs moment-business-time and dayjs-business-time on the same workloads:
// Mon–Fri 08:00–17:00 with ~10 yearly holidays, random start instants over 2026.
// slakit runs in America/New_York; the peers run in UTC, their only zone.
import dayjs from 'dayjs';
import dayjsBusinessTime from 'dayjs-business-time';
import moment from 'moment-business-time';
import { addBusinessTime, businessTimeBetween, type CalendarSpec, createCalendar, isBusinessDay } from '../src/calendar/index.js';
import { type BenchGroup, report } from './harness.js';

const H = 3_600_000;
const day = [['08:00', '17:00']] as const;
const spec: CalendarSpec = {
  timeZone: 'America/New_York',
  hours: { mon: day, tue: day, wed: day, thu: day, fri: day },
  holidays: [
    { month: 1, day: 1, observed: 'nearest-weekday' },
    { month: 1, weekday: 'mon', nth: 3 },
    { month: 2, weekday: 'mon', nth: 3 },
    { month: 5, weekday: 'mon', nth: -1 },
    { month: 6, day: 19, observed: 'nearest-weekday' },
    { month: 7, day: 4, observed: 'nearest-weekday' },
    { month: 9, weekday: 'mon', nth: 1 },
    { month: 10, weekday: 'mon', nth: 2 },
    { month: 11, day: 11, observed: 'nearest-weekday' },
    { month: 11, weekday: 'thu', nth: 4 },
    { month: 12, day: 25, observed: 'nearest-weekday' },
  ],
};
const calendar = createCalendar(spec);

// The same holidays as explicit dates for the peers, which take no rules.
const holidayDates: string[] = [];
for (let t = Date.UTC(2025, 0, 1); t < Date.UTC(2029, 0, 1); t += 86_400_000) {
  const date = new Date(t).toISOString().slice(0, 10);
  const weekday = new Date(t).getUTCDay();
  if (weekday > 0 && weekday < 6 && !isBusinessDay(calendar, date)) holidayDates.push(date);
}

moment.updateLocale('en', {
  workinghours: { 0: null, 1: ['08:00:00', '17:00:00'], 2: ['08:00:00', '17:00:00'], 3: ['08:00:00', '17:00:00'], 4: ['08:00:00', '17:00:00'], 5: ['08:00:00', '17:00:00'], 6: null },
  holidays: holidayDates,
} as unknown as moment.LocaleSpecification);
dayjs.extend(dayjsBusinessTime);
const hours = [{ start: '08:00:00', end: '17:00:00' }];
dayjs.setBusinessTime({ sunday: null, monday: hours, tuesday: hours, wednesday: hours, thursday: hours, friday: hours, saturday: null });
dayjs.setHolidays(holidayDates);

// Deterministic random instants over 2026.
let seed = 42;
const random = (): number => {
  seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
  return seed / 2 ** 31;
};
const starts = Array.from({ length: 1024 }, () => Date.UTC(2026, 0, 1) + Math.floor(random() * 365 * 86_400_000));
let i = 0;
const next = (): number => starts[i++ & 1023] as number;

const groups: BenchGroup[] = [
  { workload: 'addBusinessTime 24 h', target: '≥ 1,000,000 ops/s; ≥ 100× peers', hours: 24 },
  { workload: 'addBusinessTime 1 h', target: 'span baseline', hours: 1 },
  { workload: 'addBusinessTime 2,400 h', target: '≤ 2× the cost of 1 h', hours: 2400 },
].map(({ workload, target, hours: h }) => ({
  workload,
  target,
  tasks: [
    { name: 'slakit (America/New_York)', fn: () => addBusinessTime(calendar, next(), h * H) },
    { name: 'moment-business-time (UTC)', fn: () => moment(next()).addWorkingTime(h, 'hours') },
    { name: 'dayjs-business-time (UTC)', fn: () => dayjs(next()).addBusinessTime(h, 'hours') },
  ],
}));
groups.push({
  workload: 'businessTimeBetween across 365 days',
  target: '≥ 1,000,000 ops/s; ≥ 100× peers',
  tasks: [
    { name: 'slakit (America/New_York)', fn: () => businessTimeBetween(calendar, next(), next() + 365 * 86_400_000) },
    { name: 'moment-business-time (UTC)', fn: () => { const t = next(); return moment(t + 365 * 86_400_000).workingDiff(moment(t), 'milliseconds'); } },
    { name: 'dayjs-business-time (UTC)', fn: () => { const t = next(); return dayjs(t + 365 * 86_400_000).businessMinutesDiff(dayjs(t)); } },
  ],
});

const measured = await report('Business-hours calendar (slakit/calendar)', groups);
const oneHour = measured.get('addBusinessTime 1 h / slakit (America/New_York)') ?? 0;
const longSpan = measured.get('addBusinessTime 2,400 h / slakit (America/New_York)') ?? 0;
console.log(`Flat in span: adding 2,400 h costs ${(oneHour / longSpan).toFixed(2)}× adding 1 h (target ≤ 2×).\n`);

// Memory of a calendar queried across 20 years (its year tables), measured with the heap.
const gc = (globalThis as { gc?: () => void }).gc;
if (gc !== undefined) {
  // Averaged over 20 calendars so that the heap's own noise does not swamp one calendar's tables.
  const count = 20;
  gc();
  const used = (): number => process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
  const before = used();
  const calendars = Array.from({ length: count }, () => createCalendar(spec));
  for (const fresh of calendars) {
    for (let t = Date.UTC(2010, 0, 1); t < Date.UTC(2030, 0, 1); t += 7 * 86_400_000) addBusinessTime(fresh, t, 24 * H);
  }
  gc();
  const perCalendar = (used() - before) / count;
  console.log(`Memory: a calendar queried across 20 years (2010–2029) holds ${(perCalendar / 1024).toFixed(0)} KB of heap and typed arrays (target < 2 MB; mean of ${calendars.length}).`);
}
