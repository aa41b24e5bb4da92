// The update cadence in business days as it was first written: one dueOf step per due time. Slow
// (one calendar query per missed interval) and plainly right: the reference for dueTimesIn.
import type { Calendar } from '../../src/calendar/types.js';
import { dueOf, measure, type Spans } from '../../src/cases/case-clock.js';
import { MAX_UPDATE_STEPS } from '../../src/cases/update-cadence.js';
import type { CompiledTarget } from '../../src/cases/validate-support-policy.js';
import { SlaError } from '../../src/core/errors.js';

/** Due times of a business-days cadence that the clock ran past before `end` (missed), and the first one not missed, stepped one by one. */
export function steppedDueTimes(calendar: Calendar, target: CompiledTarget, anchor: number, end: number, off: Spans): { missed: number; next: number } {
  let missed = 0;
  let next = dueOf(calendar, target, anchor, off);
  // Missed once clock time passes after the due time: some of `[next, end)` runs.
  while (next < end && measure(calendar, target.kind, next, end, off) > 0) {
    if (++missed > MAX_UPDATE_STEPS) {
      throw new SlaError('INVALID_ARGUMENT', `options.now: ${new Date(end).toISOString()} lies more than ${MAX_UPDATE_STEPS.toLocaleString('en-US')} update intervals after the last update; evaluate at an earlier now`, { path: 'options.now', value: end });
    }
    next = dueOf(calendar, target, next, off);
  }
  return { missed, next };
}
