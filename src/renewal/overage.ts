import { assertMoney, type MinorUnits, type SameMoney, toSameMoney } from './money.js';
import { optionsObject, wholeNumber } from './validate.js';

/**
 * Inputs of {@link overage}.
 *
 * @example
 * ```ts
 * import type { OverageOptions } from 'slakit/renewal';
 *
 * const options: OverageOptions<number> = { peak: 130, minimumCommitted: 120, unitPriceMinor: 15_000 };
 * ```
 */
export interface OverageOptions<M extends MinorUnits = MinorUnits> {
  /** The month's Peak Agent Amount, e.g. from {@link peakConcurrentUsers}. */
  readonly peak: number;
  /** The Minimum Committed Number of Concurrent Users. */
  readonly minimumCommitted: number;
  /** The then-current list price of one concurrent user for the month, in minor units. */
  readonly unitPriceMinor: M;
}

/**
 * The users above the committed minimum and what they cost.
 *
 * @example
 * ```ts
 * import type { Overage } from 'slakit/renewal';
 *
 * const result: Overage<number> = { overageUsers: 10, chargeMinor: 150_000 };
 * ```
 */
export interface Overage<M extends MinorUnits = MinorUnits> {
  /** `max(0, peak − minimumCommitted)`. */
  readonly overageUsers: number;
  /** `overageUsers × unitPriceMinor`, in the price's money type. */
  readonly chargeMinor: M;
}

/**
 * The concurrent users billed above the Minimum Committed Number, at list price:
 * `max(0, peak − minimumCommitted) × unitPriceMinor`. The committed minimum itself is billed by
 * the Minimum MRC, not here. Money is integer minor units in the type of `unitPriceMinor`.
 *
 * Implements NCS §1 "Any Concurrent User that logs in to the Cloud Services that exceeds the
 * minimum number of Concurrent Users (i.e., in excess of the Minimum MRC) will be billed at NiCE's
 * then-current list price."
 *
 * @throws SlaError `INVALID_ARGUMENT` when `peak` or `minimumCommitted` is not a whole number ≥ 0;
 * `INVALID_MONEY` for a price that is not a non-negative integer, or a number charge above
 * `Number.MAX_SAFE_INTEGER` (pass a bigint).
 * @example
 * ```ts
 * import { overage } from 'slakit/renewal';
 *
 * overage({ peak: 130, minimumCommitted: 120, unitPriceMinor: 15_000 });  //=> { overageUsers: 10, chargeMinor: 150_000 }
 * overage({ peak: 110, minimumCommitted: 120, unitPriceMinor: 15_000n }); //=> { overageUsers: 0, chargeMinor: 0n }
 * overage({ peak: 130, minimumCommitted: 120, unitPriceMinor: 149.99 });  // throws SlaError INVALID_MONEY
 * ```
 */
export function overage<M extends MinorUnits>(options: OverageOptions<M>): Overage<SameMoney<M>> {
  const { peak, minimumCommitted, unitPriceMinor } = optionsObject(options, ['peak', 'minimumCommitted', 'unitPriceMinor']);
  wholeNumber(peak, 'peak', 0, 'a whole number of users ≥ 0');
  wholeNumber(minimumCommitted, 'minimumCommitted', 0, 'a whole number of users ≥ 0');
  assertMoney(unitPriceMinor, 'unitPriceMinor');
  const overageUsers = Math.max(0, peak - minimumCommitted);
  if (typeof unitPriceMinor === 'number') {
    const charge = overageUsers * unitPriceMinor;
    if (charge <= Number.MAX_SAFE_INTEGER) return { overageUsers, chargeMinor: charge as SameMoney<M> };
  }
  const charge = BigInt(overageUsers) * BigInt(unitPriceMinor);
  return { overageUsers, chargeMinor: toSameMoney(charge, unitPriceMinor, 'unitPriceMinor', unitPriceMinor, `× ${overageUsers} users gives`) };
}
