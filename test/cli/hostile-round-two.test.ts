// Issue 22, "Hostile input, round two": the command line's defects, one regression test each.
import { existsSync, linkSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvCell } from '../../src/cli/table.js';
import { cli } from './in-process.js';

const CASES = 'examples/data/cases-2026-10.csv';
const UNIPHORE = ['--contract', 'uniphore', '--params', 'test/cli/fixtures/uniphore-params.json'];

function scratch(): string {
  return mkdtempSync(join(tmpdir(), 'slakit-hostile-'));
}

describe('issue 22: --out that is one of the inputs is refused (data loss)', () => {
  const reportArgs = (cases: string, out: string): string[] => ['report', ...UNIPHORE, '--month', '2026-10', '--tz', 'America/New_York', '--cases', cases, '--now', '2026-11-02T12:00:00Z', '--out', out];

  it('report --cases mine.csv --out mine.csv: exit 2, the export untouched', () => {
    const dir = scratch();
    const mine = join(dir, 'mine.csv');
    const text = readFileSync(CASES, 'utf8');
    writeFileSync(mine, text);
    const run = cli(reportArgs(mine, mine));
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--out .*is the input file/);
    expect(readFileSync(mine, 'utf8')).toBe(text);
  });

  it('the same file by another name (./, a hard link, a symbolic link) is refused too', () => {
    const dir = scratch();
    const mine = join(dir, 'mine.csv');
    const text = readFileSync(CASES, 'utf8');
    writeFileSync(mine, text);
    linkSync(mine, join(dir, 'hard.csv'));
    symlinkSync(mine, join(dir, 'soft.csv'));
    for (const out of [join(dir, '.', 'mine.csv'), join(dir, 'hard.csv'), join(dir, 'soft.csv')]) {
      const run = cli(reportArgs(mine, out));
      expect(run.code, out).toBe(2);
      expect(readFileSync(mine, 'utf8')).toBe(text);
    }
  });

  it('windows --contract c.json --ics --out c.json: exit 2, the contract untouched', () => {
    const dir = scratch();
    const contract = join(dir, 'c.json');
    const text = readFileSync('examples/contracts/northwind-cloud.json', 'utf8');
    writeFileSync(contract, text);
    const run = cli(['windows', '--contract', contract, '--from', '2026-11-01', '--weeks', '1', '--ics', '--now', '2026-10-30T12:00:00Z', '--out', contract]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/is the input file/);
    expect(readFileSync(contract, 'utf8')).toBe(text);
  });

  it('an output file that is not an input is written whole through a temporary file renamed into place', () => {
    const dir = scratch();
    const out = join(dir, 'feed.ics');
    writeFileSync(out, 'old');
    const run = cli(['windows', '--contract', 'examples/contracts/northwind-cloud.json', '--from', '2026-11-01', '--weeks', '1', '--ics', '--now', '2026-10-30T12:00:00Z', '--out', out]);
    expect(run.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/^BEGIN:VCALENDAR/);
    expect(readdirSync(dir)).toEqual(['feed.ics']); // no temporary file left behind
  });

  it('a write that fails leaves no temporary file and says so (exit 2)', () => {
    const dir = scratch();
    const out = join(dir, 'missing-folder', 'feed.ics');
    const run = cli(['windows', '--contract', 'examples/contracts/northwind-cloud.json', '--from', '2026-11-01', '--weeks', '1', '--ics', '--out', out]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/cannot write/);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('issue 22: flags that do nothing are usage errors', () => {
  it.each([
    [['--out', 'x.ics']],
    [['--now', '2026-10-30T12:00:00Z']],
  ])('windows %j without --ics is refused', (extra) => {
    const run = cli(['windows', ...UNIPHORE, '--from', '2026-10-19', '--weeks', '1', ...extra]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/only works with --ics/);
  });

  it('renewal --reminder-days without --ics is refused', () => {
    const run = cli(['renewal', '--fee', '100.00', '--cpi', '3%', '--years', '2', '--start', '2026-03-15', '--reminder-days', '30']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--reminder-days only works with --ics/);
  });
});

describe('issue 22: --csv escapes control characters from case ids as the table does', () => {
  it('ESC and BEL in a case id are written as \\x1B and \\x07', () => {
    const csv = `id,severity,openedAt,respondedAt\nC\u001b[31m\u0007-1,2,2026-10-05T10:00:00Z,2026-10-05T10:30:00Z\n`;
    const run = cli(['cases', '-', ...UNIPHORE, '--tz', 'UTC', '--now', '2026-11-02T12:00:00Z', '--csv'], csv);
    expect(run.code).toBe(0);
    expect(run.stdout).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/);
    expect(run.stdout).toContain('C\\x1B[31m\\x07-1');
  });

  it('csvCell escapes C0/C1 controls, DEL and bidi overrides; tab, CR and LF stay quoted data', () => {
    expect(['a\u001bb', 'a\u007f', 'a\u202eb', 'a\u0000', 'x\ny', 'x\ty'].map(csvCell)).toEqual(['a\\x1Bb', 'a\\x7F', 'a\\u202Eb', 'a\\x00', '"x\ny"', 'x\ty']);
  });
});
