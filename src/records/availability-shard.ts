import { finishDowntime, isExcusableReason, REASONS, sweepDowntime } from '../availability/attribute-downtime.js';
import { asOfOption, prepareRange, segmentNotice } from '../availability/classify-downtime.js';
import { INCIDENT_CAUSES } from '../availability/incident-causes.js';
import { availabilityOf, dayMinutesOf } from '../availability/measure-availability.js';
import type { AvailabilityReport, AvailabilityScope, DowntimeReason, ExcuseCondition, IncidentCause, MeasureAvailabilityInput, OutOfScopeIncident, PercentRounding, SegmentNotice } from '../availability/types.js';
import { fail } from '../core/errors.js';
import { periodInterval } from '../core/period.js';
import { plainObject } from '../core/plain-data.js';
import type { MaintenanceScheduleSpec } from '../maintenance/types.js';
import { checkAvailabilityShard } from './check-shapes.js';
import { serviceStretches } from '../availability/service-hours.js';
import type { Interval } from '../core/interval.js';

const INPUT_KEYS = ['month', 'timeZone', 'incidents', 'policy', 'maintenance', 'region', 'asOf', 'appliesTo', 'serviceHours'];

/**
 * A stretch of attributed downtime in an {@link AvailabilityShard}, with what decides who wins
 * where incidents of two shards overlap: the incident's whole extent, cause, id and position.
 *
 * @example
 * ```ts
 * import type { ShardSegment } from 'slakit/records';
 *
 * const segment: ShardSegment = {
 *   start: 1780480800000, end: 1780483392000, reason: 'unscheduled-cause', pieceStart: 1780480800000,
 *   incidentIndex: 0, incidentStart: 1780480800000, incidentEnd: 1780483392000, cause: 'unplanned', incidentId: 'INC-1',
 * };
 * ```
 */
export interface ShardSegment {
  /** Epoch ms. */
  start: number;
  end: number;
  reason: DowntimeReason;
  /** The start of the piece of the incident (cut at window edges) this segment belongs to. */
  pieceStart: number;
  incidentIndex: number;
  incidentStart: number;
  incidentEnd: number;
  cause: IncidentCause;
  incidentId?: string;
  /** The incident's announcement in epoch ms (`null`: none), when its cause has a condition (`ExcuseCondition`). */
  notice?: { announcedAt: number | null; requiredMs: number | null; plannedEnd: number | null; bestEffort?: true };
}

/**
 * The mergeable form of a month's availability over a subset of its incidents: the downtime
 * attributed among them before the partial-minute rule, over the month widened by a minute on
 * each side when that rule applies. Plain data (numbers and texts), so it passes between worker
 * threads, processes or machines as JSON. Merge shards with {@link mergeAvailabilityShards} and
 * turn the result into the report with {@link availabilityReportOf}.
 *
 * @example
 * ```ts
 * import { type AvailabilityShard, availabilityShard } from 'slakit/records';
 *
 * const shard: AvailabilityShard = availabilityShard({ month: '2026-06', incidents: [], policy: { excusable: [], maintenanceWindowsOnly: false } });
 * [shard.incidentCount, shard.segments.length]; //=> [0, 0]
 * ```
 */
export interface AvailabilityShard {
  month: string;
  timeZone: string;
  /** The month in epoch ms, `[start, end)`. */
  start: number;
  end: number;
  asOf: number | null;
  dropShortPeriods: boolean;
  rounding: PercentRounding | null;
  /** The downtime policy's excusable causes the shard was classified under (in the order of `INCIDENT_CAUSES`). */
  excusable: IncidentCause[];
  /** The policy's `maintenanceWindowsOnly`. */
  maintenanceWindowsOnly: boolean;
  /** The maintenance schedule's spec the shard was classified against, or null for none. */
  maintenance: MaintenanceScheduleSpec | null;
  /** The maintenance region, or null for every region. */
  region: string | null;
  /** The policy's notice conditions on excusable causes (absent: none). */
  conditions?: ExcuseCondition[];
  /** The measurement's `appliesTo` (absent: every environment). */
  appliesTo?: AvailabilityScope;
  /** x in ms under the policy's `monthMinutes: 'days'` (24 × 60 × the days of the month); `null` for the elapsed minutes. */
  dayMinutes?: number | null;
  /** How many incidents the shard was given; the next shard's incidents are numbered after them. */
  incidentCount: number;
  /** Sorted and disjoint. */
  segments: ShardSegment[];
  /** With `appliesTo`: the incidents outside it, not counted. */
  outOfScope?: OutOfScopeIncident[];
  /** With `serviceHours`: their open stretches in the month, in epoch ms (x is their length). */
  serviceHours?: Interval[];
}

/**
 * The mergeable form of `measureAvailability` over some of a month's incidents: takes the
 * same input, validates it the same way, and classifies the incidents (maintenance windows
 * included), so a shard needs nothing else to be merged.
 *
 * @throws SlaError as `measureAvailability` does.
 * @example
 * ```ts
 * import { availabilityReportOf, availabilityShard, mergeAvailabilityShards } from 'slakit/records';
 *
 * const policy = { excusable: ['customer-caused' as const], maintenanceWindowsOnly: false };
 * const a = availabilityShard({ month: '2026-06', policy, incidents: [{ id: 'A', start: '2026-06-03T10:00:00Z', end: '2026-06-03T11:00:00Z', cause: 'unplanned' }] });
 * const b = availabilityShard({ month: '2026-06', policy, incidents: [{ id: 'B', start: '2026-06-03T10:30:00Z', end: '2026-06-03T12:00:00Z', cause: 'customer-caused' }] });
 * const report = availabilityReportOf(mergeAvailabilityShards(a, b));
 * [report.unscheduledMinutes, report.excusableMinutes]; //=> [30, 90] (excusable wins the overlap)
 * report.segments.map((s) => s.incidentIndex); //=> [0, 1]
 * ```
 */
export function availabilityShard(input: MeasureAvailabilityInput): AvailabilityShard {
  const object = plainObject(input, 'input', 'INVALID_ARGUMENT', INPUT_KEYS);
  const month = object['month'] as string;
  const { start, end } = periodInterval(month, object['timeZone'] as string | undefined);
  const asOf = asOfOption(object['asOf']);
  const { table, read, windows } = prepareRange(object['incidents'], object['policy'], object['maintenance'], object['region'], asOf, object['appliesTo']);
  const sweep = sweepDowntime(table, read, start, end, windows);
  const segments = sweep.start.map((s, k): ShardSegment => {
    const i = sweep.incident[k] as number;
    const id = table.ids[i];
    const segment: ShardSegment = {
      start: s,
      end: sweep.end[k] as number,
      reason: REASONS[sweep.reason[k] as number] as DowntimeReason,
      pieceStart: sweep.pieceStart[k] as number,
      incidentIndex: i,
      incidentStart: table.start[i] as number,
      incidentEnd: table.end[i] as number,
      cause: INCIDENT_CAUSES[table.cause[i] as number] as IncidentCause,
    };
    if (id !== undefined) segment.incidentId = id;
    const condition = read.conditions[table.cause[i] as number];
    if (condition !== undefined) {
      const at = (ms: number): number | null => (Number.isNaN(ms) ? null : ms);
      segment.notice = { announcedAt: at(table.announced[i] as number), requiredMs: condition.noticeMs, plannedEnd: at(table.plannedEnd[i] as number) };
      if (condition.bestEffort) segment.notice.bestEffort = true;
    }
    return segment;
  });
  // What the shard was computed under, so that a merge of unlike shards is refused.
  const excusable = INCIDENT_CAUSES.filter((_, i) => read.excusable[i] === true);
  const maintenance = object['maintenance'] === undefined ? null : (JSON.parse(JSON.stringify(object['maintenance'])) as MaintenanceScheduleSpec);
  const region = (object['region'] as string | undefined) ?? null;
  const shard: AvailabilityShard = { month, timeZone: (object['timeZone'] as string | undefined) ?? 'UTC', start, end, asOf, dropShortPeriods: read.dropShortPeriods, rounding: read.rounding ?? null, dayMinutes: read.dayMinutes ? dayMinutesOf(month) : null, excusable, maintenanceWindowsOnly: read.maintenanceWindowsOnly, maintenance, region, incidentCount: table.count, segments };
  const conditions = plainObject(object['policy'], 'policy', 'INVALID_POLICY')['conditions'];
  if (conditions !== undefined) shard.conditions = JSON.parse(JSON.stringify(conditions)) as ExcuseCondition[];
  if (object['serviceHours'] !== undefined) shard.serviceHours = serviceStretches(object['serviceHours'], start, end);
  if (object['appliesTo'] !== undefined) {
    shard.appliesTo = JSON.parse(JSON.stringify(object['appliesTo'])) as AvailabilityScope;
    shard.outOfScope = table.outOfScope;
  }
  return shard;
}

/**
 * Whether an incident from `start` to `end` (epoch ms) can change the figure of the month of
 * `shard`: it reaches into the month or, when the policy drops periods under a minute, into the
 * minute on either side of it (a period across the month's edge is judged by its whole length, so
 * an incident just outside the month can make one inside it count). A reader of a long file
 * measures only these. An incident that ends before it starts is kept, so that measuring it
 * reports the error.
 *
 * @example
 * ```ts
 * import { availabilityShard, incidentInShardRange } from 'slakit/records';
 *
 * const month = (partialMinutes: 'exact' | 'drop-under-one-minute') =>
 *   availabilityShard({ month: '2026-06', incidents: [], policy: { excusable: [], maintenanceWindowsOnly: false, partialMinutes } });
 * const end = Date.parse('2026-06-01T00:00:00Z');
 * incidentInShardRange(month('exact'), end - 40_000, end); //=> false
 * incidentInShardRange(month('drop-under-one-minute'), end - 40_000, end); //=> true
 * ```
 */
export function incidentInShardRange(shard: Pick<AvailabilityShard, 'start' | 'end' | 'dropShortPeriods'>, start: number, end: number): boolean {
  const margin = shard.dropShortPeriods ? 60_000 : 0;
  const from = shard.start - margin;
  return start < shard.end + margin && (end > from || start >= from);
}

/** Whether segment `a` wins over `b` where they overlap: excusable first, then the incident order of `classifyDowntime`. */
function beats(a: ShardSegment, b: ShardSegment): boolean {
  const kind = Number(!isExcusableReason(REASONS.indexOf(a.reason))) - Number(!isExcusableReason(REASONS.indexOf(b.reason)));
  const order =
    kind ||
    a.incidentStart - b.incidentStart ||
    b.incidentEnd - a.incidentEnd ||
    INCIDENT_CAUSES.indexOf(a.cause) - INCIDENT_CAUSES.indexOf(b.cause) ||
    (a.incidentId === b.incidentId ? 0 : a.incidentId === undefined ? 1 : b.incidentId === undefined ? -1 : a.incidentId < b.incidentId ? -1 : 1) ||
    a.incidentIndex - b.incidentIndex;
  return order < 0;
}

/**
 * The shard of the incidents of `a` followed by those of `b` (of the same month, zone, downtime
 * policy, maintenance schedule and region, and `asOf`, as each shard records): where their downtime overlaps, the segment that wins in `classifyDowntime`'s
 * order wins, so the merge equals the shard of the union. `b`'s incidents are numbered after
 * `a`'s. Associative; commutative but for the incident numbers.
 *
 * @throws SlaError `INVALID_ARGUMENT` when the shards are of different months, zones, downtime policies,
 * maintenance schedules, regions or `asOf`, or either is not of the shape `availabilityShard` gives.
 * @example
 * ```ts
 * import { availabilityShard, mergeAvailabilityShards } from 'slakit/records';
 *
 * const policy = { excusable: [], maintenanceWindowsOnly: false };
 * const one = (start: string, end: string) => availabilityShard({ month: '2026-06', policy, incidents: [{ start, end, cause: 'unplanned' }] });
 * const merged = mergeAvailabilityShards(one('2026-06-03T10:00:00Z', '2026-06-03T11:00:00Z'), one('2026-06-03T10:30:00Z', '2026-06-03T12:00:00Z'));
 * merged.segments.map((s) => [s.incidentIndex, new Date(s.end).toISOString().slice(11, 16)]); //=> [[0, '11:00'], [1, '12:00']]
 * ```
 */
export function mergeAvailabilityShards(a: AvailabilityShard, b: AvailabilityShard): AvailabilityShard {
  checkAvailabilityShard(a, 'a');
  checkAvailabilityShard(b, 'b');
  for (const key of ['month', 'timeZone', 'asOf', 'dropShortPeriods', 'rounding', 'dayMinutes', 'excusable', 'maintenanceWindowsOnly', 'maintenance', 'region', 'conditions', 'appliesTo', 'serviceHours'] as const) {
    if (JSON.stringify(a[key] ?? null) !== JSON.stringify(b[key] ?? null)) fail('INVALID_ARGUMENT', `b.${key}`, b[key], `is not the first shard's (${JSON.stringify(a[key])})`);
  }
  const left = a.segments;
  const right = b.segments.map((s) => ({ ...s, incidentIndex: s.incidentIndex + a.incidentCount }));
  const out: ShardSegment[] = [];
  const emit = (start: number, end: number, from: ShardSegment): void => {
    const last = out[out.length - 1];
    if (last !== undefined && last.end === start && last.incidentIndex === from.incidentIndex && last.pieceStart === from.pieceStart) last.end = end;
    else out.push({ ...from, start, end });
  };
  let i = 0;
  let j = 0;
  let t = -Infinity;
  while (i < left.length || j < right.length) {
    const l = left[i];
    const r = right[j];
    if (l !== undefined && l.end <= t) i++;
    else if (r !== undefined && r.end <= t) j++;
    else {
      const lOn = l !== undefined && l.start <= t;
      const rOn = r !== undefined && r.start <= t;
      if (!lOn && !rOn) t = Math.min(l?.start ?? Infinity, r?.start ?? Infinity);
      else {
        const winner = lOn && (!rOn || beats(l, r as ShardSegment)) ? l : (r as ShardSegment);
        // Until the next edge of either list.
        const until = Math.min(l === undefined ? Infinity : lOn ? l.end : l.start, r === undefined ? Infinity : rOn ? r.end : r.start);
        emit(t, until, winner);
        t = until;
      }
    }
  }
  const merged: AvailabilityShard = { ...a, incidentCount: a.incidentCount + b.incidentCount, segments: out };
  if (a.outOfScope !== undefined || b.outOfScope !== undefined) merged.outOfScope = [...(a.outOfScope ?? []), ...(b.outOfScope ?? []).map((o) => ({ ...o, incidentIndex: o.incidentIndex + a.incidentCount }))];
  return merged;
}

/**
 * The availability report of a shard: what `measureAvailability` gives for its incidents.
 *
 * @example
 * ```ts
 * import { availabilityReportOf, availabilityShard } from 'slakit/records';
 *
 * const input = { month: '2026-06', incidents: [{ start: '2026-06-03T10:00:00Z', end: '2026-06-03T10:43:12Z', cause: 'unplanned' as const }], policy: { excusable: [], maintenanceWindowsOnly: false } };
 * availabilityReportOf(availabilityShard(input)).percent; //=> 99.9
 * ```
 */
export function availabilityReportOf(shard: AvailabilityShard): AvailabilityReport {
  checkAvailabilityShard(shard, 'shard');
  const { segments } = shard;
  const cause: number[] = [];
  const ids: (string | undefined)[] = [];
  const notices: (SegmentNotice | undefined)[] = [];
  for (const s of segments) {
    cause[s.incidentIndex] = INCIDENT_CAUSES.indexOf(s.cause);
    ids[s.incidentIndex] = s.incidentId;
    const n = s.notice;
    if (n !== undefined && notices[s.incidentIndex] === undefined) notices[s.incidentIndex] = segmentNotice(s.incidentStart, n.announcedAt ?? NaN, n.requiredMs, n.plannedEnd ?? NaN, n.bestEffort === true);
  }
  const raw = finishDowntime(
    {
      start: segments.map((s) => s.start),
      end: segments.map((s) => s.end),
      incident: segments.map((s) => s.incidentIndex),
      reason: segments.map((s) => REASONS.indexOf(s.reason)),
      pieceStart: segments.map((s) => s.pieceStart),
    },
    shard.dropShortPeriods,
    shard.start,
    shard.end,
  );
  const report = availabilityOf(shard.month, shard.timeZone, shard.start, shard.end, shard.asOf, shard.rounding ?? undefined, { cause, ids, notices }, raw, shard.dayMinutes ?? null, shard.serviceHours ?? null);
  return shard.outOfScope === undefined ? report : { ...report, outOfScope: shard.outOfScope };
}
