// The lean reader of `slakit compliance` (src/cli/lean-cases.ts: rows straight into the clocks)
// against the general path (readCases, then complianceReport): generated case files with pauses,
// reasons, reopenings, severity changes, several zones, DST, local times, missing columns and
// bad rows of every kind, under several contracts and options, in small chunks. The output must
// be the same to the byte: stdout, stderr (errors at the same rows) and the exit code. Where the
// lean reader does not take an option, it leaves the file to the general path.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { leanReader } from '../../src/cli/lean-cases.js';
import { EXPORT_FIXTURES, EXPORTS_CONTRACT, EXPORTS_DIR, exportArgs } from './export-fixtures.js';
import { run } from '../../src/cli/run.js';

const dir = mkdtempSync(join(tmpdir(), 'slakit-lean-'));
let files = 0;
const file = (text: string, ext = 'csv'): string => {
  const path = join(dir, `f${files++}.${ext}`);
  writeFileSync(path, text);
  return path;
};

/** `slakit …args` in this process, the input read in pieces of `piece` bytes (a chunk of whole records each). */
function cli(args: readonly string[], piece: number): { code: number; stdout: string; stderr: string } {
  let stdout = '';
  let stderr = '';
  const code = run(args, {
    out: (text) => (stdout += `${text}\n`),
    err: (text) => (stderr += `${text}\n`),
    open: function* (path) {
      const bytes = readFileSync(path);
      for (let at = 0; at < bytes.length; at += piece) yield bytes.subarray(at, at + piece);
    },
  });
  return { code, stdout, stderr };
}

/**
 * `slakit …args` with the lean reader on and off, and how many chunks it counted and gave back and
 * how many texts its cell scanner read. The lean reader is run again with lines cut by `indexOf`
 * alone (no cell scanner): that output must be the lean reader's, to the byte.
 */
function both(args: readonly string[], piece = 700): { lean: ReturnType<typeof cli>; general: ReturnType<typeof cli>; counted: number; replayed: number; scanned: number } {
  process.env['SLAKIT_CHUNK_CHARS'] = '1024';
  try {
    const before = { ...leanReader };
    const lean = cli(args, piece);
    const counted = leanReader.counted - before.counted;
    const replayed = leanReader.replayed - before.replayed;
    const scanned = leanReader.scanned - before.scanned;
    leanReader.scan = false;
    const unscanned = cli(args, piece);
    expect(unscanned, 'the lean reader without its cell scanner').toEqual(lean);
    leanReader.enabled = false;
    const general = cli(args, piece);
    return { lean, general, counted, replayed, scanned };
  } finally {
    leanReader.enabled = true;
    leanReader.scan = true;
    delete process.env['SLAKIT_CHUNK_CHARS'];
  }
}

afterEach(() => {
  leanReader.enabled = true;
  leanReader.scan = true;
});

const iso = (ms: number): string => new Date(ms).toISOString();
const OCT = Date.UTC(2026, 9, 1);
const MINUTE = 60_000;

/** One row's cells; `odd` adds every kind of odd value: bad, local, misspelt, out of range. */
const rowOf = (odd: boolean) =>
  fc.record({
    severity: odd ? fc.constantFrom('1', 'P1', 'Sev 2', ' 3 ', 'critical', '9', '', 'X', '0') : fc.constantFrom('1', '2', '3', '4'),
    // Minutes after 28 September: openings on both sides of October, DST ends (London 25 Oct, New York 1 Nov).
    opened: fc.integer({ min: 0, max: 35 * 1440 }),
    form: odd ? fc.constantFrom('z', 'offset', 'fraction', 'local', 'bad', 'empty', 'future', 'padded') : fc.constantFrom('z', 'z', 'offset', 'fraction'),
    responded: fc.option(fc.integer({ min: odd ? -30 : 1, max: 6000 }), { nil: undefined, freq: 4 }),
    notice: fc.option(fc.integer({ min: 1, max: 20_000 }), { nil: undefined, freq: 2 }),
    closed: fc.option(fc.integer({ min: 1, max: 30_000 }), { nil: undefined, freq: 1 }),
    events: fc.array(
      fc.tuple(
        odd ? fc.constantFrom('pause', 'lone-resume', 'bogus', 'no-instant', 'spaced', 'bad-level', 'empty-item', 'long-reason', 'before-opening', 'local') : fc.constantFrom('pause', 'reasoned-pause', 'reopen', 'severity', 'message', 'assign', 'update'),
        fc.integer({ min: 1, max: 4000 }),
        fc.integer({ min: 1, max: 3000 }),
      ),
      { maxLength: odd ? 2 : 3 },
    ),
    zone: odd ? fc.constantFrom('', 'Mars/Base', 'europe/london', 'UTC', 'Australia/Lord_Howe') : fc.constantFrom('', 'Europe/London', 'Asia/Kolkata', 'America/New_York'),
    customer: fc.constantFrom('', 'acme', 'globex', 'initech'),
    holidays: odd ? fc.constantFrom('', 'US-NY', 'GB-ENG', 'XX-NOWHERE') : fc.constant(''),
  });
const rowArb = rowOf(false);
/** Rows every reader takes: one event at most, no closing (an event after it would be refused). */
const goodArb = rowArb.map((r) => ({ ...r, closed: undefined, events: r.events.slice(0, 1) }));
/** A file's rows: all clean, one odd row in about 60, or one in 4. */
const rowsArb = fc.constantFrom(0, 60, 4).chain((every) => {
  const clean = fc.oneof(goodArb, rowArb);
  return fc.array(every === 0 ? clean : fc.oneof({ weight: every - 1, arbitrary: clean }, { weight: 1, arbitrary: rowOf(true) }), { maxLength: 150 });
});
type Row = typeof rowArb extends fc.Arbitrary<infer T> ? T : never;

const COLUMNS = ['id', 'severity', 'openedAt', 'respondedAt', 'resolutionNoticeAt', 'closedAt', 'events', 'timeZone', 'customer', 'holidays'] as const;

/** A local time `YYYY-MM-DD HH:MM` of an instant (as written in UTC: read in --input-tz or the row's zone). */
const local = (ms: number): string => iso(ms).slice(0, 16).replace('T', ' ');

function cells(row: Row, i: number): Record<(typeof COLUMNS)[number], string> {
  const opened = OCT - 3 * 1440 * MINUTE + row.opened * MINUTE;
  const at = (minutes: number): string => iso(opened + minutes * MINUTE);
  const openedText = { z: iso(opened), offset: iso(opened + 19_800_000).slice(0, 19) + '+05:30', fraction: iso(opened + 123), local: local(opened), bad: '2026-13-01T00:00:00Z', empty: '', future: '2027-06-01T00:00:00Z', padded: ` ${iso(opened)} ` }[row.form];
  const events = row.events.map(([kind, a, b]) => {
    switch (kind) {
      case 'pause':
        return `paused@${at(a)};resumed@${at(a + b)}`;
      case 'reasoned-pause':
        return `paused:waiting-on-customer@${at(a)};resumed@${at(a + b)}`;
      case 'reopen':
        return `resolution-notice@${at(a)};reopened@${at(a + b)}`;
      case 'severity':
        return `severity-changed:${1 + (b % 4)}@${at(a)}`;
      case 'message':
        return `customer-message@${at(a)}`;
      case 'assign':
        return `assigned:L${1 + (b % 2)}@${at(a)}`;
      case 'update':
        return `updated@${at(a)}`;
      case 'lone-resume':
        return `resumed@${at(a)}`;
      case 'bogus':
        return `escalated@${at(a)}`;
      case 'no-instant':
        return 'paused@';
      case 'spaced':
        return ` updated@ ${at(a)} `;
      case 'bad-level':
        return `severity-changed:P9@${at(a)}`;
      case 'empty-item':
        return `updated@${at(a)};;`;
      case 'long-reason':
        return `paused:${'x'.repeat(101)}@${at(a)};resumed@${at(a + b)}`;
      case 'before-opening':
        return `updated@${at(-a)}`;
      default:
        return `updated@${local(opened + a * MINUTE)}`;
    }
  });
  return {
    id: `C-${i}`,
    severity: row.severity,
    openedAt: openedText,
    respondedAt: row.responded === undefined ? '' : at(row.responded),
    resolutionNoticeAt: row.notice === undefined ? '' : at(row.notice),
    closedAt: row.closed === undefined ? '' : at(row.closed),
    events: events.join(';'),
    timeZone: row.zone,
    customer: row.customer,
    holidays: row.holidays,
  };
}

/** How a file's lines end: LF, CRLF, no line feed after the last, or blank lines between rows. */
type Endings = 'lf' | 'crlf' | 'no-final-lf' | 'blank-lines';

/** The case file of `rows`, with the columns given (their names as `names` maps them). */
function caseFile(rows: readonly Row[], columns: readonly string[], names: Record<string, string> = {}, endings: Endings = 'lf'): string {
  const lines = [columns.map((c) => names[c] ?? c).join(',')];
  rows.forEach((row, i) => {
    const c = cells(row, i) as Record<string, string>;
    lines.push(columns.map((name) => c[name] ?? '').join(','));
    if (endings === 'blank-lines' && i % 7 === 3) lines.push('');
  });
  if (endings === 'crlf') return file(`${lines.join('\r\n')}\r\n`);
  return file(endings === 'no-final-lf' ? lines.join('\n') : `${lines.join('\n')}\n`);
}

const CONTRACTS: Record<string, string[]> = {
  uniphore: ['--contract', 'uniphore', '--params', 'test/cli/fixtures/uniphore-params.json'],
  helpDesk: ['--contract', 'test/cli/fixtures/help-desk-contract.json'],
  northwind: ['--contract', 'examples/contracts/northwind-cloud.json'],
  niceOnPremise: ['--contract', 'nice-on-premise'],
};

const optionsArb = fc.record({
  contract: fc.constantFrom(...Object.keys(CONTRACTS)),
  by: fc.constantFrom(undefined, 'severity', 'customer', 'month', 'team'),
  json: fc.boolean(),
  skip: fc.boolean(),
  inputTz: fc.constantFrom(undefined, 'America/New_York'),
  tz: fc.constantFrom('America/New_York', 'Europe/London', 'America/New_York', undefined),
  now: fc.constantFrom('2026-11-02T12:00:00Z', '2026-11-02T12:00:00Z', '2026-10-15T00:00:00Z'),
  drop: fc.constantFrom(undefined, 'respondedAt', 'timeZone', 'customer', 'events', 'severity'),
  rename: fc.boolean(),
  endings: fc.constantFrom<Endings>('lf', 'lf', 'crlf', 'no-final-lf', 'blank-lines'),
});

function argsOf(path: string, o: typeof optionsArb extends fc.Arbitrary<infer T> ? T : never): string[] {
  return [
    'compliance',
    path,
    ...(CONTRACTS[o.contract] as string[]),
    ...(o.tz === undefined ? [] : ['--tz', o.tz]),
    '--now',
    o.now,
    ...(o.by === 'month' ? [] : ['--month', '2026-10']),
    ...(o.by === undefined ? [] : ['--by', o.by]),
    ...(o.json ? ['--json'] : []),
    ...(o.skip ? ['--skip-bad-rows'] : []),
    ...(o.inputTz === undefined ? [] : ['--input-tz', o.inputTz]),
    ...(o.rename ? ['--map', 'created=openedAt,prio=severity'] : []),
  ];
}

describe('the lean reader of compliance gives what the general path gives, to the byte', () => {
  it('generated files of mostly clean rows with odd rows, missing columns and renamed ones, under four contracts and the options: same stdout, stderr and exit code', () => {
    let counted = 0;
    let replayed = 0;
    fc.assert(
      fc.property(rowsArb, optionsArb, (rows, o) => {
        const columns = COLUMNS.filter((c) => c !== o.drop);
        const path = caseFile(rows, columns, o.rename ? { openedAt: 'created', severity: 'prio' } : {}, o.endings);
        const run = both(argsOf(path, o));
        counted += run.counted;
        replayed += run.replayed;
        expect(run.lean).toEqual(run.general);
      }),
      { numRuns: Number(process.env['LEAN_RUNS'] ?? 200) },
    );
    // Both ways were taken: chunks counted lean, and chunks given back to the general path (about 40–65 counted per 200 runs).
    expect(counted).toBeGreaterThan(20);
    expect(replayed).toBeGreaterThan(20);
  });

  it('a clean file of many chunks is counted lean in every chunk, with the same table', () => {
    const rows = fc.sample(goodArb, { numRuns: 400, seed: 7 });
    const path = caseFile(rows, COLUMNS);
    const run = both(['compliance', path, ...(CONTRACTS['uniphore'] as string[]), '--tz', 'America/New_York', '--now', '2026-11-02T12:00:00Z', '--month', '2026-10', '--by', 'severity']);
    expect(run.lean).toEqual(run.general);
    expect(run.lean.stderr).toBe('');
    expect(run.lean.code).toBe(0);
    expect(run.replayed).toBe(0);
    expect(run.counted).toBeGreaterThan(10);
    expect(run.scanned).toBeGreaterThanOrEqual(run.counted);
  });

  it('blank lines, CRLF and a last line without a line feed: the same table, and row numbers in messages, in many chunks', () => {
    const good = fc.sample(goodArb, { numRuns: 300, seed: 11 });
    for (const endings of ['blank-lines', 'crlf', 'no-final-lf'] as const) {
      const rows: Row[] = [...good, { ...(good[0] as Row), severity: 'X' }];
      const path = caseFile(rows, COLUMNS, {}, endings);
      const run = both(['compliance', path, ...(CONTRACTS['uniphore'] as string[]), '--tz', 'America/New_York', '--now', '2026-11-02T12:00:00Z', '--month', '2026-10', '--skip-bad-rows']);
      expect(run.lean, endings).toEqual(run.general);
      expect(run.lean.stderr, endings).toContain(`row ${endings === 'blank-lines' ? 302 + 43 : 302}`);
    }
  });

  it('a row of a cell too many or too few, and text past ASCII: the same output, those texts cut by indexOf and the others by the cell scanner', () => {
    const good = fc.sample(goodArb, { numRuns: 300, seed: 13 });
    const lines = readFileSync(caseFile(good, COLUMNS), 'utf8').split('\n');
    // Every 30th row names a customer past ASCII (Ĭ is U+012C, whose low byte is a comma).
    for (let i = 30; i < lines.length - 1; i += 30) {
      lines[i] = (lines[i] as string)
        .split(',')
        .map((cell, c) => (COLUMNS[c] === 'customer' ? 'Ĭstanbul Łódź' : cell))
        .join(',');
    }
    const args = (path: string): string[] => ['compliance', path, ...(CONTRACTS['uniphore'] as string[]), '--tz', 'America/New_York', '--now', '2026-11-02T12:00:00Z', '--month', '2026-10', '--by', 'customer'];
    const clean = both(args(file(lines.join('\n'))));
    expect(clean.lean).toEqual(clean.general);
    expect(clean.lean.stdout).toContain('Ĭstanbul Łódź');
    expect(clean.replayed).toBe(0);
    expect(clean.scanned).toBeGreaterThan(10);
    // The first and the last cell of a line read: severity first, openedAt last.
    const ends = both(args(caseFile(good, ['severity', ...COLUMNS.filter((c) => c !== 'severity' && c !== 'openedAt'), 'openedAt'])));
    expect(ends.lean).toEqual(ends.general);
    expect(ends.lean.stdout).toBe(cli(args(caseFile(good, COLUMNS)), 700).stdout);
    expect(ends.replayed).toBe(0);
    expect(ends.scanned).toBeGreaterThan(10);
    // Row 200 with a cell too many, or one too few: the file is refused at that row.
    for (const [row, fields] of [[`${lines[199] as string},extra`, 11], [(lines[199] as string).slice(0, (lines[199] as string).lastIndexOf(',')), 9]] as const) {
      const run = both(args(file([...lines.slice(0, 199), row, ...lines.slice(200)].join('\n'))));
      expect(run.lean).toEqual(run.general);
      expect(run.lean.stderr).toContain(`row 200: has ${fields} fields; the header has 10`);
      expect(run.replayed).toBe(1);
    }
  });

  it('a bad row in a later chunk: the same message at the same row, the chunks before it counted lean', () => {
    const good = fc.sample(goodArb, { numRuns: 200, seed: 3 });
    const rows: Row[] = [...good, { ...(good[0] as Row), severity: 'X' }, ...good.slice(0, 20)];
    const path = caseFile(rows, COLUMNS);
    const run = both(['compliance', path, ...(CONTRACTS['uniphore'] as string[]), '--tz', 'America/New_York', '--now', '2026-11-02T12:00:00Z', '--month', '2026-10']);
    expect(run.lean).toEqual(run.general);
    expect(run.lean.code).toBe(1);
    expect(run.lean.stderr).toContain("row 202, column severity: INVALID_CASE: 'X' is not a severity level");
    expect(run.counted).toBeGreaterThan(5);
    expect(run.replayed).toBe(1);
  });

  it('a chunk given back in the middle of the file: the chunks after it are counted lean again, each from zero (one row loop serves the run)', () => {
    const good = fc.sample(goodArb, { numRuns: 300, seed: 5 });
    // A row the lean reader gives back (a blank severity), skipped by the general reader, between two runs of clean chunks.
    const rows: Row[] = [...good.slice(0, 150), { ...(good[0] as Row), severity: '' }, ...good.slice(150)];
    const path = caseFile(rows, COLUMNS);
    const run = both(['compliance', path, ...(CONTRACTS['uniphore'] as string[]), '--tz', 'America/New_York', '--now', '2026-11-02T12:00:00Z', '--month', '2026-10', '--by', 'severity', '--skip-bad-rows', '--json']);
    expect(run.lean).toEqual(run.general);
    expect(run.replayed).toBe(1);
    expect(run.counted).toBeGreaterThan(10);
    expect((JSON.parse(run.lean.stdout) as { total: number }).total).toBeGreaterThan(0);
  });

  it('a record with a quote is read by the general reader of the split records, replayed from the chunk’s first record', () => {
    const path = file('id,severity,openedAt,respondedAt,events\nQ-1,1,2026-10-05T10:00:00Z,2026-10-05T10:20:00Z,"paused@2026-10-05T10:01:00Z;resumed@2026-10-05T10:05:00Z"\nQ-2,9,2026-10-05T10:00:00Z,,\nQ-3,2,2026-10-06T10:00:00Z,,\n');
    const run = both(['compliance', path, ...(CONTRACTS['uniphore'] as string[]), '--tz', 'UTC', '--now', '2026-11-02T12:00:00Z', '--month', '2026-10', '--skip-bad-rows']);
    expect(run.lean).toEqual(run.general);
    expect(run.lean.stderr).toContain('skipped row 3, column severity');
    expect(run.replayed).toBe(1);
  });
});

describe('where the lean reader does not take an option, the general path reads the file', () => {
  const cases = 'id,severity,openedAt,respondedAt,customer\nA-1,1,2026-10-05T10:00:00Z,2026-10-05T10:20:00Z,acme\nA-2,2,2026-10-06T10:00:00Z,2026-10-06T15:00:00Z,globex\n';
  it.each([
    ['--end-pauses-at-message', ['--end-pauses-at-message']],
    ['--customers', ['--customers', 'DIRECTORY']],
    ['--history', ['--history', 'HISTORY']],
    ['several --contract', ['--contract', 'test/cli/fixtures/help-desk-contract.json']],
  ])('%s: no chunk is counted lean, and the output is the general path’s', (_name, extra) => {
    const directory = file('customer,timeZone,holidays\nacme,Europe/London,\nglobex,Asia/Kolkata,\n');
    const history = file('id,time,from,to\nA-1,2026-10-05T10:05:00Z,Open,Pending\nA-1,2026-10-05T10:10:00Z,Pending,Open\n');
    const args = ['compliance', file(cases), '--contract', 'test/cli/fixtures/help-desk-contract.json', '--tz', 'UTC', '--now', '2026-11-02T12:00:00Z', '--month', '2026-10', ...extra.map((a) => (a === 'DIRECTORY' ? directory : a === 'HISTORY' ? history : a))];
    const run = both(args);
    expect(run.lean).toEqual(run.general);
    expect(run.counted).toBe(0);
  });

  it('a contract with support plans and a JSON file: no chunk is counted lean', () => {
    const larkspur = both(['compliance', 'examples/contracts/larkspur-cases-2026-10.csv', '--contract', 'examples/contracts/larkspur-saas.json', '--tz', 'America/New_York', '--now', '2026-11-02T12:00:00Z', '--month', '2026-10']);
    expect(larkspur.lean).toEqual(larkspur.general);
    expect(larkspur.counted).toBe(0);
    const json = both(['compliance', 'test/cli/fixtures/cases.json', ...(CONTRACTS['uniphore'] as string[]), '--tz', 'America/New_York', '--now', '2026-11-02T12:00:00Z', '--month', '2026-10']);
    expect(json.lean).toEqual(json.general);
    expect(json.counted).toBe(0);
  });
});

// Tool-shaped files (issue 23): the lean reader reads --from profiles and --date-format with the
// general reader's own RowReader (its compiled date format, zones, DST policy), the derived times
// and the cross-check of the tool's business minutes.
describe('the lean reader reads tool exports (--from, --date-format) as the general path does, to the byte', () => {
  const CONTRACT = EXPORTS_CONTRACT;
  // The CSV fixtures (the lean reader reads CSV only).
  const TOOLS = EXPORT_FIXTURES.filter((fixture) => fixture.file.endsWith('.csv'));
  const QUERIES = [
    ['--month', '2026-10', '--by', 'severity'],
    ['--month', '2026-11', '--by', 'customer', '--json'],
    ['--by', 'month', '--json'],
    ['--month', '2026-11'],
  ];

  it.each(TOOLS)('the $tool fixture (2,100 rows, three customer zones, both DST changes): every chunk counted lean, the same output', (fixture) => {
    for (const query of QUERIES) {
      const run = both(['compliance', ...exportArgs(fixture), ...CONTRACT, ...query], 40_000);
      expect(run.lean).toEqual(run.general);
      expect(run.lean.code, run.lean.stderr).toBe(0);
      expect(run.replayed).toBe(0);
      expect(run.counted).toBeGreaterThan(5);
    }
  });

  it('the Zendesk fixture’s cross-check of business minutes: the same counts and examples on stderr and in JSON', () => {
    const args = ['compliance', `${EXPORTS_DIR}/zendesk-tickets.csv`, '--from', 'zendesk', '--input-tz', 'America/New_York', ...CONTRACT, '--month', '2026-10', '--json'];
    const run = both(args, 40_000);
    expect(run.lean).toEqual(run.general);
    expect(run.counted).toBeGreaterThan(5);
    const json = JSON.parse(run.lean.stdout) as { crossCheck?: { checked: number; disagreements: number; examples: unknown[] }[] };
    expect(json.crossCheck?.length).toBe(2);
    expect(json.crossCheck?.[0]?.checked).toBeGreaterThan(1000);
    // Read in New York rather than each customer's zone, the business minutes disagree on some rows.
    expect(json.crossCheck?.some((c) => c.disagreements > 0 && c.examples.length > 0)).toBe(true);
  });

  const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const pad = (n: number): string => String(n).padStart(2, '0');
  /** A wall time (written from UTC fields) as Zendesk writes it, `2026-11-01 01:30:00`. */
  const zendeskTime = (ms: number): string => iso(ms).slice(0, 19).replace('T', ' ');
  /** As Jira writes it, `01/Nov/26 1:30 AM`. */
  const jiraTime = (ms: number): string => {
    const d = new Date(ms);
    const h = d.getUTCHours();
    return `${pad(d.getUTCDate())}/${MONTHS[d.getUTCMonth()] as string}/${pad(d.getUTCFullYear() % 100)} ${h % 12 === 0 ? 12 : h % 12}:${pad(d.getUTCMinutes())} ${h < 12 ? 'AM' : 'PM'}`;
  };
  // Openings around the DST changes of 2026: New York's gap (8 March) and both overlaps (25 October London, 1 November New York).
  const STARTS = [Date.UTC(2026, 2, 7), Date.UTC(2026, 9, 24), Date.UTC(2026, 9, 31)];
  const toolRowOf = (odd: boolean) =>
    fc.record({
      start: fc.constantFrom(...STARTS),
      // Minutes from the start: 0–3 days, on the quarter hour (so some fall in the gap and the overlaps).
      opened: fc.integer({ min: 0, max: 4 * 24 * 4 }).map((q) => q * 15),
      priority: odd ? fc.constantFrom('Urgent', 'Highest', 'Medium', '', 'P9', 'high') : fc.constantFrom('Urgent', 'High', 'Normal', 'Low', 'Highest', 'Medium'),
      form: odd ? fc.constantFrom('tool', 'iso', 'bad', 'other-tool', 'empty') : fc.constantFrom('tool', 'tool', 'tool', 'iso'),
      // Numbers the lean reader reads in place (plain digits) and ones it cuts and reads as the general reader does.
      reply: fc.option(odd ? fc.constantFrom('15', '1.5', 'x', '-5', ' 30 ', '2000', '0012', '999999999', '1234567890') : fc.integer({ min: 0, max: 3000 }).map(String), { nil: undefined, freq: 4 }),
      business: fc.option(odd ? fc.constantFrom<number | string>(15, '1.5', 'x', ' 30 ', '   ', '0012', '1234567890', '1e3') : fc.integer({ min: 0, max: 3000 }), { nil: undefined, freq: 3 }),
      solved: fc.option(fc.integer({ min: 1, max: 8000 }), { nil: undefined, freq: 2 }),
      resolution: fc.option(fc.integer({ min: 1, max: 8000 }), { nil: undefined, freq: 2 }),
      zone: odd ? fc.constantFrom('', 'Mars/Base', 'Europe/London', 'Asia/Kolkata') : fc.constantFrom('', 'America/New_York', 'Europe/London', 'Asia/Kolkata'),
      customer: fc.constantFrom('Acme Corp', 'Globex Ltd', ''),
    });
  const toolRowsArb = fc.constantFrom(0, 30, 4).chain((every) => {
    const clean = toolRowOf(false);
    return fc.array(every === 0 ? clean : fc.oneof({ weight: every - 1, arbitrary: clean }, { weight: 1, arbitrary: toolRowOf(true) }), { maxLength: 120 });
  });
  type ToolRow = typeof toolRowsArb extends fc.Arbitrary<(infer T)[]> ? T : never;

  /** A Zendesk- or Jira-shaped export of the rows (BOM, the tool's columns and date format, columns slakit leaves). */
  function toolFile(tool: 'zendesk' | 'jira', rows: readonly ToolRow[]): string {
    const write = tool === 'zendesk' ? zendeskTime : jiraTime;
    const other = tool === 'zendesk' ? jiraTime : zendeskTime;
    const when = (row: ToolRow, ms: number): string => ({ tool: write(ms), iso: iso(ms), bad: tool === 'zendesk' ? '2026-13-01 10:00:00' : '31/Foo/26 1:00 PM', 'other-tool': other(ms), empty: '' })[row.form];
    const lines = rows.map((row, i) => {
      const opened = row.start + row.opened * MINUTE;
      const solved = row.solved === undefined ? '' : write(opened + row.solved * MINUTE);
      if (tool === 'zendesk') {
        return [40000 + i, `customer${i}@example.com`, 'Dana Agent', 'Solved', row.priority, when(row, opened), write(opened), row.customer, solved, row.reply ?? '', row.business ?? '', row.resolution ?? '', row.zone].join(',');
      }
      return [`Request ${i}`, `SD-${i}`, 10000 + i, 'Resolved', row.priority, when(row, opened), write(opened), solved, row.customer, row.zone].join(',');
    });
    const header =
      tool === 'zendesk'
        ? 'Id,Requester,Assignee,Status,Priority,Created at,Updated at,Organization,Solved at,First reply time in minutes,First reply time in minutes within business hours,Full resolution time in minutes,Customer time zone'
        : 'Summary,Issue key,Issue id,Status,Priority,Created,Updated,Resolved,Custom field (Organizations),Custom field (Customer time zone)';
    return file(`\uFEFF${[header, ...lines].join('\n')}\n`);
  }

  const toolOptionsArb = fc.record({
    tool: fc.constantFrom('zendesk' as const, 'jira' as const),
    inputTz: fc.constantFrom(undefined, 'America/New_York', 'Europe/London', 'America/New_York'),
    localTimesIn: fc.constantFrom(undefined, 'input-tz', 'row'),
    zoneColumn: fc.boolean(),
    by: fc.constantFrom(undefined, 'severity', 'customer', 'month'),
    month: fc.constantFrom('2026-03', '2026-11', '2026-10'),
    json: fc.boolean(),
    skip: fc.boolean(),
    dateFormat: fc.constantFrom(undefined, undefined, 'yyyy-MM-dd HH:mm:ss', 'dd/MMM/yy h:mm a'),
  });

  it('generated Zendesk and Jira exports: local times across DST gaps and overlaps, bad dates, derived minutes, business minutes that disagree, customer zones: same stdout, stderr and exit code', () => {
    let counted = 0;
    let replayed = 0;
    fc.assert(
      fc.property(toolRowsArb, toolOptionsArb, (rows, o) => {
        const path = toolFile(o.tool, rows);
        const zoneColumn = o.tool === 'zendesk' ? 'Customer time zone' : 'Custom field (Customer time zone)';
        const args = [
          'compliance',
          path,
          '--from',
          o.tool,
          ...CONTRACT,
          ...(o.inputTz === undefined ? [] : ['--input-tz', o.inputTz]),
          ...(o.inputTz === undefined || o.localTimesIn === undefined ? [] : ['--local-times-in', o.localTimesIn]),
          ...(o.zoneColumn ? ['--map', `${zoneColumn}=timeZone`] : []),
          ...(o.by === 'month' ? [] : ['--month', o.month]),
          ...(o.by === undefined ? [] : ['--by', o.by]),
          ...(o.json ? ['--json'] : []),
          ...(o.skip ? ['--skip-bad-rows'] : []),
          ...(o.dateFormat === undefined ? [] : ['--date-format', o.dateFormat]),
        ];
        const run = both(args);
        counted += run.counted;
        replayed += run.replayed;
        expect(run.lean).toEqual(run.general);
      }),
      { numRuns: Number(process.env['LEAN_RUNS'] ?? 150) },
    );
    // Both ways were taken.
    expect(counted).toBeGreaterThan(40);
    expect(replayed).toBeGreaterThan(20);
  });

  it.each(['zendesk', 'jira'] as const)('a clean %s export of local times every quarter hour across New York’s DST gap and overlap: counted lean, the same DST counts and cross-check', (tool) => {
    const rows = [STARTS[0], STARTS[2]].flatMap((start) =>
      Array.from({ length: 4 * 24 * 3 }, (_, q): ToolRow => ({ start: start as number, opened: q * 15, priority: 'High', form: 'tool', reply: String(q % 90), business: q % 50, solved: 600 + q, resolution: undefined, zone: '', customer: 'Acme Corp' })),
    );
    const run = both(['compliance', toolFile(tool, rows), '--from', tool, '--input-tz', 'America/New_York', ...CONTRACT, '--by', 'month', '--json']);
    expect(run.lean).toEqual(run.general);
    expect(run.lean.code, run.lean.stderr).toBe(0);
    expect(run.lean.stderr).toContain('local times fell in a DST gap');
    expect(run.lean.stderr).toContain('local times occur twice (a DST overlap)');
    if (tool === 'zendesk') expect(run.lean.stderr).toContain('cross-check: First reply time in minutes within business hours disagrees');
    expect(run.replayed).toBe(0);
    expect(run.counted).toBeGreaterThan(20);
  });

  it('--date-format on a canonical file: every chunk counted lean, the same output', () => {
    const rows = fc.sample(goodArb, { numRuns: 300, seed: 11 }).map((r) => ({ ...r, form: 'offset' as const, zone: '' as const }));
    const path = caseFile(rows, COLUMNS);
    const run = both(['compliance', path, ...(CONTRACTS['uniphore'] as string[]), '--tz', 'America/New_York', '--now', '2026-11-02T12:00:00Z', '--month', '2026-10', '--by', 'severity', '--date-format', "yyyy-MM-dd'T'HH:mm:ssXXX"]);
    expect(run.lean).toEqual(run.general);
    expect(run.lean.code, run.lean.stderr).toBe(0);
    expect(run.replayed).toBe(0);
    expect(run.counted).toBeGreaterThan(5);
  });
});
