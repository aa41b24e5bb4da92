import type { DurationInput } from '../core/duration.js';
import type { DateInput } from '../core/instant.js';
import type { MinorUnits } from '../renewal/money.js';
import type { MaintenanceSchedule } from '../maintenance/types.js';
import type { Calendar } from '../calendar/types.js';

/**
 * Why a stretch of downtime happened: the categories of NiCE Cloud Services Terms §7.2
 * (Excusable Downtime) and Uniphore Support SLAs (SLA Exclusions; `'program-backup'` is its
 * exclusion "(iii) Program backup", for deployments on-premises or hosted outside Uniphore's Cloud)
 * plus `'unplanned'`, an outage the vendor caused. A {@link DowntimePolicy} says which are
 * excusable.
 *
 * @example
 * ```ts
 * import type { IncidentCause } from 'slakit/availability';
 *
 * const cause: IncidentCause = 'emergency-maintenance';
 * ```
 */
export type IncidentCause =
  | 'unplanned'
  | 'scheduled-maintenance'
  | 'emergency-maintenance'
  | 'customer-requested-service'
  | 'customer-caused'
  | 'suspension'
  | 'force-majeure'
  | 'third-party'
  | 'configuration-not-by-vendor'
  | 'network-connectivity'
  | 'program-backup';

/**
 * One outage: `[start, end)`. `end: null` means it is still going on; the measurement then needs
 * `asOf` and treats it as ending there. Other fields of the object are ignored, so records from a
 * ticketing tool can be passed as they are.
 *
 * @example
 * ```ts
 * import type { Incident } from 'slakit/availability';
 *
 * const outage: Incident = { id: 'INC-7', start: '2026-06-03T10:00:00Z', end: '2026-06-03T10:43:12Z', cause: 'unplanned' };
 * const ongoing: Incident = { id: 'INC-8', start: '2026-06-29T22:00:00Z', end: null, cause: 'unplanned' };
 * ```
 */
export interface Incident {
  readonly id?: string;
  readonly start: DateInput;
  readonly end: DateInput | null;
  readonly cause: IncidentCause;
  /** When the work was announced to the customer (an {@link ExcuseCondition} with `notice` reads it); `null` or absent: not announced. */
  readonly announcedAt?: DateInput | null;
  /** The announced end of the work (an {@link ExcuseCondition} with `until: 'plannedEnd'` reads it). */
  readonly plannedEnd?: DateInput | null;
  /** The environment it happened in (`'production'`), which a measurement's `appliesTo` reads. */
  readonly environment?: string;
}

/**
 * What an availability commitment covers: the environments whose incidents count. Incidents in
 * other environments are listed as out of scope and not counted.
 *
 * @example
 * ```ts
 * import type { AvailabilityScope } from 'slakit/availability';
 *
 * const production: AvailabilityScope = { environment: ['production'] };
 * ```
 */
export interface AvailabilityScope {
  readonly environment: readonly string[];
}

/**
 * An incident left out of a measurement because its environment is outside `appliesTo`.
 *
 * @example
 * ```ts
 * import type { OutOfScopeIncident } from 'slakit/availability';
 *
 * const staging: OutOfScopeIncident = { incidentIndex: 4, incidentId: 'INC-5', environment: 'staging' };
 * ```
 */
export interface OutOfScopeIncident {
  incidentIndex: number;
  incidentId?: string;
  environment: string;
}

/**
 * A condition on an excusable cause: its downtime is excusable only when it was announced at
 * least `notice` before it began (`announcedAt` of the incident), and only until the announced
 * end (`plannedEnd`) when `until` is `'plannedEnd'`. Announced too late, or not announced, the
 * downtime is unscheduled; past `plannedEnd` the overrun is unscheduled.
 *
 * `notice: 'best-effort'` is a notice the vendor promises without a minimum (Uniphore Support
 * SLAs, "Uniphore Cloud (X-Platform)": emergency maintenance, "Customer will be notified
 * immediately"): it excuses with any notice, or none, so it never changes how the downtime
 * counts; segments still carry the announcement, and explanations say what was given. It may
 * name any cause, excusable or not (it narrows nothing).
 *
 * @example
 * ```ts
 * import type { ExcuseCondition } from 'slakit/availability';
 *
 * const announced: ExcuseCondition = { cause: 'scheduled-maintenance', notice: 'PT72H', until: 'plannedEnd' };
 * const immediately: ExcuseCondition = { cause: 'emergency-maintenance', notice: 'best-effort' };
 * ```
 */
export interface ExcuseCondition {
  /** A cause listed in the policy's `excusable` (any cause for a `'best-effort'` notice without `until`). */
  readonly cause: IncidentCause;
  /** The least time between the announcement and the start: ms, `'PT72H'` or `{ hours: 72 }`; or `'best-effort'`: notice promised, no minimum. */
  readonly notice?: DurationInput | 'best-effort';
  /** `'plannedEnd'`: the excuse ends at the incident's announced end. */
  readonly until?: 'plannedEnd';
}

/**
 * How the percentage is rounded, once, after it has been computed exactly: to `decimals` places
 * (0–10), `'down'` (truncate), `'up'`, `'half-up'` or `'half-even'`.
 *
 * @example
 * ```ts
 * import type { PercentRounding } from 'slakit/availability';
 *
 * const twoPlaces: PercentRounding = { decimals: 2, mode: 'down' };
 * ```
 */
export interface PercentRounding {
  readonly decimals: number;
  readonly mode: 'down' | 'up' | 'half-up' | 'half-even';
}

/**
 * Which downtime counts against the SLA, as data.
 *
 * @example
 * ```ts
 * import type { DowntimePolicy } from 'slakit/availability';
 *
 * const policy: DowntimePolicy = {
 *   excusable: ['scheduled-maintenance', 'customer-caused', 'force-majeure'],
 *   maintenanceWindowsOnly: true,
 *   partialMinutes: 'exact',
 * };
 * ```
 */
export interface DowntimePolicy {
  /** Causes whose downtime is excusable (y). Every other cause is unscheduled downtime (z). */
  readonly excusable: readonly IncidentCause[];
  /**
   * `true`: `'scheduled-maintenance'` is excusable only inside a maintenance window of the schedule
   * (and region) passed to the measurement; the part that overruns a window is unscheduled
   * downtime. `false`: it is excusable wherever it happens (if listed in `excusable`).
   */
  readonly maintenanceWindowsOnly: boolean;
  /**
   * `'exact'` (default): every millisecond counts. `'drop-under-one-minute'`: a period of
   * unscheduled downtime shorter than one minute is not counted, where a period is a maximal
   * stretch of uninterrupted unscheduled downtime, after overlapping incidents are merged and
   * excusable downtime is taken out, measured across month edges.
   */
  readonly partialMinutes?: 'exact' | 'drop-under-one-minute';
  /**
   * How x counts the month: `'elapsed'` (default), the minutes that pass in the month's zone (a
   * DST month has ±60); `'days'`, 24 × 60 × the days of the month, as NiCE Cloud Services Terms
   * §7.1 writes it ("24 hours per day x 60 minutes per hour x 30 days"), whatever the zone.
   */
  readonly monthMinutes?: 'elapsed' | 'days';
  /** Rounding of the percentage; none by default. */
  readonly rounding?: PercentRounding;
  /** Conditions on excusable causes: notice ahead and the announced end (at most one per cause). */
  readonly conditions?: readonly ExcuseCondition[];
}

/**
 * Why a segment is classified the way it is:
 * - `'excusable-cause'`: its cause is listed in the policy's `excusable`;
 * - `'unscheduled-cause'`: its cause is not listed;
 * - `'inside-maintenance-window'`: scheduled maintenance inside a window (policy `maintenanceWindowsOnly`);
 * - `'outside-maintenance-window'`: scheduled maintenance outside every window: the overrun;
 * - `'not-announced'`: an excusable cause whose condition asks for notice, with no `announcedAt`;
 * - `'short-notice'`: announced less than the condition's notice before it began;
 * - `'past-planned-end'`: the part after the announced end (`plannedEnd`);
 * - `'no-planned-end'`: the condition bounds the excuse by `plannedEnd` and the incident has none.
 *
 * @example
 * ```ts
 * import type { DowntimeReason } from 'slakit/availability';
 *
 * const reason: DowntimeReason = 'outside-maintenance-window';
 * ```
 */
export type DowntimeReason =
  | 'excusable-cause'
  | 'unscheduled-cause'
  | 'inside-maintenance-window'
  | 'outside-maintenance-window'
  | 'not-announced'
  | 'short-notice'
  | 'past-planned-end'
  | 'no-planned-end';

/**
 * What a segment's incident said about its announcement, on segments of a cause with an
 * {@link ExcuseCondition}; {@link describeNotice} says it in words.
 *
 * @example
 * ```ts
 * import type { SegmentNotice } from 'slakit/availability';
 *
 * const notice: SegmentNotice = { announcedAt: new Date('2026-06-02T10:30:00Z'), aheadMs: 84_600_000, requiredMs: 259_200_000, plannedEnd: new Date('2026-06-03T12:00:00Z') };
 * ```
 */
export interface SegmentNotice {
  /** When the work was announced; `null`: not announced. */
  announcedAt: Date | null;
  /** The incident's start minus `announcedAt` (negative: announced after it began); `null` when not announced. */
  aheadMs: number | null;
  /** The notice the condition requires; `null` when it requires none. */
  requiredMs: number | null;
  /** The announced end; `null` when none was given. */
  plannedEnd: Date | null;
  /** `true` when the condition's notice is `'best-effort'`: promised, with no minimum, so it excuses with any notice. */
  bestEffort?: true;
}

/**
 * A piece of downtime attributed to one incident: incidents cut at window edges and at the edges
 * of the measured range, with overlaps resolved so that segments never overlap. Where incidents
 * overlap, excusable downtime wins over unscheduled; among several of the same kind, the incident
 * that started first (then the longer one, then the cause listed first in {@link INCIDENT_CAUSES},
 * then the smaller id, then the earlier announcement, then the earlier planned end, then the one
 * listed first).
 *
 * @example
 * ```ts
 * import type { DowntimeSegment } from 'slakit/availability';
 *
 * const segment: DowntimeSegment = {
 *   start: new Date('2026-06-03T10:00:00Z'), end: new Date('2026-06-03T10:43:12Z'),
 *   incidentIndex: 0, incidentId: 'INC-7', cause: 'unplanned',
 *   excusable: false, counted: true, reason: 'unscheduled-cause',
 * };
 * ```
 */
export interface DowntimeSegment {
  start: Date;
  end: Date;
  /** Position of the incident in the input list. */
  incidentIndex: number;
  /** The incident's `id`, when it has one. */
  incidentId?: string;
  cause: IncidentCause;
  /** Counted in y (excusable) or in z (unscheduled). */
  excusable: boolean;
  /** `false` only for unscheduled downtime dropped by the policy's partial-minute rule. */
  counted: boolean;
  reason: DowntimeReason;
  /** The announcement, when the cause has an {@link ExcuseCondition}. */
  notice?: SegmentNotice;
}

/**
 * Options of {@link classifyDowntime}: the range `[from, to)` to classify and what the policy needs.
 *
 * @example
 * ```ts
 * import type { ClassifyDowntimeOptions } from 'slakit/availability';
 *
 * const options: ClassifyDowntimeOptions = { from: '2026-06-01T00:00:00Z', to: '2026-07-01T00:00:00Z' };
 * ```
 */
export interface ClassifyDowntimeOptions {
  from: DateInput;
  to: DateInput;
  /** The maintenance windows, needed when the policy excuses scheduled maintenance only inside them. */
  maintenance?: MaintenanceSchedule;
  /**
   * Only this region's windows count. Omitted: every window of a schedule whose windows name no
   * region; a schedule with regional windows then refuses to classify scheduled maintenance
   * (`INVALID_ARGUMENT` at `region`), since any region's window would excuse it.
   */
  region?: string;
  /** Ongoing incidents (`end: null`) end here. */
  asOf?: DateInput;
}

/**
 * The input of {@link measureAvailability}.
 *
 * @example
 * ```ts
 * import type { MeasureAvailabilityInput } from 'slakit/availability';
 *
 * const input: MeasureAvailabilityInput = {
 *   month: '2026-06',
 *   incidents: [{ start: '2026-06-03T10:00:00Z', end: '2026-06-03T10:43:12Z', cause: 'unplanned' }],
 *   policy: { excusable: [], maintenanceWindowsOnly: false },
 * };
 * ```
 */
export interface MeasureAvailabilityInput {
  /** The measured period: a calendar month `'YYYY-MM'`, or (for a contract whose `availability.period` says so) a quarter `'YYYY-Qn'` or a year `'YYYY'`. */
  month: string;
  /** The zone whose calendar month is measured; default `'UTC'`. */
  timeZone?: string;
  incidents: readonly Incident[];
  policy: DowntimePolicy;
  maintenance?: MaintenanceSchedule;
  /** The region whose windows count; required when the windows are regional and an incident is scheduled maintenance. */
  region?: string;
  asOf?: DateInput;
  /** Count only incidents of these environments; the others are listed in `outOfScope`. */
  appliesTo?: AvailabilityScope;
  /**
   * The service hours (a `Calendar` from `createCalendar`): x, y and z count only minutes inside
   * its open hours; absent, every minute of the period counts.
   */
  serviceHours?: Calendar;
}

/**
 * Minutes of one cause, split by how they were counted.
 *
 * @example
 * ```ts
 * import type { CauseMinutes } from 'slakit/availability';
 *
 * const minutes: CauseMinutes = { excusableMinutes: 0, unscheduledMinutes: 43.2, droppedMinutes: 0 };
 * ```
 */
export interface CauseMinutes {
  excusableMinutes: number;
  unscheduledMinutes: number;
  /** Unscheduled minutes not counted because of the partial-minute rule. */
  droppedMinutes: number;
}

/**
 * The availability of one calendar month, with its work shown: `x`, `y`, `z`, the percentage,
 * every segment of downtime and the minutes of each cause (which add up to `y`, `z` and the
 * dropped minutes).
 *
 * @example
 * ```ts
 * import { type AvailabilityReport, measureAvailability } from 'slakit/availability';
 *
 * const report: AvailabilityReport = measureAvailability({
 *   month: '2026-06',
 *   incidents: [{ start: '2026-06-03T10:00:00Z', end: '2026-06-03T10:43:12Z', cause: 'unplanned' }],
 *   policy: { excusable: [], maintenanceWindowsOnly: false },
 * });
 * report.percent; //=> 99.9
 * ```
 */
export interface AvailabilityReport {
  month: string;
  timeZone: string;
  /** The first instant of the month in its zone. */
  start: Date;
  /** The first instant of the next month. */
  end: Date;
  /** The `asOf` the measurement used, or `null`. */
  asOf: Date | null;
  /** x: minutes in the month in its zone (with `serviceHours`: the minutes of its open hours in the month). */
  totalMinutes: number;
  /** y: excusable downtime. */
  excusableMinutes: number;
  /** z: unscheduled downtime that counts. */
  unscheduledMinutes: number;
  /** Unscheduled downtime left out by the partial-minute rule (0 under `'exact'`). */
  droppedMinutes: number;
  /** `((x − y − z) / (x − y)) × 100`, rounded as the policy says; `null` when `x − y = 0`. */
  percent: number | null;
  /** `false` when `x − y = 0`: the whole month was excusable, and there is nothing to measure. */
  measurable: boolean;
  segments: DowntimeSegment[];
  byCause: Record<IncidentCause, CauseMinutes>;
  /** With `appliesTo`: the incidents outside it, not counted. */
  outOfScope?: OutOfScopeIncident[];
  /** With `serviceHours`: the downtime outside them, which counts in neither y nor z (x is their minutes only). */
  outsideServiceHoursMinutes?: number;
}

/**
 * One row of a service-credit table: availability in `[atLeast, below)` earns `creditPercent`.
 *
 * @example
 * ```ts
 * import type { CreditTier } from 'slakit/availability';
 *
 * const tier: CreditTier = { atLeast: 99, below: 99.9, creditPercent: 10 };
 * ```
 */
export interface CreditTier {
  readonly atLeast: number;
  readonly below: number;
  readonly creditPercent: number;
}

/**
 * The result of {@link serviceCredit}: the credit and the tier that gave it (`null`: no tier).
 *
 * @example
 * ```ts
 * import type { ServiceCredit } from 'slakit/availability';
 *
 * const credit: ServiceCredit = { creditPercent: 10, tier: { atLeast: 99, below: 99.9, creditPercent: 10 } };
 * ```
 */
export interface ServiceCredit {
  creditPercent: number;
  tier: CreditTier | null;
}

/**
 * The result of {@link availabilityTarget}: the contract's availability target (a percentage, as
 * the contract writes it), whether the period met it, and the credit it earns with its tier; each
 * `null` where there is nothing to judge. `slakit availability --json` and the service report's
 * `availability` carry these four fields under these names.
 *
 * @example
 * ```ts
 * import type { AvailabilityTargetOutcome } from 'slakit/availability';
 *
 * const outcome: AvailabilityTargetOutcome = { target: 99.9, met: false, creditPercent: 10, creditTier: { atLeast: 99, below: 99.9, creditPercent: 10 } };
 * ```
 */
export interface AvailabilityTargetOutcome {
  /** The target in percent (`99.9`), or `null` when the contract states none. */
  target: number | null;
  /** `percent >= target`; `null` without a target or a percentage. */
  met: boolean | null;
  /** The credit earned, in percent of the fee (`0`: no tier); `null` without credit tiers or a percentage. */
  creditPercent: number | null;
  /** The tier that gave the credit; `null` when none did. */
  creditTier: CreditTier | null;
}

/**
 * The error budget of a month for an availability target.
 *
 * @example
 * ```ts
 * import type { ErrorBudget } from 'slakit/availability';
 *
 * const budget: ErrorBudget = {
 *   targetPercent: 99.9, allowedMinutes: 43.2, usedMinutes: 21.6, remainingMinutes: 21.6,
 *   elapsedShare: 0.5, burnRate: 1, asOf: new Date('2026-06-16T00:00:00Z'),
 * };
 * ```
 */
export interface ErrorBudget {
  targetPercent: number;
  /** Unscheduled downtime the target allows: `(x − y) × (100 − target) / 100`. */
  allowedMinutes: number;
  /** z. */
  usedMinutes: number;
  /** allowed − used; negative once the budget is overspent. */
  remainingMinutes: number;
  /** The share of the month elapsed at `asOf`, from 0 to 1 (1 once the month is over). */
  elapsedShare: number;
  /** (used ÷ allowed) ÷ elapsedShare: above 1 the budget runs out before the month ends; `null` when nothing is allowed or no time has elapsed. */
  burnRate: number | null;
  asOf: Date;
}

/**
 * A contract's limits on service credits: the most credit as a percentage of the monthly fee
 * (`capPercent`), the least amount paid out (`minimumAmount`, minor units), and the claim window:
 * `claimWithinDays` days after the measured period, or by the end of the `claimWithinMonths`-th
 * month after it (as the large clouds write it). Give one claim window.
 *
 * @example
 * ```ts
 * import type { CreditTerms } from 'slakit/availability';
 *
 * const terms: CreditTerms = { capPercent: 30, minimumAmount: 100, claimWithinDays: 30 };
 * ```
 */
export interface CreditTerms {
  readonly capPercent?: number;
  readonly minimumAmount?: MinorUnits;
  readonly claimWithinDays?: number;
  readonly claimWithinMonths?: number;
}

/**
 * Options of {@link serviceCreditAmount}.
 *
 * @example
 * ```ts
 * import type { CreditAmountOptions } from 'slakit/availability';
 *
 * const options: CreditAmountOptions<number> = { monthlyFee: 400_000, tiers: [{ atLeast: 0, below: 99.9, creditPercent: 10 }], terms: { capPercent: 30 } };
 * ```
 */
export interface CreditAmountOptions<M extends MinorUnits = MinorUnits> {
  /** The fee of the measured period the credit is a percentage of, in minor units (cents). */
  readonly monthlyFee: M;
  readonly tiers: readonly CreditTier[];
  readonly terms?: CreditTerms;
}

/**
 * An incident whose unscheduled downtime counted, and so earned a credit.
 *
 * @example
 * ```ts
 * import type { CreditIncident } from 'slakit/availability';
 *
 * const incident: CreditIncident = { incidentIndex: 0, incidentId: 'INC-1', unscheduledMinutes: 480 };
 * ```
 */
export interface CreditIncident {
  /** Position of the incident in the measured list. */
  incidentIndex: number;
  incidentId?: string;
  /** Its unscheduled minutes that counted in the period (z). */
  unscheduledMinutes: number;
}

/**
 * The service credit of a measured period in money ({@link serviceCreditAmount}).
 *
 * @example
 * ```ts
 * import type { CreditAmount } from 'slakit/availability';
 *
 * const credit: CreditAmount<number> = {
 *   creditPercent: 25, tier: { atLeast: 0, below: 99, creditPercent: 25 }, appliedPercent: 20, capped: true,
 *   amount: 80_000, belowMinimum: false, claimBy: '2026-11-30', incidents: [{ incidentIndex: 0, unscheduledMinutes: 480 }],
 * };
 * ```
 */
export interface CreditAmount<M extends MinorUnits = MinorUnits> {
  /** The tier's credit, a percentage of the fee (0 when no tier applies). */
  creditPercent: number;
  tier: CreditTier | null;
  /** The percentage paid: `creditPercent`, at most the terms' `capPercent`. */
  appliedPercent: number;
  /** Whether the cap lowered the credit. */
  capped: boolean;
  /** `fee × appliedPercent / 100` in minor units, rounded half-up; 0 when below `minimumAmount`. */
  amount: M extends bigint ? bigint : number;
  /** Whether the credit was not paid because it is below the terms' `minimumAmount`. */
  belowMinimum: boolean;
  /** The last day the customer may claim it (`'YYYY-MM-DD'`, inclusive); `null` without a claim window or a credit. */
  claimBy: string | null;
  /** The incidents whose unscheduled downtime earned it (none when there is no credit). */
  incidents: CreditIncident[];
}
