import { openTimeBetween } from '../calendar/business-time-between.js';
import { engineOf } from '../calendar/create-calendar.js';
import type { Calendar } from '../calendar/types.js';
import { fail } from '../core/errors.js';
import { toEpochMs, type DateInput } from '../core/instant.js';
import type { CaseOutcome, SeverityLevel, TargetEvidence } from './types.js';

/**
 * How long one target of a case took: business time (open time of the case's calendar, the
 * target's pauses left out) and wall time (elapsed, pauses included), both in ms.
 *
 * @example
 * ```ts
 * import type { CaseDuration } from 'slakit/cases';
 *
 * const took: CaseDuration = { level: 2, business: 5_400_000, wall: 59_400_000 };
 * ```
 */
export interface CaseDuration {
  /** The level the target was judged under. */
  readonly level: SeverityLevel;
  readonly business: number;
  readonly wall: number;
}

/**
 * The times of one case: from its opening to its first reply and to its resolution, `null` while
 * the clock still runs (or when the level has no such target, or the case was cancelled).
 *
 * @example
 * ```ts
 * import type { CaseTimes } from 'slakit/cases';
 *
 * const times: CaseTimes = { response: { level: 1, business: 600_000, wall: 600_000 }, resolution: null };
 * ```
 */
export interface CaseTimes {
  readonly response: CaseDuration | null;
  readonly resolution: CaseDuration | null;
}

/**
 * The median and 90th percentile of one level's times (nearest rank), in ms.
 *
 * @example
 * ```ts
 * import type { TypicalTime } from 'slakit/cases';
 *
 * const t: TypicalTime = { level: 1, count: 3, business: { median: 600_000, p90: 1_200_000 }, wall: { median: 600_000, p90: 1_200_000 } };
 * ```
 */
export interface TypicalTime {
  readonly level: SeverityLevel;
  /** How many cases the figures are taken over. */
  readonly count: number;
  readonly business: { readonly median: number; readonly p90: number };
  readonly wall: { readonly median: number; readonly p90: number };
}

/**
 * Typical times to first reply and to resolution, one entry per level that has any, levels in
 * ascending order.
 *
 * @example
 * ```ts
 * import type { TypicalTimes } from 'slakit/cases';
 *
 * const none: TypicalTimes = { response: [], resolution: [] };
 * ```
 */
export interface TypicalTimes {
  readonly response: readonly TypicalTime[];
  readonly resolution: readonly TypicalTime[];
}

/** Open time of `calendar` in `[from, to)` outside `pauses`. */
function businessOutside(calendar: Calendar, from: number, to: number, pauses: TargetEvidence['pauses']): number {
  let total = openTimeBetween(calendar, from, to);
  for (const p of pauses) {
    const start = Math.max(from, p.start.getTime());
    const end = Math.min(to, p.end.getTime());
    if (end > start) total -= openTimeBetween(calendar, start, end);
  }
  return total;
}

const isInstant = (value: unknown): value is Date => value instanceof Date && Number.isFinite(value.getTime());

/** Checks the fields of a target's evidence that the times read. */
function checkEvidence(evidence: unknown, path: string): void {
  if (evidence === null) return;
  const e = evidence as TargetEvidence;
  if (typeof e !== 'object' || !['met', 'breached', 'pending', 'cancelled'].includes(e.outcome as string)) fail('INVALID_ARGUMENT', path, evidence, 'is not the evidence of a target');
  if (!isInstant(e.at)) fail('INVALID_ARGUMENT', `${path}.at`, e.at, 'is not a valid Date');
  if (!Array.isArray(e.pauses)) fail('INVALID_ARGUMENT', `${path}.pauses`, e.pauses, 'is not a list of pauses');
  e.pauses.forEach((p, i) => {
    if (typeof p !== 'object' || p === null || !isInstant(p.start) || !isInstant(p.end)) fail('INVALID_ARGUMENT', `${path}.pauses[${i}]`, p, 'is not a pause { start, end } of valid Dates');
  });
}

function durationOf(calendar: Calendar, opened: number, evidence: TargetEvidence | null, level: SeverityLevel, now: number): CaseDuration | null {
  if (evidence === null || (evidence.outcome !== 'met' && evidence.outcome !== 'breached')) return null;
  const at = evidence.at.getTime();
  // A breached clock still running stops at `now`: no reply yet, so no time to it.
  if (evidence.outcome === 'breached' && at >= now) return null;
  return { level, business: businessOutside(calendar, opened, at, evidence.pauses), wall: at - opened };
}

/**
 * The times of one case outcome of `complianceReport` (with `outcomes`): from its opening to the
 * first reply (the stop of the response clock) and to the resolution, in business time on the
 * case's calendar with the clock's pauses left out, and in wall time. A target whose clock still
 * runs at `now`, or that was cancelled, has no time yet (`null`). A clock that stopped at `now`
 * to the millisecond counts as still running.
 *
 * @throws SlaError `INVALID_ARGUMENT` when `outcome` is not a case outcome; `INVALID_DATE` for `now`.
 * @example
 * ```ts
 * import { caseTimes, complianceReport } from 'slakit/cases';
 * import { businessHours8to5, uniphoreSupport } from 'slakit/presets';
 *
 * const calendar = businessHours8to5('America/New_York');
 * const now = '2026-11-24T12:00:00-05:00';
 * const report = complianceReport(uniphoreSupport, calendar, [
 *   { severity: 3, openedAt: '2026-11-23T16:00:00-05:00', events: [{ type: 'responded', at: '2026-11-24T09:30:00-05:00' }] },
 * ], { now, outcomes: 'all' });
 * caseTimes(report.outcomes![0]!, calendar, now).response; //=> { level: 3, business: 9_000_000, wall: 63_000_000 }
 * ```
 */
export function caseTimes(outcome: CaseOutcome, calendar: Calendar, now: DateInput): CaseTimes {
  const nowMs = toEpochMs(now, 'now');
  engineOf(calendar);
  if (typeof outcome !== 'object' || outcome === null || typeof outcome.response !== 'object' || outcome.response === null) fail('INVALID_ARGUMENT', 'outcome', outcome, 'is not a case outcome of complianceReport');
  if (!isInstant(outcome.openedAt)) fail('INVALID_ARGUMENT', 'outcome.openedAt', outcome.openedAt, 'is not a valid Date');
  for (const key of ['severity', 'responseSeverity'] as const) if (!Number.isInteger(outcome[key]) || outcome[key] < 1) fail('INVALID_ARGUMENT', `outcome.${key}`, outcome[key], 'is not a severity level');
  checkEvidence(outcome.response, 'outcome.response');
  if (outcome.resolution !== null) checkEvidence(outcome.resolution, 'outcome.resolution');
  const opened = outcome.openedAt.getTime();
  return {
    response: durationOf(calendar, opened, outcome.response, outcome.responseSeverity, nowMs),
    resolution: durationOf(calendar, opened, outcome.resolution, outcome.severity, nowMs),
  };
}

/**
 * The p-th percentile of ascending `sorted` values by nearest rank: the value at rank ⌈p/100 × n⌉
 * (1-based), so always one of the values; the median is the 50th (the lower middle of an even
 * count).
 *
 * @throws SlaError `INVALID_ARGUMENT` for an empty list or `p` outside (0, 100].
 * @example
 * ```ts
 * import { nearestRank } from 'slakit/cases';
 *
 * nearestRank([10, 20, 30, 40], 50); //=> 20
 * nearestRank([10, 20, 30, 40], 90); //=> 40
 * ```
 */
export function nearestRank(sorted: readonly number[], p: number): number {
  if (!Array.isArray(sorted) || sorted.length === 0) fail('INVALID_ARGUMENT', 'sorted', sorted, 'is not a non-empty list of numbers');
  if (typeof p !== 'number' || !(p > 0 && p <= 100)) fail('INVALID_ARGUMENT', 'p', p, 'is not a percentile above 0 and at most 100');
  sorted.forEach((v, i) => {
    if (typeof v !== 'number' || !Number.isFinite(v)) fail('INVALID_ARGUMENT', `sorted[${i}]`, v, 'is not a finite number');
    if (i > 0 && v < (sorted[i - 1] as number)) fail('INVALID_ARGUMENT', `sorted[${i}]`, v, 'is below the value before it: the list is not in ascending order');
  });
  return sorted[Math.ceil((p / 100) * sorted.length) - 1] as number;
}

function summarise(byLevel: Map<SeverityLevel, CaseDuration[]>): TypicalTime[] {
  return [...byLevel.keys()]
    .sort((a, b) => a - b)
    .map((level) => {
      const list = byLevel.get(level) as CaseDuration[];
      const business = list.map((d) => d.business).sort((a, b) => a - b);
      const wall = list.map((d) => d.wall).sort((a, b) => a - b);
      return { level, count: list.length, business: { median: nearestRank(business, 50), p90: nearestRank(business, 90) }, wall: { median: nearestRank(wall, 50), p90: nearestRank(wall, 90) } };
    });
}

/**
 * The median and 90th percentile (nearest rank, {@link nearestRank}) of the times to first reply
 * and to resolution per level, exact, over the times of many cases ({@link caseTimes}). Exact
 * percentiles cannot be merged from counts: to combine parts (shards of a file), keep each
 * part's `CaseTimes` and call this once over them all, as `slakit compliance --jobs` does.
 *
 * @throws SlaError `INVALID_ARGUMENT` when `times` is not an iterable of case times.
 * @example
 * ```ts
 * import { typicalTimes } from 'slakit/cases';
 *
 * const minutes = (m: number) => ({ level: 1, business: m * 60_000, wall: m * 60_000 });
 * const t = typicalTimes([10, 20, 30, 40, 50].map((m) => ({ response: minutes(m), resolution: null })));
 * t.response[0]?.business; //=> { median: 1_800_000, p90: 3_000_000 }
 * t.resolution; //=> []
 * ```
 */
export function typicalTimes(times: Iterable<CaseTimes>): TypicalTimes {
  if (typeof (times as { [Symbol.iterator]?: unknown } | null)?.[Symbol.iterator] !== 'function') fail('INVALID_ARGUMENT', 'times', times, 'is not an iterable of case times');
  const response = new Map<SeverityLevel, CaseDuration[]>();
  const resolution = new Map<SeverityLevel, CaseDuration[]>();
  const add = (map: Map<SeverityLevel, CaseDuration[]>, d: CaseDuration | null, path: string): void => {
    if (d === null) return;
    if (typeof d !== 'object' || !Number.isFinite(d.business) || !Number.isFinite(d.wall) || !Number.isInteger(d.level)) fail('INVALID_ARGUMENT', path, d, 'is not a case duration { level, business, wall }');
    const list = map.get(d.level);
    if (list === undefined) map.set(d.level, [d]);
    else list.push(d);
  };
  let i = 0;
  for (const t of times) {
    if (typeof t !== 'object' || t === null) fail('INVALID_ARGUMENT', `times[${i}]`, t, 'is not case times { response, resolution }');
    add(response, t.response, `times[${i}].response`);
    add(resolution, t.resolution, `times[${i}].resolution`);
    i++;
  }
  return { response: summarise(response), resolution: summarise(resolution) };
}
