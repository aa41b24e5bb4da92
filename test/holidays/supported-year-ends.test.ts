// Issue 22, "Holiday sets at the ends of the supported years": years 1–99 got 1901–1999's holidays
// (Christmas ignored in year 54), year 0 the current year's, any query in 9998–9999 failed with
// INVALID_CALENDAR, and the CLI printed a stack trace of the bundled date library for year 0.
// Exact where date-holidays is right, HOLIDAYS_NOT_COVERED where it is not.
import Holidays from 'date-holidays';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCalendar, isBusinessDay } from '../../src/calendar/index.js';
import type { DatedHoliday } from '../../src/calendar/types.js';
import { holidaySet, holidaysFrom } from '../../src/holidays/index.js';
import type { DateHolidays } from '../../src/holidays/types.js';
import { cli } from '../cli/in-process.js';
import { expectSlaError } from '../expect-sla-error.js';

const day = [['08:00', '17:00']] as const;
const week = { mon: day, tue: day, wed: day, thu: day, fri: day };
const calendar = (country: string, timeZone: string) => createCalendar({ timeZone, hours: week, holidays: holidaySet(country, { Holidays }) });
const instant = (value: Date | string | undefined): number => new Date(value as Date | string).getTime();

afterEach(() => {
  vi.restoreAllMocks();
});

describe('issue 22: years 1–99 and 0 are refused with HOLIDAYS_NOT_COVERED (date-holidays reads them as 19xx and as now)', () => {
  it.each(['0054-12-25', '0001-01-01', '0099-07-05', '0000-06-01'])('isBusinessDay on %s', (date) => {
    expectSlaError(() => isBusinessDay(calendar('US', 'America/New_York'), date), 'HOLIDAYS_NOT_COVERED', 'holidays', 'reads a year before 100 as two digits');
  });

  it('holidaysIn(54) is refused rather than answered with 1954’s list (Christmas was missing)', () => {
    expectSlaError(() => holidaySet('DE', { Holidays }).holidaysIn(54), 'HOLIDAYS_NOT_COVERED', 'holidays');
    expectSlaError(() => holidaySet('US', { Holidays }).holidaysIn(0), 'HOLIDAYS_NOT_COVERED', 'holidays');
  });

  it('a list dated in another year than the one asked, or a throw of date-holidays, is HOLIDAYS_NOT_COVERED', () => {
    const wrongYear: DateHolidays = { getHolidays: () => [{ date: '1954-12-25 00:00:00', name: 'Christmas', type: 'public' }] };
    expectSlaError(() => holidaySet(wrongYear).holidaysIn(2054), 'HOLIDAYS_NOT_COVERED', 'holidays', 'it dated a holiday "1954-12-25 00:00:00"');
    const throwing: DateHolidays = {
      getHolidays: () => {
        throw new Error('Invalid Jalaali year -522');
      },
    };
    expectSlaError(() => holidaySet(throwing).holidaysIn(2026), 'HOLIDAYS_NOT_COVERED', 'holidays', 'Invalid Jalaali year -522');
  });

  it('the command line: exit 1 with the refusal, and nothing from the date library on stderr (no stack trace)', () => {
    const warn = vi.spyOn(console, 'warn');
    const error = vi.spyOn(console, 'error');
    const run = cli(['due', '--contract', 'uniphore', '--params', 'test/cli/fixtures/uniphore-params.json', '--severity', '3', '--opened', '0000-06-01T10:00:00Z', '--tz', 'UTC', '--holidays', 'US']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('HOLIDAYS_NOT_COVERED');
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(warn).not.toHaveBeenCalled();
    expect(error).not.toHaveBeenCalled();
  });
});

describe('issue 22: years 100 and 9998–9999 are answered exactly as date-holidays gives them', () => {
  it.each([
    ['US', 'America/New_York', 100],
    ['US', 'America/New_York', 9998],
    ['DE', 'Europe/Berlin', 9998],
    ['GB', 'Europe/London', 9999],
  ])('%s %i: the set is date-holidays’ public list', (country, _zone, year) => {
    const expected = holidaysFrom(new Holidays(country).getHolidays(year)).map((h) => ({ ...h, end: h.end === undefined ? undefined : instant(h.end), start: h.start === undefined ? undefined : instant(h.start) }));
    const actual = (holidaySet(country, { Holidays }).holidaysIn(year) as DatedHoliday[]).map((h) => ({ ...h, end: h.end === undefined ? undefined : instant(h.end), start: h.start === undefined ? undefined : instant(h.start) }));
    // date-holidays ends 31 December 9999 in "year 0"; that one end is repaired, the rest is as given.
    const repaired = actual.map((h, i) => {
      const given = expected[i] as { start?: number; end?: number };
      if (h.end === given.end) return h;
      expect(given.end as number).toBeLessThanOrEqual(given.start as number); // only a broken end is replaced
      expect(h.end as number).toBeGreaterThan(h.start as number);
      return { ...h, end: given.end };
    });
    expect(repaired).toEqual(expected);
  });

  it('queries in 9998 and 9999 answer (they failed with INVALID_CALENDAR): Christmas, the 31 December 9999 holiday, a plain day', () => {
    const us = calendar('US', 'America/New_York');
    expect(isBusinessDay(us, '9998-12-25')).toBe(false);
    expect(isBusinessDay(us, '9999-12-24')).toBe(false); // Christmas Day observed (25 December 9999 is a Saturday)
    expect(isBusinessDay(us, '9999-12-31')).toBe(false); // New Year's Day (substitute day)
    expect(isBusinessDay(us, '9999-12-30')).toBe(true);
    expect(isBusinessDay(calendar('DE', 'Europe/Berlin'), '9999-12-27')).toBe(true);
  });

  it('a holiday of 31 December 9999 that date-holidays ends before its start ends at the end of its local day', () => {
    const silvester = (holidaySet('DE', { Holidays, types: ['bank'] }).holidaysIn(9999) as DatedHoliday[]).find((h) => h.name === 'Silvester');
    expect(silvester).toMatchObject({ date: '9999-12-31 14:00:00' });
    expect(instant(silvester?.start)).toBe(Date.UTC(9999, 11, 31, 13));
    expect(instant(silvester?.end)).toBe(Date.UTC(9999, 11, 31, 23)); // midnight in Berlin
  });
});

describe('issue 22: holidaysFrom([null]) and holidaySet(code, null) throw SlaErrors', () => {
  it('holidaysFrom: an item that is not a holiday is INVALID_ARGUMENT naming it', () => {
    expectSlaError(() => holidaysFrom([null as never]), 'INVALID_ARGUMENT', 'list[0]');
    expectSlaError(() => holidaysFrom([{ date: '2026-01-01 00:00:00' }, { name: 'x' } as never]), 'INVALID_ARGUMENT', 'list[1]');
  });
  it('holidaySet: options null is INVALID_ARGUMENT', () => {
    expectSlaError(() => holidaySet('US', null as never), 'INVALID_ARGUMENT', 'options');
  });
});

describe('issue 22: what date-holidays gives is checked', () => {
  it('a list that is not a list, and a year that is not whole, are refused or empty', () => {
    const notAList: DateHolidays = { getHolidays: () => ({}) as never };
    expectSlaError(() => holidaySet(notAList).holidaysIn(2026), 'HOLIDAYS_NOT_COVERED', 'holidays', 'it gave no list');
    expect(holidaySet(new Holidays('US')).holidaysIn(2026.5)).toEqual([]);
    expect(holidaySet(new Holidays('US')).holidaysIn(10_000)).toEqual([]);
  });
  it('a holiday of 9999 without start and end, or with a good end, is kept as it is', () => {
    const given: DateHolidays = { getHolidays: () => [{ date: '9999-12-31 00:00:00', name: 'A' }, { date: '9999-12-30 00:00:00', name: 'B', start: '9999-12-30T00:00:00Z', end: '9999-12-31T00:00:00Z' }] };
    expect(holidaySet(given).holidaysIn(9999)).toEqual([{ date: '9999-12-31 00:00:00', name: 'A' }, { date: '9999-12-30 00:00:00', name: 'B', start: '9999-12-30T00:00:00Z', end: '9999-12-31T00:00:00Z' }]);
  });
  it('options.Holidays that is not a class, and a holiday with an invalid end, are INVALID_ARGUMENT', () => {
    expectSlaError(() => holidaySet('US', { Holidays: 5 as never }), 'INVALID_ARGUMENT', 'options.Holidays');
    expectSlaError(() => holidaysFrom([{ date: '2026-01-01 00:00:00', start: '2026-01-01T00:00:00Z', end: new Date(Number.NaN) }]), 'INVALID_ARGUMENT', 'list[0].end');
  });
});
