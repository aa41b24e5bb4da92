import type { ComplianceCounts, ComplianceGroup, ComplianceSummary, SeverityLevel, UpdateCompliance } from './types.js';

// The counts of a compliance group as one flat array, so that groups add up exactly:
// response at 0–19 and resolution at 20–39 (met, breached, pending, cancelled; overall, then per
// level s at 4s), updates at 40–59 (met, breached, pending, missed due times).

/** The counts of one group. */
export type Tally = Float64Array;
export const TALLY = 60;
const LEVELS: readonly SeverityLevel[] = [1, 2, 3, 4];
const NO_TARGETS: readonly null[] = [null, null, null, null, null];

function counts(t: Tally, at: number, target: number | null): ComplianceCounts {
  const [met, breached, pending, cancelled] = t.subarray(at, at + 4) as unknown as [number, number, number, number];
  const rate = met + breached === 0 ? null : met / (met + breached);
  return { total: met + breached + pending + cancelled, met, breached, pending, cancelled, rate, target, meetsTarget: rate === null || target === null ? null : rate >= target };
}

function summary(t: Tally, at: number, targets: readonly (number | null)[]): ComplianceSummary {
  const level = (s: SeverityLevel): ComplianceCounts => counts(t, at + 4 * s, targets[s] as number | null);
  return { ...counts(t, at, targets[0] as number | null), bySeverity: { 1: level(1), 2: level(2), 3: level(3), 4: level(4) } };
}

function updates(t: Tally): UpdateCompliance {
  const level = (s: number): ComplianceCounts & { missedUpdates: number } => {
    const at = 40 + 4 * s;
    const [met, breached, pending, missed] = t.subarray(at, at + 4) as unknown as [number, number, number, number];
    // The missed due times sit where the cancelled count sits elsewhere: updates are never cancelled.
    return { ...counts(Float64Array.of(met, breached, pending, 0), 0, null), missedUpdates: missed };
  };
  return { ...level(0), bySeverity: { 1: level(1), 2: level(2), 3: level(3), 4: level(4) } };
}

/** The public form of a tally, with the response targets by level (index 0: overall). */
export function groupOf(t: Tally, targets: readonly (number | null)[]): ComplianceGroup {
  return { ...summary(t, 0, targets), resolution: summary(t, 20, NO_TARGETS), updates: updates(t) };
}

/** The tally of a group, read back from its public form. */
export function tallyOf(group: ComplianceGroup): Tally {
  const t = new Float64Array(TALLY);
  const put = (at: number, c: ComplianceCounts, fourth: number): void => t.set([c.met, c.breached, c.pending, fourth], at);
  const all = [group, group.resolution] as const;
  all.forEach((s, k) => {
    put(20 * k, s, s.cancelled);
    for (const level of LEVELS) put(20 * k + 4 * level, s.bySeverity[level], s.bySeverity[level].cancelled);
  });
  put(40, group.updates, group.updates.missedUpdates);
  for (const level of LEVELS) put(40 + 4 * level, group.updates.bySeverity[level], group.updates.bySeverity[level].missedUpdates);
  return t;
}

/** The response targets of a group by level (index 0: overall). */
export function targetsOfGroup(group: ComplianceGroup): (number | null)[] {
  return [group.target, ...LEVELS.map((level) => group.bySeverity[level].target)];
}

/** Sets `object[key]` as an own data property, even for a key such as `'__proto__'` read from data. */
export function setGroup(object: { [key: string]: ComplianceGroup }, key: string, group: ComplianceGroup): void {
  Object.defineProperty(object, key, { value: group, enumerable: true, writable: true, configurable: true });
}
