// caseMonthTest(month) is caseMonth(calendar, t) === month, compiled once: readers of many cases
// (complianceReport's `month`, `slakit compliance --month`) place each case through it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { caseMonth, caseMonthTest } from '../../src/cases/case-month.js';
import { businessHours8to5 } from '../../src/presets/index.js';

const ZONES = ['UTC', 'America/New_York', 'Europe/London', 'Asia/Kolkata', 'Australia/Lord_Howe', 'Pacific/Chatham', 'America/Havana', 'Pacific/Kiritimati', 'Etc/GMT+12'];
const calendars = ZONES.map((zone) => businessHours8to5(zone));

describe('caseMonthTest', () => {
  it('agrees with caseMonth for any opening and month, in zones with DST at midnight and at ±12 hours and more', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...calendars),
        fc.date({ noInvalidDate: true, min: new Date('1999-12-01T00:00:00Z'), max: new Date('2031-02-01T00:00:00Z') }),
        fc.integer({ min: 2000, max: 2030 }),
        fc.integer({ min: 1, max: 12 }),
        (calendar, date, year, m) => {
          const t = date.getTime();
          const month = `${year}-${String(m).padStart(2, '0')}`;
          expect(caseMonthTest(month)(calendar, t)).toBe(caseMonth(calendar, t) === month);
          // The opening's own month, the one before it and the one after it, where the edges are.
          const own = caseMonth(calendar, t);
          expect(caseMonthTest(own)(calendar, t)).toBe(true);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('at the edge of a month in the calendar’s zone: 1 November 00:00 in New York is November, a millisecond before is October', () => {
    const ny = businessHours8to5('America/New_York');
    const edge = Date.parse('2026-11-01T00:00:00-04:00');
    expect(caseMonthTest('2026-11')(ny, edge)).toBe(true);
    expect(caseMonthTest('2026-10')(ny, edge - 1)).toBe(true);
    expect(caseMonthTest('2026-11')(ny, edge - 1)).toBe(false);
    expect(caseMonthTest('2026-12')(ny, Date.parse('2026-12-31T23:59:59.999-05:00'))).toBe(true);
    expect(caseMonthTest('2026-12')(ny, Date.parse('2027-01-01T00:00:00-05:00'))).toBe(false);
  });

  it('refuses a month that is not YYYY-MM, at the path given', () => {
    expect(() => caseMonthTest('2026-13', 'options.month')).toThrow(/INVALID_DATE: options\.month: '2026-13' is not a month/);
  });
});
