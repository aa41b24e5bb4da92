import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { measureAvailability } from '../../src/availability/index.js';
import type { Incident } from '../../src/availability/types.js';
import { complianceReport } from '../../src/cases/index.js';
import { loadContract } from '../../src/contract/index.js';
import { maintenanceWindowsBetween } from '../../src/maintenance/index.js';
import { readCases, readIncidents } from '../../src/records/index.js';
import { buildServiceReport, type ServiceReport, serviceReportToHtml, serviceReportToMarkdown } from '../../src/report/index.js';
import { formatPercent } from '../../src/core/index.js';
import { expectSlaError } from '../expect-sla-error.js';

const northwind = loadContract(JSON.parse(readFileSync('examples/contracts/northwind-cloud.json', 'utf8')));
const csv = (file: string): Record<string, string>[] => {
  const [head = '', ...lines] = readFileSync(file, 'utf8').trim().split('\n');
  const names = head.split(',');
  return lines.map((line) => Object.fromEntries(line.split(',').map((cell, i) => [names[i] as string, cell])));
};
const cases = [...readCases(csv('examples/data/cases-2026-10.csv'))];
const incidents = [...readIncidents(csv('examples/data/incidents-2026-10.csv'))];
const now = '2026-11-02T12:00:00Z';
const input = { contract: northwind, month: '2026-10', timeZone: 'America/Chicago', now, cases, incidents, region: 'Americas', renewal: { customer: 'Example Co.', feeMinor: 12_000_000, start: '2026-03-15', cpi: [0.031, 0.056] } } as const;
const report = buildServiceReport(input);

describe('buildServiceReport', () => {
  it('availability: x, y, z and the percentage are measureAvailability’s, with the target and credit tier of the contract', () => {
    // The month measured is the contract's (UTC: Northwind's text names no zone), not the report's zone.
    const measured = measureAvailability({ month: '2026-10', timeZone: 'UTC', incidents, policy: northwind.downtime!, maintenance: northwind.maintenance!, region: 'Americas', asOf: now });
    expect(report.availability).toMatchObject({ x: measured.totalMinutes, y: measured.excusableMinutes, z: measured.unscheduledMinutes, percent: measured.percent, target: 99.95, met: false, creditPercent: 25 });
  });

  it('availability: the days of the strip add up to y and z, and each day is a local day of the month', () => {
    const a = report.availability!;
    expect(a.days.map((d) => d.date)).toEqual(Array.from({ length: 31 }, (_, i) => `2026-10-${String(i + 1).padStart(2, '0')}`));
    const sum = (key: 'unscheduled' | 'excusable' | 'maintenance'): number => a.days.reduce((t, d) => t + d[key], 0);
    expect(sum('unscheduled')).toBeCloseTo(a.z, 9);
    expect(sum('excusable') + sum('maintenance')).toBeCloseTo(a.y, 9);
  });

  it('compliance: the counts per level are complianceReport’s over the cases opened in the month, judged at now', () => {
    const direct = complianceReport(northwind.support!, northwind.calendarFor('America/Chicago'), cases, { now, calendarFor: (zone) => northwind.calendarFor(zone) });
    const c = report.compliance!;
    expect(c.cases).toBe(cases.length);
    for (const row of c.response) expect(row).toMatchObject({ met: direct.bySeverity[row.level]!.met, breached: direct.bySeverity[row.level]!.breached, target: direct.bySeverity[row.level]!.target });
    expect(c.response.map((r) => r.label)).toEqual(['P1', 'P2', 'P3', 'P4', 'P5']);
  });

  it('compliance: every breach carries its due time, actual time, overrun and the steps behind the due time', () => {
    const responses = report.compliance!.breaches.filter((b) => b.kind === 'response');
    expect(responses.length).toBe(report.compliance!.response.reduce((t, r) => t + (r.breached as number), 0));
    for (const b of responses) {
      expect(Date.parse(b.at) - Date.parse(b.dueAt)).toBe(b.overrunMinutes * 60_000);
      expect(b.explanation).toMatch(/^Response due /);
    }
  });

  it('leaves out cases opened in other months', () => {
    const other = { ...cases[0]!, id: 'SEPT', openedAt: '2026-09-30T12:00:00Z' };
    expect(buildServiceReport({ ...input, cases: [other, ...cases] }).compliance!.cases).toBe(cases.length);
  });

  it('maintenance: the next four weeks of the region’s windows from now, shown in the customer’s zone', () => {
    const expected = maintenanceWindowsBetween(northwind.maintenance!, now, Date.parse(now) + 28 * 86_400_000, { region: 'Americas' });
    expect(report.maintenance!.windows.map((w) => w.start)).toEqual(expected.map((w) => w.start.toISOString()));
    expect(report.maintenance!.windows[0]!.local).toBe('Sat 7 Nov 22:00–02:00 (next day) (UTC-06:00)');
  });

  it('maintenance in HTML and Markdown: a window of every region says so; with no window naming a region, no region column', () => {
    const m = report.maintenance!;
    const [first, second] = m.windows;
    const { region: _, ...everywhere } = second!;
    const mixed: ServiceReport = { ...report, maintenance: { ...m, windows: [first!, everywhere] } };
    const markdown = serviceReportToMarkdown(mixed);
    expect(markdown).toContain(`| Region | Local time (${m.zone}) | UTC |`);
    expect(markdown).toContain(`| ${first!.region!} | ${first!.local} |`);
    expect(markdown).toContain(`| every region | ${second!.local} |`);
    const html = serviceReportToHtml(mixed);
    expect(html).toContain('<th scope="col">Region</th>');
    expect(html).toContain(`<td>every region</td><td>${second!.local}</td>`);
    const none: ServiceReport = { ...report, maintenance: { ...m, windows: m.windows.map(({ region: _, ...rest }) => rest) } };
    expect(serviceReportToMarkdown(none)).toContain(`| Local time (${m.zone}) | UTC |`);
    expect(serviceReportToMarkdown(none)).not.toContain('| Region |');
    expect(serviceReportToHtml(none)).not.toContain('<th scope="col">Region</th>');
  });

  it('renewal: the terms under the contract’s renewal rule, the next notice deadline and the projected uplift explained', () => {
    const r = report.renewal!;
    expect(r.terms.map((t) => [t.term, t.fee, t.rule])).toEqual([
      [1, '120,000.00', 'initial'],
      [2, '123,720.00', 'cpi'],
      [3, '130,648.32', 'cpi'],
    ]);
    expect(r.nextNotice).toEqual({ term: 1, deadline: '2026-12-14', daysLeft: 42 }); // 90 days before 2027-03-14
    expect(r.explanation).toContain('3.1%');
  });

  it('cites the clauses each section rests on, with the document’s title', () => {
    expect(report.availability!.clauses.map((c) => c.rule)).toContain('availability target and credits');
    expect(report.compliance!.clauses[0]).toMatchObject({ title: 'Northwind Cloud Service Level Agreement' });
  });

  it('is plain JSON: a round trip gives it back', () => {
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });

  it('leaves out a section without its data or its part of the contract', () => {
    const bare = buildServiceReport({ contract: loadContract({}), month: '2026-10', timeZone: 'UTC', now });
    expect([bare.availability, bare.compliance, bare.maintenance, bare.renewal]).toEqual([null, null, null, null]);
  });

  it('rejects unknown keys and bad options by name', () => {
    expectSlaError(() => buildServiceReport({ ...input, extra: 1 } as never), 'INVALID_ARGUMENT', 'input.extra');
    expectSlaError(() => buildServiceReport({ ...input, month: '2026-13' }), 'INVALID_DATE', 'input.month');
    expectSlaError(() => buildServiceReport({ ...input, upcomingWeeks: 0 }), 'INVALID_ARGUMENT', 'input.upcomingWeeks');
    expectSlaError(() => buildServiceReport({ ...input, contract: {} as never }), 'INVALID_ARGUMENT', 'input.contract');
  });

  it('property: the strip’s minutes add up to y + z for any incidents of a month', () => {
    const contract = loadContract({ downtime: { excusable: ['customer-caused'], maintenanceWindowsOnly: false } });
    const incident = fc
      .record({ start: fc.integer({ min: Date.UTC(2026, 2, 25), max: Date.UTC(2026, 3, 5) }), minutes: fc.integer({ min: 1, max: 3000 }), cause: fc.constantFrom('unplanned', 'customer-caused') })
      .map(({ start, minutes, cause }): Incident => ({ start, end: start + minutes * 60_000, cause: cause as Incident['cause'] }));
    fc.assert(
      fc.property(fc.array(incident, { maxLength: 8 }), fc.constantFrom('UTC', 'Europe/London', 'Australia/Lord_Howe'), (list, zone) => {
        const a = buildServiceReport({ contract, month: '2026-03', timeZone: zone, now: '2026-05-01T00:00:00Z', incidents: list }).availability!;
        const total = a.days.reduce((t, d) => t + d.unscheduled + d.excusable + d.maintenance, 0);
        expect(total).toBeCloseTo(a.y + a.z, 6);
      }),
      { seed: 1201, numRuns: 150 },
    );
  });
});

describe('rendering', () => {
  const html = serviceReportToHtml(report);
  const md = serviceReportToMarkdown(report);

  it('HTML is one self-contained page: no script, no external resource of any kind', () => {
    // Links only within the page (a breach's line to its explanation in the appendix).
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(|\bsrc=|\bhref="(?!#)/i);
    expect(html).toMatch(/href="#breach-\d+"/);
    // The only URL is SVG's XML namespace, which no browser fetches.
    expect([...html.matchAll(/https?:\/\/[^\s"']+/g)].map((m) => m[0])).toEqual(expect.arrayContaining([]));
    expect(new Set([...html.matchAll(/https?:\/\/[^\s"')<]+/g)].map((m) => m[0]))).toEqual(new Set(['http://www.w3.org/2000/svg']));
  });

  it('HTML headings go down one level at a time, and every chart has a title and a description', () => {
    const levels = [...html.matchAll(/<h([1-6])\b/g)].map((m) => Number(m[1]));
    expect(levels[0]).toBe(1);
    levels.slice(1).forEach((level, i) => expect(level - (levels[i] as number)).toBeLessThanOrEqual(1));
    const charts = [...html.matchAll(/<svg[^>]*>/g)].map((m) => m[0]);
    expect(charts.length).toBe(3); // the month strip, response and resolution by level
    for (const svg of charts) expect(svg).toMatch(/role="img" aria-labelledby="[\w-]+-t [\w-]+-d"/);
  });

  it('HTML and Markdown show the same key figures, from the same data', () => {
    const a = report.availability!;
    for (const text of [html, md]) {
      expect(text).toContain(formatPercent(a.percent!, 4));
      expect(text).toContain(`x = ${a.x} minutes`);
      expect(text).toContain(report.renewal!.nextNotice!.deadline);
      for (const b of report.compliance!.breaches) expect(text).toContain(b.id);
    }
  });

  it('escapes text from the data', () => {
    const hostile: ServiceReport = { ...report, title: '<script>alert(1)</script> & co', compliance: null, availability: null, maintenance: null, renewal: null };
    expect(serviceReportToHtml(hostile)).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; co');
    expect(serviceReportToMarkdown({ ...hostile, compliance: { ...report.compliance!, breaches: [{ ...report.compliance!.breaches[0]!, id: 'A|B' }] } })).toContain('A\\|B');
  });
});

describe('the customers of the month (issue 24)', () => {
  const named = cases.map((c, i) => ({ ...c, attributes: { customer: i % 3 === 0 ? 'Zed Corp' : 'Acme' } }));
  const withCustomers = buildServiceReport({ ...input, cases: named });

  it('one row per customer with complianceReport’s groups by the customer attribute', () => {
    const direct = complianceReport(northwind.support!, northwind.calendarFor('America/Chicago'), named, { now, groupBy: { attribute: 'customer' }, calendarFor: (zone) => northwind.calendarFor(zone) });
    const rows = withCustomers.compliance!.customers;
    expect(rows.map((r) => r.customer).sort()).toEqual(['Acme', 'Zed Corp']);
    for (const r of rows) expect([r.cases, r.response.breached]).toEqual([direct.groups![r.customer]!.total, direct.groups![r.customer]!.breached]);
  });

  it('the worst overrun is the customer’s largest response or resolution breach', () => {
    for (const r of withCustomers.compliance!.customers) {
      const mine = withCustomers.compliance!.breaches.filter((b) => b.customer === r.customer && b.kind !== 'updates');
      expect(r.worstOverrun?.overrunMinutes ?? null).toBe(mine.length === 0 ? null : Math.max(...mine.map((b) => b.overrunMinutes)));
    }
  });

  it('no customer column: no customer rows', () => {
    expect(report.compliance!.customers).toEqual([]);
  });

  it('the HTML has the table in other orders under a <details>, without script', () => {
    const html = serviceReportToHtml(withCustomers);
    expect(html).toContain('<details class="orders">');
    expect(html.match(/<table class="customers compact">/g)).toHaveLength(4);
    expect(html).not.toContain('<script');
  });
});

describe('times and money people read (issue 24)', () => {
  it('each breach carries its case’s zone and business overrun; the HTML and Markdown show its times there with the abbreviation', () => {
    const b = report.compliance!.breaches.find((x) => x.kind === 'response')!;
    expect(b.timeZone).toBe('America/Chicago'); // the report's zone: these cases name none
    expect(b.overrunBusinessMinutes).toBeGreaterThan(0);
    const html = serviceReportToHtml(report);
    const md = serviceReportToMarkdown(report);
    expect(html).toMatch(/(Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d{1,2} (Oct|Nov) \d\d:\d\d C[DS]T/);
    expect(md).toMatch(/(Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d{1,2} (Oct|Nov) \d\d:\d\d C[DS]T/);
    expect(html).not.toMatch(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z<\/td>/);
  });
  it('JSON keeps ISO instants and exact numbers', () => {
    for (const b of report.compliance!.breaches.filter((x) => x.kind !== 'updates')) {
      expect(b.dueAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
      expect(Date.parse(b.at) - Date.parse(b.dueAt)).toBe(b.overrunMinutes * 60_000);
    }
  });
  it('the renewal explanation writes money with its currency, not minor units', () => {
    expect(report.renewal!.explanation).toMatch(/^Renewed fee USD [\d,]+\.\d\d = USD [\d,]+\.\d\d × \(1 \+ /);
    expect(serviceReportToMarkdown(report)).not.toContain('minor units');
  });
});
