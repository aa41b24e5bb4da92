import type { CaseInput, SupportPolicy } from '../cases/types.js';
import { describeValue, fail } from '../core/errors.js';
import type { Contract } from './types.js';

/**
 * A rule of `support.select`: the case's fields it matches (each a value, or a list of values any
 * of which matches; no `when`: every case) and the plan it picks.
 *
 * @example
 * ```ts
 * import type { SupportPlanRule } from 'slakit/contract';
 *
 * const rules: SupportPlanRule[] = [{ when: { tier: 'premium' }, plan: 'premium' }, { plan: 'standard' }];
 * ```
 */
export interface SupportPlanRule {
  readonly when?: { readonly [field: string]: string | readonly string[] };
  readonly plan: string;
}

/**
 * The plans of a contract's support terms (each a complete {@link SupportPolicy}, the support
 * part's shared settings filled in) and the rules that choose one per case, in order.
 *
 * @example
 * ```ts
 * import type { SupportPlans } from 'slakit/contract';
 *
 * const plans: SupportPlans = {
 *   plans: { standard: { levels: { 1: { label: 'P1', response: { after: 'PT4H', clock: 'business' } } } } },
 *   select: [{ plan: 'standard' }],
 * };
 * ```
 */
export interface SupportPlans {
  readonly plans: { readonly [plan: string]: SupportPolicy };
  readonly select: readonly SupportPlanRule[];
}

/**
 * The plan that applies to a case, and the rule that chose it (`rule`: its index in
 * `support.select`; `when`: what it matched, `null` for a rule without `when`).
 *
 * @example
 * ```ts
 * import type { SupportPlanChoice } from 'slakit/contract';
 *
 * const choice: SupportPlanChoice = { plan: 'premium', rule: 0, when: { tier: 'premium' }, policy: { levels: { 1: { label: 'P1', response: { after: 'PT1H', clock: '24x7' } } } } };
 * ```
 */
export interface SupportPlanChoice {
  readonly plan: string;
  readonly rule: number;
  readonly when: NonNullable<SupportPlanRule['when']> | null;
  readonly policy: SupportPolicy;
}

/** Whether a rule's `when` matches the fields. */
function matches(rule: SupportPlanRule, fields: { readonly [name: string]: string } | undefined): boolean {
  if (rule.when === undefined) return true;
  return Object.entries(rule.when).every(([field, wanted]) => {
    const value = fields !== undefined && Object.prototype.hasOwnProperty.call(fields, field) ? fields[field] : undefined;
    return value !== undefined && (typeof wanted === 'string' ? value === wanted : wanted.includes(value));
  });
}

/** `tier = 'premium'`, `region in ('EU', 'UK')`. */
export function describeWhen(when: SupportPlanRule['when'] | null): string {
  if (when == null) return 'every case';
  return Object.entries(when)
    .map(([field, wanted]) => (typeof wanted === 'string' ? `${field} = ${describeValue(wanted)}` : `${field} in (${wanted.map(describeValue).join(', ')})`))
    .join(' and ');
}

/**
 * The support plan that applies to a case: the first rule of the contract's `support.select` whose
 * `when` matches the case's fields picks it. The fields are the case's `attributes` (the extra
 * columns of its record: `readCases` keeps those its `attributes` option names, and a customer
 * directory may add more); a value matches when it is the text `when` gives (or one of its list),
 * exactly, case and spaces included. A case no rule matches is refused, naming it and the fields
 * tried.
 *
 * @param fields - The case (its `attributes`), or the fields themselves as `{ attributes }`.
 * @throws SlaError `INVALID_CASE` (path `attributes`) when no rule matches, naming the case's id,
 * the fields the rules look at and their values; `INVALID_ARGUMENT` for a contract without plans.
 * @example
 * ```ts
 * import { loadContract, selectPlan } from 'slakit/contract';
 *
 * const level = (after: string) => ({ 1: { response: { after, clock: '24x7' as const } } });
 * const contract = loadContract({
 *   severities: { 1: { label: 'P1' } },
 *   support: {
 *     plans: { premium: { levels: level('PT1H') }, standard: { levels: level('PT4H') } },
 *     select: [{ when: { tier: 'premium' }, plan: 'premium' }, { when: { tier: ['standard', 'basic'] }, plan: 'standard' }],
 *   },
 * });
 * const opened = { id: 'C-1', severity: 1, openedAt: '2026-10-05T10:00:00Z', attributes: { tier: 'premium' } };
 * const choice = selectPlan(contract, opened);
 * [choice.plan, choice.rule]; //=> ['premium', 0]
 * selectPlan(contract, { attributes: { tier: 'basic' } }).plan; //=> 'standard'
 * selectPlan(contract, { id: 'C-2', attributes: { tier: 'gold' } }); // throws SlaError INVALID_CASE
 * ```
 */
export function selectPlan(contract: Contract, fields: Pick<CaseInput, 'attributes'> & { readonly id?: CaseInput['id'] }): SupportPlanChoice {
  if (typeof contract !== 'object' || contract === null) return fail('INVALID_ARGUMENT', 'contract', contract, 'is not a contract (from loadContract)');
  const plans = contract.supportPlans;
  if (plans === undefined) return fail('INVALID_ARGUMENT', 'contract.supportPlans', undefined, 'is not defined: this contract states support.levels, not plans; use contract.support');
  if (typeof fields !== 'object' || fields === null) return fail('INVALID_CASE', 'case', fields, 'is not a case object');
  const attributes = fields.attributes;
  if (attributes !== undefined && (typeof attributes !== 'object' || attributes === null || Array.isArray(attributes) || Object.values(attributes).some((v) => typeof v !== 'string'))) {
    return fail('INVALID_CASE', 'attributes', attributes, 'is not an object of texts');
  }
  const index = plans.select.findIndex((rule) => matches(rule, attributes));
  if (index >= 0) {
    const rule = plans.select[index] as SupportPlanRule;
    return { plan: rule.plan, rule: index, when: rule.when ?? null, policy: plans.plans[rule.plan] as SupportPolicy };
  }
  const names = [...new Set(plans.select.flatMap((rule) => Object.keys(rule.when ?? {})))];
  const tried = names.map((name) => `${name} = ${attributes !== undefined && Object.prototype.hasOwnProperty.call(attributes, name) ? describeValue(attributes[name]) : '(none)'}`).join(', ');
  const id = fields.id === undefined ? 'the case' : `case ${describeValue(fields.id)}`;
  return fail('INVALID_CASE', 'attributes', attributes ?? {}, `matches no rule of support.select, so ${id} has no plan (${tried}); the rules: ${plans.select.map((rule) => `${describeWhen(rule.when ?? null)} → ${rule.plan}`).join('; ')}`);
}

/** The policy of one plan: the support part's shared settings, then the plan's own. */
export function planPolicyOf(support: Record<string, unknown>, plan: Record<string, unknown>): Record<string, unknown> {
  const { plans: _plans, select: _select, levels: _levels, ...shared } = support;
  return { ...shared, ...plan };
}
