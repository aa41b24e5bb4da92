// Issue 15: the worst inputs found by the fuzz suite and the bounded-time checks, timed cold (a fresh
// calendar: year tables and 400-year cycles built on the way) and warm (the same call again).
import { addBusinessDays, addBusinessTime, businessTimeBetween, type Calendar, nextOpen } from '../src/calendar/index.js';
import { evaluateCase } from '../src/cases/index.js';
import { parseDuration } from '../src/core/index.js';
import { createMaintenanceSchedule } from '../src/maintenance/index.js';
import { businessHours8to5, uniphoreSupport } from '../src/presets/index.js';
import { everyDayHolidayForACentury, manyOverrides, onlyLeapDay } from '../test/hostile/extreme-calendars.js';

function ms(fn: () => unknown): number {
  const started = performance.now();
  try {
    fn();
  } catch {
    // an SlaError (NO_OPEN_TIME, a documented limit) is an answer here
  }
  return performance.now() - started;
}

const rows: [string, string, string, string][] = [];
function row(workload: string, before: string, make: () => Calendar, call: (cal: Calendar) => unknown): void {
  const cal = make();
  const cold = ms(() => call(cal));
  const warm = Math.min(ms(() => call(cal)), ms(() => call(cal)));
  rows.push([workload, before, cold.toFixed(1), warm.toFixed(2)]);
}

const ny = (): Calendar => businessHours8to5('America/New_York');
const t = '2026-01-05T09:00:00-05:00';
row('addBusinessTime(cal, t, 1e21)', 'never returns', ny, (cal) => addBusinessTime(cal, t, 1e21));
row('addBusinessTime(cal, t, 1e15)', '34 s', ny, (cal) => addBusinessTime(cal, t, 1e15));
row('addBusinessDays(cal, t, MAX_SAFE_INTEGER)', 'never returns', ny, (cal) => addBusinessDays(cal, t, Number.MAX_SAFE_INTEGER));
row('addBusinessDays(cal, t, 50,000,000)', '—', ny, (cal) => addBusinessDays(cal, t, 50_000_000));
row('businessTimeBetween, 10,000 years', '4.5 s', ny, (cal) => businessTimeBetween(cal, t, '+012026-01-01T00:00:00Z'));
row('businessTimeBetween, whole range of Date', '97 s', ny, (cal) => businessTimeBetween(cal, -8.64e15, 8.64e15));
row('evaluateCase, now = 8.64e15', '51 s', ny, (cal) => evaluateCase(uniphoreSupport, cal, { severity: 3, openedAt: t }, { now: 8.64e15 }));
row('nextOpen in the year 200,000', '—', ny, (cal) => nextOpen(cal, '+200000-01-03T12:00:00Z'));
row('open only on 29 Feb: between, whole range', '—', onlyLeapDay, (cal) => businessTimeBetween(cal, -8.64e15, 8.64e15));
row('holiday every day 2000–2099: nextOpen (NO_OPEN_TIME)', '—', everyDayHolidayForACentury, (cal) => nextOpen(cal, '2000-01-01T00:00:00Z'));
row('10^5 overrides: between, whole range', '—', manyOverrides, (cal) => businessTimeBetween(cal, -8.64e15, 8.64e15));

const lines = [
  '### Hostile inputs (issue 15)',
  '',
  'Cold: first call on a fresh calendar (year tables and 400-year cycles built on the way). Warm: best of two repeats. "Before": as measured in issue 15.',
  '',
  '| workload | before | cold (ms) | warm (ms) |',
  '| --- | --- | ---: | ---: |',
  ...rows.map((r) => `| ${r.join(' | ')} |`),
];
const redos = ms(() => parseDuration(`P${'1'.repeat(100_000)}X`));
const windows = Array.from({ length: 40_000 }, () => ({ region: 'EU', day: 'sun' as const, start: '02:00', end: '03:00' }));
const schedule = ms(() => createMaintenanceSchedule({ timeZone: 'UTC', windows }));
const overridesCompile = ms(() => manyOverrides());
lines.push(
  '',
  `parseDuration('P' + '1' × 100,000 + 'X'): ${redos.toFixed(2)} ms (before: 5.7 s). createMaintenanceSchedule, 40,000 windows in one region: ${schedule.toFixed(0)} ms (before: 51 s). createCalendar with 10^5 overrides: ${overridesCompile.toFixed(0)} ms.`,
);
console.log(lines.join('\n'));
