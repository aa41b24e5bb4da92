import { stretchAt } from '../calendar/stretch.js';
import { type DateInput, toEpochMs } from '../core/instant.js';
import type { Interval } from '../core/interval.js';
import { compiledScheduleOf, regionOption, windowsOf } from './create-maintenance-schedule.js';
import { toOccurrence } from './occurrence.js';
import type { CompiledWindow, MaintenanceSchedule, WindowOccurrence, WindowQueryOptions } from './types.js';

/**
 * The occurrence that contains epoch ms, as the window and its stretch (internal form of
 * {@link maintenanceWindowAt}); of several, the earliest start, then the window listed first.
 */
export function windowAt(windows: readonly CompiledWindow[], epochMs: number): { window: CompiledWindow; stretch: Interval } | null {
  let best: { window: CompiledWindow; stretch: Interval } | null = null;
  for (const window of windows) {
    const stretch = stretchAt(window.calendar, epochMs);
    if (stretch !== null && (best === null || stretch.start < best.stretch.start)) best = { window, stretch };
  }
  return best;
}

/**
 * The maintenance window in progress at an instant, or `null`. Occurrences are half-open: a
 * window contains its start and not its end. Where windows overlap (two regions sharing one
 * window), the one that started first is returned, and of those the one listed first.
 *
 * @throws SlaError `INVALID_DATE` for a bad instant, `INVALID_ARGUMENT` for an unknown region.
 * @example
 * ```ts
 * import { createMaintenanceSchedule, maintenanceWindowAt } from 'slakit/maintenance';
 * import { uniphoreMaintenance } from 'slakit/presets';
 *
 * const schedule = createMaintenanceSchedule(uniphoreMaintenance);
 * maintenanceWindowAt(schedule, '2026-07-08T09:00:00+05:30', { region: 'EU' });
 * //=> { start: new Date('2026-07-08T02:30:00Z'), end: new Date('2026-07-08T05:00:00Z'), id: 'eu', region: 'EU' }
 * maintenanceWindowAt(schedule, '2026-07-08T10:30:00+05:30', { region: 'EU' }); //=> null (the end is not inside)
 * ```
 */
export function maintenanceWindowAt(schedule: MaintenanceSchedule, at: DateInput, options?: WindowQueryOptions): WindowOccurrence | null {
  const windows = windowsOf(compiledScheduleOf(schedule), regionOption(options));
  const found = windowAt(windows, toEpochMs(at));
  return found === null ? null : toOccurrence(found.window, found.stretch, 'at', at);
}
