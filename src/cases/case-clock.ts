import { addBusinessDaysAt } from '../calendar/add-business-days.js';
import { addOpenTime } from '../calendar/add-business-time.js';
import { openTimeBetween } from '../calendar/business-time-between.js';
import { nextOpenAt } from '../calendar/next-open.js';
import type { Calendar } from '../calendar/types.js';
import type { Timeline } from './case-timeline.js';
import { deadlineAt } from './deadline.js';
import {
  CLOCK_24X7,
  CLOSED,
  type CompiledTarget,
  CUSTOMER_MESSAGE,
  PAUSED,
  REOPENED,
  RESOLUTION_NOTICE,
  RESPONDED,
  RESUMED,
  UPDATED,
} from './validate-support-policy.js';

// A case clock measures time from a start on a base clock (all elapsed time, or the calendar's
// open time), leaving out spans when it does not run (paused, closed, resolved). Everything here
// is epoch ms; no Date is made.

/** Sorted, disjoint spans `[starts[i], ends[i])` in which a clock does not run; reused, never shrunk. */
export class Spans {
  starts: number[] = [];
  ends: number[] = [];
  length = 0;

  push(start: number, end: number): void {
    if (end <= start) return;
    this.starts[this.length] = start;
    this.ends[this.length] = end;
    this.length++;
  }
}

function base(calendar: Calendar, kind: number, from: number, to: number): number {
  return kind === CLOCK_24X7 ? to - from : openTimeBetween(calendar, from, to);
}

/** Clock time in `[from, to)`, leaving out the spans. */
export function measure(calendar: Calendar, kind: number, from: number, to: number, off: Spans): number {
  if (to <= from) return 0;
  let total = base(calendar, kind, from, to);
  for (let i = 0; i < off.length; i++) {
    const start = Math.max(off.starts[i] as number, from);
    total -= base(calendar, kind, start, Math.max(start, Math.min(off.ends[i] as number, to)));
  }
  return total;
}

function reach(calendar: Calendar, kind: number, from: number, amount: number, latest: boolean): number {
  if (kind === CLOCK_24X7) return from + amount;
  const at = addOpenTime(calendar, from, amount);
  // The latest instant with that much open time is where open time starts to accrue again.
  return latest ? nextOpenAt(calendar, at) : at;
}

/**
 * The EARLIEST instant `u >= from` whose clock time since `from` is `amount` (the LATEST with
 * `latest`, i.e. where the clock starts to run again), leaving out the spans.
 */
export function advance(calendar: Calendar, kind: number, from: number, amount: number, latest: boolean, off: Spans): number {
  if (amount === 0 && !latest) return from;
  let cursor = from;
  let remaining = amount;
  for (let i = 0; i < off.length; i++) {
    const start = off.starts[i] as number;
    const end = off.ends[i] as number;
    if (end <= cursor) continue;
    if (start > cursor) {
      const available = base(calendar, kind, cursor, start);
      if (remaining < available || (remaining === available && !latest)) return reach(calendar, kind, cursor, remaining, latest);
      remaining -= available;
    }
    cursor = end;
  }
  return reach(calendar, kind, cursor, remaining, latest);
}


/** The length of a target started at `from`, in ms of its clock. */
export function budgetOf(calendar: Calendar, target: CompiledTarget, from: number): number {
  if (target.deadline !== undefined) return deadlineAt(calendar, from, target.days, target.deadline.seconds) - from;
  return target.days === 0 ? target.ms : openTimeBetween(calendar, from, addBusinessDaysAt(calendar, from, target.days));
}

/**
 * When a target started at `from` is due, leaving out the spans. A business-days target without
 * spans is `addBusinessDays`; with spans, its business time is pushed back past them and the due
 * instant is the latest with that much business time (as `addBusinessDays` lands on an opening).
 * A deadline target runs on the wall clock: its deadline, pushed back by the spans' length.
 */
export function dueOf(calendar: Calendar, target: CompiledTarget, from: number, off: Spans): number {
  // A deadline runs on the wall clock: a span it honours pushes it back by the span's length.
  if (target.deadline !== undefined) return advance(calendar, CLOCK_24X7, from, deadlineAt(calendar, from, target.days, target.deadline.seconds) - from, false, off);
  if (target.days === 0) return advance(calendar, target.kind, from, target.ms, false, off);
  const plain = addBusinessDaysAt(calendar, from, target.days);
  if (off.length === 0 || (off.ends[off.length - 1] as number) <= from) return plain;
  return advance(calendar, target.kind, from, openTimeBetween(calendar, from, plain), true, off);
}

/**
 * The first instant at or after `at` at which the clock runs: open (on a business clock) and
 * outside the spans. A target due at `at` is exceeded only after this instant: until the clock
 * runs again no clock time passes beyond the target ("within N business hours" is kept by a reply
 * in the closed time after the due time).
 */
export function resumeOf(calendar: Calendar, kind: number, at: number, off: Spans): number {
  let t = kind === CLOCK_24X7 ? at : nextOpenAt(calendar, at);
  for (let i = 0; i < off.length; i++) {
    if ((off.ends[i] as number) <= t) continue;
    if ((off.starts[i] as number) > t) break;
    const end = off.ends[i] as number;
    t = kind === CLOCK_24X7 ? end : nextOpenAt(calendar, end);
  }
  return t;
}

/** Whether a clock that lists `pausedBy` (null: every pause) runs on through a pause with this reason; a pause without a reason stops every clock. */
export function ignoresPause(pausedBy: readonly string[] | null, reason: string | undefined): boolean {
  return pausedBy !== null && reason !== undefined && !pausedBy.includes(reason);
}

/** How a scanned clock stands at `now`. */
export const RUNNING = 0;
/** Stopped for good by the first contact (response clock). */
export const STOPPED = 1;
/** Closed (response) or resolved or closed (resolution) at `now`. */
export const SUSPENDED = 2;

/** The result of {@link scanClock}; one instance is reused. */
export class ClockScan {
  severity = 1;
  start = 0;
  stop = RUNNING;
  /** The contact, the start of the standing suspension, or `now`. */
  stopAt = 0;
  /** Paused at `now` and not stopped. */
  paused = false;
  readonly off = new Spans();
}

/**
 * Walks a timeline up to `now` for one clock. The response clock (`resolution` false) stops at the
 * first contact and does not run while paused or closed. The resolution clock does not run while
 * paused, resolved or closed, and stops where a resolution or closing stands at `now`. Under
 * `restart`, a change of severity starts the clock again. A pause open at `now` is left out up to
 * `now`, so the due time is the one that holds if the clock ran again from `now`. With `pausedBy`,
 * a pause whose reason it does not list is not a pause of this clock.
 */
export function scanClock(timeline: Timeline, restart: boolean, now: number, resolution: boolean, out: ClockScan, pausedBy: readonly string[] | null = null): void {
  const off = out.off;
  off.length = 0;
  let severity = timeline.severity;
  let start = timeline.opened;
  let paused = false;
  let suspended = false;
  let offSince = 0;
  let suspendedSince = 0;
  let ignored = false;
  out.stop = RUNNING;
  out.stopAt = now;
  out.paused = false;
  const { n, type, at, sev, note } = timeline;
  for (let k = 0; k < n; k++) {
    const time = at[k] as number;
    if (time > now) break;
    const running = !paused && !suspended;
    const code = type[k] as number;
    if (code >= CUSTOMER_MESSAGE) continue;
    if (code === RESPONDED || code === UPDATED || (code === RESOLUTION_NOTICE && !resolution)) {
      if (resolution) continue;
      if (!running) off.push(offSince, time); // paused until this contact
      out.stop = STOPPED;
      out.stopAt = time;
      break;
    }
    if (code === RESOLUTION_NOTICE || code === CLOSED) {
      if (!suspended) {
        suspended = true;
        suspendedSince = time;
        if (running) offSince = time;
      }
    } else if (code === REOPENED) {
      // A reopening always ends a suspension: the timeline's check wants a resolution or closing before it.
      suspended = false;
      if (!paused) off.push(offSince, time);
    } else if (code === PAUSED) {
      if (ignoresPause(pausedBy, note[k])) {
        ignored = true;
        continue;
      }
      paused = true;
      if (running) offSince = time;
    } else if (code === RESUMED) {
      if (ignored) {
        ignored = false;
        continue;
      }
      paused = false;
      if (!suspended) off.push(offSince, time);
    } else {
      const level = sev[k] as number;
      if (level !== severity) {
        severity = level;
        if (restart) {
          start = time;
          off.length = 0;
          if (!running) offSince = time;
        }
      }
    }
  }
  out.severity = severity;
  out.start = start;
  if (out.stop === STOPPED) return;
  if (suspended) {
    // Off since before the suspension (a pause, perhaps ended while suspended): left out up to it.
    off.push(offSince, suspendedSince);
    out.stop = SUSPENDED;
    out.stopAt = suspendedSince;
  } else if (paused) {
    off.push(offSince, now);
    out.paused = true;
  }
}

/**
 * {@link scanClock} for the target that applies at the end of the scan (`targetOf` the level then):
 * when that target lists `pausedBy` and the case has a pause with a reason, the clock is scanned
 * again honouring only the pauses that stop it. The level does not depend on the pauses.
 */
export function scanTarget(timeline: Timeline, restart: boolean, now: number, resolution: boolean, out: ClockScan, targetOf: (severity: number) => CompiledTarget | null): void {
  scanClock(timeline, restart, now, resolution, out);
  if (!timeline.reasoned) return;
  const pausedBy = targetOf(out.severity)?.pausedBy;
  if (pausedBy != null) scanClock(timeline, restart, now, resolution, out, pausedBy);
}
