// Several --contract: the versions of one contract (issue 25 "Terms that change"), on the Larkspur
// example and its Amendment No. 1 in force from 2026-10-15.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from './in-process.js';

// Versions with plain support levels (plans x versions: history-plans.test.ts, on the example itself).
const V1 = 'test/fixtures/contracts/larkspur-saas-levels.json';
const V2 = 'test/fixtures/contracts/larkspur-saas-2026-10-15-levels.json';
const CASES = 'test/fixtures/contracts/larkspur-cases-2026-10-levels.csv';
const INCIDENTS = 'examples/contracts/larkspur-incidents-2026-10.csv';
const NY = ['--tz', 'America/New_York'];

describe('a month that spans a change of terms: golden outputs', () => {
  const golden: [string, string[]][] = [
    ['larkspur-history-compliance', ['compliance', CASES, '--contract', V1, '--contract', V2, '--month', '2026-10', ...NY, '--by', 'severity', '--now', '2026-11-02T12:00:00Z']],
    ['larkspur-history-availability', ['availability', INCIDENTS, '--contract', V1, '--contract', V2, '--month', '2026-10', '--segments', '--monthly-fee', '4000.00']],
    ['larkspur-history-contract-check', ['contract', 'check', V2, V1]],
  ];
  it.each(golden)('%s', async (name, args) => {
    const { code, stdout, stderr } = cli(args);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    await expect(stdout).toMatchFileSnapshot(`golden/${name}.txt`);
  });
});

describe('several --contract', () => {
  it('compliance --json: which cases were judged under which version, and the counts add up to the month', () => {
    const run = (contracts: string[]) => JSON.parse(cli(['compliance', CASES, ...contracts.flatMap((c) => ['--contract', c]), '--month', '2026-10', ...NY, '--now', '2026-11-02T12:00:00Z', '--json']).stdout) as Record<string, unknown>;
    const split = run([V1, V2]) as { versions: { version: number; from: string | null; total: number; met: number; breached: number; resolution: { met: number; breached: number } }[] };
    expect(split.versions.map((v) => [v.version, v.from, v.total])).toEqual([
      [0, null, 5],
      [1, '2026-10-15', 3],
    ]);
    const plain = run([V1]) as { total: number; met: number; breached: number; resolution: { met: number; breached: number } };
    expect(split.versions.reduce((n, v) => n + v.total, 0)).toBe(plain.total);
    expect(split.versions.reduce((n, v) => n + v.met, 0)).toBe(plain.met);
    // LK-8 (P1, opened 2026-10-28) took 6 h to resolve: met under 8 h, breached under the amendment's 4 h.
    expect(split.versions.reduce((n, v) => n + v.resolution.breached, 0)).toBe(plain.resolution.breached + 1);
  });
  it('availability --json: the versions, and the target and credits of the version in force at the month end', () => {
    const json = JSON.parse(cli(['availability', INCIDENTS, '--contract', V1, '--contract', V2, '--month', '2026-10', '--json']).stdout) as { percent: number; target: number; termsVersion: number; versions: { unscheduledMinutes: number }[] };
    const plain = JSON.parse(cli(['availability', INCIDENTS, '--contract', V1, '--month', '2026-10', '--json']).stdout) as { percent: number };
    expect(json.percent).toBe(plain.percent);
    expect([json.target, json.termsVersion]).toEqual([99.95, 1]);
    expect(json.versions.map((v) => v.unscheduledMinutes)).toEqual([343, 437]);
  });
  it('a gap or an overlap between the versions is refused with the dates (exit 1)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'slakit-history-'));
    const v2 = JSON.parse(readFileSync(V1, 'utf8')) as Record<string, unknown>;
    const write = (name: string, effective: object): string => {
      const path = join(dir, name);
      writeFileSync(path, JSON.stringify({ ...v2, effective }));
      return path;
    };
    const gap = cli(['compliance', CASES, '--contract', write('a.json', { to: '2026-10-10' }), '--contract', write('b.json', { from: '2026-10-15' }), '--month', '2026-10', ...NY]);
    expect(gap.code).toBe(1);
    expect(gap.stderr).toContain('INVALID_CONTRACT_HISTORY');
    expect(gap.stderr).toContain('after 2026-10-10 and before 2026-10-15');
    const overlap = cli(['availability', INCIDENTS, '--contract', write('c.json', { to: '2026-10-20' }), '--contract', write('d.json', { from: '2026-10-15' }), '--month', '2026-10']);
    expect(overlap.code).toBe(1);
    expect(overlap.stderr).toContain('2026-10-15 to 2026-10-20 is in both');
  });
  it('versions of different contracts are refused (exit 1), naming the files', () => {
    const mixed = cli(['contract', 'check', V1, 'examples/contracts/northwind-cloud.json']);
    expect(mixed.code).toBe(1);
    expect(mixed.stderr).toContain('northwind-cloud.json (name)');
  });
  it('a command that takes one contract says so (exit 2)', () => {
    const windows = cli(['windows', '--contract', V1, '--contract', V2, '--from', '2026-10-19', '--weeks', '1', ...NY]);
    expect(windows.code).toBe(2);
    expect(windows.stderr).toContain('this command takes one contract');
  });
  it('a case opened before the first version is a bad record naming it (exit 1)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'slakit-history-'));
    const v1 = join(dir, 'v1.json');
    writeFileSync(v1, JSON.stringify({ ...(JSON.parse(readFileSync(V1, 'utf8')) as object), effective: { from: '2026-10-10', to: '2026-10-14' } }));
    const r = cli(['compliance', CASES, '--contract', v1, '--contract', V2, '--month', '2026-10', ...NY, '--now', '2026-11-02T12:00:00Z']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('CONTRACT_NOT_IN_FORCE');
    expect(r.stderr).toContain('row 2');
  });
});
