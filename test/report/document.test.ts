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
