import { type CivilDate, civilDateToDays } from '../core/civil-date.js';
import { shiftMonths } from './dates.js';
import { optionsObject } from './validate.js';

/**
 * The dates an Initiation Date is the earliest of. Only `effectiveDate` is required: (c) is
 * always 3 months after it.
 *
 * @example
 * ```ts
 * import type { InitiationDates } from 'slakit/renewal';
 *
 * const dates: InitiationDates = { effectiveDate: '2026-01-15', productionUse: '2026-03-02' };
 * ```
 */
export interface InitiationDates {
  /** (a) The date of the vendor's notice that the Cloud Services are available. */
  readonly availabilityNotice?: CivilDate;
  /** (b) The date the customer first used the Cloud Services in Production. */
  readonly productionUse?: CivilDate;
  /** The Effective Date of the Transaction Document; (c) is 3 months after it. */
  readonly effectiveDate: CivilDate;
}

/**
 * Which of the three dates is the Initiation Date.
 *
 * @example
 * ```ts
 * import type { InitiationRule } from 'slakit/renewal';
 *
 * const rule: InitiationRule = 'production-use';
 * ```
 */
export type InitiationRule = 'availability-notice' | 'production-use' | 'three-months-after-effective';

/**
 * An Initiation Date and the rule that gave it.
 *
 * @example
 * ```ts
 * import type { InitiationDateResult } from 'slakit/renewal';
 *
 * const result: InitiationDateResult = { date: '2026-03-02', rule: 'production-use' };
 * ```
 */
export interface InitiationDateResult {
  readonly date: CivilDate;
  readonly rule: InitiationRule;
}

/**
 * The Initiation Date of a cloud subscription: the earliest of (a) the availability notice,
 * (b) first Production use and (c) 3 months after the Effective Date (month ends clamp:
 * `2026-11-30` + 3 months = `2027-02-28`). When two dates tie, the rule reported is the one the
 * text lists first: (a), then (b), then (c).
 *
 * Implements NCS §1 "“Initiation Date” means the date corresponding to the earlier of: (a) the
 * date of NICE's notice to Customer that the Cloud Services are available to the Customer; (b)
 * the date of Customer's use of the Cloud Services in Production; or (c) three (3) months
 * following the Effective Date of the Transaction Document."
 *
 * @throws SlaError `INVALID_DATE` for a date that is missing (`effectiveDate`) or not a real
 * `'YYYY-MM-DD'`; `INVALID_ARGUMENT` when `dates` is not an object.
 * @example
 * ```ts
 * import { initiationDate } from 'slakit/renewal';
 *
 * initiationDate({ effectiveDate: '2026-01-15' });
 * //=> { date: '2026-04-15', rule: 'three-months-after-effective' }
 * initiationDate({ effectiveDate: '2026-01-15', productionUse: '2026-03-02', availabilityNotice: '2026-03-09' });
 * //=> { date: '2026-03-02', rule: 'production-use' }
 * initiationDate({ effectiveDate: '2026-11-30' }).date; //=> '2027-02-28'
 * ```
 */
export function initiationDate(dates: InitiationDates): InitiationDateResult {
  const { availabilityNotice, productionUse, effectiveDate } = optionsObject(dates, ['availabilityNotice', 'productionUse', 'effectiveDate'], 'dates');
  const threeMonths = shiftMonths(effectiveDate, 3, 'dates.effectiveDate');
  let best: InitiationDateResult = { date: threeMonths, rule: 'three-months-after-effective' };
  let bestDays = civilDateToDays(threeMonths);
  // Visited from (c) back to (a) with `<=`, so a tie goes to the rule the text lists first.
  const candidates = [
    [productionUse, 'production-use', 'dates.productionUse'],
    [availabilityNotice, 'availability-notice', 'dates.availabilityNotice'],
  ] as const;
  for (const [date, rule, path] of candidates) {
    if (date === undefined) continue;
    const days = civilDateToDays(date, path);
    if (days <= bestDays) {
      best = { date, rule };
      bestDays = days;
    }
  }
  return best;
}
