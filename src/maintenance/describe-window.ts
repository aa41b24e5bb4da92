import { WEEKDAYS } from '../calendar/holidays.js';
import type { Weekday } from '../calendar/types.js';
import { civilDateToDays, weekdayOf } from '../core/civil-date.js';
import { fail } from '../core/errors.js';
import { toEpochMs } from '../core/instant.js';
import { formatOffset, formatZoned, type ZoneRules, zoneRules } from '../core/time-zone.js';
import type { WindowDescription, WindowOccurrence } from './types.js';

/** `'HH:mm'`, with seconds and milliseconds only when they are not zero. */
function wallTime(hms: string): string {
  if (hms.endsWith(':00.000')) return hms.slice(0, 5);
  if (hms.endsWith('.000')) return hms.slice(0, 8);
  return hms;
}

function describeInstant(rules: ZoneRules, epochMs: number): { date: string; day: Weekday; time: string; offset: string } {
  // formatZoned gives 'YYYY-MM-DDTHH:mm:ss.sss±HH:mm' with the zone's offset at that instant.
  const text = formatZoned(rules, epochMs);
  const separator = text.indexOf('T');
  const date = text.slice(0, separator);
  return {
    date,
    day: WEEKDAYS[weekdayOf(civilDateToDays(date))] as Weekday,
    time: wallTime(text.slice(separator + 1, separator + 13)),
    offset: formatOffset(rules.offsetAt(epochMs)),
  };
}

/**
 * A window occurrence as wall times in any zone, with that zone's DST applied on that date: the
 * Uniphore US window (Monday 10:30–12:30 IST) is 01:00–03:00 EDT in July and 00:00–02:00 EST in
 * December. Compute every zone's times this way instead of copying a converted column.
 *
 * @throws SlaError `INVALID_TIME_ZONE` for an unknown zone, `INVALID_DATE` for a `start` or `end`
 * that is not an instant, `INVALID_ARGUMENT` for an occurrence that ends before it starts.
 * @example
 * ```ts
 * import { createMaintenanceSchedule, describeWindow, nextMaintenanceWindow } from 'slakit/maintenance';
 * import { uniphoreMaintenance } from 'slakit/presets';
 *
 * const schedule = createMaintenanceSchedule(uniphoreMaintenance);
 * const december = nextMaintenanceWindow(schedule, '2026-12-01T00:00:00Z', { region: 'US' });
 * describeWindow(december, 'America/New_York').start; //=> '00:00'
 * const july = nextMaintenanceWindow(schedule, '2026-07-01T00:00:00Z', { region: 'US' });
 * describeWindow(july, 'America/New_York');
 * //=> { timeZone: 'America/New_York', startDate: '2026-07-06', startDay: 'mon', start: '01:00',
 * //     endDate: '2026-07-06', endDay: 'mon', end: '03:00', utcOffset: '-04:00', endUtcOffset: '-04:00' }
 * ```
 */
export function describeWindow(occurrence: WindowOccurrence, timeZone: string): WindowDescription {
  const rules = zoneRules(timeZone);
  if (typeof occurrence !== 'object' || occurrence === null) return fail('INVALID_ARGUMENT', 'occurrence', occurrence, 'is not a window occurrence { start, end }');
  const start = toEpochMs(occurrence.start, 'occurrence.start');
  const end = toEpochMs(occurrence.end, 'occurrence.end');
  if (end < start) return fail('INVALID_ARGUMENT', 'occurrence.end', occurrence.end, 'is before occurrence.start');
  const from = describeInstant(rules, start);
  const to = describeInstant(rules, end);
  return {
    timeZone: rules.timeZone,
    startDate: from.date,
    startDay: from.day,
    start: from.time,
    endDate: to.date,
    endDay: to.day,
    end: to.time,
    utcOffset: from.offset,
    endUtcOffset: to.offset,
  };
}
