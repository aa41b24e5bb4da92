import type { ClockScan } from './case-clock.js';
import { ignoresPause, RUNNING, STOPPED, SUSPENDED } from './case-clock.js';
import type { Timeline } from './case-timeline.js';
import { CLOSED, type CompiledLevel, type CompiledPolicy, type CompiledTarget, CUSTOMER_MESSAGE, PAUSED, REOPENED, RESPONDED, RESUMED, SEVERITY_CHANGED } from './validate-support-policy.js';

// A reply clock (Zendesk's "next reply time"): a customer message starts one unless one is already
// running; the next `responded` stops it. It does not run while a pause that stops it stands or
// while the case is closed (a reopening resumes it); a closing that stands at `now` suspends it.

/**
 * Scans the reply clock started by the customer message at position `from` of the timeline, up to
 * `now`, honouring the pauses `pausedBy` lists (every pause when `null`; a pause without a reason
 * always). The level is the one in force when the clock stops (or at `now`). Returns the position
 * after the stop: the next message there or later may start the next reply clock.
 */
export function scanReply(timeline: Timeline, now: number, from: number, out: ClockScan, pausedBy: readonly string[] | null): number {
  const off = out.off;
  off.length = 0;
  const { n, type, at, sev, note } = timeline;
  const start = at[from] as number;
  let severity = timeline.severity;
  let paused = false;
  let ignored = false;
  let closed = false;
  let offSince = start;
  let closedSince = 0;
  out.stop = RUNNING;
  out.stopAt = now;
  out.paused = false;
  let k = 0;
  for (; k < n; k++) {
    const time = at[k] as number;
    if (time > now) break;
    const code = type[k] as number;
    const running = !paused && !closed;
    if (code === RESPONDED && k > from) {
      if (!running) off.push(Math.max(offSince, start), time);
      out.stop = STOPPED;
      out.stopAt = time;
      k++;
      break;
    }
    if (code === CLOSED) {
      closed = true;
      closedSince = time;
      if (running) offSince = time;
    } else if (code === REOPENED) {
      if (!closed) continue; // a reopening after a resolution notice: the reply clock ran on
      closed = false;
      if (!paused) off.push(Math.max(offSince, start), time);
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
      if (!closed) off.push(Math.max(offSince, start), time);
    } else if (code === SEVERITY_CHANGED) {
      severity = sev[k] as number;
    }
  }
  out.severity = severity;
  out.start = start;
  if (out.stop === STOPPED) return k;
  if (closed) {
    // A pause that stood when the case closed is left out up to the closing.
    off.push(Math.max(offSince, start), closedSince);
    out.stop = SUSPENDED;
    out.stopAt = closedSince;
  } else if (paused) {
    off.push(Math.max(offSince, start), now);
    out.paused = true;
  }
  return n;
}

/**
 * Calls `each` with every reply clock of a case up to `now` whose level has a reply target: the
 * scan (reused between calls) and the target. A message while a reply clock runs starts none.
 */
export function forEachReply(policy: CompiledPolicy, timeline: Timeline, now: number, scan: ClockScan, each: (scan: ClockScan, target: CompiledTarget) => void): void {
  if (!timeline.messages) return;
  const { n, type, at } = timeline;
  for (let k = 0; k < n && (at[k] as number) <= now; ) {
    if (type[k] !== CUSTOMER_MESSAGE) {
      k++;
      continue;
    }
    const next = scanReply(timeline, now, k, scan, null);
    const target = (policy.levels[scan.severity] as CompiledLevel).reply;
    if (target !== null) {
      if (timeline.reasoned && target.pausedBy != null) scanReply(timeline, now, k, scan, target.pausedBy);
      each(scan, target);
    }
    k = next;
  }
}
