// Uniphore's maintenance windows and the two vendors' downtime policies, as data. Each field cites
// the sentence of Uniphore Support SLAs, "Uniphore Cloud (X-Platform)", it encodes (docs/sources.md).
import { fail } from '../core/errors.js';
import { isValidTimeZone } from '../core/time-zone.js';
import type { MaintenanceScheduleSpec, NoticeRule } from '../maintenance/types.js';

export { niceCloudAvailabilityScope, niceCloudDowntimePolicy, uniphoreDowntimePolicy } from './downtime-policies.js';

/**
 * Uniphore Cloud (X-Platform) regional maintenance windows (UNI, "Platform Location Schedule"),
 * exactly as the IST column states them, in `Asia/Kolkata`. It is plain spec data, so nothing runs
 * when the package loads: compile it with `createMaintenanceSchedule(uniphoreMaintenance)`.
 *
 * The text's own converted column (AEST, ET, GMT) is not copied: it is off by 30 minutes for the
 * Australia, EU and UK windows, and ET moves by an hour between EDT and EST. Use `describeWindow`
 * for any zone's times (docs/maintenance.md has the computed table).
 *
 * Its `notice` is best-effort, up to one week ("Uniphore will endeavor to provide up to one week
 * advance notice"): a ceiling the vendor aims for, not a minimum, so `hasAdvanceNotice` never
 * calls a shorter notice a breach of it.
 *
 * @example
 * ```ts
 * import { uniphoreMaintenance } from 'slakit/presets';
 * import { createMaintenanceSchedule, describeWindow, nextMaintenanceWindow } from 'slakit/maintenance';
 *
 * uniphoreMaintenance.windows.map((w) => w.region); //=> ['India', 'Australia', 'US', 'EU', 'UK']
 * const schedule = createMaintenanceSchedule(uniphoreMaintenance);
 * describeWindow(nextMaintenanceWindow(schedule, '2026-07-01T00:00:00Z', { region: 'UK' }), 'Europe/London').end;
 * //=> '06:00' (05:00 GMT, in BST; the text says 4.30AM GMT)
 * uniphoreMaintenance.notice; //=> { kind: 'best-effort', upTo: { weeks: 1 } }
 * ```
 */
export const uniphoreMaintenance: MaintenanceScheduleSpec & { readonly notice: NoticeRule } = {
  timeZone: 'Asia/Kolkata',
  windows: [
    // "India Monday, 11.30 PM - Tuesday 01.30 AM IST"
    { id: 'india', region: 'India', day: 'mon', start: '23:30', end: '01:30' },
    // "Australia Monday, 08.00 PM - 10.30 PM IST (12.30 AM - 2.30 AM AEST)"
    { id: 'australia', region: 'Australia', day: 'mon', start: '20:00', end: '22:30' },
    // "US Monday, 10.30AM - 12.30 PM IST (01.00 AM - 03.00 AM ET)"
    { id: 'us', region: 'US', day: 'mon', start: '10:30', end: '12:30' },
    // "EU Wednesday, 8.00 AM - 10.30 AM IST (2.30AM - 4.30AM GMT)"
    { id: 'eu', region: 'EU', day: 'wed', start: '08:00', end: '10:30' },
    // "UK Wednesday, 8.00 AM - 10.30 AM IST (2.30AM - 4.30AM GMT)"
    { id: 'uk', region: 'UK', day: 'wed', start: '08:00', end: '10:30' },
  ],
  // "When maintenance activities will affect Uniphore’s Customer use of the services, Uniphore will
  // endeavor to provide up to one week advance notice for the Customer’s account." — a ceiling, not a minimum.
  notice: { kind: 'best-effort', upTo: { weeks: 1 } },
};

/**
 * Uniphore's data-center "Standard Maintenance Window" (UNI: "Weds: 9pm to 1 am", "Sun: 9am to
 * 1pm") as spec data in the given zone: the text names no zone, so the data center's zone is a
 * parameter. The Wednesday window crosses midnight and ends Thursday 01:00. The built-in
 * `uniphore` contract document states the same windows, in the zone of its parameter
 * `maintenance.dataCenterTimeZone`.
 *
 * @throws SlaError `INVALID_TIME_ZONE` for an unknown zone.
 * @example
 * ```ts
 * import { uniphoreDataCenterWindows } from 'slakit/presets';
 * import { createMaintenanceSchedule, nextMaintenanceWindow } from 'slakit/maintenance';
 *
 * const schedule = createMaintenanceSchedule(uniphoreDataCenterWindows('America/Chicago'));
 * nextMaintenanceWindow(schedule, '2026-07-01T00:00:00-05:00').end.toISOString();
 * //=> '2026-07-02T06:00:00.000Z' (Thursday 01:00 CDT)
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function uniphoreDataCenterWindows(timeZone: string): MaintenanceScheduleSpec {
  if (!isValidTimeZone(timeZone)) return fail('INVALID_TIME_ZONE', 'timeZone', timeZone, "is not an IANA time zone such as 'America/Chicago'");
  const label = 'Standard Maintenance Window';
  return {
    timeZone,
    windows: [
      // "Standard Maintenance Window Weds: 9pm to 1 am"
      { id: 'data-center-wed', day: 'wed', start: '21:00', end: '01:00', label },
      // "Sun: 9am to 1pm"
      { id: 'data-center-sun', day: 'sun', start: '09:00', end: '13:00', label },
    ],
  };
}
