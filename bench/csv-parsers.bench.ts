// The command's CSV reader against csv-parse and papaparse (issue 12: "measure and say why"): one
// million case rows, and the RFC 4180 cases. The peers are not dependencies of slakit; install
// them to run this (`npm install --no-save csv-parse papaparse`, or point SLAKIT_PARSERS at a
// directory whose node_modules has them).
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { CsvReader, type CsvRecord } from '../src/records/csv.js';

type Rows = string[][];
const require = createRequire(join(process.env['SLAKIT_PARSERS'] ?? process.cwd(), 'noop.js'));
function load<T>(name: string): T | null {
  try {
    return require(name) as T;
  } catch {
    return null;
  }
}
const csvParseSync = load<{ parse(text: string, options: object): Rows }>('csv-parse/sync');
const csvParse = load<{ parse(options: object): NodeJS.ReadWriteStream }>('csv-parse');
const papa = load<{ parse(text: unknown, options: object): { data: Rows; errors: unknown[] }; NODE_STREAM_INPUT: unknown }>('papaparse');

async function papaStream(text: string): Promise<Rows> {
  const rows: Rows = [];
  const stream = papa!.parse(papa!.NODE_STREAM_INPUT, {}) as unknown as NodeJS.ReadWriteStream;
  const done = new Promise<void>((resolve, reject) => {
    stream.on('data', (row: string[]) => rows.push(row));
    stream.on('end', resolve);
    stream.on('error', reject);
  });
  const chunk = 1 << 18;
  Readable.from((function* () {
    for (let i = 0; i < text.length; i += chunk) yield text.slice(i, i + chunk);
  })()).pipe(stream as unknown as NodeJS.WritableStream);
  await done;
  return rows;
}

function slakitRows(text: string, chunk = 1 << 18): Rows {
  const rows: Rows = [];
  const reader = new CsvReader(',');
  const take = (r: CsvRecord): void => {
    rows.push(r.fields);
  };
  for (let i = 0; i < text.length; i += chunk) reader.push(text.slice(i, i + chunk), take);
  reader.end(take);
  return rows;
}

async function csvParseStream(text: string): Promise<Rows> {
  const rows: Rows = [];
  const parser = csvParse!.parse({ relax_column_count: true });
  const done = new Promise<void>((resolve, reject) => {
    parser.on('data', (row: string[]) => rows.push(row));
    parser.on('end', resolve);
    parser.on('error', reject);
  });
  Readable.from([text]).pipe(parser as unknown as NodeJS.WritableStream);
  await done;
  return rows;
}

// RFC 4180 §2 and the usual edge cases: [name, input, expected rows]. An error is expected as null.
const VECTORS: [string, string, Rows | null][] = [
  ['CRLF records', 'a,b\r\nc,d\r\n', [['a', 'b'], ['c', 'd']]],
  ['LF records, no final line break', 'a,b\nc,d', [['a', 'b'], ['c', 'd']]],
  ['empty fields', 'a,,c\n,,\n', [['a', '', 'c'], ['', '', '']]],
  ['spaces kept', ' a , b \n', [[' a ', ' b ']]],
  ['quoted delimiter', '"a,b",c\n', [['a,b', 'c']]],
  ['quoted CRLF', '"a\r\nb",c\n', [['a\r\nb', 'c']]],
  ['doubled quotes', '"say ""hi""",x\n', [['say "hi"', 'x']]],
  ['empty quoted field', '"",x\n', [['', 'x']]],
  ['unicode', 'é,日本\n', [['é', '日本']]],
  ['unclosed quote is an error', 'a,"b\n', null],
  ['text after a closing quote is an error', '"a"b,c\n', null],
];

function check(name: string, parse: (text: string) => Rows): string {
  let passed = 0;
  const failed: string[] = [];
  for (const [vector, input, expected] of VECTORS) {
    let got: Rows | null;
    try {
      got = parse(input);
    } catch {
      got = null;
    }
    if (JSON.stringify(got) === JSON.stringify(expected)) passed++;
    else failed.push(vector);
  }
  return `${name}: ${passed}/${VECTORS.length}${failed.length === 0 ? '' : ` (differs on: ${failed.join('; ')})`}`;
}

function makeText(rows: number): string {
  const lines = ['id,severity,openedAt,respondedAt,resolutionNoticeAt,closedAt,events,timeZone,customer'];
  for (let i = 0; i < rows; i++) {
    const quoted = i % 10 === 0 ? '"paused@2026-10-01T10:00:00Z;resumed@2026-10-02T09:00:00Z"' : '';
    lines.push(`CS-${i},${(i % 4) + 1},2026-10-01T10:00:00Z,2026-10-01T11:00:00Z,,,${quoted},Europe/London,${i % 10 === 5 ? '"Acme, Inc."' : `cust-${i % 50}`}`);
  }
  return `${lines.join('\n')}\n`;
}

async function time(fn: () => unknown): Promise<number> {
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    (globalThis as { gc?: () => void }).gc?.();
    // CPU time of this process (user + system), not wall time: the machine is shared.
    const started = process.cpuUsage();
    await fn();
    const used = process.cpuUsage(started);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

const ROWS = 1_000_000;
const text = makeText(ROWS);
const lines = [
  '### CSV reader (src/records/csv.ts: readCsv and the command line) against csv-parse and papaparse',
  '',
  `${ROWS.toLocaleString('en-US')} case rows (${(text.length / 1e6).toFixed(0)} MB, 9 columns, one row in five with a quoted field); best of 3, CPU time of one process.`,
  '',
  '| reader | API | CPU time (s) | rows/s |',
  '| --- | --- | ---: | ---: |',
];
const row = async (name: string, api: string, fn: () => Rows | Promise<Rows>): Promise<void> => {
  let count = 0;
  const ms = await time(async () => {
    count = (await fn()).length;
  });
  lines.push(`| ${name} | ${api} | ${(ms / 1000).toFixed(2)} | ${Math.round((count / ms) * 1000).toLocaleString('en-US')} |`);
};
await row('slakit CsvReader', 'incremental, 256 KiB chunks', () => slakitRows(text));
if (csvParseSync) await row('csv-parse 6', 'sync (whole text)', () => csvParseSync.parse(text, { relax_column_count: true }));
if (csvParse) await row('csv-parse 6', 'stream', () => csvParseStream(text));
if (papa) await row('papaparse 5', 'sync (whole text)', () => papa.parse(text, {}).data);
if (papa) await row('papaparse 5', 'stream (NODE_STREAM_INPUT, 256 KiB chunks)', () => papaStream(text));
lines.push('', 'RFC 4180 cases (same rows, or an error where the input is malformed):', '');
lines.push(`- ${check('slakit CsvReader', (t) => slakitRows(t))}`);
if (csvParseSync) lines.push(`- ${check('csv-parse sync', (t) => csvParseSync.parse(t, {}))}`);
if (papa) {
  lines.push(
    `- ${check('papaparse', (t) => {
      const result = papa.parse(t, { skipEmptyLines: true });
      if (result.errors.length > 0) throw new Error('malformed');
      return result.data;
    })}`,
  );
}
if (!csvParseSync || !papa) lines.push('', '(csv-parse or papaparse not installed: their rows are missing.)');
console.log(lines.join('\n'));
