import { addMonthsToCivilDate, type CivilDate, civilDateToDays, civilFields, formatCivilDate } from '../core/civil-date.js';
import { fail } from '../core/errors.js';

// Day numbers of 0000-01-01 and 9999-12-31, the range a 'YYYY-MM-DD' string can hold.
const FIRST_DAY = -719_528;
const LAST_DAY = 2_932_896;

/** A civil date `days` after a valid one, failing when it leaves years 0000–9999. */
export function shiftDays(date: CivilDate, days: number, path: string): CivilDate {
  const result = civilDateToDays(date, path) + days;
  if (result < FIRST_DAY || result > LAST_DAY) fail('INVALID_DATE', path, date, `moved by ${days} days leaves years 0000–9999`);
  return formatCivilDate(result);
}

/** A civil date moved by whole months with month-end clamping, failing when it leaves years 0000–9999. */
export function shiftMonths(date: CivilDate, months: number, path: string): CivilDate {
  const { year, month } = civilFields(civilDateToDays(date, path));
  const index = year * 12 + month - 1 + months;
  if (index < 0 || index >= 120_000) fail('INVALID_DATE', path, date, `moved by ${months} months leaves years 0000–9999`);
  return addMonthsToCivilDate(date, months);
}
