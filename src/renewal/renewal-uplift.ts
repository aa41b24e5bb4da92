import { fail } from '../core/errors.js';
import { type CpiIndexPair, cpiIndexChange } from './cpi-change.js';
import { optionsObject } from './validate.js';
import { compareRatios, decimalOf, type Ratio, ratioToNumber, reduced } from './rational.js';

/**
 * The CPI-U change for a renewal: a fraction (`0.0295` for 2.95%, negative for a fall) or two
 * index values whose exact ratio slakit computes. A number means its shortest decimal: `0.0295`
 * is exactly 295/10,000.
 *
 * @example
 * ```ts
 * import type { CpiInput } from 'slakit/renewal';
 *
 * const asFraction: CpiInput = 0.0295;
 * const asIndexValues: CpiInput = { previous: 304.702, current: 313.689 };
 * ```
 */
export type CpiInput = number | CpiIndexPair;

/**
 * Which rule set a renewal's rate: `'floor'` (the 5% minimum, also when CPI-U equals it exactly),
 * `'cpi'` (CPI-U above the floor), `'cap'` (a negotiated cap lowered the rate).
 *
 * @example
 * ```ts
 * import type { UpliftRule } from 'slakit/renewal';
 *
 * const rule: UpliftRule = 'floor';
 * ```
 */
export type UpliftRule = 'floor' | 'cpi' | 'cap';

/**
 * Inputs of a renewal uplift.
 *
 * @example
 * ```ts
 * import type { RenewalUpliftOptions } from 'slakit/renewal';
 *
 * const options: RenewalUpliftOptions = { cpi: 0.0612, floor: 0.05, cap: 0.07 };
 * ```
 */
export interface RenewalUpliftOptions {
  /** The most recent annual CPI-U change, as a fraction or as two index values. */
  readonly cpi: CpiInput;
  /** The minimum uplift, a fraction in [0, 1]. Default `0.05`, the policy's "five percent (5%)". */
  readonly floor?: number;
  /** A negotiated maximum uplift, a fraction in [floor, 1]. The policy has none; default: no cap. */
  readonly cap?: number;
}

/**
 * A renewal's rate and the rule that set it.
 *
 * @example
 * ```ts
 * import type { RenewalUplift } from 'slakit/renewal';
 *
 * const uplift: RenewalUplift = { rate: 0.05, rule: 'floor' };
 * ```
 */
export interface RenewalUplift {
  /** The uplift as a fraction (`0.05` = 5%). Exact for fraction inputs; the nearest number for index pairs. */
  readonly rate: number;
  readonly rule: UpliftRule;
}

/**
 * {@link RenewalUplift} with the exact rate as a fraction in lowest terms.
 *
 * @example
 * ```ts
 * import type { ExactRenewalUplift } from 'slakit/renewal';
 *
 * const uplift: ExactRenewalUplift = { rate: 0.05, rule: 'floor', exactRate: { numerator: 1n, denominator: 20n } };
 * ```
 */
export interface ExactRenewalUplift extends RenewalUplift {
  /** The rate that fees are multiplied by, exactly: `numerator / denominator`. */
  readonly exactRate: { readonly numerator: bigint; readonly denominator: bigint };
}

/** The uplift with its exact ratio, for the fee arithmetic. */
export interface UpliftWork {
  readonly rate: number;
  readonly rule: UpliftRule;
  readonly exact: Ratio;
}

const DEFAULT_FLOOR = 0.05;

function fraction(value: unknown, path: string, what: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > 1) {
    fail('INVALID_RATE', path, value, `is not a ${what}; expected a fraction between 0 and 1 such as 0.05`);
  }
  return value;
}

/** Paths of the three inputs in error messages. */
export interface UpliftPaths {
  readonly cpi: string;
  readonly floor: string;
  readonly cap: string;
}

const PATHS: UpliftPaths = { cpi: 'cpi', floor: 'floor', cap: 'cap' };

/** The uplift of one renewal: `max(floor, cpi)`, then `min(·, cap)`. Ties go to the floor, a cap only wins when it lowers the rate. */
export function upliftOf(cpi: unknown, floorInput: unknown, capInput: unknown, paths: UpliftPaths = PATHS): UpliftWork {
  const floor = floorInput === undefined ? DEFAULT_FLOOR : fraction(floorInput, paths.floor, 'floor');
  const cap = capInput === undefined ? undefined : fraction(capInput, paths.cap, 'cap');
  if (cap !== undefined && cap < floor) fail('INVALID_RATE', paths.cap, cap, `is below the floor ${floor}`);
  if (typeof cpi === 'number') {
    // Numbers compare exactly as their shortest decimals do, so no rational arithmetic is needed here.
    if (!Number.isFinite(cpi) || cpi <= -1) {
      fail('INVALID_RATE', paths.cpi, cpi, 'is not a CPI-U change; expected a fraction above −1 such as 0.0295');
    }
    let rate = floor;
    let rule: UpliftRule = 'floor';
    if (cpi > floor) {
      rate = cpi;
      rule = 'cpi';
    }
    if (cap !== undefined && rate > cap) {
      rate = cap;
      rule = 'cap';
    }
    return { rate, rule, exact: decimalOf(rate) };
  }
  const change = cpiIndexChange(cpi, paths.cpi);
  if (cap !== undefined && compareRatios(change, decimalOf(cap)) > 0) return { rate: cap, rule: 'cap', exact: decimalOf(cap) };
  if (compareRatios(change, decimalOf(floor)) > 0) return { rate: ratioToNumber(change), rule: 'cpi', exact: change };
  return { rate: floor, rule: 'floor', exact: decimalOf(floor) };
}

/**
 * The rate by which a support renewal's fee may rise: the greater of the floor (5%) and the most
 * recent annual CPI-U increase, lowered to `cap` when one is given. A CPI-U fall still gives the
 * floor. When CPI-U equals the floor exactly the rule is `'floor'`; `'cap'` only when the cap
 * actually lowered the rate.
 *
 * Implements NOP §2.2 "the fees for each such Renewal Term may be increased by the greater of:
 * (a) five percent (5%) or (b) the most recent annual increase in the Consumer Price Index for all
 * Urban Consumers (CPI-U)". The text has no cap; `cap` is for contracts that negotiate one.
 *
 * @throws SlaError `INVALID_RATE` for a CPI-U change that is not finite or not above −1, an index
 * value ≤ 0, a floor or cap outside [0, 1], or a cap below the floor; `INVALID_ARGUMENT` when
 * `options` is not an object.
 * @example
 * ```ts
 * import { renewalUplift } from 'slakit/renewal';
 *
 * renewalUplift({ cpi: { previous: 304.702, current: 313.689 } });
 * //=> { rate: 0.05, rule: 'floor', exactRate: { numerator: 1n, denominator: 20n } } (CPI-U rose 2.95%)
 * renewalUplift({ cpi: 0.0612 });           //=> { rate: 0.0612, rule: 'cpi', exactRate: { numerator: 153n, denominator: 2500n } }
 * renewalUplift({ cpi: -0.004 }).rule;      //=> 'floor'
 * renewalUplift({ cpi: 0.09, cap: 0.07 });  //=> { rate: 0.07, rule: 'cap', exactRate: { numerator: 7n, denominator: 100n } }
 * renewalUplift({ cpi: 0.03, floor: 0.05, cap: 0.04 }); // throws SlaError INVALID_RATE (cap below floor)
 * ```
 */
export function renewalUplift(options: RenewalUpliftOptions): ExactRenewalUplift {
  const { cpi, floor, cap } = optionsObject(options);
  const { rate, rule, exact } = upliftOf(cpi, floor, cap);
  return { rate, rule, exactRate: reduced(exact) };
}
