// A slow, obviously correct case clock for minute-aligned timelines: replay the events, then walk
// the timeline minute by minute, asking of each minute "does this clock run now?". It shares only
// tested primitives with slakit (isOpen, businessTimeBetween, parseDuration) and none of the cases
// module; business days come from the slow calendar model, not the engine.
import { businessTimeBetween, type Calendar, isOpen } from '../../src/calendar/index.js';
import { MS_PER_DAY } from '../../src/core/civil-date.js';
import { parseDuration } from '../../src/core/duration.js';
import { ReferenceCalendar } from '../calendar/reference-model.js';
import type { CaseEventType, CaseInput, SeverityLevelPolicy, SupportPolicy, SupportTarget } from '../../src/cases/index.js';

const MINUTE = 60_000;
const DEFAULT_ORDER: CaseEventType[] = ['resumed', 'severity-changed', 'responded', 'updated', 'resolution-notice', 'reopened', 'closed', 'paused'];
const CONTACTS: CaseEventType[] = ['responded', 'updated', 'resolution-notice'];

interface Event {
  type: CaseEventType;
  at: number;
  severity: number;
}

/** The state after each processed event. */
interface State {
  at: number;
  severity: number;
  paused: boolean;
  resolved: boolean;
  closed: boolean;
  contacted: boolean;
}

export interface ModelTarget {
  dueAt: number;
  /** The latest instant with the target's clock time used: breached only after it. */
  breachedAfter: number;
  outcome: 'met' | 'breached' | 'pending' | 'cancelled';
  elapsed: number;
  target: number;
  severity: number;
}

export interface ModelStatus {
  severity: number;
  state: string;
  response: ModelTarget;
  resolution: ModelTarget | null;
  nextUpdateDueAt: number | null;
  nextUpdateMissedAfter: number | null;
  missedUpdates: number;
  escalationDueAt: number | null;
  escalatesAfter: number | null;
  autoCloseAt: number | null;
  closedAt: number | null;
  warnings: string[];
}

/** The model of `evaluateCase` for a case whose instants are epoch ms on whole minutes. */
export function modelEvaluate(policy: SupportPolicy, calendar: Calendar, input: CaseInput, now: number): ModelStatus {
  const order = policy.eventOrder ?? DEFAULT_ORDER;
  const restart = policy.severityChange === 'restart';
  const opened = input.openedAt as number;
  let events: Event[] = (input.events ?? [])
    .map((e, i) => ({ e, i }))
    .filter(({ e }) => (e.at as number) <= now)
    .sort((a, b) => (a.e.at as number) - (b.e.at as number) || order.indexOf(a.e.type) - order.indexOf(b.e.type) || a.i - b.i)
    .map(({ e }) => ({ type: e.type, at: e.at as number, severity: e.type === 'severity-changed' ? e.severity : 0 }));

  /** The state in force during the minute starting at t (after every event at or before t). */
  const stateAt = (t: number): State => {
    let k = 0;
    while (k < events.length && (events[k] as Event).at <= t) k++;
    return states[k] as State;
  };
  /** When the last change of severity among events[0..upTo-1] happened (restart), else the opening. */
  const clockStart = (upTo: number): number => {
    let start = opened;
    if (!restart) return start;
    for (let k = 0; k < upTo; k++) {
      const before = states[k] as State;
      const after = states[k + 1] as State;
      if (after.severity !== before.severity) start = after.at;
    }
    return start;
  };
  const isBusiness = (target: SupportTarget): boolean => 'businessDays' in target || target.clock === 'business';
  // The slow calendar over the days the model can ask about (every clock starts by `now`).
  let slow: ReferenceCalendar | undefined;
  const businessDaysFrom = (from: number, n: number): number => {
    slow ??= new ReferenceCalendar(calendar.toJSON(), Math.floor(opened / MS_PER_DAY) - 10, Math.floor(now / MS_PER_DAY) + 60);
    const at = slow.addBusinessDays(from, n);
    if (at === undefined) throw new Error('the model has too few days for the business days');
    return at;
  };
  const budget = (target: SupportTarget, from: number): number =>
    'businessDays' in target ? businessTimeBetween(calendar, from, businessDaysFrom(from, target.businessDays)) : parseDuration(target.after);
  /** Walks minutes from `from` until `amount` of running time is used; the earliest such instant, or the latest (where time runs again). */
  const walk = (from: number, amount: number, latest: boolean, runs: (t: number) => boolean): number => {
    let used = 0;
    for (let t = from; t < from + 400 * 1440 * MINUTE; t += MINUTE) {
      if (used === amount && (!latest || runs(t))) return t;
      if (!runs(t)) continue;
      // Inside a running minute, time runs continuously.
      if (used + MINUTE > amount) return t + (amount - used);
      used += MINUTE;
    }
    throw new Error('the model walked 400 days');
  };
  const count = (from: number, to: number, runs: (t: number) => boolean): number => {
    let used = 0;
    for (let t = from; t < to; t += MINUTE) if (runs(t)) used += MINUTE;
    return used;
  };
  const due = (target: SupportTarget, from: number, runs: (t: number) => boolean): number => walk(from, budget(target, from), 'businessDays' in target, runs);

  // NOP §8.2: the case stays open only if the customer objects during the period; from the
  // auto-close on, nothing changes it (a late `reopened` does not reopen it).
  if (policy.autoClose !== undefined) {
    const rule = policy.autoClose;
    let notice: number | null = null;
    for (let k = 0; k < events.length; k++) {
      const e = events[k] as Event;
      if (notice !== null) {
        const closesAt = walk(notice, budget(rule, notice), 'businessDays' in rule, (t) => !isBusiness(rule) || isOpen(calendar, t));
        if (e.at >= closesAt) {
          events = events.slice(0, k);
          break;
        }
      }
      if (e.type === 'resolution-notice') notice = e.at;
      if (e.type === 'reopened' || e.type === 'closed') notice = null;
    }
  }

  // Replay: states[k] is the state after events[0..k-1].
  const states: State[] = [{ at: opened, severity: input.severity, paused: false, resolved: false, closed: false, contacted: false }];
  for (const e of events) {
    const s = { ...(states[states.length - 1] as State), at: e.at };
    if (e.type === 'paused') s.paused = true;
    if (e.type === 'resumed') s.paused = false;
    if (CONTACTS.includes(e.type)) s.contacted = true;
    if (e.type === 'resolution-notice') s.resolved = true;
    if (e.type === 'closed') s.closed = true;
    if (e.type === 'reopened') s.resolved = s.closed = false;
    if (e.type === 'severity-changed') s.severity = e.severity;
    states.push(s);
  }
  const level = (severity: number) => policy.levels[severity] as SeverityLevelPolicy;
  const warnings: string[] = [];
  const warn = (name: string, target: SupportTarget, start: number, runs: (t: number) => boolean, limit: number): void => {
    const whole = budget(target, start);
    for (const p of policy.warnAt?.percent ?? []) {
      const at = walk(start, Math.ceil((whole * p) / 100), false, runs);
      if (at <= limit) warnings.push(`${name} ${p}% ${new Date(at).toISOString()}`);
    }
    for (const lead of policy.warnAt?.before ?? []) {
      const at = walk(start, Math.max(0, whole - parseDuration(lead)), false, runs);
      if (at <= limit) warnings.push(`${name} -${parseDuration(lead)} ${new Date(at).toISOString()}`);
    }
  };
  const final = states[states.length - 1] as State;

  // Response: the first contact stops it; it does not run while paused or closed.
  const contact = events.findIndex((e) => CONTACTS.includes(e.type));
  const upTo = contact < 0 ? events.length : contact;
  const before = states[upTo] as State;
  let responseStop = now;
  let kind: 'contact' | 'closed' | 'running' = 'running';
  if (contact >= 0) {
    kind = 'contact';
    responseStop = (events[contact] as Event).at;
  } else if (final.closed) {
    kind = 'closed';
    let k = states.length - 1;
    while (k > 0 && (states[k - 1] as State).closed) k--;
    responseStop = (states[k] as State).at;
  }
  const responseTarget = level(before.severity).response;
  const responseStart = clockStart(upTo);
  const responseRuns = (t: number): boolean => {
    if (t < responseStart) return false;
    if (isBusiness(responseTarget) && !isOpen(calendar, t)) return false;
    if (t >= responseStop) return true;
    const s = stateAt(t);
    return !s.paused && !s.closed;
  };
  const responseDue = due(responseTarget, responseStart, responseRuns);
  // "Within N hours": breached once more clock time than the target ran before the stop (or now).
  const responseBudget = budget(responseTarget, responseStart);
  const responseUsed = count(responseStart, responseStop, responseRuns);
  const responseOutcome =
    kind === 'contact' ? (responseUsed <= responseBudget ? 'met' : 'breached')
    : kind === 'closed' ? (responseUsed > responseBudget ? 'breached' : 'cancelled')
    : responseUsed > responseBudget ? 'breached' : 'pending';
  warn('response', responseTarget, responseStart, responseRuns, kind === 'running' ? now : responseStop - 1);

  // Resolution and escalation: they do not run while paused, resolved or closed.
  const suspended = final.resolved || final.closed;
  let resolutionStop = now;
  if (suspended) {
    let k = states.length - 1;
    while (k > 0 && ((states[k - 1] as State).resolved || (states[k - 1] as State).closed)) k--;
    resolutionStop = (states[k] as State).at;
  }
  const resolutionStart = clockStart(events.length);
  const resolutionLevel = level(final.severity);
  const resolutionRuns = (target: SupportTarget) => (t: number): boolean => {
    if (t < resolutionStart) return false;
    if (isBusiness(target) && !isOpen(calendar, t)) return false;
    if (t >= resolutionStop) return true;
    const s = stateAt(t);
    return !s.paused && !s.resolved && !s.closed;
  };
  let resolution: ModelTarget | null = null;
  if (resolutionLevel.resolution !== undefined) {
    const target = resolutionLevel.resolution;
    const dueAt = due(target, resolutionStart, resolutionRuns(target));
    const whole = budget(target, resolutionStart);
    const used = count(resolutionStart, resolutionStop, resolutionRuns(target));
    resolution = {
      dueAt,
      breachedAfter: walk(resolutionStart, whole, true, resolutionRuns(target)),
      outcome: suspended ? (used <= whole ? 'met' : 'breached') : used > whole ? 'breached' : 'pending',
      elapsed: used,
      target: whole,
      severity: final.severity,
    };
    warn('resolution', target, resolutionStart, resolutionRuns(target), suspended ? resolutionStop - 1 : now);
  }
  let escalationDueAt: number | null = null;
  let escalatesAfter: number | null = null;
  if (resolutionLevel.escalation !== undefined) {
    const runs = resolutionRuns(resolutionLevel.escalation);
    const whole = budget(resolutionLevel.escalation, resolutionStart);
    if (!(suspended && count(resolutionStart, resolutionStop, runs) <= whole)) {
      escalationDueAt = due(resolutionLevel.escalation, resolutionStart, runs);
      escalatesAfter = walk(resolutionStart, whole, true, runs);
    }
  }

  // Updates: runs of the case between contacts (and reopenings, and severity changes under restart).
  let missed = 0;
  let next: number | null = null;
  let nextMissedAfter: number | null = null;
  let anchor: number | null = null;
  const gapEnd = (end: number, endIndex: number, last: boolean): void => {
    const target = level((states[endIndex] as State).severity).updates;
    if (target === undefined || anchor === null) return;
    const from = anchor;
    const runs = (t: number): boolean => {
      if (isBusiness(target) && !isOpen(calendar, t)) return false;
      return t >= end || !stateAt(t).paused;
    };
    // An update is missed once more clock time than its period ran before `end`.
    const keep = (start: number, whole: number): void => {
      if (!last) return;
      next = walk(start, whole, 'businessDays' in target, runs);
      nextMissedAfter = walk(start, whole, true, runs);
    };
    if ('businessDays' in target) {
      // Each period starts where the previous one fell due.
      for (let start = from; ; ) {
        const whole = budget(target, start);
        if (count(start, end, runs) <= whole) return keep(start, whole);
        missed++;
        start = due(target, start, runs);
      }
    }
    // The k-th update falls due when k cadences of clock time have run.
    const step = parseDuration(target.after);
    const used = count(from, end, runs);
    for (let k = 1; ; k++) {
      if (used <= k * step) return keep(from, k * step);
      missed++;
    }
  };
  const active = (s: State): boolean => s.contacted && !s.resolved && !s.closed;
  events.forEach((e, k) => {
    const was = states[k] as State;
    const is = states[k + 1] as State;
    const restartHere = restart && e.type === 'severity-changed' && is.severity !== was.severity && active(was);
    if (active(was) && (CONTACTS.includes(e.type) || e.type === 'closed' || restartHere)) gapEnd(e.at, k, false);
    if (active(is) && (CONTACTS.includes(e.type) || e.type === 'reopened' || restartHere)) {
      anchor = e.at;
    }
  });
  if (active(final)) gapEnd(now, states.length - 1, true);

  // Auto-close and state.
  const lastNotice = final.resolved ? [...events].reverse().find((e) => e.type === 'resolution-notice')?.at ?? null : null;
  let closedAt: number | null = null;
  if (final.closed) {
    let k = states.length - 1;
    while (k > 0 && (states[k - 1] as State).closed) k--;
    closedAt = (states[k] as State).at;
  }
  let autoCloseAt = lastNotice !== null && policy.autoClose !== undefined ? walk(lastNotice, budget(policy.autoClose, lastNotice), 'businessDays' in policy.autoClose, (t) => !isBusiness(policy.autoClose as SupportTarget) || isOpen(calendar, t)) : null;
  if (autoCloseAt !== null && closedAt !== null && closedAt <= autoCloseAt) autoCloseAt = null;
  if (autoCloseAt !== null && autoCloseAt <= now) closedAt = autoCloseAt;
  const state = closedAt !== null ? 'closed' : final.resolved ? 'resolved' : final.paused ? 'paused' : final.contacted ? 'in-progress' : 'awaiting-response';

  return {
    severity: final.severity,
    state,
    response: {
      dueAt: responseDue,
      breachedAfter: walk(responseStart, responseBudget, true, responseRuns),
      outcome: responseOutcome,
      elapsed: responseUsed,
      target: responseBudget,
      severity: before.severity,
    },
    resolution,
    nextUpdateDueAt: next,
    nextUpdateMissedAfter: nextMissedAfter,
    missedUpdates: missed,
    escalationDueAt,
    escalatesAfter,
    autoCloseAt,
    closedAt,
    warnings: warnings.sort(),
  };
}
