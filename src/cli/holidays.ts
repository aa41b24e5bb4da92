// `--holidays US`: the eleven US federal holidays (5 U.S.C. § 6103) as yearly rules, observed on the
// nearest weekday. The contracts do not publish the vendors' holiday lists (TERMS.md §1), so this is
// a convenience of the command, named as what it is; a JSON file of holidays replaces it.
import type { Holiday } from '../calendar/types.js';

/** Yearly rules of the US federal holidays. */
export const US_FEDERAL_HOLIDAYS: readonly Holiday[] = [
  { month: 1, day: 1, observed: 'nearest-weekday' }, // New Year's Day
  { month: 1, weekday: 'mon', nth: 3 }, // Birthday of Martin Luther King, Jr.
  { month: 2, weekday: 'mon', nth: 3 }, // Washington's Birthday
  { month: 5, weekday: 'mon', nth: -1 }, // Memorial Day
  { month: 6, day: 19, observed: 'nearest-weekday' }, // Juneteenth
  { month: 7, day: 4, observed: 'nearest-weekday' }, // Independence Day
  { month: 9, weekday: 'mon', nth: 1 }, // Labor Day
  { month: 10, weekday: 'mon', nth: 2 }, // Columbus Day
  { month: 11, day: 11, observed: 'nearest-weekday' }, // Veterans Day
  { month: 11, weekday: 'thu', nth: 4 }, // Thanksgiving Day
  { month: 12, day: 25, observed: 'nearest-weekday' }, // Christmas Day
];
