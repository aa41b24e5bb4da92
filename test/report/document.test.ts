// Issue 24, the report as a document to send: a generated month (2,040 cases from customers in
// three zones, 20 incidents, about 500 breaches, and the month before it) through `slakit report`
// and `slakit compliance`; every figure the two both show is equal.
import { mkdtempSync, readFileSync } from 'node:fs';
import { parseCsv } from '../../src/records/csv.js';
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

describe('evidence where it belongs', () => {
  it('--breaches-csv writes every breach of the report with its explanation, one row each', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'slakit-csv-')), 'breaches.csv');
    const report = json<{ compliance: { breaches: { id: string; kind: string; explanation: string; overrunMinutes: number }[] } }>(['report', ...CONTRACT, ...MONTH, '--region', 'Americas', '--cases', files.cases, '--format', 'json', '--breaches-csv', out]);
    const rows = parseCsv(readFileSync(out, 'utf8')).rows;
    expect(report.compliance.breaches.length).toBeGreaterThan(400);
    expect(rows.map(({ values: r }) => [r['case'], r['target'], r['explanation'], Number(r['over by, min'])])).toEqual(report.compliance.breaches.map((b) => [b.id, b.kind, b.explanation, b.overrunMinutes]));
  });

  it('the HTML body lists the 20 largest overruns, each linking to its explanation in the appendix', () => {
    const html = cli(['report', ...CONTRACT, ...MONTH, '--region', 'Americas', '--cases', files.cases]).stdout;
    const body = html.slice(html.indexOf('id="largest-overruns"'), html.indexOf('id="appendix"'));
    const links = [...body.matchAll(/<a href="#(breach-\d+)">/g)].map((m) => m[1]);
    expect(new Set(links).size).toBeGreaterThanOrEqual(20);
    for (const id of links) expect(html).toContain(`<li id="${id}">`);
    const appendix = html.slice(html.indexOf('id="appendix"'));
    expect(appendix).toContain('<details><summary>Show all');
    expect(appendix).toMatch(/this list adds about \d+ pages \(estimated from its rows\)/);
  });

  it('the Markdown has the same sections; no table cell holds an explanation', () => {
    const md = cli(['report', ...CONTRACT, ...MONTH, '--region', 'Americas', '--cases', files.cases, '--incidents', files.incidents, '--format', 'md']).stdout;
    const headings = (text: string): string[] => [...text.matchAll(/^#{1,3} (.+)$/gm)].map((m) => m[1]!.replace(/\\/g, ''));
    const html = cli(['report', ...CONTRACT, ...MONTH, '--region', 'Americas', '--cases', files.cases, '--incidents', files.incidents]).stdout;
    const htmlHeadings = [...html.matchAll(/<h[123][^>]*>([^<]+)</g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
    expect(headings(md)).toEqual(htmlHeadings.filter((h) => !/^(Response|Resolution) compliance by/.test(h)));
    for (const row of md.split('\n').filter((line) => line.startsWith('| '))) expect(row).not.toMatch(/(Response|Resolution) due /);
  });
});
