// `slakit cases` on a file whose columns cannot feed a metric (a Jira export: no reply column, no
// events) shows that metric as not measured, as `slakit compliance` does, instead of a breach of
// every case: in the table, CSV, JSON (`notMeasured`), the summary, --breached and on stderr.
import { describe, expect, it } from 'vitest';
import { isBreachedCase } from '../../src/cases/index.js';
import { cli } from './in-process.js';

const JIRA = ['test/fixtures/exports/jira-issues.csv', '--from', 'jira', '--input-tz', 'America/New_York', '--contract', 'test/fixtures/exports/contract.json', '--tz', 'America/New_York', '--now', '2026-11-20T00:00:00Z'];
const CANONICAL = ['test/fixtures/exports/jira-canonical.csv', '--contract', 'test/fixtures/exports/contract.json', '--tz', 'America/New_York', '--now', '2026-11-20T00:00:00Z'];

interface Status {
  response: { outcome: string; metAt: string | null };
  resolution: { outcome: string } | null;
  missedUpdates: number;
}

describe('cases on a file with no column for the replies', () => {
  it('the table says "not measured" for every response, never "breached (no response)", and the summary counts no responses', () => {
    const run = cli(['cases', ...JIRA]);
    expect(run.code).toBe(0);
    const rows = run.stdout.split('\n').slice(2).filter((line) => /^\d+ +\d +[a-z]/.test(line));
    expect(rows.length).toBe(2100);
    for (const row of rows) expect(row).toMatch(/not measured\s+—/);
    expect(run.stdout).not.toContain('breached (no response)');
    expect(run.stdout).toContain('2100 cases as of 2026-11-20T00:00:00.000Z: response not measured.');
    expect(run.stderr).toContain('response not measured: no case has a reply (respondedAt, or responded events); if none was sent, give --intentionally-empty response');
    // The test contract sets no update target: updates are not said to be unmeasured.
    expect(run.stderr).not.toContain('updates not measured');
  });

  it('--csv has the same cells; --json names the metric in notMeasured and keeps each status as the library gives it', () => {
    const csv = cli(['cases', ...JIRA, '--csv']);
    expect(csv.stdout.split('\n')[1]).toContain(',not measured,—,');
    const json = JSON.parse(cli(['cases', ...JIRA, '--json']).stdout) as { notMeasured: string[]; cases: Status[] };
    expect(json.notMeasured).toEqual(['response']);
    expect(json.cases.length).toBe(2100);
    expect(json.cases.some((c) => c.response.outcome === 'breached' && c.response.metAt === null)).toBe(true);
  });

  it('--breached lists the cases breached on what the file measures (here, resolution), not every case', () => {
    const all = JSON.parse(cli(['cases', ...JIRA, '--json']).stdout) as { cases: Status[] };
    const expected = all.cases.filter((c) => isBreachedCase({ response: { outcome: 'pending' }, resolution: c.resolution as never, missedUpdates: c.missedUpdates })).length;
    const breached = JSON.parse(cli(['cases', ...JIRA, '--json', '--breached']).stdout) as { cases: Status[] };
    expect(breached.cases.length).toBe(expected);
    expect(expected).toBeGreaterThan(0);
    expect(expected).toBeLessThan(all.cases.length);
    for (const c of breached.cases) expect(c.resolution?.outcome).toBe('breached');
  });

  it('--intentionally-empty response measures it anyway: every case without a reply is breached, as before', () => {
    const run = cli(['cases', ...JIRA, '--intentionally-empty', 'response']);
    expect(run.stdout).toContain('breached (no response)');
    expect(run.stdout).not.toContain('not measured');
    expect(run.stderr).not.toContain('response not measured');
    expect(JSON.parse(cli(['cases', ...JIRA, '--json', '--intentionally-empty', 'response']).stdout).notMeasured).toEqual([]);
  });

  it('a file with a reply column, or with events, is measured as before; a reply column empty in every row is said at the end', () => {
    const withReplies = 'id,severity,openedAt,respondedAt\nA,1,2026-10-05T14:00:00Z,\nB,1,2026-10-05T14:00:00Z,2026-10-05T14:10:00Z\n';
    const run = cli(['cases', '-', '--contract', 'test/fixtures/exports/contract.json', '--tz', 'UTC', '--now', '2026-11-20T00:00:00Z'], withReplies);
    expect(run.stdout).toContain('breached (no response)');
    expect(run.stdout).toContain('1 met, 1 breached');
    const withEvents = 'id,severity,openedAt,events\nA,1,2026-10-05T14:00:00Z,\n';
    expect(cli(['cases', '-', '--contract', 'test/fixtures/exports/contract.json', '--tz', 'UTC', '--now', '2026-11-20T00:00:00Z'], withEvents).stdout).toContain('breached (no response)');
    const canonical = cli(['cases', ...CANONICAL]);
    expect(canonical.stdout).toContain('breached (no response)');
    expect(canonical.stderr).toContain('response not measured: no case has a reply (respondedAt, or responded events); if none was sent, give --intentionally-empty response (its column is empty in every row: the response cells above are judged as if none was sent)');
    // JSON's notMeasured comes after the cases, so it holds compliance's rule (no case fed it) for both files.
    expect(JSON.parse(cli(['cases', ...CANONICAL, '--json']).stdout).notMeasured).toEqual(['response']);
    expect(run.stderr).not.toContain('response not measured');
    expect(run.stderr).toContain('resolution not measured');
  });

  it('--due-within leaves out the response clocks the file cannot measure', () => {
    // A Jira-shaped file of one open issue whose response clock is running at --now.
    const jira = 'Summary,Issue key,Issue id,Issue Type,Status,Project key,Priority,Resolution,Assignee,Reporter,Created,Updated,Resolved,Custom field (Organizations)\nRequest 1,SD-1,10001,Service request,Waiting for support,SD,High,,Dana Agent,customer1,02/Nov/26 9:00 AM,02/Nov/26 9:00 AM,,Acme Corp\n';
    const args = ['cases', '-', '--from', 'jira', '--input-tz', 'America/New_York', '--contract', 'test/fixtures/exports/contract.json', '--tz', 'America/New_York', '--now', '2026-11-02T14:30:00Z', '--due-within', '2000h', '--json'];
    const queue = JSON.parse(cli(args, jira).stdout) as { cases: { soonest: { clock: string } }[] };
    expect(queue.cases.map((c) => c.soonest.clock)).toEqual(['resolution']);
    const measured = JSON.parse(cli([...args, '--intentionally-empty', 'response'], jira).stdout) as { cases: { soonest: { clock: string } }[] };
    expect(measured.cases.map((c) => c.soonest.clock)).toEqual(['response']);
  });
});
