import { classifyDowntime } from '../availability/classify-downtime.js';
import { availabilityTarget } from '../availability/availability-target.js';
import { serviceCreditAmount } from '../availability/credit-amount.js';
import { measureAvailability } from '../availability/measure-availability.js';
import { historyAvailability } from '../availability/history-availability.js';
import type { AvailabilityReport } from '../availability/types.js';
import { complianceByPlan } from '../cases/contract-cases.js';
import { historyComplianceReport } from '../cases/history-compliance-report.js';
import { historyArgument } from '../contract/history-argument.js';
import type { ContractHistory, ContractVersion } from '../contract/load-contract-history.js';
import { creditTermsOf } from '../contract/credit-terms.js';
import { serviceHoursCalendar } from '../contract/service-hours.js';
import { caseTermsChange } from '../contract/case-terms-change.js';
import type { Calendar } from '../calendar/types.js';
import { findingsOf } from './findings.js';
import { plural } from './format.js';
import type { DowntimeSegment } from '../availability/types.js';
import { caseCalendars } from '../cases/case-calendars.js';
import { complianceReport } from '../cases/compliance-report.js';
import { complianceByLevel } from '../cases/compliance-by-level.js';
import { type ComplianceMetric, metricsFedBy, metricsNotMeasured } from '../cases/metric-inputs.js';
import { caseMonth } from '../cases/case-month.js';
import { caseTimes, type TypicalTime, typicalTimes } from '../cases/typical-times.js';
import type { CaseInput, ComplianceCounts, ComplianceGroup, ComplianceReport, ComplianceSummary, SupportPolicy, TargetEvidence } from '../cases/types.js';
import { severityLabel } from '../contract/severity-label.js';
import type { Contract } from '../contract/types.js';
import { borrowedFormulaNote } from './formula-note.js';
import { addDaysToCivilDate } from '../core/civil-date.js';
import { fail, isSlaError } from '../core/errors.js';
import { toEpochMs } from '../core/instant.js';
import { monthInterval } from '../core/month.js';
import { plainObject } from '../core/plain-data.js';
import { formatPercent } from '../core/percent.js';
import { instantToZonedTime, zonedTimeToInstant } from '../core/time-zone.js';
import { explainAvailability } from '../explain/explain-availability.js';
import { explainCase } from '../explain/explain-case.js';
import { explainRenewalFee } from '../explain/explain-renewal-fee.js';
import { formatExplanation } from '../explain/format-explanation.js';
import { describeWindow } from '../maintenance/describe-window.js';
import { maintenanceWindowsBetween } from '../maintenance/maintenance-windows-between.js';
import { currencyDigits, formatMinorUnits } from '../renewal/money.js';
import { renewalTermRows } from '../renewal/renewal-term-rows.js';
import { renewalSchedule } from '../renewal/renewal-schedule.js';
import type { CpiInput } from '../renewal/renewal-uplift.js';
import type { ReportBreach, ReportClause, ReportCompliancePart, ReportComplianceRow, ReportCredit, ReportCustomer, ReportPrevious, ReportDay, ReportTypicalTime, ReportVersion, ServiceReport, ServiceReportInput, ServiceReportSupport } from './types.js';

const INPUT_KEYS = ['contract', 'month', 'timeZone', 'availabilityTimeZone', 'now', 'region', 'cases', 'support', 'incidents', 'renewal', 'holidays', 'intentionallyEmpty', 'upcomingWeeks', 'monthlyFee', 'compareMonth', 'compareSupport'];
const DAY_MS = 86_400_000;
const WEEKDAY = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTH = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `'Mon 2 Nov 00:00'` for an instant in a zone. */
function localLabel(epochMs: number, timeZone: string): string {
  const wall = instantToZonedTime(timeZone, epochMs);
  const date = new Date(`${wall.slice(0, 10)}T00:00:00Z`);
  return `${WEEKDAY[date.getUTCDay()] as string} ${date.getUTCDate()} ${MONTH[date.getUTCMonth()] as string} ${wall.slice(11, 16)}`;
}

/** The clauses at `paths` of the contract, each with its document's title. */
function clausesAt(contract: Contract, entries: readonly (readonly [rule: string, path: string])[]): ReportClause[] {
  const title = (doc: string): string => contract.sources.find((s) => s.id === doc)?.title ?? doc;
  const seen = new Set<string>();
  const out: ReportClause[] = [];
  for (const [rule, path] of entries) {
    for (const c of contract.clausesOf(path)) {
      const key = `${rule}\u0000${c.doc}\u0000${c.section}\u0000${c.quote ?? ''}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ rule, title: title(c.doc), section: c.section, ...(c.quote === undefined ? {} : { quote: c.quote }) });
    }
  }
  return out;
}

/** Minutes of each kind of downtime per local day of the month. */
function daysOf(segments: readonly DowntimeSegment[], month: string, timeZone: string): ReportDay[] {
  const first = `${month}-01`;
  const days: { date: string; start: number; end: number; unscheduled: number; excusable: number; maintenance: number; causes: Set<string> }[] = [];
  for (let date = first; date.startsWith(month); date = addDaysToCivilDate(date, 1)) {
    days.push({ date, start: zonedTimeToInstant(timeZone, `${date}T00:00`).getTime(), end: zonedTimeToInstant(timeZone, `${addDaysToCivilDate(date, 1)}T00:00`).getTime(), unscheduled: 0, excusable: 0, maintenance: 0, causes: new Set() });
  }
  for (const segment of segments) {
    if (!segment.counted) continue;
    const [start, end] = [segment.start.getTime(), segment.end.getTime()];
    for (const day of days) {
      const overlap = Math.min(end, day.end) - Math.max(start, day.start);
      if (overlap <= 0) continue;
      const minutes = overlap / 60_000;
      if (segment.reason === 'inside-maintenance-window') day.maintenance += minutes;
      else if (segment.excusable) day.excusable += minutes;
      else day.unscheduled += minutes;
      day.causes.add(segment.cause);
    }
  }
  return days.map(({ date, unscheduled, excusable, maintenance, causes }) => ({ date, unscheduled, excusable, maintenance, causes: [...causes] }));
}

/** The credit in money when the monthly fee is given: what `slakit availability --monthly-fee` gives, from the same measurement, tiers and terms. */
function creditOf(input: ServiceReportInput, contract: Contract, measured: AvailabilityReport): ReportCredit | null {
  const terms = contract.availability;
  if (input.monthlyFee === undefined || terms === undefined || terms.credits.length === 0 || measured.percent === null) return null;
  const fee = plainObject(input.monthlyFee, 'input.monthlyFee', 'INVALID_ARGUMENT', ['amountMinor', 'currency']);
  const currency = (fee['currency'] as string | undefined) ?? terms.creditTerms?.currency ?? 'USD';
  const amount = serviceCreditAmount(measured, { monthlyFee: fee['amountMinor'] as number | bigint, tiers: terms.credits, terms: creditTermsOf(terms, currency) });
  const digits = currencyDigits(currency);
  const minor = (v: number | bigint): number | string => (typeof v === 'bigint' ? v.toString() : v);
  return { currency, feeMinor: minor(fee['amountMinor'] as number | bigint), amountMinor: minor(amount.amount), amount: `${currency} ${formatMinorUnits(amount.amount, digits)}`, appliedPercent: amount.appliedPercent, belowMinimum: amount.belowMinimum, claimBy: amount.claimBy };
}

/** Each version's service hours, in the zone of the last version's measured month unless they name their own (as `slakit availability` reads them). */
function serviceHoursOfVersions(history: ContractHistory): (contract: Contract) => Calendar | undefined {
  const zone = history.versions[history.versions.length - 1]?.contract.availability?.timeZone ?? 'UTC';
  return (contract) => serviceHoursCalendar(contract, zone);
}

/**
 * The availability section under a contract history, as `slakit availability` with several
 * `--contract` measures it (`historyAvailability`): each minute judged under the version in force
 * at that minute, the target and credits those of the version in force at the month's end.
 */
function historyAvailabilitySection(input: ServiceReportInput, history: ContractHistory, now: number): ServiceReport['availability'] {
  if (input.incidents === undefined || history.versions.every((v) => v.contract.downtime === undefined)) return null;
  if (input.availabilityTimeZone !== undefined) fail('INVALID_ARGUMENT', 'input.availabilityTimeZone', input.availabilityTimeZone, "is not taken with a contract history: each version's availability.timeZone measures the month");
  const { month, region } = input;
  const timeZone = history.versions[0]?.contract.availability?.timeZone ?? 'UTC';
  const { end } = monthInterval(month, timeZone, 'input.month');
  const report = historyAvailability(history, { month, incidents: input.incidents, asOf: Math.min(now, end), serviceHoursOf: serviceHoursOfVersions(history), ...(region === undefined ? {} : { region }) });
  const termsVersion = history.versions[report.termsVersion] as ContractVersion;
  const terms = termsVersion.contract;
  // The target, met and credit judged by the one owner `slakit availability` uses too.
  const { target, met, creditPercent, creditTier } = availabilityTarget(report.percent, terms.availability);
  const money = creditOf(input, terms, report);
  // Each incident's minutes, added from its segments (an incident across a change is split at it).
  const incidents = input.incidents.flatMap((incident, index) => {
    const mine = report.segments.filter((s) => s.incidentIndex === index && s.counted);
    if (mine.length === 0) return [];
    const minutesOf = (excusable: boolean): number => mine.filter((s) => s.excusable === excusable).reduce((n, s) => n + (s.end.getTime() - s.start.getTime()) / 60_000, 0);
    const endAt = incident.end === undefined || incident.end === null ? Math.max(...mine.map((s) => s.end.getTime())) : toEpochMs(incident.end, `incidents[${index}].end`);
    return [{ id: incident.id ?? `#${index + 1}`, cause: incident.cause, start: new Date(toEpochMs(incident.start, `incidents[${index}].start`)).toISOString(), end: new Date(endAt).toISOString(), excusableMinutes: minutesOf(true), unscheduledMinutes: minutesOf(false), window: mine.some((s) => s.reason === 'inside-maintenance-window') ? 'maintenance window' : null }];
  });
  return {
    timeZone: report.timeZone,
    x: report.totalMinutes,
    y: report.excusableMinutes,
    z: report.unscheduledMinutes,
    percent: report.percent,
    target,
    met,
    creditPercent,
    creditTier,
    credit: money,
    days: daysOf(report.segments, month, report.timeZone),
    incidents,
    clauses: clausesAt(terms, [
      ['availability target and credits', 'availability'],
      ['excusable downtime', 'downtime'],
      ...(terms.document.downtime?.excusable ?? []).map((entry, i) => [`excusable: ${typeof entry === 'string' ? entry : entry.cause}`, `downtime.excusable[${i}]`] as const),
      ['maintenance windows', 'maintenance'],
    ]),
    versions: report.versions.map((v) => ({ ...reportVersion(history, history.versions[v.version] as ContractVersion), start: v.start.toISOString(), end: v.end.toISOString(), totalMinutes: v.totalMinutes, excusableMinutes: v.excusableMinutes, unscheduledMinutes: v.unscheduledMinutes })),
    termsVersion: report.termsVersion,
  };
}

function availabilitySection(input: ServiceReportInput, contract: Contract, now: number): ServiceReport['availability'] {
  const policy = contract.downtime;
  if (input.incidents === undefined || policy === undefined) return null;
  const { month, region } = input;
  // The month measured is the contract's (availability.timeZone, UTC when the text says nothing),
  // not the zone the report is shown in, unless the input says so explicitly.
  const timeZone = input.availabilityTimeZone ?? contract.availability?.timeZone ?? 'UTC';
  const { start, end } = monthInterval(month, timeZone, input.availabilityTimeZone === undefined ? 'input.month' : 'input.availabilityTimeZone');
  const asOf = Math.min(now, end);
  const windows = { ...(contract.maintenance === undefined ? {} : { maintenance: contract.maintenance }), ...(region === undefined ? {} : { region }) };
  // The scope and service hours of the contract, as `slakit availability` measures them.
  const appliesTo = contract.availability?.appliesTo;
  const serviceHours = serviceHoursCalendar(contract, timeZone);
  const measuredWith = { ...windows, ...(appliesTo === undefined ? {} : { appliesTo }), ...(serviceHours === undefined ? {} : { serviceHours }) };
  const e = explainAvailability({ month, timeZone, incidents: input.incidents, policy, asOf, ...measuredWith });
  const measured = measureAvailability({ month, timeZone, incidents: input.incidents, policy, asOf, ...measuredWith });
  // The strip of days shows the incidents in scope only.
  const outOfScope = new Set((measured.outOfScope ?? []).map((o) => o.incidentIndex));
  const segments = classifyDowntime(outOfScope.size === 0 ? input.incidents : input.incidents.filter((_, i) => !outOfScope.has(i)), policy, { from: start, to: end, asOf, ...windows });
  const borrowed = borrowedFormulaNote(contract.document, policy);
  // The target, met and credit judged by the one owner `slakit availability` uses too.
  const { target, met, creditPercent, creditTier } = availabilityTarget(e.percent, contract.availability);
  const money = creditOf(input, contract, measured);
  return {
    timeZone,
    x: e.x,
    y: e.y,
    z: e.z,
    percent: e.percent,
    target,
    met,
    creditPercent,
    creditTier,
    credit: money,
    ...(borrowed === null ? {} : { borrowedFormula: borrowed }),
    days: daysOf(segments, month, timeZone),
    incidents: e.incidents.map((i) => ({
      id: i.id ?? `#${i.index + 1}`,
      cause: i.cause,
      start: i.start,
      end: i.end,
      excusableMinutes: i.excusableMinutes,
      unscheduledMinutes: i.unscheduledMinutes,
      window: i.windows[0] === undefined ? null : (i.windows[0].id ?? i.windows[0].region ?? 'window'),
    })),
    clauses: clausesAt(contract, [
      ['availability target and credits', 'availability'],
      ['excusable downtime', 'downtime'],
      ...(contract.document.downtime?.excusable ?? []).map((entry, i) => [`excusable: ${typeof entry === 'string' ? entry : entry.cause}`, `downtime.excusable[${i}]`] as const),
      ['maintenance windows', 'maintenance'],
    ]),
  };
}

/** The compared month's availability: `null` unless an incident lies wholly inside it (no data is not 100%). */
function previousAvailability(input: ServiceReportInput, contract: Contract, history: ContractHistory | null, month: string, now: number): number | null {
  const policy = contract.downtime;
  if (input.incidents === undefined || policy === undefined) return null;
  const timeZone = history === null ? (input.availabilityTimeZone ?? contract.availability?.timeZone ?? 'UTC') : (history.versions[0]?.contract.availability?.timeZone ?? 'UTC');
  const { start, end } = monthInterval(month, timeZone, 'input.compareMonth');
  // Covered when an incident lies wholly inside it: one spilling over its edge says nothing of the rest.
  const covered = input.incidents.some((i) => i.end !== undefined && i.end !== null && toEpochMs(i.start, 'incident.start') >= start && toEpochMs(i.end, 'incident.end') <= end);
  if (!covered || start >= now) return null;
  if (history !== null) {
    // Measured as the report's month is; a compared month the history does not cover has no figure.
    try {
      return historyAvailability(history, { month, incidents: input.incidents, asOf: Math.min(now, end), serviceHoursOf: serviceHoursOfVersions(history), ...(input.region === undefined ? {} : { region: input.region }) }).percent;
    } catch (error) {
      if (isSlaError(error) && error.code === 'CONTRACT_NOT_IN_FORCE') return null;
      throw error;
    }
  }
  const windows = { ...(contract.maintenance === undefined ? {} : { maintenance: contract.maintenance }), ...(input.region === undefined ? {} : { region: input.region }) };
  return measureAvailability({ month, timeZone, incidents: input.incidents, policy, asOf: Math.min(now, end), ...windows }).percent;
}

/** The month compared against: the same figures of `compareMonth`, each `null` where the data has nothing of that month. */
function previousSection(input: ServiceReportInput, contract: Contract, history: ContractHistory | null, now: number, compareCases: CaseInput[] | null, split: boolean): ReportPrevious | null {
  const month = input.compareMonth;
  if (month === undefined) return null;
  if (month >= input.month) fail('INVALID_ARGUMENT', 'input.compareMonth', month, `is not before the report's month (${input.month})`);
  let support: ComplianceReport | null = null;
  // Under plans or a history the support section is not compared (the parts of two months need
  // not match): availability only, as the command gives it.
  if (split) {
    if (input.compareSupport !== undefined) fail('INVALID_ARGUMENT', 'input.compareSupport', '(given)', 'is one compliance report, but the support section is split by plan or version: leave it out');
    return { month, availability: previousAvailability(input, contract, history, month, now), cases: null, response: [], resolution: [] };
  }
  if (input.compareSupport !== undefined) {
    const given = input.compareSupport;
    if (typeof given !== 'object' || given === null || typeof given.bySeverity !== 'object') fail('INVALID_ARGUMENT', 'input.compareSupport', given, 'is not a compliance report');
    support = given.total > 0 ? given : null;
  } else if (compareCases !== null && compareCases.length > 0 && contract.support !== undefined) {
    const calendarOf = caseCalendars((zone, holidays) => contract.calendarFor(zone, holidays === undefined ? {} : { holidays }), { timeZone: input.timeZone, holidays: input.holidays });
    support = complianceReport(contract.support, calendarOf(undefined), compareCases, { now, calendarFor: (zone) => calendarOf(zone) });
  }
  return {
    month,
    availability: previousAvailability(input, contract, history, month, now),
    cases: support === null ? null : support.total,
    response: support === null ? [] : rows(contract, support),
    resolution: support === null ? [] : rows(contract, support.resolution),
  };
}

function rows(contract: Contract, summary: ComplianceSummary): ReportComplianceRow[] {
  return contract.severities.map(({ level, label }) => {
    const c = summary.bySeverity[level] as ComplianceCounts;
    return { level, label, total: c.total, met: c.met, breached: c.breached, pending: c.pending, cancelled: c.cancelled, rate: c.rate, target: c.target, meetsTarget: c.meetsTarget };
  });
}

/** How far a group falls below the targets the contract states: the largest (target − rate) over the levels' response and resolution, 0 when it meets them all. */
function shortfallOf(group: ComplianceGroup): number {
  let worst = 0;
  for (const summary of [group, group.resolution]) {
    for (const counts of Object.values(summary.bySeverity)) {
      if (counts.rate !== null && counts.target !== null) worst = Math.max(worst, counts.target - counts.rate);
    }
  }
  return worst;
}

/**
 * One row per customer (the `customer` attribute of the cases, the groups of `compliance --by
 * customer`), sorted by shortfall, then by response rate, then by name; none when no case names one.
 */
function customerRows(report: ComplianceReport, breaches: readonly ReportBreach[]): ReportCustomer[] {
  const groups = Object.entries(report.groups ?? {});
  if (groups.every(([key]) => key === '')) return [];
  return groups
    .map(([customer, g]): ReportCustomer => {
      let worst: ReportBreach | undefined;
      for (const b of breaches) if (b.kind !== 'updates' && (b.customer ?? '') === customer && (worst === undefined || b.overrunMinutes > worst.overrunMinutes)) worst = b;
      return {
        customer,
        cases: g.total,
        response: { met: g.met, breached: g.breached, rate: g.rate },
        resolution: { met: g.resolution.met, breached: g.resolution.breached, rate: g.resolution.rate },
        missedUpdates: g.updates.missedUpdates,
        breaches: g.breached + g.resolution.breached + g.updates.breached,
        worstOverrun: worst === undefined ? null : { id: worst.id, kind: worst.kind as 'response' | 'resolution', overrunMinutes: worst.overrunMinutes },
        shortfall: shortfallOf(g),
      };
    });
}

/** Customer rows furthest below target first, then by response rate, then by name (and plan). */
function sortCustomers(rows: readonly ReportCustomer[]): ReportCustomer[] {
  const text = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  return [...rows].sort((a, b) => b.shortfall - a.shortfall || (a.response.rate ?? 1) - (b.response.rate ?? 1) || text(a.customer, b.customer) || text(a.plan ?? '', b.plan ?? '') || (a.version ?? 0) - (b.version ?? 0));
}

/** The clauses once each (parts share some, such as the business hours). */
function dedupe(clauses: readonly ReportClause[]): ReportClause[] {
  const seen = new Set<string>();
  return clauses.filter((c) => {
    const key = `${c.rule}\u0000${c.title}\u0000${c.section}\u0000${c.quote ?? ''}`;
    return !seen.has(key) && seen.add(key) !== undefined;
  });
}

/** One part of the support section: the cases of one plan, one version, or one plan of one version, with the policy that judged them. */
interface Part {
  readonly plan: string | null;
  readonly version: ContractVersion | null;
  readonly policy: SupportPolicy;
  readonly support: ServiceReportSupport;
}

/** The policy of a plan (`null`: plain `support.levels`) of a contract, `undefined` when it has none. */
const policyOf = (contract: Contract, plan: string | null): SupportPolicy | undefined => (plan === null ? contract.support : contract.supportPlans?.plans[plan]);

/** The plans of a contract, in its order; `[null]` under plain `support.levels`. */
const plansOf = (contract: Contract): (string | null)[] => (contract.supportPlans === undefined ? [null] : Object.keys(contract.supportPlans.plans));

/** The versions the support section shows: those in force during the month (in the history's zone) and those that judged a case. */
function versionsShown(history: ContractHistory, month: string, judged: ReadonlySet<number>): ContractVersion[] {
  const { start, end } = monthInterval(month, history.timeZone, 'input.month');
  return history.versions.filter((v) => judged.has(v.index) || ((v.start === null || v.start.getTime() < end) && (v.end === null || v.end.getTime() > start)));
}

/** The support compliance of the month's cases, computed here as `slakit compliance` computes it: one part per plan and version. */
function partsOfCases(input: ServiceReportInput, contract: Contract, history: ContractHistory | null, now: number, compare: CaseInput[] | null): Part[] {
  const calendarOf = caseCalendars((zone, holidays) => contract.calendarFor(zone, holidays === undefined ? {} : { holidays }), { timeZone: input.timeZone, holidays: input.holidays });
  const cases: CaseInput[] = [];
  const fed = new Set<ComplianceMetric>();
  if (typeof (input.cases as { [Symbol.iterator]?: unknown } | null)?.[Symbol.iterator] !== 'function') fail('INVALID_ARGUMENT', 'input.cases', input.cases, 'is not a list (an iterable) of cases');
  let i = 0;
  for (const c of input.cases as Iterable<CaseInput>) {
    const opened = toEpochMs((c as CaseInput | null)?.openedAt, `cases[${i}].openedAt`);
    // Every case read says which inputs the file has, as `slakit compliance` reads them.
    for (const metric of metricsFedBy(c.events)) fed.add(metric);
    i++;
    const month = caseMonth(calendarOf(c.timeZone), opened);
    if (month === input.month) cases.push(c);
    else if (compare !== null && month === input.compareMonth) compare.push(c);
  }
  const options = { now, outcomes: 'all' as const, groupBy: { attribute: 'customer' }, calendarFor: (zone: string) => calendarOf(zone) };
  // Each plan's cases by complianceByPlan, each version's by historyComplianceReport: the owners `slakit compliance` agrees with.
  const reports: { plan: string | null; version: ContractVersion | null; report: ComplianceReport }[] = [];
  if (history === null) {
    const byPlan = complianceByPlan(contract, calendarOf(undefined), cases, options);
    for (const plan of plansOf(contract)) reports.push({ plan, version: null, report: byPlan[plan ?? ''] as ComplianceReport });
  } else {
    const judged = historyComplianceReport(history, () => calendarOf(undefined), cases, options);
    const byVersion = new Map(judged.map((v) => [v.version, v]));
    // Versions x plans: a version with plans shows each of its plans (HistoryComplianceVersion.plans), never their sum.
    for (const version of versionsShown(history, input.month, new Set(byVersion.keys()))) {
      const mine = byVersion.get(version.index);
      for (const plan of plansOf(version.contract)) {
        const policy = policyOf(version.contract, plan);
        if (policy === undefined) continue;
        const report = mine === undefined ? undefined : plan === null ? mine.report : mine.plans?.[plan];
        reports.push({ plan, version, report: report ?? complianceReport(policy, calendarOf(undefined), [], options) });
      }
    }
  }
  return reports.map(({ plan, version, report }) => {
    const all = report.outcomes ?? [];
    const times = all.map((o) => caseTimes(o, calendarOf((cases[o.index] as CaseInput).timeZone), now));
    // The cases complianceReport's outcomes: 'breached' keeps.
    const outcomes = all.filter((o) => o.response.outcome === 'breached' || o.resolution?.outcome === 'breached' || o.missedUpdates > 0);
    const breached = outcomes.map((o) => {
      const c = cases[o.index] as CaseInput;
      return { input: c, calendar: calendarOf(c.timeZone) };
    });
    const policy = policyOf(version?.contract ?? contract, plan) as SupportPolicy;
    return { plan, version, policy, support: { report: { ...report, outcomes }, breached, times, fed: [...fed] } };
  });
}

/** Reads `input.support`: a report with its breached outcomes, and one case per outcome. */
function supportInput(support: ServiceReportSupport, now: number, path: string): ServiceReportSupport {
  const object = plainObject(support, path, 'INVALID_ARGUMENT', ['report', 'breached', 'times', 'fed', 'plan', 'version']);
  if (object['fed'] !== undefined && !Array.isArray(object['fed'])) fail('INVALID_ARGUMENT', `${path}.fed`, object['fed'], "is not a list of metrics ('response', 'resolution', 'updates')");
  const report = object['report'] as ComplianceReport | undefined;
  if (typeof report !== 'object' || report === null || typeof report.bySeverity !== 'object') fail('INVALID_ARGUMENT', `${path}.report`, report, 'is not a compliance report');
  if (toEpochMs(report.asOf, `${path}.report.asOf`) !== now) fail('INVALID_ARGUMENT', `${path}.report.asOf`, report.asOf, `is not the report's now (${new Date(now).toISOString()})`);
  const outcomes = report.outcomes;
  if (!Array.isArray(outcomes)) fail('INVALID_ARGUMENT', `${path}.report.outcomes`, outcomes, "is missing: make the report with outcomes: 'breached'");
  if (!Array.isArray(support.breached) || support.breached.length !== outcomes.length) fail('INVALID_ARGUMENT', `${path}.breached`, support.breached, `is not one case per outcome (${outcomes.length})`);
  return support;
}

/** The parts of `input.support`: one per plan and version, each naming a plan (and version) of the contract, every plan of a version given once. */
function partsOfSupport(given: ServiceReportSupport | readonly ServiceReportSupport[], contract: Contract, history: ContractHistory | null, now: number): Part[] {
  const list = Array.isArray(given) ? (given as readonly ServiceReportSupport[]) : [given as ServiceReportSupport];
  if (list.length === 0) fail('INVALID_ARGUMENT', 'input.support', given, 'is an empty list: give the support of each plan (or version)');
  const seen = new Map<number, Set<string | null>>();
  const parts = list.map((entry, i): Part => {
    const path = Array.isArray(given) ? `input.support[${i}]` : 'input.support';
    const support = supportInput(entry, now, path);
    let version: ContractVersion | null = null;
    if (history === null) {
      if (support.version !== undefined) fail('INVALID_ARGUMENT', `${path}.version`, support.version, 'names a version, but the report has one contract, not a contract history');
    } else {
      version = history.versions[support.version as number] ?? fail('INVALID_ARGUMENT', `${path}.version`, support.version, `is not the index of a version of the contract history (0 to ${history.versions.length - 1})`);
    }
    const terms = version?.contract ?? contract;
    const plans = plansOf(terms);
    const plan = support.plan ?? null;
    if (!plans.includes(plan)) fail('INVALID_ARGUMENT', `${path}.plan`, support.plan, plan === null ? `is missing: the contract states plans (${plans.join(', ')}); give each plan's support apart` : plans[0] === null ? 'names a plan, but the contract states no plans' : `is not a plan of the contract (${plans.join(', ')})`);
    const key = version?.index ?? -1;
    const plansSeen = seen.get(key) ?? new Set<string | null>();
    if (plansSeen.has(plan)) fail('INVALID_ARGUMENT', path, plan ?? '(no plan)', `is given twice${version === null ? '' : ` for the version ${version.index}`}: give each plan's support once`);
    seen.set(key, plansSeen.add(plan));
    const policy = policyOf(terms, plan) ?? fail('INVALID_ARGUMENT', `${path}.version`, support.version, 'is a version that states no support targets');
    return { plan, version, policy, support };
  });
  for (const [key, plans] of seen) {
    const terms = key < 0 ? contract : (history?.versions[key]?.contract as Contract);
    const missing = plansOf(terms).filter((plan) => !plans.has(plan));
    if (missing.length > 0) fail('INVALID_ARGUMENT', 'input.support', missing, `leaves out ${missing.length === 1 ? 'the plan' : 'the plans'} ${missing.join(', ')}${key < 0 ? '' : ` of the version ${key}`}: give every plan's support, an empty report for a plan without cases`);
  }
  return parts;
}

/** The first and last day a version is in force, in the history's zone: `… to 2026-10-14`. */
function reportVersion(history: ContractHistory, version: ContractVersion): ReportVersion {
  const last = version.end === null ? '…' : instantToZonedTime(history.timeZone, version.end.getTime() - 1).slice(0, 10);
  return { index: version.index, from: version.from, to: version.to, label: `${version.from ?? '…'} to ${last}` };
}

/** How a part is titled: `plan premium`, `terms 2026-10-15 to …`, `terms 2026-10-15 to …, plan premium`. */
const partName = (plan: string | null, version: ReportVersion | null): string => [version === null ? null : `terms ${version.label}`, plan === null ? null : `plan ${plan}`].filter((x) => x !== null).join(', ');

/**
 * The versions of a history the support section reads together: every case is read on one
 * calendar and labelled with one set of severities, so the versions must share both.
 */
function requireSameCaseTerms(history: ContractHistory): void {
  const change = caseTermsChange(history);
  if (change !== null) fail('INVALID_ARGUMENT', `input.contract.versions[${change.version.index}].${change.what}`, change.version.from, `differ from the first version's: the report reads every case on one calendar with one set of severity labels; give versions that differ only in their targets`);
}

function complianceSection(input: ServiceReportInput, contract: Contract, history: ContractHistory | null, now: number, compare: CaseInput[] | null): ServiceReport['compliance'] {
  const contracts = history === null ? [contract] : history.versions.map((v) => v.contract);
  if (contracts.every((c) => c.support === undefined && c.supportPlans === undefined) || (input.cases === undefined && input.support === undefined)) return null;
  if (input.cases !== undefined && input.support !== undefined) fail('INVALID_ARGUMENT', 'input.support', '(given)', 'comes instead of input.cases: give one of them');
  if (history !== null) requireSameCaseTerms(history);
  const parts = input.support === undefined ? partsOfCases(input, contract, history, now, compare) : partsOfSupport(input.support, contract, history, now);
  // Plans and versions are shown apart; one contract with plain levels keeps its one section.
  const split = history !== null || contract.supportPlans !== undefined;
  const feds = parts.map((p) => p.support.fed).filter((f): f is readonly ComplianceMetric[] => f !== undefined);
  const fed = feds.length === 0 ? (['response', 'resolution', 'updates'] as const) : [...new Set(feds.flat())];
  // A metric no input fed is not measured, never 0% (the rule `slakit compliance` follows); under
  // several policies, a metric is measured when any of them sets it a target.
  const lists = parts.map((p) => metricsNotMeasured(p.policy, fed, input.intentionallyEmpty ?? []));
  const notMeasured = (lists[0] ?? []).filter((metric) => lists.every((list) => list.includes(metric)));
  const labelOf = (level: number): string => severityLabel(contract, level);
  const breaches: ReportBreach[] = [];
  const customers: ReportCustomer[] = [];
  const shown: ReportCompliancePart[] = [];
  let total = 0;
  for (const { plan, version, policy, support } of parts) {
    const { report, breached } = support;
    const own = version === null || history === null ? null : reportVersion(history, version);
    const where = split ? { ...(plan === null ? {} : { plan }), ...(version === null ? {} : { version: version.index }) } : {};
    const mine: ReportBreach[] = [];
    (report.outcomes ?? []).forEach((outcome, k) => {
      const { input: c, calendar } = breached[k] as ServiceReportSupport['breached'][number];
      const explained = explainCase(policy, calendar, c, { now });
      const id = String(outcome.id ?? `#${outcome.index + 1}`);
      const customer = c.attributes?.['customer'] ?? null;
      const timeZone = calendar.timeZone;
      const add = (kind: ReportBreach['kind'], level: number, evidence: TargetEvidence, text: string): void => {
        mine.push({ id, customer, timeZone, level, label: labelOf(level), kind, dueAt: new Date(evidence.dueAt).toISOString(), at: new Date(evidence.at).toISOString(), overrunMinutes: evidence.overrunWall / 60_000, overrunBusinessMinutes: evidence.overrunBusiness / 60_000, explanation: text, ...where });
      };
      // Each target is labelled with the level it was judged under: the response with the level in
      // force at the first response, the resolution and updates with the final level.
      if (outcome.response.outcome === 'breached') add('response', outcome.responseSeverity, outcome.response, formatExplanation(explained.response));
      if (outcome.resolution?.outcome === 'breached' && explained.resolution !== null) add('resolution', outcome.severity, outcome.resolution, formatExplanation(explained.resolution));
      if (outcome.missedUpdates > 0) {
        mine.push({ id, customer, timeZone, level: outcome.severity, label: labelOf(outcome.severity), kind: 'updates', dueAt: '', at: '', overrunMinutes: outcome.missedUpdates, overrunBusinessMinutes: 0, explanation: `${plural(outcome.missedUpdates, 'update', 'updates')} missed`, ...where });
      }
    });
    breaches.push(...mine);
    customers.push(...customerRows(report, mine).map((row) => ({ ...row, ...where })));
    total += report.total;
    // The counts by level in the one shape `slakit compliance --json` prints.
    const byLevel = complianceByLevel(report, contract.severities, notMeasured);
    shown.push({ plan, version: own, name: partName(plan, own), cases: report.total, response: byLevel.bySeverity, resolution: byLevel.resolution.bySeverity, updates: byLevel.updates.bySeverity });
  }
  const times = parts.flatMap((p) => p.support.times ?? []);
  const typical = parts.every((p) => p.support.times === undefined) ? null : typicalTimes(times);
  const labelled = (list: readonly TypicalTime[]): ReportTypicalTime[] => list.map((t) => ({ level: t.level, label: labelOf(t.level), count: t.count, business: t.business, wall: t.wall }));
  const levels = contract.severities.map(({ level }) => level);
  const kinds = ['response', 'updates', 'resolution', 'escalation'] as const;
  const clauses = split
    ? parts.flatMap(({ plan, version }) => {
        const terms = version?.contract ?? contract;
        const name = partName(plan, version === null || history === null ? null : reportVersion(history, version));
        const base = plan === null ? 'support.levels' : `support.plans.${plan}.levels`;
        return clausesAt(terms, [[`support targets, ${name}`, 'support'], ...levels.flatMap((level) => kinds.map((kind) => [`${kind}, ${labelOf(level)}, ${name}`, `${base}.${level}.${kind}`] as const)), ['business hours', 'businessHours']]);
      })
    : clausesAt(contract, [['support targets', 'support'], ...levels.flatMap((level) => kinds.map((kind) => [`${kind}, ${labelOf(level)}`, `support.levels.${level}.${kind}`] as const)), ['business hours', 'businessHours']]);
  const one = shown[0] as ReportCompliancePart;
  return {
    cases: total,
    notMeasured,
    customers: sortCustomers(customers),
    typicalTimes: typical === null ? null : { response: labelled(typical.response), resolution: labelled(typical.resolution) },
    ...(split ? { parts: shown } : {}),
    response: split ? [] : one.response,
    resolution: split ? [] : one.resolution,
    updates: split ? [] : one.updates,
    breaches,
    clauses: dedupe(clauses),
  };
}

function maintenanceSection(input: ServiceReportInput, contract: Contract, now: number): ServiceReport['maintenance'] {
  const schedule = contract.maintenance;
  if (schedule === undefined) return null;
  const weeks = input.upcomingWeeks ?? 4;
  if (!Number.isInteger(weeks) || weeks < 1 || weeks > 52) fail('INVALID_ARGUMENT', 'input.upcomingWeeks', weeks, 'is not a whole number of weeks from 1 to 52');
  const windows = maintenanceWindowsBetween(schedule, now, now + weeks * 7 * DAY_MS, input.region === undefined ? {} : { region: input.region });
  return {
    zone: input.timeZone,
    windows: windows.map((w) => {
      const local = describeWindow(w, input.timeZone);
      const offset = local.utcOffset === local.endUtcOffset ? local.utcOffset : `${local.utcOffset} → ${local.endUtcOffset}`;
      return {
        ...(w.region === undefined ? {} : { region: w.region }),
        start: w.start.toISOString(),
        end: w.end.toISOString(),
        local: `${localLabel(w.start.getTime(), input.timeZone)}–${local.end}${local.endDate === local.startDate ? '' : ' (next day)'} (UTC${offset})`,
      };
    }),
    clauses: clausesAt(contract, [
      ['maintenance windows', 'maintenance'],
      ...schedule.toJSON().windows.map((_, i) => ['a window', `maintenance.windows[${i}]`] as const),
      ['notice of maintenance', 'maintenance.notice'],
    ]),
  };
}

function renewalSection(input: ServiceReportInput, contract: Contract, now: number): ServiceReport['renewal'] {
  const terms0 = contract.renewal;
  const given = input.renewal;
  if (terms0 === undefined || given === undefined) return null;
  const data = plainObject(given, 'input.renewal', 'INVALID_ARGUMENT', ['customer', 'feeMinor', 'start', 'cpi', 'currency']);
  if (!Array.isArray(given.cpi)) fail('INVALID_ARGUMENT', 'input.renewal.cpi', given.cpi, 'is not a list of index changes, one per renewal');
  const currency = (data['currency'] as string | undefined) ?? 'USD';
  const options = { floor: terms0.floor, ...(terms0.cap === null ? {} : { cap: terms0.cap }), rounding: terms0.rounding };
  const schedule = renewalSchedule({ feeMinor: given.feeMinor, start: given.start, termMonths: terms0.termMonths, noticeDays: terms0.noticeDays, ...options, renewals: given.cpi.map((cpi) => ({ cpi })) });
  const today = instantToZonedTime(input.timeZone, now).slice(0, 10);
  const next = schedule.find((t) => t.noticeDeadline >= today && t.term <= given.cpi.length);
  const daysLeft = next === undefined ? 0 : Math.round((Date.parse(`${next.noticeDeadline}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / DAY_MS);
  // The renewal after term k is renewal k: term k's fee raised by the k-th index change.
  const current = next === undefined ? undefined : schedule[next.term - 1];
  const digits = currencyDigits(currency);
  const money = (minor: number | bigint): string => `${currency} ${formatMinorUnits(minor, digits)}`;
  const fee = next === undefined || current === undefined ? null : explainRenewalFee(current.feeMinor, { cpi: given.cpi[next.term - 1] as CpiInput, ...options });
  // The first line in money with its currency, not in minor units.
  const explanation = fee === null ? null : [`Renewed fee ${money(BigInt(fee.renewedMinor))} = ${money(BigInt(fee.feeMinor))} × (1 + ${formatPercent(fee.rate * 100, 4)}), rounded ${fee.rounding}`, ...formatExplanation(fee).split('\n').slice(1)].join('\n');
  return {
    customer: (data['customer'] as string | undefined) ?? null,
    currency,
    // The rows of `slakit renewal --json`, fees written by the one money formatter.
    terms: renewalTermRows(schedule, currency),
    nextNotice: next === undefined ? null : { term: next.term, deadline: next.noticeDeadline, daysLeft },
    explanation,
    clauses: clausesAt(contract, [['support term and renewal uplift', 'renewal']]),
  };
}

/** The version of a history in force at the end of the month (in the history's zone). */
function termsAtMonthEnd(history: ContractHistory, month: string): Contract {
  const { end } = monthInterval(month, history.timeZone, 'input.month');
  try {
    return history.versionAt(end - 1).contract;
  } catch (error) {
    if (!isSlaError(error)) throw error;
    return fail(error.code, 'input.month', month, `is not covered by the contract history: ${error.message.slice(error.code.length + 2)}`);
  }
}

/**
 * The data of a monthly service report: availability with x, y and z, a day-by-day strip and the
 * credit earned; response, update and resolution compliance per severity against each level's
 * target, and the month's breaches with the steps behind each due time; the next maintenance
 * windows in the customer's zone; the renewal terms with the next notice deadline and the
 * projected uplift; and under each, the contract clauses it rests on. Plain JSON: render it with
 * {@link serviceReportToHtml} or {@link serviceReportToMarkdown}, or send it as it is.
 *
 * @throws SlaError `INVALID_ARGUMENT` for unknown input keys or a bad option; the errors of the
 * functions it calls for bad cases, incidents or renewal data.
 * @example
 * ```ts
 * import { buildServiceReport } from 'slakit/report';
 * import { loadContract } from 'slakit/contract';
 *
 * const contract = loadContract({
 *   businessHours: { hours: { mon: [['09:00', '17:00']], tue: [['09:00', '17:00']], wed: [['09:00', '17:00']], thu: [['09:00', '17:00']], fri: [['09:00', '17:00']] } },
 *   severities: { 1: { label: 'P1' } },
 *   support: { levels: { 1: { response: { after: 'PT1H', clock: '24x7' }, complianceTarget: 0.9 } } },
 * });
 * const report = buildServiceReport({
 *   contract, month: '2026-10', timeZone: 'UTC', now: '2026-11-01T00:00:00Z',
 *   cases: [{ id: 'C-1', severity: 1, openedAt: '2026-10-05T10:00:00Z', events: [{ type: 'responded', at: '2026-10-05T11:30:00Z' }] }],
 * });
 * report.compliance?.response[0]?.rate; //=> 0
 * report.compliance?.breaches[0]?.overrunMinutes; //=> 30
 * ```
 */
export function buildServiceReport(input: ServiceReportInput): ServiceReport {
  plainObject(input, 'input', 'INVALID_ARGUMENT', INPUT_KEYS);
  const { month, timeZone } = input;
  const given = input.contract as Partial<Contract & ContractHistory> | null;
  const history = typeof given === 'object' && given !== null && Array.isArray(given.versions) ? historyArgument(given, 'input.contract') : null;
  if (history === null && (typeof given !== 'object' || given === null || typeof given.clausesOf !== 'function')) fail('INVALID_ARGUMENT', 'input.contract', given, 'is not a contract from loadContract or a contract history from loadContractHistory');
  monthInterval(month, timeZone, 'input.month');
  // Under a history, the title, maintenance, renewal and the month's terms are the version's in force at the month's end.
  const contract = history === null ? (given as Contract) : termsAtMonthEnd(history, month);
  const now = toEpochMs(input.now, 'input.now');
  if (input.compareMonth !== undefined) monthInterval(input.compareMonth, timeZone, 'input.compareMonth');
  const compare = input.compareMonth === undefined || input.compareSupport !== undefined ? null : [];
  const availability = history === null ? availabilitySection(input, contract, now) : historyAvailabilitySection(input, history, now);
  const compliance = complianceSection(input, contract, history, now, compare);
  return {
    title: `${contract.name ?? 'Service'} report, ${month}`,
    contract: { name: contract.name ?? null, vendor: contract.vendor ?? null, sources: contract.sources },
    month,
    timeZone,
    region: input.region ?? null,
    asOf: new Date(now).toISOString(),
    findings: findingsOf({ availability, compliance, timeZone }),
    previous: previousSection(input, contract, history, now, compare, compliance?.parts !== undefined),
    availability,
    compliance,
    maintenance: maintenanceSection(input, contract, now),
    renewal: renewalSection(input, contract, now),
  };
}
