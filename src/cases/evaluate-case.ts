import { engineOf } from '../calendar/create-calendar.js';
import type { Calendar } from '../calendar/types.js';
import { fail, SlaError } from '../core/errors.js';
import { MAX_INSTANT_MS, toEpochMs } from '../core/instant.js';
import { advance, budgetOf, ClockScan, dueOf, measure, resumeOf, RUNNING, scanTarget, Spans, STOPPED, SUSPENDED } from './case-clock.js';
import { forEachReply } from './reply-clock.js';
import { forEachCycle } from './reopen-cycles.js';
import { byTeamOf } from './by-team.js';
import { Timeline } from './case-timeline.js';
import { cutAtAutoClose } from './auto-close.js';
import { calendarFor } from './case-calendar.js';
import { readOptions } from '../core/plain-data.js';
import type { CaseInput, CaseReplyStatus, CaseState, CaseStatus, CaseTargetOutcome, CaseTargetStatus, CaseWarning, EvaluateCaseOptions, SupportPolicy } from './types.js';
import { updateCadence } from './update-cadence.js';
import {
  CLOCK_24X7,
  CLOSED,
  type CompiledLevel,
  type CompiledPolicy,
  type CompiledTarget,
  compilePolicy,
  PAUSED,
  REOPENED,
  RESOLUTION_NOTICE,
  RESPONDED,
  RESUMED,
  SEVERITY_CHANGED,
  UPDATED,
} from './validate-support-policy.js';

/** Reads `{ now, … }` options; `extra` names the other keys allowed. */
export function readNow(options: unknown, extra: readonly string[]): { now: number; values: Record<string, unknown> } {
  const values = readOptions(options, 'options', ['now', ...extra]);
  if (values['now'] === undefined) fail('INVALID_ARGUMENT', 'options.now', undefined, 'is missing; pass the instant to evaluate at');
  return { now: toEpochMs(values['now'], 'options.now'), values };
}

/** A computed instant as a Date (`null` stays `null`); one past the range of Date (a case opened near its end) is an error. */
function dateOf(ms: number, path: string): Date;
function dateOf(ms: number | null, path: string): Date | null;
function dateOf(ms: number | null, path: string): Date | null {
  if (ms === null) return null;
  if (!(Math.abs(ms) <= MAX_INSTANT_MS)) throw new SlaError('NO_OPEN_TIME', `${path}: the due time lies outside the range of Date`, { path, value: ms });
  return new Date(ms);
}

/**
 * The outcome of a scanned clock (of kind `kind`) against its target due at `due`. The target is
 * breached only once more clock time than the target has passed: a stop (or `now`) in the closed
 * time or pause right after `due`, before the clock runs again, has used no more than the target.
 */
export function outcomeOf(calendar: Calendar, kind: number, scan: ClockScan, due: number, response: boolean): CaseTargetOutcome {
  // The stop, or `now` while the clock runs (scanClock sets stopAt to `now` then).
  const at = scan.stopAt;
  // Past `due`, the clock ran past the target once it ran again before `at`.
  const exceeded = at > due && resumeOf(calendar, kind, due, scan.off) < at;
  if (scan.stop === STOPPED || (scan.stop === SUSPENDED && !response)) return exceeded ? 'breached' : 'met';
  // A closing before the first contact cancels the response target unless it was already breached.
  if (scan.stop === SUSPENDED) return exceeded ? 'breached' : 'cancelled';
  return exceeded ? 'breached' : 'pending';
}

/** The instants at which each share of `target.warnAt` is used (a share of 1: the due time). */
export function warningAtOf(calendar: Calendar, target: CompiledTarget, scan: ClockScan, budget: number, due: number): { share: number; at: Date }[] {
  return (target.warnAt as readonly number[]).map((share) => ({
    share,
    at: dateOf(share === 1 ? due : advance(calendar, target.kind, scan.start, Math.ceil(budget * share), false, scan.off), 'warningAt'),
  }));
}

function targetStatus(calendar: Calendar, target: CompiledTarget, scan: ClockScan, now: number, response: boolean, timeline: Timeline): CaseTargetStatus {
  const budget = budgetOf(calendar, target, scan.start);
  const due = dueOf(calendar, target, scan.start, scan.off);
  const outcome = outcomeOf(calendar, target.kind, scan, due, response);
  const elapsed = measure(calendar, target.kind, scan.start, scan.stopAt, scan.off);
  const stopped = scan.stop === STOPPED || (scan.stop === SUSPENDED && !response);
  const status: CaseTargetStatus = {
    severity: scan.severity,
    clock: target.kind === CLOCK_24X7 ? '24x7' : 'business',
    startedAt: new Date(scan.start),
    dueAt: dateOf(due, 'dueAt'),
    breachedAfter: dateOf(resumeOf(calendar, target.kind, due, scan.off), 'breachedAfter'),
    metAt: stopped ? new Date(scan.stopAt) : null,
    met: outcome === 'met' ? true : outcome === 'breached' ? false : null,
    breached: outcome === 'breached',
    outcome,
    targetMs: budget,
    elapsed,
    remaining: budget - elapsed,
    percentUsed: budget > 0 ? (elapsed / budget) * 100 : scan.stopAt >= due ? 100 : 0,
    paused: scan.paused,
  };
  if (target.warnAt !== undefined && target.warnAt.length > 0) status.warningAt = warningAtOf(calendar, target, scan, budget, due);
  // Only once an assignment is known at `now`: later events are not yet known.
  if (timeline.assignedAt <= now) status.byTeam = byTeamOf(calendar, target.kind, scan, timeline);
  return status;
}

/** A reply clock's status: the target's, with the message and the reply. */
function replyStatus(calendar: Calendar, target: CompiledTarget, scan: ClockScan, now: number, timeline: Timeline): CaseReplyStatus {
  const status = targetStatus(calendar, target, scan, now, true, timeline);
  return { messageAt: status.startedAt, repliedAt: status.metAt, ...status };
}

function warningsOf(policy: CompiledPolicy, calendar: Calendar, clock: CaseWarning['clock'], target: CompiledTarget, scan: ClockScan, now: number, out: CaseWarning[]): void {
  const budget = budgetOf(calendar, target, scan.start);
  // A warning fires while the clock runs: strictly before it stopped, and at or before now.
  const limit = scan.stop === RUNNING ? now : scan.stopAt - 1;
  const add = (kind: CaseWarning['kind'], value: number, amount: number): void => {
    const at = advance(calendar, target.kind, scan.start, amount, false, scan.off);
    if (at <= limit) out.push({ clock, kind, value, at: dateOf(at, 'warnings') });
  };
  for (const percent of policy.warnPercents) add('percent', percent, Math.ceil((budget * percent) / 100));
  for (const lead of policy.warnBefore) add('before', lead, Math.max(0, budget - lead));
}

/** The severity, state and closing of a case at `now`, and its standing resolution notice. */
function summaryOf(policy: CompiledPolicy, calendar: Calendar, timeline: Timeline, now: number) {
  let severity = timeline.severity;
  let paused = false;
  let contacted = false;
  let notice: number | null = null;
  let closedAt: number | null = null;
  const { n, type, at, sev } = timeline;
  for (let k = 0; k < n && (at[k] as number) <= now; k++) {
    const time = at[k] as number;
    switch (type[k]) {
      case RESOLUTION_NOTICE:
        notice = time;
        contacted = true;
        break;
      case RESPONDED:
      case UPDATED:
        contacted = true;
        break;
      case CLOSED:
        closedAt = time;
        break;
      case REOPENED:
        notice = null;
        closedAt = null;
        break;
      case PAUSED:
        paused = true;
        break;
      case RESUMED:
        paused = false;
        break;
      case SEVERITY_CHANGED:
        severity = sev[k] as number;
    }
  }
  let autoCloseAt = notice !== null && policy.autoClose !== null ? dueOf(calendar, policy.autoClose, notice, new Spans()) : null;
  if (autoCloseAt !== null && closedAt !== null && closedAt <= autoCloseAt) autoCloseAt = null;
  if (autoCloseAt !== null && autoCloseAt <= now) closedAt = autoCloseAt;
  const state: CaseState = closedAt !== null ? 'closed' : notice !== null ? 'resolved' : paused ? 'paused' : contacted ? 'in-progress' : 'awaiting-response';
  return { severity, state, autoCloseAt, closedAt };
}

/** {@link evaluateCase} on a loaded timeline and epoch ms. */
export function statusOf(policy: CompiledPolicy, calendar: Calendar, timeline: Timeline, now: number, id: unknown): CaseStatus {
  cutAtAutoClose(policy, calendar, timeline);
  const responseScan = new ClockScan();
  scanTarget(timeline, policy.restart, now, false, responseScan, (s) => (policy.levels[s] as CompiledLevel).response);
  const responseTarget = (policy.levels[responseScan.severity] as CompiledLevel).response;
  const resolutionScan = new ClockScan();
  scanTarget(timeline, policy.restart, now, true, resolutionScan, (s) => (policy.levels[s] as CompiledLevel).resolution);
  const level = policy.levels[resolutionScan.severity] as CompiledLevel;

  const warnings: CaseWarning[] = [];
  warningsOf(policy, calendar, 'response', responseTarget, responseScan, now, warnings);
  let resolution: CaseTargetStatus | null = null;
  if (level.resolution !== null) {
    resolution = targetStatus(calendar, level.resolution, resolutionScan, now, false, timeline);
    warningsOf(policy, calendar, 'resolution', level.resolution, resolutionScan, now, warnings);
  }
  if (policy.cycles) {
    const cycles: CaseTargetStatus[] = [];
    forEachCycle(policy, timeline, now, new ClockScan(), (scan, target) => cycles.push(targetStatus(calendar, target, scan, now, false, timeline)));
    resolution = cycles.length === 0 ? null : Object.assign({}, cycles[cycles.length - 1] as CaseTargetStatus, { cycles });
  }
  warnings.sort((a, b) => a.at.getTime() - b.at.getTime());

  let escalationDueAt: Date | null = null;
  let escalatesAfter: Date | null = null;
  if (level.escalation !== null) {
    const due = dueOf(calendar, level.escalation, resolutionScan.start, resolutionScan.off);
    const after = resumeOf(calendar, level.escalation.kind, due, resolutionScan.off);
    // Resolved or closed before the clock ran past the threshold: no escalation is owed.
    if (!(resolutionScan.stop === SUSPENDED && resolutionScan.stopAt <= after)) {
      escalationDueAt = dateOf(due, 'escalationDueAt');
      escalatesAfter = dateOf(after, 'escalatesAfter');
    }
  }
  const updates = updateCadence(policy, calendar, timeline, now);
  const run = updates.run;
  const summary = summaryOf(policy, calendar, timeline, now);
  // Built without a leading spread: V8 adds each property after `{ ...x, … }` on a slow path
  // (about 20 µs for this object on Node 20), which dominated `slakit cases`.
  const body: CaseStatus = {
    severity: summary.severity,
    state: summary.state,
    openedAt: new Date(timeline.opened),
    response: targetStatus(calendar, responseTarget, responseScan, now, true, timeline),
    resolution,
    nextUpdateDueAt: dateOf(updates.next, 'nextUpdateDueAt'),
    nextUpdateMissedAfter: run === null ? null : dateOf(resumeOf(calendar, run.target.kind, run.next, run.off), 'nextUpdateMissedAfter'),
    missedUpdates: updates.missed,
    escalationDueAt,
    escalatesAfter,
    escalationBy: escalationDueAt === null ? null : level.escalationBy,
    autoCloseAt: dateOf(summary.autoCloseAt, 'autoCloseAt'),
    closedAt: dateOf(summary.closedAt, 'closedAt'),
    warnings,
  };
  const status: CaseStatus = id === undefined ? body : { id: id as string | number, ...body };
  if (policy.replies) {
    const replies: CaseReplyStatus[] = [];
    forEachReply(policy, timeline, now, new ClockScan(), (scan, target) => replies.push(replyStatus(calendar, target, scan, now, timeline)));
    status.replies = replies;
  }
  return status;
}

/**
 * Where a support case stands at `now`: when its response is due and whether it was met, the next
 * update owed and how many were missed, when it escalates, when it closes by itself, and the
 * warnings already passed. The answer is a pure function of the policy, the calendar, the case
 * and `now`: events after `now` are not yet known, and the order of the events in the input does
 * not matter (events that share a timestamp follow the policy's `eventOrder`).
 *
 * Clocks start at `openedAt` and do not run while the case is paused (waiting on the customer) or
 * closed; the response clock stops at the first contact (`responded`, `updated` or
 * `resolution-notice`). A severity change gives the clock the new level's target from the
 * opening (`severityChange: 'retroactive'`, the default) or starts a new clock at the change
 * (`'restart'`). A business-days target follows `addBusinessDays`. A target is breached only once
 * more clock time than the target has run: `dueAt` is the earliest instant it is used up, and a
 * stop at or before `breachedAfter` (where the clock runs again, e.g. the next opening after a
 * due time at a closing) is met. With `autoClose`, a `reopened` at or after `autoCloseAt` comes
 * too late to reopen the case (NOP §8.2, "during such period"). Pass the calendar of the
 * customer who opened the case: `withTimeZone(calendar, customerZone)` (a case's `timeZone`, when
 * given, must be that calendar's).
 *
 * @throws SlaError `INVALID_POLICY` for a bad policy, `INVALID_CASE` naming the field for a bad
 * case (`events[3]: 'resumed' comes without a 'paused' before it`, an event before `openedAt`, a
 * severity of 0 or 5, an unknown event type), `INVALID_ARGUMENT` for a `now` before `openedAt`, a
 * `now` more than 10,000 business-day update intervals after the last update (a documented
 * limit), or a value that is not a calendar, `NO_OPEN_TIME` when the calendar has no open time within 50 years.
 * @example
 * ```ts
 * import { evaluateCase } from 'slakit/cases';
 * import { businessHours8to5, uniphoreSupport } from 'slakit/presets';
 *
 * const calendar = businessHours8to5('America/New_York');
 * const status = evaluateCase(uniphoreSupport, calendar,
 *   { severity: 3, openedAt: '2026-11-20T16:30:00-05:00', events: [{ type: 'responded', at: '2026-11-24T10:00:00-05:00' }] },
 *   { now: '2026-11-24T12:00:00-05:00' });
 * status.response.dueAt.toISOString(); //=> '2026-11-25T18:30:00.000Z' (Wednesday 13:30: 0.5 + 9 + 9 + 5.5 business hours)
 * status.response.met; //=> true
 * status.nextUpdateDueAt?.toISOString(); //=> '2026-11-27T15:00:00.000Z' (3 business days later; Thanksgiving is not a holiday here)
 * ```
 */
export function evaluateCase(policy: SupportPolicy, calendar: Calendar, input: CaseInput, options: EvaluateCaseOptions): CaseStatus {
  const compiled = compilePolicy(policy);
  engineOf(calendar);
  const { now } = readNow(options, []);
  return caseEvaluator(compiled, now, options.now)(calendar, input);
}

/**
 * evaluateCase for many cases under one policy at one `now` (epoch ms): the policy compiled once,
 * one timeline reused. For callers that check the policy and `now` themselves (the command line).
 */
export function caseEvaluator(compiled: CompiledPolicy, now: number, shownNow: unknown = new Date(now).toISOString()): (calendar: Calendar, input: CaseInput) => CaseStatus {
  const timeline = new Timeline();
  return (calendar, input) => {
    engineOf(calendar);
    timeline.load(input, compiled);
    if (now < timeline.opened) fail('INVALID_ARGUMENT', 'options.now', shownNow, `is before the case's openedAt ${new Date(timeline.opened).toISOString()}`);
    return statusOf(compiled, calendarFor({ calendar, calendarFor: undefined, zones: new Map() }, input), timeline, now, (input as { id?: unknown }).id);
  };
}
