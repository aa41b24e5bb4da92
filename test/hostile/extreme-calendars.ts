import { createCalendar } from '../../src/calendar/index.js';
import type { Calendar, Holiday } from '../../src/calendar/types.js';

// Extreme calendars of issue 15, shared by the bounded-time test and bench/hostile.bench.ts.

const allDay = [['00:00', '24:00']] as const;
const everyDay = { mon: allDay, tue: allDay, wed: allDay, thu: allDay, fri: allDay, sat: allDay, sun: allDay };

/** Open around the clock, but every date except 29 February is a holiday. */
export function onlyLeapDay(): Calendar {
  const holidays: Holiday[] = [];
  const lengths = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  lengths.forEach((days, m) => {
    for (let day = 1; day <= days; day++) if (!(m === 1 && day === 29)) holidays.push({ month: m + 1, day });
  });
  return createCalendar({ timeZone: 'UTC', hours: everyDay, holidays });
}

/** Weekdays 08:00–17:00 in New York with a dated holiday on every day of 2000–2099. */
export function everyDayHolidayForACentury(): Calendar {
  const holidays: string[] = [];
  for (let t = Date.UTC(2000, 0, 1); t < Date.UTC(2100, 0, 1); t += 86_400_000) holidays.push(new Date(t).toISOString().slice(0, 10));
  const day = [['08:00', '17:00']] as const;
  // The list is complete as far as this test is concerned: the years after it are ordinary years.
  return createCalendar({ timeZone: 'America/New_York', hours: { mon: day, tue: day, wed: day, thu: day, fri: day }, holidays, holidayCoverage: 'open' });
}

/** Weekdays 08:00–17:00 in New York with 100,000 overrides (every day from 2026, 10:00–12:00). */
export function manyOverrides(): Calendar {
  const overrides: Record<string, [string, string][]> = {};
  for (let i = 0, t = Date.UTC(2026, 0, 1); i < 100_000; i++, t += 86_400_000) overrides[new Date(t).toISOString().slice(0, 10)] = [['10:00', '12:00']];
  const day = [['08:00', '17:00']] as const;
  return createCalendar({ timeZone: 'America/New_York', hours: { mon: day, tue: day, wed: day, thu: day, fri: day }, overrides });
}
