// Plans x versions on the command line (issue 25): several --contract whose versions state plans,
// on compliance, cases and due, in process, on the Larkspur example and its amendment.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { complianceByLevel, historyComplianceReport } from '../../src/cases/index.js';
import { loadContractHistory } from '../../src/contract/index.js';
import { readCases, readCsv } from '../../src/records/index.js';
import { cli } from './in-process.js';

const V1 = 'examples/contracts/larkspur-saas.json';
const V2 = 'examples/contracts/larkspur-saas-2026-10-15.json';
const CASES = 'examples/contracts/larkspur-cases-2026-10.csv';
const NOW = '2026-11-02T12:00:00Z';
const NY = ['--tz', 'America/New_York'];
const both = ['--contract', V1, '--contract', V2];

interface Counts { total: number; met: number; breached: number; resolution: { met: number; breached: number }; bySeverity: unknown[] }
interface VersionJson extends Counts { version: number; from: string | null; plans?: (Counts & { plan: string })[] }

const history = loadContractHistory([V1, V2].map((file) => JSON.parse(readFileSync(file, 'utf8'))));
const cases = [...readCases(readCsv(readFileSync(CASES, 'utf8')), { severities: { P1: 1, P2: 2, P3: 3 }, attributes: ['tier'], timeZone: 'America/New_York' })];
const library = historyComplianceReport(history, (c) => c.calendarFor('America/New_York'), cases, { now: NOW });

describe('compliance with several --contract whose versions have plans', () => {
  const json = JSON.parse(cli(['compliance', CASES, ...both, '--month', '2026-10', ...NY, '--now', NOW, '--json']).stdout) as { versions: VersionJson[] };

  it('one figure, one path: each version’s and each plan’s counts are historyComplianceReport’s', () => {
    expect(json.versions.map((v) => [v.version, v.from, v.plans?.map((p) => p.plan)])).toEqual([
      [0, null, ['premium', 'standard']],
      [1, '2026-10-15', ['premium', 'standard']],
    ]);
    const { severities } = history.versions[0]!.contract;
    for (const v of json.versions) {
      const lib = library.find((part) => part.version === v.version)!;
      expect([v.total, v.met, v.breached, v.resolution.met, v.resolution.breached]).toEqual([lib.report.total, lib.report.met, lib.report.breached, lib.report.resolution.met, lib.report.resolution.breached]);
      expect(v.bySeverity).toEqual(JSON.parse(JSON.stringify(complianceByLevel(lib.report, severities).bySeverity)));
      for (const p of v.plans ?? []) {
        const own = lib.plans![p.plan]!;
        expect([p.total, p.met, p.breached, p.resolution.met, p.resolution.breached]).toEqual([own.total, own.met, own.breached, own.resolution.met, own.resolution.breached]);
        expect(p.bySeverity).toEqual(JSON.parse(JSON.stringify(complianceByLevel(own, severities).bySeverity)));
      }
    }
  });

  it('the amendment’s 4 h premium P1 resolution judges LK-8 (6 h) breached; under the first version’s 8 h it would be met', () => {
    const premium = (v: number) => json.versions[v]!.plans!.find((p) => p.plan === 'premium')!;
    expect([premium(1).resolution.met, premium(1).resolution.breached]).toEqual([0, 1]);
    const single = JSON.parse(cli(['compliance', CASES, '--contract', V1, '--month', '2026-10', ...NY, '--now', NOW, '--json']).stdout) as { plans: (Counts & { plan: string })[] };
    // Under the first version alone LK-8 is met: premium resolves LK-1, LK-3, LK-5 and LK-8 in time, LK-2 (11 h) late.
    expect(single.plans.find((p) => p.plan === 'premium')!.resolution).toMatchObject({ met: 4, breached: 1 });
  });

  it('the same counts with --jobs 2 (chunks merged plan by plan, the version totals added once every chunk is in)', () => {
    const split = JSON.parse(cli(['compliance', CASES, ...both, '--month', '2026-10', ...NY, '--now', NOW, '--json', '--jobs', '2']).stdout) as { versions: VersionJson[] };
    expect(split.versions).toEqual(json.versions);
  });

  it('a case no rule of its version matches is a bad record, named with its row and the fields tried', () => {
    const dir = mkdtempSync(join(tmpdir(), 'slakit-history-plans-'));
    const doc = JSON.parse(readFileSync(V2, 'utf8'));
    doc.support.select = [doc.support.select[0], { when: { tier: 'standard' }, plan: 'standard' }];
    writeFileSync(join(dir, 'v2.json'), JSON.stringify(doc));
    // B opened before the amendment (the catch-all applies), C after it (no rule for gold).
    writeFileSync(join(dir, 'cases.csv'), 'id,severity,openedAt,tier\nB,P2,2026-10-02T09:00:00-04:00,gold\nC,P2,2026-10-20T09:00:00-04:00,gold\n');
    const run = cli(['compliance', join(dir, 'cases.csv'), '--contract', V1, '--contract', join(dir, 'v2.json'), '--month', '2026-10', ...NY, '--now', NOW]);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain('row 3');
    expect(run.stderr).toContain("case 'C' has no plan (tier = 'gold')");
    expect(run.stderr).not.toContain('row 2');
  });

  it('versions whose plans are chosen by a field the last version’s rules do not look at are refused', () => {
    const dir = mkdtempSync(join(tmpdir(), 'slakit-history-plans-'));
    const doc = JSON.parse(readFileSync(V1, 'utf8'));
    doc.support.select = [{ when: { region: 'EU' }, plan: 'premium' }, { plan: 'standard' }];
    writeFileSync(join(dir, 'v1.json'), JSON.stringify(doc));
    const run = cli(['compliance', CASES, '--contract', join(dir, 'v1.json'), '--contract', V2, '--month', '2026-10', ...NY, '--now', NOW]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('are chosen by region');
  });

  it('a plain version and a version with plans: the plain one shows no plans', () => {
    const plain = 'test/fixtures/contracts/larkspur-saas-levels.json';
    const mixed = JSON.parse(cli(['compliance', 'test/fixtures/contracts/larkspur-cases-2026-10-levels.csv', '--contract', plain, '--contract', V2, '--month', '2026-10', ...NY, '--now', NOW, '--json']).stdout) as { versions: VersionJson[] };
    expect(mixed.versions.map((v) => [v.version, v.plans === undefined])).toEqual([
      [0, true],
      [1, false],
    ]);
  });
});

describe('cases and due with several --contract', () => {
  it('cases says which version and plan judged each case, in the table and the JSON', () => {
    const json = JSON.parse(cli(['cases', CASES, ...both, ...NY, '--now', NOW, '--json']).stdout) as { cases: { id: string; plan: string; version: { index: number; from: string | null }; response: { dueAt: string } }[] };
    expect(json.cases.map((c) => [c.id, c.version.index, c.plan])).toEqual([
      ['LK-1', 0, 'premium'], ['LK-2', 0, 'premium'], ['LK-3', 0, 'premium'], ['LK-4', 0, 'standard'], ['LK-5', 0, 'premium'], ['LK-6', 1, 'standard'], ['LK-7', 1, 'standard'], ['LK-8', 1, 'premium'],
    ]);
    const table = cli(['cases', CASES, ...both, ...NY, '--now', NOW]).stdout;
    expect(table).toMatch(/LK-8 +1 +2026-10-15 to … +premium/);
    expect(table).toMatch(/LK-4 +2 +… to 2026-10-14 +standard/);
  });

  it('each case’s status is evaluateContractCase’s under the version in force when it opened', () => {
    const json = JSON.parse(cli(['cases', CASES, ...both, ...NY, '--now', NOW, '--json']).stdout) as { cases: { id: string; resolution: { dueAt: string } | null }[] };
    // LK-8, premium P1 opened 2026-10-28 14:00 -04:00: the amendment's 4 h, due at 18:00 -04:00.
    expect(json.cases.find((c) => c.id === 'LK-8')?.resolution?.dueAt).toBe('2026-10-28T22:00:00.000Z');
    // LK-2, premium P1 opened 2026-10-07 22:00 -04:00: the first version's 8 h, due at 06:00 -04:00.
    expect(json.cases.find((c) => c.id === 'LK-2')?.resolution?.dueAt).toBe('2026-10-08T10:00:00.000Z');
  });

  it('due judges the new case under the version in force when it opened, and its plan there', () => {
    const due = (opened: string, ...extra: string[]) => cli(['due', ...both, '--severity', 'P1', '--opened', opened, ...NY, '--field', 'tier=premium', ...extra]);
    expect(due('2026-10-20T11:00:00-04:00').stdout).toContain('terms:           2026-10-15 to … (version 2 of 2, in force when the case opened)');
    expect(due('2026-10-20T11:00:00-04:00').stdout).toContain('resolution due:  Tue 2026-10-20 15:00 -04:00');
    expect(due('2026-10-13T11:00:00-04:00').stdout).toContain('resolution due:  Tue 2026-10-13 19:00 -04:00');
    const json = JSON.parse(due('2026-10-13T11:00:00-04:00', '--json').stdout) as { version: { index: number }; plan: string };
    expect([json.version.index, json.plan]).toEqual([0, 'premium']);
  });
});
