import { noOpenTime, SEARCH_LIMIT_YEARS } from '../calendar/engine.js';
import { stretchStartingFrom } from '../calendar/stretch.js';
import { type DateInput, toEpochMs } from '../core/instant.js';
import type { Interval } from '../core/interval.js';
import { compiledScheduleOf, regionOption, windowsOf } from './create-maintenance-schedule.js';
import { toOccurrence } from './occurrence.js';
import type { CompiledWindow, MaintenanceSchedule, WindowOccurrence, WindowQueryOptions } from './types.js';

/**
 * The first occurrence that starts at or after `at`: the window starting exactly at `at`, but not
 * one already in progress (use {@link maintenanceWindowAt} for that). Where windows start at the
 * same instant, the one listed first in the schedule is returned.
 *
 * @throws SlaError `INVALID_DATE` for a bad instant, `INVALID_ARGUMENT` for an unknown region,
 * `NO_OPEN_TIME` when no window starts within 50 years (only near the end of `Date`'s range).
 * @example
 * ```ts
 * import { createMaintenanceSchedule, nextMaintenanceWindow } from 'slakit/maintenance';
 * import { uniphoreMaintenance } from 'slakit/presets';
 *
 * const schedule = createMaintenanceSchedule(uniphoreMaintenance);
 * nextMaintenanceWindow(schedule, '2026-07-01T00:00:00Z', { region: 'US' }).start.toISOString();
 * //=> '2026-07-06T05:00:00.000Z' (Monday 10:30 IST, 01:00 EDT)
 * ```
 */
export function nextMaintenanceWindow(schedule: MaintenanceSchedule, at: DateInput, options?: WindowQueryOptions): WindowOccurrence {
  const windows = windowsOf(compiledScheduleOf(schedule), regionOption(options));
  const epochMs = toEpochMs(at);
  let best: { window: CompiledWindow; stretch: Interval } | null = null;
  for (const window of windows) {
    const stretch = stretchStartingFrom(window.calendar, epochMs, SEARCH_LIMIT_YEARS);
    // A weekly window always has a next occurrence in the engine's tables (past Date's range it
    // fails in toOccurrence); null, none within 50 years, is handled all the same.
    if (stretch === null || (best !== null && stretch.start >= best.stretch.start)) continue;
    best = { window, stretch };
  }
  if (best === null) return noOpenTime('at', new Date(epochMs).toISOString(), 'maintenance window');
  return toOccurrence(best.window, best.stretch, 'at', at);
}
