import { fail } from '../core/errors.js';
import { decimalOf, type Ratio, ratio, ratioToNumber } from './rational.js';

/**
 * Two values of a CPI-U series, the one the parties agree (the support policy names no series).
 * Which two is the contract's choice: the annual averages of the last two calendar years (e.g. the
 * U.S. city average, all items, 2023 → 2024: 304.702 → 313.689), or December to December. The
 * support policy only says "the most recent annual increase".
 *
 * @example
 * ```ts
 * import type { CpiIndexPair } from 'slakit/renewal';
 *
 * const annualAverages2023to2024: CpiIndexPair = { previous: 304.702, current: 313.689 };
 * ```
 */
export interface CpiIndexPair {
  /** The later index value. */
  readonly current: number;
  /** The earlier index value, a year before `current`. */
  readonly previous: number;
}

function indexValue(value: unknown, path: string): Ratio {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
    fail('INVALID_RATE', path, value, 'is not a CPI index value; expected a finite number above 0 such as 313.689');
  }
  return decimalOf(value);
}

/** The exact change `current / previous − 1` of an index pair (each value read as its shortest decimal). */
export function cpiIndexChange(index: unknown, path: string): Ratio {
  if (typeof index !== 'object' || index === null) {
    return fail('INVALID_RATE', path, index, 'is not a CPI change; expected a fraction such as 0.0295 or { current, previous } index values');
  }
  const { current, previous } = index as Partial<CpiIndexPair>;
  const c = indexValue(current, `${path}.current`);
  const p = indexValue(previous, `${path}.previous`);
  // current / previous − 1 = (c.n·p.d − p.n·c.d) / (p.n·c.d)
  const denominator = p.n * c.d;
  return ratio(c.n * p.d - denominator, denominator);
}

/**
 * The change of the CPI-U between two index values, as a fraction (`0.0295` = 2.95%):
 * `current / previous − 1`, computed exactly and returned as the nearest number. For the uplift
 * itself pass the index pair (not this rounded number) to {@link renewalUplift} or
 * {@link renewFee}: they use the exact ratio.
 *
 * Implements NOP §2.2 "(b) the most recent annual increase in the Consumer Price Index for all
 * Urban Consumers (CPI-U)" — which two index values make the "annual increase" is the caller's
 * input.
 *
 * @throws SlaError `INVALID_RATE` when an index value is not a finite number above 0, or the
 * change is too large to represent as a number.
 * @example
 * ```ts
 * import { cpiChange } from 'slakit/renewal';
 *
 * cpiChange({ previous: 304.702, current: 313.689 }); //=> 0.029494391241278364 (2.95%: annual averages 2023 → 2024)
 * cpiChange({ previous: 200, current: 190 });         //=> -0.05
 * cpiChange({ previous: 0, current: 190 });           // throws SlaError INVALID_RATE
 * ```
 */
export function cpiChange(index: CpiIndexPair): number {
  const change = ratioToNumber(cpiIndexChange(index, 'index'));
  if (!Number.isFinite(change)) fail('INVALID_RATE', 'index', index, 'gives a change too large to represent; check the index values');
  return change;
}
