import type { Calendar } from '../calendar/types.js';
import type { DurationInput } from '../core/duration.js';
import type { DateInput } from '../core/instant.js';

/**
 * A severity level: a whole number from 1 (the most severe) to {@link MAX_SEVERITY_LEVELS}. A
 * policy defines levels 1 to N; the published contracts have four (1 critical … 4 low).
 *
 * @example
 * ```ts
 * import type { SeverityLevel } from 'slakit/cases';
 *
 * const critical: SeverityLevel = 1;
 * ```
 */
export type SeverityLevel = number;

/**
 * What is known about a problem's impact, the input of {@link classifySeverity}. Every fact is
 * optional; an absent (or `undefined`) fact matches no rule. With custom rules, a fact that a
 * rule names may also be used (a string, a finite number or a boolean).
 *
 * @example
 * ```ts
 * import type { ImpactFacts } from 'slakit/cases';
 *
 * const facts: ImpactFacts = { outage: 'major', workaroundAvailable: true, storageBacklogPercent: 62 };
 * ```
 */
export interface ImpactFacts {
  /** How much of the service is lost: `'complete'` (Sev 1), `'major'` (Sev 2), `'minor'` (Sev 3), `'none'` (Sev 4). */
  readonly outage?: 'complete' | 'major' | 'minor' | 'none' | undefined;
  /** The problem is a blocker to deployment. */
  readonly deploymentBlocked?: boolean | undefined;
  /** Work cannot reasonably continue and the function is mission critical. */
  readonly missionCriticalWorkStopped?: boolean | undefined;
  /** A workaround restores functionality or performance. */
  readonly workaroundAvailable?: boolean | undefined;
  /** A vulnerability: publicly exploitable, of high ease of exploitability, or with some exploitability. */
  readonly vulnerability?: 'public-exploit' | 'high' | 'some' | undefined;
  /** A breach of data from the customer's environment, or customer data leaked by a vendor security breach. */
  readonly dataBreach?: 'customer-environment' | 'vendor-breach' | undefined;
  /** Ransomware, DDoS or malware in the vendor environment compromising customer data. */
  readonly vendorMalware?: boolean | undefined;
  /** Audio or data cannot be exported to an agreed third-party or strategic partner application. */
  readonly partnerExportFailing?: boolean | undefined;
  /** How full the network storage backlog is, 0–100. */
  readonly storageBacklogPercent?: number | undefined;
  /** The problem triggers the resilient setup (e.g. a collector failover). */
  readonly failoverTriggered?: boolean | undefined;
  /** A reported security incident needs investigation. */
  readonly securityIncidentReported?: boolean | undefined;
  /** The request is for new features or functionality. */
  readonly featureRequest?: boolean | undefined;
  /** A minor error, incorrect behaviour or documentation error that does not impede operation. */
  readonly documentationError?: boolean | undefined;
}

/**
 * A value a fact can take in a rule: a string, a finite number or a boolean.
 *
 * @example
 * ```ts
 * import type { FactValue } from 'slakit/cases';
 *
 * const value: FactValue = 'complete';
 * ```
 */
export type FactValue = string | number | boolean;

/**
 * A test on one fact. Every test given must hold: `is` (equals), `in` (one of), and the number
 * comparisons `gt`, `gte`, `lt`, `lte`. A condition on an absent fact is false.
 *
 * @example
 * ```ts
 * import type { FactCondition } from 'slakit/cases';
 *
 * const over80: FactCondition = { fact: 'storageBacklogPercent', gt: 80 };
 * const complete: FactCondition = { fact: 'outage', is: 'complete' };
 * ```
 */
export interface FactCondition {
  readonly fact: string;
  readonly is?: FactValue;
  readonly in?: readonly FactValue[];
  readonly gt?: number;
  readonly gte?: number;
  readonly lt?: number;
  readonly lte?: number;
}

/**
 * A condition on impact facts, as plain JSON: a fact test, or `all` / `any` of conditions, or
 * `not` a condition.
 *
 * @example
 * ```ts
 * import type { SeverityCondition } from 'slakit/cases';
 *
 * const condition: SeverityCondition = { all: [{ fact: 'outage', is: 'major' }, { not: { fact: 'workaroundAvailable', is: true } }] };
 * ```
 */
export type SeverityCondition =
  | FactCondition
  | { readonly all: readonly SeverityCondition[] }
  | { readonly any: readonly SeverityCondition[] }
  | { readonly not: SeverityCondition };

/**
 * One line of a severity definition: the level it gives, when it applies, and the reason to show
 * (quoting the contract).
 *
 * @example
 * ```ts
 * import type { SeverityRule } from 'slakit/cases';
 *
 * const rule: SeverityRule = { severity: 1, when: { fact: 'deploymentBlocked', is: true }, reason: 'The Problem is a blocker to deployment.' };
 * ```
 */
export interface SeverityRule {
  readonly severity: SeverityLevel;
  readonly when: SeverityCondition;
  readonly reason: string;
}

/**
 * The result of {@link classifySeverity}: the most severe matching level, and the reason of every
 * matching rule (most severe first).
 *
 * @example
 * ```ts
 * import type { SeverityClassification } from 'slakit/cases';
 *
 * const result: SeverityClassification = { severity: 2, reasons: ['Uniphore Sev 2: "Quantify range only - the Problem caused Network Storage backlog to be 50%-80% full."'] };
 * ```
 */
export interface SeverityClassification {
  severity: SeverityLevel;
  reasons: string[];
}

/**
 * The clock a target runs on: `'24x7'` counts all elapsed time, `'business'` only the calendar's
 * open time.
 *
 * @example
 * ```ts
 * import type { SupportClock } from 'slakit/cases';
 *
 * const clock: SupportClock = 'business';
 * ```
 */
export type SupportClock = '24x7' | 'business';

/**
 * A target given as an amount of time on a clock (e.g. 24 business hours, or 1 hour around the clock).
 *
 * @example
 * ```ts
 * import type { ElapsedTarget } from 'slakit/cases';
 *
 * const sev3: ElapsedTarget = { after: { hours: 24 }, clock: 'business' };
 * ```
 */
export interface ElapsedTarget {
  readonly after: DurationInput;
  readonly clock: SupportClock;
}

/**
 * A target given in business days, with the calendar semantics of `addBusinessDays`: the same
 * local wall time on the n-th following business day (moved to the next open instant when the
 * calendar is closed then); a clock that starts in closed time counts from the next opening.
 *
 * @example
 * ```ts
 * import type { BusinessDaysTarget } from 'slakit/cases';
 *
 * const sev4: BusinessDaysTarget = { businessDays: 3 };
 * ```
 */
export interface BusinessDaysTarget {
  readonly businessDays: number;
}

/**
 * A deadline by the clock: the local time `by` (`'HH:MM'`, 00:00–23:59) on the `businessDays`-th
 * business day after the local day the clock starts on, in the calendar's zone ("by 16:00 on the
 * next business day"). A business day is a day on which the calendar opens (`isBusinessDay`); the
 * day the clock starts never counts, whatever the hour. The deadline is a wall-clock instant: it
 * passes at `by` even when the calendar is closed then, a `by` in a DST gap moves forward by the
 * gap's length and a repeated one takes the earlier instant (the one DST policy), and a pause the
 * target honours (or a resolution until a reopening) pushes it back by the pause's full length.
 * Response, resolution, reply and auto-close targets take it; an update cadence does not.
 *
 * @example
 * ```ts
 * import type { DeadlineTarget } from 'slakit/cases';
 *
 * const p3: DeadlineTarget = { businessDays: 1, by: '16:00' };
 * ```
 */
export interface DeadlineTarget {
  readonly businessDays: number;
  readonly by: string;
}

/**
 * A response, update, resolution or auto-close target.
 *
 * @example
 * ```ts
 * import type { SupportTarget } from 'slakit/cases';
 *
 * const targets: SupportTarget[] = [{ after: 'PT1H', clock: '24x7' }, { businessDays: 3 }, { businessDays: 1, by: '16:00' }];
 * ```
 */
export type SupportTarget = ElapsedTarget | BusinessDaysTarget | DeadlineTarget;

/**
 * A response, update or resolution target with the share of cases that must meet it
 * (`complianceTarget`, 0–1), which compliance reports judge that level's counts of the target by.
 *
 * @example
 * ```ts
 * import type { MeasuredTarget } from 'slakit/cases';
 *
 * const resolution: MeasuredTarget = { after: 'PT45H', clock: 'business', complianceTarget: 0.9 };
 * ```
 */
export type MeasuredTarget = SupportTarget & { readonly complianceTarget?: number };

/**
 * An escalation threshold: a target, and who escalates when it is reached unresolved — the vendor
 * itself (`'vendor'`, the default) or the customer on request (`'customer'`).
 *
 * @example
 * ```ts
 * import type { EscalationTarget } from 'slakit/cases';
 *
 * const sev2: EscalationTarget = { after: { hours: 4 }, clock: '24x7', by: 'customer' };
 * ```
 */
export type EscalationTarget = (ElapsedTarget | BusinessDaysTarget) & { readonly by?: 'vendor' | 'customer' };

/**
 * A target of a clock that a case runs (response, resolution, reply), with the pause reasons that
 * stop it and the shares of it at which to warn. A target without `pausedBy` is stopped by every
 * pause; one with it, by pauses without a reason and those whose reason it lists.
 *
 * @example
 * ```ts
 * import type { ClockTarget } from 'slakit/cases';
 *
 * const reply: ClockTarget = { after: 'PT8H', clock: 'business', pausedBy: ['waiting-on-customer'], warnAt: [0.5, 0.75] };
 * ```
 */
export type ClockTarget = SupportTarget & {
  /** The pause reasons that stop this clock, e.g. `['waiting-on-customer']`. */
  readonly pausedBy?: readonly string[];
  /** Shares of the target (above 0, at most 1, none twice) whose instants `warningAt` gives, in this order. */
  readonly warnAt?: readonly number[];
};

/**
 * The targets of one severity level.
 *
 * @example
 * ```ts
 * import type { SeverityLevelPolicy } from 'slakit/cases';
 *
 * const level: SeverityLevelPolicy = {
 *   label: 'Sev 3 (medium)',
 *   response: { after: { hours: 24 }, clock: 'business' },
 *   updates: { businessDays: 3 },
 * };
 * ```
 */
export interface SeverityLevelPolicy {
  /** A name for the level, e.g. `'Sev 1 (critical)'`. */
  readonly label: string;
  /** The initial-response target, measured from the case's opening; its `complianceTarget` is the level's (give one of the two). */
  readonly response: MeasuredTarget & ClockTarget;
  /** The cadence of status updates after the initial response, until resolved; `complianceTarget` judges the level's update counts. */
  readonly updates?: MeasuredTarget;
  /** When an unresolved case escalates, measured from its opening. */
  readonly escalation?: EscalationTarget;
  /** A resolution target, measured from the case's opening; `complianceTarget` judges the level's resolution counts. */
  readonly resolution?: MeasuredTarget & ClockTarget;
  /** The target of the reply to each customer message, measured from the message. */
  readonly reply?: ClockTarget;
  /** The share of responses that must meet the target at this level (0–1); default: the policy's. */
  readonly complianceTarget?: number;
}

/**
 * When to warn before a target is missed: at percentages of the target used (`[50, 75]`), and at
 * lead times before it is due, on the target's own clock (`['PT1H']`).
 *
 * @example
 * ```ts
 * import type { WarningThresholds } from 'slakit/cases';
 *
 * const warnAt: WarningThresholds = { percent: [50, 75], before: [{ hours: 1 }] };
 * ```
 */
export interface WarningThresholds {
  readonly percent?: readonly number[];
  readonly before?: readonly DurationInput[];
}

/**
 * The kinds of event in a case's timeline. `responded` and `updated` are contacts by support (the
 * first contact of any kind, a resolution notice included, is the initial response); `paused` and
 * `resumed` bracket time spent waiting (on the customer, or for the pause's `reason`); `reopened`
 * is the customer saying the problem is not resolved; `customer-message` is a message from the
 * customer (it starts a reply clock); `assigned` hands the case to a `team`.
 *
 * @example
 * ```ts
 * import type { CaseEventType } from 'slakit/cases';
 *
 * const type: CaseEventType = 'resolution-notice';
 * ```
 */
export type CaseEventType =
  | 'responded'
  | 'updated'
  | 'paused'
  | 'resumed'
  | 'severity-changed'
  | 'resolution-notice'
  | 'reopened'
  | 'closed'
  | 'customer-message'
  | 'assigned';

/**
 * A support policy as plain, JSON-serialisable data: the targets of its severity levels (1 to N,
 * with no gaps) and the rules for measuring them.
 *
 * @example
 * ```ts
 * import type { SupportPolicy } from 'slakit/cases';
 *
 * const policy: SupportPolicy = {
 *   name: 'Example',
 *   levels: {
 *     1: { label: 'Sev 1', response: { after: { hours: 1 }, clock: '24x7' } },
 *     2: { label: 'Sev 2', response: { after: { hours: 2 }, clock: '24x7' } },
 *     3: { label: 'Sev 3', response: { after: { hours: 24 }, clock: 'business' } },
 *     4: { label: 'Sev 4', response: { businessDays: 3 } },
 *   },
 *   complianceTarget: 0.9,
 *   warnAt: { percent: [75] },
 *   severityChange: 'retroactive',
 * };
 * ```
 */
export interface SupportPolicy {
  readonly name?: string;
  /** Levels 1 to N (N ≤ {@link MAX_SEVERITY_LEVELS}), every one present: `{ 1: …, 2: …, 3: …, 4: … }`. */
  readonly levels: { readonly [level: SeverityLevel]: SeverityLevelPolicy };
  /** The share of responses (0–1) that must meet their target, e.g. `0.9`. */
  readonly complianceTarget?: number;
  /** Warnings before the response and resolution targets are missed. */
  readonly warnAt?: WarningThresholds;
  /**
   * The order of events that share a timestamp, as a list of the eight event types `responded` …
   * `closed`, and optionally `customer-message` and `assigned` (when not listed, these two come
   * first). Default: `['assigned', 'customer-message', 'resumed', 'severity-changed', 'responded',
   * 'updated', 'resolution-notice', 'reopened', 'closed', 'paused']`.
   */
  readonly eventOrder?: readonly CaseEventType[];
  /**
   * What a severity change does to a running clock. `'retroactive'` (the default): the clock keeps
   * its start and its pauses and takes the new level's target. `'restart'`: a new clock starts at
   * the change.
   */
  readonly severityChange?: 'retroactive' | 'restart';
  /** Close a case automatically this long after the last resolution notice unless it is reopened. */
  readonly autoClose?: SupportTarget;
  /**
   * What a reopening does to the resolution clock. `'continue'` (the default): the clock runs on
   * from where it stood. `'new-cycle'`: each `reopened` starts a new resolution cycle with its own
   * due time and outcome (`resolution.cycles`), and compliance counts cycles instead of cases.
   */
  readonly reopen?: 'new-cycle' | 'continue';
}

/**
 * One event in a case's timeline. A `severity-changed` event carries the new `severity`; a
 * `paused` event may carry a `reason` (`'waiting-on-customer'`, `'on-hold'`,
 * `'waiting-on-third-party'` or a word of your own), which decides the clocks it stops; an
 * `assigned` event carries the `team` that holds the case from then on (without one, no team holds it).
 *
 * @example
 * ```ts
 * import type { CaseEvent } from 'slakit/cases';
 *
 * const events: CaseEvent[] = [
 *   { type: 'responded', at: '2026-11-23T09:10:00-05:00' },
 *   { type: 'severity-changed', at: '2026-11-23T10:00:00-05:00', severity: 2 },
 * ];
 * ```
 */
export type CaseEvent =
  | { readonly type: Exclude<CaseEventType, 'severity-changed' | 'paused' | 'assigned'>; readonly at: DateInput }
  | { readonly type: 'paused'; readonly at: DateInput; readonly reason?: string }
  | { readonly type: 'assigned'; readonly at: DateInput; readonly team?: string }
  | { readonly type: 'severity-changed'; readonly at: DateInput; readonly severity: SeverityLevel };

/**
 * A support case: its severity when opened, when it was opened, and what happened since (in any
 * order; events that share a timestamp are ordered by the policy's `eventOrder`).
 *
 * @example
 * ```ts
 * import type { CaseInput } from 'slakit/cases';
 *
 * const input: CaseInput = {
 *   id: 'CASE-1',
 *   severity: 3,
 *   openedAt: '2026-11-20T16:30:00-05:00',
 *   events: [{ type: 'responded', at: '2026-11-24T10:00:00-05:00' }],
 * };
 * ```
 */
export interface CaseInput {
  readonly id?: string | number;
  readonly severity: SeverityLevel;
  readonly openedAt: DateInput;
  readonly events?: readonly CaseEvent[];
  /**
   * The zone of the customer who opened the case: its clocks run on the calendar of this zone
   * (`complianceReport`'s `calendarFor`), and its month is the month there.
   */
  readonly timeZone?: string;
  /** Other fields of the record (e.g. `customer`), carried for grouping; the clocks ignore them. */
  readonly attributes?: { readonly [name: string]: string };
}

/**
 * Where a case stands: waiting for its first contact, being worked, paused (waiting on the
 * customer), resolved (a resolution notice stands), or closed.
 *
 * @example
 * ```ts
 * import type { CaseState } from 'slakit/cases';
 *
 * const state: CaseState = 'awaiting-response';
 * ```
 */
export type CaseState = 'awaiting-response' | 'in-progress' | 'paused' | 'resolved' | 'closed';

/**
 * How a target stands: met, breached, pending (not stopped and not yet breached), or cancelled (the
 * case was closed before the target was breached, without the response). A target is breached only
 * once more clock time than the target has passed (see {@link CaseTargetStatus.breachedAfter}).
 *
 * @example
 * ```ts
 * import type { CaseTargetOutcome } from 'slakit/cases';
 *
 * const outcome: CaseTargetOutcome = 'pending';
 * ```
 */
export type CaseTargetOutcome = 'met' | 'breached' | 'pending' | 'cancelled';

/**
 * One target's clock at `now`. Durations are in ms of the target's clock (business time for a
 * business target).
 *
 * "Within N business hours" is kept while no more than N business hours (pauses left out) have
 * run: a target due at a closing (Wed 17:00) is met by a reply at any instant before business time
 * resumes (Thu 08:00, included) and breached after it. `dueAt` is the earliest instant the target
 * is used up; `breachedAfter` the last instant it is still met.
 *
 * @example
 * ```ts
 * import type { CaseTargetStatus } from 'slakit/cases';
 *
 * const response: CaseTargetStatus = {
 *   severity: 3, clock: 'business', startedAt: new Date('2026-11-20T21:30:00Z'),
 *   dueAt: new Date('2026-11-25T18:30:00Z'), breachedAfter: new Date('2026-11-25T18:30:00Z'), metAt: null, met: null, breached: false, outcome: 'pending',
 *   targetMs: 86_400_000, elapsed: 1_800_000, remaining: 84_600_000, percentUsed: 2.083333333333333, paused: false,
 * };
 * ```
 */
export interface CaseTargetStatus {
  /** The level whose target applies (the severity in force when the clock stopped, or at `now`). */
  severity: SeverityLevel;
  clock: SupportClock;
  /** When this clock started: the opening, or the last severity change under `'restart'`. */
  startedAt: Date;
  /**
   * When the target is due. While the clock is paused at `now`, the due time if it ran again from
   * `now` (it moves later as the pause lasts).
   */
  dueAt: Date;
  /**
   * The target is breached by a stop or a `now` strictly after this instant: where the clock runs
   * again at or after `dueAt` (business time resumes, a pause ends). The same as `dueAt` when the
   * clock runs at `dueAt`, always so on a 24x7 clock without pauses. "Due Wed 17:00; not breached
   * until business time resumes Thu 08:00".
   */
  breachedAfter: Date;
  /** When the clock stopped: the first contact (response) or the standing resolution notice or closing (resolution). */
  metAt: Date | null;
  /** `true` if stopped at or before `breachedAfter`, `false` once breached, `null` while pending or when cancelled. */
  met: boolean | null;
  breached: boolean;
  outcome: CaseTargetOutcome;
  /** The whole target in ms of its clock (for a business-days target: the business time it spans), as explanations name it. */
  targetMs: number;
  /** Time used on the clock, pauses excluded, up to the stop or `now`. */
  elapsed: number;
  /** `targetMs - elapsed`; negative once overdue. */
  remaining: number;
  /** `100 × elapsed / targetMs`; above 100 once breached (a met target can read 100). A zero-length target reads 0 before it is due and 100 from then. */
  percentUsed: number;
  /** Whether the clock is paused at `now`. */
  paused: boolean;
  /** With the target's `warnAt`: the instant each share of the target is used (a share of 1: `dueAt`), pauses left out. */
  warningAt?: { share: number; at: Date }[];
  /**
   * On `resolution` under `reopen: 'new-cycle'`: every resolution cycle up to `now` (from the
   * opening, then from each reopening), each with its own due time and outcome; `resolution`
   * itself is the last of them.
   */
  cycles?: CaseTargetStatus[];
  /**
   * Once the case has an `assigned` event (at or before `now`): the clock time (as `elapsed`, pauses left out) while each
   * team held the case, e.g. `{ L1: 3_600_000, L2: 7_200_000 }`; `''` is time held by no team.
   * The values add up to `elapsed`.
   */
  byTeam?: { [team: string]: number };
}

/**
 * One reply clock: a customer message and the `responded` that answers it, judged against the
 * level's `reply` target. `messageAt` is `startedAt`; `repliedAt` is `metAt`.
 *
 * @example
 * ```ts
 * import type { CaseReplyStatus } from 'slakit/cases';
 *
 * const reply: CaseReplyStatus = {
 *   messageAt: new Date('2026-11-24T15:00:00Z'), repliedAt: new Date('2026-11-24T16:00:00Z'),
 *   severity: 3, clock: 'business', startedAt: new Date('2026-11-24T15:00:00Z'),
 *   dueAt: new Date('2026-11-24T20:00:00Z'), breachedAfter: new Date('2026-11-24T20:00:00Z'), metAt: new Date('2026-11-24T16:00:00Z'), met: true, breached: false, outcome: 'met',
 *   targetMs: 18_000_000, elapsed: 3_600_000, remaining: 14_400_000, percentUsed: 20, paused: false,
 * };
 * ```
 */
export interface CaseReplyStatus extends CaseTargetStatus {
  /** The customer message that started the clock. */
  messageAt: Date;
  /** The `responded` that stopped it, or `null`. */
  repliedAt: Date | null;
}

/**
 * A warning threshold that a clock crossed at or before `now` (and before it stopped).
 *
 * @example
 * ```ts
 * import type { CaseWarning } from 'slakit/cases';
 *
 * const warning: CaseWarning = { clock: 'response', kind: 'percent', value: 75, at: new Date('2026-11-25T08:30:00Z') };
 * ```
 */
export interface CaseWarning {
  clock: 'response' | 'resolution';
  /** `'percent'`: `value` percent of the target used; `'before'`: `value` ms of the clock left. */
  kind: 'percent' | 'before';
  value: number;
  at: Date;
}

/**
 * Everything {@link evaluateCase} answers about a case at `now`.
 *
 * @example
 * ```ts
 * import { type CaseStatus, evaluateCase } from 'slakit/cases';
 * import { businessHours8to5, uniphoreSupport } from 'slakit/presets';
 *
 * const status: CaseStatus = evaluateCase(uniphoreSupport, businessHours8to5('America/New_York'),
 *   { severity: 3, openedAt: '2026-11-20T16:30:00-05:00' }, { now: '2026-11-20T17:00:00-05:00' });
 * status.response.dueAt.toISOString(); //=> '2026-11-25T18:30:00.000Z'
 * ```
 */
export interface CaseStatus {
  id?: string | number;
  /** The severity at `now`. */
  severity: SeverityLevel;
  state: CaseState;
  openedAt: Date;
  response: CaseTargetStatus;
  /** `null` when the level has no resolution target; under `reopen: 'new-cycle'`, the last cycle, with `cycles`. */
  resolution: CaseTargetStatus | null;
  /**
   * The next status update owed (the first not yet missed at `now`), or `null` when none is owed.
   * It may lie before `now` in closed time or a pause: it is missed only after `nextUpdateMissedAfter`.
   */
  nextUpdateDueAt: Date | null;
  /** The update due at `nextUpdateDueAt` is missed by a `now` after this instant, where the clock runs again (see `CaseTargetStatus.breachedAfter`). */
  nextUpdateMissedAfter: Date | null;
  /** How many update due times the clock ran past without an update. */
  missedUpdates: number;
  /**
   * When the escalation threshold is reached (the earliest instant); `null` when the level has none
   * or the case was resolved or closed before the clock ran past the threshold.
   */
  escalationDueAt: Date | null;
  /** The case escalates if unresolved after this instant, where the clock runs again after `escalationDueAt` (see `CaseTargetStatus.breachedAfter`). */
  escalatesAfter: Date | null;
  /** Who escalates at `escalationDueAt`. */
  escalationBy: 'vendor' | 'customer' | null;
  /** When the policy closes the case after its standing resolution notice; `null` when none is pending or it was closed first. */
  autoCloseAt: Date | null;
  /** When the case closed (an explicit `closed`, or the auto-close), if it is closed at `now`. */
  closedAt: Date | null;
  /** Warnings already passed at `now`, in time order. */
  warnings: CaseWarning[];
  /** When the policy has a `reply` target: every reply clock up to `now`, in time order (a message at a level without a reply target starts none). */
  replies?: CaseReplyStatus[];
}

/**
 * Options of {@link evaluateCase}.
 *
 * @example
 * ```ts
 * import type { EvaluateCaseOptions } from 'slakit/cases';
 *
 * const options: EvaluateCaseOptions = { now: '2026-11-24T12:00:00Z' };
 * ```
 */
export interface EvaluateCaseOptions {
  /** The instant to evaluate at; events after it are not yet known. */
  readonly now: DateInput;
}

/**
 * Options of {@link complianceReport}.
 *
 * @example
 * ```ts
 * import type { ComplianceReportOptions } from 'slakit/cases';
 *
 * const options: ComplianceReportOptions = { now: '2026-12-01T00:00:00Z', target: 0.95, outcomes: 'breached', groupBy: 'month' };
 * ```
 */
export interface ComplianceReportOptions {
  readonly now: DateInput;
  /** The share (0–1) of responses that must be met, at every level and overall; default: the policy's and the levels' own. */
  readonly target?: number;
  /** Return the evidence of each case: `'breached'` (cases with a breached target or a missed update) or `'all'`. */
  readonly outcomes?: 'breached' | 'all';
  /**
   * Also count per group: `'month'` of opening (`'YYYY-MM'` in the case's zone), `'severity'`
   * (keyed by level, `'1'`–`'10'`: the level of the response target; each group carries that
   * level's `label`), `'team'` (the team holding the case at `now`,
   * by its last `assigned` event; `''` when none), or `{ attribute }`, a field of the cases'
   * `attributes` such as `'customer'` (`''` when a case has none).
   */
  readonly groupBy?: 'month' | 'severity' | 'team' | { readonly attribute: string };
  /**
   * Count only the cases opened in this month, `'YYYY-MM'`, each placed in its own zone (its
   * calendar's, as {@link caseMonth} places it, and as `slakit compliance --month` counts): the
   * other cases are read, checked and left out. `outcomes[].index` still counts every case.
   */
  readonly month?: string;
  /** The calendar of a case whose `timeZone` is not the calendar's, e.g. `(zone) => withTimeZone(calendar, zone)`; called once per zone. */
  readonly calendarFor?: (timeZone: string) => Calendar;
}

/**
 * Response-target counts over a set of cases. `rate` is `met / (met + breached)`; pending and
 * cancelled cases are left out of it, and it is `null` when no case is met or breached.
 *
 * @example
 * ```ts
 * import type { ComplianceCounts } from 'slakit/cases';
 *
 * const counts: ComplianceCounts = { total: 10, met: 8, breached: 1, pending: 1, cancelled: 0, rate: 0.8888888888888888, target: 0.9, meetsTarget: false };
 * ```
 */
export interface ComplianceCounts {
  total: number;
  met: number;
  breached: number;
  /** Open, not responded to and not yet due. */
  pending: number;
  /** Closed without a response before the response was due. */
  cancelled: number;
  /** `met / (met + breached)`, or `null` when that is `0 / 0`. */
  rate: number | null;
  target: number | null;
  /** `rate >= target`; `null` when either is `null`. */
  meetsTarget: boolean | null;
}

/**
 * Counts of one target overall and per severity level.
 *
 * @example
 * ```ts
 * import type { ComplianceSummary } from 'slakit/cases';
 *
 * const counts = { total: 0, met: 0, breached: 0, pending: 0, cancelled: 0, rate: null, target: null, meetsTarget: null };
 * const summary: ComplianceSummary = { ...counts, bySeverity: { 1: counts, 2: counts, 3: counts, 4: counts } };
 * ```
 */
export interface ComplianceSummary extends ComplianceCounts {
  bySeverity: { [level: SeverityLevel]: ComplianceCounts };
}

/**
 * Update-cadence counts: a case whose level (at `now`) owes updates is met when no update was
 * missed, breached when one was, and pending until its first contact; `missedUpdates` adds up the
 * update due times that passed without an update.
 *
 * @example
 * ```ts
 * import type { UpdateCompliance } from 'slakit/cases';
 *
 * const counts = { total: 1, met: 0, breached: 1, pending: 0, cancelled: 0, rate: 0, target: null, meetsTarget: null, missedUpdates: 2 };
 * const updates: UpdateCompliance = { ...counts, bySeverity: { 1: counts, 2: counts, 3: counts, 4: counts } };
 * ```
 */
export interface UpdateCompliance extends ComplianceCounts {
  missedUpdates: number;
  bySeverity: { [level: SeverityLevel]: ComplianceCounts & { missedUpdates: number } };
}

/**
 * Response compliance (the fields of {@link ComplianceCounts} and `bySeverity`), resolution
 * compliance (cases whose level has a resolution target) and update compliance of a set of cases.
 *
 * @example
 * ```ts
 * import { type ComplianceGroup, complianceReport } from 'slakit/cases';
 * import { businessHours8to5, uniphoreSupport } from 'slakit/presets';
 *
 * const group: ComplianceGroup = complianceReport(uniphoreSupport, businessHours8to5('America/New_York'), [], { now: 0 });
 * group.resolution.total; //=> 0
 * ```
 */
export interface ComplianceGroup extends ComplianceSummary {
  resolution: ComplianceSummary;
  updates: UpdateCompliance;
  /**
   * When the policy has a `reply` target: every reply clock (one per customer message that found
   * none running), counted at the level whose reply target judged it. A reply clock is cancelled
   * when the case closed before it was due without a reply. No target is set on them.
   */
  replies?: ComplianceSummary;
  /** With `groupBy: 'severity'`: the label of the group's level (`'P1'`), when the policy gives one. */
  label?: string;
}

/**
 * How one target of a case stands, with its evidence. The overruns are 0 unless it is breached.
 *
 * @example
 * ```ts
 * import type { TargetEvidence } from 'slakit/cases';
 *
 * const evidence: TargetEvidence = {
 *   outcome: 'breached', dueAt: new Date('2026-11-23T16:00:00Z'), breachedAfter: new Date('2026-11-23T16:00:00Z'), at: new Date('2026-11-23T16:30:00Z'),
 *   overrunBusiness: 1_800_000, overrunWall: 1_800_000, pauses: [],
 * };
 * ```
 */
export interface TargetEvidence {
  outcome: CaseTargetOutcome;
  dueAt: Date;
  /** Breached by a stop after this instant: where the clock runs again after `dueAt` (see `CaseTargetStatus.breachedAfter`). */
  breachedAfter: Date;
  /** When the clock stopped (the contact, resolution or closing), or `now` while it runs. */
  at: Date;
  /** Open time of the calendar from `dueAt` to `at`, pauses left out. */
  overrunBusiness: number;
  /** Elapsed time from `dueAt` to `at`. */
  overrunWall: number;
  /** The spans the clock did not run (waiting on the customer, resolved, closed) up to `at`. */
  pauses: { start: Date; end: Date }[];
}

/**
 * The evidence for one case of a {@link complianceReport}.
 *
 * @example
 * ```ts
 * import { type CaseOutcome, complianceReport } from 'slakit/cases';
 * import { businessHours8to5, uniphoreSupport } from 'slakit/presets';
 *
 * const report = complianceReport(uniphoreSupport, businessHours8to5('America/New_York'),
 *   [{ id: 'C-1', severity: 1, openedAt: '2026-11-23T10:00:00-05:00' }], { now: '2026-11-23T11:30:00-05:00', outcomes: 'breached' });
 * const outcome: CaseOutcome = report.outcomes![0]!;
 * outcome.response.overrunWall; //=> 1_800_000
 * ```
 */
export interface CaseOutcome {
  /** The case's position in the input (0-based). */
  index: number;
  id?: string | number;
  /** The level in force at the end (the resolution and updates are judged under it). */
  severity: SeverityLevel;
  /** The level the response was judged under: the one in force at the first response (or now). */
  responseSeverity: SeverityLevel;
  openedAt: Date;
  response: TargetEvidence;
  /** `null` when the level has no resolution target. */
  resolution: TargetEvidence | null;
  missedUpdates: number;
}

/**
 * The result of {@link complianceReport}: response compliance over all cases and per severity
 * (the level whose response target applied), resolution and update compliance, and when asked,
 * groups and per-case outcomes. Two reports of disjoint sets of cases merge with
 * `mergeComplianceReports` (`slakit/records`).
 *
 * @example
 * ```ts
 * import { type ComplianceReport, complianceReport } from 'slakit/cases';
 * import { businessHours8to5, uniphoreSupport } from 'slakit/presets';
 *
 * const report: ComplianceReport = complianceReport(uniphoreSupport, businessHours8to5('America/New_York'), [], { now: 0 });
 * report.rate; //=> null
 * ```
 */
export interface ComplianceReport extends ComplianceGroup {
  /** The `now` the cases were judged at. */
  asOf: Date;
  /** With `groupBy`: the counts of each group (keys in the order groups first occur, after whole-number keys, as JavaScript orders keys). */
  groups?: { [key: string]: ComplianceGroup };
  /** With `outcomes`: the cases' evidence, in input order. */
  outcomes?: CaseOutcome[];
}
