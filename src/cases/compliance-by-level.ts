import { severityLabel } from '../contract/severity-label.js';
import { fail } from '../core/errors.js';
import type { ComplianceMetric } from './metric-inputs.js';
import type { ComplianceCounts, ComplianceGroup, SeverityLevel } from './types.js';

/**
 * The counts of one metric (response, resolution or updates) as every output shows them: the
 * fields of {@link ComplianceCounts}, with `met`, `breached`, `pending`, `rate` and `meetsTarget`
 * `null` when the metric was not measured (no input fed it: see `metricsNotMeasured`). `target`
 * is a share (0.9 is 90%).
 *
 * @example
 * ```ts
 * import type { MetricCounts } from 'slakit/cases';
 *
 * const counts: MetricCounts = { total: 10, met: 9, breached: 1, pending: 0, cancelled: 0, rate: 0.9, target: 0.9, meetsTarget: true };
 * const notMeasured: MetricCounts = { total: 10, met: null, breached: null, pending: null, cancelled: 0, rate: null, target: 0.9, meetsTarget: null };
 * ```
 */
export interface MetricCounts {
  total: number;
  met: number | null;
  breached: number | null;
  pending: number | null;
  cancelled: number;
  rate: number | null;
  /** The share to meet (0–1), or `null` when none is set. */
  target: number | null;
  meetsTarget: boolean | null;
}

/**
 * The counts of one severity level, with the level and its label (from the contract's
 * `severities`): the one shape of per-level counts in `slakit compliance --json` and the service
 * report, listed in the order of the levels.
 *
 * @example
 * ```ts
 * import type { LevelCounts } from 'slakit/cases';
 *
 * const row: LevelCounts = { level: 1, label: 'P1', total: 10, met: 9, breached: 1, pending: 0, cancelled: 0, rate: 0.9, target: 0.9, meetsTarget: true };
 * ```
 */
export interface LevelCounts extends MetricCounts {
  level: SeverityLevel;
  label: string;
}

/**
 * Update counts with the number of update due times missed (`null` when updates were not measured).
 *
 * @example
 * ```ts
 * import type { UpdateLevelCounts } from 'slakit/cases';
 *
 * const row: UpdateLevelCounts = { level: 1, label: 'P1', total: 2, met: 1, breached: 1, pending: 0, cancelled: 0, rate: 0.5, target: null, meetsTarget: null, missedUpdates: 3 };
 * ```
 */
export interface UpdateLevelCounts extends LevelCounts {
  missedUpdates: number | null;
}

/**
 * A {@link ComplianceGroup} with its per-level counts as a list of {@link LevelCounts} ordered by
 * level: what `slakit compliance --json` prints for the whole and for each group, and whose
 * `bySeverity` lists are the service report's compliance rows.
 *
 * @example
 * ```ts
 * import type { ComplianceByLevel } from 'slakit/cases';
 *
 * const counts = { total: 0, met: 0, breached: 0, pending: 0, cancelled: 0, rate: null, target: null, meetsTarget: null };
 * const none: ComplianceByLevel = { ...counts, bySeverity: [], resolution: { ...counts, bySeverity: [] }, updates: { ...counts, missedUpdates: 0, bySeverity: [] } };
 * ```
 */
export interface ComplianceByLevel extends MetricCounts {
  bySeverity: LevelCounts[];
  resolution: MetricCounts & { bySeverity: LevelCounts[] };
  updates: MetricCounts & { missedUpdates: number | null; bySeverity: UpdateLevelCounts[] };
  replies?: MetricCounts & { bySeverity: LevelCounts[] };
}

type Json = Record<string, unknown>;

/** The figures of one counts object, each a count, a share or `null` where one may be. */
function checkFigures(counts: unknown, path: string): void {
  const object = counts as Json;
  if (typeof counts !== 'object' || counts === null) fail('INVALID_ARGUMENT', path, counts, 'is not compliance counts');
  for (const key of ['total', 'met', 'breached', 'pending', 'cancelled', ...('missedUpdates' in object ? ['missedUpdates'] : [])]) {
    const value = object[key];
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) fail('INVALID_ARGUMENT', `${path}.${key}`, value, 'is not a count (a whole number ≥ 0)');
  }
  for (const key of ['rate', 'target']) {
    const value = object[key];
    if (value !== null && (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > 1)) fail('INVALID_ARGUMENT', `${path}.${key}`, value, 'is not a share from 0 to 1 or null');
  }
  if (object['meetsTarget'] !== null && typeof object['meetsTarget'] !== 'boolean') fail('INVALID_ARGUMENT', `${path}.meetsTarget`, object['meetsTarget'], 'is not true, false or null');
}

/** Counts with their figures null: the metric was not measured. */
function unmeasured<C extends Json>(counts: C): C {
  return { ...counts, met: null, breached: null, pending: null, rate: null, meetsTarget: null, ...('missedUpdates' in counts ? { missedUpdates: null } : {}) };
}

/**
 * The compliance of a group of cases (a {@link ComplianceReport} or one of its `groups`) in the one
 * shape every output uses: each `bySeverity` a list of `{ level, label, …counts }` ordered by
 * level, the label from `severities` (a contract's, `loadContract(…).severities`), and the
 * figures of the metrics in `notMeasured` `null` (a metric no input fed is not measured, never
 * 0%). The report's own fields (`asOf`, `groups`, `outcomes`) are left out.
 *
 * @param group - A compliance report, or one group of it.
 * @param severities - The levels' labels, `{ level, label }` per level.
 * @param notMeasured - The metrics to show as not measured (see `metricsNotMeasured`); default none.
 * @throws SlaError `INVALID_ARGUMENT` for a group that is not compliance counts, or a level
 * `severities` has no label for.
 * @example
 * ```ts
 * import { complianceByLevel, complianceReport } from 'slakit/cases';
 * import { businessHours8to5, uniphoreSupport } from 'slakit/presets';
 *
 * const report = complianceReport(uniphoreSupport, businessHours8to5('America/New_York'), [
 *   { severity: 1, openedAt: '2026-11-23T09:00:00-05:00', events: [{ type: 'responded', at: '2026-11-23T09:30:00-05:00' }] },
 * ], { now: '2026-11-23T12:00:00-05:00' });
 * const severities = [1, 2, 3, 4].map((level) => ({ level, label: `Sev ${level}` }));
 * const json = complianceByLevel(report, severities);
 * json.bySeverity[0]; //=> { level: 1, label: 'Sev 1', total: 1, met: 1, breached: 0, pending: 0, cancelled: 0, rate: 1, target: 0.9, meetsTarget: true }
 * complianceByLevel(report, severities, ['resolution']).resolution.rate; //=> null
 * ```
 */
export function complianceByLevel(group: ComplianceGroup, severities: readonly { readonly level: SeverityLevel; readonly label: string }[], notMeasured: readonly ComplianceMetric[] = []): ComplianceByLevel {
  if (typeof group !== 'object' || group === null || typeof group.bySeverity !== 'object' || group.bySeverity === null || typeof group.resolution !== 'object' || group.resolution === null || typeof group.updates !== 'object' || group.updates === null) {
    fail('INVALID_ARGUMENT', 'group', group, 'is not compliance counts (a complianceReport or one of its groups)');
  }
  if (!Array.isArray(notMeasured)) fail('INVALID_ARGUMENT', 'notMeasured', notMeasured, "is not a list of metrics ('response', 'resolution', 'updates')");
  const labels = { severities } as Parameters<typeof severityLabel>[0];
  const summary = <C extends ComplianceCounts>(counts: C & { bySeverity: { [level: SeverityLevel]: C } }, metric: ComplianceMetric | null, path: string) => {
    checkFigures(counts, path);
    if (typeof counts.bySeverity !== 'object' || counts.bySeverity === null) fail('INVALID_ARGUMENT', `${path}.bySeverity`, counts.bySeverity, 'is not counts by severity level');
    for (const [key, level] of Object.entries(counts.bySeverity)) checkFigures(level, `${path}.bySeverity.${key}`);
    const { bySeverity, ...whole } = counts as C & { bySeverity: { [level: SeverityLevel]: C }; resolution?: unknown; updates?: unknown; replies?: unknown; asOf?: unknown; groups?: unknown; outcomes?: unknown };
    const off = metric !== null && notMeasured.includes(metric);
    // Whole-number keys iterate in ascending order: the levels in order.
    const rows = Object.keys(bySeverity).map((key) => {
      const level = Number(key);
      const row = { level, label: severityLabel(labels, level), ...(bySeverity[level] as C) };
      return off ? unmeasured(row as unknown as Json) : row;
    });
    const { resolution: _r, updates: _u, replies: _p, asOf: _a, groups: _g, outcomes: _o, ...own } = whole;
    return { ...(off ? unmeasured(own as Json) : own), bySeverity: rows };
  };
  return {
    ...(summary(group, 'response', 'group') as Omit<ComplianceByLevel, 'resolution' | 'updates' | 'replies'>),
    resolution: summary(group.resolution, 'resolution', 'group.resolution') as ComplianceByLevel['resolution'],
    updates: summary(group.updates, 'updates', 'group.updates') as ComplianceByLevel['updates'],
    ...(group.replies === undefined ? {} : { replies: summary(group.replies, null, 'group.replies') as NonNullable<ComplianceByLevel['replies']> }),
  };
}
