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
  /**
   * Accept a CPI-U change beyond ±50% a year (hyperinflation). Default `false`: such a number is
   * far likelier a percentage passed as a fraction (`3.1` for 3.1%), so it is an error.
   */
  readonly allowLargeCpiChange?: boolean;
}

/** The keys of {@link RenewalUpliftOptions}. */
export const UPLIFT_KEYS = ['cpi', 'floor', 'cap', 'allowLargeCpiChange'] as const;

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
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    fail('INVALID_RATE', path, value, `is not a ${what}; expected a fraction between 0 and 1 such as 0.05`);
  }
  if (value > 1) fail('INVALID_RATE', path, value, `as a ${what} would be ${percentText(value)}; rates are fractions from 0 to 1: pass ${Number((value / 100).toPrecision(12))} for ${value}%`);
  return value;
}

/** A fraction as a percentage for messages: 3.1 → '310%'. */
export function percentText(fraction: number): string {
  return `${Number((fraction * 100).toPrecision(12))}%`;
}

/** The largest CPI-U change a year that is read without `allowLargeCpiChange`: ±50%. */
export const PLAUSIBLE_CPI_CHANGE = 0.5;

/** Rejects a CPI-U change beyond ±50% a year unless allowed, showing both readings of the number. */
export function plausibleCpi(change: number, path: string, value: unknown, allowLarge: unknown): void {
  if (allowLarge !== undefined && typeof allowLarge !== 'boolean') fail('INVALID_ARGUMENT', 'allowLargeCpiChange', allowLarge, 'is not true or false');
  if (!Number.isFinite(change)) fail('INVALID_RATE', path, value, 'gives a CPI-U change too large to represent');
  if (allowLarge === true || Math.abs(change) <= PLAUSIBLE_CPI_CHANGE) return;
  const direction = change > 0 ? 'rise' : 'fall';
  const reading = typeof value === 'number'
    ? `would be a ${percentText(Math.abs(change))} ${direction} in a year; changes are fractions: pass ${Number((change / 100).toPrecision(12))} for ${change}%`
    : `gives a ${percentText(Math.abs(change))} ${direction} in a year; check the index values`;
  fail('INVALID_ARGUMENT', path, value, `${reading} (or set allowLargeCpiChange for a change beyond ±50%)`);
}

/** Paths of the three inputs in error messages. */
export interface UpliftPaths {
  readonly cpi: string;
  readonly floor: string;
  readonly cap: string;
}

const PATHS: UpliftPaths = { cpi: 'cpi', floor: 'floor', cap: 'cap' };

/** The uplift of one renewal: `max(floor, cpi)`, then `min(·, cap)`. Ties go to the floor, a cap only wins when it lowers the rate. */
export function upliftOf(cpi: unknown, floorInput: unknown, capInput: unknown, paths: UpliftPaths = PATHS, allowLarge?: unknown): UpliftWork {
  const floor = floorInput === undefined ? DEFAULT_FLOOR : fraction(floorInput, paths.floor, 'floor');
  const cap = capInput === undefined ? undefined : fraction(capInput, paths.cap, 'cap');
  if (cap !== undefined && cap < floor) fail('INVALID_RATE', paths.cap, cap, `is below the floor ${floor}`);
  if (typeof cpi === 'number') {
    // Numbers compare exactly as their shortest decimals do, so no rational arithmetic is needed here.
    if (!Number.isFinite(cpi) || cpi <= -1) {
      fail('INVALID_RATE', paths.cpi, cpi, 'is not a CPI-U change; expected a fraction above −1 such as 0.0295');
    }
    plausibleCpi(cpi, paths.cpi, cpi, allowLarge);
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
  plausibleCpi(ratioToNumber(change), paths.cpi, cpi, allowLarge);
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
 * Every rate is a fraction: `0.031` is 3.1%.
 *
 * @throws SlaError `INVALID_RATE` for a CPI-U change that is not finite or not above −1, an index
 * value ≤ 0, a floor or cap outside [0, 1] (the message shows both readings of a percentage), or a
 * cap below the floor; `INVALID_ARGUMENT` when `options` is not an object or has an unknown key,
 * and for a CPI-U change beyond ±50% a year without `allowLargeCpiChange` (the message shows both readings:
 * "3.1 would be a 310% rise … pass 0.031 for 3.1%").
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
 * renewalUplift({ cpi: 3.1 });              // throws SlaError INVALID_ARGUMENT (a 310% rise: pass 0.031 for 3.1%)
 * ```
 */
export function renewalUplift(options: RenewalUpliftOptions): ExactRenewalUplift {
  const { cpi, floor, cap, allowLargeCpiChange } = optionsObject(options, UPLIFT_KEYS);
  const { rate, rule, exact } = upliftOf(cpi, floor, cap, undefined, allowLargeCpiChange);
  return { rate, rule, exactRate: reduced(exact) };
}
