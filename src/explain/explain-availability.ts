import { describeNotice } from '../availability/describe-notice.js';
import { measureAvailability } from '../availability/measure-availability.js';
import type { IncidentCause, MeasureAvailabilityInput } from '../availability/types.js';
import { toEpochMs } from '../core/instant.js';
import { plainObject } from '../core/plain-data.js';
import { formatZoned, zoneRules } from '../core/time-zone.js';
import { maintenanceWindowAt } from '../maintenance/maintenance-window-at.js';
import { clauseSourceOf } from './clause-source.js';
import { serviceStretches } from '../availability/service-hours.js';
import { intersectIntervals } from '../core/interval.js';
import type { AvailabilityExplanation, Clause, ExplainedIncident, ExcusingWindow } from './types.js';

/**
 * Input of {@link explainAvailability}: that of `measureAvailability`, and the contract clauses
 * of the formula and of each cause.
 *
 * @example
 * ```ts
 * import type { ExplainAvailabilityInput } from 'slakit/explain';
 *
 * const sources: ExplainAvailabilityInput['sources'] = {
 *   formula: { doc: 'NiCE Cloud Services SLA', section: '7' },
 *   causes: { 'customer-caused': { doc: 'NiCE Cloud Services SLA', section: '7 (c)' } },
 * };
 * ```
 */
export interface ExplainAvailabilityInput extends MeasureAvailabilityInput {
  sources?: { readonly formula?: Clause; readonly causes?: { readonly [cause in IncidentCause]?: Clause } };
}

const MINUTE = 60_000;

/**
 * Explains `measureAvailability`: x, y and z with the minutes each incident added to which term
 * (excusable y, unscheduled z, or dropped by the partial-minute rule), the time of each incident
 * already counted under an overlapping one (overlaps are merged, each minute counted once), the
 * maintenance windows that excused scheduled maintenance, and the clauses. The terms of the
 * incidents add up exactly to y, z and the dropped time (`excusableMs`, `unscheduledMs`,
 * `droppedMs`). Render it with {@link formatExplanation}.
 *
 * @throws SlaError as `measureAvailability`; `INVALID_ARGUMENT` for bad `sources`.
 * @example
 * ```ts
 * import { explainAvailability } from 'slakit/explain';
 *
 * const e = explainAvailability({
 *   month: '2026-06',
 *   incidents: [
 *     { id: 'INC-1', start: '2026-06-03T10:00:00Z', end: '2026-06-03T10:43:12Z', cause: 'unplanned' },
 *     { id: 'INC-2', start: '2026-06-03T10:30:00Z', end: '2026-06-03T11:00:00Z', cause: 'unplanned' },
 *   ],
 *   policy: { excusable: ['customer-caused'], maintenanceWindowsOnly: false },
 * });
 * e.incidents.map((i) => [i.id, i.unscheduledMinutes, i.overlappedMinutes]); //=> [['INC-1', 43.2, 0], ['INC-2', 16.8, 13.2]]
 * e.z; //=> 60
 * ```
 */
export function explainAvailability(input: ExplainAvailabilityInput): AvailabilityExplanation {
  const { sources: sourcesInput, ...measured } = plainObject(input, 'input', 'INVALID_ARGUMENT') as unknown as ExplainAvailabilityInput;
  const report = measureAvailability(measured);
  const sources = sourcesInput === undefined ? {} : plainObject(sourcesInput, 'sources', 'INVALID_ARGUMENT', ['formula', 'causes']);
  const causes = sources['causes'] === undefined ? {} : plainObject(sources['causes'], 'sources.causes', 'INVALID_ARGUMENT');
  const formula = clauseSourceOf(sources['formula'], 'sources.formula');
  const zone = zoneRules(report.timeZone);
  const from = report.start.getTime();
  const to = report.end.getTime();
  const asOf = report.asOf === null ? to : report.asOf.getTime();
  const service = measured.serviceHours === undefined ? null : serviceStretches(measured.serviceHours, from, to);

  const terms = new Map<number, { excusable: number; unscheduled: number; dropped: number; windows: Map<number, ExcusingWindow>; notice: string[] }>();
  for (const segment of report.segments) {
    let entry = terms.get(segment.incidentIndex);
    if (entry === undefined) {
      entry = { excusable: 0, unscheduled: 0, dropped: 0, windows: new Map(), notice: [] };
      terms.set(segment.incidentIndex, entry);
    }
    if (segment.notice !== undefined) {
      const said = `${describeNotice(segment)}: ${segment.excusable ? 'excusable' : 'unscheduled'}`;
      if (!entry.notice.includes(said)) entry.notice.push(said);
    }
    const length = segment.end.getTime() - segment.start.getTime();
    if (segment.excusable) entry.excusable += length;
    else if (segment.counted) entry.unscheduled += length;
    else entry.dropped += length;
    if (segment.reason === 'inside-maintenance-window' && measured.maintenance !== undefined) {
      const window = maintenanceWindowAt(measured.maintenance, segment.start, measured.region === undefined ? {} : { region: measured.region });
      if (window !== null) {
        const key = window.start.getTime();
        const known = entry.windows.get(key);
        const ms = (known?.ms ?? 0) + length;
        entry.windows.set(key, {
          ...(window.id === undefined ? {} : { id: window.id }),
          ...(window.region === undefined ? {} : { region: window.region }),
          start: formatZoned(zone, window.start.getTime()),
          end: formatZoned(zone, window.end.getTime()),
          ms,
          minutes: ms / MINUTE,
        });
      }
    }
  }

  const incidents: ExplainedIncident[] = [];
  const outOfScope = new Set((report.outOfScope ?? []).map((o) => o.incidentIndex));
  measured.incidents.forEach((incident, index) => {
    if (outOfScope.has(index)) return;
    const start = Math.max(from, toEpochMs(incident.start));
    const end = Math.min(to, incident.end === null ? asOf : toEpochMs(incident.end));
    if (end <= start) return;
    const entry = terms.get(index) ?? { excusable: 0, unscheduled: 0, dropped: 0, windows: new Map(), notice: [] };
    const source = clauseSourceOf(causes[incident.cause], `sources.causes.${incident.cause}`);
    // Time outside the service hours is not counted, and is not overlap either.
    const outside = service === null ? 0 : end - start - intersectIntervals([{ start, end }], service).reduce((sum, i) => sum + i.end - i.start, 0);
    const overlapped = end - start - outside - entry.excusable - entry.unscheduled - entry.dropped;
    incidents.push({
      index,
      ...(incident.id === undefined ? {} : { id: incident.id }),
      cause: incident.cause,
      start: formatZoned(zone, start),
      end: formatZoned(zone, end),
      excusableMs: entry.excusable,
      unscheduledMs: entry.unscheduled,
      droppedMs: entry.dropped,
      overlappedMs: overlapped,
      excusableMinutes: entry.excusable / MINUTE,
      unscheduledMinutes: entry.unscheduled / MINUTE,
      droppedMinutes: entry.dropped / MINUTE,
      overlappedMinutes: overlapped / MINUTE,
      ...(service === null ? {} : { outsideServiceHoursMinutes: outside / MINUTE }),
      windows: [...entry.windows.values()],
      ...(entry.notice.length === 0 ? {} : { notice: entry.notice }),
      ...(source === undefined ? {} : { source }),
    });
  });

  return {
    kind: 'availability',
    month: report.month,
    timeZone: report.timeZone,
    x: report.totalMinutes,
    y: report.excusableMinutes,
    z: report.unscheduledMinutes,
    dropped: report.droppedMinutes,
    ...(report.outsideServiceHoursMinutes === undefined ? {} : { outsideServiceHours: report.outsideServiceHoursMinutes }),
    percent: report.percent,
    incidents,
    ...(formula === undefined ? {} : { source: formula }),
  };
}
