import { describe, expect, it } from 'vitest';
import { addBusinessTime, businessTimeBetween, createCalendar, isBusinessDay, nextClose, nextOpen, openIntervals } from '../../src/calendar/index.js';
import { stretchAt, stretchStartingFrom } from '../../src/calendar/stretch.js';
import { zoneRules } from '../../src/core/time-zone.js';

const H = 3_600_000;
const iso = (ms: number | undefined): string | undefined => (ms === undefined ? undefined : new Date(ms).toISOString());

describe('year boundaries and long spans', () => {
  it('nextOpen searches into the following years', () => {
    const cal = createCalendar({ timeZone: 'UTC', hours: {}, overrides: { '2028-03-01': [['09:00', '10:00']] } });
    expect(nextOpen(cal, '2026-06-01T00:00:00Z').toISOString()).toBe('2028-03-01T09:00:00.000Z');
  });

  it('a stretch that never ends within 50 years makes nextClose null', () => {
    // Declared complete ('open'): the search runs 50 years past the one dated holiday.
    const cal = createCalendar({ timeZone: 'UTC', hours: '24x7', holidays: ['2026-12-25'], holidayCoverage: 'open' });
    expect(nextClose(cal, '2027-01-01T00:00:00Z')).toBeNull();
    expect(nextClose(cal, '2026-12-20T00:00:00Z')?.toISOString()).toBe('2026-12-25T00:00:00.000Z');
    expect(nextClose(cal, '2026-12-25T12:00:00Z')).toBeNull(); // reopens on the 26th for good
  });

  it('an instant early on 1 January east of UTC belongs to the new local year', () => {
    const cal = createCalendar({ timeZone: 'Asia/Kolkata', hours: { fri: [['00:00', '04:00']] } });
    expect(businessTimeBetween(cal, '2027-01-01T01:00:00+05:30', '2027-01-01T03:00:00+05:30')).toBe(2 * H);
  });

  it('open intervals over several years merge the stretch split at New Year', () => {
    const cal = createCalendar({ timeZone: 'America/New_York', hours: { thu: [['20:00', '02:00']], fri: [['02:00', '03:00']] } });
    const result = openIntervals(cal, '2026-12-31T00:00:00-05:00', '2028-01-01T00:00:00-05:00');
    expect(result[0]).toEqual({ start: new Date('2026-12-31T20:00:00-05:00'), end: new Date('2027-01-01T03:00:00-05:00') });
    expect(result).toHaveLength(52 + 1);
  });

  it('a span of 400 years adds up year by year (and evicts cached years on the way)', () => {
    const cal = createCalendar({ timeZone: 'Europe/London', hours: { mon: [['09:00', '17:00']] } });
    let sum = 0;
    for (let year = 1800; year < 2200; year += 100) sum += businessTimeBetween(cal, `${year}-01-01T00:00:00Z`, `${year + 100}-01-01T00:00:00Z`);
    expect(businessTimeBetween(cal, '1800-01-01T00:00:00Z', '2200-01-01T00:00:00Z')).toBe(sum);
    expect(sum).toBe(8 * H * 20_871); // Mondays from 1800-01-01 to 2199-12-31
    expect(addBusinessTime(cal, '1800-01-01T00:00:00Z', sum).toISOString()).toBe('2199-12-30T17:00:00.000Z');
  });

  it('a reversed span without open time is 0, not -0', () => {
    const cal = createCalendar({ timeZone: 'UTC', hours: { mon: [['09:00', '17:00']] } });
    expect(Object.is(businessTimeBetween(cal, '2026-11-22T12:00:00Z', '2026-11-22T10:00:00Z'), 0)).toBe(true);
  });

  it('nth: -5 gives no holiday in a month with only four of that weekday', () => {
    const cal = createCalendar({ timeZone: 'UTC', hours: '24x7', holidays: [{ month: 2, weekday: 'mon', nth: -5 }, { month: 3, weekday: 'mon', nth: -5 }] });
    expect(isBusinessDay(cal, '2027-02-01')).toBe(true); // February 2027 has four Mondays
    expect(isBusinessDay(cal, '2027-03-01')).toBe(false); // March 2027 has five; the 5th-last is the 1st
  });

  it('rejects a spec that is not a plain object', () => {
    expect(() => createCalendar(Object.create({ timeZone: 'UTC' }) as never)).toThrow(/INVALID_CALENDAR: : .* is not a plain object/);
    expect(() => createCalendar({ timeZone: 'UTC', hours: new Map() } as never)).toThrow(/INVALID_CALENDAR: hours: .* is not a plain object/);
  });

  it('the zone cache stays bounded and still answers for evicted zones', () => {
    const zones = Intl.supportedValuesOf('timeZone').slice(0, 80);
    for (const zone of zones) zoneRules(zone);
    expect(zoneRules(zones[0] as string).timeZone).toBe(zones[0]);
  });
});

describe('whole open stretches (for maintenance windows)', () => {
  const cal = createCalendar({ timeZone: 'UTC', hours: { thu: [['22:00', '02:00']], wed: [['09:00', '10:00']] } });
  it('stretchAt returns the whole stretch, merged across New Year, or null when closed', () => {
    // 2026-12-31 is a Thursday: its 22:00–02:00 range runs into 2027.
    expect(stretchAt(cal, Date.parse('2026-12-31T23:00:00Z'))).toEqual({ start: Date.parse('2026-12-31T22:00:00Z'), end: Date.parse('2027-01-01T02:00:00Z') });
    expect(stretchAt(cal, Date.parse('2027-01-01T01:00:00Z'))).toEqual({ start: Date.parse('2026-12-31T22:00:00Z'), end: Date.parse('2027-01-01T02:00:00Z') });
    expect(stretchAt(cal, Date.parse('2027-01-01T03:00:00Z'))).toBeNull();
    expect(stretchAt(cal, Date.parse('2026-11-18T09:30:00Z'))).toEqual({ start: Date.parse('2026-11-18T09:00:00Z'), end: Date.parse('2026-11-18T10:00:00Z') });
  });

  it('stretchStartingFrom skips a stretch already under way and crosses years', () => {
    expect(iso(stretchStartingFrom(cal, Date.parse('2026-12-31T22:00:00Z'), 1)?.start)).toBe('2026-12-31T22:00:00.000Z');
    expect(iso(stretchStartingFrom(cal, Date.parse('2026-12-31T22:30:00Z'), 1)?.start)).toBe('2027-01-06T09:00:00.000Z');
    expect(iso(stretchStartingFrom(cal, Date.parse('2027-01-01T01:00:00Z'), 1)?.start)).toBe('2027-01-06T09:00:00.000Z');
    const once = createCalendar({ timeZone: 'UTC', hours: {}, overrides: { '2026-11-23': [['09:00', '10:00']] } });
    expect(stretchStartingFrom(once, Date.parse('2026-11-24T00:00:00Z'), 3)).toBeNull();
  });
});

describe('semantics 8 limits empty years, not long durations', () => {
  const weekly = createCalendar({ timeZone: 'UTC', hours: { mon: [['09:00', '10:00']] } });
  it('adds 100 years of business time and business days', async () => {
    const { addBusinessDays } = await import('../../src/calendar/index.js');
    const span = businessTimeBetween(weekly, '2000-01-01T00:00:00Z', '2100-01-01T00:00:00Z');
    expect(addBusinessTime(weekly, '2000-01-01T00:00:00Z', span).toISOString()).toBe('2099-12-28T10:00:00.000Z');
    expect(addBusinessTime(weekly, '2100-01-01T00:00:00Z', -span).toISOString()).toBe('2000-01-03T09:00:00.000Z');
    expect(addBusinessDays(weekly, '2000-01-03T09:30:00Z', 5_000).toISOString()).toBe('2095-10-31T09:30:00.000Z'); // 5,000 Mondays = 35,000 days
    expect(addBusinessDays(weekly, '2095-10-31T09:30:00Z', -5_000).toISOString()).toBe('2000-01-03T09:30:00.000Z');
  });
});
