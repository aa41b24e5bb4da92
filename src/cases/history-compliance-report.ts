import type { Calendar } from '../calendar/types.js';
import { complianceReport } from './compliance-report.js';
import type { CaseInput, ComplianceReport, ComplianceReportOptions, SeverityLevelPolicy, SupportPolicy } from './types.js';
import { mergeComplianceReports } from '../records/merge-compliance-reports.js';
import { fail, isSlaError, SlaError } from '../core/errors.js';
import { toEpochMs } from '../core/instant.js';
import { readOptions } from '../core/plain-data.js';
import type { Contract } from '../contract/types.js';
import { historyArgument } from '../contract/history-argument.js';
import { selectPlan, type SupportPlanChoice } from '../contract/support-plans.js';
import { addPlanReports } from './add-plan-reports.js';
import { inCase, renumber } from './contract-cases.js';
import type { ContractHistory, ContractVersion } from '../contract/load-contract-history.js';

/**
 * The cases one version of a history judged ({@link historyComplianceReport}).
 *
 * @example
 * ```ts
 * import type { HistoryComplianceVersion } from 'slakit/cases';
 *
 * const count = (part: HistoryComplianceVersion): number => part.report.total;
 * ```
 */
export interface HistoryComplianceVersion {
  /** The version's index in the history. */
  readonly version: number;
  readonly from: string | null;
  readonly to: string | null;
  /** The positions (from 0) in the input of the cases this version judged. */
  readonly cases: readonly number[];
  /**
   * Their compliance under this version's targets; `outcomes[].index` is the case's position in the input.
   * For a version with plans, the reports of `plans` added up over all the version's cases: counts
   * add and rates are computed again from the sums; a compliance target is kept where the plans
   * that judged a case agree on it and is `null` (no verdict) where they differ, for a rate over
   * plans with different targets meets none of them (each plan is judged against its own targets in
   * `plans`). Reply counts are kept when any of those plans has reply targets.
   */
  readonly report: ComplianceReport;
  /**
   * For a version whose support terms state plans: each plan's report, in the contract's order,
   * every plan listed (one no case chose with zero counts): the cases the plan's `support.select`
   * picked, judged against that plan's own targets, as `complianceByPlan` gives for the version.
   * `null` for a version with plain `support.levels`.
   */
  readonly plans: { readonly [plan: string]: ComplianceReport } | null;
}

/**
 * Options of {@link historyComplianceReport}: those of `complianceReport`, and `judgeAt`.
 *
 * @example
 * ```ts
 * import type { HistoryComplianceOptions } from 'slakit/cases';
 *
 * const options: HistoryComplianceOptions = { now: '2026-11-01T00:00:00Z', judgeAt: 'event' };
 * ```
 */
export interface HistoryComplianceOptions extends ComplianceReportOptions {
  /**
   * `'opened'` (default): every target of a case is the version's in force when it opened.
   * `'event'`: a change of severity takes the new level's targets (response, updates, escalation,
   * resolution, reply) from the version in force at the change, as help desks re-apply their
   * policy at a re-prioritisation; compliance targets, pauses and every other rule stay the
   * opening version's. A case that holds one level under two versions with different targets, or
   * moves to a level whose later version adds or drops a target, is refused (`INVALID_CASE`).
   */
  readonly judgeAt?: 'opened' | 'event';
}

/**
 * Compliance under a contract history (`loadContractHistory`, `slakit/contract`): each case is judged under the
 * version in force when it opened (its `openedAt`), with that version's targets, compliance
 * targets and business hours. The versions are reported apart, oldest first, each with the cases
 * it judged; a version no case opened under is left out. Rates of versions with different targets
 * are not added up: each is judged against its own.
 *
 * A version whose support terms state plans judges each of its cases under the plan its fields
 * select in that version (`selectPlan`, `slakit/contract`): `plans` holds each plan's report
 * against that plan's own targets, and `report` their sum over the version's cases (see
 * {@link HistoryComplianceVersion.report}). A history of one version with plans gives in `plans`
 * what `complianceByPlan` gives for its contract.
 *
 * By default every event of a case (a pause, a change of severity) is timed with the targets of
 * the version the case opened under: a change of terms does not reach cases already open. With
 * `judgeAt: 'event'`, a change of severity takes the new level's targets from the version in force
 * at the change (see {@link HistoryComplianceOptions}); under plans, from the plan the case's
 * fields select in that version.
 *
 * @param calendarOf - The business calendar of a version (e.g. `(contract) => contract.calendarFor('Europe/Berlin')`).
 * @throws SlaError `CONTRACT_NOT_IN_FORCE` for a case opened outside the history (`details.case`);
 * `INVALID_CASE` at `cases[i].attributes` for a case no rule of its version's `support.select`
 * matches (naming the case); `INVALID_ARGUMENT` for a version without support targets; and what
 * `complianceReport` throws (with the case's place in the input: `cases[3]…`).
 * @example
 * ```ts
 * import { historyComplianceReport } from 'slakit/cases';
 * import { loadContractHistory } from 'slakit/contract';
 *
 * const level = (after: string) => ({ 1: { label: 'P1', response: { after, clock: '24x7' as const } } });
 * const history = loadContractHistory([
 *   { name: 'SLA', businessHours: { hours: '24x7' }, support: { levels: level('PT1H') } },
 *   { name: 'SLA', businessHours: { hours: '24x7' }, support: { levels: level('PT30M') }, effective: { from: '2026-10-15' } },
 * ]);
 * const cases = [
 *   { openedAt: '2026-10-14T09:00:00Z', severity: 1, events: [{ type: 'responded' as const, at: '2026-10-14T09:45:00Z' }] },
 *   { openedAt: '2026-10-15T09:00:00Z', severity: 1, events: [{ type: 'responded' as const, at: '2026-10-15T09:45:00Z' }] },
 * ];
 * const parts = historyComplianceReport(history, (c) => c.calendarFor('UTC'), cases, { now: '2026-11-01T00:00:00Z' });
 * parts.map((p) => [p.from, p.report.met, p.report.breached]); //=> [[null, 1, 0], ['2026-10-15', 0, 1]]
 * parts[0]?.plans; //=> null
 * ```
 * @example
 * ```ts
 * import { historyComplianceReport } from 'slakit/cases';
 * import { loadContractHistory } from 'slakit/contract';
 *
 * const level = (after: string) => ({ 1: { response: { after, clock: '24x7' as const } } });
 * const version = (premium: string, from?: string) => ({
 *   name: 'SLA', businessHours: { hours: '24x7' }, severities: { 1: { label: 'P1' } },
 *   support: { plans: { premium: { levels: level(premium) }, standard: { levels: level('PT4H') } }, select: [{ when: { tier: 'premium' }, plan: 'premium' }, { plan: 'standard' }] },
 *   ...(from === undefined ? {} : { effective: { from } }),
 * });
 * const history = loadContractHistory([version('PT1H'), version('PT30M', '2026-10-15')]);
 * const responded = (openedAt: string, tier: string) => ({ openedAt, severity: 1, attributes: { tier }, events: [{ type: 'responded' as const, at: openedAt.replace('T09:00', 'T09:45') }] });
 * const parts = historyComplianceReport(history, (c) => c.calendarFor('UTC'),
 *   [responded('2026-10-14T09:00:00Z', 'premium'), responded('2026-10-15T09:00:00Z', 'premium'), responded('2026-10-15T09:00:00Z', 'basic')], { now: '2026-11-01T00:00:00Z' });
 * parts.map((p) => [p.from, p.plans?.premium?.met, p.plans?.premium?.breached, p.plans?.standard?.met]); //=> [[null, 1, 0, 0], ['2026-10-15', 0, 1, 1]]
 * [parts[1]?.report.met, parts[1]?.report.breached]; //=> [1, 1]
 * ```
 */
export function historyComplianceReport(history: ContractHistory, calendarOf: (contract: Contract) => Calendar, cases: Iterable<CaseInput>, options: HistoryComplianceOptions): HistoryComplianceVersion[] {
  historyArgument(history);
  // Checked here too: with no case, complianceReport never sees them.
  readOptions(options, 'options', ['now', 'target', 'outcomes', 'groupBy', 'calendarFor', 'judgeAt']);
  const { judgeAt = 'opened', ...reportOptions } = (options ?? {}) as HistoryComplianceOptions;
  if (judgeAt !== 'opened' && judgeAt !== 'event') return fail('INVALID_ARGUMENT', 'options.judgeAt', judgeAt, "is not 'opened' or 'event'");
  if (typeof (cases as { [Symbol.iterator]?: unknown } | null)?.[Symbol.iterator] !== 'function') return fail('INVALID_ARGUMENT', 'cases', cases, 'is not a list (an iterable) of cases');
  if (typeof calendarOf !== 'function') return fail('INVALID_ARGUMENT', 'calendarOf', calendarOf, 'is not a function from a contract version to its business calendar');
  // One group per version a case opened under, per plan of that version its fields select and,
  // under judgeAt 'event', per set of levels re-targeted by a later version.
  const groups = new Map<string, { index: number; plan: string | null; policy: SupportPolicy | undefined; inputs: CaseInput[]; positions: number[] }>();
  let position = 0;
  for (const input of cases) {
    const at = `cases[${position}].openedAt`;
    const openedAt = toEpochMs((input as { openedAt?: unknown } | null)?.openedAt, at);
    let index: number;
    try {
      index = history.versionAt(openedAt).index;
    } catch (error) {
      if (!isSlaError(error)) throw error;
      throw new SlaError(error.code, `${at}${error.message.slice(error.code.length + 2 + 'at'.length)}`, { ...error.details, path: at, case: position });
    }
    const here = position;
    // The plan the case's fields select under a version with plans (an error names the case).
    const choiceIn = (v: number): SupportPlanChoice | undefined => {
      const contract = (history.versions[v] as ContractVersion).contract;
      if (contract.supportPlans === undefined) return undefined;
      try {
        return selectPlan(contract, input);
      } catch (error) {
        throw inCase(error, here);
      }
    };
    // The case's policy under a version: that plan's, or the version's levels.
    const policyIn = (v: number): SupportPolicy | undefined => choiceIn(v)?.policy ?? (history.versions[v] as ContractVersion).contract.support;
    const plan = choiceIn(index)?.plan ?? null;
    const policy = judgeAt === 'event' ? eventPolicy(history, index, input, position, policyIn) : undefined;
    const key = JSON.stringify([index, plan, policy?.key ?? '']);
    let group = groups.get(key);
    if (group === undefined) groups.set(key, (group = { index, plan, policy: policy?.policy, inputs: [], positions: [] }));
    group.inputs.push(input);
    group.positions.push(position++);
  }
  // Each version's cases, and each plan's (every plan of a version with plans, in the contract's order).
  const byIndex = new Map<number, { cases: number[]; report: ComplianceReport | undefined; plans: Map<string, { report: ComplianceReport; cases: number }> | null }>();
  for (const { index, plan, policy: composite, inputs, positions } of groups.values()) {
    const version = history.versions[index] as ContractVersion;
    const plans = version.contract.supportPlans;
    const policy = composite ?? (plans === undefined ? version.contract.support : plans.plans[plan as string]);
    if (policy === undefined) return fail('INVALID_ARGUMENT', `history.versions[${index}].support`, undefined, `is not defined by the version in force ${version.from === null ? 'first' : `from ${version.from}`}; cases opened under it need its targets`);
    const calendar = calendarOf(version.contract);
    let report: ComplianceReport;
    try {
      report = complianceReport(policy, calendar, inputs, reportOptions);
    } catch (error) {
      const found = /^cases\[(\d+)\]/.exec(isSlaError(error) ? String(error.details.path ?? '') : '');
      throw found === null ? error : renumber(error as SlaError, Number(found[1]), positions[Number(found[1])] as number);
    }
    if (report.outcomes !== undefined) report.outcomes = report.outcomes.map((o) => ({ ...o, index: positions[o.index] as number }));
    let part = byIndex.get(index);
    if (part === undefined) {
      // A plan no case of the version chose is listed with zero counts, as complianceByPlan lists it.
      const empty = plans === undefined ? null : new Map(Object.entries(plans.plans).map(([name, p]) => [name, { report: complianceReport(p, calendar, [], reportOptions), cases: 0 }]));
      byIndex.set(index, (part = { cases: [], report: undefined, plans: empty }));
    }
    part.cases.push(...positions);
    if (part.plans === null) part.report = part.report === undefined ? report : mergeReports(part.report, report);
    else {
      const known = part.plans.get(plan as string) as { report: ComplianceReport; cases: number };
      part.plans.set(plan as string, { report: known.cases === 0 ? report : mergeReports(known.report, report), cases: known.cases + positions.length });
    }
  }
  return [...byIndex]
    .sort(([a], [b]) => a - b)
    .map(([index, part]): HistoryComplianceVersion => {
      const version = history.versions[index] as ContractVersion;
      const plans = part.plans === null ? null : Object.fromEntries([...part.plans].map(([name, { report }]) => [name, report]));
      // Over plans: the reports of the plans that judged a case added up (addPlanReports).
      const report = part.plans === null ? (part.report as ComplianceReport) : addPlanReports([...part.plans.values()].filter((p) => p.cases > 0).map((p) => p.report));
      return { version: index, from: version.from, to: version.to, cases: [...part.cases].sort((a, b) => a - b), report, plans };
    });
}

/** Two reports of one version's cases merged; outcomes keep their input positions, in input order. */
function mergeReports(a: ComplianceReport, b: ComplianceReport): ComplianceReport {
  const merged = mergeComplianceReports({ ...a, ...(a.outcomes === undefined ? {} : { outcomes: [] }) }, { ...b, ...(b.outcomes === undefined ? {} : { outcomes: [] }) });
  if (a.outcomes !== undefined && b.outcomes !== undefined) merged.outcomes = [...a.outcomes, ...b.outcomes].sort((x, y) => x.index - y.index);
  return merged;
}

const TARGETS = ['response', 'updates', 'escalation', 'resolution', 'reply'] as const;

/** A level's targets without their compliance targets, to compare two versions' levels. */
const targetsText = (level: SeverityLevelPolicy | undefined): string =>
  JSON.stringify(TARGETS.map((name) => {
    const target = level?.[name] as { complianceTarget?: number } | undefined;
    if (target === undefined) return null;
    const { complianceTarget: _share, ...rest } = target;
    return rest;
  }));

/**
 * The policy of a case under `judgeAt: 'event'`: the version it opened under, with each level a
 * change of severity moves it to taking its targets from the version in force at the change (the
 * compliance targets stay the opening version's, so the version's cases are counted against one
 * share). A level the case holds under two versions with different targets is refused.
 */
function eventPolicy(history: ContractHistory, opened: number, input: CaseInput, position: number, policyIn: (version: number) => SupportPolicy | undefined): { policy: SupportPolicy; key: string } | undefined {
  const base = policyIn(opened);
  const events = Array.isArray(input.events) ? input.events : [];
  if (base === undefined) return undefined;
  // The version that sets each level's targets for this case.
  const setBy = new Map<number, number>([[Number(input.severity), opened]]);
  events.forEach((event, i) => {
    if (event?.type !== 'severity-changed') return;
    const at = `cases[${position}].events[${i}].at`;
    let index: number;
    try {
      index = history.versionAt(toEpochMs(event.at, at)).index;
    } catch (error) {
      if (!isSlaError(error) || error.code !== 'CONTRACT_NOT_IN_FORCE') throw error;
      throw new SlaError(error.code, `${at}${error.message.slice(error.code.length + 2 + 'at'.length)}`, { ...error.details, path: at, case: position });
    }
    const level = Number(event.severity);
    const before = setBy.get(level);
    const levelOf = (v: number): SeverityLevelPolicy | undefined => policyIn(v)?.levels[level];
    if (before !== undefined && before !== index && targetsText(levelOf(before)) !== targetsText(levelOf(index))) {
      fail('INVALID_CASE', `cases[${position}].events[${i}]`, level, `moves the case to a level it also holds under another version of the contract, with other targets; judge it with judgeAt 'opened'`);
    }
    if (before === undefined || before === opened) setBy.set(level, index);
  });
  const moved = [...setBy].filter(([level, index]) => index !== opened && targetsText(base.levels[level]) !== targetsText(policyIn(index)?.levels[level]));
  if (moved.length === 0) return undefined;
  const levels: Record<number, SeverityLevelPolicy> = { ...base.levels };
  for (const [level, index] of moved) {
    const own = base.levels[level] as SeverityLevelPolicy;
    const later = policyIn(index)?.levels[level];
    if (later === undefined) return fail('INVALID_CASE', `cases[${position}].severity`, level, `is not a level of the version in force from ${history.versions[index]?.from ?? 'the start'}`);
    const next: Record<string, unknown> = { ...own };
    for (const name of TARGETS) {
      const target = later[name] as { complianceTarget?: number } | undefined;
      const share = (own[name] as { complianceTarget?: number } | undefined)?.complianceTarget;
      if ((target === undefined) !== (own[name] === undefined)) {
        return fail('INVALID_CASE', `cases[${position}].events`, level, `moves the case to level ${level} under the version from ${history.versions[index]?.from ?? 'the start'}, which ${target === undefined ? 'drops' : 'adds'} its ${name} target; judge it with judgeAt 'opened'`);
      }
      if (target === undefined) continue;
      const { complianceTarget: _share, ...rest } = target;
      next[name] = share === undefined ? rest : { ...rest, complianceTarget: share };
    }
    levels[level] = next as unknown as SeverityLevelPolicy;
  }
  return { policy: { ...base, levels }, key: moved.map(([level, index]) => `:${level}@${index}`).join('') };
}
