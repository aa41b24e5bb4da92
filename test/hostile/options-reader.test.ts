import { describe, expect, it } from 'vitest';
import * as slakit from '../../src/index.js';
import { loadContract, loadContractHistory } from '../../src/contract/index.js';
import { explainAvailability, explainBusinessTime, explainCase, explainRenewalFee } from '../../src/explain/index.js';
import { holidaysFrom } from '../../src/holidays/index.js';
import { maintenanceWindowsToIcs, renewalDeadlinesToIcs } from '../../src/ics/index.js';
import { readCases, readIncidents } from '../../src/records/index.js';
import { buildServiceReport } from '../../src/report/index.js';
import { expectSlaError } from '../expect-sla-error.js';

// Issue 15: every function that takes an options object reads it with the one shared reader
// (src/core/plain-data.ts readOptions), so an unknown key is INVALID_ARGUMENT naming its path.
// Every function export must be listed below, so a new export cannot escape the check.

const t = '2026-06-03T10:00:00Z';
const cal = slakit.businessHours8to5('UTC');
const schedule = slakit.createMaintenanceSchedule(slakit.uniphoreDataCenterWindows('UTC'));
const report = slakit.measureAvailability({ month: '2026-06', incidents: [], policy: slakit.niceCloudDowntimePolicy });
const bogus = { bogus: 1 };
const plainContract = loadContract({ severities: { 1: { label: 'P1' } }, support: { levels: { 1: { response: { after: 'PT1H', clock: '24x7' } } } } });

/** A call whose options object carries one unknown key, and the path that key must be reported at. */
const withOptions: Record<string, [call: () => unknown, path: string]> = {
  parseDuration: [() => slakit.parseDuration(1, bogus as never), 'options.bogus'],
  errorBudget: [() => slakit.errorBudget(report, 99.9, bogus as never), 'options.bogus'],
  renewFee: [() => slakit.renewFee(100, { cpi: 0.03, ...bogus } as never), 'options.bogus'],
  renewalUplift: [() => slakit.renewalUplift({ cpi: 0.03, ...bogus } as never), 'options.bogus'],
  renewalSchedule: [() => slakit.renewalSchedule({ feeMinor: 1, start: '2026-01-01', renewals: [{ cpi: 0.03, ...bogus }] } as never), 'renewals[0].bogus'],
  overage: [() => slakit.overage({ peak: 1, minimumCommitted: 1, unitPriceMinor: 1, ...bogus } as never), 'options.bogus'],
  peakConcurrentUsers: [() => slakit.peakConcurrentUsers([], { month: '2026-06', timeZone: 'UTC', ...bogus } as never), 'options.bogus'],
  initiationDate: [() => slakit.initiationDate({ effectiveDate: '2026-01-15', ...bogus } as never), 'dates.bogus'],
  evaluateCase: [() => slakit.evaluateCase(slakit.uniphoreSupport, cal, { severity: 1, openedAt: t, events: [] }, { now: t, ...bogus } as never), 'options.bogus'],
  evaluateContractCase: [() => slakit.evaluateContractCase(plainContract, cal, { severity: 1, openedAt: t }, { now: t, ...bogus } as never), 'options.bogus'],
  complianceByPlan: [() => slakit.complianceByPlan(plainContract, cal, [], { now: t, ...bogus } as never), 'options.bogus'],
  complianceReport: [() => slakit.complianceReport(slakit.uniphoreSupport, cal, [], { now: t, ...bogus } as never), 'options.bogus'],
  classifyDowntime: [() => slakit.classifyDowntime([], slakit.niceCloudDowntimePolicy, { from: t, to: t, ...bogus } as never), 'options.bogus'],
  measureAvailability: [() => slakit.measureAvailability({ month: '2026-06', incidents: [], policy: slakit.niceCloudDowntimePolicy, ...bogus } as never), 'input.bogus'],
  maintenanceWindowAt: [() => slakit.maintenanceWindowAt(schedule, t, bogus as never), 'options.bogus'],
  maintenanceWindowsBetween: [() => slakit.maintenanceWindowsBetween(schedule, t, t, bogus as never), 'options.bogus'],
  nextMaintenanceWindow: [() => slakit.nextMaintenanceWindow(schedule, t, bogus as never), 'options.bogus'],
  uniphoreSupportWith: [() => slakit.uniphoreSupportWith(bogus as never), 'options.bogus'],
  serviceCreditAmount: [() => slakit.serviceCreditAmount(report, { monthlyFee: 100, tiers: [], ...bogus } as never), 'options.bogus'],
  auditPauses: [() => slakit.auditPauses(slakit.uniphoreSupport, { severity: 1, openedAt: t }, { now: t, ...bogus } as never), 'options.bogus'],
  caseCalendars: [() => slakit.caseCalendars((zone) => slakit.businessHours8to5(zone), bogus as never), 'defaults.bogus'],
  historyAvailability: [() => slakit.historyAvailability(loadContractHistory([{ downtime: { excusable: [], maintenanceWindowsOnly: false } }]), { month: '2026-06', incidents: [], ...bogus } as never), 'input.bogus'],
  historyComplianceReport: [() => slakit.historyComplianceReport(loadContractHistory([{}]), () => cal, [], { now: t, ...bogus } as never), 'options.bogus'],
};

/** Specs and records (JSON-shaped data, not options) reject unknown keys too, with their data code. */
const withData: Record<string, [call: () => unknown, code: string, path: string]> = {
  createCalendar: [() => slakit.createCalendar({ timeZone: 'UTC', hours: '24x7', ...bogus } as never), 'INVALID_CALENDAR', 'bogus'],
  withTimeZone: [() => slakit.withTimeZone(cal, { bogus: 1 } as never), 'INVALID_TIME_ZONE', 'timeZone'],
  createMaintenanceSchedule: [() => slakit.createMaintenanceSchedule({ timeZone: 'UTC', windows: [], ...bogus } as never), 'INVALID_SCHEDULE', 'spec.bogus'],
  validateSupportPolicy: [() => slakit.validateSupportPolicy({ ...slakit.uniphoreSupport, ...bogus } as never), 'INVALID_POLICY', 'bogus'],
  niceCloudSupport: [() => slakit.niceCloudSupport({ response: {}, ...bogus } as never), 'INVALID_POLICY', 'targets.bogus'],
  niceOnPremiseSupport: [() => slakit.niceOnPremiseSupport({ response: {}, ...bogus } as never), 'INVALID_POLICY', 'targets.bogus'],
  serviceCredit: [() => slakit.serviceCredit(99, [{ atLeast: 0, below: 99, creditPercent: 10, ...bogus }] as never), 'INVALID_POLICY', 'tiers[0].bogus'],
  classifySeverity: [() => slakit.classifySeverity({ outage: 'none', ...bogus } as never), 'INVALID_FACTS', 'facts.bogus'],
  checkAdvanceNotice: [() => slakit.checkAdvanceNotice(t, t, { kind: 'minimum', atLeast: 1, ...bogus } as never), 'INVALID_ARGUMENT', 'rule.bogus'],
  endPausesAtCustomerMessage: [() => slakit.endPausesAtCustomerMessage(slakit.uniphoreSupport, { severity: 1, openedAt: t, ...bogus } as never), 'INVALID_CASE', 'bogus'],
};

/** Exports that take no options object and no keyed data (instants, numbers, strings, lists of records checked elsewhere). */
const withoutOptions = [
  'SlaError', 'addBusinessDays', 'addBusinessTime', 'addDaysToCivilDate', 'addMonthsToCivilDate', 'assertInterval',
  'availabilityPercent', 'availabilityTarget', 'complianceByLevel', 'metricsFedBy', 'metricsNotMeasured', 'renewalTermRows', 'businessHours8to5', 'caseMonth', 'formatPercent', 'isBreachedCase', 'parseRate', 'businessTimeBetween', 'calendarToJSON', 'civilDateToDays', 'clipIntervals',
  'commencementDate', 'cpiChange', 'deadlineAfter', 'describeNotice', 'describeWindow', 'endOfSupport', 'hasAdvanceNotice',
  'instantToZonedTime', 'intersectIntervals', 'intervalsLength', 'isBusinessDay', 'isCivilDate', 'isOpen', 'isSlaError',
  'isValidTimeZone', 'minutesInMonth', 'monthInterval', 'nextClose', 'nextOpen', 'nonRenewalNoticeDeadline',
  'openIntervals', 'parseInstant', 'parseYearMonth', 'soonestDue', 'subtractIntervals', 'supportTerm', 'toEpochMs', 'unionIntervals',
  'uniphoreDataCenterWindows', 'zonedTimeToInstant', 'caseTimes', 'nearestRank', 'typicalTimes',
];

describe('issue 15: one options reader; unknown keys are INVALID_ARGUMENT with their path, in every module', () => {
  it('every function export is classified (options, data, or neither)', () => {
    const functions = Object.entries(slakit).filter(([, v]) => typeof v === 'function').map(([k]) => k).sort();
    const listed = [...Object.keys(withOptions), ...Object.keys(withData), ...withoutOptions].sort();
    expect(listed).toEqual(functions);
  });
  it.each(Object.entries(withOptions))('%s rejects an unknown option key', (_name, [call, path]) => {
    expectSlaError(call, 'INVALID_ARGUMENT', path);
  });
  it.each(Object.entries(withData))('%s rejects an unknown data key', (_name, [call, code, path]) => {
    expectSlaError(call, code, path);
  });
});

describe('issue 15: the subpaths outside the root read their options the same way', () => {
  const t = '2026-06-03T10:00:00Z';
  const bogus = { bogus: 1 };
  const calendar = slakit.businessHours8to5('UTC');
  const cases: [name: string, call: () => unknown, path: string][] = [
    ['readCases', () => [...readCases([], bogus as never)], 'options.bogus'],
    ['readIncidents', () => [...readIncidents([], bogus as never)], 'options.bogus'],
    ['explainBusinessTime', () => explainBusinessTime(calendar, t, 'PT1H', bogus as never), 'options.bogus'],
    ['explainCase', () => explainCase(slakit.uniphoreSupport, calendar, { severity: 1, openedAt: t }, { now: t, ...bogus } as never), 'options.bogus'],
    ['explainRenewalFee', () => explainRenewalFee(100, { cpi: 0.03, ...bogus } as never), 'options.bogus'],
    ['explainAvailability', () => explainAvailability({ month: '2026-06', incidents: [], policy: { excusable: [], maintenanceWindowsOnly: false }, ...bogus } as never), 'input.bogus'],
    ['maintenanceWindowsToIcs', () => maintenanceWindowsToIcs(slakit.createMaintenanceSchedule(slakit.uniphoreMaintenance), { from: t, to: t, now: t, ...bogus } as never), 'options.bogus'],
    ['renewalDeadlinesToIcs', () => renewalDeadlinesToIcs([], { now: t, ...bogus } as never), 'options.bogus'],
    ['holidaysFrom', () => holidaysFrom([], bogus as never), 'options.bogus'],
    ['buildServiceReport', () => buildServiceReport({ contract: loadContract({}), month: '2026-06', timeZone: 'UTC', now: t, ...bogus } as never), 'input.bogus'],
    ['loadContract', () => loadContract({}, bogus as never), 'options.bogus'],
    ['loadContractHistory', () => loadContractHistory([{}], bogus as never), 'options.bogus'],
  ];
  it.each(cases)('%s rejects an unknown key with INVALID_ARGUMENT at its path', (_name, call, path) => {
    expectSlaError(call, 'INVALID_ARGUMENT', path);
  });
});
