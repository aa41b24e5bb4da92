// `npm run demo`: slakit's main job on the sample data in examples/data/ — a month of incidents,
// a month of support cases and a renewal — as a support or vendor manager would run it.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadContract } from 'slakit/contract';
import { readCases, readIncidents } from 'slakit/records';
import { buildServiceReport, serviceReportToHtml } from 'slakit/report';
import {
  type CalendarSpec,
  type CaseEvent,
  type CaseInput,
  complianceReport,
  createCalendar,
  createMaintenanceSchedule,
  describeWindow,
  type Incident,
  measureAvailability,
  nextMaintenanceWindow,
  niceCloudDowntimePolicy,
  renewalSchedule,
  uniphoreDowntimePolicy,
  uniphoreMaintenance,
  uniphoreSupport,
  withTimeZone,
} from 'slakit';

const data = (name: string): string => readFileSync(new URL(`./data/${name}`, import.meta.url), 'utf8');
// The sample CSVs have no quoted fields, so a split is enough here (the `slakit` command reads any CSV).
const rows = (text: string): Record<string, string>[] => {
  const [header = '', ...lines] = text.trim().split('\n');
  const names = header.split(',');
  return lines.map((line) => Object.fromEntries(line.split(',').map((cell, i) => [names[i] as string, cell])));
};
const table = (head: string[], body: string[][]): string => {
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => (r[i] ?? '').length)));
  return [head, widths.map((w) => '-'.repeat(w)), ...body].map((r) => r.map((c, i) => c.padEnd(widths[i] as number)).join('  ').trimEnd()).join('\n');
};
const percent = (rate: number | null): string => (rate === null ? '—' : `${(rate * 100).toFixed(1)}%`);

// 1. Availability of October 2026 under both vendors' downtime policies.
const month = '2026-10';
const incidents: Incident[] = rows(data('incidents-2026-10.csv')).map((r) => ({
  id: r['id'] as string,
  start: r['start'] as string,
  end: r['end'] as string,
  cause: r['cause'] as Incident['cause'],
}));
const windows = createMaintenanceSchedule(uniphoreMaintenance);
console.log(`slakit demo\n\n1. Availability, ${month} (UTC), ${incidents.length} incidents, EU maintenance windows`);
const policies = [
  ['NiCE Cloud (NCS §7)', niceCloudDowntimePolicy],
  ['Uniphore (SLA Exclusions)', uniphoreDowntimePolicy],
] as const;
console.log(
  table(
    ['policy', 'x minutes', 'y excusable', 'z unscheduled', 'availability'],
    policies.map(([name, policy]) => {
      // NCS's Table B-1 windows are not published, so both policies use Uniphore's EU window here.
      const report = measureAvailability({ month, incidents, policy, maintenance: windows, region: 'EU' });
      return [name, String(report.totalMinutes), String(report.excusableMinutes), String(report.unscheduledMinutes), `${report.percent?.toFixed(4)}%`];
    }),
  ),
);
console.log('Emergency maintenance and customer-requested work are excusable under NiCE, unscheduled under Uniphore.');

// 2. Response compliance of October's cases: Uniphore targets, business hours in each customer's zone.
const vendorCalendar = createCalendar(JSON.parse(data('support-calendar.json')) as CalendarSpec);
const byZone = new Map<string, CaseInput[]>();
for (const r of rows(data('cases-2026-10.csv'))) {
  const events: CaseEvent[] = [];
  if (r['respondedAt']) events.push({ type: 'responded', at: r['respondedAt'] });
  if (r['resolutionNoticeAt']) events.push({ type: 'resolution-notice', at: r['resolutionNoticeAt'] });
  if (r['closedAt']) events.push({ type: 'closed', at: r['closedAt'] });
  for (const part of (r['events'] ?? '').split(';').filter(Boolean)) {
    const [kind = '', at = ''] = part.split('@');
    const [type, severity] = kind.split(':');
    events.push(type === 'severity-changed' ? { type, at, severity: Number(severity) as 1 | 2 | 3 | 4 } : ({ type, at } as CaseEvent));
  }
  const zone = r['timeZone'] || 'America/New_York';
  byZone.set(zone, [...(byZone.get(zone) ?? []), { id: r['id'] as string, severity: Number(r['severity']) as 1 | 2 | 3 | 4, openedAt: r['openedAt'] as string, events }]);
}
const now = '2026-11-02T12:00:00Z';
console.log(`\n2. Response compliance, cases opened in ${month}, as of ${now} (Sev 1 target ${percent(uniphoreSupport.levels[1]?.complianceTarget ?? null)})`);
const reports = [...byZone].map(([zone, cases]) => ({ zone, report: complianceReport(uniphoreSupport, withTimeZone(vendorCalendar, zone), cases, { now }) }));
console.log(
  table(
    ['customers in', 'cases', 'met', 'breached', 'pending', 'rate', 'Sev 1 rate', 'Sev 1 meets target'],
    reports.map(({ zone, report: r }) => [zone, String(r.total), String(r.met), String(r.breached), String(r.pending), percent(r.rate), percent(r.bySeverity[1]?.rate ?? null), r.bySeverity[1]?.meetsTarget === null ? '—' : r.bySeverity[1]?.meetsTarget ? 'yes' : 'no']),
  ),
);

// 3. The next maintenance window of each region, in that region's local time.
const localZone: Record<string, string> = { India: 'Asia/Kolkata', Australia: 'Australia/Sydney', US: 'America/New_York', EU: 'Europe/Berlin', UK: 'Europe/London' };
const asOf = '2026-11-22T00:00:00Z';
console.log(`\n3. Next maintenance window per region after ${asOf}, in local time`);
console.log(
  table(
    ['region', 'zone', 'starts', 'ends', 'UTC offset'],
    uniphoreMaintenance.windows.map((w) => {
      const region = w.region as string;
      const zone = localZone[region] as string;
      const d = describeWindow(nextMaintenanceWindow(windows, asOf, { region }), zone);
      return [region, zone, `${d.startDay} ${d.startDate} ${d.start}`, `${d.endDay} ${d.end}`, d.utcOffset];
    }),
  ),
);

// 4. The renewal schedule: each renewal costs the greater of 5% and CPI-U more, in exact cents.
const renewal = JSON.parse(data('renewal.json')) as { customer: string; currency: string; feeMinor: number; start: string; cpi: number[] };
const money = (minor: number | bigint): string => {
  const cents = BigInt(minor);
  return `${renewal.currency} ${(cents / 100n).toLocaleString('en-US')}.${String(cents % 100n).padStart(2, '0')}`;
};
console.log(`\n4. Renewal schedule for ${renewal.customer}`);
const terms = renewalSchedule({ feeMinor: renewal.feeMinor, start: renewal.start, renewals: renewal.cpi.map((cpi) => ({ cpi })) });
console.log(
  table(
    ['term', 'from', 'to', 'fee', 'uplift', 'rule', 'notice by'],
    terms.map((t) => [String(t.term), t.start, t.end, money(t.feeMinor), t.rule === 'initial' ? '' : `${(t.rate * 100).toFixed(2)}%`, t.rule, t.noticeDeadline]),
  ),
);

// 5. The month's service report, as one self-contained HTML page a manager can send.
const rowsOf = (text: string): Record<string, string>[] => rows(text);
const northwind = loadContract(JSON.parse(readFileSync(new URL('./contracts/northwind-cloud.json', import.meta.url), 'utf8')));
const serviceReport = buildServiceReport({
  contract: northwind,
  month,
  timeZone: 'America/New_York',
  region: 'Americas',
  now: '2026-11-02T09:00:00-05:00',
  cases: [...readCases(rowsOf(data('cases-2026-10.csv')))],
  incidents: [...readIncidents(rowsOf(data('incidents-2026-10.csv')))],
  renewal,
});
mkdirSync('.demo', { recursive: true });
writeFileSync('.demo/report.html', serviceReportToHtml(serviceReport));
console.log(`\n5. The service report for ${month} under ${northwind.name}: .demo/report.html (open it in a browser, or print it to PDF)`);
