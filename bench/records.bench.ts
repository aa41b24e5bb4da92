// Data at scale (slakit/records): complianceReport with resolution, updates, outcomes and groups
// over 1,000,000 cases; readCases over 1,000,000 rows as a CSV parser gives them; merging reports
// and availability shards.
import { withTimeZone } from '../src/calendar/index.js';
import { complianceReport } from '../src/cases/index.js';
import { measureAvailability, type Incident } from '../src/availability/index.js';
import { businessHours8to5, uniphoreSupport } from '../src/presets/index.js';
import { availabilityReportOf, availabilityShard, mergeAvailabilityShards, mergeComplianceReports, readCases } from '../src/records/index.js';
import { exportMapping as mapping, exportRows, generateCases } from './export-rows.js';
import { timeOnce } from './harness.js';

const calendar = businessHours8to5('America/New_York', [{ month: 11, weekday: 'thu', nth: 4 }, { month: 12, day: 25, observed: 'nearest-weekday' }]);
const NOW = Date.UTC(2026, 11, 31, 12);
// N=100000 for a quick run; the table's figures are for the default 1,000,000.
const N = Number(process.env['N'] ?? 1_000_000);

const cases = [...generateCases(N)];
const perSecond = (count: number, ms: number): string => Math.round((count / ms) * 1000).toLocaleString('en-US');
const options = { now: NOW };
const countsMs = timeOnce(() => complianceReport(uniphoreSupport, calendar, cases, options), 3);
const breachedMs = timeOnce(() => complianceReport(uniphoreSupport, calendar, cases, { ...options, outcomes: 'breached' }), 3);
const allMs = timeOnce(() => complianceReport(uniphoreSupport, calendar, cases, { ...options, outcomes: 'all', groupBy: 'month' }), 2);
const withOutcomes = complianceReport(uniphoreSupport, calendar, cases, { ...options, outcomes: 'breached' });
const quarter = N / 4;
const parts = [0, 1, 2, 3].map((k) => complianceReport(uniphoreSupport, calendar, cases.slice(k * quarter, (k + 1) * quarter), { ...options, groupBy: 'month' }));
const mergeMs = timeOnce(() => parts.reduce(mergeComplianceReports), 5);
cases.length = 0;

const drain = (rows: Iterable<unknown>): number => {
  let n = 0;
  for (const _ of rows) n++;
  return n;
};
const rowsMs = timeOnce(() => drain(exportRows(N, false)), 2);
const readMs = timeOnce(() => drain(readCases(exportRows(N, false), mapping)), 2);
const readLocalMs = timeOnce(() => drain(readCases(exportRows(N, true), { ...mapping, timeZone: 'America/New_York', onError: 'skip' as const })), 2);
const pipelineMs = timeOnce(() => complianceReport(uniphoreSupport, calendar, readCases(exportRows(N, true), { ...mapping, timeZone: 'America/New_York', onError: 'skip' as const }), options), 1);
const zoned = complianceReport(uniphoreSupport, calendar, readCases(exportRows(1000, true), { ...mapping, timeZone: 'America/New_York', onError: 'skip' as const }), { ...options, calendarFor: (zone) => withTimeZone(calendar, zone) });

// Availability: 100,000 incidents of one month in 4 shards.
const incidents: Incident[] = [];
let seed = 5;
const random = (): number => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31), seed / 2 ** 31);
const JUNE = Date.UTC(2026, 5, 1);
for (let i = 0; i < 100_000; i++) {
  const start = JUNE + Math.floor(random() * 30 * 1440 * 60) * 1000;
  incidents.push({ id: `I-${i}`, start, end: start + Math.floor(random() * 600) * 1000, cause: random() < 0.2 ? 'customer-caused' : 'unplanned' });
}
const policy = { excusable: ['customer-caused' as const], maintenanceWindowsOnly: false };
const measureMs = timeOnce(() => measureAvailability({ month: '2026-06', incidents, policy }), 3);
const shardInputs = [0, 1, 2, 3].map((k) => incidents.filter((_, i) => i % 4 === k));
const shardMs = timeOnce(() => shardInputs.map((list) => availabilityShard({ month: '2026-06', incidents: list, policy })), 3);
const shards = shardInputs.map((list) => availabilityShard({ month: '2026-06', incidents: list, policy }));
const shardMergeMs = timeOnce(() => availabilityReportOf(shards.reduce(mergeAvailabilityShards)), 3);

console.log(
  [
    '### Data at scale (slakit/records)',
    '',
    `1,000,000 generated cases (a response each, 3 in 10 paused, 8 in 10 resolved), America/New_York Mon–Fri 08:00–17:00, Uniphore policy; ${(withOutcomes.outcomes?.length ?? 0).toLocaleString('en-US')} cases breached a target or missed an update. Zone check: ${zoned.total} cases read with local times report the same way through calendarFor.`,
    '',
    '| workload | time (best of runs) | per second | target |',
    '| --- | ---: | ---: | --- |',
    `| complianceReport (response, resolution, updates), 1,000,000 cases | ${countsMs.toFixed(0)} ms | ${perSecond(N, countsMs)} cases | ≥ 500,000 cases/s |`,
    `| … with outcomes: 'breached' | ${breachedMs.toFixed(0)} ms | ${perSecond(N, breachedMs)} cases | — |`,
    `| … with outcomes: 'all' and groupBy: 'month' | ${allMs.toFixed(0)} ms | ${perSecond(N, allMs)} cases | — |`,
    `| mergeComplianceReports, 4 shards of 250,000 grouped by month | ${mergeMs.toFixed(2)} ms | — | independent of the number of cases |`,
    `| export rows generated (text cells), 1,000,000 | ${rowsMs.toFixed(0)} ms | ${perSecond(N, rowsMs)} rows | baseline |`,
    `| readCases, 1,000,000 rows, ISO instants with offsets (generation included) | ${readMs.toFixed(0)} ms | ${perSecond(N, readMs)} rows | — |`,
    `| readCases, 1,000,000 rows, local times in America/New_York (generation included) | ${readLocalMs.toFixed(0)} ms | ${perSecond(N, readLocalMs)} rows | — |`,
    `| rows → readCases → complianceReport, 1,000,000 rows, streamed | ${pipelineMs.toFixed(0)} ms | ${perSecond(N, pipelineMs)} rows | — |`,
    `| measureAvailability, 100,000 incidents in one month | ${measureMs.toFixed(0)} ms | — | — |`,
    `| availabilityShard × 4 shards of 25,000 | ${shardMs.toFixed(0)} ms | — | — |`,
    `| mergeAvailabilityShards × 3 + availabilityReportOf | ${shardMergeMs.toFixed(0)} ms | — | — |`,
    '',
  ].join('\n'),
);
