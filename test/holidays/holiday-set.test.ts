// slakit/holidays: holiday sets from date-holidays, and date-holidays' own dates and objects as holidays.
import Holidays from 'date-holidays';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { businessTimeBetween, calendarToJSON, createCalendar, isBusinessDay, isOpen } from '../../src/calendar/index.js';
import { holidaySet, holidaysFrom, loadHolidaySet } from '../../src/holidays/index.js';
import type { DateHolidaysClass } from '../../src/holidays/types.js';
import { expectSlaError } from '../expect-sla-error.js';

const day = [['08:00', '17:00']] as const;
const week = { mon: day, tue: day, wed: day, thu: day, fri: day };
const HOUR = 3_600_000;
const H = Holidays as unknown as DateHolidaysClass;

describe('Holiday: date-holidays dates and objects as they come', () => {
  it("'YYYY-MM-DD HH:mm:ss' closes from that time to the end of the day; 00:00:00 the whole day", () => {
    const cal = createCalendar({ timeZone: 'UTC', hours: week, holidays: ['2026-12-24 14:00:00', '2026-12-25 00:00:00'] });
    expect(businessTimeBetween(cal, '2026-12-24T00:00:00Z', '2026-12-25T00:00:00Z')).toBe(6 * HOUR);
    expect(isBusinessDay(cal, '2026-12-25')).toBe(false);
    expect(calendarToJSON(cal).holidays).toEqual([{ date: '2026-12-24', closed: ['14:00', '24:00'] }, '2026-12-25']);
  });

  it("an offset such as ' -0600' starts the holiday that much earlier: the evening before", () => {
    const cal = createCalendar({ timeZone: 'UTC', hours: '24x7', holidays: ['2026-09-21 00:00:00 -0600'] });
    expect(isOpen(cal, '2026-09-20T17:59:00Z')).toBe(true);
    expect(isOpen(cal, '2026-09-20T18:00:00Z')).toBe(false);
    expect(calendarToJSON(cal).holidays).toEqual([{ date: '2026-09-20', closed: ['18:00', '24:00'] }, '2026-09-21']);
  });

  it('a date-holidays object: its start and end give the closed part (a half day, or two days)', () => {
    const [ash, carnaval] = new Holidays('BR').getHolidays(2026).filter((h) => h.name === 'Carnaval' && h.type === 'optional');
    const cal = createCalendar({ timeZone: 'America/Sao_Paulo', hours: '24x7', holidays: [{ ...ash!, type: 'public' }, { ...carnaval!, type: 'public' }] });
    expect(calendarToJSON(cal).holidays).toEqual([
      { date: '2026-02-14', name: 'Carnaval' },
      { date: '2026-02-15', name: 'Carnaval' },
      { date: '2026-02-18', name: 'Carnaval', closed: ['00:00', '14:00'] },
    ]);
    expect(isOpen(cal, '2026-02-18T13:59:00-03:00')).toBe(false);
    expect(isOpen(cal, '2026-02-18T14:00:00-03:00')).toBe(true);
  });

  it('JSON start and end strings work as Dates do; closed round-trips; a night shift ends at a closed 24:00', () => {
    const spec = { timeZone: 'UTC', hours: { ...week, thu: [['22:00', '06:00']] as const }, holidays: [{ date: '2026-12-31', name: 'Silvester', closed: ['12:00', '24:00'] as const }, { date: '2026-12-23 14:00:00', start: '2026-12-23T14:00:00Z', end: '2026-12-23T16:00:00Z' }], holidayCoverage: { from: 2026, to: 2027 } };
    const cal = createCalendar(spec);
    expect(businessTimeBetween(cal, '2026-12-31T00:00:00Z', '2027-01-01T12:00:00Z')).toBe(0 + 4 * HOUR); // Thu 22:00 gone, 08:00–12:00 left
    expect(businessTimeBetween(cal, '2026-12-23T00:00:00Z', '2026-12-24T00:00:00Z')).toBe(7 * HOUR); // Wed 08:00–14:00, 16:00–17:00
    expect(calendarToJSON(createCalendar(calendarToJSON(cal)))).toEqual(calendarToJSON(cal));
  });

  it('other types, bad dates and bad closed ranges are INVALID_CALENDAR naming the field', () => {
    const bad = (holiday: unknown, path: string): void =>
      expectSlaError(() => createCalendar({ timeZone: 'UTC', hours: week, holidays: [holiday as never] }), 'INVALID_CALENDAR', path);
    bad({ date: '2026-02-14 00:00:00', name: "Valentine's Day", type: 'observance' }, 'holidays[0].type');
    bad({ date: '2026-02-30' }, 'holidays[0].date');
    bad('2026-12-24 25:00', 'holidays[0]');
    bad({ date: '2026-12-24', name: '' }, 'holidays[0].name');
    bad({ date: '2026-12-24', closed: ['14:00'] }, 'holidays[0].closed');
    bad({ date: '2026-12-24 10:00', closed: ['14:00', '16:00'] }, 'holidays[0].closed');
    bad({ date: '2026-12-24', closed: ['14:00', '12:00'] }, 'holidays[0]');
    expectSlaError(() => createCalendar({ timeZone: 'UTC', hours: week, holidays: { country: 'US' } as never }), 'INVALID_CALENDAR', 'holidays', 'holidaySet');
  });
});

describe('holidaySet', () => {
  it('takes region codes in any case and checks them; JSON is the { country, types } reference', () => {
    const set = holidaySet('gb-eng', { Holidays: H, types: ['public', 'bank'] });
    expect(JSON.parse(JSON.stringify(set))).toEqual({ country: 'GB-ENG', types: ['public', 'bank'] });
    expect(holidaySet({ country: 'US-NY', types: ['public'] }, { Holidays: H }).toJSON()).toEqual({ country: 'US-NY', types: ['public'] });
    expect(holidaySet('US-LA-NO', { Holidays: H }).toJSON().country).toBe('US-LA-NO');
    expect(holidaySet('IN-KA', { Holidays: H }).holidaysIn(2026).length).toBeGreaterThan(5);
    expectSlaError(() => holidaySet('XX', { Holidays: H }), 'INVALID_ARGUMENT', 'country');
    expectSlaError(() => holidaySet('US-XX', { Holidays: H }), 'INVALID_ARGUMENT', 'country');
    expectSlaError(() => holidaySet('US-LA-XX', { Holidays: H }), 'INVALID_ARGUMENT', 'country');
    expectSlaError(() => holidaySet('United States', { Holidays: H }), 'INVALID_ARGUMENT', 'country');
    expectSlaError(() => holidaySet('US', { Holidays: H, types: ['holy' as never] }), 'INVALID_ARGUMENT', 'types');
    expectSlaError(() => holidaySet('US'), 'MISSING_DEPENDENCY', 'Holidays');
  });

  it('takes a date-holidays instance and names it after its country, state and region', () => {
    expect(holidaySet(new Holidays('DE', 'BY')).toJSON()).toEqual({ country: 'DE-BY', types: ['public'] });
    expect(holidaySet({ getHolidays: () => [] }).toJSON().country).toBe('date-holidays');
  });

  it('computes a year when a query first reaches it, keeps a bounded number of years, never runs out', () => {
    const asked: number[] = [];
    const counting = { getHolidays: (year: number) => (asked.push(year), [{ date: `${year}-05-01 00:00:00`, name: 'Labour Day', type: 'public' }]) };
    const cal = createCalendar({ timeZone: 'UTC', hours: week, holidays: holidaySet(counting) });
    for (let year = 2000; year < 2040; year++) expect(isBusinessDay(cal, `${year}-05-01`)).toBe(false);
    expect(isBusinessDay(cal, '2099-05-01')).toBe(false);
    expect(asked.length).toBeLessThan(200);
    expect(isBusinessDay(cal, '2000-05-02')).toBe(true); // evicted, recomputed
  });

  it('a calendar with a set: JSON writes the reference; withTimeZone keeps the set', () => {
    const set = holidaySet('US', { Holidays: H });
    const cal = createCalendar({ timeZone: 'America/New_York', hours: week, holidays: set });
    expect(calendarToJSON(cal).holidays).toEqual({ country: 'US', types: ['public'] });
    const again = createCalendar({ ...calendarToJSON(cal), holidays: holidaySet(calendarToJSON(cal).holidays as never, { Holidays: H }) });
    expect(isBusinessDay(again, '2031-11-27')).toBe(false);
    expect(Object.isFrozen(set)).toBe(true);
  });
});

describe('holidaysFrom', () => {
  it('keeps the types asked for (public by default) and drops the type, so the calendar takes them', () => {
    const list = new Holidays('DE', 'BY').getHolidays(2026);
    const publicOnly = holidaysFrom(list);
    const withBank = holidaysFrom(list, { types: ['public', 'bank'] });
    expect(withBank.length - publicOnly.length).toBe(2);
    expect(withBank.every((h) => !('type' in h))).toBe(true);
    const cal = createCalendar({ timeZone: 'Europe/Berlin', hours: week, holidays: withBank });
    expect(businessTimeBetween(cal, '2026-12-31T00:00:00+01:00', '2026-12-31T23:00:00+01:00')).toBe(6 * HOUR);
    expectSlaError(() => isBusinessDay(cal, '2027-01-04'), 'HOLIDAYS_NOT_COVERED', 'holidays');
    expectSlaError(() => holidaysFrom('x' as never), 'INVALID_ARGUMENT', 'list');
    expect(holidaysFrom([{ date: '2026-01-01' }])).toEqual([{ date: '2026-01-01' }]);
  });
});

describe('loadHolidaySet', () => {
  afterEach(() => {
    vi.doUnmock('date-holidays');
    vi.resetModules();
  });

  it('imports date-holidays itself', async () => {
    const set = await loadHolidaySet('au-nsw');
    expect(set.toJSON()).toEqual({ country: 'AU-NSW', types: ['public'] });
  });

  it('without date-holidays installed: a clear MISSING_DEPENDENCY error when used, not at import', async () => {
    vi.doMock('date-holidays', () => {
      throw new Error("Cannot find package 'date-holidays'");
    });
    vi.resetModules();
    const { loadHolidaySet: load } = await import('../../src/holidays/index.js');
    await expect(load('US')).rejects.toMatchObject({ code: 'MISSING_DEPENDENCY' });
  });
});
