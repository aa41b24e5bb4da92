// Several `--contract` whose versions may state support plans: each case is judged under the
// version in force when it opened and, within it, under the plan its fields select there.
import type { CaseInput, SupportPolicy } from '../cases/types.js';
import type { ContractHistory, ContractVersion } from '../contract/load-contract-history.js';
import { selectPlan } from '../contract/support-plans.js';
import { isSlaError, SlaError } from '../core/errors.js';
import type { CommandContext } from './command.js';
import { contractPart } from './contract-option.js';
import { historyOption, requireSameCaseTerms, versionLabel } from './contract-history.js';
import { casePolicyOption, planFields, useSupportContract } from './support.js';
import { UsageError } from './usage-error.js';

/** One policy of a history: a version's levels (`plan` null) or one of its plans. */
export interface VersionPolicy {
  /** `v0`, or `v1:premium` under plans. */
  readonly key: string;
  readonly version: ContractVersion;
  readonly plan: string | null;
  readonly policy: SupportPolicy;
}

/** The key of a version's levels or of one of its plans. */
export const versionKey = (version: number, plan: string | null): string => (plan === null ? `v${version}` : `v${version}:${plan}`);

/**
 * The policies of a history read by a case command, every version's (and every plan's, in the
 * contract's order), and the one a case falls under. The run's contract (its calendar, severity
 * labels and the fields the readers keep) becomes the last version: versions that differ in
 * business hours or severities are refused, and so are plan rules that look at a field the last
 * version's rules do not (the readers would not keep it).
 */
export function historyPolicies(context: CommandContext, history: ContractHistory): { all: readonly VersionPolicy[]; policyOf: (input: CaseInput) => VersionPolicy } {
  requireSameCaseTerms(history);
  const last = history.versions[history.versions.length - 1] as ContractVersion;
  const kept = new Set(planFields(last.contract));
  for (const version of history.versions) {
    const missing = planFields(version.contract).filter((field) => !kept.has(field));
    if (missing.length > 0) throw new UsageError(`--contract: the plans of the version ${versionLabel(history, version)} are chosen by ${missing.join(', ')}, which the rules of the last version (${versionLabel(history, last)}) do not look at; give versions whose plans are chosen by the same fields`);
  }
  useSupportContract(context, last.contract);
  const all: VersionPolicy[] = history.versions.flatMap((version): VersionPolicy[] => {
    const plans = version.contract.supportPlans;
    if (plans === undefined) return [{ key: versionKey(version.index, null), version, plan: null, policy: contractPart(version.contract, version.contract.support, 'support targets', 'it cannot time cases') }];
    return Object.entries(plans.plans).map(([plan, policy]) => ({ key: versionKey(version.index, plan), version, plan, policy }));
  });
  const byKey = new Map(all.map((p) => [p.key, p]));
  const policyOf = (input: CaseInput): VersionPolicy => {
    let version: ContractVersion;
    try {
      version = history.versionAt(input.openedAt as Date);
    } catch (error) {
      if (!isSlaError(error)) throw error;
      // The case's openedAt, not the library's `at`.
      throw new SlaError(error.code, `openedAt${error.message.slice(error.code.length + 2 + 'at'.length)}`, { ...error.details, path: 'openedAt' });
    }
    const plan = version.contract.supportPlans === undefined ? null : selectPlan(version.contract, input).plan;
    return byKey.get(versionKey(version.index, plan)) as VersionPolicy;
  };
  return { all, policyOf };
}

/** The policy a case of a case command runs under, and the version (several --contract) and plan that judged it. */
export interface RunCasePolicy {
  readonly policy: SupportPolicy;
  /** `null` under plain `support.levels`. */
  readonly plan: string | null;
  /** `null` with one --contract. */
  readonly version: ContractVersion | null;
}

/**
 * How the cases of a run of `cases` find their policy: with one --contract the contract's (or its
 * plan's, casePolicyOption), with several the version in force when the case opened and its plan
 * there. `plans`: whether some policy is a plan; `history`: the versions, if several.
 */
export function runCasePolicy(context: CommandContext): { history: ContractHistory | undefined; plans: boolean; policyOf: (input: CaseInput) => RunCasePolicy } {
  const history = historyOption(context, ['businessHours', 'support']);
  if (history === undefined) {
    const { plans, policyOf } = casePolicyOption(context);
    return { history, plans: plans !== null, policyOf: (input) => ({ ...policyOf(input), version: null }) };
  }
  const { all, policyOf } = historyPolicies(context, history);
  return { history, plans: all.some((p) => p.plan !== null), policyOf: (input) => policyOf(input) };
}
