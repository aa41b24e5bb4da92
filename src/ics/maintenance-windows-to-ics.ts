import { MS_PER_DAY, formatCivilDate } from '../core/civil-date.js';
import type { DateInput } from '../core/instant.js';
import { formatZoned, zoneRules } from '../core/time-zone.js';
import { maintenanceWindowsBetween } from '../maintenance/maintenance-windows-between.js';
import type { MaintenanceSchedule } from '../maintenance/types.js';
import { feedOptions } from './feed-options.js';
import { calendarText, type Component, text, uid, utc } from './ics-text.js';

/**
 * Options of {@link maintenanceWindowsToIcs}.
 *
 * @example
 * ```ts
 * import type { MaintenanceIcsOptions } from 'slakit/ics';
 *
 * const options: MaintenanceIcsOptions = { from: '2026-07-01T00:00:00Z', to: '2026-10-01T00:00:00Z', region: 'EU', now: '2026-06-30T12:00:00Z' };
 * ```
 */
export interface MaintenanceIcsOptions {
  /** Start of the horizon: occurrences overlapping `[from, to)` are written. */
  readonly from: DateInput;
  readonly to: DateInput;
  /** Only this region's windows; omitted: every window. */
  readonly region?: string;
  /** When the feed is made: every event's DTSTAMP. Pass it so the output is reproducible. */
  readonly now: DateInput;
  /** The calendar's display name (X-WR-CALNAME). */
  readonly name?: string;
  /** The domain of the UIDs, e.g. your company's. Default `'slakit'`. */
  readonly uidDomain?: string;
  /** The zone the descriptions give the wall times in (the reader's); default the schedule's. UIDs do not depend on it. */
  readonly timeZone?: string;
}

/**
 * The occurrences of a maintenance schedule's windows over a horizon as an iCalendar (RFC 5545)
 * feed: one VEVENT per occurrence, its start and end as exact UTC instants (so DST changes in the
 * window's zone are already applied), the local wall times in the description. Each UID is made
 * of the window's `id` (or region and start time) and the local date of the occurrence, so
 * importing a later feed updates the same events instead of adding copies; give windows an `id`
 * so that a window moved to another time keeps its UIDs.
 *
 * @throws SlaError `INVALID_ARGUMENT` for missing `now`, a bad `name` or `uidDomain`, or an unknown
 * region; `INVALID_DATE` or `INVALID_INTERVAL` for a bad horizon.
 * @example
 * ```ts
 * import { maintenanceWindowsToIcs } from 'slakit/ics';
 * import { createMaintenanceSchedule } from 'slakit/maintenance';
 * import { uniphoreMaintenance } from 'slakit/presets';
 *
 * const schedule = createMaintenanceSchedule(uniphoreMaintenance);
 * const ics = maintenanceWindowsToIcs(schedule, { from: '2026-07-06T00:00:00Z', to: '2026-07-07T00:00:00Z', region: 'US', now: '2026-07-01T00:00:00Z' });
 * ics.split('\r\n').filter((line) => /^(UID|DTSTART|DTEND)/.test(line));
 * //=> ['UID:maintenance-us-2026-07-06@slakit', 'DTSTART:20260706T050000Z', 'DTEND:20260706T070000Z']
 * ```
 */
export function maintenanceWindowsToIcs(schedule: MaintenanceSchedule, options: MaintenanceIcsOptions): string {
  const { now, name, uidDomain, values } = feedOptions(options, ['from', 'to', 'region', 'timeZone']);
  const region = values['region'] as string | undefined;
  const occurrences = maintenanceWindowsBetween(schedule, values['from'] as DateInput, values['to'] as DateInput, region === undefined ? {} : { region });
  const shownIn = (values['timeZone'] as string | undefined) ?? schedule.timeZone;
  const shown = zoneRules(shownIn, 'options.timeZone');
  const stamp = utc(now);
  const events: Component[] = occurrences.map((occurrence) => {
    // A window in a zone of its own has its local date and wall times there.
    const zoneName = occurrence.timeZone ?? schedule.timeZone;
    const zone = zoneRules(zoneName); // cached by zone
    const start = occurrence.start.getTime();
    const end = occurrence.end.getTime();
    const localStart = formatZoned(zone, start);
    const localDate = formatCivilDate(Math.floor(zone.toWall(start) / MS_PER_DAY));
    const key = occurrence.id ?? `${occurrence.region ?? 'window'}-${localStart.slice(11, 16)}`;
    const where = occurrence.region === undefined ? '' : ` (${occurrence.region})`;
    const summary = `Maintenance window${where}${occurrence.label === undefined ? '' : `: ${occurrence.label}`}`;
    const wall = (rules: typeof zone, name: string): string => {
      const from = formatZoned(rules, start);
      return `${from.slice(0, 16).replace('T', ' ')} to ${formatZoned(rules, end).slice(0, 16).replace('T', ' ')} ${name} (UTC${from.slice(23)})`;
    };
    const description = shownIn === zoneName ? wall(zone, shownIn) : `${wall(shown, shownIn)}; the ${occurrence.timeZone === undefined ? 'schedule' : 'window'}'s ${wall(zone, zoneName)}`;
    return {
      name: 'VEVENT',
      properties: [
        ['UID', text(uid(['maintenance', key, localDate], uidDomain))],
        ['DTSTAMP', stamp],
        ['DTSTART', utc(start)],
        ['DTEND', utc(end)],
        ['SUMMARY', text(summary)],
        ['DESCRIPTION', text(description)],
        ['CATEGORIES', 'MAINTENANCE'],
      ],
    };
  });
  return calendarText(name, events);
}
