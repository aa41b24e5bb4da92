import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { helpDeskMonth } from './help-desk-golden.test.js';
import { cli } from './in-process.js';
import { slakit } from './spawn.js';

// --history FILE with --pause-status and --reopen-status: a status history joined into the cases as
// pauses and reopenings, in `compliance`, `cases` and `report`; its figures equal those of the same
// pauses written in the events column.

const CONTRACT = ['--contract', 'test/cli/fixtures/help-desk-contract.json', '--tz', 'America/New_York'];
const NOW = ['--now', '2026-11-02T12:00:00-05:00'];
const STATUSES = ['--pause-status', 'waiting-on-customer,on-hold', '--pause-status', 'waiting-on-third-party,Pending'];
const MAP = ['--map', 'Issue key=caseId,Changed=at,From status=from,To status=to'];

/** `2026-10-06 07:57` in New York; an instant in the repeated hour of 1 November is written with its offset. */
function newYork(iso: string): string {
  const ms = Date.parse(iso);
  if (ms >= Date.parse('2026-11-01T05:00:00Z') && ms < Date.parse('2026-11-01T06:00:00Z')) return iso;
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/New_York', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(ms);
  const get = (type: string): string => parts.find((p) => p.type === type)?.value as string;
  return `${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')}`;
}

/**
 * The help-desk month three ways: the cases with their pauses in the events column (each pause
 * with a reason: a pause without one becomes `Pending`), the cases without their pauses, and the
 * status history (rows in reverse order, times local to New York) those pauses leave, plus a case
 * the cases file does not have.
 */
function threeWays(count: number): { direct: string; cases: string; history: string } {
  const lines = helpDeskMonth(count).trimEnd().split('\n');
  const direct = [lines[0]];
  const cases = [lines[0]];
  const history = ['Issue key,Changed,From status,To status'];
  for (const line of lines.slice(1)) {
    const [id, severity, opened, events = ''] = line.split(',') as [string, string, string, string?];
    const own: string[] = [];
    const all: string[] = [];
    let status = 'Open';
    for (const event of events.split(';')) {
      const m = /^(paused|resumed)(?::([^@]+))?@(.+)$/.exec(event);
      if (m === null) {
        own.push(event);
        all.push(event);
        continue;
      }
      const [, type, reason = 'Pending', at] = m as unknown as [string, string, string | undefined, string];
      const to = type === 'paused' ? reason : 'In progress';
      history.push(`${id},${newYork(at)},${status},${to}`);
      status = to;
      all.push(type === 'paused' ? `paused:${reason}@${at}` : event);
    }
    direct.push(`${id},${severity},${opened},${all.join(';')}`);
    cases.push(`${id},${severity},${opened},${own.join(';')}`);
  }
  history.push('HD-999,2026-10-03 08:00,Open,waiting-on-customer');
  return { direct: `${direct.join('\n')}\n`, cases: `${cases.join('\n')}\n`, history: `${[history[0], ...history.slice(1).reverse()].join('\n')}\n` };
}

describe('--history: a status history joined into the cases', () => {
  const { direct, cases, history } = threeWays(60);
  const dir = mkdtempSync(join(tmpdir(), 'slakit-history-'));
  const historyFile = join(dir, 'history.csv');
  writeFileSync(historyFile, history);
  const HISTORY = ['--history', historyFile, ...STATUSES, ...MAP, '--input-tz', 'America/New_York'];

  it('the history has pauses to join', () => {
    expect(history.split('\n').length).toBeGreaterThan(40);
  });

  it('compliance: golden', async () => {
    const { code, stdout } = cli(['compliance', '-', ...CONTRACT, ...NOW, '--month', '2026-10', '--by', 'severity', ...HISTORY], cases);
    expect(code).toBe(0);
    await expect(stdout).toMatchFileSnapshot('golden/history-compliance.txt');
  });

  it.each([
    ['compliance', ['compliance', '-', ...CONTRACT, ...NOW, '--month', '2026-10', '--by', 'team', '--json']],
    ['cases', ['cases', '-', ...CONTRACT, ...NOW, '--json']],
    ['report', ['report', ...CONTRACT, ...NOW, '--month', '2026-10', '--cases', '-', '--format', 'json']],
  ])('%s: the figures equal those of the same pauses written in the events column', (_name, args) => {
    const fromHistory = cli([...args, ...HISTORY], cases);
    const written = cli(args, direct);
    expect(written.code).toBe(0);
    expect(fromHistory.code).toBe(0);
    expect(fromHistory.stdout).toBe(written.stdout);
    // Without the history the figures differ: the history is what moved them.
    expect(cli(args, cases).stdout).not.toBe(written.stdout);
  });

  it('a case id in the history but not in the cases file is said (and counted), never silently dropped; --strict refuses it', () => {
    const { code, stderr } = cli(['compliance', '-', ...CONTRACT, ...NOW, '--month', '2026-10', ...HISTORY], cases);
    expect(code).toBe(0);
    expect(stderr).toContain(`--history ${historyFile}: 1 case is not in the cases file (HD-999); 1 event of the history was not used`);
    const strict = cli(['compliance', '-', ...CONTRACT, ...NOW, '--month', '2026-10', ...HISTORY, '--strict'], cases);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain('--strict: --history');
  });

  it('a history that clashes with a case’s own pauses is a bad record naming the history row', () => {
    const { code, stderr } = cli(['compliance', '-', ...CONTRACT, ...NOW, '--month', '2026-10', ...HISTORY], direct);
    expect(code).toBe(1);
    expect(stderr).toMatch(/row \d+, column events: INVALID_CASE: the status history, row \d+: 'paused' comes while the case is already paused/);
  });

  it('a bad history row stops the run with the file, row and column', () => {
    writeFileSync(join(dir, 'bad.csv'), 'Issue key,Changed,From status,To status\nHD-001,soon,Open,on-hold\n');
    const { code, stderr } = cli(['compliance', '-', ...CONTRACT, ...NOW, '--month', '2026-10', ...HISTORY, '--history', join(dir, 'bad.csv')], cases);
    expect(code).toBe(1);
    expect(stderr).toContain(`--history ${join(dir, 'bad.csv')}: row 2, column Changed: INVALID_CASE:`);
  });

  it('history times without an offset need --input-tz', () => {
    const { code, stderr } = cli(['compliance', '-', ...CONTRACT, ...NOW, '--month', '2026-10', '--history', historyFile, ...STATUSES, ...MAP], cases);
    expect(code).toBe(1);
    expect(stderr).toContain('has no offset');
    expect(stderr).toContain('--input-tz');
  });

  it('usage: --pause-status without --history, --history without statuses, a --map column the history lacks, its missing columns', () => {
    expect(cli(['compliance', '-', ...CONTRACT, ...NOW, '--month', '2026-10', ...STATUSES], cases).stderr).toContain('--pause-status goes with --history FILE');
    expect(cli(['compliance', '-', ...CONTRACT, ...NOW, '--month', '2026-10', '--history', historyFile], cases).stderr).toContain('--history needs --pause-status');
    expect(cli(['compliance', '-', ...CONTRACT, ...NOW, '--month', '2026-10', '--history', historyFile, ...STATUSES, '--map', 'Key=caseId'], cases).stderr).toContain(`--map: 'Key' is not a column of --history ${historyFile}`);
    const missing = cli(['compliance', '-', ...CONTRACT, ...NOW, '--month', '2026-10', '--history', historyFile, ...STATUSES], cases);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('missing columns caseId, at, to');
    const both = cli(['compliance', '-', ...CONTRACT, ...NOW, '--month', '2026-10', '--history', historyFile, ...MAP, '--pause-status', 'on-hold', '--reopen-status', 'On-Hold'], cases);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('is also a pause status');
  });

  it('--jobs N: the same output, and the same unmatched cases said, for every N (the built command, small chunks)', () => {
    const big = threeWays(400);
    const casesFile = join(dir, 'cases-400.csv');
    const bigHistory = join(dir, 'history-400.csv');
    writeFileSync(casesFile, big.cases);
    writeFileSync(bigHistory, big.history);
    const args = ['compliance', casesFile, ...CONTRACT, ...NOW, '--month', '2026-10', '--by', 'team', '--history', bigHistory, ...STATUSES, ...MAP, '--input-tz', 'America/New_York'];
    const [one, three] = [1, 3].map((jobs) => slakit([...args, '--jobs', String(jobs)], undefined, { SLAKIT_CHUNK_CHARS: '4096' }));
    expect(one?.code).toBe(0);
    expect(one?.stderr).toContain('1 case is not in the cases file (HD-999)');
    expect(three?.stderr).toBe(one?.stderr);
    expect(three?.stdout).toBe(one?.stdout);
    expect(three?.stderr).toBe(one?.stderr);
  });
});
