import { subtractIntervals } from '../core/interval.js';
import { windowTimeBetween } from '../maintenance/maintenance-windows-between.js';
import type { CompiledWindow } from '../maintenance/types.js';
import type { IncidentTable } from './read-incidents.js';
import type { ReadCondition, ReadPolicy } from './read-policy.js';
import type { DowntimeReason } from './types.js';

/** Reasons by code; codes 0 and 2 are excusable. */
export const REASONS: readonly DowntimeReason[] = [
  'excusable-cause',
  'unscheduled-cause',
  'inside-maintenance-window',
  'outside-maintenance-window',
  'not-announced',
  'short-notice',
  'past-planned-end',
  'no-planned-end',
];
const EXCUSABLE_CAUSE = 0;
const UNSCHEDULED_CAUSE = 1;
const INSIDE_WINDOW = 2;
const OUTSIDE_WINDOW = 3;
const NOT_ANNOUNCED = 4;
const SHORT_NOTICE = 5;
const PAST_PLANNED_END = 6;
const NO_PLANNED_END = 7;
/** The rank of 'scheduled-maintenance' in INCIDENT_CAUSES (a literal: nothing is computed at import). */
export const SCHEDULED_MAINTENANCE = 1;
const ONE_MINUTE = 60_000;

/** Segments in epoch ms, sorted and disjoint, as columns. */
export interface RawSegments {
  readonly count: number;
  readonly start: readonly number[];
  readonly end: readonly number[];
  readonly incident: readonly number[];
  readonly reason: readonly number[];
  readonly counted: readonly boolean[];
}

/** Whether a reason code is excusable downtime. */
export function isExcusableReason(reason: number): boolean {
  return reason === EXCUSABLE_CAUSE || reason === INSIDE_WINDOW;
}

/**
 * Whether classifying these incidents needs maintenance windows: the policy excuses scheduled
 * maintenance only inside windows and some incident is scheduled maintenance. Returns its index.
 */
export function firstIncidentNeedingWindows(incidents: IncidentTable, policy: ReadPolicy): number {
  if (!policy.maintenanceWindowsOnly || policy.excusable[SCHEDULED_MAINTENANCE] !== true) return -1;
  return incidents.cause.indexOf(SCHEDULED_MAINTENANCE);
}

/** The reason an incident's condition refuses its whole excuse, or -1 when it does not. */
function refusal(condition: ReadCondition, incidents: IncidentTable, i: number): number {
  const announced = incidents.announced[i] as number;
  if (condition.noticeMs !== null) {
    if (Number.isNaN(announced)) return NOT_ANNOUNCED;
    if ((incidents.start[i] as number) - announced < condition.noticeMs) return SHORT_NOTICE;
  }
  if (condition.untilPlannedEnd && Number.isNaN(incidents.plannedEnd[i] as number)) return NO_PLANNED_END;
  return -1;
}

/** Earlier first, a time given (not NaN) before none; 0 for two equal times or none. */
const earlierGiven = (x: number, y: number): number => (x === x ? (y === y ? x - y : -1) : y === y ? 1 : 0);

/**
 * Priority comparison of two incidents: earlier start, longer, cause listed first, smaller id (ids
 * before none), earlier announcement, earlier planned end (a time given before none), listed
 * first. Two incidents that differ in any field are ordered by their fields, so the order of the
 * list decides only between incidents that are the same in every field it reads.
 */
function comparePriority(incidents: IncidentTable, a: number, b: number): number {
  const { start, end, cause, ids, announced, plannedEnd } = incidents;
  const byTime = (start[a] as number) - (start[b] as number) || (end[b] as number) - (end[a] as number) || (cause[a] as number) - (cause[b] as number);
  if (byTime !== 0) return byTime;
  const idA = ids[a];
  const idB = ids[b];
  if (idA !== idB) {
    if (idA === undefined) return 1;
    if (idB === undefined) return -1;
    return idA < idB ? -1 : 1;
  }
  return earlierGiven(announced[a] as number, announced[b] as number) || earlierGiven(plannedEnd[a] as number, plannedEnd[b] as number) || a - b;
}

/**
 * The incidents that reach into `[lo, hi)`, in priority order. Sorting 100,000 indices with a
 * comparator dominates the whole measurement, so when the starts span few enough milliseconds the
 * start and the position are packed into one exact number and sorted natively; only runs of equal
 * starts then need the full comparison.
 */
function priorityOrder(incidents: IncidentTable, lo: number, hi: number): number[] {
  const { start, end } = incidents;
  const chosen: number[] = [];
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < incidents.count; i++) {
    const s = start[i] as number;
    const e = end[i] as number;
    if (e <= s || e <= lo || s >= hi) continue;
    chosen.push(i);
    if (s < min) min = s;
    if (s > max) max = s;
  }
  const n = chosen.length;
  if ((max - min + 1) * n > Number.MAX_SAFE_INTEGER) return chosen.sort((a, b) => comparePriority(incidents, a, b));
  const keys = new Float64Array(n);
  for (let k = 0; k < n; k++) keys[k] = ((start[chosen[k] as number] as number) - min) * n + k;
  keys.sort();
  const order = new Array<number>(n);
  for (let k = 0; k < n; k++) order[k] = chosen[(keys[k] as number) % n] as number;
  // Equal starts: the rest of the comparison decides.
  for (let k = 0; k < n; ) {
    let j = k + 1;
    while (j < n && start[order[j] as number] === start[order[k] as number]) j++;
    if (j - k > 1) {
      const run = order.slice(k, j).sort((a, b) => comparePriority(incidents, a, b));
      for (let q = k; q < j; q++) order[q] = run[q - k] as number;
    }
    k = j;
  }
  return order;
}

/**
 * Classifies incidents over `[from, to)` and attributes every instant of downtime to one incident:
 * excusable beats unscheduled, then the incident order of {@link priorityOrder}. Sort and sweep
 * with a heap of the active pieces, O(n log n).
 *
 * Incidents are first clipped to the range widened by one minute on each side when the policy
 * drops short periods: the attribution at an instant depends only on the incidents active then,
 * and a period that reaches into the range is at least a minute long inside the widened range
 * exactly when it is at least a minute long in total.
 */
export function attributeDowntime(incidents: IncidentTable, policy: ReadPolicy, from: number, to: number, windows: readonly CompiledWindow[]): RawSegments {
  return finishDowntime(sweepDowntime(incidents, policy, from, to, windows), policy.dropShortPeriods, from, to);
}

/**
 * Attributed downtime before the partial-minute rule and the clip to the range: sorted, disjoint
 * segments over the widened range, each with its incident, reason and the start of the piece of
 * the incident it comes from (touching segments of one piece are one segment).
 */
export interface Sweep {
  readonly start: number[];
  readonly end: number[];
  readonly incident: number[];
  readonly reason: number[];
  readonly pieceStart: number[];
}

/** The sweep of {@link attributeDowntime}. */
export function sweepDowntime(incidents: IncidentTable, policy: ReadPolicy, from: number, to: number, windows: readonly CompiledWindow[]): Sweep {
  const margin = policy.dropShortPeriods ? ONE_MINUTE : 0;
  const lo = from - margin;
  const hi = to + margin;
  const order = priorityOrder(incidents, lo, hi);
  const n = order.length;

  // Pieces: the incidents clipped to [lo, hi), split at window edges where the policy says so.
  const pStart: number[] = [];
  const pEnd: number[] = [];
  const pKey: number[] = [];
  const pIncident: number[] = [];
  const pReason: number[] = [];
  const add = (start: number, end: number, incident: number, rank: number, reason: number): void => {
    pStart.push(start);
    pEnd.push(end);
    pKey.push(isExcusableReason(reason) ? rank : n + rank);
    pIncident.push(incident);
    pReason.push(reason);
  };
  for (let rank = 0; rank < n; rank++) {
    const i = order[rank] as number;
    const start = Math.max(incidents.start[i] as number, lo);
    const end = Math.min(incidents.end[i] as number, hi);
    const cause = incidents.cause[i] as number;
    if (policy.excusable[cause] !== true) {
      add(start, end, i, rank, UNSCHEDULED_CAUSE);
      continue;
    }
    // A condition on the cause: notice ahead of the incident's own start, then the announced end.
    let excusedEnd = end;
    const condition = policy.conditions[cause];
    if (condition !== undefined) {
      const refused = refusal(condition, incidents, i);
      if (refused >= 0) {
        add(start, end, i, rank, refused);
        continue;
      }
      const planned = incidents.plannedEnd[i] as number;
      if (condition.untilPlannedEnd && planned < end) {
        excusedEnd = Math.max(start, planned);
        add(excusedEnd, end, i, rank, PAST_PLANNED_END);
      }
      if (excusedEnd <= start) continue;
    }
    if (cause === SCHEDULED_MAINTENANCE && policy.maintenanceWindowsOnly) {
      const inside = windowTimeBetween(windows, start, excusedEnd);
      for (const piece of inside) add(piece.start, piece.end, i, rank, INSIDE_WINDOW);
      for (const piece of subtractIntervals([{ start, end: excusedEnd }], inside)) add(piece.start, piece.end, i, rank, OUTSIDE_WINDOW);
    } else {
      add(start, excusedEnd, i, rank, EXCUSABLE_CAUSE);
    }
  }

  // Pieces come mostly in start order already (the priority order starts with the start), so this
  // sort is close to linear; only maintenance pieces and clipped starts move.
  const count = pStart.length;
  const byStart = Array.from({ length: count }, (_, k) => k).sort((a, b) => (pStart[a] as number) - (pStart[b] as number));

  // Min-heap of active pieces by key (excusable first, then the incident order).
  const heap = new Int32Array(count);
  let size = 0;
  const less = (a: number, b: number): boolean => (pKey[a] as number) < (pKey[b] as number);
  const push = (piece: number): void => {
    let k = size++;
    while (k > 0) {
      const parent = (k - 1) >> 1;
      if (!less(piece, heap[parent] as number)) break;
      heap[k] = heap[parent] as number;
      k = parent;
    }
    heap[k] = piece;
  };
  const pop = (): void => {
    const last = heap[--size] as number;
    let k = 0;
    for (;;) {
      let child = 2 * k + 1;
      if (child >= size) break;
      if (child + 1 < size && less(heap[child + 1] as number, heap[child] as number)) child++;
      if (!less(heap[child] as number, last)) break;
      heap[k] = heap[child] as number;
      k = child;
    }
    heap[k] = last;
  };

  const sStart: number[] = [];
  const sEnd: number[] = [];
  const sPiece: number[] = [];
  let next = 0;
  let t = -Infinity;
  while (next < count || size > 0) {
    if (size === 0) t = pStart[byStart[next] as number] as number;
    while (next < count && (pStart[byStart[next] as number] as number) <= t) push(byStart[next++] as number);
    // Pieces that ended are dropped lazily, when they reach the top.
    while (size > 0 && (pEnd[heap[0] as number] as number) <= t) pop();
    if (size === 0) continue;
    const top = heap[0] as number;
    const until = next < count ? Math.min(pEnd[top] as number, pStart[byStart[next] as number] as number) : (pEnd[top] as number);
    const last = sStart.length - 1;
    if (last >= 0 && sPiece[last] === top && sEnd[last] === t) sEnd[last] = until;
    else {
      sStart.push(t);
      sEnd.push(until);
      sPiece.push(top);
    }
    t = until;
  }

  return {
    start: sStart,
    end: sEnd,
    incident: sPiece.map((piece) => pIncident[piece] as number),
    reason: sPiece.map((piece) => pReason[piece] as number),
    pieceStart: sPiece.map((piece) => pStart[piece] as number),
  };
}

/** The partial-minute rule and the clip to `[from, to)` over a sweep. */
export function finishDowntime(sweep: Sweep, dropShortPeriods: boolean, from: number, to: number): RawSegments {
  const { start: sStart, end: sEnd, reason } = sweep;
  // The partial-minute rule: a maximal run of touching unscheduled segments under a minute is dropped.
  const counted: boolean[] = sStart.map(() => true);
  if (dropShortPeriods) {
    const unscheduled = (k: number): boolean => !isExcusableReason(reason[k] as number);
    let k = 0;
    while (k < sStart.length) {
      if (!unscheduled(k)) {
        k++;
        continue;
      }
      let j = k + 1;
      while (j < sStart.length && unscheduled(j) && sEnd[j - 1] === sStart[j]) j++;
      if ((sEnd[j - 1] as number) - (sStart[k] as number) < ONE_MINUTE) counted.fill(false, k, j);
      k = j;
    }
  }

  // Clip to [from, to).
  const result = { start: [] as number[], end: [] as number[], incident: [] as number[], reason: [] as number[], counted: [] as boolean[] };
  for (let k = 0; k < sStart.length; k++) {
    const start = Math.max(sStart[k] as number, from);
    const end = Math.min(sEnd[k] as number, to);
    if (end <= start) continue;
    result.start.push(start);
    result.end.push(end);
    result.incident.push(sweep.incident[k] as number);
    result.reason.push(reason[k] as number);
    result.counted.push(counted[k] as boolean);
  }
  return { count: result.start.length, ...result };
}
