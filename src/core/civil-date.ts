import { fail, pathArgument } from './errors.js';

/**
 * A calendar date without a time of day or zone, as `'YYYY-MM-DD'` (contract dates such as a
 * term's start). Days are counted as integers from 1970-01-01 inside the library.
 *
 * @example
 * ```ts
 * import type { CivilDate } from 'slakit';
 *
 * const start: CivilDate = '2026-03-15';
 * ```
 */
export type CivilDate = string;

/** Milliseconds in a 24-hour day. */
export const MS_PER_DAY = 86_400_000;

const CIVIL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const YEAR_MONTH = /^(\d{4})-(\d{2})$/;

/** Days in a month of the proleptic Gregorian calendar (month 1–12). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Whether a year of the proleptic Gregorian calendar has a 29 February. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Day number (days since 1970-01-01) of a valid year, month (1–12) and day, with integer math only. */
export function dayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const monthFromMarch = month > 2 ? month - 3 : month + 9;
  const dayOfYear = Math.floor((153 * monthFromMarch + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** The year, month (1–12) and day of a day number. */
export function civilFields(days: number): { year: number; month: number; day: number } {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Day of the week of a day number: 0 = Sunday … 6 = Saturday. */
export function weekdayOf(days: number): number {
  return (((days + 4) % 7) + 7) % 7;
}

/** Formats a day number as `'YYYY-MM-DD'`; years outside 0000–9999 have no such form. */
export function formatCivilDate(days: number, path = 'date'): CivilDate {
  const { year, month, day } = civilFields(days);
  if (year < 0 || year > 9999) return fail('INVALID_DATE', path, days, `is a day of the year ${year}; 'YYYY-MM-DD' holds only the years 0000–9999`);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Parses a `'YYYY-MM-DD'` civil date into its day number (days since 1970-01-01), rejecting dates
 * the calendar does not have.
 *
 * @throws SlaError `INVALID_DATE` for anything but a real `'YYYY-MM-DD'` date.
 * @example
 * ```ts
 * import { civilDateToDays } from 'slakit';
 *
 * civilDateToDays('1970-01-02'); //=> 1
 * civilDateToDays('2026-02-30'); // throws SlaError INVALID_DATE
 * ```
 */
export function civilDateToDays(value: unknown, path = 'date'): number {
  pathArgument(path);
  const match = typeof value === 'string' ? CIVIL_DATE.exec(value) : null;
  if (!match) return fail('INVALID_DATE', path, value, "is not a civil date; expected 'YYYY-MM-DD'");
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return fail('INVALID_DATE', path, value, 'is not a date of the calendar');
  }
  return dayNumber(year, month, day);
}

/**
 * Whether a value is a valid `'YYYY-MM-DD'` civil date.
 *
 * @example
 * ```ts
 * import { isCivilDate } from 'slakit';
 *
 * isCivilDate('2024-02-29'); //=> true
 * isCivilDate('2026-02-30'); //=> false
 * ```
 */
export function isCivilDate(value: unknown): value is CivilDate {
  const match = typeof value === 'string' ? CIVIL_DATE.exec(value) : null;
  if (!match) return false;
  const month = Number(match[2]);
  const day = Number(match[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(Number(match[1]), month);
}

/**
 * Adds whole days to a civil date.
 *
 * @example
 * ```ts
 * import { addDaysToCivilDate } from 'slakit';
 *
 * addDaysToCivilDate('2026-12-31', 1); //=> '2027-01-01'
 * addDaysToCivilDate('2027-03-14', -60); //=> '2027-01-13'
 * ```
 */
export function addDaysToCivilDate(date: CivilDate, days: number): CivilDate {
  if (!Number.isSafeInteger(days)) return fail('INVALID_ARGUMENT', 'days', days, 'is not a whole number of days');
  const result = civilDateToDays(date) + days;
  if (civilFields(result).year < 0 || civilFields(result).year > 9999) return fail('INVALID_DATE', 'days', days, `moves ${date} outside the years 0000–9999`);
  return formatCivilDate(result);
}

/**
 * Adds whole months to a civil date, clamping to the last day of a shorter month.
 *
 * @example
 * ```ts
 * import { addMonthsToCivilDate } from 'slakit';
 *
 * addMonthsToCivilDate('2026-01-31', 1); //=> '2026-02-28'
 * addMonthsToCivilDate('2024-01-31', 1); //=> '2024-02-29'
 * ```
 */
export function addMonthsToCivilDate(date: CivilDate, months: number): CivilDate {
  if (!Number.isSafeInteger(months)) return fail('INVALID_ARGUMENT', 'months', months, 'is not a whole number of months');
  const { year, month, day } = civilFields(civilDateToDays(date));
  const index = year * 12 + (month - 1) + months;
  const newYear = Math.floor(index / 12);
  const newMonth = index - newYear * 12 + 1;
  if (newYear < 0 || newYear > 9999) return fail('INVALID_DATE', 'date', date, `moved by ${months} months leaves years 0000–9999`);
  return formatCivilDate(dayNumber(newYear, newMonth, Math.min(day, daysInMonth(newYear, newMonth))));
}

/**
 * Parses a `'YYYY-MM'` calendar month.
 *
 * @throws SlaError `INVALID_DATE` for anything but a real `'YYYY-MM'` month.
 * @example
 * ```ts
 * import { parseYearMonth } from 'slakit';
 *
 * parseYearMonth('2026-06'); //=> { year: 2026, month: 6 }
 * ```
 */
export function parseYearMonth(value: unknown, path = 'month'): { year: number; month: number } {
  pathArgument(path);
  const match = typeof value === 'string' ? YEAR_MONTH.exec(value) : null;
  const month = match ? Number(match[2]) : 0;
  if (!match || month < 1 || month > 12) return fail('INVALID_DATE', path, value, "is not a month; expected 'YYYY-MM'");
  return { year: Number(match[1]), month };
}
