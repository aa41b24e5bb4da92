// slakit's business days and hours against date-holidays' own isHoliday, 2025–2030, for ten
// countries and regions: observed (substitute) days, and half days that close part of a day.
import Holidays from 'date-holidays';
import { describe, expect, it } from 'vitest';
import { businessTimeBetween, createCalendar, isBusinessDay } from '../../src/calendar/index.js';
import type { HolidayType } from '../../src/calendar/types.js';
import { formatCivilDate, weekdayOf } from '../../src/core/civil-date.js';
import { zonedTimeToInstant } from '../../src/core/time-zone.js';
import { holidaySet } from '../../src/holidays/index.js';
import type { DateHolidaysClass } from '../../src/holidays/types.js';

const day = [['08:00', '17:00']] as const;
const week = { mon: day, tue: day, wed: day, thu: day, fri: day };
const HOUR = 3_600_000;
const FIRST = Date.UTC(2025, 0, 1) / 86_400_000;
const LAST = Date.UTC(2030, 11, 31) / 86_400_000;

const regions: [code: string, zone: string, types: HolidayType[]][] = [
  ['US', 'America/New_York', ['public']],
  ['US-NY', 'America/New_York', ['public']],
  ['GB-ENG', 'Europe/London', ['public']],
  ['DE-BY', 'Europe/Berlin', ['public', 'bank']], // 24 and 31 December close at 14:00
  ['FR', 'Europe/Paris', ['public']],
  ['IN', 'Asia/Kolkata', ['public']],
  ['JP', 'Asia/Tokyo', ['public']],
  ['AU-NSW', 'Australia/Sydney', ['public']],
  ['BR', 'America/Sao_Paulo', ['public', 'optional']], // Ash Wednesday until 14:00, Christmas Eve from 14:00
  ['CA-ON', 'America/Toronto', ['public']],
];

describe.each(regions)('%s (%s): business days 2025–2030 agree with date-holidays isHoliday', (code, zone, types) => {
  const [country, state] = code.split('-') as [string, string?];
  const reference = state === undefined ? new Holidays(country) : new Holidays(country, state);
  const calendar = createCalendar({ timeZone: zone, hours: week, holidays: holidaySet(code, { Holidays: Holidays as unknown as DateHolidaysClass, types }) });
  const at = (d: number, time: string): number => zonedTimeToInstant(zone, `${formatCivilDate(d)}T${time}`).getTime();

  // The open time of a weekday by date-holidays: 08:00–17:00 less the holidays isHoliday reports.
  const expectedOpen = (d: number): number => {
    const open = at(d, '08:00');
    const close = at(d, '17:00');
    const closed = [open, at(d, '12:00'), close - 1]
      .flatMap((t) => reference.isHoliday(new Date(t)) || [])
      .filter((h) => types.includes(h.type))
      .map((h) => [Math.max(open, h.start.getTime()), Math.min(close, h.end.getTime())] as const)
      .filter(([a, b]) => b > a)
      .sort((x, y) => x[0] - y[0]);
    let covered = 0;
    let reached = open;
    for (const [a, b] of closed) {
      covered += Math.max(0, b - Math.max(a, reached));
      reached = Math.max(reached, b);
    }
    return close - open - covered;
  };

  it('every weekday date-holidays lists for a year, and a sample of the others', () => {
    const listed = new Set<number>();
    for (let year = 2024; year <= 2031; year++) {
      for (const h of reference.getHolidays(year)) listed.add(Date.UTC(Number(h.date.slice(0, 4)), Number(h.date.slice(5, 7)) - 1, Number(h.date.slice(8, 10))) / 86_400_000);
    }
    for (let d = FIRST + 3; d <= LAST; d += 97) listed.add(d);
    const candidates = [...listed].filter((d) => d >= FIRST && d <= LAST && weekdayOf(d) >= 1 && weekdayOf(d) <= 5);
    let closedDays = 0;
    for (const d of candidates) {
      const open = expectedOpen(d);
      expect([formatCivilDate(d), businessTimeBetween(calendar, at(d, '00:00'), at(d + 1, '00:00'))]).toEqual([formatCivilDate(d), open]);
      expect([formatCivilDate(d), isBusinessDay(calendar, formatCivilDate(d))]).toEqual([formatCivilDate(d), open > 0]);
      if (open === 0) closedDays++;
    }
    // The business-day count of the six years: weekdays less the weekdays date-holidays closes.
    let weekdays = 0;
    let businessDays = 0;
    for (let d = FIRST; d <= LAST; d++) {
      if (weekdayOf(d) >= 1 && weekdayOf(d) <= 5) weekdays++;
      if (isBusinessDay(calendar, formatCivilDate(d))) businessDays++;
    }
    expect(businessDays).toBe(weekdays - closedDays);
  });
});

describe('observed days and half days', () => {
  const US = holidaySet('US', { Holidays: Holidays as unknown as DateHolidaysClass });
  it('a Saturday holiday is observed on the Friday before (Independence Day 2026)', () => {
    const cal = createCalendar({ timeZone: 'America/New_York', hours: week, holidays: US });
    expect(isBusinessDay(cal, '2026-07-03')).toBe(false);
    expect(isBusinessDay(cal, '2027-07-05')).toBe(false); // Sunday 4 July 2027 → Monday
  });

  it('a half day closes only its part: Heiliger Abend from 14:00 leaves 08:00–14:00', () => {
    const cal = createCalendar({ timeZone: 'Europe/Berlin', hours: week, holidays: holidaySet('DE-BY', { Holidays: Holidays as unknown as DateHolidaysClass, types: ['public', 'bank'] }) });
    expect(isBusinessDay(cal, '2026-12-24')).toBe(true);
    expect(businessTimeBetween(cal, '2026-12-24T00:00:00+01:00', '2026-12-25T00:00:00+01:00')).toBe(6 * HOUR);
  });
});
