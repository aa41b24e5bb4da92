import type { Calendar } from '../calendar/types.js';
import { ClockScan, dueOf, measure, resumeOf, RUNNING, scanTarget, type Spans, STOPPED } from './case-clock.js';
import { forEachReply } from './reply-clock.js';
import { forEachCycle } from './reopen-cycles.js';
import { teamAt } from './by-team.js';
import { caseMonth } from './case-month.js';
import type { Timeline } from './case-timeline.js';
import { cutAtAutoClose } from './auto-close.js';
import { outcomeOf } from './evaluate-case.js';
import { groupOf, layoutOf, type MetricTargets, setGroup, type Tally } from './compliance-tally.js';
import type { CaseInput, CaseOutcome, CaseTargetOutcome, ComplianceGroup, ComplianceReport, ComplianceReportOptions, SupportPolicy, TargetEvidence } from './types.js';
import { updateCadence } from './update-cadence.js';
import { CLOCK_BUSINESS, type CompiledLevel, type CompiledPolicy, type CompiledTarget } from './validate-support-policy.js';

// The counting behind complianceReport, one loaded timeline at a time: plain numbers in (the
// timeline's epoch ms and event codes, the case's calendar), counts out. complianceReport feeds it
// the cases it reads; the command line's case-file reader feeds it the rows it reads, without
// building case objects. One counter, one figure.

const OUTCOMES: readonly CaseTargetOutcome[] = ['met', 'breached', 'pending', 'cancelled'];

function evidenceOf(calendar: Calendar, kind: number, scan: ClockScan, due: number, outcome: CaseTargetOutcome): TargetEvidence {
  const at = scan.stopAt;
  const breached = outcome === 'breached';
  const off: Spans = scan.off;
  const pauses: TargetEvidence['pauses'] = [];
  for (let i = 0; i < off.length; i++) pauses.push({ start: new Date(off.starts[i] as number), end: new Date(off.ends[i] as number) });
  return {
    outcome,
    dueAt: new Date(due),
    breachedAfter: new Date(resumeOf(calendar, kind, due, off)),
    at: new Date(at),
    overrunBusiness: breached ? measure(calendar, CLOCK_BUSINESS, due, at, off) : 0,
    overrunWall: breached ? at - due : 0,
    pauses,
  };
}

/** Adds `value` to a count overall and for a severity. */
function add(t: Tally, at: number, severity: number, value: number): void {
  t[at] = (t[at] as number) + value;
  t[at + severity * 4] = (t[at + severity * 4] as number) + value;
}

/** Counts one case: its response outcome, its resolution outcome (at -1: none), its update outcome (-1: none) and missed updates. */
function countCase(t: Tally, updates: number, responseSeverity: number, responseAt: number, severity: number, resolutionAt: number, updateOutcome: number, missed: number): void {
  add(t, responseAt, responseSeverity, 1);
  if (resolutionAt >= 0) add(t, resolutionAt, severity, 1);
  if (updateOutcome >= 0) {
    add(t, updates + updateOutcome, severity, 1);
    add(t, updates + 3, severity, missed);
  }
}

/** The label a policy gives a level, if any. */
function policyLabel(policy: SupportPolicy, level: string): string | undefined {
  const label = (policy.levels as { readonly [level: string]: { readonly label?: unknown } | undefined })[level]?.label;
  return typeof label === 'string' ? label : undefined;
}

/** The response targets by level (index 0: overall) of a compiled policy, or `target` everywhere. */
export function targetsOf(compiled: CompiledPolicy, target: number | null): (number | null)[] {
  return compiled.levels.map((level, s) => target ?? (s === 0 ? null : level.complianceTarget) ?? compiled.complianceTarget);
}

/** The resolution and update compliance targets by level (index 0: overall, which has none). */
export function metricTargetsOf(compiled: CompiledPolicy): MetricTargets {
  return {
    resolution: compiled.levels.map((level, s) => (s === 0 ? null : level.resolutionComplianceTarget)),
    updates: compiled.levels.map((level, s) => (s === 0 ? null : level.updatesComplianceTarget)),
  };
}

/** What a counter is set up with: checked options (complianceReport reads and checks them). */
export interface CounterSettings {
  readonly now: number;
  /** `options.target`, or null. */
  readonly target: number | null;
  readonly detail: ComplianceReportOptions['outcomes'];
  readonly groupBy: ComplianceReportOptions['groupBy'];
}

/** Counts cases one at a time: `count` each loaded timeline, then `report`. */
export interface ComplianceCounter {
  /**
   * Counts the case in `timeline` (opened at or before `now`) on its calendar. `attributes`: the
   * case's (the `groupBy` attribute is read from them); `id` and `index` name it in outcomes.
   * The auto-close rule may shorten the timeline.
   */
  count(timeline: Timeline, cal: Calendar, attributes: CaseInput['attributes'], id: string | number | undefined, index: number): void;
  /** The report of the cases counted so far. */
  report(): ComplianceReport;
}

/**
 * The compliance counts of cases given one at a time as loaded timelines (a {@link Timeline}
 * after `load`, or `begin`/`push`/`finish`), each with its calendar: what complianceReport counts.
 */
export function complianceCounter(policy: SupportPolicy, compiled: CompiledPolicy, settings: CounterSettings): ComplianceCounter {
  const { now, detail, groupBy } = settings;
  const layout = layoutOf(compiled.levels.length - 1, compiled.replies);
  const tally: Tally = new Float64Array(layout.size);
  const groups = new Map<string, Tally>();
  const outcomes: CaseOutcome[] = [];
  const response = new ClockScan();
  const resolution = new ClockScan();
  const reply = new ClockScan();
  const cycle = new ClockScan();
  const restart = compiled.restart;
  const responseOf = (s: number): CompiledTarget => (compiled.levels[s] as CompiledLevel).response;
  const resolutionOf = (s: number): CompiledTarget | null => (compiled.levels[s] as CompiledLevel).resolution;
  const count = (timeline: Timeline, cal: Calendar, attributes: CaseInput['attributes'], id: string | number | undefined, index: number): void => {
    cutAtAutoClose(compiled, cal, timeline);
    scanTarget(timeline, restart, now, false, response, responseOf);
    const responseTarget = (compiled.levels[response.severity] as CompiledLevel).response;
    const responseDue = dueOf(cal, responseTarget, response.start, response.off);
    const responseOutcome = outcomeOf(cal, responseTarget.kind, response, responseDue, true);
    scanTarget(timeline, restart, now, true, resolution, resolutionOf);
    const level = compiled.levels[resolution.severity] as CompiledLevel;
    const resolutionTarget: CompiledTarget | null = level.resolution;
    const resolutionDue = resolutionTarget === null ? 0 : dueOf(cal, resolutionTarget, resolution.start, resolution.off);
    const resolutionOutcome = resolutionTarget === null ? null : outcomeOf(cal, resolutionTarget.kind, resolution, resolutionDue, false);
    const missed = updateCadence(compiled, cal, timeline, now).missed;
    // Updates: 0 met, 1 breached, 2 pending (no contact yet), 3 the missed due times.
    const updateOutcome = level.updates === null && missed === 0 ? -1 : missed > 0 ? 1 : response.stop === STOPPED ? 0 : response.stop === RUNNING ? 2 : -1;

    const responseAt = OUTCOMES.indexOf(responseOutcome);
    // Under reopen: 'new-cycle' each cycle is counted below, at the level that judged it.
    const resolutionAt = resolutionOutcome === null || compiled.cycles ? -1 : layout.resolution + OUTCOMES.indexOf(resolutionOutcome);
    countCase(tally, layout.updates, response.severity, responseAt, resolution.severity, resolutionAt, updateOutcome, missed);
    let group: Tally | undefined;
    if (groupBy !== undefined) {
      const key = groupBy === 'severity' ? String(response.severity) : groupBy === 'team' ? teamAt(timeline, now) : groupBy === 'month' ? caseMonth(cal, timeline.opened) : (attributes?.[groupBy.attribute] ?? '');
      group = groups.get(key);
      if (group === undefined) groups.set(key, (group = new Float64Array(layout.size)));
      countCase(group, layout.updates, response.severity, responseAt, resolution.severity, resolutionAt, updateOutcome, missed);
    }
    let lastCycle: { evidence: TargetEvidence } | null = null;
    let cycleBreached = false;
    if (compiled.cycles) {
      forEachCycle(compiled, timeline, now, cycle, (scan, target) => {
        const due = dueOf(cal, target, scan.start, scan.off);
        const outcome = outcomeOf(cal, target.kind, scan, due, false);
        const at = layout.resolution + OUTCOMES.indexOf(outcome);
        add(tally, at, scan.severity, 1);
        if (group !== undefined) add(group, at, scan.severity, 1);
        if (outcome === 'breached') cycleBreached = true;
        if (detail !== undefined) lastCycle = { evidence: evidenceOf(cal, target.kind, scan, due, outcome) };
      });
    }
    if (layout.replies >= 0) {
      forEachReply(compiled, timeline, now, reply, (scan, target) => {
        const at = layout.replies + OUTCOMES.indexOf(outcomeOf(cal, target.kind, scan, dueOf(cal, target, scan.start, scan.off), true));
        add(tally, at, scan.severity, 1);
        if (group !== undefined) add(group, at, scan.severity, 1);
      });
    }
    if (detail === 'all' || (detail === 'breached' && (responseOutcome === 'breached' || (compiled.cycles ? cycleBreached : resolutionOutcome === 'breached') || missed > 0))) {
      outcomes.push({
        index,
        ...(id === undefined ? {} : { id }),
        severity: resolution.severity,
        responseSeverity: response.severity,
        openedAt: new Date(timeline.opened),
        response: evidenceOf(cal, responseTarget.kind, response, responseDue, responseOutcome),
        resolution: compiled.cycles ? ((lastCycle as { evidence: TargetEvidence } | null)?.evidence ?? null) : resolutionTarget === null || resolutionOutcome === null ? null : evidenceOf(cal, resolutionTarget.kind, resolution, resolutionDue, resolutionOutcome),
        missedUpdates: missed,
      });
    }
  };
  const report = (): ComplianceReport => {
    const targets = targetsOf(compiled, settings.target);
    const metrics = metricTargetsOf(compiled);
    const result: ComplianceReport = { ...groupOf(tally, layout, targets, metrics), asOf: new Date(now) };
    if (groupBy !== undefined) {
      const byKey: { [key: string]: ComplianceGroup } = {};
      for (const [key, group] of groups) {
        const counts = groupOf(group, layout, targets, metrics);
        const label = groupBy === 'severity' ? policyLabel(policy, key) : undefined;
        setGroup(byKey, key, label === undefined ? counts : { ...counts, label });
      }
      result.groups = byKey;
    }
    if (detail !== undefined) result.outcomes = outcomes;
    return result;
  };
  return { count, report };
}
