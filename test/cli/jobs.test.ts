// --jobs N: the same output for every N, from chunks worked on in worker threads and merged in the
// file's order. Small chunks (SLAKIT_CHUNK_CHARS) cut small files into many, through the built command.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { slakit as run } from './spawn.js';

/** 64 KiB chunks: each file below is cut into ten or more. */
const slakit = (args: readonly string[]) => run(args, undefined, { SLAKIT_CHUNK_CHARS: String(1 << 16) });

const CONTRACT = ['--contract', 'uniphore', '--params', 'test/cli/fixtures/uniphore-params.json', '--tz', 'America/New_York', '--now', '2026-11-02T12:00:00Z'];
let dir = '';
let cases = '';
let incidents = '';

/** Deterministic rows: a bad one at `bad` (a row number), one ';'-quoted events cell in seven, a customer column. */
function caseCsv(count: number, bad = -1): string {
  const lines = ['id,severity,openedAt,respondedAt,events,customer'];
  let state = 17;
  const random = (): number => ((state = (state * 1_103_515_245 + 12_345) % 2 ** 31), state / 2 ** 31);
  for (let i = 0; i < count; i++) {
    const opened = Date.UTC(2026, 9, 1) + Math.floor(random() * 30 * 1440) * 60_000;
    const responded = opened + Math.floor(1 + random() * 600) * 60_000;
    const events = i % 7 === 0 ? `"paused@${new Date(responded + 3_600_000).toISOString()};resumed@${new Date(responded + 7_200_000).toISOString()}"` : '';
    const severity = i + 2 === bad ? 'urgent' : String(1 + Math.floor(random() * 4));
    lines.push(`C-${i},${severity},${new Date(opened).toISOString()},${random() < 0.9 ? new Date(responded).toISOString() : ''},${events},cust-${i % 13}`);
  }
  return `${lines.join('\n')}\n`;
}

function incidentCsv(count: number): string {
  const lines = ['id,start,end,cause'];
  for (let i = 0; i < count; i++) {
    const start = Date.UTC(2026, 9, 1) + ((i * 7_919) % (30 * 1440)) * 60_000;
    lines.push(`I-${i},${new Date(start).toISOString()},${new Date(start + ((i % 11) + 1) * 60_000).toISOString()},${i % 5 === 0 ? 'customer-caused' : 'unplanned'}`);
  }
  return `${lines.join('\n')}\n`;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'slakit-jobs-'));
  cases = join(dir, 'cases.csv');
  incidents = join(dir, 'incidents.csv');
  writeFileSync(cases, caseCsv(12_000)); // about 1 MB: 16 chunks
  writeFileSync(incidents, incidentCsv(12_000));
});

describe('--jobs N gives the same output for every N', () => {
  it.each([
    // The generated cases have no update events: said empty on purpose, so updates are measured.
    ['compliance --by customer --json', ['compliance', '--month', '2026-10', '--by', 'customer', '--json', '--intentionally-empty', 'updates']],
    ['compliance --by severity (table)', ['compliance', '--month', '2026-10', '--by', 'severity', '--intentionally-empty', 'updates']],
    ['cases --breached --csv', ['cases', '--breached', '--csv', '--intentionally-empty', 'updates']],
  ])('%s', (_name, args) => {
    const [command, ...rest] = args as [string, ...string[]];
    const runs = [1, 2, 3].map((jobs) => slakit([command, cases, ...CONTRACT, ...rest, '--jobs', String(jobs)]));
    for (const run of runs) {
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
    }
    expect(runs[0]?.stdout.length).toBeGreaterThan(1000);
    expect(runs[1]?.stdout).toBe(runs[0]?.stdout);
    expect(runs[2]?.stdout).toBe(runs[0]?.stdout);
  });

  it('availability --segments --json', () => {
    const runs = [1, 2, 4].map((jobs) => slakit(['availability', incidents, '--month', '2026-10', '--contract', 'nice-cloud', '--environment', 'production', '--segments', '--json', '--jobs', String(jobs)]));
    expect(runs[0]?.code).toBe(0);
    const report = JSON.parse(runs[0]?.stdout ?? '') as { segments: unknown[] };
    expect(report.segments.length).toBeGreaterThan(100);
    expect(runs[1]?.stdout).toBe(runs[0]?.stdout);
    expect(runs[2]?.stdout).toBe(runs[0]?.stdout);
  });

  it('a bad row in a later chunk: the same error, row number included, for every N', () => {
    const file = join(dir, 'bad.csv');
    writeFileSync(file, caseCsv(12_000, 11_000));
    const runs = [1, 3].map((jobs) => slakit(['compliance', file, ...CONTRACT, '--month', '2026-10', '--jobs', String(jobs)]));
    expect(runs[0]?.code).toBe(1);
    expect(runs[0]?.stderr).toContain("row 11000, column severity: INVALID_CASE: 'urgent' is not a severity level");
    expect(runs[1]).toEqual(runs[0]);
  });

  it('--jobs takes a whole number from 1 to 64', () => {
    const run = slakit(['compliance', cases, ...CONTRACT, '--month', '2026-10', '--jobs', '0']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--jobs: '0' is not a whole number from 1 to 64");
  });
});
