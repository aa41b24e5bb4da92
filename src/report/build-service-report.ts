import { classifyDowntime } from '../availability/classify-downtime.js';
import { availabilityTarget } from '../availability/availability-target.js';
import { serviceCreditAmount } from '../availability/credit-amount.js';
import { measureAvailability } from '../availability/measure-availability.js';
import { creditTermsOf } from '../contract/credit-terms.js';
import { serviceHoursCalendar } from '../contract/service-hours.js';
import { findingsOf } from './findings.js';
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
import { fail } from '../core/errors.js';
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
import type { ReportBreach, ReportClause, ReportComplianceRow, ReportCredit, ReportCustomer, ReportPrevious, ReportDay, ReportTypicalTime, ServiceReport, ServiceReportInput, ServiceReportSupport } from './types.js';

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
  const terms = contract.availability;
  let money: ReportCredit | null = null;
  if (input.monthlyFee !== undefined && terms !== undefined && terms.credits.length > 0 && e.percent !== null) {
    const fee = plainObject(input.monthlyFee, 'input.monthlyFee', 'INVALID_ARGUMENT', ['amountMinor', 'currency']);
    const currency = (fee['currency'] as string | undefined) ?? terms.creditTerms?.currency ?? 'USD';
    // The credit `slakit availability --monthly-fee` gives: the same measurement, tiers and terms.
    const amount = serviceCreditAmount(measured, { monthlyFee: fee['amountMinor'] as number | bigint, tiers: terms.credits, terms: creditTermsOf(terms, currency) });
    const digits = currencyDigits(currency);
    const minor = (v: number | bigint): number | string => (typeof v === 'bigint' ? v.toString() : v);
    money = { currency, feeMinor: minor(fee['amountMinor'] as number | bigint), amountMinor: minor(amount.amount), amount: `${currency} ${formatMinorUnits(amount.amount, digits)}`, appliedPercent: amount.appliedPercent, belowMinimum: amount.belowMinimum, claimBy: amount.claimBy };
  }
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
function previousAvailability(input: ServiceReportInput, contract: Contract, month: string, now: number): number | null {
  const policy = contract.downtime;
  if (input.incidents === undefined || policy === undefined) return null;
  const timeZone = input.availabilityTimeZone ?? contract.availability?.timeZone ?? 'UTC';
  const { start, end } = monthInterval(month, timeZone, 'input.compareMonth');
  // Covered when an incident lies wholly inside it: one spilling over its edge says nothing of the rest.
  const covered = input.incidents.some((i) => i.end !== undefined && i.end !== null && toEpochMs(i.start, 'incident.start') >= start && toEpochMs(i.end, 'incident.end') <= end);
  if (!covered || start >= now) return null;
  const windows = { ...(contract.maintenance === undefined ? {} : { maintenance: contract.maintenance }), ...(input.region === undefined ? {} : { region: input.region }) };
  return measureAvailability({ month, timeZone, incidents: input.incidents, policy, asOf: Math.min(now, end), ...windows }).percent;
}

/** The month compared against: the same figures of `compareMonth`, each `null` where the data has nothing of that month. */
function previousSection(input: ServiceReportInput, contract: Contract, now: number, compareCases: CaseInput[] | null): ReportPrevious | null {
  const month = input.compareMonth;
  if (month === undefined) return null;
  if (month >= input.month) fail('INVALID_ARGUMENT', 'input.compareMonth', month, `is not before the report's month (${input.month})`);
  let support: ComplianceReport | null = null;
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
    availability: previousAvailability(input, contract, month, now),
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
    })
    .sort((a, b) => b.shortfall - a.shortfall || (a.response.rate ?? 1) - (b.response.rate ?? 1) || (a.customer < b.customer ? -1 : a.customer > b.customer ? 1 : 0));
}

/** The support compliance of the month's cases, computed here as `slakit compliance` computes it. */
function supportOfCases(input: ServiceReportInput, contract: Contract, policy: SupportPolicy, now: number, compare: CaseInput[] | null): ServiceReportSupport {
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
  const all = complianceReport(policy, calendarOf(undefined), cases, { now, outcomes: 'all', groupBy: { attribute: 'customer' }, calendarFor: (zone) => calendarOf(zone) });
  const times = (all.outcomes ?? []).map((o) => caseTimes(o, calendarOf((cases[o.index] as CaseInput).timeZone), now));
  // The cases complianceReport's outcomes: 'breached' keeps.
  const outcomes = (all.outcomes ?? []).filter((o) => o.response.outcome === 'breached' || o.resolution?.outcome === 'breached' || o.missedUpdates > 0);
  const breached = outcomes.map((o) => {
    const c = cases[o.index] as CaseInput;
    return { input: c, calendar: calendarOf(c.timeZone) };
  });
  return { report: { ...all, outcomes }, breached, times, fed: [...fed] };
}

/** Reads `input.support`: a report with its breached outcomes, and one case per outcome. */
function supportInput(support: ServiceReportSupport, now: number): ServiceReportSupport {
  const object = plainObject(support, 'input.support', 'INVALID_ARGUMENT', ['report', 'breached', 'times', 'fed']);
  if (object['fed'] !== undefined && !Array.isArray(object['fed'])) fail('INVALID_ARGUMENT', 'input.support.fed', object['fed'], "is not a list of metrics ('response', 'resolution', 'updates')");
  const report = object['report'] as ComplianceReport | undefined;
  if (typeof report !== 'object' || report === null || typeof report.bySeverity !== 'object') fail('INVALID_ARGUMENT', 'input.support.report', report, 'is not a compliance report');
  if (toEpochMs(report.asOf, 'input.support.report.asOf') !== now) fail('INVALID_ARGUMENT', 'input.support.report.asOf', report.asOf, `is not the report's now (${new Date(now).toISOString()})`);
  const outcomes = report.outcomes;
  if (!Array.isArray(outcomes)) fail('INVALID_ARGUMENT', 'input.support.report.outcomes', outcomes, "is missing: make the report with outcomes: 'breached'");
  if (!Array.isArray(support.breached) || support.breached.length !== outcomes.length) fail('INVALID_ARGUMENT', 'input.support.breached', support.breached, `is not one case per outcome (${outcomes.length})`);
  return support;
}

function complianceSection(input: ServiceReportInput, contract: Contract, now: number, compare: CaseInput[] | null): ServiceReport['compliance'] {
  const policy: SupportPolicy | undefined = contract.support;
  // A contract with support plans: refused rather than leaving the cases out (plans are not shown yet).
  if (contract.supportPlans !== undefined && (input.cases !== undefined || input.support !== undefined)) fail('INVALID_ARGUMENT', 'input.contract.support', 'plans', 'states plans (support.plans); the service report does not yet show support per plan: use complianceByPlan');
  if (policy === undefined || (input.cases === undefined && input.support === undefined)) return null;
  if (input.cases !== undefined && input.support !== undefined) fail('INVALID_ARGUMENT', 'input.support', '(given)', 'comes instead of input.cases: give one of them');
  const support = input.support === undefined ? supportOfCases(input, contract, policy, now, compare) : supportInput(input.support, now);
  const { report, breached, fed } = support;
  // A metric no input fed is not measured, never 0% (the rule `slakit compliance` follows).
  const notMeasured = metricsNotMeasured(policy, fed ?? ['response', 'resolution', 'updates'], input.intentionallyEmpty ?? []);
  const labelOf = (level: number): string => severityLabel(contract, level);
  const breaches: ReportBreach[] = [];
  (report.outcomes ?? []).forEach((outcome, k) => {
    const { input: c, calendar } = breached[k] as ServiceReportSupport['breached'][number];
    const explained = explainCase(policy, calendar, c, { now });
    const id = String(outcome.id ?? `#${outcome.index + 1}`);
    const customer = c.attributes?.['customer'] ?? null;
    const timeZone = calendar.timeZone;
    const add = (kind: ReportBreach['kind'], level: number, evidence: TargetEvidence, text: string): void => {
      breaches.push({ id, customer, timeZone, level, label: labelOf(level), kind, dueAt: new Date(evidence.dueAt).toISOString(), at: new Date(evidence.at).toISOString(), overrunMinutes: evidence.overrunWall / 60_000, overrunBusinessMinutes: evidence.overrunBusiness / 60_000, explanation: text });
    };
    // Each target is labelled with the level it was judged under: the response with the level in
    // force at the first response, the resolution and updates with the final level.
    if (outcome.response.outcome === 'breached') add('response', outcome.responseSeverity, outcome.response, formatExplanation(explained.response));
    if (outcome.resolution?.outcome === 'breached' && explained.resolution !== null) add('resolution', outcome.severity, outcome.resolution, formatExplanation(explained.resolution));
    if (outcome.missedUpdates > 0) {
      breaches.push({ id, customer, timeZone, level: outcome.severity, label: labelOf(outcome.severity), kind: 'updates', dueAt: '', at: '', overrunMinutes: outcome.missedUpdates, overrunBusinessMinutes: 0, explanation: `${outcome.missedUpdates} update${outcome.missedUpdates === 1 ? '' : 's'} missed` });
    }
  });
  const levels = contract.severities.map(({ level }) => level);
  const typical = support.times === undefined ? null : typicalTimes(support.times);
  const labelled = (list: readonly TypicalTime[]): ReportTypicalTime[] => list.map((t) => ({ level: t.level, label: labelOf(t.level), count: t.count, business: t.business, wall: t.wall }));
  // The counts by level in the one shape `slakit compliance --json` prints.
  const byLevel = complianceByLevel(report, contract.severities, notMeasured);
  return {
    cases: report.total,
    notMeasured,
    customers: customerRows(report, breaches),
    typicalTimes: typical === null ? null : { response: labelled(typical.response), resolution: labelled(typical.resolution) },
    response: byLevel.bySeverity,
    resolution: byLevel.resolution.bySeverity,
    updates: byLevel.updates.bySeverity,
    breaches,
    clauses: clausesAt(contract, [
      ['support targets', 'support'],
      ...levels.flatMap((level) =>
        (['response', 'updates', 'resolution', 'escalation'] as const).map((kind) => [`${kind}, ${labelOf(level)}`, `support.levels.${level}.${kind}`] as const),
      ),
      ['business hours', 'businessHours'],
    ]),
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
  const { contract, month, timeZone } = input;
  if (typeof contract !== 'object' || contract === null || typeof contract.clausesOf !== 'function') fail('INVALID_ARGUMENT', 'input.contract', contract, 'is not a contract from loadContract');
  monthInterval(month, timeZone, 'input.month');
  const now = toEpochMs(input.now, 'input.now');
  if (input.compareMonth !== undefined) monthInterval(input.compareMonth, timeZone, 'input.compareMonth');
  const compare = input.compareMonth === undefined || input.compareSupport !== undefined ? null : [];
  const availability = availabilitySection(input, contract, now);
  const compliance = complianceSection(input, contract, now, compare);
  return {
    title: `${contract.name ?? 'Service'} report, ${month}`,
    contract: { name: contract.name ?? null, vendor: contract.vendor ?? null, sources: contract.sources },
    month,
    timeZone,
    region: input.region ?? null,
    asOf: new Date(now).toISOString(),
    findings: findingsOf({ availability, compliance, timeZone }),
    previous: previousSection(input, contract, now, compare),
    availability,
    compliance,
    maintenance: maintenanceSection(input, contract, now),
    renewal: renewalSection(input, contract, now),
  };
}
