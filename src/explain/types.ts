import type { Weekday } from '../calendar/types.js';
import type { IncidentCause } from '../availability/types.js';
import type { UpliftRule } from '../renewal/renewal-uplift.js';
import type { SeverityLevel } from '../cases/types.js';
import type { Clause } from '../contract/types.js';

export type { Clause };

// Explanations are plain JSON: instants are ISO strings ('…Z' in UTC, or with the zone's offset
// where a wall time is meant), money is a string of integer minor units (it may be a bigint), so
// `JSON.parse(JSON.stringify(e))` deep-equals `e`.


/**
 * One stretch of clock time a due time consumed, within one local day of the calendar's zone.
 * `date` + `from` + `utcOffset` is the start as an ISO string; `to` is `'24:00'` when the stretch
 * runs to the start of the next day, otherwise `date` + `to` + `endUtcOffset` is the end.
 *
 * @example
 * ```ts
 * import type { ExplainedStretch } from 'slakit/explain';
 *
 * const friday: ExplainedStretch = {
 *   date: '2026-11-20', weekday: 'fri', from: '16:30', to: '17:00', utcOffset: '-05:00', endUtcOffset: '-05:00',
 *   start: '2026-11-20T21:30:00.000Z', end: '2026-11-20T22:00:00.000Z', ms: 1_800_000, minutes: 30,
 * };
 * ```
 */
export interface ExplainedStretch {
  /** The local date, `'YYYY-MM-DD'`. */
  readonly date: string;
  readonly weekday: Weekday;
  /** Local wall time of the start, `'HH:mm'` (seconds and milliseconds only when not zero). */
  readonly from: string;
  /** Local wall time of the end, or `'24:00'` for the start of the next day. */
  readonly to: string;
  /** Offset from UTC at the start, `'±HH:mm'`. */
  readonly utcOffset: string;
  /** Offset from UTC at the end. */
  readonly endUtcOffset: string;
  /** The start as an ISO instant in UTC. */
  readonly start: string;
  /** The end as an ISO instant in UTC. */
  readonly end: string;
  /** Length in ms; the stretches of an explanation add up exactly to its `targetMs`. */
  readonly ms: number;
  /** The same length in minutes, for reading. */
  readonly minutes: number;
}

/**
 * A whole local day without open time that a due time passed over: a `'holiday'` of the calendar,
 * a day an `'override'` closes, or a day the weekly hours leave `'closed'` (a weekend).
 *
 * @example
 * ```ts
 * import type { SkippedDay } from 'slakit/explain';
 *
 * const saturday: SkippedDay = { date: '2026-11-21', weekday: 'sat', reason: 'closed' };
 * ```
 */
export interface SkippedDay {
  readonly date: string;
  readonly weekday: Weekday;
  readonly reason: 'holiday' | 'override' | 'closed';
}

/**
 * A change of the zone's offset (daylight saving time) between the start and the due time.
 * `wall` is the local wall time just before the change, in the old offset.
 *
 * @example
 * ```ts
 * import type { DstChange } from 'slakit/explain';
 *
 * const fallBack: DstChange = { at: '2026-11-01T06:00:00.000Z', wall: '2026-11-01T02:00', from: '-04:00', to: '-05:00' };
 * ```
 */
export interface DstChange {
  /** The instant of the change, ISO in UTC. */
  readonly at: string;
  /** Local date and time at which the clocks change, in the offset before the change. */
  readonly wall: string;
  readonly from: string;
  readonly to: string;
}

/**
 * A span in which the clock did not run (the case was paused, resolved or closed), clipped to the
 * explained range, with the clock time it left out.
 *
 * @example
 * ```ts
 * import type { ExplainedPause } from 'slakit/explain';
 *
 * const pause: ExplainedPause = { start: '2026-11-23T10:00:00.000-05:00', end: '2026-11-23T12:00:00.000-05:00', ms: 7_200_000, minutes: 120 };
 * ```
 */
export interface ExplainedPause {
  /** ISO with the zone's offset. */
  readonly start: string;
  /** ISO with the zone's offset. */
  readonly end: string;
  /** The clock time (business time on a business clock) the span left out, in ms. */
  readonly ms: number;
  /** The same in minutes. */
  readonly minutes: number;
  /** The reasons of the `paused` events in this span (`'waiting-on-customer'`), when they have any. */
  readonly reason?: string;
}

/**
 * Why a due time is when it is: the stretches of clock time it consumed, which add up exactly to
 * `targetMs`, and what it passed over (closed days, clock changes, pauses).
 *
 * @example
 * ```ts
 * import { type DueTimeExplanation, explainBusinessTime } from 'slakit/explain';
 * import { createCalendar } from 'slakit/calendar';
 *
 * const e: DueTimeExplanation = explainBusinessTime(createCalendar({ timeZone: 'UTC', hours: '24x7' }), '2026-11-20T00:00:00Z', { hours: 2 });
 * e.targetMinutes; //=> 120
 * ```
 */
export interface DueTimeExplanation {
  readonly kind: 'due-time';
  /** What is due (`'response'`, `'resolution'`, `'next update'`); omitted by {@link explainBusinessTime}. */
  readonly label?: string;
  /** `'business'`: the calendar's open time counts; `'24x7'`: all time counts. */
  readonly clock: 'business' | '24x7';
  readonly timeZone: string;
  /** When the clock started, ISO with the zone's offset. */
  readonly start: string;
  /** The due time, ISO with the zone's offset. */
  readonly due: string;
  /**
   * In a case's explanation: the target is breached (an update missed) only after this instant,
   * ISO with the zone's offset — where the clock runs again at or after `due`. Later than `due`
   * when the target ends at a closing or a pause: no clock time passes in between.
   */
  readonly breachedAfter?: string;
  /** The clock time to the due time in ms: exactly the sum of the stretches. */
  readonly targetMs: number;
  /** The same in minutes. */
  readonly targetMinutes: number;
  /** For a business-days target, the number of business days. */
  readonly businessDays?: number;
  /** For a deadline target, the deadline in words: `'by 16:00 on the next business day'`. */
  readonly deadline?: string;
  readonly stretches: readonly ExplainedStretch[];
  readonly skippedDays: readonly SkippedDay[];
  readonly dstChanges: readonly DstChange[];
  readonly pauses: readonly ExplainedPause[];
  /** The contract clause of the target, when known. */
  readonly source?: Clause;
}

/**
 * Why a case's response, resolution and next update are due when they are.
 *
 * @example
 * ```ts fragment
 * import type { CaseExplanation } from 'slakit/explain';
 *
 * const e: CaseExplanation = { kind: 'case', severity: 3, response: responseExplanation, resolution: null, update: null };
 * ```
 */
export interface CaseExplanation {
  readonly kind: 'case';
  readonly id?: string | number;
  /** The severity whose targets apply (the one in force at `now`). */
  readonly severity: SeverityLevel;
  /** Under a contract with plans ({@link explainContractCase}): the plan chosen, and the rule of `support.select` that chose it. */
  readonly plan?: { readonly name: string; readonly rule: number; readonly when: { readonly [field: string]: string | readonly string[] } | null };
  readonly response: DueTimeExplanation;
  /** `null` when the level has no resolution target. */
  readonly resolution: DueTimeExplanation | null;
  /** The cadence period that ends at the next update due; `null` when no update is owed. */
  readonly update: DueTimeExplanation | null;
  /** When the policy has a `reply` target: the due time of each reply clock, as `evaluateCase`'s `replies`. */
  readonly replies?: readonly DueTimeExplanation[];
}

/**
 * One rule's candidate rate for a renewal uplift.
 *
 * @example
 * ```ts
 * import type { UpliftCandidate } from 'slakit/explain';
 *
 * const candidate: UpliftCandidate = { rule: 'floor', rate: 0.05 };
 * ```
 */
export interface UpliftCandidate {
  readonly rule: UpliftRule;
  readonly rate: number;
}

/**
 * Why a renewed fee is what it is: the CPI-U used, each rule's candidate rate, the rule that won,
 * the exact product and its rounding. Money is in minor units as strings of digits.
 *
 * @example
 * ```ts
 * import { explainRenewalFee, type RenewalFeeExplanation } from 'slakit/explain';
 *
 * const e: RenewalFeeExplanation = explainRenewalFee(1_200_000, { cpi: 0.0612 });
 * [e.rule, e.renewedMinor]; //=> ['cpi', '1273440']
 * ```
 */
export interface RenewalFeeExplanation {
  readonly kind: 'renewal-fee';
  readonly feeMinor: string;
  readonly cpi: {
    /** The CPI-U change as a number (nearest to the exact ratio for index values). */
    readonly change: number;
    /** The index values, when the change came from them. */
    readonly previous?: number;
    readonly current?: number;
    /** The period the index values cover, as the caller named it. */
    readonly period?: string;
  };
  readonly candidates: readonly UpliftCandidate[];
  readonly rule: UpliftRule;
  readonly rate: number;
  /** The exact rate as `'numerator/denominator'` in lowest terms. */
  readonly exactRate: string;
  /** `feeMinor × (1 + rate)` before rounding: an exact decimal, or `'numerator/denominator'` when it does not end. */
  readonly unroundedMinor: string;
  readonly rounding: 'half-up' | 'half-even';
  readonly renewedMinor: string;
  readonly source?: Clause;
}

/**
 * A maintenance window occurrence that excused (part of) an incident, with the minutes it excused.
 *
 * @example
 * ```ts
 * import type { ExcusingWindow } from 'slakit/explain';
 *
 * const window: ExcusingWindow = { id: 'eu', region: 'EU', start: '2026-10-07T02:30:00.000+00:00', end: '2026-10-07T05:00:00.000+00:00', ms: 7_200_000, minutes: 120 };
 * ```
 */
export interface ExcusingWindow {
  readonly id?: string;
  readonly region?: string;
  /** ISO with the offset of the month's zone. */
  readonly start: string;
  readonly end: string;
  /** The incident's time inside the window, exactly, in ms. */
  readonly ms: number;
  readonly minutes: number;
}

/**
 * What one incident added to availability's terms within the month. Its time in the month is
 * split exactly into excusable (y), unscheduled (z), dropped (the partial-minute rule) and
 * overlapped (already counted under another incident).
 *
 * @example
 * ```ts fragment
 * import type { ExplainedIncident } from 'slakit/explain';
 *
 * const incident: ExplainedIncident = e.incidents[0];
 * ```
 */
export interface ExplainedIncident {
  /** Its position in the input. */
  readonly index: number;
  readonly id?: string;
  readonly cause: IncidentCause;
  /** The incident clipped to the month (and to `asOf`), ISO with the month zone's offset. */
  readonly start: string;
  readonly end: string;
  readonly excusableMs: number;
  readonly unscheduledMs: number;
  readonly droppedMs: number;
  readonly overlappedMs: number;
  readonly excusableMinutes: number;
  readonly unscheduledMinutes: number;
  readonly droppedMinutes: number;
  readonly overlappedMinutes: number;
  /** With service hours: its time outside them, counted in neither y nor z. */
  readonly outsideServiceHoursMinutes?: number;
  /** The maintenance windows that excused it (scheduled maintenance under a windows-only policy). */
  readonly windows: readonly ExcusingWindow[];
  /** What its announcement did, in words, when its cause has a notice condition: `'announced 23 h 30 min ahead, 72 h required'`. */
  readonly notice?: readonly string[];
  /** The clause of its cause, when given. */
  readonly source?: Clause;
}

/**
 * Why a month's availability is what it is: `((x − y − z) / (x − y)) × 100` with the minutes each
 * incident added to y and z.
 *
 * @example
 * ```ts fragment
 * import { type AvailabilityExplanation, explainAvailability } from 'slakit/explain';
 *
 * const e: AvailabilityExplanation = explainAvailability(input);
 * ```
 */
export interface AvailabilityExplanation {
  readonly kind: 'availability';
  readonly month: string;
  readonly timeZone: string;
  /** Minutes in the month. */
  readonly x: number;
  /** Excusable minutes. */
  readonly y: number;
  /** Unscheduled minutes that count. */
  readonly z: number;
  /** Unscheduled minutes dropped by the partial-minute rule. */
  readonly dropped: number;
  /** With service hours: downtime outside them, counted in neither y nor z (x is their minutes). */
  readonly outsideServiceHours?: number;
  /** `null` when x − y is 0. */
  readonly percent: number | null;
  readonly incidents: readonly ExplainedIncident[];
  /** The clause of the formula, when given. */
  readonly source?: Clause;
}

/**
 * Any explanation slakit gives; {@link formatExplanation} renders each.
 *
 * @example
 * ```ts fragment
 * import type { Explanation } from 'slakit/explain';
 *
 * const explanations: Explanation[] = [caseExplanation, feeExplanation];
 * ```
 */
export type Explanation = DueTimeExplanation | CaseExplanation | RenewalFeeExplanation | AvailabilityExplanation;
