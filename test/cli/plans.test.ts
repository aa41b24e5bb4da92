// Plans chosen by the case on the command line (issue 25), in process, on the Larkspur example.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCases } from '../../src/records/index.js';
import { complianceByLevel, complianceByPlan } from '../../src/cases/index.js';
import { loadContract } from '../../src/contract/index.js';
import { readCsv } from '../../src/records/index.js';
import { cli } from './in-process.js';

const LARKSPUR = 'examples/contracts/larkspur-saas.json';
const CASES = 'examples/contracts/larkspur-cases-2026-10.csv';
const NOW = '2026-11-02T12:00:00Z';

describe('compliance under plans', () => {
  it('one figure, one path: each plan’s counts in the JSON are complianceByPlan’s', () => {
    const json = JSON.parse(cli(['compliance', CASES, '--contract', LARKSPUR, '--month', '2026-10', '--tz', 'America/New_York', '--now', NOW, '--json']).stdout) as { plans: { plan: string; total: number; met: number; breached: number; bySeverity: { level: number; label: string }[] }[] };
    const contract = loadContract(JSON.parse(readFileSync(LARKSPUR, 'utf8')));
    const cases = [...readCases(readCsv(readFileSync(CASES, 'utf8')), { severities: { P1: 1, P2: 2, P3: 3 }, attributes: ['tier'], timeZone: 'America/New_York' })];
    const byPlan = complianceByPlan(contract, contract.calendarFor('America/New_York'), cases, { now: NOW });
    expect(json.plans.map((p) => p.plan)).toEqual(['premium', 'standard']);
    for (const p of json.plans) {
      const lib = byPlan[p.plan]!;
      expect([p.total, p.met, p.breached]).toEqual([lib.total, lib.met, lib.breached]);
      // The one shape of per-level counts (complianceByLevel) over the library's report of the plan.
      expect(p.bySeverity).toEqual(JSON.parse(JSON.stringify(complianceByLevel(lib, contract.severities).bySeverity)));
    }
  });

  it('a case no rule matches is a bad record, named with its row and the fields tried', () => {
    const dir = mkdtempSync(join(tmpdir(), 'slakit-plans-'));
    const doc = JSON.parse(readFileSync(LARKSPUR, 'utf8'));
    doc.support.select = [doc.support.select[0], { when: { tier: 'standard' }, plan: 'standard' }];
    writeFileSync(join(dir, 'c.json'), JSON.stringify(doc));
    writeFileSync(join(dir, 'cases.csv'), 'id,severity,openedAt,tier\nA,P1,2026-10-02T09:00:00-04:00,premium\nB,P2,2026-10-02T09:00:00-04:00,gold\n');
    const run = cli(['compliance', join(dir, 'cases.csv'), '--contract', join(dir, 'c.json'), '--month', '2026-10', '--tz', 'America/New_York', '--now', NOW]);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain('row 3');
    expect(run.stderr).toContain("case 'B' has no plan (tier = 'gold')");
  });
});

describe('due and cases under plans', () => {
  const due = (...extra: string[]) => cli(['due', '--contract', LARKSPUR, '--severity', 'P1', '--opened', '2026-10-13T11:00:00-04:00', '--tz', 'America/New_York', ...extra]);

  it('--plan names the plan, --field the fields the rules match; the two give one answer', () => {
    expect(due('--plan', 'premium').stdout).toContain('response due:    Tue 2026-10-13 12:00 -04:00');
    expect(due('--field', 'tier=premium').stdout).toBe(due('--plan', 'premium').stdout);
    expect(due('--field', 'tier=basic').stdout).toContain('plan:            standard');
  });

  it('refuses an unknown plan, both options, neither, and either on a contract without plans', () => {
    expect(due('--plan', 'gold').stderr).toContain("--plan: 'gold' is not a plan of the contract; expected one of premium, standard");
    expect(due('--plan', 'premium', '--field', 'tier=premium').code).toBe(2);
    expect(due().stderr).toContain('--plan or --field is required');
    expect(due('--field', 'tier').stderr).toContain("--field: 'tier' is not NAME=VALUE");
    expect(cli(['due', '--contract', 'uniphore', '--severity', '1', '--opened', '2026-10-13T11:00:00-04:00', '--tz', 'America/New_York', '--plan', 'premium']).code).toBe(2);
  });

  it('cases shows each case’s plan, in the table and the JSON', () => {
    const json = JSON.parse(cli(['cases', CASES, '--contract', LARKSPUR, '--tz', 'America/New_York', '--now', NOW, '--json']).stdout) as { cases: { id: string; plan: string }[] };
    expect(json.cases.map((c) => [c.id, c.plan])).toContainEqual(['LK-6', 'standard']);
  });

  it('the service report shows each plan apart rather than mixing them', () => {
    const run = cli(['report', '--contract', LARKSPUR, '--month', '2026-10', '--tz', 'America/New_York', '--cases', CASES, '--now', NOW, '--format', 'json']);
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as { compliance: { parts: { plan: string }[] } }).compliance.parts.map((p) => p.plan)).toEqual(['premium', 'standard']);
  });
});
