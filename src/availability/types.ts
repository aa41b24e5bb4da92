import type { DateInput } from '../core/instant.js';
import type { MaintenanceSchedule } from '../maintenance/types.js';

/**
 * Why a stretch of downtime happened: the categories of NiCE Cloud Services Terms §7.2
 * (Excusable Downtime) and Uniphore Support SLAs (SLA Exclusions)
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
  | 'network-connectivity';

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
}

/**
 * Why a segment is classified the way it is:
 * - `'excusable-cause'`: its cause is listed in the policy's `excusable`;
 * - `'unscheduled-cause'`: its cause is not listed;
 * - `'inside-maintenance-window'`: scheduled maintenance inside a window (policy `maintenanceWindowsOnly`);
 * - `'outside-maintenance-window'`: scheduled maintenance outside every window: the overrun.
 *
 * @example
 * ```ts
 * import type { DowntimeReason } from 'slakit/availability';
 *
 * const reason: DowntimeReason = 'outside-maintenance-window';
 * ```
 */
export type DowntimeReason = 'excusable-cause' | 'unscheduled-cause' | 'inside-maintenance-window' | 'outside-maintenance-window';

/**
 * A piece of downtime attributed to one incident: incidents cut at window edges and at the edges
 * of the measured range, with overlaps resolved so that segments never overlap. Where incidents
 * overlap, excusable downtime wins over unscheduled; among several of the same kind, the incident
 * that started first (then the longer one, then the cause listed first in {@link INCIDENT_CAUSES},
 * then the smaller id, then the one listed first).
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
  /** The calendar month, `'YYYY-MM'`. */
  month: string;
  /** The zone whose calendar month is measured; default `'UTC'`. */
  timeZone?: string;
  incidents: readonly Incident[];
  policy: DowntimePolicy;
  maintenance?: MaintenanceSchedule;
  /** The region whose windows count; required when the windows are regional and an incident is scheduled maintenance. */
  region?: string;
  asOf?: DateInput;
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
  /** x: minutes in the month in its zone. */
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
