import { BusinessDayRun, businessDayRun } from '../calendar/business-day-run.js';
import type { Calendar } from '../calendar/types.js';
import { SlaError } from '../core/errors.js';
import { advance, dueOf, measure, Spans } from './case-clock.js';
import type { Timeline } from './case-timeline.js';
import {
  CLOSED,
  type CompiledLevel,
  type CompiledPolicy,
  type CompiledTarget,
  CUSTOMER_MESSAGE,
  PAUSED,
  REOPENED,
  RESOLUTION_NOTICE,
  RESPONDED,
  RESUMED,
  UPDATED,
} from './validate-support-policy.js';

/** The most update intervals counted between two updates: a documented limit (docs/errors.md). */
export const MAX_UPDATE_STEPS = 10_000;

/**
 * Update due times missed by `end` (the clock ran past them before `end`), and the first one not
 * missed then. That one may lie before `end`, in closed time or a pause: an update due at a
 * closing is missed only once the clock runs again.
 */
export function dueTimesIn(calendar: Calendar, target: CompiledTarget, anchor: number, end: number, off: Spans): { missed: number; next: number } {
  if (target.days === 0) {
    // The k-th update is due when the clock reaches k × cadence, and missed once the clock time at
    // `end` exceeds k × cadence: every k with k × cadence below it.
    const used = measure(calendar, target.kind, anchor, end, off);
    const missed = Math.max(0, Math.ceil(used / target.ms) - 1);
    return { missed, next: advance(calendar, target.kind, anchor, (missed + 1) * target.ms, false, off) };
  }
  // Business days vary in length. Between two spans (and after the last) a due time is the plain
  // business-day step, counted in runs by businessDayRun; a step that would reach a span is dueOf's.
  // A business-days due time is an instant at which the clock runs (addBusinessDays lands on open
  // time; dueOf past a span lands where the clock runs again), so one before `end` is missed.
  let missed = 0;
  let next = dueOf(calendar, target, anchor, off);
  let span = 0;
  const run = new BusinessDayRun();
  while (next < end) {
    if (++missed > MAX_UPDATE_STEPS) tooManySteps(end);
    // Due times lie outside the spans: the next span starts after `next`.
    while (span < off.length && (off.ends[span] as number) <= next) span++;
    const gapEnd = span < off.length ? (off.starts[span] as number) : end;
    businessDayRun(calendar, next, target.days, Math.min(gapEnd, end), MAX_UPDATE_STEPS - missed, run);
    missed += run.count;
    if (missed > MAX_UPDATE_STEPS) tooManySteps(end);
    next = span < off.length ? dueOf(calendar, target, run.last, off) : run.after;
  }
  return { missed, next };
}

function tooManySteps(end: number): never {
  throw new SlaError('INVALID_ARGUMENT', `options.now: ${new Date(end).toISOString()} lies more than ${MAX_UPDATE_STEPS.toLocaleString('en-US')} update intervals after the last update; evaluate at an earlier now`, { path: 'options.now', value: end });
}

/** The period run that holds the next update: its target, anchor, updates missed in it, the next due time, and the spans left out. */
export interface CadenceRun {
  readonly target: CompiledTarget;
  readonly anchor: number;
  readonly missed: number;
  readonly next: number;
  readonly off: Spans;
}

/**
 * The update cadence: after the first contact and until a resolution notice or closing, an update
 * is owed every cadence period of clock time (pauses left out) since the last contact or
 * reopening (under `restart`, also since a severity change). The level is the one in force at the
 * end of each period run.
 */
export function updateCadence(policy: CompiledPolicy, calendar: Calendar, timeline: Timeline, now: number): { missed: number; next: number | null; run: CadenceRun | null } {
  // Plain loops and locals only: this runs once per case in complianceReport.
  const off = new Spans();
  let severity = timeline.severity;
  let contacted = false;
  let resolved = false;
  let closed = false;
  let paused = false;
  let anchor = 0;
  let offSince = 0;
  let missed = 0;
  const { n, type, at, sev } = timeline;
  for (let k = 0; k < n; k++) {
    const time = at[k] as number;
    if (time > now) break;
    const code = type[k] as number;
    if (code >= CUSTOMER_MESSAGE) continue;
    const wasActive = contacted && !resolved && !closed;
    if (code === RESPONDED || code === UPDATED || code === RESOLUTION_NOTICE || code === CLOSED) {
      if (wasActive) missed += periodMissed(policy, calendar, severity, anchor, time, paused, offSince, off);
      if (code === CLOSED) closed = true;
      else contacted = true;
      if (code === RESOLUTION_NOTICE) resolved = true;
    } else if (code === REOPENED) {
      resolved = false;
      closed = false;
    } else if (code === PAUSED) {
      paused = true;
      offSince = time;
      continue;
    } else if (code === RESUMED) {
      paused = false;
      if (wasActive) off.push(offSince, time);
      continue;
    } else {
      const level = sev[k] as number;
      const restart = level !== severity && policy.restart && wasActive;
      if (restart) missed += periodMissed(policy, calendar, severity, anchor, time, paused, offSince, off);
      severity = level;
      if (!restart) continue;
    }
    // A contact, reopening or restart starts a new period run when the cadence is active.
    if (contacted && !resolved && !closed) {
      anchor = time;
      off.length = 0;
      offSince = time;
    }
  }
  if (!(contacted && !resolved && !closed)) return { missed, next: null, run: null };
  if (paused) off.push(offSince, now);
  const target = (policy.levels[severity] as CompiledLevel).updates;
  if (target === null) return { missed, next: null, run: null };
  const due = dueTimesIn(calendar, target, anchor, now, off);
  return { missed: missed + due.missed, next: due.next, run: { target, anchor, missed: due.missed, next: due.next, off } };
}

/** Updates missed in a period run that ends at `at` (a pause standing then is left out up to it). */
function periodMissed(policy: CompiledPolicy, calendar: Calendar, severity: number, anchor: number, at: number, paused: boolean, offSince: number, off: Spans): number {
  if (paused) off.push(offSince, at);
  const target = (policy.levels[severity] as CompiledLevel).updates;
  return target === null ? 0 : dueTimesIn(calendar, target, anchor, at, off).missed;
}
