import { fail } from '../core/errors.js';
import { assertMoney, type MinorUnits, type SameMoney, toSameMoney } from './money.js';
import { type RoundingMode, upliftAmount } from './rational.js';
import { type RenewalUplift, type RenewalUpliftOptions, UPLIFT_KEYS, upliftOf, type UpliftWork } from './renewal-uplift.js';
import { optionsObject } from './validate.js';

/**
 * How a renewed fee is rounded to a whole minor unit, once per renewal: `'half-up'` (default; an
 * exact half cent goes up) or `'half-even'` (an exact half goes to the even cent, "banker's
 * rounding"). The policy does not say; invoices usually round half up.
 *
 * @example
 * ```ts
 * import type { RenewalRounding } from 'slakit/renewal';
 *
 * const rounding: RenewalRounding = 'half-even';
 * ```
 */
export type RenewalRounding = 'half-up' | 'half-even';

/**
 * Inputs of {@link renewFee}: the uplift inputs and the rounding.
 *
 * @example
 * ```ts
 * import type { RenewFeeOptions } from 'slakit/renewal';
 *
 * const options: RenewFeeOptions = { cpi: 0.0612, rounding: 'half-even' };
 * ```
 */
export interface RenewFeeOptions extends RenewalUpliftOptions {
  /** Default `'half-up'`. */
  readonly rounding?: RenewalRounding;
}

/**
 * A renewed fee in the money type it was given, with the rate and the rule that set it.
 *
 * @example
 * ```ts
 * import type { RenewedFee } from 'slakit/renewal';
 *
 * const renewed: RenewedFee<number> = { feeMinor: 1_260_000, rate: 0.05, rule: 'floor' };
 * ```
 */
export interface RenewedFee<M extends MinorUnits = MinorUnits> extends RenewalUplift {
  /** The next term's fee in minor units, rounded once. */
  readonly feeMinor: M;
}

/** Reads the rounding option. */
export function roundingOf(value: unknown, path = 'rounding'): RoundingMode {
  if (value === undefined || value === 'half-up') return 'half-up';
  if (value === 'half-even') return 'half-even';
  return fail('INVALID_ARGUMENT', path, value, "is not a rounding; expected 'half-up' or 'half-even'");
}

/** Applies an uplift to a validated fee, in the fee's money type. */
export function applyUplift<M extends MinorUnits>(feeMinor: M, uplift: UpliftWork, rounding: RoundingMode, path: string): SameMoney<M> {
  const amount = upliftAmount(feeMinor, uplift.exact, rounding);
  return (typeof amount === 'number' ? amount : toSameMoney(amount, feeMinor, path, feeMinor)) as SameMoney<M>;
}

/**
 * The fee of the next support term: `feeMinor × (1 + rate)` with `rate` from
 * {@link renewalUplift}, computed exactly (rates are exact rationals, the arithmetic is integer)
 * and rounded once to a whole minor unit. Money is integer minor units (cents): a safe-integer
 * `number` or a `bigint`, and the result has the same type. Compounding over several renewals is
 * {@link renewalSchedule}, which applies each rate to the previous, rounded, fee.
 *
 * Implements NOP §2.2 "the fees for each such Renewal Term may be increased by the greater of:
 * (a) five percent (5%) or (b) the most recent annual increase in the Consumer Price Index for all
 * Urban Consumers (CPI-U)".
 *
 * @throws SlaError `INVALID_MONEY` for a fee that is not a non-negative integer (or is a number
 * above `Number.MAX_SAFE_INTEGER`, or would renew to one: pass a bigint); `INVALID_RATE` as
 * {@link renewalUplift}; `INVALID_ARGUMENT` for an unknown rounding.
 * @example
 * ```ts
 * import { renewFee } from 'slakit/renewal';
 *
 * renewFee(1_200_000, { cpi: { previous: 304.702, current: 313.689 } }); //=> { feeMinor: 1_260_000, rate: 0.05, rule: 'floor' }
 * renewFee(1_234_567n, { cpi: 0.0612 }); //=> { feeMinor: 1_310_123n, rate: 0.0612, rule: 'cpi' }
 * renewFee(10, { cpi: 0 }).feeMinor;                          //=> 11 (10.5 cents, half up)
 * renewFee(10, { cpi: 0, rounding: 'half-even' }).feeMinor;   //=> 10 (10.5 cents, to even)
 * renewFee(1000.5, { cpi: 0 }); // throws SlaError INVALID_MONEY
 * ```
 */
export function renewFee<M extends MinorUnits>(feeMinor: M, options: RenewFeeOptions): RenewedFee<SameMoney<M>> {
  assertMoney(feeMinor, 'feeMinor');
  const { cpi, floor, cap, rounding, allowLargeCpiChange } = optionsObject(options, [...UPLIFT_KEYS, 'rounding']);
  const uplift = upliftOf(cpi, floor, cap, undefined, allowLargeCpiChange);
  return { feeMinor: applyUplift(feeMinor, uplift, roundingOf(rounding), 'feeMinor'), rate: uplift.rate, rule: uplift.rule };
}
