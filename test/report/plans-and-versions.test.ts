// Issue 25 in the service report: a contract with support plans shows each plan against its own
// targets; several --contract (a contract history) show each version in force during the month with
// its dates, its own rates against its own targets, and availability judged minute by minute.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { complianceByPlan, complianceReport, historyComplianceReport } from '../../src/cases/index.js';
import type { CaseInput } from '../../src/cases/types.js';
import { loadContract, loadContractHistory } from '../../src/contract/index.js';
import { historyAvailability } from '../../src/availability/index.js';
import { readCases, readCsv } from '../../src/records/index.js';
import { buildServiceReport, serviceReportToHtml, serviceReportToMarkdown, type ServiceReport } from '../../src/report/index.js';
import { expectSlaError } from '../expect-sla-error.js';
import { cli } from '../cli/in-process.js';

const DIR = 'test/fixtures/report';
const PLANS = `${DIR}/larkspur-plans.json`;
const V1 = `${DIR}/larkspur-levels.json`;
const V2 = `${DIR}/larkspur-amendment-2026-10-15.json`;
const CASES = `${DIR}/larkspur-cases-2026-10.csv`;
const INCIDENTS = `${DIR}/larkspur-incidents-2026-10.csv`;
const NOW = '2026-11-02T12:00:00Z';
const NY = ['--tz', 'America/New_York'];
const json = <T>(text: string): T => JSON.parse(text) as T;
const doc = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
const cases = (): CaseInput[] => [...readCases(readCsv(readFileSync(CASES, 'utf8')), { severities: { P1: 1, P2: 2, P3: 3 }, attributes: ['tier', 'customer'], timeZone: 'America/New_York' })];

interface LevelsJson { total: number; bySeverity: unknown[]; resolution: { bySeverity: unknown[] }; updates: { bySeverity: unknown[] } }
type Parts = NonNullable<NonNullable<ServiceReport['compliance']>['parts']>;

const report = (contracts: readonly string[], ...extra: string[]): ServiceReport => {
  const run = cli(['report', ...contracts.flatMap((c) => ['--contract', c]), '--month', '2026-10', ...NY, '--cases', CASES, '--incidents', INCIDENTS, '--now', NOW, '--format', 'json', ...extra]);
  expect(run.code).toBe(0);
  return json<ServiceReport>(run.stdout);
};
const compliance = <T>(contracts: readonly string[], ...extra: string[]): T => json<T>(cli(['compliance', CASES, ...contracts.flatMap((c) => ['--contract', c]), '--month', '2026-10', ...NY, '--now', NOW, '--json', ...extra]).stdout);
/** A part as `compliance --json` lists a plan or version: its total and its counts by level. */
const asCompliance = (parts: Parts) => parts.map((p) => ({ total: p.cases, response: p.response, resolution: p.resolution, updates: p.updates }));
const fromCompliance = (list: readonly LevelsJson[]) => list.map((p) => ({ total: p.total, response: p.bySeverity, resolution: p.resolution.bySeverity, updates: p.updates.bySeverity }));

describe('item 1: the report of a contract with support plans', () => {
  const plans = report([PLANS]);

  it('one figure, one path: each plan’s rates and targets per level are compliance --json’s for that plan', () => {
    const expected = compliance<{ plans: (LevelsJson & { plan: string })[] }>([PLANS]).plans;
    const parts = plans.compliance!.parts!;
    expect(parts.map((p) => [p.plan, p.name, p.version])).toEqual([
      ['premium', 'plan premium', null],
      ['standard', 'plan standard', null],
    ]);
    expect(asCompliance(parts)).toEqual(fromCompliance(expected));
    // Parts with different targets are never added up.
    expect([plans.compliance!.response, plans.compliance!.resolution, plans.compliance!.updates]).toEqual([[], [], []]);
    expect(plans.compliance!.cases).toBe(8);
  });

  it('the library’s report from the cases (complianceByPlan) has the command’s numbers', () => {
    const contract = loadContract(doc(PLANS));
    const built = buildServiceReport({ contract, month: '2026-10', timeZone: 'America/New_York', now: NOW, cases: cases() });
    expect(built.compliance!.parts).toEqual(plans.compliance!.parts);
    expect(built.compliance!.breaches).toEqual(plans.compliance!.breaches);
    const byPlan = complianceByPlan(contract, contract.calendarFor('America/New_York'), cases(), { now: NOW });
    expect(built.compliance!.parts!.map((p) => p.cases)).toEqual([byPlan['premium']!.total, byPlan['standard']!.total]);
  });

  it('findings sentences and breaches name the plan', () => {
    expect(plans.findings.filter((f) => !f.startsWith('Availability'))).toEqual(['Plan premium: P1 response 66.7% against a target of 95%: 1 P1 reply late.', 'Plan premium: P1 resolution 66.7% against a target of 95%: 1 P1 resolution late.']);
    expect(plans.compliance!.breaches.map((b) => [b.id, b.kind, b.plan, b.version])).toEqual([
      ['LK-2', 'response', 'premium', undefined],
      ['LK-2', 'resolution', 'premium', undefined],
    ]);
    expect(serviceReportToMarkdown(plans)).toContain('| LK-2 \\[2\\] | Birch | plan premium · P1 resolution |');
  });

  it('customers: one row per customer and plan, the counts of compliance --by customer for that plan', () => {
    const grouped = compliance<{ plans: { plan: string; groups: { customer: string; total: number; met: number; breached: number }[] }[] }>([PLANS], '--by', 'customer').plans;
    const rows = plans.compliance!.customers.map((c) => [c.plan, c.customer, c.cases, c.response.met, c.response.breached]).sort();
    expect(rows).toEqual(grouped.flatMap((p) => p.groups.map((g) => [p.plan, g.customer, g.total, g.met, g.breached])).sort());
  });

  it('HTML and Markdown show each plan apart, with its own heading and charts', async () => {
    const html = serviceReportToHtml(plans);
    expect(html).toContain('<h3 id="part-1">Plan premium</h3>');
    expect(html).toContain('id="response-chart-2');
    expect(html).toContain('Plan standard · P2');
    await expect(serviceReportToMarkdown(plans)).toMatchFileSnapshot('../cli/golden/report-plans-md.txt');
  });

  it('support given in parts: every plan once, each a plan of the contract', () => {
    const contract = loadContract(doc(PLANS));
    const calendar = contract.calendarFor('America/New_York');
    const part = (plan: string | undefined, extra: object = {}) => ({ report: complianceReport(contract.supportPlans!.plans['premium']!, calendar, [], { now: NOW, outcomes: 'breached' }), breached: [], ...(plan === undefined ? {} : { plan }), ...extra });
    const base = { contract, month: '2026-10', timeZone: 'America/New_York', now: NOW };
    expect(buildServiceReport({ ...base, support: [part('premium'), part('standard')] }).compliance!.parts!.map((p) => p.plan)).toEqual(['premium', 'standard']);
    expectSlaError(() => buildServiceReport({ ...base, support: [part('premium')] }), 'INVALID_ARGUMENT', 'input.support', 'leaves out the plan standard');
    expectSlaError(() => buildServiceReport({ ...base, support: [part('premium'), part('premium'), part('standard')] }), 'INVALID_ARGUMENT', 'input.support[1]', 'given twice');
    expectSlaError(() => buildServiceReport({ ...base, support: [part('gold')] }), 'INVALID_ARGUMENT', 'input.support[0].plan', 'not a plan of the contract');
    expectSlaError(() => buildServiceReport({ ...base, support: part(undefined) }), 'INVALID_ARGUMENT', 'input.support.plan', 'give each plan');
    expectSlaError(() => buildServiceReport({ ...base, support: [part('premium', { version: 0 }), part('standard')] }), 'INVALID_ARGUMENT', 'input.support[0].version', 'not a contract history');
    expectSlaError(() => buildServiceReport({ ...base, support: [] }), 'INVALID_ARGUMENT', 'input.support', 'empty list');
    const plain = loadContract(doc(V1));
    expectSlaError(() => buildServiceReport({ ...base, contract: plain, support: part('premium') }), 'INVALID_ARGUMENT', 'input.support.plan', 'states no plans');
  });
});

describe('a part’s name is text wherever it is written', () => {
  it('a stored report read back with markup in a part’s name: HTML escapes it, Markdown makes no element of it', () => {
    const hostile = '<img src=x onerror=alert(1)>|*x*';
    const stored = report([PLANS]);
    const c = stored.compliance!;
    const read: ServiceReport = { ...stored, compliance: { ...c, parts: c.parts!.map((p) => ({ ...p, plan: hostile, name: hostile })), breaches: c.breaches.map((b) => ({ ...b, plan: hostile })), customers: c.customers.map((r) => ({ ...r, plan: hostile })) } };
    const html = serviceReportToHtml(read);
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    const md = serviceReportToMarkdown(read);
    expect(md).not.toContain('<img');
    expect(md).not.toContain('|*x*');
  });
});

describe('item 2: the report of a contract history (several --contract)', () => {
  const history = report([V1, V2], '--monthly-fee', '4000.00');

  it('one figure, one path: each version’s rates per level are compliance --json’s for that version, with its dates', () => {
    const expected = compliance<{ versions: (LevelsJson & { version: number; from: string | null; to: string | null })[] }>([V1, V2]).versions;
    const parts = history.compliance!.parts!;
    expect(parts.map((p) => [p.plan, p.version, p.name])).toEqual([
      [null, { index: 0, from: null, to: null, label: '… to 2026-10-14' }, 'terms … to 2026-10-14'],
      [null, { index: 1, from: '2026-10-15', to: null, label: '2026-10-15 to …' }, 'terms 2026-10-15 to …'],
    ]);
    expect(parts.map((p) => [p.version!.index, p.version!.from, p.version!.to])).toEqual(expected.map((v) => [v.version, v.from, v.to]));
    expect(asCompliance(parts)).toEqual(fromCompliance(expected));
  });

  it('the library’s report (historyComplianceReport) has the command’s numbers', () => {
    const contracts = loadContractHistory([doc(V1), doc(V2)]);
    const built = buildServiceReport({ contract: contracts, month: '2026-10', timeZone: 'America/New_York', now: NOW, cases: cases(), incidents: [], monthlyFee: { amountMinor: 400_000 } });
    expect(built.compliance!.parts).toEqual(history.compliance!.parts);
    expect(built.compliance!.breaches).toEqual(history.compliance!.breaches);
    const byVersion = historyComplianceReport(contracts, (c) => c.calendarFor('America/New_York'), cases(), { now: NOW });
    expect(built.compliance!.parts!.map((p) => p.cases)).toEqual(byVersion.map((v) => v.report.total));
    // The title and the terms are those of the version in force at the month's end.
    expect(built.title).toBe('Larkspur Analytics Service Level Agreement report, 2026-10');
    expect(built.contract.sources.map((s) => s.id)).toEqual(['sla', 'amendment-1']);
  });

  it('availability is availability --json’s with the same --contract flags: each version’s minutes, the month-end terms’ target and credit', () => {
    const run = cli(['availability', INCIDENTS, '--contract', V1, '--contract', V2, '--month', '2026-10', '--monthly-fee', '4000.00', '--json']);
    const expected = json<{ percent: number; target: number; creditPercent: number; termsVersion: number; totalMinutes: number; excusableMinutes: number; unscheduledMinutes: number; credit: { amount: number }; versions: { version: number; totalMinutes: number; excusableMinutes: number; unscheduledMinutes: number }[] }>(run.stdout);
    const a = history.availability!;
    expect([a.percent, a.target, a.creditPercent, a.termsVersion, a.x, a.y, a.z]).toEqual([expected.percent, expected.target, expected.creditPercent, expected.termsVersion, expected.totalMinutes, expected.excusableMinutes, expected.unscheduledMinutes]);
    expect(a.credit!.amountMinor).toBe(expected.credit.amount);
    expect(a.versions!.map((v) => [v.index, v.label, v.totalMinutes, v.excusableMinutes, v.unscheduledMinutes])).toEqual(expected.versions.map((v, i) => [v.version, i === 0 ? '… to 2026-10-14' : '2026-10-15 to …', v.totalMinutes, v.excusableMinutes, v.unscheduledMinutes]));
    // The incidents' minutes add up to y and z.
    expect(a.incidents.reduce((n, i) => n + i.unscheduledMinutes, 0)).toBe(a.z);
    expect(a.incidents.reduce((n, i) => n + i.excusableMinutes, 0)).toBe(a.y);
  });

  it('findings and breaches name the version', () => {
    expect(history.findings).toContain('Terms 2026-10-15 to …: P1 resolution 0% against a target of 95%: 1 P1 resolution late.');
    expect(history.compliance!.breaches.find((b) => b.id === 'LK-8')).toMatchObject({ kind: 'resolution', version: 1 });
    expect(history.compliance!.breaches.every((b) => b.plan === undefined)).toBe(true);
  });

  it('HTML and Markdown show each version with its dates', async () => {
    const html = serviceReportToHtml(history);
    expect(html).toContain('<h3>Terms in force during the month</h3>');
    expect(html).toContain('<h3 id="part-2">Terms 2026-10-15 to …</h3>');
    await expect(serviceReportToMarkdown(history)).toMatchFileSnapshot('../cli/golden/report-history-md.txt');
  });

  it('refuses what it cannot show rightly: --month-tz, versions with other business hours, a month the history does not cover', () => {
    const monthTz = cli(['report', '--contract', V1, '--contract', V2, '--month', '2026-10', ...NY, '--incidents', INCIDENTS, '--month-tz', 'UTC']);
    expect(monthTz.code).toBe(2);
    expect(monthTz.stderr).toContain('--month-tz: not with several --contract');
    const v1 = doc(V1) as { businessHours: { hours: Record<string, unknown> } };
    const other = { ...(doc(V2) as object), businessHours: { ...v1.businessHours, hours: { ...v1.businessHours.hours, sat: [['09:00', '12:00']] } } };
    const contracts = loadContractHistory([v1, other]);
    expectSlaError(() => buildServiceReport({ contract: contracts, month: '2026-10', timeZone: 'America/New_York', now: NOW, cases: cases() }), 'INVALID_ARGUMENT', 'input.contract.versions[1].businessHours');
    const late = loadContractHistory([{ ...(doc(V2) as object), effective: { from: '2026-11-01' } }]);
    expectSlaError(() => buildServiceReport({ contract: late, month: '2026-10', timeZone: 'America/New_York', now: NOW }), 'CONTRACT_NOT_IN_FORCE', 'input.month');
    expectSlaError(() => buildServiceReport({ contract: { versions: [] } as never, month: '2026-10', timeZone: 'UTC', now: NOW }), 'INVALID_ARGUMENT', 'input.contract');
    expectSlaError(() => buildServiceReport({ contract: contracts, month: '2026-10', timeZone: 'UTC', now: NOW, incidents: [], availabilityTimeZone: 'UTC' }), 'INVALID_ARGUMENT', 'input.availabilityTimeZone');
  });

  it('support given in parts names versions of the history', () => {
    const contracts = loadContractHistory([doc(V1), doc(V2)]);
    const empty = { report: complianceReport(contracts.versions[0]!.contract.support!, contracts.versions[0]!.contract.calendarFor('UTC'), [], { now: NOW, outcomes: 'breached' }), breached: [] };
    const base = { contract: contracts, month: '2026-10', timeZone: 'America/New_York', now: NOW };
    expect(buildServiceReport({ ...base, support: [{ ...empty, version: 1 }] }).compliance!.parts!.map((p) => p.version?.label)).toEqual(['2026-10-15 to …']);
    expectSlaError(() => buildServiceReport({ ...base, support: [{ ...empty, version: 2 }] }), 'INVALID_ARGUMENT', 'input.support[0].version', 'not the index of a version');
  });

  it('the compared month: availability compared, the parts not compared level by level', () => {
    const compared = report([V1, V2], '--compare-month', '2026-09');
    // The history's first version is in force from the start: September is measured (no incident in it: no figure).
    expect(compared.previous).toEqual({ month: '2026-09', availability: null, cases: null, response: [], resolution: [] });
    // The library from the cases says the same (a September case is not compared either).
    const september = { ...cases()[0]!, openedAt: '2026-09-15T12:00:00Z' };
    expect(buildServiceReport({ contract: loadContractHistory([doc(V1), doc(V2)]), month: '2026-10', timeZone: 'America/New_York', now: NOW, cases: [...cases(), september], compareMonth: '2026-09' }).previous).toEqual(compared.previous);
    const contracts = loadContractHistory([doc(V1), doc(V2)]);
    expectSlaError(() => buildServiceReport({ contract: contracts, month: '2026-10', timeZone: 'America/New_York', now: NOW, cases: [], compareMonth: '2026-09', compareSupport: complianceReport(contracts.versions[0]!.contract.support!, contracts.versions[0]!.contract.calendarFor('UTC'), [], { now: NOW }) }), 'INVALID_ARGUMENT', 'input.compareSupport');
  });
});

describe('item 2: availability under a history, edge cases', () => {
  const contracts = loadContractHistory([doc(V1), doc(V2)]);
  const september = { id: 'SEP', start: '2026-09-10T10:00:00Z', end: '2026-09-10T11:00:00Z', cause: 'unplanned' as const, environment: 'production' };

  it('the compared month is measured as the report’s month is (historyAvailability); none where the history is not in force', () => {
    const built = buildServiceReport({ contract: contracts, month: '2026-10', timeZone: 'UTC', now: NOW, incidents: [september], compareMonth: '2026-09' });
    expect(built.previous!.availability).toBe(historyAvailability(contracts, { month: '2026-09', incidents: [september] }).percent);
    expect(built.previous!.availability).toBeLessThan(100);
    const fromOctober = loadContractHistory([{ ...(doc(V1) as object), effective: { from: '2026-10-01', to: '2026-10-14' } }, doc(V2)]);
    expect(buildServiceReport({ contract: fromOctober, month: '2026-10', timeZone: 'UTC', now: NOW, incidents: [september], compareMonth: '2026-09' }).previous!.availability).toBeNull();
  });

  it('an incident still going on counts up to the report’s now, and its end is shown there', () => {
    const ongoing = { id: 'ON', start: '2026-10-19T22:00:00Z', end: null, cause: 'unplanned' as const, environment: 'production' };
    const a = buildServiceReport({ contract: contracts, month: '2026-10', timeZone: 'UTC', now: '2026-10-20T00:00:00Z', incidents: [ongoing] }).availability!;
    expect([a.z, a.incidents]).toEqual([120, [{ id: 'ON', cause: 'unplanned', start: '2026-10-19T22:00:00.000Z', end: '2026-10-20T00:00:00.000Z', excusableMinutes: 0, unscheduledMinutes: 120, window: null }]]);
  });

  it('no incidents, or no version with a downtime policy: no availability section', () => {
    expect(buildServiceReport({ contract: contracts, month: '2026-10', timeZone: 'UTC', now: NOW }).availability).toBeNull();
    const bare = loadContractHistory([{ name: 'SLA' }, { name: 'SLA', effective: { from: '2026-10-15' } }]);
    expect(buildServiceReport({ contract: bare, month: '2026-10', timeZone: 'UTC', now: NOW, incidents: [september] }).availability).toBeNull();
    expect(buildServiceReport({ contract: bare, month: '2026-10', timeZone: 'UTC', now: NOW, cases: [] }).compliance).toBeNull();
  });
});

describe('item 3: versions x plans (a history whose versions state plans)', () => {
  // The plans contract, amended from 2026-10-15: premium P1 resolved within 4 hours, not 8.
  const amended = (): object => {
    const v2 = doc(PLANS) as { support: { plans: { premium: { levels: { 1: { resolution: { after: string } } } } } } };
    v2.support.plans.premium.levels[1].resolution.after = 'PT4H';
    return { ...v2, effective: { from: '2026-10-15' } };
  };
  const contracts = loadContractHistory([doc(PLANS), amended()]);
  const built = buildServiceReport({ contract: contracts, month: '2026-10', timeZone: 'America/New_York', now: NOW, cases: cases() });

  it('one part per version and plan, each with historyComplianceReport’s report of that plan in that version', () => {
    const judged = historyComplianceReport(contracts, (c) => c.calendarFor('America/New_York'), cases(), { now: NOW });
    const parts = built.compliance!.parts!;
    expect(parts.map((p) => p.name)).toEqual(['terms … to 2026-10-14, plan premium', 'terms … to 2026-10-14, plan standard', 'terms 2026-10-15 to …, plan premium', 'terms 2026-10-15 to …, plan standard']);
    expect(parts.map((p) => [p.version!.index, p.plan, p.cases])).toEqual(judged.flatMap((v) => Object.entries(v.plans!).map(([plan, r]) => [v.version, plan, r.total])));
    // LK-8 (premium P1, 28 Oct, resolved in 6 h): met under 8 h, breached under the amendment's 4 h.
    const p1 = parts[2]!.resolution.find((r) => r.level === 1)!;
    expect([p1.met, p1.breached, p1.meetsTarget]).toEqual([judged[1]!.plans!['premium']!.resolution.bySeverity[1]!.met, 1, false]);
    expect(built.findings).toContain('Terms 2026-10-15 to …, plan premium: P1 resolution 0% against a target of 95%: 1 P1 resolution late.');
    expect(built.compliance!.breaches.find((b) => b.id === 'LK-8')).toMatchObject({ plan: 'premium', version: 1 });
  });

  it('a version with plans beside one with plain levels: its plans, and the other version whole', () => {
    const mixed = buildServiceReport({ contract: loadContractHistory([doc(PLANS), doc(V2)]), month: '2026-10', timeZone: 'America/New_York', now: NOW, cases: cases() });
    expect(mixed.compliance!.parts!.map((p) => [p.version!.index, p.plan])).toEqual([
      [0, 'premium'],
      [0, 'standard'],
      [1, null],
    ]);
    expect(mixed.compliance!.parts!.reduce((n, p) => n + p.cases, 0)).toBe(8);
  });

  it('the renderers title each part with its terms and plan', () => {
    expect(serviceReportToHtml(built)).toContain('<h3 id="part-3">Terms 2026-10-15 to …, plan premium</h3>');
    expect(serviceReportToMarkdown(built)).toContain('| Terms 2026-10-15 to …, plan premium · P1 | 100% of 95% | 0% of 95% (missed) |');
  });

  it('on the command line, one figure, one path: each version’s plans are compliance --json’s, and the library’s report agrees', () => {
    // The fixture is the amendment above as a file.
    const v2 = `${DIR}/larkspur-plans-2026-10-15.json`;
    expect(loadContract(doc(v2)).supportPlans).toEqual(contracts.versions[1]!.contract.supportPlans);
    const expected = compliance<{ versions: { version: number; plans: (LevelsJson & { plan: string })[] }[] }>([PLANS, v2]).versions;
    const run = report([PLANS, v2]);
    const parts = run.compliance!.parts!;
    expect(parts.map((p) => [p.version!.index, p.plan])).toEqual(expected.flatMap((v) => v.plans.map((p) => [v.version, p.plan])));
    expect(asCompliance(parts)).toEqual(fromCompliance(expected.flatMap((v) => v.plans)));
    expect(parts).toEqual(built.compliance!.parts);
    expect(run.compliance!.breaches).toEqual(built.compliance!.breaches);
    expect(run.findings.filter((f) => !f.startsWith('Availability'))).toEqual(built.findings);
  });

  it('golden: the Markdown of versions x plans; --breaches-csv names the part each breach was judged under', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'slakit-report25-'));
    const csv = join(dir, 'breaches.csv');
    const args = ['report', '--contract', PLANS, '--contract', `${DIR}/larkspur-plans-2026-10-15.json`, '--month', '2026-10', ...NY, '--cases', CASES, '--incidents', INCIDENTS, '--monthly-fee', '4000.00', '--now', NOW];
    const md = cli([...args, '--format', 'md', '--breaches-csv', csv]);
    expect(md.code).toBe(0);
    await expect(md.stdout).toMatchFileSnapshot('../cli/golden/report-history-plans-md.txt');
    const text = readFileSync(csv, 'utf8');
    expect(text.split('\n')[0]!.endsWith(',judged under')).toBe(true);
    // LK-8's resolution (the last breach): the last field of the last record.
    expect(text.endsWith(',"terms 2026-10-15 to …, plan premium"\n')).toBe(true);
    expect(text.match(/,"terms … to 2026-10-14, plan premium"\n/g)).toHaveLength(2);
  });
});
