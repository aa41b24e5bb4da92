// Holiday coverage: a calendar never answers silently past the years its holiday list covers.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addBusinessTime, businessTimeBetween, calendarToJSON, createCalendar, isBusinessDay, isOpen, nextOpen } from '../../src/calendar/index.js';
import type { CalendarSpec, Holiday } from '../../src/calendar/types.js';
import { formatCivilDate } from '../../src/core/civil-date.js';
import { isSlaError } from '../../src/core/errors.js';
import { expectSlaError } from '../expect-sla-error.js';

const day = [['08:00', '17:00']] as const;
const week = { mon: day, tue: day, wed: day, thu: day, fri: day };
const DAY = 86_400_000;
const ZONES = ['UTC', 'America/New_York', 'Asia/Kolkata', 'Australia/Lord_Howe'] as const;

describe('coverage: the years the holidays cover', () => {
  it('explicit dates cover the years from the first to the last; a query outside throws HOLIDAYS_NOT_COVERED', () => {
    const cal = createCalendar({ timeZone: 'America/New_York', hours: week, holidays: ['2026-11-26', '2027-11-25'] });
    expect(isBusinessDay(cal, '2027-11-25')).toBe(false);
    expectSlaError(() => isBusinessDay(cal, '2028-11-23'), 'HOLIDAYS_NOT_COVERED', 'holidays', '2028-11-23');
    expectSlaError(() => isOpen(cal, '2025-06-02T12:00:00Z'), 'HOLIDAYS_NOT_COVERED', 'holidays', '2025-06-02');
  });

  it('the error names the date, the span, and how to extend the list', () => {
    const cal = createCalendar({ timeZone: 'UTC', hours: week, holidays: ['2026-12-25'] });
    try {
      isBusinessDay(cal, '2027-11-25');
      expect.unreachable();
    } catch (error) {
      expect(isSlaError(error) && error.details).toEqual({ path: 'holidays', value: '2027-11-25', coverage: { from: 2026, to: 2026 } });
      expect((error as Error).message).toBe(
        "HOLIDAYS_NOT_COVERED: holidays: 2027-11-25 is past the years they cover (2026–2026); add those of 2027 and widen holidayCoverage, use holidaySet (slakit/holidays), or set holidayCoverage: 'open'",
      );
    }
  });

  it('a search that runs out of the span names the first date past it', () => {
    const cal = createCalendar({ timeZone: 'UTC', hours: week, holidays: ['2026-12-25'] });
    expectSlaError(() => addBusinessTime(cal, '2026-12-31T16:00:00Z', { hours: 2 }), 'HOLIDAYS_NOT_COVERED', 'holidays', '2027-01-01');
    expectSlaError(() => addBusinessTime(cal, '2026-01-01T10:00:00Z', { hours: -12 }), 'HOLIDAYS_NOT_COVERED', 'holidays', '2025-12-31');
  });

  it('holidayCoverage { from, to } widens or narrows the span, and calendarToJSON keeps it', () => {
    const spec: CalendarSpec = { timeZone: 'UTC', hours: week, holidays: ['2026-12-25'], holidayCoverage: { from: 2025, to: 2030 } };
    const cal = createCalendar(spec);
    expect(isBusinessDay(cal, '2030-12-25')).toBe(true);
    expectSlaError(() => isBusinessDay(cal, '2031-01-02'), 'HOLIDAYS_NOT_COVERED', 'holidays');
    expect(calendarToJSON(cal).holidayCoverage).toEqual({ from: 2025, to: 2030 });
    expect(isBusinessDay(createCalendar(calendarToJSON(cal)), '2030-12-25')).toBe(true);
  });

  it("holidayCoverage 'open' opts out: the list is declared complete", () => {
    const cal = createCalendar({ timeZone: 'UTC', hours: week, holidays: ['2026-12-25'], holidayCoverage: 'open' });
    expect(isBusinessDay(cal, '2040-12-25')).toBe(true);
    expect(calendarToJSON(cal).holidayCoverage).toBe('open');
  });

  it('yearly rules, overrides and no holidays at all cover every year', () => {
    const cal = createCalendar({ timeZone: 'UTC', hours: week, holidays: [{ month: 12, day: 25 }], overrides: { '2026-12-24': [] } });
    expect(isBusinessDay(cal, '2200-12-25')).toBe(false);
    expect(isBusinessDay(createCalendar({ timeZone: 'UTC', hours: week }), '1900-01-02')).toBe(true);
  });

  it('a night shift from the last day before the span reaches into it: that day must be covered too', () => {
    const cal = createCalendar({ timeZone: 'UTC', hours: { ...week, thu: [['22:00', '06:00']] }, holidays: ['2026-12-25'] });
    // 2025-12-31 is a Wednesday: no range runs past its midnight, so 2026 needs nothing of 2025.
    expect(isOpen(cal, '2026-01-01T02:00:00Z')).toBe(false);
    const night = createCalendar({ timeZone: 'UTC', hours: { wed: [['22:00', '06:00']] }, holidays: ['2026-12-25'] });
    expectSlaError(() => isOpen(night, '2026-01-01T02:00:00Z'), 'HOLIDAYS_NOT_COVERED', 'holidays', '2025-12-31');
  });

  it('bad coverage is INVALID_CALENDAR', () => {
    expectSlaError(() => createCalendar({ timeZone: 'UTC', hours: week, holidayCoverage: { from: 2027, to: 2026 } }), 'INVALID_CALENDAR', 'holidayCoverage.to');
    expectSlaError(() => createCalendar({ timeZone: 'UTC', hours: week, holidayCoverage: 'closed' as never }), 'INVALID_CALENDAR', 'holidayCoverage');
  });
});

const rule: fc.Arbitrary<Holiday> = fc.oneof(
  fc.record({ month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }), observed: fc.constantFrom('none', 'nearest-weekday', 'next-weekday') as fc.Arbitrary<'none'> }),
  fc.record({ month: fc.integer({ min: 1, max: 12 }), weekday: fc.constantFrom('mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun') as fc.Arbitrary<'mon'>, nth: fc.constantFrom(1, 2, 3, 4, -1) }),
);
const instant = fc.integer({ min: Date.UTC(1950, 0, 1), max: Date.UTC(2150, 0, 1) });

describe('properties', () => {
  it('with yearly rules only, results never depend on the coverage machinery', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), fc.array(rule, { maxLength: 5 }), instant, fc.integer({ min: 0, max: 400 * DAY }), (timeZone, holidays, t, span) => {
        const plain = createCalendar({ timeZone, hours: week, holidays });
        const open = createCalendar({ timeZone, hours: week, holidays, holidayCoverage: 'open' });
        expect(calendarToJSON(plain).holidayCoverage).toBeUndefined();
        expect(businessTimeBetween(plain, t, t + span)).toBe(businessTimeBetween(open, t, t + span));
        expect(nextOpen(plain, t)).toEqual(nextOpen(open, t));
        expect(isBusinessDay(plain, formatCivilDate(Math.floor(t / DAY)))).toBe(isBusinessDay(open, formatCivilDate(Math.floor(t / DAY))));
      }),
      { numRuns: 150 },
    );
  });

  it('with explicit dates, every query outside the covered years throws and every query inside answers as before', () => {
    const date = fc.integer({ min: Date.UTC(2024, 0, 1) / DAY, max: Date.UTC(2027, 11, 31) / DAY }).map(formatCivilDate);
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), fc.array(date, { minLength: 1, maxLength: 6 }), fc.array(rule, { maxLength: 2 }), fc.integer({ min: Date.UTC(2020, 0, 1) / DAY, max: Date.UTC(2031, 11, 31) / DAY }), (timeZone, dates, rules, queryDay) => {
        const holidays = [...dates, ...rules];
        const years = dates.map((d) => Number(d.slice(0, 4)));
        const [from, to] = [Math.min(...years), Math.max(...years)];
        const covered = createCalendar({ timeZone, hours: week, holidays });
        const complete = createCalendar({ timeZone, hours: week, holidays, holidayCoverage: 'open' });
        const query = formatCivilDate(queryDay);
        const year = Number(query.slice(0, 4));
        if (year < from || year > to) {
          expectSlaError(() => isBusinessDay(covered, query), 'HOLIDAYS_NOT_COVERED', 'holidays', query);
        } else {
          expect(isBusinessDay(covered, query)).toBe(isBusinessDay(complete, query));
          // Inside one covered local year (tables of the same year only).
          const start = Date.UTC(year, 0, 2);
          expect(businessTimeBetween(covered, start, start + 300 * DAY)).toBe(businessTimeBetween(complete, start, start + 300 * DAY));
        }
      }),
      { numRuns: 200 },
    );
  });
});
