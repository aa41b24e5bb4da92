import { dayNumber, parseYearMonth } from './civil-date.js';
import { fail } from './errors.js';
import type { Interval } from './interval.js';
import { wallMs, zoneRules } from './time-zone.js';

/** The kind of a measured period: a calendar month, quarter or year. */
export type PeriodKind = 'month' | 'quarter' | 'year';

const QUARTER = /^(\d{4})-Q([1-4])$/;
const YEAR = /^(\d{4})$/;

/** What a period text names: `'2026-10'` a month, `'2026-Q4'` a quarter, `'2026'` a year; its first month and length in months. */
export function parsePeriod(value: unknown, path = 'month'): { kind: PeriodKind; year: number; firstMonth: number; months: number } {
  if (typeof value === 'string') {
    const quarter = QUARTER.exec(value);
    if (quarter) return { kind: 'quarter', year: Number(quarter[1]), firstMonth: 3 * Number(quarter[2]) - 2, months: 3 };
    const year = YEAR.exec(value);
    if (year) return { kind: 'year', year: Number(year[1]), firstMonth: 1, months: 12 };
    if (/^\d{4}-\d{2}$/.test(value)) {
      const { year: y, month } = parseYearMonth(value, path);
      return { kind: 'month', year: y, firstMonth: month, months: 1 };
    }
  }
  return fail('INVALID_DATE', path, value, "is not a period; expected a month 'YYYY-MM', a quarter 'YYYY-Qn' or a year 'YYYY'");
}

/**
 * The instants a calendar month, quarter or year covers in a zone, `[first midnight, the next
 * period's first midnight)`.
 *
 * @throws SlaError `INVALID_DATE` for a bad period, `INVALID_TIME_ZONE` for a bad zone.
 */
export function periodInterval(period: string, timeZone = 'UTC', path = 'month'): Interval {
  const { year, firstMonth, months } = parsePeriod(period, path);
  const rules = zoneRules(timeZone);
  const last = firstMonth + months;
  const next = last > 12 ? dayNumber(year + 1, last - 12, 1) : dayNumber(year, last, 1);
  return { start: rules.toInstant(wallMs(dayNumber(year, firstMonth, 1), 0)), end: rules.toInstant(wallMs(next, 0)) };
}
