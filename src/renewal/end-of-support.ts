import type { CivilDate } from '../core/civil-date.js';
import { shiftDays, shiftMonths } from './dates.js';
import { wholeNumber } from './validate.js';

/**
 * The last day on which a released version is supported: `months` (default 12) after its official
 * release, counted like a support term, so the release day is day one and the result is the day
 * before the same day-of-month `months` later (month ends clamp). The day after the result is
 * the first day without support.
 *
 * Implements UNI "Support Discontinuance": "Uniphore agrees to support any given version of the
 * Licensed Product for 12 months as of its official release".
 *
 * @throws SlaError `INVALID_DATE` for a bad date; `INVALID_ARGUMENT` when `months` is not a whole
 * number ≥ 1.
 * @example
 * ```ts
 * import { endOfSupport } from 'slakit/renewal';
 *
 * endOfSupport('2026-03-15');     //=> '2027-03-14'
 * endOfSupport('2024-02-29');     //=> '2025-02-27'
 * endOfSupport('2026-03-15', 18); //=> '2027-09-14'
 * ```
 */
export function endOfSupport(releaseDate: CivilDate, months = 12): CivilDate {
  wholeNumber(months, 'months', 1, 'a whole number of months ≥ 1');
  return shiftDays(shiftMonths(releaseDate, months, 'releaseDate'), -1, 'releaseDate');
}
