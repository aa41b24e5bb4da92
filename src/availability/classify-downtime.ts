import { fail } from '../core/errors.js';
import { toEpochMs } from '../core/instant.js';
import { compiledScheduleOf, windowsOf } from '../maintenance/create-maintenance-schedule.js';
import { plainObject } from '../core/plain-data.js';
import type { CompiledWindow } from '../maintenance/types.js';
import { attributeDowntime, firstIncidentNeedingWindows, isExcusableReason, REASONS, type RawSegments } from './attribute-downtime.js';
import { INCIDENT_CAUSES } from './incident-causes.js';
import { type IncidentTable, readIncidents } from './read-incidents.js';
import { type ReadPolicy, readPolicy } from './read-policy.js';
import type { ClassifyDowntimeOptions, DowntimePolicy, DowntimeSegment, Incident, IncidentCause, SegmentNotice } from './types.js';

/** What a classification works from, validated. */
export interface Classified {
  readonly incidents: IncidentTable;
  readonly policy: ReadPolicy;
  readonly raw: RawSegments;
}

/** Validates the inputs of a classification: the policy, the windows and the incidents. */
export function prepareRange(incidents: unknown, policy: unknown, maintenance: unknown, region: unknown, asOf: number | null, appliesTo?: unknown) {
  const read = readPolicy(policy);
  let windows: readonly CompiledWindow[] = [];
  const compiled = maintenance === undefined ? undefined : compiledScheduleOf(maintenance, 'maintenance');
  if (compiled !== undefined) windows = windowsOf(compiled, region, 'region');
  else if (region !== undefined) fail('INVALID_ARGUMENT', 'region', region, 'is given without a maintenance schedule');
  const table = readIncidents(incidents, asOf, 'incidents', scopeOf(appliesTo));
  const needing = firstIncidentNeedingWindows(table, read);
  if (needing >= 0 && maintenance === undefined) {
    fail('INVALID_ARGUMENT', 'maintenance', maintenance, `is missing: the policy excuses scheduled maintenance only inside maintenance windows, and incidents[${needing}] is scheduled maintenance`);
  }
  // Regional windows excuse maintenance only in their region: without one, any region's window would.
  if (needing >= 0 && region === undefined && compiled !== undefined && compiled.byRegion.size > 0) {
    fail('INVALID_ARGUMENT', 'region', region, `is missing: the maintenance windows are regional (${[...compiled.byRegion.keys()].join(', ')}), and incidents[${needing}] is scheduled maintenance; give the region whose windows excuse it`);
  }
  return { table, read, windows };
}

/** The environments of an `appliesTo`, or null without one. */
export function scopeOf(appliesTo: unknown): readonly string[] | null {
  if (appliesTo === undefined) return null;
  const list = plainObject(appliesTo, 'appliesTo', 'INVALID_ARGUMENT', ['environment'])['environment'];
  if (!Array.isArray(list) || list.length === 0 || list.some((e) => typeof e !== 'string' || e.trim() === '')) return fail('INVALID_ARGUMENT', 'appliesTo.environment', list, 'is not a list of environment names');
  return list as string[];
}

/** Validates the inputs and classifies `[from, to)` in epoch ms (internal form of {@link classifyDowntime}). */
export function classifyRange(incidents: unknown, policy: unknown, from: number, to: number, maintenance: unknown, region: unknown, asOf: number | null, appliesTo?: unknown): Classified {
  const { table, read, windows } = prepareRange(incidents, policy, maintenance, region, asOf, appliesTo);
  return { incidents: table, policy: read, raw: attributeDowntime(table, read, from, to, windows) };
}

/** What the segments need of their incidents: cause rank, id and, for a cause with a condition, the announcement. */
export interface SegmentIncidents {
  readonly cause: ArrayLike<number>;
  readonly ids: ArrayLike<string | undefined>;
  readonly notices?: ArrayLike<SegmentNotice | undefined>;
}

/** The announcement of each incident whose cause has a condition (sparse). */
export function noticesOf(table: IncidentTable, policy: ReadPolicy): (SegmentNotice | undefined)[] {
  const notices: (SegmentNotice | undefined)[] = [];
  if (policy.conditions.every((c) => c === undefined)) return notices;
  for (let i = 0; i < table.count; i++) {
    const condition = policy.conditions[table.cause[i] as number];
    if (condition === undefined) continue;
    notices[i] = segmentNotice(table.start[i] as number, table.announced[i] as number, condition.noticeMs, table.plannedEnd[i] as number, condition.bestEffort);
  }
  return notices;
}

/** A {@link SegmentNotice} from epoch ms (NaN: absent). */
export function segmentNotice(start: number, announced: number, requiredMs: number | null, plannedEnd: number, bestEffort = false): SegmentNotice {
  const known = !Number.isNaN(announced);
  const notice: SegmentNotice = { announcedAt: known ? new Date(announced) : null, aheadMs: known ? start - announced : null, requiredMs, plannedEnd: Number.isNaN(plannedEnd) ? null : new Date(plannedEnd) };
  if (bestEffort) notice.bestEffort = true;
  return notice;
}

/** The segments as the public shape. */
export function toSegments({ incidents, raw }: { readonly incidents: SegmentIncidents; readonly raw: RawSegments }): DowntimeSegment[] {
  const segments: DowntimeSegment[] = new Array<DowntimeSegment>(raw.count);
  for (let k = 0; k < raw.count; k++) {
    const incident = raw.incident[k] as number;
    const reason = raw.reason[k] as number;
    const id = incidents.ids[incident];
    const start = new Date(raw.start[k] as number);
    const end = new Date(raw.end[k] as number);
    const cause = INCIDENT_CAUSES[incidents.cause[incident] as number] as IncidentCause;
    const excusable = isExcusableReason(reason);
    const counted = raw.counted[k] as boolean;
    const why = REASONS[reason] as DowntimeSegment['reason'];
    // Two literals keep the fields in one order and leave out an absent id (exactOptionalPropertyTypes).
    const segment: DowntimeSegment =
      id === undefined
        ? { start, end, incidentIndex: incident, cause, excusable, counted, reason: why }
        : { start, end, incidentIndex: incident, incidentId: id, cause, excusable, counted, reason: why };
    const notice = incidents.notices?.[incident];
    if (notice !== undefined) segment.notice = notice;
    segments[k] = segment;
  }
  return segments;
}

/** Reads an optional `asOf`. */
export function asOfOption(asOf: unknown): number | null {
  return asOf === undefined ? null : toEpochMs(asOf, 'asOf');
}

/**
 * Every stretch of downtime inside `[from, to)`, classified by the policy and attributed to one
 * incident, so a report can show every minute:
 *
 * 1. Incidents are clipped to the range; ongoing ones (`end: null`) end at `asOf`.
 * 2. Scheduled maintenance is cut at the edges of the maintenance windows when the policy excuses
 *    it only inside them (`maintenanceWindowsOnly`); the overrun is unscheduled downtime.
 * 3. Overlaps are resolved, never counted twice: excusable downtime wins over unscheduled; among
 *    incidents of the same kind the one that started first wins (then the longer, then the cause
 *    listed first in {@link INCIDENT_CAUSES}, then the smaller id, then the earlier announcement,
 *    then the earlier planned end, then the one listed first).
 * 4. Under `partialMinutes: 'drop-under-one-minute'`, each period of unscheduled downtime shorter
 *    than a minute (a maximal run of touching unscheduled segments, measured across the range's
 *    edges) is marked `counted: false`.
 *
 * Segments are sorted, never overlap, and lie inside `[from, to)`; touching pieces of one incident
 * with the same classification are one segment.
 *
 * @throws SlaError `INVALID_INCIDENT` naming the incident (`incidents[3].end … (incident 'INC-7')`),
 * `INVALID_POLICY`, `INVALID_DATE`, `INVALID_INTERVAL` when `to` is before `from`,
 * `INVALID_ARGUMENT` for an unknown region, a region without a schedule, or a policy that needs
 * maintenance windows without a schedule.
 * @example
 * ```ts
 * import { classifyDowntime } from 'slakit/availability';
 *
 * const segments = classifyDowntime(
 *   [
 *     { id: 'A', start: '2026-06-03T10:00:00Z', end: '2026-06-03T11:00:00Z', cause: 'unplanned' },
 *     { id: 'B', start: '2026-06-03T10:30:00Z', end: '2026-06-03T12:00:00Z', cause: 'customer-caused' },
 *   ],
 *   { excusable: ['customer-caused'], maintenanceWindowsOnly: false },
 *   { from: '2026-06-01T00:00:00Z', to: '2026-07-01T00:00:00Z' },
 * );
 * segments.map((s) => `${s.incidentId} ${s.start.toISOString().slice(11, 16)}–${s.end.toISOString().slice(11, 16)} ${s.excusable}`);
 * //=> ['A 10:00–10:30 false', 'B 10:30–12:00 true']
 * ```
 */
export function classifyDowntime(incidents: readonly Incident[], policy: DowntimePolicy, options: ClassifyDowntimeOptions): DowntimeSegment[] {
  const object = plainObject(options, 'options', 'INVALID_ARGUMENT', ['from', 'to', 'maintenance', 'region', 'asOf']);
  const from = toEpochMs(object['from'], 'from');
  const to = toEpochMs(object['to'], 'to');
  if (to < from) return fail('INVALID_INTERVAL', 'to', object['to'], 'is before from');
  const classified = classifyRange(incidents, policy, from, to, object['maintenance'], object['region'], asOfOption(object['asOf']));
  return toSegments({ incidents: { ...classified.incidents, notices: noticesOf(classified.incidents, classified.policy) }, raw: classified.raw });
}
