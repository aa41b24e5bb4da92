// Data at scale (slakit/records): complianceReport with resolution, updates, outcomes and groups
// over 1,000,000 cases; readCases over 1,000,000 rows as a CSV parser gives them; merging reports
// and availability shards.
import { withTimeZone } from '../src/calendar/index.js';
import { type CaseEvent, type CaseInput, complianceReport } from '../src/cases/index.js';
import { measureAvailability, type Incident } from '../src/availability/index.js';
import { businessHours8to5, uniphoreSupport } from '../src/presets/index.js';
import { availabilityReportOf, availabilityShard, mergeAvailabilityShards, mergeComplianceReports, readCases, type Row } from '../src/records/index.js';
import { timeOnce } from './harness.js';

const calendar = businessHours8to5('America/New_York', [{ month: 11, weekday: 'thu', nth: 4 }, { month: 12, day: 25, observed: 'nearest-weekday' }]);
const MINUTE = 60_000;
const YEAR_START = Date.UTC(2026, 0, 1);
const NOW = Date.UTC(2026, 11, 31, 12);
// N=100000 for a quick run; the default is the published workload.
const N = Number(process.env['N'] ?? 1_000_000);
const n = N.toLocaleString('en-US');

/** Deterministic cases over 2026: severities 10/20/40/30%, a response, sometimes a pause and a resolution. */
function* generateCases(count: number, seed = 11): Generator<CaseInput> {
  let state = seed;
  const random = (): number => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
  for (let c = 0; c < count; c++) {
    const r = random();
    const severity = r < 0.1 ? 1 : r < 0.3 ? 2 : r < 0.7 ? 3 : 4;
    const openedAt = YEAR_START + Math.floor(random() * 364 * 1440) * MINUTE;
    const events: CaseEvent[] = [];
    let t = openedAt + Math.floor(1 + random() * (severity <= 2 ? 150 : 2400)) * MINUTE;
    events.push({ type: 'responded', at: t });
    if (random() < 0.3) {
      events.push({ type: 'paused', at: (t += 60 * MINUTE) }, { type: 'resumed', at: (t += Math.floor(random() * 2880) * MINUTE) });
    }
    if (random() < 0.8) events.push({ type: 'resolution-notice', at: t + Math.floor(random() * 4000) * MINUTE });
    yield { id: `C-${c}`, severity, openedAt, events };
  }
}

const iso = (ms: number): string => new Date(ms).toISOString();
const wall = (ms: number): string => new Date(ms - 5 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');

/** The same cases as rows of a ticketing export: text cells, other column names, P-labels, optionally local times. */
function* exportRows(count: number, local: boolean): Generator<Row> {
  for (const c of generateCases(count)) {
    const at = local ? wall : iso;
    const events = c.events ?? [];
    yield {
      ticket: String(c.id),
      created_at: at(c.openedAt as number),
      priority: `P${c.severity}`,
      first_reply: at(events[0]?.at as number),
      history: events.slice(1).map((e) => `${e.type}@${at(e.at as number)}`).join(';'),
    };
  }
}

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

const mapping = { columns: { ticket: 'id', created_at: 'openedAt', priority: 'severity', first_reply: 'respondedAt', history: 'events' }, severities: { P1: 1, P2: 2, P3: 3, P4: 4 } } as const;
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
    `${n} generated cases (a response each, 3 in 10 paused, 8 in 10 resolved), America/New_York Mon–Fri 08:00–17:00, Uniphore policy; ${(withOutcomes.outcomes?.length ?? 0).toLocaleString('en-US')} cases breached a target or missed an update. Zone check: ${zoned.total} cases read with local times report the same way through calendarFor.`,
    '',
    '| workload | time (best of runs) | per second | target |',
    '| --- | ---: | ---: | --- |',
    `| complianceReport (response, resolution, updates), ${n} cases | ${countsMs.toFixed(0)} ms | ${perSecond(N, countsMs)} cases | ≥ 500,000 cases/s |`,
    `| … with outcomes: 'breached' | ${breachedMs.toFixed(0)} ms | ${perSecond(N, breachedMs)} cases | — |`,
    `| … with outcomes: 'all' and groupBy: 'month' | ${allMs.toFixed(0)} ms | ${perSecond(N, allMs)} cases | — |`,
    `| mergeComplianceReports, 4 shards of ${quarter.toLocaleString('en-US')} grouped by month | ${mergeMs.toFixed(2)} ms | — | independent of the number of cases |`,
    `| export rows generated (text cells), ${n} | ${rowsMs.toFixed(0)} ms | ${perSecond(N, rowsMs)} rows | baseline |`,
    `| readCases, ${n} rows, ISO instants with offsets (generation included) | ${readMs.toFixed(0)} ms | ${perSecond(N, readMs)} rows | — |`,
    `| readCases, ${n} rows, local times in America/New_York (generation included) | ${readLocalMs.toFixed(0)} ms | ${perSecond(N, readLocalMs)} rows | — |`,
    `| rows → readCases → complianceReport, ${n} rows, streamed | ${pipelineMs.toFixed(0)} ms | ${perSecond(N, pipelineMs)} rows | — |`,
    `| measureAvailability, 100,000 incidents in one month | ${measureMs.toFixed(0)} ms | — | — |`,
    `| availabilityShard × 4 shards of 25,000 | ${shardMs.toFixed(0)} ms | — | — |`,
    `| mergeAvailabilityShards × 3 + availabilityReportOf | ${shardMergeMs.toFixed(0)} ms | — | — |`,
    '',
  ].join('\n'),
);
