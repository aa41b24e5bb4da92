// Issue 24, the report as a document to send: a generated month (2,040 cases from customers in
// three zones, 20 incidents, about 500 breaches, and the month before it) through `slakit report`
// and `slakit compliance`; every figure the two both show is equal.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../cli/in-process.js';
import { slakit } from '../cli/spawn.js';
// @ts-expect-error: a plain ESM script without types
import { writeMonth } from '../../scripts/generate-month.mjs';

const CONTRACT = ['--contract', 'examples/contracts/northwind-cloud.json', '--tz', 'America/New_York', '--now', '2026-11-03T12:00:00Z'];
const MONTH = ['--month', '2026-10'];
let files: { cases: string; incidents: string };

function json<T>(args: readonly string[], jobs = false): T {
  const result = jobs ? slakit(args, undefined, { SLAKIT_CHUNK_CHARS: String(1 << 16) }) : cli(args);
  if (result.code !== 0) throw new Error(`slakit ${args.join(' ')}: exit ${result.code}\n${result.stderr}`);
  return JSON.parse(result.stdout) as T;
}

interface Typical { level: number; label: string; count: number; business: { median: number; p90: number }; wall: { median: number; p90: number } }
interface Times { response: Typical[]; resolution: Typical[] }

beforeAll(() => {
  files = writeMonth(mkdtempSync(join(tmpdir(), 'slakit-month-')), {}) as typeof files;
});

const reportJson = (extra: readonly string[] = []) => json<{ compliance: { typicalTimes: Times } }>(['report', ...CONTRACT, ...MONTH, '--region', 'Americas', '--cases', files.cases, '--incidents', files.incidents, '--format', 'json', ...extra]);

describe('typical times: one computation for `compliance --json` and the report', () => {
  it('the report’s typical times are compliance --json’s, per level', () => {
    const compliance = json<{ typicalTimes: Times }>(['compliance', files.cases, ...CONTRACT, ...MONTH, '--json']);
    expect(compliance.typicalTimes.response.length).toBeGreaterThan(0);
    expect(reportJson().compliance.typicalTimes).toEqual(compliance.typicalTimes);
  });

  it('are exact across shards: --jobs 2 over many chunks gives the figures of one thread', () => {
    const one = json<{ typicalTimes: Times }>(['compliance', files.cases, ...CONTRACT, ...MONTH, '--json']);
    const two = json<{ typicalTimes: Times }>(['compliance', files.cases, ...CONTRACT, ...MONTH, '--json', '--jobs', '2'], true);
    expect(two.typicalTimes).toEqual(one.typicalTimes);
  });
});

interface Group { customer: string; total: number; met: number; breached: number; rate: number | null; resolution: { met: number; breached: number; rate: number | null }; updates: { breached: number; missedUpdates: number } }
interface Customer { customer: string; cases: number; response: { met: number; breached: number; rate: number | null }; resolution: { met: number; breached: number; rate: number | null }; missedUpdates: number; breaches: number; shortfall: number; worstOverrun: { id: string; overrunMinutes: number } | null }

describe('customers side by side: the numbers of `compliance --by customer`', () => {
  it('each customer’s cases, response and resolution counts and rates, and breaches are compliance --by customer’s', () => {
    const groups = json<{ groups: Group[] }>(['compliance', files.cases, ...CONTRACT, ...MONTH, '--by', 'customer', '--json']).groups;
    const rows = json<{ compliance: { customers: Customer[] } }>(['report', ...CONTRACT, ...MONTH, '--region', 'Americas', '--cases', files.cases, '--format', 'json']).compliance.customers;
    expect(rows.length).toBe(5);
    const byName = new Map(groups.map((g) => [g.customer, g]));
    for (const row of rows) {
      const g = byName.get(row.customer)!;
      expect({ cases: row.cases, response: row.response, resolution: row.resolution, missedUpdates: row.missedUpdates, breaches: row.breaches }).toEqual({
        cases: g.total,
        response: { met: g.met, breached: g.breached, rate: g.rate },
        resolution: { met: g.resolution.met, breached: g.resolution.breached, rate: g.resolution.rate },
        missedUpdates: g.updates.missedUpdates,
        breaches: g.breached + g.resolution.breached + g.updates.breached,
      });
    }
  });

  it('rows are sorted by shortfall, largest first', () => {
    const rows = json<{ compliance: { customers: Customer[] } }>(['report', ...CONTRACT, ...MONTH, '--region', 'Americas', '--cases', files.cases, '--format', 'json']).compliance.customers;
    expect(rows.map((r) => r.shortfall)).toEqual([...rows.map((r) => r.shortfall)].sort((a, b) => b - a));
    expect(rows[0]!.shortfall).toBeGreaterThan(0);
  });
});
