import { groupOf, layoutOf, metricTargetsOfGroup, setGroup, tallyOf, targetsOfGroup } from './compliance-tally.js';
import type { ComplianceGroup, ComplianceReport } from './types.js';
import { fail } from '../core/errors.js';

/** The targets two groups share, level by level; `null` where they differ. */
const shared = (a: readonly (number | null)[], b: readonly (number | null)[]): (number | null)[] => a.map((t, i) => (t === b[i] ? t : null));

/** The group with reply counts (all zero) when it has none: a plan without reply targets starts no reply clock. */
function withReplies(group: ComplianceGroup, levels: number): ComplianceGroup {
  if (group.replies !== undefined) return group;
  const layout = layoutOf(levels, true);
  return { ...group, replies: groupOf(new Float64Array(layout.size), layout, []).replies as NonNullable<ComplianceGroup['replies']> };
}

function add(a: ComplianceGroup, b: ComplianceGroup): ComplianceGroup {
  const levels = Object.keys(a.bySeverity).length;
  if (Object.keys(b.bySeverity).length !== levels) fail('INVALID_ARGUMENT', 'b.bySeverity', Object.keys(b.bySeverity), `has ${Object.keys(b.bySeverity).length} levels; the first report has ${levels}`);
  const replies = a.replies !== undefined || b.replies !== undefined;
  const x = tallyOf(replies ? withReplies(a, levels) : a);
  const y = tallyOf(replies ? withReplies(b, levels) : b);
  y.tally.forEach((value, i) => (x.tally[i] = (x.tally[i] as number) + value));
  const [ma, mb] = [metricTargetsOfGroup(a), metricTargetsOfGroup(b)];
  const merged = groupOf(x.tally, x.layout, shared(targetsOfGroup(a), targetsOfGroup(b)), { resolution: shared(ma.resolution, mb.resolution), updates: shared(ma.updates, mb.updates) });
  const label = a.label ?? b.label;
  return label === undefined ? merged : { ...merged, label };
}

/**
 * The reports of the plans of one contract version added into one over all their cases: counts
 * add and rates are computed again from the sums; a compliance target (overall, per level, per
 * metric) is kept where every report agrees on it and is `null` (no verdict) where the plans'
 * targets differ, since a rate over plans with different targets meets none of them. Reply counts
 * are kept when any plan has reply targets. Groups add by key; outcomes (their `index` the case's
 * place in the whole input) are kept in input order. The reports share their `asOf`.
 */
export function addPlanReports(reports: readonly ComplianceReport[]): ComplianceReport {
  const [first, ...rest] = reports;
  if (first === undefined) return fail('INVALID_ARGUMENT', 'reports', reports, 'is empty');
  let sum: ComplianceReport = first;
  for (const next of rest) {
    const report: ComplianceReport = { ...add(sum, next), asOf: sum.asOf };
    if (sum.groups !== undefined || next.groups !== undefined) {
      const groups: { [key: string]: ComplianceGroup } = { ...sum.groups };
      for (const [key, group] of Object.entries(next.groups ?? {})) setGroup(groups, key, Object.prototype.hasOwnProperty.call(groups, key) ? add(groups[key] as ComplianceGroup, group) : group);
      report.groups = groups;
    }
    if (sum.outcomes !== undefined || next.outcomes !== undefined) report.outcomes = [...(sum.outcomes ?? []), ...(next.outcomes ?? [])].sort((p, q) => p.index - q.index);
    sum = report;
  }
  // Every group counts replies when the report does.
  if (sum.replies !== undefined && sum.groups !== undefined) {
    const levels = Object.keys(sum.bySeverity).length;
    const groups: { [key: string]: ComplianceGroup } = {};
    for (const [key, group] of Object.entries(sum.groups)) setGroup(groups, key, withReplies(group, levels));
    sum = { ...sum, groups };
  }
  return sum;
}
