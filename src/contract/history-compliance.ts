import type { Calendar } from '../calendar/types.js';
import { complianceReport } from '../cases/compliance-report.js';
import type { CaseInput, ComplianceReport, ComplianceReportOptions } from '../cases/types.js';
import { fail, isSlaError, SlaError } from '../core/errors.js';
import { toEpochMs } from '../core/instant.js';
import type { Contract } from './types.js';
import { type ContractHistory, historyArgument } from './load-contract-history.js';

/**
 * The cases one version of a history judged ({@link historyComplianceReport}).
 *
 * @example
 * ```ts
 * import type { HistoryComplianceVersion } from 'slakit/contract';
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
 * Compliance under a contract history ({@link loadContractHistory}): each case is judged under the
 * version in force when it opened (its `openedAt`), with that version's targets, compliance
 * targets and business hours. The versions are reported apart, oldest first, each with the cases
 * it judged; a version no case opened under is left out. Rates of versions with different targets
 * are not added up: each is judged against its own.
 *
 * Every event of a case (a pause, a change of severity) is timed with the targets of the version
 * the case opened under; a change of terms does not reach cases already open.
 *
 * @param calendarOf - The business calendar of a version (e.g. `(contract) => contract.calendarFor('Europe/Berlin')`).
 * @throws SlaError `CONTRACT_NOT_IN_FORCE` for a case opened outside the history (`details.case`);
 * `INVALID_ARGUMENT` for a version without support targets; and what `complianceReport` throws.
 * @example
 * ```ts
 * import { historyComplianceReport, loadContractHistory } from 'slakit/contract';
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
export function historyComplianceReport(history: ContractHistory, calendarOf: (contract: Contract) => Calendar, cases: Iterable<CaseInput>, options: ComplianceReportOptions): HistoryComplianceVersion[] {
  historyArgument(history);
  if (typeof (cases as { [Symbol.iterator]?: unknown } | null)?.[Symbol.iterator] !== 'function') return fail('INVALID_ARGUMENT', 'cases', cases, 'is not a list (an iterable) of cases');
  if (typeof calendarOf !== 'function') return fail('INVALID_ARGUMENT', 'calendarOf', calendarOf, 'is not a function from a contract version to its business calendar');
  const byVersion = new Map<number, { inputs: CaseInput[]; positions: number[] }>();
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
    let group = byVersion.get(index);
    if (group === undefined) byVersion.set(index, (group = { inputs: [], positions: [] }));
    group.inputs.push(input);
    group.positions.push(position++);
  }
  return [...byVersion.keys()]
    .sort((a, b) => a - b)
    .map((index) => {
      const version = history.versions[index] as (typeof history.versions)[number];
      const { inputs, positions } = byVersion.get(index) as { inputs: CaseInput[]; positions: number[] };
      const policy = version.contract.support;
      if (policy === undefined) return fail('INVALID_ARGUMENT', `history.versions[${index}].support`, undefined, `is not defined by the version in force ${version.from === null ? 'first' : `from ${version.from}`}; cases opened under it need its targets`);
      const report = complianceReport(policy, calendarOf(version.contract), inputs, options);
      if (report.outcomes !== undefined) report.outcomes = report.outcomes.map((o) => ({ ...o, index: positions[o.index] as number }));
      return { version: index, from: version.from, to: version.to, cases: positions, report };
    });
}
