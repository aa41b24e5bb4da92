import { fail } from '../core/errors.js';
import type { CaseTargetOutcome } from './types.js';

/**
 * What {@link isBreachedCase} reads of a case: a `CaseStatus` or a compliance report's `CaseOutcome`.
 *
 * @example
 * ```ts
 * import type { JudgedCase } from 'slakit/cases';
 *
 * const judged: JudgedCase = { response: { outcome: 'met' }, resolution: null, missedUpdates: 1 };
 * ```
 */
export interface JudgedCase {
  readonly response: { readonly outcome: CaseTargetOutcome };
  readonly resolution: { readonly outcome: CaseTargetOutcome } | null;
  readonly missedUpdates: number;
}

/**
 * What "a breached case" means, everywhere (`slakit cases --breached`, the service report's
 * breaches, `complianceReport`'s `outcomes: 'breached'`): its response or resolution target was
 * breached, or an update was missed.
 *
 * @example
 * ```ts
 * import { evaluateCase, isBreachedCase } from 'slakit/cases';
 * import { businessHours8to5, uniphoreSupport } from 'slakit/presets';
 *
 * const status = evaluateCase(uniphoreSupport, businessHours8to5('America/New_York'),
 *   { severity: 1, openedAt: '2026-11-23T10:00:00-05:00' }, { now: '2026-11-23T11:30:00-05:00' });
 * isBreachedCase(status); //=> true
 * isBreachedCase({ response: { outcome: 'met' }, resolution: null, missedUpdates: 0 }); //=> false
 * ```
 */
export function isBreachedCase(judged: JudgedCase): boolean {
  const outcome = (target: unknown): unknown => (typeof target === 'object' && target !== null ? (target as { outcome?: unknown }).outcome : undefined);
  if (typeof judged !== 'object' || judged === null || typeof outcome(judged.response) !== 'string' || (judged.resolution !== null && typeof outcome(judged.resolution) !== 'string') || typeof judged.missedUpdates !== 'number') {
    return fail('INVALID_ARGUMENT', 'case', judged, 'is not a judged case (a CaseStatus or a CaseOutcome)');
  }
  return judged.response.outcome === 'breached' || judged.resolution?.outcome === 'breached' || judged.missedUpdates > 0;
}
