// --judge-at (issue 25, terms that change): with several --contract, a change of severity may take
// the new level's targets from the version in force at the change, as help desks re-apply their
// policy at a re-prioritisation; by default every target is the opening version's.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { historyComplianceReport } from '../../src/cases/index.js';
import { loadContractHistory } from '../../src/contract/index.js';
import { readCases, readCsv } from '../../src/records/index.js';
import { cli } from './in-process.js';

const V1 = 'examples/contracts/larkspur-saas.json';
const V2 = 'examples/contracts/larkspur-saas-2026-10-15.json';
const NOW = '2026-11-02T12:00:00Z';
// Opened as P2 on 14 October (23:00 UTC, the first version), raised to P1 on 15 October (01:00
// UTC, the amendment in force), resolved 6 h after the opening: within the first version's 8 h
// for premium P1, not the amendment's 4 h.
const CSV = [
  'id,severity,openedAt,respondedAt,resolutionNoticeAt,tier,events',
  'J-1,P2,2026-10-14T19:00:00-04:00,2026-10-14T19:30:00-04:00,2026-10-15T01:00:00-04:00,premium,severity-changed:P1@2026-10-14T21:00:00-04:00',
  'J-2,P1,2026-10-20T09:00:00-04:00,2026-10-20T09:30:00-04:00,2026-10-20T12:00:00-04:00,premium,',
].join('\n');

interface Counts { resolution: { met: number; breached: number } }
interface VersionJson { version: number; total: number; plans: (Counts & { plan: string })[] }

const run = (...more: string[]) => cli(['compliance', '-', '--contract', V1, '--contract', V2, '--month', '2026-10', '--tz', 'America/New_York', '--now', NOW, '--json', ...more], CSV);
const premium = (json: { versions: VersionJson[] }, v: number) => json.versions[v]!.plans.find((p) => p.plan === 'premium')!.resolution;

describe('--judge-at', () => {
  it('opened (the default): the raised case keeps the opening version’s 8 h and is met', () => {
    const json = JSON.parse(run().stdout) as { versions: VersionJson[] };
    expect(JSON.parse(run('--judge-at', 'opened').stdout)).toEqual(json);
    expect(premium(json, 0)).toMatchObject({ met: 1, breached: 0 });
    expect(premium(json, 1)).toMatchObject({ met: 1, breached: 0 });
  });

  it('event: the raised case takes P1’s 4 h from the amendment in force at the change, and is breached; it is still counted under the version it opened under', () => {
    const json = JSON.parse(run('--judge-at', 'event').stdout) as { versions: VersionJson[] };
    expect(json.versions.map((v) => v.total)).toEqual([1, 1]);
    expect(premium(json, 0)).toMatchObject({ met: 0, breached: 1 });
    expect(premium(json, 1)).toMatchObject({ met: 1, breached: 0 });
  });

  it('one figure, one path: the counts are historyComplianceReport’s with judgeAt event, also with --jobs 2', () => {
    const history = loadContractHistory([V1, V2].map((file) => JSON.parse(readFileSync(file, 'utf8'))));
    const cases = [...readCases(readCsv(CSV), { severities: { P1: 1, P2: 2, P3: 3 }, attributes: ['tier'], timeZone: 'America/New_York' })];
    const library = historyComplianceReport(history, (c) => c.calendarFor('America/New_York'), cases, { now: NOW, judgeAt: 'event' });
    const json = JSON.parse(run('--judge-at', 'event').stdout) as { versions: VersionJson[] };
    for (const part of library) {
      for (const [plan, own] of Object.entries(part.plans ?? {})) {
        const shown = json.versions[part.version]!.plans.find((p) => p.plan === plan)!.resolution;
        expect([shown.met, shown.breached]).toEqual([own.resolution.met, own.resolution.breached]);
      }
    }
    expect(JSON.parse(run('--judge-at', 'event', '--jobs', '2').stdout)).toEqual(json);
  });

  it('is a usage mistake with one --contract, or with a value other than opened or event', () => {
    const one = cli(['compliance', '-', '--contract', V1, '--month', '2026-10', '--tz', 'America/New_York', '--now', NOW, '--judge-at', 'event'], CSV);
    expect(one.code).toBe(2);
    expect(one.stderr).toContain('--judge-at event: give the versions of the contract (several --contract)');
    const bad = run('--judge-at', 'change');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--judge-at');
  });
});
