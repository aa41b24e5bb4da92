import type { CivilDate } from '../core/civil-date.js';
import { shiftDays, shiftMonths } from './dates.js';
import { wholeNumber } from './validate.js';

/**
 * A support term as civil dates; both ends are inclusive (`end` is the term's last day).
 *
 * @example
 * ```ts
 * import type { SupportTermDates } from 'slakit/renewal';
 *
 * const term: SupportTermDates = { start: '2026-03-15', end: '2027-03-14' };
 * ```
 */
export interface SupportTermDates {
  readonly start: CivilDate;
  readonly end: CivilDate;
}

/** Term `term` (1 = the initial term) of a contract whose first term starts on `anchor`. */
export function termDates(anchor: CivilDate, months: number, term: number, path: string): SupportTermDates {
  return {
    start: shiftMonths(anchor, (term - 1) * months, path),
    end: shiftDays(shiftMonths(anchor, term * months, path), -1, path),
  };
}

/**
 * The dates of a support term: from `start` (the Delivery Date) for `months` months, through the
 * day before the same day-of-month `months` later (`end` is the last day of the term). Month-end
 * dates clamp: a term from `2024-02-29` ends on `2025-02-27`, the day before `2025-02-28`.
 *
 * Pass `term` (1 = the initial term, 2 = the first renewal, …) for a later term of the same
 * contract. Every term is computed from the original `start`, never chained from the previous
 * term, so a 31st or a 29 February comes back whenever the month has it, and consecutive terms
 * tile the calendar: each term's `end` + 1 day is the next term's `start`.
 *
 * Implements NOP §2.1 "For a period of twelve (12) months commencing on the Delivery Date" and
 * §2.2 "will renew for additional periods of time equal in length to the then-currently expiring
 * term".
 *
 * @throws SlaError `INVALID_DATE` for a bad date or a term beyond year 9999; `INVALID_ARGUMENT`
 * when `months` or `term` is not a whole number ≥ 1.
 * @example
 * ```ts
 * import { supportTerm } from 'slakit/renewal';
 *
 * supportTerm('2026-03-15');        //=> { start: '2026-03-15', end: '2027-03-14' }
 * supportTerm('2026-01-31', 1);     //=> { start: '2026-01-31', end: '2026-02-27' }
 * supportTerm('2026-01-31', 1, 2);  //=> { start: '2026-02-28', end: '2026-03-30' }
 * supportTerm('2026-01-31', 1, 3);  //=> { start: '2026-03-31', end: '2026-04-29' }
 * supportTerm('2026-03-15', 0);     // throws SlaError INVALID_ARGUMENT
 * ```
 */
export function supportTerm(start: CivilDate, months = 12, term = 1): SupportTermDates {
  wholeNumber(months, 'months', 1, 'a whole number of months ≥ 1');
  wholeNumber(term, 'term', 1, 'a term number ≥ 1 (1 = the initial term)');
  return termDates(start, months, term, 'start');
}
