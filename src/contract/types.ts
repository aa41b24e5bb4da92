import type { SupportPlanRule, SupportPlans } from './support-plans.js';
import type { AvailabilityScope, CreditTier, DowntimePolicy, IncidentCause } from '../availability/types.js';
import type { Calendar, CalendarSpec, Holiday, HolidaySetReference, TimeRange, WeeklyHours } from '../calendar/types.js';
import type { SeverityLevel, SeverityRule, SupportPolicy } from '../cases/types.js';
import type { MaintenanceSchedule, MaintenanceWindowSpec, NoticeRule } from '../maintenance/types.js';
import type { RenewalRounding } from '../renewal/renew-fee.js';

/**
 * A document a contract's rules come from.
 *
 * @example
 * ```ts
 * import type { ContractSource } from 'slakit/contract';
 *
 * const doc: ContractSource = { id: 'nop', title: 'NiCE On-Premise Support Policy', publisher: 'NiCE' };
 * ```
 */
export interface ContractSource {
  /** A short name that clauses cite (`"doc": "nop"`). */
  readonly id: string;
  readonly title: string;
  readonly publisher?: string;
  readonly url?: string;
  /** When the text was read, `'YYYY-MM-DD'`. */
  readonly retrieved?: string;
}

/**
 * Where a rule comes from: the document (a {@link ContractSource} `id`), the section heading, and
 * a quote of at most 30 words.
 *
 * @example
 * ```ts
 * import type { Clause } from 'slakit/explain';
 *
 * const clause: Clause = { doc: 'nop', section: '2.2 Renewal', quote: 'the greater of five percent (5%) or the most recent annual increase in CPI-U' };
 * ```
 */
export interface Clause {
  readonly doc: string;
  readonly section: string;
  readonly quote?: string;
}

/**
 * The `source` of a rule: one clause or several.
 *
 * @example
 * ```ts
 * import type { ClauseSource } from 'slakit/contract';
 *
 * const source: ClauseSource = [{ doc: 'ncs', section: '6.1' }, { doc: 'nop', section: '1' }];
 * ```
 */
export type ClauseSource = Clause | readonly Clause[];

/**
 * A reference to a parameter in place of a value: `{ "$param": "response.1" }`.
 *
 * @example
 * ```ts
 * import type { ParameterRef } from 'slakit/contract';
 *
 * const after: ParameterRef = { $param: 'response.1' };
 * ```
 */
export interface ParameterRef {
  readonly $param: string;
}

/**
 * What kind of value a parameter takes. `share` is a fraction from 0 to 1, `percent` a number from
 * 0 to 100; the others take the value of the field they stand in for.
 *
 * @example
 * ```ts
 * import type { ParameterType } from 'slakit/contract';
 *
 * const type: ParameterType = 'duration';
 * ```
 */
export type ParameterType =
  | 'duration'
  | 'number'
  | 'share'
  | 'percent'
  | 'whole-number'
  | 'text'
  | 'time-zone'
  | 'weekly-hours'
  | 'holidays'
  | 'maintenance-windows'
  | 'credit-tiers';

/**
 * A number or setting the contract text does not state, declared so that loading asks for it.
 *
 * @example
 * ```ts
 * import type { ContractParameter } from 'slakit/contract';
 *
 * const parameter: ContractParameter = { type: 'duration', description: 'S1 target initial response (NCS Table A-3)', example: 'PT30M' };
 * ```
 */
export interface ContractParameter {
  readonly type: ParameterType;
  readonly description: string;
  /** A value to show in messages and docs; never used as a default. */
  readonly example?: unknown;
}

/**
 * A value in a contract document, or a {@link ParameterRef} that supplies it.
 *
 * @example
 * ```ts
 * import type { Param } from 'slakit/contract';
 *
 * const target: Param<number> = { $param: 'availability.target' };
 * ```
 */
export type Param<T> = T | ParameterRef;

/**
 * The `source` member every rule of a contract document may carry.
 *
 * @example
 * ```ts
 * import type { Sourced } from 'slakit/contract';
 *
 * const rule: Sourced = { source: { doc: 'sla', section: '2.2 Response Targets' } };
 * ```
 */
export interface Sourced {
  readonly source?: ClauseSource;
}

/**
 * A response, update, resolution, escalation or auto-close target in a contract document. A
 * response, update or resolution target may carry its `complianceTarget` (0–1).
 *
 * @example
 * ```ts
 * import type { ContractTarget } from 'slakit/contract';
 *
 * const target: ContractTarget = { after: { $param: 'response.1' }, clock: '24x7', source: { doc: 'ncs', section: '6.1' } };
 * ```
 */
export type ContractTarget =
  | ({ readonly after: Param<string | number | Record<string, number>>; readonly clock: '24x7' | 'business'; readonly by?: 'vendor' | 'customer'; readonly complianceTarget?: Param<number> } & Sourced)
  | ({ readonly businessDays: Param<number>; readonly by?: 'vendor' | 'customer'; readonly complianceTarget?: Param<number> } & Sourced);

/**
 * A contract as one JSON document: any subset of its business hours, severity levels, support
 * targets, severity rules, downtime policy, maintenance windows, availability terms and renewal
 * terms, with the clause behind each rule and the parameters for what the text leaves out. Its
 * JSON Schema is {@link contractSchema} (`slakit/contract.schema.json`).
 *
 * @example
 * ```ts
 * import type { ContractDocument } from 'slakit/contract';
 *
 * const doc: ContractDocument = {
 *   name: 'Example support',
 *   sources: [{ id: 'msa', title: 'Example Master Services Agreement' }],
 *   severities: { 1: { label: 'P1', aliases: ['Critical'] }, 2: { label: 'P2', aliases: ['High'] } },
 *   support: { levels: {
 *     1: { response: { after: 'PT1H', clock: '24x7' }, source: { doc: 'msa', section: 'Schedule 2' } },
 *     2: { response: { after: { $param: 'response.2' }, clock: 'business' } },
 *   } },
 *   parameters: { 'response.2': { type: 'duration', description: 'P2 response target', example: 'PT8H' } },
 * };
 * ```
 */
export interface ContractDocument {
  readonly $schema?: string;
  readonly name?: string;
  readonly vendor?: string;
  /**
   * The days this version of the contract is in force: `from` and `to` are civil dates, both
   * inclusive, starting at 00:00 in `timeZone` (default: `availability.timeZone`, else UTC). See
   * `loadContractHistory`.
   */
  readonly effective?: ContractEffectiveDocument;
  readonly sources?: readonly ContractSource[];
  readonly parameters?: { readonly [name: string]: ContractParameter };
  /** Values for the parameters; `loadContract`'s `parameters` option overrides them. */
  readonly parameterValues?: { readonly [name: string]: unknown };
  /** Business hours in the customer's local time: a calendar without its zone. */
  readonly businessHours?: {
    readonly hours: Param<'24x7' | WeeklyHours>;
    /** A list of holidays, or a holiday set by name: `{ "country": "US", "types": ["public"] }`. */
    readonly holidays?: Param<readonly Holiday[] | HolidaySetReference>;
    readonly overrides?: { readonly [date: string]: readonly TimeRange[] };
    readonly source?: ClauseSource;
  };
  /** The severity levels 1 to N: labels and the aliases that exports use ("P1", "Critical", "Sev 1"). */
  readonly severities?: { readonly [level: string]: { readonly label: string; readonly aliases?: readonly string[] } & Sourced };
  /**
   * A {@link SupportPolicy}; a level's `label` may come from `severities`. Or, instead of `levels`,
   * `plans` (each a policy of its own) and the `select` rules that choose one per case (its other
   * settings apply to every plan that does not state its own).
   */
  readonly support?: ContractSupportTerms & {
    readonly levels?: ContractSupportLevels;
    readonly plans?: { readonly [plan: string]: ContractSupportTerms & { readonly levels: ContractSupportLevels } };
    readonly select?: readonly (SupportPlanRule & Sourced)[];
  };
  readonly severityRules?: readonly (SeverityRule & Sourced)[];
  /**
   * A {@link DowntimePolicy}; an excusable cause may carry its clause: `{ "cause": "suspension", "source": … }`,
   * and a condition: `{ "cause": "scheduled-maintenance", "notice": "PT72H", "until": "plannedEnd" }`
   * (`"notice": "best-effort"`: notice promised without a minimum, which excuses with any notice).
   * `unscheduled` lists causes the text says count as unscheduled downtime, each with its clause and
   * at most a best-effort notice: `{ "cause": "emergency-maintenance", "notice": "best-effort" }`.
   */
  readonly downtime?: Omit<DowntimePolicy, 'excusable' | 'conditions'> & {
    readonly excusable: readonly (IncidentCause | ({ readonly cause: IncidentCause; readonly notice?: Param<string | number | Record<string, number>> | 'best-effort'; readonly until?: 'plannedEnd' } & Sourced))[];
    readonly unscheduled?: readonly (IncidentCause | ({ readonly cause: IncidentCause; readonly notice?: 'best-effort' } & Sourced))[];
  } & Sourced;
  /**
   * Weekly maintenance windows in one zone; a window may name a zone of its own, or a parameter
   * for it where the text names none (`"timeZone": { "$param": "maintenance.dataCenterTimeZone" }`).
   */
  readonly maintenance?: {
    readonly timeZone: Param<string>;
    readonly windows: Param<readonly (Omit<MaintenanceWindowSpec, 'timeZone'> & { readonly timeZone?: Param<string> } & Sourced)[]>;
    /** What the contract promises about notice of maintenance. */
    readonly notice?: NoticeRule & Sourced;
    readonly source?: ClauseSource;
  };
  /** The monthly availability target (a percentage) and the service-credit tiers. */
  readonly availability?: {
    readonly target?: Param<number>;
    readonly credits?: Param<readonly (CreditTier & Sourced)[]>;
    /** The zone whose calendar month is measured (UTC when the text says nothing). */
    readonly timeZone?: Param<string>;
    /** The limits on credits: `{ "capPercent": 30, "minimumAmount": "1.00", "claimWithinDays": 30 }`. */
    readonly creditTerms?: { readonly [K in keyof ContractCreditTerms]?: Param<NonNullable<ContractCreditTerms[K]>> } & Sourced;
    /** The environments whose incidents count: `{ "environment": ["production"] }`. */
    readonly appliesTo?: AvailabilityScope & Sourced;
    /** The period availability is measured over and the credit tiers apply to; default `'month'`. */
    readonly period?: 'month' | 'quarter' | 'year';
    /** x, y and z count only minutes inside these hours: a calendar (zone: its own, else the measured one) or `'businessHours'`. */
    readonly serviceHours?: 'businessHours' | (ContractServiceHours & Sourced);
    readonly source?: ClauseSource;
  };
  /** Support term and renewal price. */
  readonly renewal?: {
    readonly termMonths?: Param<number>;
    /** The least uplift at renewal, a fraction (`0.05` = 5%). */
    readonly upliftFloor?: Param<number>;
    /** The index whose annual change can raise the uplift, e.g. `'CPI-U'`. */
    readonly index?: string;
    /** The most uplift at renewal, a fraction. */
    readonly cap?: Param<number>;
    readonly noticeDays?: Param<number>;
    readonly rounding?: RenewalRounding;
    readonly source?: ClauseSource;
  };
}

/**
 * A severity level of a contract, with its label and aliases.
 *
 * @example
 * ```ts
 * import type { ContractSeverity } from 'slakit/contract';
 *
 * const level: ContractSeverity = { level: 1, label: 'P1', aliases: ['Critical', 'Sev 1'] };
 * ```
 */
export interface ContractSeverity {
  readonly level: SeverityLevel;
  readonly label: string;
  readonly aliases: readonly string[];
}

/**
 * The availability terms of a contract: the target percentage and the credit tiers.
 *
 * @example
 * ```ts
 * import type { ContractAvailability } from 'slakit/contract';
 *
 * const terms: ContractAvailability = { target: 99.95, credits: [{ atLeast: 99, below: 99.95, creditPercent: 10 }], timeZone: 'UTC' };
 * ```
 */
export interface ContractAvailability {
  readonly target: number | null;
  readonly credits: readonly CreditTier[];
  /** The limits on credits, when the contract states them; {@link creditTermsOf} gives them in a currency's minor units. */
  readonly creditTerms?: ContractCreditTerms;
  /** The environments the commitment covers (`measureAvailability`'s `appliesTo`), when the contract limits them. */
  readonly appliesTo?: AvailabilityScope;
  /** The period measured and credited, when the contract states it: `'month'` (the default), `'quarter'` or `'year'`. */
  readonly period?: 'month' | 'quarter' | 'year';
  /** The service hours, when the contract states them: only minutes inside them count ({@link serviceHoursCalendar}). */
  readonly serviceHours?: 'businessHours' | ContractServiceHours;
  /**
   * The zone whose calendar month is measured (`availability.timeZone`; `'UTC'` when the contract
   * says nothing). Every command and the service report measure this month; a display zone does
   * not change which minutes count.
   */
  readonly timeZone: string;
}

/**
 * The limits on service credits as a contract states them: `capPercent` of the monthly fee,
 * `minimumAmount` as decimal text in major units (`"1.00"`), in `currency` when stated, and one
 * claim window, `claimWithinDays` or `claimWithinMonths` (by the end of that month after the
 * measured one).
 *
 * @example
 * ```ts
 * import type { ContractCreditTerms } from 'slakit/contract';
 *
 * const terms: ContractCreditTerms = { capPercent: 30, minimumAmount: '1.00', claimWithinDays: 30 };
 * ```
 */
export interface ContractCreditTerms {
  readonly capPercent?: number;
  readonly minimumAmount?: string;
  readonly currency?: string;
  readonly claimWithinDays?: number;
  readonly claimWithinMonths?: number;
}

/**
 * The renewal terms of a contract, ready for `renewFee` and `renewalSchedule`.
 *
 * @example
 * ```ts
 * import type { ContractRenewal } from 'slakit/contract';
 *
 * const terms: ContractRenewal = { termMonths: 12, floor: 0.05, index: 'CPI-U', cap: null, noticeDays: 60, rounding: 'half-up' };
 * ```
 */
export interface ContractRenewal {
  readonly termMonths: number;
  readonly floor: number;
  readonly index: string | null;
  readonly cap: number | null;
  readonly noticeDays: number;
  readonly rounding: RenewalRounding;
}

/**
 * The severity levels of a contract's support terms (or of one plan), each with its targets.
 *
 * @example
 * ```ts
 * import type { ContractSupportLevels } from 'slakit/contract';
 *
 * const levels: ContractSupportLevels = { 1: { response: { after: 'PT1H', clock: '24x7' } } };
 * ```
 */
export interface ContractSupportLevels {
  readonly [level: string]: {
    readonly label?: string;
    readonly response: ContractTarget;
    readonly updates?: ContractTarget;
    readonly escalation?: ContractTarget;
    readonly resolution?: ContractTarget;
    readonly complianceTarget?: Param<number>;
  } & Sourced;
}

/**
 * The settings of a contract's support terms that a plan may state for itself.
 *
 * @example
 * ```ts
 * import type { ContractSupportTerms } from 'slakit/contract';
 *
 * const terms: ContractSupportTerms = { name: 'Premium support', complianceTarget: 0.95 };
 * ```
 */
export interface ContractSupportTerms {
  readonly name?: string;
  readonly complianceTarget?: Param<number>;
  readonly warnAt?: SupportPolicy['warnAt'];
  readonly eventOrder?: SupportPolicy['eventOrder'];
  readonly severityChange?: SupportPolicy['severityChange'];
  readonly autoClose?: ContractTarget;
  readonly reopen?: SupportPolicy['reopen'];
  readonly source?: ClauseSource;
}

/**
 * A loaded, validated contract ({@link loadContract}). Its parts plug into the other modules:
 * `contract.support` into `evaluateCase`, `contract.calendarFor(zone)` as the calendar,
 * `contract.maintenance` into the window lookups, `contract.downtime` into `measureAvailability`.
 * A part the document does not define is `undefined`.
 *
 * @example
 * ```ts
 * import { type Contract, loadContract } from 'slakit/contract';
 *
 * const contract: Contract = loadContract({ severities: { 1: { label: 'P1' } } });
 * contract.severityOf('p1'); //=> 1
 * ```
 */
export interface Contract {
  readonly name: string | undefined;
  readonly vendor: string | undefined;
  readonly sources: readonly ContractSource[];
  /** The business hours (a calendar spec without its zone), parameters filled in; see `calendarFor`. */
  readonly businessHours: ZonelessCalendarSpec | undefined;
  /** The levels 1 to N with their labels and aliases (from `severities`, else from `support`). */
  readonly severities: readonly ContractSeverity[];
  /** The support policy of a contract with plain `levels`; `undefined` for one with `plans` (see `supportPlans`). */
  readonly support: SupportPolicy | undefined;
  /** The plans of a contract whose support terms state `plans` and `select` (see `selectPlan`). */
  readonly supportPlans?: SupportPlans;
  readonly severityRules: readonly SeverityRule[] | undefined;
  readonly downtime: DowntimePolicy | undefined;
  /**
   * The maintenance windows. A parameter that only the windows use may be left without a value at
   * loading: reading `maintenance` then throws SlaError `CONTRACT_PARAMETER_MISSING` naming it
   * (`details.missing`), so a contract whose windows the app does not use loads without it.
   */
  readonly maintenance: MaintenanceSchedule | undefined;
  readonly availability: ContractAvailability | undefined;
  readonly renewal: ContractRenewal | undefined;
  /** The days this version is in force (`effective`), with the zone they start in; `undefined` when the document states none. */
  readonly effective: ContractEffective | undefined;
  /** The parameter values the contract was loaded with. */
  readonly parameterValues: { readonly [name: string]: unknown };
  /** The document as loaded (parameter references in place). */
  readonly document: ContractDocument;
  /**
   * The business hours in the customer's zone; `holidays` replaces the contract's (a list, or a
   * holiday set from `slakit/holidays`, which a contract that names its set by country needs).
   * @throws SlaError `INVALID_CONTRACT` when the contract defines no business hours, or names a
   * holiday set and none is given.
   */
  calendarFor(timeZone: string, options?: { readonly holidays?: CalendarSpec['holidays'] }): Calendar;
  /**
   * The level of a label, alias or number ("P1", "critical", "Sev 1", 1, "1"), ignoring case and
   * runs of spaces (`'sev  1'` is `'Sev 1'`), as `readCases` and every command read labels.
   */
  severityOf(label: string | number): SeverityLevel;
  /** The clauses behind the rule at a document path (`'support.levels.1.response'`); the nearest enclosing rule's when it has none. */
  clausesOf(path: string): readonly Clause[];
}

/**
 * Options of {@link loadContract}.
 *
 * @example
 * ```ts
 * import type { LoadContractOptions } from 'slakit/contract';
 *
 * const options: LoadContractOptions = { parameters: { 'response.1': 'PT30M' } };
 * ```
 */
export interface LoadContractOptions {
  /** Values of the document's parameters, by name; they win over the document's `parameterValues`. */
  readonly parameters?: { readonly [name: string]: unknown };
  /** Load only these parts; the others are left out (and their parameters are not asked for). Default: all. */
  readonly parts?: readonly ContractPart[];
}

/**
 * A part of a contract document that can be loaded on its own.
 *
 * @example
 * ```ts
 * import type { ContractPart } from 'slakit/contract';
 *
 * const parts: ContractPart[] = ['businessHours', 'severities', 'support'];
 * ```
 */
export type ContractPart = 'businessHours' | 'severities' | 'support' | 'severityRules' | 'downtime' | 'maintenance' | 'availability' | 'renewal';

/**
 * A calendar spec without its zone: business hours in whatever zone the customer is in.
 *
 * @example
 * ```ts
 * import type { ZonelessCalendarSpec } from 'slakit/contract';
 *
 * const hours: ZonelessCalendarSpec = { hours: { mon: [['08:00', '17:00']] }, holidays: [{ month: 12, day: 25 }] };
 * ```
 */
export type ZonelessCalendarSpec = Omit<CalendarSpec, 'timeZone'>;

/**
 * The `effective` member of a contract document: the first and the last day this version is in
 * force (both inclusive), and the zone whose midnight starts a day.
 *
 * @example
 * ```ts
 * import type { ContractEffectiveDocument } from 'slakit/contract';
 *
 * const effective: ContractEffectiveDocument = { from: '2026-10-15', source: { doc: 'sla', section: 'Amendment 1' } };
 * ```
 */
export interface ContractEffectiveDocument extends Sourced {
  /** The first day in force, `'YYYY-MM-DD'`; absent: in force before any later version. */
  readonly from?: string;
  /** The last day in force (inclusive), `'YYYY-MM-DD'`; absent: until the next version's `from`. */
  readonly to?: string;
  /** The zone a day starts in; default `availability.timeZone`, else `'UTC'`. */
  readonly timeZone?: string;
}

/**
 * When a loaded contract is in force: its `effective` dates (`null`: not stated), the zone they
 * start in, and the instants `[start, end)` they mean (`end` is 00:00 of the day after `to`).
 *
 * @example
 * ```ts
 * import { loadContract } from 'slakit/contract';
 *
 * const contract = loadContract({ name: 'Example', effective: { from: '2026-10-15', timeZone: 'Europe/Berlin' } });
 * contract.effective?.start?.toISOString(); //=> '2026-10-14T22:00:00.000Z'
 * ```
 */
export interface ContractEffective {
  readonly from: string | null;
  readonly to: string | null;
  readonly timeZone: string;
  readonly start: Date | null;
  readonly end: Date | null;
}

/**
 * A contract's availability service hours: a calendar spec whose zone is optional (absent: the
 * zone of the measured period, `availability.timeZone`).
 *
 * @example
 * ```ts
 * import type { ContractServiceHours } from 'slakit/contract';
 *
 * const daytime: ContractServiceHours = { hours: { mon: [['07:00', '20:00']], tue: [['07:00', '20:00']] }, timeZone: 'Europe/London' };
 * ```
 */
export type ContractServiceHours = ZonelessCalendarSpec & { readonly timeZone?: string };
