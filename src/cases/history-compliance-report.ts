import type { Calendar } from '../calendar/types.js';
import { complianceReport } from './compliance-report.js';
import type { CaseInput, ComplianceReport, ComplianceReportOptions, SeverityLevelPolicy, SupportPolicy } from './types.js';
import { mergeComplianceReports } from '../records/merge-compliance-reports.js';
import { fail, isSlaError, SlaError } from '../core/errors.js';
import { toEpochMs } from '../core/instant.js';
import { readOptions } from '../core/plain-data.js';
import type { Contract } from '../contract/types.js';
import { historyArgument } from '../contract/history-argument.js';
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
  /** Their compliance under this version's targets; `outcomes[].index` is the case's position in the input. */
  readonly report: ComplianceReport;
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
 * By default every event of a case (a pause, a change of severity) is timed with the targets of
 * the version the case opened under: a change of terms does not reach cases already open. With
 * `judgeAt: 'event'`, a change of severity takes the new level's targets from the version in force
 * at the change (see {@link HistoryComplianceOptions}).
 *
 * @param calendarOf - The business calendar of a version (e.g. `(contract) => contract.calendarFor('Europe/Berlin')`).
 * @throws SlaError `CONTRACT_NOT_IN_FORCE` for a case opened outside the history (`details.case`);
 * `INVALID_ARGUMENT` for a version without support targets; and what `complianceReport` throws.
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
  // One group per version a case opened under and, under judgeAt 'event', per set of levels re-targeted by a later version.
  const byVersion = new Map<string, { index: number; policy: SupportPolicy | undefined; inputs: CaseInput[]; positions: number[] }>();
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
    const policy = judgeAt === 'event' ? eventPolicy(history, index, input, position) : undefined;
    const key = `${index}${policy?.key ?? ''}`;
    let group = byVersion.get(key);
    if (group === undefined) byVersion.set(key, (group = { index, policy: policy?.policy, inputs: [], positions: [] }));
    group.inputs.push(input);
    group.positions.push(position++);
  }
  const byIndex = new Map<number, HistoryComplianceVersion>();
  for (const { index, policy: composite, inputs, positions } of byVersion.values()) {
    const version = history.versions[index] as ContractVersion;
    const policy = composite ?? version.contract.support;
    if (policy === undefined) return fail('INVALID_ARGUMENT', `history.versions[${index}].support`, undefined, `is not defined by the version in force ${version.from === null ? 'first' : `from ${version.from}`}; cases opened under it need its targets`);
    const report = complianceReport(policy, calendarOf(version.contract), inputs, reportOptions);
    if (report.outcomes !== undefined) report.outcomes = report.outcomes.map((o) => ({ ...o, index: positions[o.index] as number }));
    const known = byIndex.get(index);
    byIndex.set(index, known === undefined ? { version: index, from: version.from, to: version.to, cases: positions, report } : { ...known, cases: [...known.cases, ...positions], report: mergeReports(known.report, report) });
  }
  return [...byIndex.values()].sort((a, b) => a.version - b.version).map((v) => ({ ...v, cases: [...v.cases].sort((a, b) => a - b) }));
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
function eventPolicy(history: ContractHistory, opened: number, input: CaseInput, position: number): { policy: SupportPolicy; key: string } | undefined {
  const base = history.versions[opened]?.contract.support;
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
    const levelOf = (v: number): SeverityLevelPolicy | undefined => history.versions[v]?.contract.support?.levels[level];
    if (before !== undefined && before !== index && targetsText(levelOf(before)) !== targetsText(levelOf(index))) {
      fail('INVALID_CASE', `cases[${position}].events[${i}]`, level, `moves the case to a level it also holds under another version of the contract, with other targets; judge it with judgeAt 'opened'`);
    }
    if (before === undefined || before === opened) setBy.set(level, index);
  });
  const moved = [...setBy].filter(([level, index]) => index !== opened && targetsText(base.levels[level]) !== targetsText(history.versions[index]?.contract.support?.levels[level]));
  if (moved.length === 0) return undefined;
  const levels: Record<number, SeverityLevelPolicy> = { ...base.levels };
  for (const [level, index] of moved) {
    const own = base.levels[level] as SeverityLevelPolicy;
    const later = history.versions[index]?.contract.support?.levels[level];
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
