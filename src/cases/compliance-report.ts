import { engineOf } from '../calendar/create-calendar.js';
import type { Calendar } from '../calendar/types.js';
import { fail, SlaError } from '../core/errors.js';
import { plainObject } from '../core/plain-data.js';
import { ClockScan, dueOf, measure, resumeOf, RUNNING, scanTarget, type Spans, STOPPED } from './case-clock.js';
import { forEachReply } from './reply-clock.js';
import { forEachCycle } from './reopen-cycles.js';
import { teamAt } from './by-team.js';
import { type CaseCalendars, calendarFor } from './case-calendar.js';
import { caseMonth } from './case-month.js';
import { parseYearMonth } from '../core/civil-date.js';
import { Timeline } from './case-timeline.js';
import { cutAtAutoClose } from './auto-close.js';
import { outcomeOf, readNow } from './evaluate-case.js';
import { groupOf, layoutOf, type MetricTargets, setGroup, type Tally } from './compliance-tally.js';
import type { CaseInput, CaseOutcome, CaseTargetOutcome, ComplianceGroup, ComplianceReport, ComplianceReportOptions, SupportPolicy, TargetEvidence } from './types.js';
import { updateCadence } from './update-cadence.js';
import { CLOCK_BUSINESS, type CompiledLevel, type CompiledPolicy, type CompiledTarget, compilePolicy, share } from './validate-support-policy.js';

const OUTCOMES: readonly CaseTargetOutcome[] = ['met', 'breached', 'pending', 'cancelled'];

/** The same error with the case's position in front of its path (`cases[12].events[3].at`). */
function inCase(error: unknown, index: number): unknown {
  if (!(error instanceof SlaError)) return error;
  // Every SlaError message reads `CODE: path: …`; a whole case's path 'case' becomes `cases[i]`.
  const inner = String(error.details.path);
  const rest = error.message.slice(error.code.length + 2);
  const path = inner === 'case' ? `cases[${index}]` : `cases[${index}].${inner}`;
  return new SlaError(error.code, path + rest.slice(inner.length), { ...error.details, path });
}

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

/** The group key of a case. */
function keyOf(groupBy: ComplianceReportOptions['groupBy'], calendar: Calendar, input: CaseInput, opened: number, severity: number, timeline: Timeline, now: number): string {
  if (groupBy === 'severity') return String(severity);
  if (groupBy === 'team') return teamAt(timeline, now);
  if (groupBy === 'month') return caseMonth(calendar, opened);
  return input.attributes?.[(groupBy as { attribute: string }).attribute] ?? '';
}

/** The label a policy gives a level, if any. */
function policyLabel(policy: SupportPolicy, level: string): string | undefined {
  const label = (policy.levels as { readonly [level: string]: { readonly label?: unknown } | undefined })[level]?.label;
  return typeof label === 'string' ? label : undefined;
}

/** Reads `groupBy`. */
function groupByOption(value: unknown): ComplianceReportOptions['groupBy'] {
  if (value === undefined || value === 'month' || value === 'severity' || value === 'team') return value;
  const object = plainObject(value, 'options.groupBy', 'INVALID_ARGUMENT', ['attribute']);
  if (typeof object['attribute'] !== 'string') fail('INVALID_ARGUMENT', 'options.groupBy', value, "is not 'month', 'severity', 'team' or { attribute: 'customer' }");
  return value as ComplianceReportOptions['groupBy'];
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

/**
 * Response, resolution and update compliance of a set of cases, overall and per severity.
 *
 * - Response: a case is met (contacted by the due time), breached (contacted late, or still
 *   waiting past the due time), pending (waiting and not yet due), or cancelled (closed before the
 *   due time without a contact). `rate` is `met / (met + breached)`: pending and cancelled cases
 *   are left out, and when no case is met or breached the rate is `null` — there is nothing to
 *   judge — and so is `meetsTarget`.
 * - Resolution: the cases whose level has a resolution target, judged as {@link evaluateCase}
 *   judges `resolution` (met, breached or pending).
 * - Updates: see {@link UpdateCompliance}.
 *
 * A compliance target belongs to the levels it is set on: a level's `complianceTarget` judges that
 * level only, and the policy's `complianceTarget` (or `options.target`) judges every level and the
 * whole. So a report of Sev 3 cases alone is not judged against a target set on Sev 1, and the
 * overall `target` is `null` when the policy sets targets on levels only. A level's resolution
 * and update counts are judged by the `complianceTarget` of its `resolution` and `updates` targets
 * (`{ after: 'PT45H', clock: 'business', complianceTarget: 0.9 }`); `options.target` overrides
 * the response targets only, and the overall resolution and update counts carry no target.
 *
 * The cases are read one at a time from any iterable (an array, a generator, a stream of parsed
 * lines), so memory does not grow with their number unless `outcomes: 'all'` is asked for. A case
 * with a `timeZone` other than the calendar's runs on `options.calendarFor(zone)` (called once per
 * zone), e.g. `(zone) => withTimeZone(calendar, zone)`. Reports of disjoint sets of cases
 * combine exactly with `mergeComplianceReports` (`slakit/records`).
 *
 * @param cases - Any iterable of cases, e.g. the cases opened in the month being reported.
 * @param options - `now`; `target` to override every compliance target; `outcomes` for per-case
 * evidence; `groupBy` for counts per month, severity or attribute; `calendarFor` for cases in other zones.
 * @throws SlaError with the case's index in the path (`cases[12].events[3]: …`): `INVALID_CASE`,
 * `INVALID_TIME_ZONE`, `INVALID_ARGUMENT` for a case opened after `now`; `INVALID_POLICY` for a bad policy.
 * @example
 * ```ts
 * import { complianceReport } from 'slakit/cases';
 * import { businessHours8to5, uniphoreSupport } from 'slakit/presets';
 *
 * const calendar = businessHours8to5('America/New_York');
 * const report = complianceReport(uniphoreSupport, calendar, [
 *   { severity: 1, openedAt: '2026-11-23T09:00:00-05:00', events: [{ type: 'resolution-notice', at: '2026-11-23T09:40:00-05:00' }] },
 *   { id: 'C-2', severity: 1, openedAt: '2026-11-23T10:00:00-05:00', events: [{ type: 'responded', at: '2026-11-23T11:30:00-05:00' }] },
 *   { severity: 3, openedAt: '2026-11-23T10:00:00-05:00' },
 * ], { now: '2026-11-23T12:00:00-05:00', outcomes: 'breached' });
 * report.rate; //=> 0.5 (1 met, 1 breached; the Sev 3 case is pending)
 * report.bySeverity[1].meetsTarget; //=> false (Uniphore's 90% belongs to Sev 1)
 * report.meetsTarget; //=> null (no target for all levels together)
 * report.outcomes?.map((o) => [o.id, o.response.overrunWall]); //=> [['C-2', 1_800_000]]
 * ```
 */
export function complianceReport(policy: SupportPolicy, calendar: Calendar, cases: Iterable<CaseInput>, options: ComplianceReportOptions): ComplianceReport {
  const compiled = compilePolicy(policy);
  engineOf(calendar);
  const { now, values } = readNow(options, ['target', 'outcomes', 'groupBy', 'calendarFor', 'month']);
  const month = values['month'];
  if (month !== undefined) parseYearMonth(month, 'options.month');
  const perZone = values['calendarFor'];
  if (perZone !== undefined && typeof perZone !== 'function') fail('INVALID_ARGUMENT', 'options.calendarFor', perZone, 'is not a function from a zone to its calendar');
  const target = share(values, 'target', 'options', 'INVALID_ARGUMENT');
  const detail = values['outcomes'];
  if (detail !== undefined && detail !== 'breached' && detail !== 'all') fail('INVALID_ARGUMENT', 'options.outcomes', detail, "is not 'breached' or 'all'");
  const groupBy = groupByOption(values['groupBy']);
  if (typeof (cases as { [Symbol.iterator]?: unknown } | null)?.[Symbol.iterator] !== 'function') fail('INVALID_ARGUMENT', 'cases', cases, 'is not an iterable of cases');

  const layout = layoutOf(compiled.levels.length - 1, compiled.replies);
  const tally: Tally = new Float64Array(layout.size);
  const groups = new Map<string, Tally>();
  const outcomes: CaseOutcome[] = [];
  const calendars: CaseCalendars = { calendar, calendarFor: perZone as CaseCalendars['calendarFor'], zones: new Map() };
  const timeline = new Timeline();
  const response = new ClockScan();
  const resolution = new ClockScan();
  const reply = new ClockScan();
  const cycle = new ClockScan();
  const restart = compiled.restart;
  const responseOf = (s: number): CompiledTarget => (compiled.levels[s] as CompiledLevel).response;
  const resolutionOf = (s: number): CompiledTarget | null => (compiled.levels[s] as CompiledLevel).resolution;
  let index = 0;
  for (const input of cases) {
    try {
      timeline.load(input, compiled);
      if (now < timeline.opened) fail('INVALID_ARGUMENT', 'openedAt', new Date(timeline.opened).toISOString(), `is after now (${new Date(now).toISOString()})`);
      const cal = calendarFor(calendars, input);
      if (month !== undefined && caseMonth(cal, timeline.opened) !== month) {
        index++;
        continue;
      }
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
        const key = keyOf(groupBy, cal, input, timeline.opened, response.severity, timeline, now);
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
        const id = (input as { id?: string | number }).id;
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
    } catch (error) {
      throw inCase(error, index);
    }
    index++;
  }

  const targets = targetsOf(compiled, target);
  const metrics = metricTargetsOf(compiled);
  const report: ComplianceReport = { ...groupOf(tally, layout, targets, metrics), asOf: new Date(now) };
  if (groupBy !== undefined) {
    const byKey: { [key: string]: ComplianceGroup } = {};
    for (const [key, group] of groups) {
      const counts = groupOf(group, layout, targets, metrics);
      const label = groupBy === 'severity' ? policyLabel(policy, key) : undefined;
      setGroup(byKey, key, label === undefined ? counts : { ...counts, label });
    }
    report.groups = byKey;
  }
  if (detail !== undefined) report.outcomes = outcomes;
  return report;
}
