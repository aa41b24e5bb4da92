import { fail } from '../core/errors.js';
import { toEpochMs } from '../core/instant.js';
import { groupOf, type MetricTargets, metricTargetsOfGroup, setGroup, tallyOf, targetsOfGroup } from '../cases/compliance-tally.js';
import type { ComplianceGroup, ComplianceReport } from '../cases/types.js';
import { checkComplianceReport } from './check-shapes.js';

function add(a: ComplianceGroup, b: ComplianceGroup, targets: readonly (number | null)[], metrics: MetricTargets): ComplianceGroup {
  const { tally: sum, layout } = tallyOf(a);
  const other = tallyOf(b);
  if (other.layout.levels !== layout.levels) fail('INVALID_ARGUMENT', 'b.bySeverity', Object.keys(b.bySeverity), `has ${other.layout.levels} levels; the first report has ${layout.levels}`);
  if (other.layout.replies !== layout.replies) fail('INVALID_ARGUMENT', 'b.replies', b.replies, 'is given for one report only; report both under the same policy');
  other.tally.forEach((value, i) => (sum[i] = (sum[i] as number) + value));
  const merged = groupOf(sum, layout, targets, metrics);
  // A group by severity carries its level's label.
  const label = a.label ?? b.label;
  return label === undefined ? merged : { ...merged, label };
}

/**
 * The report of the union of two disjoint sets of cases, from their two reports: exactly what
 * `complianceReport` gives for the cases of `a` followed by those of `b`. Counts add, rates
 * are computed again, groups add by key, and `b`'s outcomes follow `a`'s with their `index`
 * moved past `a`'s cases. So shards of a large set of cases (worker threads, serverless
 * functions, a data platform's map step) can be reported anywhere and combined; merging is
 * associative, and commutative but for the order of outcomes and groups.
 *
 * A report that crossed JSON (its dates as ISO strings) merges too; the result's `asOf` is a `Date`.
 *
 * @throws SlaError `INVALID_ARGUMENT` when the reports were made at different `now`s (their `asOf`), against
 * different targets, or one has groups or outcomes and the other not, or when either is not of
 * the shape `complianceReport` gives (naming the field).
 * @example
 * ```ts
 * import { mergeComplianceReports } from 'slakit/records';
 * import { complianceReport } from 'slakit/cases';
 * import { businessHours8to5, uniphoreSupport } from 'slakit/presets';
 *
 * const calendar = businessHours8to5('America/New_York');
 * const options = { now: '2026-11-23T12:00:00-05:00' };
 * const a = complianceReport(uniphoreSupport, calendar, [{ severity: 1, openedAt: '2026-11-23T09:00:00-05:00', events: [{ type: 'responded', at: '2026-11-23T09:40:00-05:00' }] }], options);
 * const b = complianceReport(uniphoreSupport, calendar, [{ severity: 1, openedAt: '2026-11-23T10:00:00-05:00' }], options);
 * const both = mergeComplianceReports(a, b);
 * [both.met, both.breached, both.rate]; //=> [1, 1, 0.5]
 * ```
 */
export function mergeComplianceReports(a: ComplianceReport, b: ComplianceReport): ComplianceReport {
  checkComplianceReport(a, 'a');
  checkComplianceReport(b, 'b');
  // Reports that crossed JSON carry asOf as an ISO string.
  const asOf = toEpochMs(a.asOf, 'a.asOf');
  if (toEpochMs(b.asOf, 'b.asOf') !== asOf) fail('INVALID_ARGUMENT', 'b.asOf', b.asOf, `is not the asOf of the first report (${new Date(asOf).toISOString()})`);
  const targets = targetsOfGroup(a);
  targetsOfGroup(b).forEach((target, s) => {
    if (target !== targets[s]) fail('INVALID_ARGUMENT', s === 0 ? 'b.target' : `b.bySeverity.${s}.target`, target, `is not the first report's target (${String(targets[s])})`);
  });
  const metrics = metricTargetsOfGroup(a);
  const other = metricTargetsOfGroup(b);
  for (const kind of ['resolution', 'updates'] as const) {
    other[kind].forEach((target, s) => {
      if (target !== metrics[kind][s]) fail('INVALID_ARGUMENT', s === 0 ? `b.${kind}.target` : `b.${kind}.bySeverity.${s}.target`, target, `is not the first report's target (${String(metrics[kind][s])})`);
    });
  }
  const report: ComplianceReport = { ...add(a, b, targets, metrics), asOf: new Date(asOf) };
  if ((a.groups === undefined) !== (b.groups === undefined)) fail('INVALID_ARGUMENT', 'b.groups', b.groups, 'is given for one report only; group both reports the same way');
  if (a.groups !== undefined && b.groups !== undefined) {
    const groups: { [key: string]: ComplianceGroup } = { ...a.groups };
    for (const [key, group] of Object.entries(b.groups)) setGroup(groups, key, Object.prototype.hasOwnProperty.call(groups, key) ? add(groups[key] as ComplianceGroup, group, targets, metrics) : group);
    report.groups = groups;
  }
  if ((a.outcomes === undefined) !== (b.outcomes === undefined)) fail('INVALID_ARGUMENT', 'b.outcomes', b.outcomes, 'is given for one report only; ask both for the same outcomes');
  if (a.outcomes !== undefined && b.outcomes !== undefined) report.outcomes = [...a.outcomes, ...b.outcomes.map((o) => ({ ...o, index: o.index + a.total }))];
  return report;
}
