import type { Calendar } from '../calendar/types.js';
import { dueOf, Spans } from './case-clock.js';
import type { Timeline } from './case-timeline.js';
import { CLOSED, type CompiledPolicy, REOPENED, RESOLUTION_NOTICE } from './validate-support-policy.js';

/**
 * Ends a timeline where the policy's auto-close closed the case. A case stays open only if the
 * customer objects "during such period" (NiCE On-Premise Support Policy §8.2): a `reopened` at or
 * after the auto-close comes too late and does not reopen it, so the case is closed from then and
 * the events from the auto-close on are left out of its clocks.
 */
export function cutAtAutoClose(policy: CompiledPolicy, calendar: Calendar, timeline: Timeline): void {
  const rule = policy.autoClose;
  if (rule === null) return;
  const { n, type, at } = timeline;
  let closesAt = Infinity;
  for (let k = 0; k < n; k++) {
    const time = at[k] as number;
    if (time >= closesAt) {
      timeline.n = k;
      return;
    }
    const code = type[k] as number;
    if (code === RESOLUTION_NOTICE) closesAt = dueOf(calendar, rule, time, new Spans());
    else if (code === REOPENED || code === CLOSED) closesAt = Infinity;
  }
}
