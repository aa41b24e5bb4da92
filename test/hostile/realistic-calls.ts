// Issue 22: a valid call, with objects shaped like real inputs, of every function of every subpath
// that VALID_CALLS (hostile-values.ts) does not already hold, so the fuzz reaches each export past
// its first checks. A call is the function's arguments, or `[args, run]` where `run` consumes a
// lazy result (a reader) so that its errors surface inside the call.
import Holidays from 'date-holidays';
import { readFileSync } from 'node:fs';
import { complianceReport } from '../../src/cases/index.js';
import { type Contract, loadContract, loadContractHistory } from '../../src/contract/index.js';
import { explainBusinessTime } from '../../src/explain/index.js';
import { availabilityShard, readCustomerDirectory, readStatusHistory } from '../../src/records/index.js';
import { buildServiceReport } from '../../src/report/index.js';
import * as slakit from '../../src/index.js';

const t = '2026-06-03T10:00:00Z';
const calendar = slakit.businessHours8to5('America/New_York', [{ month: 12, day: 25, observed: 'nearest-weekday' }]);
const schedule = slakit.createMaintenanceSchedule(slakit.uniphoreMaintenance);
const policy = { excusable: ['customer-caused'], maintenanceWindowsOnly: false } as const;
const incidents = [{ id: 'INC-1', start: t, end: '2026-06-03T11:00:00Z', cause: 'unplanned' as const }];
const shard = availabilityShard({ month: '2026-06', policy, incidents });
const report = complianceReport(slakit.uniphoreSupport, calendar, [{ id: 'C-1', severity: 1, openedAt: t, events: [{ type: 'responded', at: '2026-06-03T10:40:00Z' }] }], { now: '2026-06-10T00:00:00Z', outcomes: 'all' });
const northwind = loadContract(JSON.parse(readFileSync('examples/contracts/northwind-cloud.json', 'utf8')));
const serviceReport = buildServiceReport({ contract: northwind, month: '2026-06', timeZone: 'America/Chicago', now: '2026-07-02T12:00:00Z', cases: [{ id: 'C-1', severity: 2, openedAt: t }], incidents, region: 'Americas', renewal: { customer: 'Example Co.', feeMinor: 12_000_000, start: '2026-03-15', cpi: [0.031] } });
// A contract with plans (support.plans and support.select): the cases of its October month.
const larkspur = loadContract(JSON.parse(readFileSync('examples/contracts/larkspur-saas.json', 'utf8')));
const planCase = { id: 'LK-1', severity: 1, openedAt: t, attributes: { tier: 'premium' } };
const contractDocument = JSON.parse(readFileSync('examples/contracts/northwind-cloud.json', 'utf8')) as unknown;
const larkspurDocument = JSON.parse(readFileSync('examples/contracts/larkspur-saas.json', 'utf8')) as unknown;
const helpDeskCase = {
  severity: 3,
  openedAt: t,
  events: [
    { type: 'responded', at: '2026-06-03T11:00:00Z' },
    { type: 'paused', at: '2026-06-03T14:00:00Z', reason: 'waiting-on-customer' },
    { type: 'customer-message', at: '2026-06-03T15:00:00Z' },
    { type: 'resumed', at: '2026-06-04T14:00:00Z' },
  ],
};
const occurrence = slakit.maintenanceWindowsBetween(schedule, t, '2026-06-20T00:00:00Z')[0];

const consume = (fn: (...args: unknown[]) => unknown) => (...args: unknown[]): unknown => [...(fn(...args) as Iterable<unknown>)];

export type RealisticCall = readonly unknown[] | readonly [args: readonly unknown[], run: (fn: (...args: unknown[]) => unknown) => (...args: unknown[]) => unknown];

export const REALISTIC_CALLS: Readonly<Record<string, RealisticCall>> = {
  // An error's details hold the offending value as given (an Invalid Date, say): the call checks what the constructor makes of the rest.
  SlaError: [
    ['INVALID_ARGUMENT', 'x: bad', { path: 'x', value: 1 }],
    (fn) =>
      function (this: unknown, ...args: unknown[]) {
        const error = Reflect.construct(fn, args) as { code: unknown; message: unknown; details: { path?: unknown } };
        return { code: error.code, message: error.message, path: typeof error.details.path === 'string' ? error.details.path : typeof error.details.path };
      },
  ],
  isSlaError: [new slakit.SlaError('INVALID_ARGUMENT', 'x: bad', { path: 'x', value: 1 })],
  addDaysToCivilDate: ['2026-06-03', 5],
  addMonthsToCivilDate: ['2026-01-31', 1],
  civilDateToDays: ['2026-06-03'],
  isCivilDate: ['2026-06-03'],
  parseYearMonth: ['2026-06', 'month'],
  assertInterval: [{ start: 0, end: 10 }],
  clipIntervals: [[{ start: 0, end: 10 }, { start: 20, end: 30 }], { start: 5, end: 25 }],
  intersectIntervals: [[{ start: 0, end: 10 }], [{ start: 5, end: 20 }]],
  subtractIntervals: [[{ start: 0, end: 10 }], [{ start: 2, end: 4 }]],
  intervalsLength: [[{ start: 0, end: 10 }, { start: 20, end: 30 }]],
  businessHours8to5: ['America/New_York', [{ month: 12, day: 25 }, '2026-07-03']],
  calendarToJSON: [calendar],
  checkAdvanceNotice: [t, '2026-06-20T00:00:00Z', { kind: 'minimum', atLeast: { days: 7 } }],
  commencementDate: ['2026-01-15'],
  deadlineAfter: ['2026-01-15', 30],
  endOfSupport: ['2026-01-15', 12],
  nonRenewalNoticeDeadline: ['2027-03-14', 60],
  describeWindow: [occurrence, 'Europe/London'],
  instantToZonedTime: ['America/New_York', t],
  toEpochMs: [t, 'at'],
  parseInstant: ['2026-06-03T10:00:00-05:00', 'at'],
  isValidTimeZone: ['Asia/Kolkata'],
  niceOnPremiseSupport: [{ response: { 1: { after: { hours: 1 }, clock: '24x7' }, 2: { after: { hours: 4 }, clock: 'business' }, 3: { businessDays: 1 }, 4: { businessDays: 2 } } }],
  uniphoreDataCenterWindows: ['America/New_York'],
  availabilityShard: [{ month: '2026-06', policy, incidents, maintenance: slakit.uniphoreMaintenance, region: 'EU' }],
  availabilityReportOf: [shard],
  mergeAvailabilityShards: [shard, shard],
  mergeComplianceReports: [report, report],
  readCases: [
    [
      [{ ticket: 'T-1', created: '03/Jun/26 10:00 AM', priority: 'P1', first_reply: '2026-06-03 10:40', solved_minutes: '95' }],
      {
        columns: { ticket: 'id', created: 'openedAt', priority: 'severity', first_reply: 'respondedAt' },
        severities: { P1: 1, 'Sev 2': 2 },
        timeZone: 'Europe/Berlin',
        dateFormat: 'dd/MMM/yy h:mm a',
        derived: [{ column: 'solved_minutes', field: 'resolutionNoticeAt', unit: 'minutes', clock: 'calendar' }],
      },
    ],
    consume,
  ],
  readIncidents: [[[{ id: 'INC-1', start: t, end: '2026-06-03T11:00:00Z', cause: 'unplanned' }]], consume],
  readStatusHistory: [[[{ key: 'SUP-1', changed: '2026-06-03 10:00', from: 'Open', to: 'Waiting for customer' }, { key: 'SUP-1', changed: '2026-06-04 09:00', from: 'Waiting for customer', to: 'In progress' }], { columns: { key: 'caseId', changed: 'at' }, timeZone: 'Europe/Berlin', pauseStatuses: ['Waiting for customer', 'Pending'], reopenStatuses: ['Reopened'] }]],
  joinStatusHistory: [[[{ id: 'SUP-1', severity: 2, openedAt: t }], readStatusHistory([{ caseId: 'SUP-1', at: '2026-06-03T12:00:00Z', from: 'Open', to: 'Pending' }], { pauseStatuses: ['Pending'] })], consume],
  readCustomerDirectory: [[[{ Organization: 'Acme Corp', Zone: 'America/New_York', holidays: 'US-NY', tier: 'gold' }], { columns: { Organization: 'customer', Zone: 'timeZone' }, firstRow: 2 }]],
  joinCustomerDirectory: [[[{ id: 'C-1', severity: 2, openedAt: t, attributes: { customer: 'acme corp' } }], readCustomerDirectory([{ customer: 'Acme Corp', timeZone: 'America/New_York', holidays: 'US-NY' }]), { unlisted: { timeZone: 'UTC' } }], consume],
  readCsv: [['id;start;end\r\nINC-1;2026-06-03 10:00;"2026-06-03 11:00"\r\n', { delimiter: ';' }], consume],
  explainAvailability: [{ month: '2026-06', policy, incidents, maintenance: schedule, region: 'EU', timeZone: 'Europe/Berlin' }],
  explainBusinessTime: [calendar, t, { hours: 24 }, { label: 'response' }],
  selectPlan: [larkspur, planCase],
  evaluateContractCase: [larkspur, larkspur.calendarFor('America/New_York'), planCase, { now: '2026-06-10T00:00:00Z' }],
  complianceByPlan: [larkspur, larkspur.calendarFor('America/New_York'), [planCase, { ...planCase, id: 'LK-2', attributes: { tier: 'basic' } }], { now: '2026-06-10T00:00:00Z' }],
  explainContractCase: [larkspur, larkspur.calendarFor('America/New_York'), planCase, { now: '2026-06-10T00:00:00Z' }],
  explainCase: [slakit.uniphoreSupport, calendar, { id: 'C-1', severity: 3, openedAt: t }, { now: '2026-06-10T00:00:00Z' }],
  explainRenewalFee: [1_200_000, { cpi: { previous: 304.702, current: 313.689 }, cap: 0.07 }],
  formatExplanation: [explainBusinessTime(calendar, t, { hours: 24 })],
  maintenanceWindowsToIcs: [schedule, { from: t, to: '2026-06-20T00:00:00Z', region: 'EU', now: t, name: 'Windows' }],
  renewalDeadlinesToIcs: [slakit.renewalSchedule({ feeMinor: 1_200_000, start: '2026-03-15', renewals: [{ cpi: 0.031 }] }), { contract: 'acme', reminderDays: 30, now: t }],
  contractSchema: [],
  contractToJSON: [northwind],
  loadContract: [contractDocument, { parts: ['support', 'severities', 'businessHours'] }],
  loadContractHistory: [[contractDocument, { ...(contractDocument as object), effective: { from: '2026-06-15' } }], { parts: ['support', 'severities', 'businessHours'] }],
  historyAvailability: [loadContractHistory([larkspurDocument, { ...(larkspurDocument as object), effective: { from: '2026-06-15' } }]), { month: '2026-06', incidents: [{ ...incidents[0], environment: 'production' }] }],
  historyComplianceReport: [loadContractHistory([contractDocument]), (c: Contract) => c.calendarFor('America/New_York'), [{ id: 'C-1', severity: 2, openedAt: t }], { now: '2026-07-02T12:00:00Z' }],
  buildServiceReport: [{ contract: northwind, month: '2026-06', timeZone: 'America/Chicago', now: '2026-07-02T12:00:00Z', cases: [{ id: 'C-1', severity: 2, openedAt: t }], incidents, region: 'Americas' }],
  caseTimes: [report.outcomes![0], calendar, '2026-06-10T00:00:00Z'],
  nearestRank: [[1, 2, 3, 4], 90],
  typicalTimes: [[{ response: { level: 1, business: 600_000, wall: 600_000 }, resolution: null }]],
  serviceReportToHtml: [serviceReport],
  serviceReportToMarkdown: [serviceReport],
  formatPercent: [99.95, 2],
  parseRate: ['95.2%', 'target'],
  caseCalendars: [[(zone: string) => slakit.businessHours8to5(zone), { timeZone: 'America/New_York' }], (fn) => (...args: unknown[]) => (fn(...args) as (zone: string | undefined) => unknown)('Europe/London')],
  caseMonth: [calendar, t],
  isBreachedCase: [slakit.evaluateCase(slakit.uniphoreSupport, calendar, { severity: 3, openedAt: t }, { now: '2026-06-20T00:00:00Z' })],
  incidentInShardRange: [shard, Date.parse(t), Date.parse('2026-06-03T11:00:00Z')],
  severityLabel: [northwind, 1],
  soonestDue: [slakit.evaluateCase(slakit.uniphoreSupport, calendar, { severity: 3, openedAt: t }, { now: '2026-06-03T11:00:00Z' })],
  auditPauses: [slakit.uniphoreSupport, helpDeskCase, { now: '2026-06-10T00:00:00Z' }],
  endPausesAtCustomerMessage: [slakit.uniphoreSupport, helpDeskCase],
  describeNotice: [{ reason: 'short-notice', notice: { announcedAt: new Date(t), aheadMs: 84_600_000, requiredMs: 259_200_000, plannedEnd: null } }],
  availabilityTarget: [99.5, { target: 99.9, credits: [{ atLeast: 99, below: 99.9, creditPercent: 10 }, { atLeast: 0, below: 99, creditPercent: 25 }] }],
  complianceByLevel: [report, [1, 2, 3, 4].map((level) => ({ level, label: `Sev ${level}` })), ['updates']],
  metricsFedBy: [[{ type: 'responded', at: '2026-06-03T10:40:00Z' }, { type: 'updated', at: '2026-06-03T12:00:00Z' }]],
  metricsNotMeasured: [slakit.uniphoreSupport, ['response'], ['updates']],
  renewalTermRows: [slakit.renewalSchedule({ feeMinor: 12_000_000, start: '2026-03-15', renewals: [{ cpi: 0.031 }] }), 'USD'],
  serviceCreditAmount: [slakit.measureAvailability({ month: '2026-06', policy, incidents }), { monthlyFee: 400_000, tiers: [{ atLeast: 99, below: 99.9, creditPercent: 10 }, { atLeast: 0, below: 99, creditPercent: 25 }], terms: { capPercent: 20, minimumAmount: 100, claimWithinDays: 30 } }],
  creditTermsOf: [{ target: 99.9, credits: [], creditTerms: { capPercent: 30, minimumAmount: '1.00', claimWithinDays: 30 } }, 'USD'],
  serviceHoursCalendar: [loadContract({ availability: { serviceHours: { hours: { mon: [['07:00', '20:00']] }, timeZone: 'Europe/London' } } }), 'UTC'],
  holidaySet: ['US-NY', { Holidays, types: ['public'] }],
  holidaysFrom: [new Holidays('DE').getHolidays(2026), { types: ['public', 'bank'] }],
};

/** Functions that return a promise: checked by awaiting them. */
export const ASYNC_CALLS: Readonly<Record<string, readonly unknown[]>> = {
  loadHolidaySet: ['GB-ENG', { types: ['public'] }],
};
