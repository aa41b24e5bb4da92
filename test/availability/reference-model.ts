// A slow, obviously correct measurement: cut the timeline at every incident and window edge, and
// decide each elementary piece on its own by looking at every incident. Quadratic, no heap, no
// calendar engine (windows come from the naive weekly layout of the maintenance reference model).
import type { DowntimePolicy, Incident, IncidentCause } from '../../src/availability/index.js';
import { INCIDENT_CAUSES } from '../../src/availability/index.js';
import type { ReferenceSchedule } from '../maintenance/reference-model.js';

export interface ReferenceSegment {
  start: number;
  end: number;
  incidentIndex: number;
  cause: IncidentCause;
  excusable: boolean;
  counted: boolean;
  reason: string;
}

export interface ReferenceResult {
  segments: ReferenceSegment[];
  y: number;
  z: number;
  dropped: number;
  byCause: Record<string, { y: number; z: number; dropped: number }>;
}

const ms = (value: Incident['start']): number => (value instanceof Date ? value.getTime() : typeof value === 'number' ? value : Date.parse(value));

/** Does incident i win over incident j when both are active (excusable first, then the documented order)? */
function better(a: { i: number; excusable: boolean }, b: { i: number; excusable: boolean }, incidents: readonly Incident[], ends: number[]): boolean {
  if (a.excusable !== b.excusable) return a.excusable;
  const x = incidents[a.i] as Incident;
  const y = incidents[b.i] as Incident;
  if (ms(x.start) !== ms(y.start)) return ms(x.start) < ms(y.start);
  if (ends[a.i] !== ends[b.i]) return (ends[a.i] as number) > (ends[b.i] as number);
  if (x.cause !== y.cause) return INCIDENT_CAUSES.indexOf(x.cause) < INCIDENT_CAUSES.indexOf(y.cause);
  if (x.id !== y.id) return y.id === undefined || (x.id !== undefined && x.id < y.id);
  // Then the earlier announcement, then the earlier planned end: a time given before none.
  for (const field of ['announcedAt', 'plannedEnd'] as const) {
    const p = x[field] === undefined || x[field] === null ? NaN : ms(x[field]);
    const q = y[field] === undefined || y[field] === null ? NaN : ms(y[field]);
    if (Number.isNaN(p) !== Number.isNaN(q)) return !Number.isNaN(p);
    if (p !== q && !Number.isNaN(p)) return p < q;
  }
  return a.i < b.i;
}

export function referenceMeasure(
  incidents: readonly Incident[],
  policy: DowntimePolicy,
  from: number,
  to: number,
  windows: ReferenceSchedule | null,
  region: string | undefined,
  asOf: number | null,
): ReferenceResult {
  const ends = incidents.map((incident) => (incident.end === null ? (asOf as number) : ms(incident.end)));
  const points = new Set<number>([from, to]);
  incidents.forEach((incident, i) => {
    points.add(ms(incident.start));
    points.add(ends[i] as number);
    if (incident.plannedEnd !== undefined && incident.plannedEnd !== null) points.add(ms(incident.plannedEnd));
  });
  if (windows !== null) for (const edge of windows.edges(region)) points.add(edge);
  const sorted = [...points].sort((a, b) => a - b);

  // Every elementary piece of the whole timeline (not only the range: periods reach across it).
  const pieces: { start: number; end: number; winner: { i: number; excusable: boolean; reason: string } | null }[] = [];
  for (let k = 0; k + 1 < sorted.length; k++) {
    const start = sorted[k] as number;
    const end = sorted[k + 1] as number;
    let winner: { i: number; excusable: boolean; reason: string } | null = null;
    incidents.forEach((incident, i) => {
      if (!(ms(incident.start) <= start && start < (ends[i] as number))) return;
      const listed = policy.excusable.includes(incident.cause);
      let excusable = listed;
      let reason = listed ? 'excusable-cause' : 'unscheduled-cause';
      // A notice condition (notice in ms in these tests): decided piece by piece, from the incident's own start.
      const condition = listed ? policy.conditions?.find((c) => c.cause === incident.cause) : undefined;
      if (condition !== undefined) {
        const announced = incident.announcedAt === undefined || incident.announcedAt === null ? null : ms(incident.announcedAt);
        const planned = incident.plannedEnd === undefined || incident.plannedEnd === null ? null : ms(incident.plannedEnd);
        if (condition.notice !== undefined && announced === null) reason = 'not-announced';
        else if (condition.notice !== undefined && ms(incident.start) - (announced as number) < (condition.notice as number)) reason = 'short-notice';
        else if (condition.until === 'plannedEnd' && planned === null) reason = 'no-planned-end';
        else if (condition.until === 'plannedEnd' && start >= (planned as number)) reason = 'past-planned-end';
        excusable = reason === 'excusable-cause';
      }
      if (incident.cause === 'scheduled-maintenance' && excusable && policy.maintenanceWindowsOnly) {
        excusable = (windows as ReferenceSchedule).inside(start, region);
        reason = excusable ? 'inside-maintenance-window' : 'outside-maintenance-window';
      }
      const candidate = { i, excusable, reason };
      if (winner === null || better(candidate, winner, incidents, ends)) winner = candidate;
    });
    pieces.push({ start, end, winner });
  }

  // Periods of unscheduled downtime: maximal runs of touching unscheduled pieces.
  const counted = pieces.map(() => true);
  if (policy.partialMinutes === 'drop-under-one-minute') {
    let k = 0;
    while (k < pieces.length) {
      const p = pieces[k]!;
      if (p.winner === null || p.winner.excusable) {
        k++;
        continue;
      }
      let j = k + 1;
      while (j < pieces.length && pieces[j]!.winner !== null && !pieces[j]!.winner!.excusable && pieces[j - 1]!.end === pieces[j]!.start) j++;
      if (pieces[j - 1]!.end - p.start < 60_000) for (let q = k; q < j; q++) counted[q] = false;
      k = j;
    }
  }

  const result: ReferenceResult = { segments: [], y: 0, z: 0, dropped: 0, byCause: Object.fromEntries(INCIDENT_CAUSES.map((c) => [c, { y: 0, z: 0, dropped: 0 }])) };
  pieces.forEach((p, k) => {
    const start = Math.max(p.start, from);
    const end = Math.min(p.end, to);
    if (p.winner === null || end <= start) return;
    const incident = incidents[p.winner.i] as Incident;
    const segment: ReferenceSegment = { start, end, incidentIndex: p.winner.i, cause: incident.cause, excusable: p.winner.excusable, counted: counted[k] as boolean, reason: p.winner.reason };
    const last = result.segments[result.segments.length - 1];
    if (last !== undefined && last.end === start && last.incidentIndex === segment.incidentIndex && last.reason === segment.reason && last.counted === segment.counted) last.end = end;
    else result.segments.push(segment);
    const bucket = result.byCause[incident.cause]!;
    if (p.winner.excusable) {
      result.y += end - start;
      bucket.y += end - start;
    } else if (counted[k]) {
      result.z += end - start;
      bucket.z += end - start;
    } else {
      result.dropped += end - start;
      bucket.dropped += end - start;
    }
  });
  return result;
}
