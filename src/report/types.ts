import type { CreditTier, Incident } from '../availability/types.js';
import type { Calendar, CalendarSpec } from '../calendar/types.js';
import type { CaseInput, ComplianceReport, SeverityLevel } from '../cases/types.js';
import type { CaseTimes, TypicalTime } from '../cases/typical-times.js';
import type { LevelCounts, UpdateLevelCounts } from '../cases/compliance-by-level.js';
import type { ComplianceMetric } from '../cases/metric-inputs.js';
import type { Contract, ContractSource } from '../contract/types.js';
import type { ContractHistory } from '../contract/load-contract-history.js';
import type { CivilDate } from '../core/civil-date.js';
import type { DateInput } from '../core/instant.js';
import type { CpiInput } from '../renewal/renewal-uplift.js';
import type { RenewalTermRow } from '../renewal/renewal-term-rows.js';

/**
 * The inputs of {@link buildServiceReport}: the contract, the month, and whichever data the
 * report covers. A section is left out when its data or its part of the contract is missing.
 *
 * @example
 * ```ts fragment
 * import type { ServiceReportInput } from 'slakit/report';
 *
 * const input: ServiceReportInput = { contract, month: '2026-10', timeZone: 'America/New_York', now: '2026-11-01T00:00:00Z', cases, incidents };
 * ```
 */
export interface ServiceReportInput {
  /**
   * The contract (`loadContract`), or the versions of a contract that changed
   * (`loadContractHistory`): then each case is judged under the version in force when it opened
   * and each minute of downtime under the version in force at that minute; the maintenance and
   * renewal sections, the title and the availability target and credits are those of the version
   * in force at the month's end. The versions must share business hours and severities.
   */
  readonly contract: Contract | ContractHistory;
  /** The service month, `'YYYY-MM'`. */
  readonly month: string;
  /** The customer's zone: the month, the business hours and the windows are shown in it. */
  readonly timeZone: string;
  /**
   * The zone whose calendar month availability is measured in, when it must differ from the
   * contract's `availability.timeZone` (itself UTC when the contract says nothing). `timeZone`
   * never changes which minutes are counted.
   */
  readonly availabilityTimeZone?: string;
  /** When the report is made: cases still open are judged at this instant. */
  readonly now: DateInput;
  /** Only this maintenance region's windows count and are listed. */
  readonly region?: string;
  /**
   * The cases: those opened in the month in their own zone (their `timeZone`, else `timeZone`)
   * are reported, each on the contract's calendar in its zone; the others are left out.
   */
  readonly cases?: Iterable<CaseInput>;
  /**
   * Instead of `cases`: the support compliance computed elsewhere, as `slakit compliance` computes
   * it. Under support plans or a contract history, a list of parts, one per plan (`plan`), per
   * version (`version`), or per version and plan: every plan of the contract (of each version
   * shown) once.
   */
  readonly support?: ServiceReportSupport | readonly ServiceReportSupport[];
  readonly incidents?: readonly Incident[];
  /** The support fee and the index changes for the renewal section. */
  readonly renewal?: { readonly customer?: string; readonly feeMinor: number | bigint; readonly start: CivilDate; readonly cpi: readonly CpiInput[]; readonly currency?: string };
  /** The holidays the business hours skip (NiCE's texts: NiCE's observed holidays), replacing the contract's (a list, or a holiday set from `slakit/holidays`). */
  readonly holidays?: CalendarSpec['holidays'];
  /**
   * The metrics whose input is empty on purpose (no reply, resolution or update was sent): they are
   * measured anyway. Without it, a metric no case's input feeds is not measured (`null`, "—"),
   * never 0% (`metricsNotMeasured`, `slakit/cases`).
   */
  readonly intentionallyEmpty?: readonly ComplianceMetric[];
  /** How many weeks of upcoming maintenance windows to list; default 4. */
  readonly upcomingWeeks?: number;
  /** The monthly fee the service credit is a share of, in minor units: the credit in money (as `slakit availability --monthly-fee`). `currency` defaults to the credit terms', else USD. */
  readonly monthlyFee?: { readonly amountMinor: number | bigint; readonly currency?: string };
  /** A month before `month` to compare with, read from the same cases and incidents (`YYYY-MM`). */
  readonly compareMonth?: string;
  /** With `support`: the compliance report of `compareMonth`'s cases, as `slakit compliance` computes it. */
  readonly compareSupport?: ComplianceReport;
}

/**
 * The service credit in money: the fee, the credit under the contract's tiers and credit terms
 * (cap, minimum, claim window), as `slakit availability --monthly-fee` gives it.
 *
 * @example
 * ```ts
 * import type { ReportCredit } from 'slakit/report';
 *
 * const credit: ReportCredit = { currency: 'USD', feeMinor: 400_000, amountMinor: 100_000, amount: 'USD 1,000.00', appliedPercent: 25, belowMinimum: false, claimBy: null };
 * ```
 */
export interface ReportCredit {
  readonly currency: string;
  /** Minor units (a string beyond 2^53). */
  readonly feeMinor: number | string;
  readonly amountMinor: number | string;
  /** The amount with its currency, as people read it. */
  readonly amount: string;
  readonly appliedPercent: number;
  readonly belowMinimum: boolean;
  readonly claimBy: string | null;
}

/**
 * The month compared against: its availability and per-level rates, each `null` or empty where
 * the data holds nothing of that month (no incident wholly inside it, no case opened in it).
 *
 * @example
 * ```ts
 * import type { ReportPrevious } from 'slakit/report';
 *
 * const previous: ReportPrevious = { month: '2026-09', availability: 99.97, cases: 0, response: [], resolution: [] };
 * ```
 */
export interface ReportPrevious {
  readonly month: string;
  readonly availability: number | null;
  readonly cases: number | null;
  readonly response: readonly ReportComplianceRow[];
  readonly resolution: readonly ReportComplianceRow[];
}

/**
 * Support compliance computed before the report (as `slakit compliance` computes it, chunk by
 * chunk): the report of the month's cases, made with `outcomes: 'breached'` at the report's
 * `now`, and for each of its outcomes, in order, the case and the calendar it was judged on (so
 * that each breach's due time can be explained).
 *
 * @example
 * ```ts fragment
 * import type { ServiceReportSupport } from 'slakit/report';
 *
 * const report = complianceReport(policy, calendar, cases, { now, outcomes: 'breached' });
 * const support: ServiceReportSupport = { report, breached: report.outcomes!.map((o) => ({ input: cases[o.index]!, calendar })) };
 * ```
 */
export interface ServiceReportSupport {
  readonly report: ComplianceReport;
  readonly breached: readonly { readonly input: CaseInput; readonly calendar: Calendar }[];
  /** Every counted case's times (`caseTimes`), for the typical times; without them the report has none. */
  readonly times?: readonly CaseTimes[];
  /** The metrics some case's input fed (`metricsFedBy` over every case read); default: all of them. */
  readonly fed?: readonly ComplianceMetric[];
  /** Under support plans: the plan whose cases `report` counts, against that plan's targets. */
  readonly plan?: string;
  /** Under a contract history: the index of the version whose cases `report` counts (the cases opened while it was in force). */
  readonly version?: number;
}

/**
 * A version of a contract history as the report shows it: its index, its `effective` dates, and
 * `label`, its first and last day in force in the history's zone (`… to 2026-10-14`,
 * `2026-10-15 to …`; `…`: unbounded).
 *
 * @example
 * ```ts
 * import type { ReportVersion } from 'slakit/report';
 *
 * const version: ReportVersion = { index: 1, from: '2026-10-15', to: null, label: '2026-10-15 to …' };
 * ```
 */
export interface ReportVersion {
  readonly index: number;
  readonly from: string | null;
  readonly to: string | null;
  readonly label: string;
}

/**
 * The support compliance of one plan, one version of the contract, or one plan of one version:
 * its cases counted apart, per level against its own targets (never added to another part's).
 * `name` is how the renderers title it: `premium`, `terms 2026-10-15 to …`,
 * `terms 2026-10-15 to …, premium`.
 *
 * @example
 * ```ts
 * import type { ReportCompliancePart } from 'slakit/report';
 *
 * const part: ReportCompliancePart = { plan: 'premium', version: null, name: 'premium', cases: 0, response: [], resolution: [], updates: [] };
 * ```
 */
export interface ReportCompliancePart {
  readonly plan: string | null;
  readonly version: ReportVersion | null;
  readonly name: string;
  readonly cases: number;
  readonly response: readonly ReportComplianceRow[];
  readonly resolution: readonly ReportComplianceRow[];
  readonly updates: readonly (ReportComplianceRow & Pick<UpdateLevelCounts, 'missedUpdates'>)[];
}

/**
 * The typical times of one level: the median and 90th percentile (nearest rank) of the times to
 * first reply or to resolution, in business and in wall terms, in ms (`typicalTimes`), with the
 * level's label.
 *
 * @example
 * ```ts
 * import type { ReportTypicalTime } from 'slakit/report';
 *
 * const row: ReportTypicalTime = { level: 1, label: 'P1', count: 12, business: { median: 600_000, p90: 1_500_000 }, wall: { median: 600_000, p90: 1_500_000 } };
 * ```
 */
export interface ReportTypicalTime extends TypicalTime {
  readonly label: string;
}

/**
 * A clause of the contract a section rests on, with the title of its document.
 *
 * @example
 * ```ts
 * import type { ReportClause } from 'slakit/report';
 *
 * const clause: ReportClause = { rule: 'response, level 1', title: 'Uniphore Support SLAs', section: 'Service Levels', quote: '1 hour' };
 * ```
 */
export interface ReportClause {
  /** What rests on it, in words. */
  readonly rule: string;
  readonly title: string;
  readonly section: string;
  readonly quote?: string;
}

/**
 * One day of the month's availability strip: the minutes of each kind of downtime on that local day.
 *
 * @example
 * ```ts
 * import type { ReportDay } from 'slakit/report';
 *
 * const day: ReportDay = { date: '2026-10-02', unscheduled: 65, excusable: 0, maintenance: 0, causes: ['unplanned'] };
 * ```
 */
export interface ReportDay {
  readonly date: CivilDate;
  readonly unscheduled: number;
  /** Excusable downtime other than maintenance inside a window. */
  readonly excusable: number;
  /** Scheduled maintenance inside a maintenance window. */
  readonly maintenance: number;
  /** The causes of the downtime that day. */
  readonly causes: readonly string[];
}

/**
 * Compliance with one kind of target at one severity level: {@link LevelCounts}, the one shape of
 * per-level counts (`complianceByLevel`, as `slakit compliance --json` lists them): the counts of
 * `complianceReport`'s `bySeverity[level]` with the level and its label, the figures `null` when the
 * metric was not measured.
 *
 * @example
 * ```ts
 * import type { ReportComplianceRow } from 'slakit/report';
 *
 * const row: ReportComplianceRow = { level: 1, label: 'Sev 1 (critical)', total: 10, met: 9, breached: 1, pending: 0, cancelled: 0, rate: 0.9, target: 0.9, meetsTarget: true };
 * ```
 */
export interface ReportComplianceRow extends LevelCounts {
  readonly level: SeverityLevel;
  readonly label: string;
}

/**
 * A breached target of a case, with the steps behind its due time.
 *
 * @example
 * ```ts
 * import type { ReportBreach } from 'slakit/report';
 *
 * const breach: ReportBreach = { id: 'CS-1', customer: 'Acme', timeZone: 'America/New_York', level: 3, label: 'Sev 3 (medium)', kind: 'response', dueAt: '2026-10-06T16:30:00.000Z', at: '2026-10-06T17:00:00.000Z', overrunMinutes: 30, overrunBusinessMinutes: 30, explanation: 'Response due …' };
 * ```
 */
export interface ReportBreach {
  readonly id: string;
  /** The case's `customer` attribute (column), `null` when it has none. */
  readonly customer: string | null;
  /** The case's zone (its calendar's): the renderers show its times there, with the zone's abbreviation. */
  readonly timeZone: string;
  readonly level: SeverityLevel;
  readonly label: string;
  /** Which target was breached (a `target` elsewhere is a share to meet). */
  readonly kind: 'response' | 'resolution' | 'updates';
  /** ISO instants; `at` is the contact, the resolution, or the report's `now` while it runs. */
  readonly dueAt: string;
  readonly at: string;
  /** Wall-clock minutes past the due time (for updates: the number of updates missed). */
  readonly overrunMinutes: number;
  /** Business minutes past the due time on the case's calendar, pauses left out (0 for updates). */
  readonly overrunBusinessMinutes: number;
  /** The due time's steps in words. */
  readonly explanation: string;
  /** Under support plans: the plan the case was judged under. */
  readonly plan?: string;
  /** Under a contract history: the index of the version the case was judged under (`compliance.parts[].version.index`). */
  readonly version?: number;
}

/**
 * One customer's month: the counts of its group in `compliance --by customer` (the same
 * computation), its worst overrun, and its shortfall: the largest amount (a share) by which one of
 * its levels' response or resolution rates falls below that level's target, 0 when it meets them
 * all.
 *
 * @example
 * ```ts
 * import type { ReportCustomer } from 'slakit/report';
 *
 * const row: ReportCustomer = { customer: 'Acme', cases: 40, response: { met: 36, breached: 4, rate: 0.9 }, resolution: { met: 5, breached: 1, rate: 0.8333333333333334 }, missedUpdates: 0, breaches: 5, worstOverrun: { id: 'CS-7', kind: 'response', overrunMinutes: 95 }, shortfall: 0.05 };
 * ```
 */
export interface ReportCustomer {
  /** `''` for the cases without a customer. */
  readonly customer: string;
  readonly cases: number;
  readonly response: { readonly met: number; readonly breached: number; readonly rate: number | null };
  readonly resolution: { readonly met: number; readonly breached: number; readonly rate: number | null };
  readonly missedUpdates: number;
  /** Breached targets: responses, resolutions and cases with a missed update. */
  readonly breaches: number;
  /** The largest response or resolution overrun, in wall minutes. */
  readonly worstOverrun: { readonly id: string; readonly kind: 'response' | 'resolution'; readonly overrunMinutes: number } | null;
  readonly shortfall: number;
  /** Under support plans: the plan of these cases (a customer with cases under two plans has a row per plan). */
  readonly plan?: string;
  /** Under a contract history: the version these cases opened under (a row per version). */
  readonly version?: number;
}

/**
 * A maintenance window occurrence as the customer sees it.
 *
 * @example
 * ```ts
 * import type { ReportWindow } from 'slakit/report';
 *
 * const w: ReportWindow = { region: 'US', start: '2026-11-02T05:00:00.000Z', end: '2026-11-02T07:00:00.000Z', local: 'Mon 2 Nov 00:00–02:00 (-05:00)' };
 * ```
 */
export interface ReportWindow {
  readonly region?: string;
  readonly start: string;
  readonly end: string;
  readonly local: string;
}

/**
 * The data of a monthly service report: what {@link serviceReportToHtml} and
 * {@link serviceReportToMarkdown} render, as plain JSON.
 *
 * @example
 * ```ts fragment
 * import { buildServiceReport, type ServiceReport } from 'slakit/report';
 *
 * const report: ServiceReport = buildServiceReport(input);
 * JSON.parse(JSON.stringify(report)); // the same report
 * ```
 */
export interface ServiceReport {
  readonly title: string;
  readonly contract: { readonly name: string | null; readonly vendor: string | null; readonly sources: readonly ContractSource[] };
  readonly month: string;
  readonly timeZone: string;
  readonly region: string | null;
  readonly asOf: string;
  /** One sentence per missed target saying what missed it (page 1). */
  readonly findings: readonly string[];
  /** The month compared against, when asked for (`compareMonth`). */
  readonly previous: ReportPrevious | null;
  readonly availability: {
    /** The zone whose calendar month was measured; the days of the strip are its days. */
    readonly timeZone: string;
    readonly x: number;
    readonly y: number;
    readonly z: number;
    readonly percent: number | null;
    readonly target: number | null;
    readonly met: boolean | null;
    readonly creditPercent: number | null;
    /** The credit tier the percentage fell in (`availabilityTarget`, as `slakit availability --json` gives it). */
    readonly creditTier: CreditTier | null;
    /** The credit in money when the monthly fee is given. */
    readonly credit: ReportCredit | null;
    /** Set when the contract states no availability formula and the figure borrows NiCE Cloud Services Terms §7.1's. */
    readonly borrowedFormula?: string;
    readonly days: readonly ReportDay[];
    readonly incidents: readonly { readonly id: string; readonly cause: string; readonly start: string; readonly end: string; readonly excusableMinutes: number; readonly unscheduledMinutes: number; readonly window: string | null }[];
    readonly clauses: readonly ReportClause[];
    /**
     * Under a contract history: each version in force during the month, with its part of the
     * month and the downtime judged under it (`historyAvailability`'s `versions`), and the index
     * of the version whose target and credits apply (`termsVersion`, in force at the month's end).
     */
    readonly versions?: readonly (ReportVersion & { readonly start: string; readonly end: string; readonly totalMinutes: number; readonly excusableMinutes: number; readonly unscheduledMinutes: number })[];
    readonly termsVersion?: number;
  } | null;
  readonly compliance: {
    readonly cases: number;
    /** One row per customer, furthest below target first; empty when no case names a customer. */
    readonly customers: readonly ReportCustomer[];
    /** Median and 90th percentile of the times to first reply and to resolution per level; `null` when the support data came without case times. */
    readonly typicalTimes: { readonly response: readonly ReportTypicalTime[]; readonly resolution: readonly ReportTypicalTime[] } | null;
    /** The metrics not measured (no case's input fed them): their rows' figures are `null`, shown as "—". */
    readonly notMeasured: readonly ComplianceMetric[];
    /**
     * Under support plans or a contract history: each plan's, version's or version's plan's
     * compliance apart (then `response`, `resolution` and `updates` are empty: parts with
     * different targets are never added up). Absent under one contract with plain `support.levels`.
     */
    readonly parts?: readonly ReportCompliancePart[];
    readonly response: readonly ReportComplianceRow[];
    readonly resolution: readonly ReportComplianceRow[];
    /** With `missedUpdates`, the update due times missed. */
    readonly updates: readonly (ReportComplianceRow & Pick<UpdateLevelCounts, 'missedUpdates'>)[];
    readonly breaches: readonly ReportBreach[];
    readonly clauses: readonly ReportClause[];
  } | null;
  readonly maintenance: { readonly zone: string; readonly windows: readonly ReportWindow[]; readonly clauses: readonly ReportClause[] } | null;
  readonly renewal: {
    readonly customer: string | null;
    readonly currency: string;
    /** The terms as `slakit renewal --json` lists them (`renewalTermRows`). */
    readonly terms: readonly RenewalTermRow[];
    /** The next notice deadline on or after the report's date, and its term. */
    readonly nextNotice: { readonly term: number; readonly deadline: string; readonly daysLeft: number } | null;
    readonly explanation: string | null;
    readonly clauses: readonly ReportClause[];
  } | null;
}
