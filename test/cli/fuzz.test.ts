// Fuzzing the command line (issue 15): malformed CSV and JSON in any encoding go through `cases`,
// `compliance` and `availability` in this process. Every run must end with exit code 0, 1 (bad
// data) or 2 (bad usage); a failure names its row and column, JSON item and field, line, or the
// file's encoding, in the command's words; no stack trace and no internal error, ever.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cli, type CliRun } from './in-process.js';

const SEED = 1512; // fixed: a failure prints it with the path to replay
const RUNS = 500;

const COMMANDS: readonly (readonly string[])[] = [
  ['cases', '-', '--contract', 'uniphore', '--params', 'test/cli/fixtures/uniphore-params.json', '--tz', 'America/New_York', '--now', '2026-12-01T00:00:00Z'],
  ['compliance', '-', '--contract', 'uniphore', '--params', 'test/cli/fixtures/uniphore-params.json', '--tz', 'Europe/London', '--month', '2026-10', '--by', 'month', '--now', '2026-12-01T00:00:00Z'],
  ['availability', '-', '--month', '2026-10', '--contract', 'uniphore', '--as-of', '2026-10-20T00:00:00Z', '--segments'],
  ['availability', '-', '--month', '2026-10', '--contract', 'nice-cloud', '--environment', 'production', '--maintenance', 'test/cli/fixtures/uniphore-windows.json', '--csv'],
];

const COLUMNS = ['id', 'severity', 'openedAt', 'respondedAt', 'closedAt', 'events', 'timeZone', 'start', 'end', 'cause', 'customer', '', ' id '];

const CELLS = fc.oneof(
  fc.constantFrom(
    '',
    '1',
    '5',
    'high',
    '2026-10-01T10:00:00Z',
    '2026-10-03T10:00:00-04:00',
    '2026-10-01 10:00',
    '2026-02-30T00:00:00Z',
    '+275760-09-13T00:00:00Z',
    'unplanned',
    'scheduled-maintenance',
    'gremlins',
    'paused@2026-10-02T10:00:00Z;resumed@2026-10-01T10:00:00Z',
    'severity-changed:9@2026-10-02T10:00:00Z',
    'America/New_York',
    'Mars/Olympus',
    '=HYPERLINK("http://x")',
    '@SUM(A1)',
    '-2+3',
    '\u0000',
    '\u001b]0;title\u0007',
    '"',
    '"unbalanced',
    'a"b',
    '""',
    'x'.repeat(5000),
  ),
  fc.string({ maxLength: 20 }),
);

const csvText = fc
  .record({
    header: fc.array(fc.constantFrom(...COLUMNS), { minLength: 1, maxLength: 7 }),
    rows: fc.array(fc.array(CELLS, { maxLength: 8 }), { maxLength: 6 }),
    delimiter: fc.constantFrom(',', ';', '\t'),
    quote: fc.boolean(),
    eol: fc.constantFrom('\n', '\r\n', '\r'),
  })
  .map(({ header, rows, delimiter, quote, eol }) => {
    const cell = (c: string): string => (quote ? `"${c.replace(/"/g, '""')}"` : c);
    return [header, ...rows].map((r) => r.map(cell).join(delimiter)).join(eol);
  });

const record = fc.dictionary(fc.constantFrom(...COLUMNS, 'events', '__proto__', 'constructor'), fc.oneof(CELLS, fc.jsonValue({ maxDepth: 2 })), { maxKeys: 6 });
const jsonText = fc.oneof(
  fc.array(record, { maxLength: 5 }).map((r) => JSON.stringify(r)),
  fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
  fc.tuple(fc.array(record, { minLength: 1, maxLength: 3 }), fc.nat()).map(([r, cut]) => {
    const text = JSON.stringify(r);
    return text.slice(0, cut % text.length); // truncated
  }),
  fc.constantFrom('[', '[{]', '[{"severity": 1,}]', '[1, 2', '[{"openedAt": "\u0000"}]', '\u0000[]'),
);

type Encoding = 'utf8' | 'utf8-bom' | 'utf16le' | 'utf16be' | 'latin1' | 'garbage';
function encode(text: string, encoding: Encoding, garbage: number): Uint8Array {
  if (encoding === 'utf8') return Buffer.from(text, 'utf8');
  if (encoding === 'utf8-bom') return Buffer.from(`\ufeff${text}`, 'utf8');
  if (encoding === 'latin1') return Buffer.from(`${text}\u00e9`, 'latin1');
  if (encoding === 'garbage') {
    const bytes = Buffer.from(text, 'utf8');
    return Buffer.concat([bytes.subarray(0, garbage % (bytes.length + 1)), Buffer.from([0xff, 0xc3, 0x28, 0x80]), bytes.subarray(garbage % (bytes.length + 1))]);
  }
  const bytes = Buffer.from(`\ufeff${text}`, 'utf16le');
  if (encoding === 'utf16be') bytes.swap16();
  return bytes;
}

/** What every run must satisfy. */
function checkRun(result: CliRun): void {
  expect([0, 1, 2]).toContain(result.code);
  expect(result.stderr).not.toMatch(/\n\s+at .*:\d+:\d+/); // a stack trace
  expect(result.stderr).not.toContain('internal error');
  if (result.code === 1) {
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/row \d+|item \d+|line \d+, column \d+|is UTF-(16|32)|is not UTF-8|is empty|JSON array/);
  }
  if (result.code === 2) expect(result.stderr).toMatch(/--[a-z]/);
}

describe('the command line under fuzzing', () => {
  it('malformed CSV, in any encoding', () => {
    fc.assert(
      fc.property(fc.constantFrom(...COMMANDS), csvText, fc.constantFrom<Encoding>('utf8', 'utf8', 'utf8', 'utf8-bom', 'utf16le', 'utf16be', 'latin1', 'garbage'), fc.nat(), (args, text, encoding, garbage) => {
        checkRun(cli(args, encode(text, encoding, garbage)));
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('malformed JSON', () => {
    fc.assert(
      fc.property(fc.constantFrom(...COMMANDS), jsonText, (args, text) => {
        checkRun(cli(args, text));
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('a 10 MB line', () => {
    for (const args of COMMANDS) {
      checkRun(cli(args, `id,severity,openedAt,start,end,cause\n${'x'.repeat(10_000_000)}\n`));
      checkRun(cli(args, `id,severity,openedAt,start,end,cause\n"${'x'.repeat(10_000_000)}`));
    }
  });

  it('missing and duplicate columns are named', () => {
    expect(cli(COMMANDS[0] as string[], 'id,openedAt\n1,2026-10-01T10:00:00Z\n').stderr).toContain('row 1: missing column severity');
    expect(cli(COMMANDS[2] as string[], 'start,end,cause,end\n').stderr).toContain("row 1, column 4: the column 'end' appears twice");
  });
});
