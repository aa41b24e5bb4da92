import { fail } from '../core/errors.js';
import { plainObject } from '../core/plain-data.js';
import type { CreditTier, ServiceCredit } from './types.js';

function percentIn(value: unknown, path: string, code: 'INVALID_AVAILABILITY' | 'INVALID_POLICY'): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > 100) return fail(code, path, value, 'is not a percentage from 0 to 100');
  return value;
}

/** Validates a credit table: half-open tiers inside [0, 100] that do not overlap. */
function readTiers(tiers: unknown): CreditTier[] {
  if (!Array.isArray(tiers)) return fail('INVALID_POLICY', 'tiers', tiers, 'is not a list of credit tiers');
  // A plain loop, so a hole in the array is read (as undefined) and rejected.
  const read: CreditTier[] = [];
  for (let i = 0; i < tiers.length; i++) {
    const object = plainObject(tiers[i], `tiers[${i}]`, 'INVALID_POLICY', ['atLeast', 'below', 'creditPercent']);
    const atLeast = percentIn(object['atLeast'], `tiers[${i}].atLeast`, 'INVALID_POLICY');
    const below = percentIn(object['below'], `tiers[${i}].below`, 'INVALID_POLICY');
    const creditPercent = percentIn(object['creditPercent'], `tiers[${i}].creditPercent`, 'INVALID_POLICY');
    if (below <= atLeast) fail('INVALID_POLICY', `tiers[${i}].below`, below, `is not above atLeast (${atLeast})`);
    read.push({ atLeast, below, creditPercent });
  }
  read.forEach((tier, i) => {
    const other = read.findIndex((t, j) => j !== i && t.atLeast < tier.below && tier.atLeast < t.below);
    if (other >= 0 && other < i) fail('INVALID_POLICY', `tiers[${i}]`, tiers[i], `overlaps tiers[${other}]`);
  });
  return read;
}

/**
 * The service credit an availability percentage earns from a credit table. Tiers are half-open,
 * `atLeast ≤ percent < below`; a percentage in no tier earns nothing. The contract texts name no
 * credits, so the table is always an input (see docs/availability.md for AWS- and GCP-style
 * examples).
 *
 * @throws SlaError `INVALID_AVAILABILITY` for a percentage outside 0–100 (or `null`: an
 * unmeasurable month has no percentage to look up); `INVALID_POLICY` for a tier outside 0–100,
 * with `below ≤ atLeast`, or overlapping another.
 * @example
 * ```ts
 * import { serviceCredit } from 'slakit/availability';
 *
 * const tiers = [
 *   { atLeast: 99.0, below: 99.99, creditPercent: 10 },
 *   { atLeast: 95.0, below: 99.0, creditPercent: 25 },
 *   { atLeast: 0, below: 95.0, creditPercent: 100 },
 * ];
 * serviceCredit(99.5, tiers); //=> { creditPercent: 10, tier: { atLeast: 99, below: 99.99, creditPercent: 10 } }
 * serviceCredit(99.0, tiers).creditPercent; //=> 10 (atLeast is inside the tier)
 * serviceCredit(99.99, tiers); //=> { creditPercent: 0, tier: null }
 * ```
 */
export function serviceCredit(percent: number, tiers: readonly CreditTier[]): ServiceCredit {
  const value = percentIn(percent, 'percent', 'INVALID_AVAILABILITY');
  const tier = readTiers(tiers).find((t) => t.atLeast <= value && value < t.below);
  return tier === undefined ? { creditPercent: 0, tier: null } : { creditPercent: tier.creditPercent, tier };
}
