import type { ComplianceCounts, ComplianceGroup, ComplianceSummary, SeverityLevel, UpdateCompliance } from './types.js';

// The counts of a compliance group as one flat array, so that groups add up exactly. For a policy
// of L levels each block holds 4 (L + 1) counts: overall at 0–3, then level s at 4s. Response,
// then resolution (met, breached, pending, cancelled), then updates (met, breached, pending, missed
// due times), then, when the policy has reply targets, replies (met, breached, pending, cancelled).

/** The counts of one group. */
export type Tally = Float64Array;

/** Where each block of a tally starts, for a policy of `levels` levels. */
export interface TallyLayout {
  readonly levels: number;
  readonly resolution: number;
  readonly updates: number;
  /** Where the reply counts start; -1 when the policy has no reply target. */
  readonly replies: number;
  readonly size: number;
}

/** The layout of a tally for `levels` severity levels (and reply counts with `replies`). */
export function layoutOf(levels: number, replies = false): TallyLayout {
  const block = 4 * (levels + 1);
  return { levels, resolution: block, updates: 2 * block, replies: replies ? 3 * block : -1, size: (replies ? 4 : 3) * block };
}

/** Levels 1 to L. */
const levelsOf = (layout: TallyLayout): SeverityLevel[] => Array.from({ length: layout.levels }, (_, i) => i + 1);

function counts(t: Tally, at: number, target: number | null): ComplianceCounts {
  const [met, breached, pending, cancelled] = t.subarray(at, at + 4) as unknown as [number, number, number, number];
  const rate = met + breached === 0 ? null : met / (met + breached);
  return { total: met + breached + pending + cancelled, met, breached, pending, cancelled, rate, target, meetsTarget: rate === null || target === null ? null : rate >= target };
}

function summary(t: Tally, layout: TallyLayout, at: number, targets: readonly (number | null)[]): ComplianceSummary {
  const bySeverity: ComplianceSummary['bySeverity'] = {};
  for (const s of levelsOf(layout)) bySeverity[s] = counts(t, at + 4 * s, targets[s] ?? null);
  return { ...counts(t, at, targets[0] ?? null), bySeverity };
}

function updates(t: Tally, layout: TallyLayout, targets: readonly (number | null)[]): UpdateCompliance {
  const level = (s: number): ComplianceCounts & { missedUpdates: number } => {
    const at = layout.updates + 4 * s;
    const [met, breached, pending, missed] = t.subarray(at, at + 4) as unknown as [number, number, number, number];
    // The missed due times sit where the cancelled count sits elsewhere: updates are never cancelled.
    return { ...counts(Float64Array.of(met, breached, pending, 0), 0, targets[s] ?? null), missedUpdates: missed };
  };
  const bySeverity: UpdateCompliance['bySeverity'] = {};
  for (const s of levelsOf(layout)) bySeverity[s] = level(s);
  return { ...level(0), bySeverity };
}

/** The compliance targets of resolution and update counts by level (index 0: overall, always `null`). */
export interface MetricTargets {
  readonly resolution: readonly (number | null)[];
  readonly updates: readonly (number | null)[];
}

/** The public form of a tally, with the response targets by level (index 0: overall) and those of resolution and updates. */
export function groupOf(t: Tally, layout: TallyLayout, targets: readonly (number | null)[], metrics: MetricTargets = { resolution: [], updates: [] }): ComplianceGroup {
  const group: ComplianceGroup = { ...summary(t, layout, 0, targets), resolution: summary(t, layout, layout.resolution, metrics.resolution), updates: updates(t, layout, metrics.updates) };
  if (layout.replies >= 0) group.replies = summary(t, layout, layout.replies, []);
  return group;
}

/** The resolution and update targets of a group, read back from its public form. */
export function metricTargetsOfGroup(group: ComplianceGroup): MetricTargets {
  const of = (summary: { readonly target: number | null; readonly bySeverity: { readonly [level: number]: ComplianceCounts } }): (number | null)[] => [summary.target, ...Object.keys(summary.bySeverity).map((level) => (summary.bySeverity[Number(level)] as ComplianceCounts).target)];
  return { resolution: of(group.resolution), updates: of(group.updates) };
}

/** The tally of a group, read back from its public form. */
export function tallyOf(group: ComplianceGroup): { tally: Tally; layout: TallyLayout } {
  const layout = layoutOf(Object.keys(group.bySeverity).length, group.replies !== undefined);
  const t = new Float64Array(layout.size);
  const put = (at: number, c: ComplianceCounts, fourth: number): void => t.set([c.met, c.breached, c.pending, fourth], at);
  const all: ComplianceSummary[] = [group, group.resolution];
  all.forEach((s, k) => {
    put(layout.resolution * k, s, s.cancelled);
    for (const level of levelsOf(layout)) {
      const c = s.bySeverity[level] as ComplianceCounts;
      put(layout.resolution * k + 4 * level, c, c.cancelled);
    }
  });
  if (group.replies !== undefined) {
    const replies = group.replies;
    put(layout.replies, replies, replies.cancelled);
    for (const level of levelsOf(layout)) {
      const c = replies.bySeverity[level] as ComplianceCounts;
      put(layout.replies + 4 * level, c, c.cancelled);
    }
  }
  put(layout.updates, group.updates, group.updates.missedUpdates);
  for (const level of levelsOf(layout)) {
    const c = group.updates.bySeverity[level] as ComplianceCounts & { missedUpdates: number };
    put(layout.updates + 4 * level, c, c.missedUpdates);
  }
  return { tally: t, layout };
}

/** The response targets of a group by level (index 0: overall). */
export function targetsOfGroup(group: ComplianceGroup): (number | null)[] {
  return [group.target, ...Object.keys(group.bySeverity).map((level) => (group.bySeverity[Number(level)] as ComplianceCounts).target)];
}

/** Sets `object[key]` as an own data property, even for a key such as `'__proto__'` read from data. */
export function setGroup(object: { [key: string]: ComplianceGroup }, key: string, group: ComplianceGroup): void {
  Object.defineProperty(object, key, { value: group, enumerable: true, writable: true, configurable: true });
}
