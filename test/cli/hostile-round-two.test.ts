// Issue 22, "Hostile input, round two": the command line's defects, one regression test each.
import { existsSync, linkSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readFileChunks, run } from '../../src/cli/run.js';
import { csvCell } from '../../src/cli/table.js';
import { CsvReader, type CsvRecord, recordEnd } from '../../src/records/csv.js';
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

describe('issue 22: the CLI and readCsv read quotes one way', () => {
  // A stray quote inside an unquoted field, then, much later, a quoted line break.
  function monitorExport(rows: number): string {
    const lines = ['id,severity,openedAt,respondedAt,product'];
    for (let i = 0; i < rows; i++) {
      const product = i === 3 ? '12" monitor' : i === rows - 10 ? '"dock\nwith a line break"' : 'laptop';
      lines.push(`C-${i},${(i % 4) + 1},2026-10-${String((i % 28) + 1).padStart(2, '0')}T10:00:00Z,2026-10-${String((i % 28) + 1).padStart(2, '0')}T10:20:00Z,${product}`);
    }
    return `${lines.join('\n')}\n`;
  }

  it('a stray quote in an unquoted field (12" monitor) and a later quoted line break: readCsv and `cases` read all 40,000 rows', async () => {
    const text = monitorExport(40_000);
    expect(text.length).toBeGreaterThan(2 * (1 << 20)); // more than one chunk of the command
    const { readCsv } = await import('../../src/records/read-csv.js');
    const rows = [...readCsv(text)];
    expect(rows).toHaveLength(40_000);
    expect(rows[3]?.['product']).toBe('12" monitor');
    expect(rows[40_000 - 10]?.['product']).toBe('dock\nwith a line break');
    const run = cli(['cases', '-', ...UNIPHORE, '--tz', 'UTC', '--now', '2026-11-02T12:00:00Z', '--csv'], text);
    expect(run.stderr).not.toMatch(/not closed/);
    expect(run.code).toBe(0);
    expect(run.stdout.trimEnd().split('\n')).toHaveLength(1 + 40_000);
  });

  it('the command stays in bounded memory on a quote that is never closed: an error, not the whole file in one chunk', () => {
    let given = 0;
    const body = `C-1,1,2026-10-01T10:00:00Z,2026-10-01T10:20:00Z\n`.repeat(20_000);
    const result = (() => {
      let stdout = '';
      let stderr = '';
      const code = run(['cases', '-', ...UNIPHORE, '--tz', 'UTC', '--now', '2026-11-02T12:00:00Z'], {
        out: (t) => {
          stdout += t;
        },
        err: (t) => {
          stderr += t;
        },
        // An endless file: the header, a field that opens a quote, then records forever.
        *open(path) {
          if (path !== '-') {
            yield* readFileChunks(path);
            return;
          }
          yield new TextEncoder().encode('id,severity,openedAt,respondedAt\nC-0,1,"2026-10-01T10:00:00Z\n');
          const chunk = new TextEncoder().encode(body);
          for (;;) {
            given += chunk.length;
            if (given > 200 * (1 << 20)) throw new Error('read on without bound');
            yield chunk;
          }
        },
      });
      return { code, stdout, stderr };
    })();
    expect(result.stderr).toMatch(/record longer than 16,777,216 characters; a quoted field is probably not closed/);
    expect(result.code).toBe(1);
    expect(given).toBeLessThan(40 * (1 << 20));
  });

  it('a CSV error found after output was written says the output is partial', () => {
    const good = monitorExport(60_000).replace('12" monitor', 'x'); // more than one chunk
    const run = cli(['cases', '-', ...UNIPHORE, '--tz', 'UTC', '--now', '2026-11-02T12:00:00Z'], `${good}C-x,1,"2026-10-01T10:00:00Z,x,y\n`);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/C-1 /);
    expect(run.stderr).toMatch(/found after output was written \(the output above is partial/);
  });
});

describe('issue 22: recordEnd (the chunk splitter) reads quotes as CsvReader does', () => {
  const read = (chunks: readonly string[], delimiter: string): CsvRecord[] | string => {
    const out: CsvRecord[] = [];
    try {
      const reader = new CsvReader(delimiter);
      for (const chunk of chunks) reader.push(chunk, (r) => out.push(r));
      reader.end((r) => out.push(r));
      return out;
    } catch (error) {
      return (error as Error).message.replace(/row \d+, /, '');
    }
  };
  const token = fc.constantFrom('a', ' ', '"', '""', ',', ';', '\n', '\r\n', '\r', '12" monitor', '"x\ny"');
  const text = fc.array(token, { maxLength: 30 }).map((t) => t.join(''));

  it('cutting a text at the record ends recordEnd finds gives the records CsvReader reads from the whole text, rows included', () => {
    fc.assert(
      fc.property(text, fc.constantFrom(',', ';'), (csv, delimiter) => {
        const whole = read([csv], delimiter);
        // Cut as the command does: the whole records before the last record end, then the rest.
        const chunks: { text: string; firstRow: number }[] = [];
        let rest = csv;
        let row = 1;
        for (;;) {
          const { end, lines } = recordEnd(rest, delimiter);
          if (end === 0 || end === rest.length) break;
          const half = recordEnd(rest.slice(0, Math.max(1, end >> 1)), delimiter);
          const cut = half.end > 0 ? half : { end, lines };
          chunks.push({ text: rest.slice(0, cut.end), firstRow: row });
          row += cut.lines;
          rest = rest.slice(cut.end);
        }
        chunks.push({ text: rest, firstRow: row });
        const pieces: CsvRecord[] = [];
        let failed: string | undefined;
        for (const chunk of chunks) {
          try {
            const reader = new CsvReader(delimiter, chunk.firstRow);
            reader.push(chunk.text, (r) => pieces.push(r));
            reader.end((r) => pieces.push(r));
          } catch (error) {
            failed = (error as Error).message.replace(/row \d+, /, '');
            break;
          }
        }
        if (typeof whole === 'string') expect(failed).toBe(whole);
        else {
          expect(failed).toBeUndefined();
          expect(pieces).toEqual(whole);
        }
      }),
      { seed: 22, numRuns: 2000 },
    );
  });

  it('a quote inside an unquoted field does not open a quoted field; one at a field start does', () => {
    expect(recordEnd('12" monitor,a\nb\n', ',')).toEqual({ end: 16, lines: 2 });
    expect(recordEnd('x,"a\nb"\nc', ',')).toEqual({ end: 8, lines: 2 });
    expect(recordEnd('x;"a\nb', ',')).toEqual({ end: 5, lines: 1 }); // with ',' the quote is inside a field
    expect(recordEnd('"a""\nb"\r\n', ',')).toEqual({ end: 9, lines: 2 });
    expect(recordEnd('\n\r\nh\nx\n', ',', true)).toEqual({ end: 5, lines: 3 });
    expect(recordEnd('a\r', ',')).toEqual({ end: 0, lines: 0 }); // maybe half of a CRLF
  });
});
