import type { ClockScan } from './case-clock.js';
import { ignoresPause, RUNNING, SUSPENDED } from './case-clock.js';
import type { Timeline } from './case-timeline.js';
import { CLOSED, type CompiledLevel, type CompiledPolicy, type CompiledTarget, PAUSED, REOPENED, RESOLUTION_NOTICE, RESUMED, SEVERITY_CHANGED } from './validate-support-policy.js';

// Reopen cycles (`reopen: 'new-cycle'`, Jira Service Management's cycles): the resolution clock
// runs from the opening to the first resolution notice or closing, and each `reopened` starts a
// new cycle with its own due time, which ends at the next resolution notice or closing.

/**
 * Scans the resolution cycle that starts at the opening (`from` -1) or at the `reopened` at
 * position `from`, up to `now`, honouring the pauses `pausedBy` lists (every pause when `null`).
 * The level is the one in force when the cycle stops (or at `now`).
 */
export function scanCycle(timeline: Timeline, now: number, from: number, out: ClockScan, pausedBy: readonly string[] | null): void {
  const off = out.off;
  off.length = 0;
  const { n, type, at, sev, note } = timeline;
  const start = from < 0 ? timeline.opened : (at[from] as number);
  let severity = timeline.severity;
  let paused = false;
  let ignored = false;
  let offSince = start;
  out.stop = RUNNING;
  out.stopAt = now;
  out.paused = false;
  for (let k = 0; k < n; k++) {
    const time = at[k] as number;
    if (time > now) break;
    const code = type[k] as number;
    if (k > from && (code === RESOLUTION_NOTICE || code === CLOSED)) {
      if (paused) off.push(Math.max(offSince, start), time);
      out.stop = SUSPENDED;
      out.stopAt = time;
      break;
    }
    if (code === PAUSED) {
      if (ignoresPause(pausedBy, note[k])) {
        ignored = true;
        continue;
      }
      paused = true;
      offSince = time;
    } else if (code === RESUMED) {
      if (ignored) {
        ignored = false;
        continue;
      }
      paused = false;
      off.push(Math.max(offSince, start), time);
    } else if (code === SEVERITY_CHANGED) {
      severity = sev[k] as number;
    }
  }
  out.severity = severity;
  out.start = start;
  if (out.stop === RUNNING && paused) {
    off.push(Math.max(offSince, start), now);
    out.paused = true;
  }
}

/**
 * Calls `each` with every resolution cycle of a case up to `now` whose level has a resolution
 * target: the scan (reused between calls) and the target.
 */
export function forEachCycle(policy: CompiledPolicy, timeline: Timeline, now: number, scan: ClockScan, each: (scan: ClockScan, target: CompiledTarget) => void): void {
  const { n, type, at } = timeline;
  for (let k = -1; k < n && (k < 0 || (at[k] as number) <= now); k++) {
    if (k >= 0 && type[k] !== REOPENED) continue;
    scanCycle(timeline, now, k, scan, null);
    const target = (policy.levels[scan.severity] as CompiledLevel).resolution;
    if (target === null) continue;
    if (timeline.reasoned && target.pausedBy != null) scanCycle(timeline, now, k, scan, target.pausedBy);
    each(scan, target);
  }
}
