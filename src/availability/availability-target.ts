import { fail } from '../core/errors.js';
import { serviceCredit } from './service-credit.js';
import type { AvailabilityTargetOutcome, CreditTier } from './types.js';

/**
 * Whether a period's availability met the contract's target, and the service credit it earns: the
 * one judgement `slakit availability` (its table and `--json`) and the service report show.
 * `met` is `percent >= target` (a target is a floor the figure must reach); the credit is the tier
 * the percentage falls in ({@link serviceCredit}). Each is `null` where there is nothing to judge:
 * no terms, no target (for `met`), no credit tiers (for the credit), or no percentage (a period
 * that was all excusable is not measurable).
 *
 * @param percent - The period's availability in percent (0–100), or `null` when not measurable.
 * @param terms - The contract's availability terms: `target` in percent (or `null`) and the credit
 * tiers; `undefined` when the contract states none.
 * @throws SlaError `INVALID_AVAILABILITY` for a percentage outside 0–100; `INVALID_POLICY` for a
 * bad target or credit tier.
 * @example
 * ```ts
 * import { availabilityTarget } from 'slakit/availability';
 *
 * const terms = { target: 99.9, credits: [{ atLeast: 99, below: 99.9, creditPercent: 10 }, { atLeast: 0, below: 99, creditPercent: 25 }] };
 * availabilityTarget(99.5, terms); //=> { target: 99.9, met: false, creditPercent: 10, creditTier: { atLeast: 99, below: 99.9, creditPercent: 10 } }
 * availabilityTarget(99.95, terms).met; //=> true
 * availabilityTarget(null, terms); //=> { target: 99.9, met: null, creditPercent: null, creditTier: null }
 * ```
 */
export function availabilityTarget(percent: number | null, terms: { readonly target: number | null; readonly credits: readonly CreditTier[] } | undefined): AvailabilityTargetOutcome {
  if (percent !== null && (typeof percent !== 'number' || !Number.isFinite(percent) || percent < 0 || percent > 100)) return fail('INVALID_AVAILABILITY', 'percent', percent, 'is not a percentage from 0 to 100 (or null: not measurable)');
  if (terms === undefined) return { target: null, met: null, creditPercent: null, creditTier: null };
  if (typeof terms !== 'object' || terms === null) return fail('INVALID_POLICY', 'terms', terms, 'is not availability terms ({ target, credits })');
  const target = terms.target;
  if (target !== null && (typeof target !== 'number' || !Number.isFinite(target) || target < 0 || target > 100)) return fail('INVALID_POLICY', 'terms.target', target, 'is not a percentage from 0 to 100');
  if (!Array.isArray(terms.credits)) return fail('INVALID_POLICY', 'terms.credits', terms.credits, 'is not a list of credit tiers');
  if (percent === null) return { target, met: null, creditPercent: null, creditTier: null };
  const credit = terms.credits.length === 0 ? null : serviceCredit(percent, terms.credits);
  return { target, met: target === null ? null : percent >= target, creditPercent: credit === null ? null : credit.creditPercent, creditTier: credit === null ? null : credit.tier };
}
