// Page 1 decides: the findings (one sentence per missed target, derived from the breaches), the
// credit in money (the figure of `slakit availability --monthly-fee`), and the month compared.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadContract } from '../../src/contract/index.js';
import { whatMissed } from '../../src/report/findings.js';
import { buildServiceReport, type ReportBreach, type ReportComplianceRow, serviceReportToHtml, serviceReportToMarkdown } from '../../src/report/index.js';
import { cli } from '../cli/in-process.js';
import { expectSlaError } from '../expect-sla-error.js';

const northwind = loadContract(JSON.parse(readFileSync('examples/contracts/northwind-cloud.json', 'utf8')));
const row: ReportComplianceRow = { level: 1, label: 'Urgent', total: 20, met: 11, breached: 9, pending: 0, cancelled: 0, rate: 0.55, target: 0.95, meetsTarget: false };
const breach = (dueAt: string, customer: string | null, timeZone = 'America/New_York'): ReportBreach => ({ id: 'C', customer, timeZone, level: 1, label: 'Urgent', kind: 'response', dueAt, at: dueAt, overrunMinutes: 5, overrunBusinessMinutes: 0, explanation: '' });

describe('whatMissed: one sentence per missed target, from the breaches', () => {
  it('names the weekend that holds most of them, in the cases’ zone', () => {
    // Sat 17 and Sun 18 Oct 2026 in New York: six; three on weekdays.
    const weekend = ['2026-10-17T14:00:00Z', '2026-10-17T20:00:00Z', '2026-10-18T03:30:00Z', '2026-10-18T15:00:00Z', '2026-10-18T22:00:00Z', '2026-10-19T03:00:00Z'];
    const weekdays = ['2026-10-06T15:00:00Z', '2026-10-07T15:00:00Z', '2026-10-08T15:00:00Z'];
    const list = [...weekend, ...weekdays].map((at, i) => breach(at, i % 3 === 0 ? 'Acme' : 'Other'));
    expect(whatMissed('response', row, list)).toBe('Urgent response 55% against a target of 95%: 9 Urgent replies late, 6 of them on one weekend (Sat 17–Sun 18 Oct); 6 for Other.');
  });
  it('a weekend in Sydney is not the same instants as one in New York', () => {
    // 2026-10-16T14:00Z is Saturday 01:00 in Sydney and Friday 10:00 in New York.
    expect(whatMissed('response', row, ['2026-10-16T14:00:00Z', '2026-10-16T15:00:00Z'].map((at) => breach(at, null, 'Australia/Sydney')))).toContain('all of them on one weekend (Sat 17–Sun 18 Oct)');
    expect(whatMissed('response', row, ['2026-10-16T14:00:00Z', '2026-10-16T15:00:00Z'].map((at) => breach(at, null)))).toBe('Urgent response 55% against a target of 95%: 2 Urgent replies late.');
  });
  it('weekends spread out are counted together; a customer holding a third or more is named', () => {
    const list = [breach('2026-10-03T15:00:00Z', 'Acme'), breach('2026-10-11T15:00:00Z', 'Acme'), breach('2026-10-24T15:00:00Z', 'Acme'), ...['06', '07', '08', '13', '14', '15', '20', '21'].map((d) => breach(`2026-10-${d}T15:00:00Z`, d < '14' ? 'Zed' : 'Other'))];
    expect(whatMissed('response', row, list)).toBe('Urgent response 55% against a target of 95%: 11 Urgent replies late, 3 of them at weekends; 4 for Zed.');
  });
  it('resolutions are “resolutions”', () => {
    expect(whatMissed('resolution', { ...row, label: 'P1' }, [{ ...breach('2026-10-06T15:00:00Z', null), kind: 'resolution', label: 'P1' }])).toBe('P1 resolution 55% against a target of 95%: 1 P1 resolution late.');
  });
});

describe('buildServiceReport: the data of page 1', () => {
  const incidents = [
    { id: 'SEP-1', start: '2026-09-10T10:00:00Z', end: '2026-09-10T10:30:00Z', cause: 'unplanned' as const },
    { id: 'OCT-1', start: '2026-10-14T08:00:00Z', end: '2026-10-14T10:00:00Z', cause: 'unplanned' as const },
  ];
  const cases = [
    { id: 'S-1', severity: 3, openedAt: '2026-09-15T10:00:00-04:00', events: [{ type: 'responded' as const, at: '2026-09-15T11:00:00-04:00' }] },
    { id: 'O-1', severity: 3, openedAt: '2026-10-06T09:00:00-04:00', events: [{ type: 'responded' as const, at: '2026-10-07T20:00:00-04:00' }] },
  ];
  const base = { contract: northwind, month: '2026-10', timeZone: 'America/New_York', now: '2026-11-02T12:00:00Z', incidents, cases, region: 'Americas' };

  it('findings: one sentence per missed target, availability first', () => {
    const report = buildServiceReport(base);
    expect(report.findings).toEqual([
      'Availability 99.7312% against a target of 99.95%: 2 h of unscheduled downtime in 1 incident, the longest OCT-1 (unplanned, 2 h, Wed 14 Oct 04:00 EDT); service credit 10%.',
      'P3 response 0% against a target of 90%: 1 P3 reply late.',
    ]);
  });

  it('the compared month from the same cases and incidents', () => {
    const report = buildServiceReport({ ...base, compareMonth: '2026-09' });
    expect(report.previous).toMatchObject({ month: '2026-09', cases: 1, availability: 100 - (30 / 43_200) * 100 });
    expect(report.previous!.response.find((r) => r.level === 3)).toMatchObject({ met: 1, breached: 0, rate: 1 });
    expect(serviceReportToHtml(report)).toContain('Response vs 2026-09');
    expect(serviceReportToMarkdown(report)).toContain('−100 pts');
  });

  it('one of a thing is said in the singular: 1 case, 1 breach, 1 day', () => {
    const report = buildServiceReport({ ...base, compareMonth: '2026-09', cases: base.cases.map((c) => ({ ...c, attributes: { customer: 'Acme' } })) });
    const markdown = serviceReportToMarkdown(report);
    const html = serviceReportToHtml(report);
    for (const text of [markdown, html]) expect(text).not.toMatch(/\b1 (cases|breaches|days|incidents)\b/);
    expect(markdown).toContain('(2026-09: 1 case)');
    expect(markdown).toContain('1 breach in 1 case');
    expect(html).toContain('2026-09: 1 case</small>');
    expect(html).toContain('1 breach in 1 case</li>');
    expect(html).toContain('Downtime on 1 day: ');
    expect(html).toContain('Show all 1 breach</summary>');
    // The notice deadline of the first term is 2026-12-14: a day left on the 13th.
    const renewal = { customer: 'Example Co.', feeMinor: 12_000_000, start: '2026-03-15', cpi: [0.031, 0.056] };
    const dayBefore = buildServiceReport({ ...base, now: '2026-12-13T12:00:00Z', renewal });
    expect(dayBefore.renewal?.nextNotice?.daysLeft).toBe(1);
    expect(serviceReportToMarkdown(dayBefore)).toContain('(1 day left)');
    expect(serviceReportToHtml(dayBefore)).toContain('1 day left</div>');
  });

  it('a compared month without data has no figures (no data is not 100%)', () => {
    const report = buildServiceReport({ ...base, compareMonth: '2026-08' });
    expect(report.previous).toEqual({ month: '2026-08', availability: null, cases: null, response: [], resolution: [] });
    expectSlaError(() => buildServiceReport({ ...base, compareMonth: '2026-10' }), 'INVALID_ARGUMENT', 'input.compareMonth');
    expectSlaError(() => buildServiceReport({ ...base, compareMonth: '2026-13' }), 'INVALID_DATE', 'input.compareMonth');
  });

  it('the credit in money is serviceCreditAmount’s, with its currency', () => {
    const report = buildServiceReport({ ...base, monthlyFee: { amountMinor: 400_000, currency: 'EUR' } });
    expect(report.availability!.credit).toEqual({ currency: 'EUR', feeMinor: 400_000, amountMinor: 40_000, amount: 'EUR 400.00', appliedPercent: 10, belowMinimum: false, claimBy: null });
    expect(serviceReportToHtml(report)).toContain('EUR 400.00');
  });
});

describe('slakit report: page 1 from the command line', () => {
  const args = ['report', '--contract', 'examples/contracts/northwind-cloud.json', '--month', '2026-10', '--tz', 'America/New_York', '--region', 'Americas', '--cases', 'examples/data/cases-2026-10.csv', '--incidents', 'examples/data/incidents-2026-10.csv', '--now', '2026-11-02T12:00:00Z', '--format', 'json'];
  it('the credit in money equals slakit availability --monthly-fee’s', () => {
    const report = JSON.parse(cli([...args, '--monthly-fee', '4000.00']).stdout) as { availability: { credit: { amountMinor: number } } };
    const availability = JSON.parse(cli(['availability', 'examples/data/incidents-2026-10.csv', '--contract', 'examples/contracts/northwind-cloud.json', '--month', '2026-10', '--region', 'Americas', '--monthly-fee', '4000.00', '--json']).stdout) as { credit: { amount: number } };
    expect(report.availability.credit.amountMinor).toBe(availability.credit.amount);
  });
  it('the month before is compared by default, from the same files; --compare-month none leaves it out', () => {
    const json = JSON.parse(cli(args).stdout) as { previous: { month: string } | null };
    expect(json.previous?.month).toBe('2026-09');
    expect((JSON.parse(cli([...args, '--compare-month', 'none']).stdout) as { previous: unknown }).previous).toBeNull();
  });
});
