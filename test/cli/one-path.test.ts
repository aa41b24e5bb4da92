// One figure, one path: the commands and the report read, judge and count through the same code,
// so every figure two of them show is the same figure. Each test here failed before its owner.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { run } from '../../src/cli/run.js';
import { cli } from './in-process.js';

const NORTHWIND = 'examples/contracts/northwind-cloud.json';
const dir = mkdtempSync(join(tmpdir(), 'slakit-one-path-'));
const file = (name: string, text: string): string => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

interface Counts { total: number; met: number; breached: number; pending: number }
interface ComplianceJson extends Counts { bySeverity: (Counts & { level: number })[] }
interface ReportJson { compliance: { cases: number; response: (Counts & { level: number })[]; breaches: { id: string; level: number; label: string; kind: string }[] } }

function json<T>(args: readonly string[]): T {
  const run = cli(args);
  if (run.code !== 0) throw new Error(`slakit ${args.join(' ')}: exit ${run.code}\n${run.stderr}`);
  return JSON.parse(run.stdout) as T;
}

const compliance = (cases: string, extra: readonly string[] = []): ComplianceJson =>
  json(['compliance', cases, '--json', '--contract', NORTHWIND, '--month', '2026-10', '--tz', 'America/New_York', '--now', '2026-11-02T12:00:00Z', ...extra]);
const report = (cases: string, extra: readonly string[] = []): ReportJson =>
  json(['report', '--format', 'json', '--cases', cases, '--contract', NORTHWIND, '--month', '2026-10', '--tz', 'America/New_York', '--now', '2026-11-02T12:00:00Z', ...extra]);

/** The report's level-`level` response counts as compliance prints them. */
const levelOf = (r: ReportJson, level: number): Counts => {
  const row = r.compliance.response.find((x) => x.level === level) as Counts;
  return { total: row.met + row.breached + row.pending + ((row as { cancelled?: number }).cancelled ?? 0), met: row.met, breached: row.breached, pending: row.pending };
};

describe('the report’s support section is the compliance command’s report', () => {
  it('a holidays column counts in both: a Sydney P3 across NSW Labour Day is met in both', () => {
    // P3: 8 business hours. Fri 2 Oct 17:00 Sydney: 2 hours that day; Mon 5 Oct is Labour Day in
    // NSW; Tue 6 Oct 07:00 + 6 h = 13:00. Responded Tue 10:00: met (breached without the holiday).
    const cases = file('sydney.csv', 'id,severity,openedAt,respondedAt,timeZone,holidays\nS-1,3,2026-10-02T17:00:00+10:00,2026-10-06T10:00:00+11:00,Australia/Sydney,AU-NSW\n');
    const c = compliance(cases);
    expect([c.met, c.breached]).toEqual([1, 0]);
    const r = report(cases);
    expect(levelOf(r, 3)).toMatchObject({ met: 1, breached: 0 });
    expect(r.compliance.breaches).toEqual([]);
  });

  it('a case belongs to the month of its own zone in both: Tokyo cases at the month’s edges', () => {
    // T-1: 1 Oct 01:00 in Tokyo (30 Sep in New York); T-2: 1 Nov 05:00 in Tokyo (31 Oct in New York).
    const cases = file('tokyo.csv', 'id,severity,openedAt,respondedAt,timeZone\nT-1,1,2026-09-30T16:00:00Z,2026-09-30T16:10:00Z,Asia/Tokyo\nT-2,1,2026-10-31T20:00:00Z,2026-10-31T23:00:00Z,Asia/Tokyo\n');
    const c = compliance(cases);
    const r = report(cases);
    // T-1 (met) is October's; T-2 (breached) is November's.
    expect([c.total, c.met]).toEqual([1, 1]);
    expect(r.compliance.cases).toBe(1);
    expect(levelOf(r, 1)).toEqual({ total: 1, met: 1, breached: 0, pending: 0 });
  });

  it('the report takes the reader flags of compliance: --map, --input-tz, --delimiter, --skip-bad-rows, --strict', () => {
    const cases = file('export.csv', 'ticket;prio;created;first_reply\nX-1;P2;2026-10-06 09:00;2026-10-06 09:30\nX-2;P2;2026-10-07 09:00;2026-10-07 15:00\nX-3;P9;2026-10-08 09:00;\n');
    const flags = ['--map', 'ticket=id,prio=severity,created=openedAt,first_reply=respondedAt', '--input-tz', 'America/New_York', '--delimiter', ';'];
    expect(cli(['report', '--format', 'json', '--cases', cases, '--contract', NORTHWIND, '--month', '2026-10', '--tz', 'America/New_York', '--now', '2026-11-02T12:00:00Z', ...flags]).code).toBe(1);
    const c = compliance(cases, [...flags, '--skip-bad-rows']);
    const r = report(cases, [...flags, '--skip-bad-rows']);
    expect([c.met, c.breached]).toEqual([1, 1]);
    expect(levelOf(r, 2)).toEqual({ total: 2, met: 1, breached: 1, pending: 0 });
    const strict = cli(['report', '--format', 'json', '--cases', cases, '--contract', NORTHWIND, '--month', '2026-10', '--tz', 'America/New_York', '--now', '2026-11-02T12:00:00Z', ...flags, '--skip-bad-rows', '--strict']);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toMatch(/--strict: --cases .*export\.csv: skipped row 4/);
  });
});

describe('--now is resolved once per run, not per chunk or worker', () => {
  /**
   * Runs `slakit` in this process with the input cut into 1 KiB chunks, the clock moving on a
   * minute with every 512 bytes read: a chunk judged at its own instant would show it.
   */
  const chunked = (args: readonly string[]): ReturnType<typeof cli> => {
    process.env['SLAKIT_CHUNK_CHARS'] = '1024';
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() });
    let stdout = '';
    let stderr = '';
    try {
      const code = run(args, {
        out: (text) => (stdout += `${text}\n`),
        err: (text) => (stderr += `${text}\n`),
        open: function* (path) {
          const bytes = readFileSync(path);
          for (let at = 0; at < bytes.length; at += 512) {
            vi.setSystemTime(Date.now() + 60_000);
            yield bytes.subarray(at, at + 512);
          }
        },
      });
      return { code, stdout, stderr };
    } finally {
      vi.useRealTimers();
      delete process.env['SLAKIT_CHUNK_CHARS'];
    }
  };
  /** `count` P1 cases opened `minutes` before the test, still unanswered. */
  const openCases = (count: number, minutes: number): string => {
    const opened = new Date(Date.now() - minutes * 60_000).toISOString();
    return file(`open-${count}.csv`, `id,severity,openedAt,timeZone\n${Array.from({ length: count }, (_, i) => `O-${i},1,${opened},America/New_York`).join('\n')}\n`);
  };

  it('compliance without --now on a file of many chunks: one report, judged at one instant', () => {
    const run = chunked(['compliance', openCases(300, 600), '--json', '--contract', NORTHWIND, '--tz', 'America/New_York', '--by', 'month', '--intentionally-empty', 'response,resolution,updates']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as Counts).total).toBe(300);
  });

  it('cases without --now: every chunk judged at the same instant', () => {
    const run = chunked(['cases', openCases(400, 10), '--json', '--contract', NORTHWIND, '--tz', 'America/New_York']);
    expect(run.code).toBe(0);
    const { now, cases } = JSON.parse(run.stdout) as { now: string; cases: { response: { dueAt: string; percentUsed: number } }[] };
    expect(cases.length).toBe(400);
    const used = new Set(cases.map((c) => c.response.percentUsed));
    expect(used.size).toBe(1);
    // …and that instant is the `now` the output names.
    const due = Date.parse(cases[0]!.response.dueAt);
    expect([...used][0]).toBeCloseTo(((Date.parse(now) - (due - 30 * 60_000)) / (30 * 60_000)) * 100, 9);
  });
});

describe('one meaning of a breached case', () => {
  it('cases --breached lists the cases the report lists breaches of, missed updates included', () => {
    const cases = 'examples/data/cases-2026-10.csv';
    const listed = json<{ cases: { id: string }[] }>(['cases', cases, '--json', '--breached', '--month', '2026-10', '--contract', NORTHWIND, '--tz', 'America/New_York', '--now', '2026-11-02T12:00:00Z']);
    const r = report(cases);
    const ids = [...new Set(r.compliance.breaches.map((b) => b.id))];
    expect(r.compliance.breaches.some((b) => b.kind === 'updates')).toBe(true);
    expect(listed.cases.map((c) => c.id)).toEqual(ids);
  });
});

describe('one rate parser, one percent formatter', () => {
  // 125 P2 cases, 119 answered in time: 119/125 = 0.952 exactly meets a 95.2% target.
  const rows = Array.from({ length: 125 }, (_, i) => `R-${i},2,2026-10-06T09:00:00-04:00,${i < 119 ? '2026-10-06T09:30:00-04:00' : '2026-10-06T18:00:00-04:00'}`);
  const cases = file('rate.csv', `id,severity,openedAt,respondedAt\n${rows.join('\n')}\n`);
  const contract = JSON.parse(readFileSync(NORTHWIND, 'utf8')) as { parameters?: Record<string, unknown>; support: { levels: Record<string, { complianceTarget?: unknown }> } };
  contract.parameters = { ...contract.parameters, p2target: { type: 'share', description: 'the P2 compliance target' } };
  contract.support.levels['2']!.complianceTarget = { $param: 'p2target' };
  const withParam = file('param-contract.json', JSON.stringify(contract));
  const base = ['--json', '--month', '2026-10', '--tz', 'America/New_York', '--now', '2026-11-02T12:00:00Z'];

  it('95.2% as --target and as --param reads as one number, and 119/125 meets it', () => {
    type Levels = { bySeverity: { level: number; target: number; meetsTarget: boolean }[] };
    const byTarget = json<Levels>(['compliance', cases, '--contract', NORTHWIND, '--target', '95.2%', ...base]);
    const byParam = json<Levels>(['compliance', cases, '--contract', withParam, '--param', 'p2target=95.2%', ...base]);
    expect(byTarget.bySeverity.find((l) => l.level === 2)).toMatchObject({ target: 0.952, meetsTarget: true });
    expect(byParam.bySeverity.find((l) => l.level === 2)).toMatchObject({ target: 0.952, meetsTarget: true });
  });

  it('the table, the report’s Markdown and its HTML show one rounded percentage', () => {
    const twoThirds = file('two-thirds.csv', 'id,severity,openedAt,respondedAt\nA,2,2026-10-06T09:00:00-04:00,2026-10-06T09:30:00-04:00\nB,2,2026-10-06T09:00:00-04:00,2026-10-06T09:40:00-04:00\nC,2,2026-10-06T09:00:00-04:00,2026-10-06T18:00:00-04:00\n');
    const table = cli(['compliance', twoThirds, '--contract', NORTHWIND, '--month', '2026-10', '--tz', 'America/New_York', '--now', '2026-11-02T12:00:00Z', '--digits', '1']).stdout;
    expect(table).toMatch(/66\.7%/);
    expect(table).not.toMatch(/66\.6%/);
    const md = cli(['report', '--format', 'md', '--cases', twoThirds, '--contract', NORTHWIND, '--month', '2026-10', '--tz', 'America/New_York', '--now', '2026-11-02T12:00:00Z']).stdout;
    expect(md).toMatch(/\| P2 \| 2 \| 1 \| 0 \| 66\.7% \|/);
  });
});

describe('availability: the incidents the library measures', () => {
  it('an incident just before the month still joins a period across the edge under drop-under-one-minute', () => {
    const contract = JSON.parse(readFileSync(NORTHWIND, 'utf8')) as { downtime: Record<string, unknown> };
    contract.downtime['partialMinutes'] = 'drop-under-one-minute';
    const dropping = file('dropping-contract.json', JSON.stringify(contract));
    // 40 s before the month and 30 s into it: one period of 70 s, so its 30 s in October count.
    const incidents = file('edge.csv', 'id,start,end,cause\nA,2026-09-30T23:59:20Z,2026-10-01T00:00:00Z,unplanned\nB,2026-10-01T00:00:00Z,2026-10-01T00:00:30Z,unplanned\n');
    const measured = json<{ unscheduledMinutes: number; percent: number }>(['availability', incidents, '--json', '--contract', dropping, '--month', '2026-10', '--region', 'Americas']);
    expect(measured.unscheduledMinutes).toBe(0.5);
    expect(measured.percent).toBeLessThan(100);
  });
});

describe('a holidays cell keeps the contract’s holiday types', () => {
  it('a contract closed on observances is closed on them for a case with its own region code', () => {
    const contract = JSON.parse(readFileSync(NORTHWIND, 'utf8')) as { businessHours: Record<string, unknown> };
    contract.businessHours['holidays'] = { country: 'US', types: ['public', 'observance'] };
    const observing = file('observing-contract.json', JSON.stringify(contract));
    // P3, 8 business hours: Mon 16 Mar 17:00 gives 2; St Patrick's Day (an observance in US-NY) is
    // closed; Wed 07:00 + 6 h = 13:00. Answered Wed 10:00: met (breached if Tuesday were open).
    const cases = file('observance.csv', 'id,severity,openedAt,respondedAt,holidays\nP-1,3,2026-03-16T17:00:00-04:00,2026-03-18T10:00:00-04:00,US-NY\n');
    const c = json<ComplianceJson>(['compliance', cases, '--json', '--contract', observing, '--month', '2026-03', '--tz', 'America/New_York', '--now', '2026-04-01T00:00:00Z']);
    expect([c.met, c.breached]).toEqual([1, 0]);
  });
});

describe('a level’s label comes from one source', () => {
  it('due names the level as compliance and the report do: by the contract’s severities', () => {
    const contract = JSON.parse(readFileSync(NORTHWIND, 'utf8')) as { support: { levels: Record<string, { label?: string }> } };
    contract.support.levels['1']!.label = 'Sev One (support’s own words)';
    const labelled = file('labelled-contract.json', JSON.stringify(contract));
    const due = cli(['due', '--contract', labelled, '--severity', '1', '--opened', '2026-10-06T09:00:00-04:00', '--tz', 'America/New_York']);
    expect(due.code).toBe(0);
    expect(due.stdout).toMatch(/severity:\s+1: P1\n/);
    const table = cli(['compliance', 'examples/data/cases-2026-10.csv', '--contract', labelled, '--month', '2026-10', '--tz', 'America/New_York', '--by', 'severity', '--now', '2026-11-02T12:00:00Z']).stdout;
    expect(table).toMatch(/\nP1 /);
  });
});

describe('one availability figure for one month', () => {
  it('availability and the report measure the contract’s month whatever --tz shows', () => {
    const incidents = 'examples/data/incidents-2026-10.csv';
    const flags = ['--contract', NORTHWIND, '--month', '2026-10', '--region', 'Americas', '--tz', 'America/New_York'];
    const a = json<{ percent: number; timeZone: string }>(['availability', incidents, '--json', ...flags]);
    const r = json<{ availability: { percent: number; timeZone: string } }>(['report', '--format', 'json', '--incidents', incidents, '--now', '2026-11-02T12:00:00Z', ...flags]);
    expect(a.timeZone).toBe('UTC');
    expect(r.availability.percent).toBe(a.percent);
    const explicit = ['--month-tz', 'America/New_York'];
    expect(json<{ availability: { percent: number } }>(['report', '--format', 'json', '--incidents', incidents, '--now', '2026-11-02T12:00:00Z', ...flags, ...explicit]).availability.percent).toBe(json<{ percent: number }>(['availability', incidents, '--json', ...flags, ...explicit]).percent);
  });
});
