import type { CivilDate } from '../core/civil-date.js';
import { shiftDays } from './dates.js';
import { wholeNumber } from './validate.js';

/**
 * The last day on which a Non-Renewal Notice is in time: `termEnd − days` (default 60). A notice
 * sent on that day leaves `days` whole days of the term after the notice day (`termEnd` counted
 * as one of them). Missing it commits the customer to the next term's fee.
 *
 * "At least sixty (60) days prior to the conclusion" has a second reading that counts the notice
 * day itself as one of the 60 days, which allows one day more (`termEnd − 59`); a contract that
 * wants 60 clear days between the notice day and the end day allows one day less (`termEnd − 61`).
 * slakit uses `termEnd − days`; pass `days` of 59 or 61 for the other readings.
 *
 * Implements NOP §2.2 "at least sixty (60) days prior to the conclusion of the then-current
 * Support Term: (a) either party may advise the other Party in writing that it does not wish to
 * renew the Support Term (a "Non-Renewal Notice")" and "if Customer fails to provide a
 * Non-Renewal Notice to NiCE, Customer will be responsible for payment in full for the fees
 * associated with the next Renewal Term".
 *
 * @throws SlaError `INVALID_DATE` for a bad date; `INVALID_ARGUMENT` when `days` is not a whole
 * number ≥ 0.
 * @example
 * ```ts
 * import { nonRenewalNoticeDeadline } from 'slakit/renewal';
 *
 * nonRenewalNoticeDeadline('2027-03-14');     //=> '2027-01-13'
 * nonRenewalNoticeDeadline('2027-03-14', 90); //=> '2026-12-14'
 * nonRenewalNoticeDeadline('2027-02-30');     // throws SlaError INVALID_DATE
 * ```
 */
export function nonRenewalNoticeDeadline(termEnd: CivilDate, days = 60): CivilDate {
  return shiftDays(termEnd, -wholeNumber(days, 'days', 0, 'a whole number of days ≥ 0'), 'termEnd');
}
