import type { Calendar } from '../calendar/types.js';
import type { CaseInput } from '../cases/types.js';
import { fail } from '../core/errors.js';
import { selectPlan } from '../contract/support-plans.js';
import type { Contract } from '../contract/types.js';
import { explainCase, type ExplainCaseOptions } from './explain-case.js';
import type { CaseExplanation, DueTimeExplanation } from './types.js';

/**
 * {@link explainCase} under a contract: its support policy, or with `support.plans` the plan that
 * `support.select` picks for the case, named in `plan` with the rule that chose it (and so in the
 * text of {@link formatExplanation}: "Plan premium, chosen by rule 1 of support.select (tier =
 * 'premium')"). Each target's clause is the contract's (its `source`).
 *
 * @throws SlaError as `explainCase`; `INVALID_CASE` for a case no rule matches; `INVALID_ARGUMENT`
 * for a contract without support terms.
 * @example
 * ```ts
 * import { explainContractCase, formatExplanation } from 'slakit/explain';
 * import { loadContract } from 'slakit/contract';
 *
 * const level = (after: string) => ({ 1: { response: { after, clock: '24x7' as const } } });
 * const contract = loadContract({
 *   severities: { 1: { label: 'P1' } },
 *   support: { plans: { premium: { levels: level('PT1H') }, standard: { levels: level('PT4H') } }, select: [{ when: { tier: 'premium' }, plan: 'premium' }, { plan: 'standard' }] },
 *   businessHours: { hours: '24x7' },
 * });
 * const e = explainContractCase(contract, contract.calendarFor('UTC'), { id: 'C-9', severity: 1, openedAt: '2026-10-05T10:00:00Z', attributes: { tier: 'basic' } }, { now: '2026-10-05T10:30:00Z' });
 * e.plan; //=> { name: 'standard', rule: 1, when: null }
 * formatExplanation(e).split('\n').slice(0, 2);
 * //=> ['Case C-9, severity 1', 'Plan standard, chosen by rule 2 of support.select (every case)']
 * ```
 */
export function explainContractCase(contract: Contract, calendar: Calendar, input: CaseInput, options: ExplainCaseOptions): CaseExplanation {
  if (typeof contract !== 'object' || contract === null) return fail('INVALID_ARGUMENT', 'contract', contract, 'is not a contract (from loadContract)');
  if (contract.supportPlans === undefined) {
    if (contract.support === undefined) return fail('INVALID_ARGUMENT', 'contract.support', undefined, 'is not defined by this contract: it states no support targets');
    return explainCase(contract.support, calendar, input, options);
  }
  const choice = selectPlan(contract, input as Pick<CaseInput, 'attributes' | 'id'>);
  const e = explainCase(choice.policy, calendar, input, options);
  // Each target's clause from the plan's part of the document (the one in force at the explained severity).
  const withSource = <T extends DueTimeExplanation | null>(part: T, key: string): T => {
    if (part === null || part.source !== undefined) return part;
    const clause = contract.clausesOf(`support.plans.${choice.plan}.levels.${e.severity}.${key}`)[0];
    return clause === undefined ? part : { ...part, source: clause };
  };
  return {
    ...e,
    plan: { name: choice.plan, rule: choice.rule, when: choice.when },
    response: withSource(e.response, 'response'),
    resolution: withSource(e.resolution, 'resolution'),
    update: withSource(e.update, 'updates'),
    ...(e.replies === undefined ? {} : { replies: e.replies.map((r) => withSource(r, 'reply')) }),
  };
}
