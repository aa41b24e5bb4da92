import { daysInMonth } from '../core/civil-date.js';
import { fail } from '../core/errors.js';
import { parsePeriod, periodInterval } from '../core/period.js';
import { plainObject } from '../core/plain-data.js';
import { isExcusableReason, type RawSegments } from './attribute-downtime.js';
import { percentOf } from './availability-percent.js';
import { asOfOption, classifyRange, noticesOf, type SegmentIncidents, toSegments } from './classify-downtime.js';
import { INCIDENT_CAUSES } from './incident-causes.js';
import { roundPercent } from './round-percent.js';
import { clipToService, serviceStretches } from './service-hours.js';
import type { Interval } from '../core/interval.js';
import type { AvailabilityReport, CauseMinutes, IncidentCause, MeasureAvailabilityInput, PercentRounding } from './types.js';

const INPUT_KEYS = ['month', 'timeZone', 'incidents', 'policy', 'maintenance', 'region', 'asOf', 'appliesTo', 'serviceHours'];
const MINUTE = 60_000;

/**
 * The availability of one calendar month from raw incidents, with every minute accounted for
 * (NCS §7): `((x − y − z) / (x − y)) × 100`.
 *
 * - x: the minutes of the month in its zone (default UTC; a DST month has ±60 minutes).
 * - y: excusable downtime, z: unscheduled downtime that counts, from {@link classifyDowntime}
 *   over the month: incidents clipped to the month (an incident over two months counts in each
 *   for its own part), overlaps counted once, excusable winning where the two kinds overlap, so
 *   `0 ≤ y + z ≤ x`.
 * - Exact to the millisecond; minutes are fractional; the percentage is rounded once, at the end,
 *   only if the policy says so.
 * - `x − y = 0`: `measurable: false` and `percent: null`.
 * - With `asOf`, ongoing incidents end at `asOf`; x is still the whole month.
 * - With `serviceHours` (a calendar from `createCalendar`), x, y and z count only the minutes
 *   inside its open hours ("availability between 07:00 and 20:00"); the downtime outside them is
 *   `outsideServiceHoursMinutes`, and segments are cut to them. The partial-minute rule judges a
 *   period by its whole length, before the cut. Not with `monthMinutes: 'days'`.
 *
 * @throws SlaError `INVALID_DATE` for a bad month (`'2026-13'`) or `asOf`, `INVALID_TIME_ZONE`,
 * and everything {@link classifyDowntime} throws.
 * @example
 * ```ts
 * import { measureAvailability } from 'slakit/availability';
 *
 * const report = measureAvailability({
 *   month: '2026-06',
 *   incidents: [
 *     { id: 'INC-1', start: '2026-06-03T10:00:00Z', end: '2026-06-03T10:43:12Z', cause: 'unplanned' },
 *     { id: 'INC-2', start: '2026-06-10T02:00:00Z', end: '2026-06-10T03:00:00Z', cause: 'customer-caused' },
 *   ],
 *   policy: { excusable: ['customer-caused'], maintenanceWindowsOnly: false },
 * });
 * [report.totalMinutes, report.excusableMinutes, report.unscheduledMinutes]; //=> [43200, 60, 43.2]
 * report.percent; //=> 99.89986091794158
 * ```
 */
export function measureAvailability(input: MeasureAvailabilityInput): AvailabilityReport {
  const object = plainObject(input, 'input', 'INVALID_ARGUMENT', INPUT_KEYS);
  const month = object['month'] as string;
  const { start, end } = periodInterval(month, object['timeZone'] as string | undefined);
  const timeZone = (object['timeZone'] as string | undefined) ?? 'UTC';
  const asOf = asOfOption(object['asOf']);
  const classified = classifyRange(object['incidents'], object['policy'], start, end, object['maintenance'], object['region'], asOf, object['appliesTo']);
  const incidents = { ...classified.incidents, notices: noticesOf(classified.incidents, classified.policy) };
  const service = object['serviceHours'] === undefined ? null : serviceStretches(object['serviceHours'], start, end);
  const report = availabilityOf(month, timeZone, start, end, asOf, classified.policy.rounding, incidents, classified.raw, classified.policy.dayMinutes ? dayMinutesOf(month) : null, service);
  return object['appliesTo'] === undefined ? report : { ...report, outOfScope: classified.incidents.outOfScope };
}

/** x under `monthMinutes: 'days'`: 24 × 60 × the days of the period (month, quarter or year), in ms (NCS §7.1's example). */
export function dayMinutesOf(period: string): number {
  const { year, firstMonth, months } = parsePeriod(period);
  let days = 0;
  for (let m = firstMonth; m < firstMonth + months; m++) days += daysInMonth(year, m);
  return days * 24 * 60 * MINUTE;
}

/** The report of a month from its classified segments; `incidents` gives each incident's cause rank and id by index. */
export function availabilityOf(
  month: string,
  timeZone: string,
  start: number,
  end: number,
  asOf: number | null,
  rounding: PercentRounding | undefined,
  incidents: SegmentIncidents,
  raw: RawSegments,
  dayMinutes: number | null = null,
  service: readonly Interval[] | null = null,
): AvailabilityReport {
  // Service hours: x is their minutes in the period, y and z only the downtime inside them.
  if (service !== null && dayMinutes !== null) fail('INVALID_ARGUMENT', 'serviceHours', 'serviceHours', "cannot be combined with policy.monthMinutes 'days': x would be both 24 × 60 × the days and the service hours' minutes");
  const clipped = service === null ? null : clipToService(raw, service);
  if (clipped !== null) raw = clipped.raw;
  const excusable = new Float64Array(INCIDENT_CAUSES.length);
  const unscheduled = new Float64Array(INCIDENT_CAUSES.length);
  const dropped = new Float64Array(INCIDENT_CAUSES.length);
  for (let k = 0; k < raw.count; k++) {
    const length = (raw.end[k] as number) - (raw.start[k] as number);
    const cause = incidents.cause[raw.incident[k] as number] as number;
    const bucket = isExcusableReason(raw.reason[k] as number) ? excusable : raw.counted[k] === true ? unscheduled : dropped;
    bucket[cause] = (bucket[cause] as number) + length;
  }
  const sum = (values: Float64Array): number => values.reduce((a, b) => a + b, 0);
  const x = service !== null ? service.reduce((sum, i) => sum + i.end - i.start, 0) : (dayMinutes ?? end - start);
  const y = sum(excusable);
  const z = sum(unscheduled);
  // Only a month with an extra DST hour can hold more downtime than 24 × 60 × its days.
  if (y + z > x) fail('INVALID_AVAILABILITY', 'policy.monthMinutes', 'days', `gives x = ${x / MINUTE} minutes, less than the ${(y + z) / MINUTE} minutes of downtime in this month (it has an extra DST hour); measure it with monthMinutes: 'elapsed'`);
  const measurable = x - y > 0;
  let percent: number | null = null;
  if (measurable) percent = rounding === undefined ? percentOf(x, y, z) : roundPercent(x - y - z, x - y, rounding);

  const byCause = {} as Record<IncidentCause, CauseMinutes>;
  INCIDENT_CAUSES.forEach((cause, i) => {
    byCause[cause] = { excusableMinutes: (excusable[i] as number) / MINUTE, unscheduledMinutes: (unscheduled[i] as number) / MINUTE, droppedMinutes: (dropped[i] as number) / MINUTE };
  });
  const report: AvailabilityReport = {
    month,
    timeZone,
    start: new Date(start),
    end: new Date(end),
    asOf: asOf === null ? null : new Date(asOf),
    totalMinutes: x / MINUTE,
    excusableMinutes: y / MINUTE,
    unscheduledMinutes: z / MINUTE,
    droppedMinutes: sum(dropped) / MINUTE,
    percent,
    measurable,
    segments: toSegments({ incidents, raw }),
    byCause,
  };
  if (clipped !== null) report.outsideServiceHoursMinutes = clipped.outsideMs / MINUTE;
  return report;
}
