import type { Calendar } from '../calendar/types.js';
import { complianceReport } from './compliance-report.js';
import { evaluateCase } from './evaluate-case.js';
import type { CaseInput, CaseStatus, ComplianceReport, ComplianceReportOptions, EvaluateCaseOptions, SupportPolicy } from './types.js';
import { fail, isSlaError, SlaError } from '../core/errors.js';
import { selectPlan, type SupportPlanChoice } from '../contract/support-plans.js';
import type { Contract } from '../contract/types.js';

/**
 * The plan that applied to a case, named in its status: the plan, and the rule of `support.select`
 * that chose it (its index, and what it matched; `null`: a rule without `when`).
 *
 * @example
 * ```ts
 * import type { ChosenPlan } from 'slakit/cases';
 *
 * const chosen: ChosenPlan = { name: 'premium', rule: 0, when: { tier: 'premium' } };
 * ```
 */
export interface ChosenPlan {
  readonly name: string;
  readonly rule: number;
  readonly when: SupportPlanChoice['when'];
}

/**
 * A case's status under a contract: {@link CaseStatus}, with the plan chosen when the contract has plans.
 *
 * @example
 * ```ts fragment
 * import type { ContractCaseStatus } from 'slakit/cases';
 *
 * const status: ContractCaseStatus = evaluateContractCase(contract, calendar, input, { now });
 * status.plan?.name;
 * ```
 */
export type ContractCaseStatus = CaseStatus & { readonly plan?: ChosenPlan };

/** The policy of a case under a contract, and the plan chosen (none for plain `support.levels`). */
function policyOf(contract: Contract, input: CaseInput): { policy: SupportPolicy; plan?: ChosenPlan } {
  if (typeof contract !== 'object' || contract === null) return fail('INVALID_ARGUMENT', 'contract', contract, 'is not a contract (from loadContract)');
  if (contract.supportPlans === undefined) {
    if (contract.support === undefined) return fail('INVALID_ARGUMENT', 'contract.support', undefined, 'is not defined by this contract: it states no support targets');
    return { policy: contract.support };
  }
  const choice = selectPlan(contract, input as Pick<CaseInput, 'attributes' | 'id'>);
  return { policy: choice.policy, plan: { name: choice.plan, rule: choice.rule, when: choice.when } };
}

/**
 * {@link evaluateCase} under a contract: the contract's support policy, or with `support.plans`
 * the plan that `support.select` picks for the case ({@link selectPlan}), named in `plan`.
 *
 * @throws SlaError as `evaluateCase`; `INVALID_CASE` for a case no rule matches;
 * `INVALID_ARGUMENT` for a contract without support terms.
 * @example
 * ```ts
 * import { evaluateContractCase } from 'slakit/cases';
 * import { loadContract } from 'slakit/contract';
 *
 * const level = (after: string) => ({ 1: { response: { after, clock: '24x7' as const } } });
 * const contract = loadContract({
 *   severities: { 1: { label: 'P1' } },
 *   support: { plans: { premium: { levels: level('PT1H') }, standard: { levels: level('PT4H') } }, select: [{ when: { tier: 'premium' }, plan: 'premium' }, { plan: 'standard' }] },
 *   businessHours: { hours: '24x7' },
 * });
 * const status = evaluateContractCase(contract, contract.calendarFor('UTC'),
 *   { severity: 1, openedAt: '2026-10-05T10:00:00Z', attributes: { tier: 'premium' } }, { now: '2026-10-05T10:30:00Z' });
 * status.response.dueAt.toISOString(); //=> '2026-10-05T11:00:00.000Z'
 * status.plan; //=> { name: 'premium', rule: 0, when: { tier: 'premium' } }
 * ```
 */
export function evaluateContractCase(contract: Contract, calendar: Calendar, input: CaseInput, options: EvaluateCaseOptions): ContractCaseStatus {
  const { policy, plan } = policyOf(contract, input);
  const status = evaluateCase(policy, calendar, input, options);
  return plan === undefined ? status : { ...status, plan };
}

/**
 * The compliance of a set of cases under a contract, per plan: each case is judged by the plan
 * `support.select` picks for it, and each plan's cases are counted apart (overall and per level,
 * against that plan's own targets): levels of different plans are never added together. Every
 * plan is listed, one without cases with zero counts. A contract with plain `support.levels` gives
 * one report, under the name `''`. The cases are held in memory, grouped by plan; for a stream too
 * large for that, pick each case's plan with {@link selectPlan}, report each plan's cases with
 * `complianceReport` in batches and add the batches with `mergeComplianceReports`.
 *
 * @throws SlaError as `complianceReport` (a case's index in the input in the path: `cases[3]…`);
 * `INVALID_CASE` at `cases[i].attributes` for a case no rule matches.
 * @example
 * ```ts
 * import { complianceByPlan } from 'slakit/cases';
 * import { loadContract } from 'slakit/contract';
 *
 * const level = (after: string) => ({ 1: { response: { after, clock: '24x7' as const } } });
 * const contract = loadContract({
 *   severities: { 1: { label: 'P1' } },
 *   support: { plans: { premium: { levels: level('PT1H') }, standard: { levels: level('PT4H') } }, select: [{ when: { tier: 'premium' }, plan: 'premium' }, { plan: 'standard' }] },
 *   businessHours: { hours: '24x7' },
 * });
 * const responded = (at: string) => [{ type: 'responded' as const, at }];
 * const byPlan = complianceByPlan(contract, contract.calendarFor('UTC'), [
 *   { severity: 1, openedAt: '2026-10-05T10:00:00Z', attributes: { tier: 'premium' }, events: responded('2026-10-05T12:00:00Z') },
 *   { severity: 1, openedAt: '2026-10-05T10:00:00Z', attributes: { tier: 'basic' }, events: responded('2026-10-05T12:00:00Z') },
 * ], { now: '2026-10-06T00:00:00Z' });
 * [byPlan.premium?.breached, byPlan.standard?.met]; //=> [1, 1]
 * ```
 */
export function complianceByPlan(contract: Contract, calendar: Calendar, cases: Iterable<CaseInput>, options: ComplianceReportOptions): { readonly [plan: string]: ComplianceReport } {
  if (typeof (cases as { [Symbol.iterator]?: unknown } | null)?.[Symbol.iterator] !== 'function') fail('INVALID_ARGUMENT', 'cases', cases, 'is not an iterable of cases');
  const plans = contract.supportPlans;
  if (plans === undefined) return { '': complianceReport(policyOf(contract, {} as CaseInput).policy, calendar, cases, options) };
  const grouped = new Map<string, { cases: CaseInput[]; index: number[] }>(Object.keys(plans.plans).map((name) => [name, { cases: [], index: [] }]));
  let i = 0;
  for (const input of cases) {
    try {
      const group = grouped.get(selectPlan(contract, (input ?? {}) as CaseInput).plan) as { cases: CaseInput[]; index: number[] };
      group.cases.push(input);
      group.index.push(i);
    } catch (error) {
      throw inCase(error, i);
    }
    i++;
  }
  const reports: Record<string, ComplianceReport> = {};
  for (const [name, group] of grouped) {
    try {
      const report = complianceReport(plans.plans[name] as SupportPolicy, calendar, group.cases, options);
      // Outcomes name each case's place in the input, not in its plan's share of it.
      reports[name] = report.outcomes === undefined ? report : { ...report, outcomes: report.outcomes.map((o) => ({ ...o, index: group.index[o.index] as number })) };
    } catch (error) {
      const at = /^cases\[(\d+)\]/.exec(isSlaError(error) ? String(error.details.path ?? '') : '');
      throw at === null ? error : renumber(error as SlaError, Number(at[1]), group.index[Number(at[1])] as number);
    }
  }
  return reports;
}

/** The error of the case at `index` with `cases[index]` in front of its path. */
export function inCase(error: unknown, index: number): unknown {
  if (!isSlaError(error)) return error;
  const inner = String(error.details.path ?? '');
  const rest = error.message.slice(error.code.length + 2);
  const path = `cases[${index}].${inner}`;
  return new SlaError(error.code, path + rest.slice(inner.length), { ...error.details, path });
}

/** An error of `cases[from]` in a plan's share, renumbered to the case's place in the input. */
export function renumber(error: SlaError, from: number, to: number): SlaError {
  const path = String(error.details.path).replace(`cases[${from}]`, `cases[${to}]`);
  return new SlaError(error.code, error.message.slice(error.code.length + 2).replace(`cases[${from}]`, `cases[${to}]`), { ...error.details, path });
}
