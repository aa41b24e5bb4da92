import { SEARCH_LIMIT_YEARS } from '../calendar/engine.js';
import { MAX_STRETCHES_PER_QUERY, openStretches, tooManyStretches } from '../calendar/open-intervals.js';
import { stretchAt, stretchStartingFrom } from '../calendar/stretch.js';
import { fail } from '../core/errors.js';
import { type DateInput, toEpochMs } from '../core/instant.js';
import { type Interval, unionIntervals } from '../core/interval.js';
import { compiledScheduleOf, regionOption, windowsOf } from './create-maintenance-schedule.js';
import { compareOccurrences, toOccurrence } from './occurrence.js';
import type { CompiledWindow, MaintenanceSchedule, WindowOccurrence, WindowQueryOptions } from './types.js';

/** The time inside any of the windows within `[from, to)`, merged (used to classify maintenance). */
export function windowTimeBetween(windows: readonly CompiledWindow[], from: number, to: number): Interval[] {
  return unionIntervals(windows.flatMap((window) => openStretches(window.calendar, from, to)));
}

/** Every whole occurrence of one window that overlaps `[from, to)`, in order. */
function occurrencesOf(window: CompiledWindow, from: number, to: number): Interval[] {
  const found: Interval[] = [];
  const current = stretchAt(window.calendar, from);
  if (current !== null) found.push(current);
  let cursor = current === null ? from : current.end;
  for (;;) {
    const next = stretchStartingFrom(window.calendar, cursor, SEARCH_LIMIT_YEARS);
    if (next === null || next.start >= to) return found;
    if (found.push(next) > MAX_STRETCHES_PER_QUERY) return tooManyStretches('to', new Date(to), 'occurrences of one window');
    cursor = next.end;
  }
}

/**
 * Every occurrence that overlaps `[from, to)`, whole (not clipped to the range), ordered by start
 * and then by the order of the windows in the schedule. A window in progress at `from` is included;
 * one starting at `to` is not. Overlapping windows (two regions sharing a window) each appear.
 *
 * @throws SlaError `INVALID_DATE` for a bad instant, `INVALID_INTERVAL` when `to` is before
 * `from` or a window occurs more than 100,000 times in the span (a documented limit),
 * `INVALID_ARGUMENT` for an unknown region.
 * @example
 * ```ts
 * import { createMaintenanceSchedule, maintenanceWindowsBetween } from 'slakit/maintenance';
 * import { uniphoreMaintenance } from 'slakit/presets';
 *
 * const schedule = createMaintenanceSchedule(uniphoreMaintenance);
 * maintenanceWindowsBetween(schedule, '2026-07-06T00:00:00Z', '2026-07-09T00:00:00Z').map((w) => w.region);
 * //=> ['US', 'Australia', 'India', 'EU', 'UK']
 * ```
 */
export function maintenanceWindowsBetween(schedule: MaintenanceSchedule, from: DateInput, to: DateInput, options?: WindowQueryOptions): WindowOccurrence[] {
  const windows = windowsOf(compiledScheduleOf(schedule), regionOption(options));
  const start = toEpochMs(from, 'from');
  const end = toEpochMs(to, 'to');
  if (end < start) return fail('INVALID_INTERVAL', 'to', to, 'is before from');
  if (end === start) return [];
  const found = windows.flatMap((window) => occurrencesOf(window, start, end).map((stretch) => ({ window, stretch, start: stretch.start, index: window.index })));
  return found.sort(compareOccurrences).map(({ window, stretch }) => toOccurrence(window, stretch, 'to', to));
}
