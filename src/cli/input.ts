// Reading record files for the commands: JSON (an array of objects) or CSV with a header row.
// Every record keeps where it came from, so a bad value is reported by row and column.
import type { CommandContext } from './command.js';
import { csvError, CsvReader, type CsvRecord, DELIMITERS, detectDelimiter, MAX_RECORD_CHARS, readHeader, recordEnd, recordTooLong, rowBuilder } from '../records/csv.js';
import { importProfiles } from '../records/import-profiles.js';
import { decodeUtf8 } from './encoding.js';
import { DataError } from './data-error.js';
import { UsageError } from './usage-error.js';

/** One input record and where it came from: a CSV row (header = row 1) or a JSON array item (from 1). */
export interface InputRecord {
  readonly where: { readonly kind: 'row' | 'item'; readonly number: number };
  /** CSV: the cells by column name; JSON: the item itself. */
  readonly value: unknown;
}

/** The records of an input file, read as they are iterated (once), and the CSV columns (empty for JSON). */
export interface InputRecords {
  readonly format: 'csv' | 'json';
  readonly columns: readonly string[];
  readonly records: Iterable<InputRecord>;
  /** How the file was read, for stderr (e.g. the delimiter that was detected). */
  readonly notes: readonly string[];
  /**
   * A CSV chunk's records as they were split (cells by position in `columns`, untrimmed), for a
   * reader that takes cells by position: the same records as `records`; iterate one of the two. A
   * record without quotes may come as its `line` (see CsvRecord): split it at `delimiter`.
   */
  readonly fields?: Iterable<CsvRecord>;
  /** CSV: the delimiter of the records' lines. */
  readonly delimiter?: string;
  /**
   * A CSV chunk without a quote (reading it cannot fail), for a reader that splits it itself with
   * CsvReader record by record, holding none; then it reads neither `records` nor `fields`.
   */
  readonly plain?: { readonly layout: CsvLayout; readonly chunk: CsvChunk };
  /**
   * CSV: read only these columns into each record's cells (the others are still counted, and a row
   * of the wrong width is still an error); called before the records are iterated.
   */
  readonly keepColumns?: (columns: readonly string[]) => void;
}

/** `--delimiter`: the `--help` line of the option every file-reading command takes. */
export const DELIMITER_HELP = "  --delimiter C       the CSV field separator: ',' ';' or tab (default: detected from the header)";

function delimiterOption(context: CommandContext, head: string): { delimiter: string; notes: string[] } {
  const text = context.values['delimiter'];
  if (typeof text === 'string') {
    const delimiter = text === '\\t' || text.toLowerCase() === 'tab' ? '\t' : text;
    if (!(DELIMITERS as readonly string[]).includes(delimiter)) throw new UsageError(`--delimiter: '${text}' is not one of ',' ';' or tab`);
    return { delimiter, notes: [] };
  }
  const delimiter = detectDelimiter(head);
  const shown = delimiter === '\t' ? 'tab' : `'${delimiter}'`;
  return { delimiter, notes: delimiter === ',' ? [] : [`note: reading fields separated by ${shown} (detected from the header; --delimiter chooses)`] };
}

/** `line 3, column 14` of a character offset in a text. */
function lineAndColumn(text: string, offset: number): string {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return `line ${line}, column ${offset - lineStart + 1}`;
}

/** Whether JSON.parse fails on `text` only because it ends too early (or does not fail). */
function isJsonPrefix(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch (error) {
    const message = (error as Error).message;
    return /end of JSON input/.test(message) || new RegExp(`position ${text.length}\\b`).test(message);
  }
}

/** Where JSON text goes wrong: the longest prefix that is still the start of valid JSON, by bisection. */
function jsonErrorOffset(text: string): number {
  let ok = 0;
  let bad = text.length;
  if (isJsonPrefix(text)) return text.length;
  while (bad - ok > 1) {
    const mid = (ok + bad) >>> 1;
    if (isJsonPrefix(text.slice(0, mid))) ok = mid;
    else bad = mid;
  }
  return bad - 1;
}

/** `--records-at`, else the `--from` profile's key of a JSON export's records. */
function recordsAtOption(context: CommandContext): string | undefined {
  const given = context.values['records-at'];
  if (typeof given === 'string') {
    if (given.trim() === '') throw new UsageError("--records-at: '' is not a key; give the key of the records, e.g. --records-at tickets");
    return given;
  }
  const from = context.values['from'];
  const name = typeof from === 'string' ? from.toLowerCase() : '';
  return Object.hasOwn(importProfiles, name) ? importProfiles[name as keyof typeof importProfiles].recordsAt : undefined;
}

/** The records of a JSON export's top-level object, under `key` (`{ "tickets": [...] }`). */
function recordsOf(parsed: unknown, label: string, key: string | undefined): unknown {
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return parsed;
  const keys = Object.keys(parsed);
  const lists = keys.filter((k) => Array.isArray((parsed as Record<string, unknown>)[k]));
  if (key === undefined) {
    const hint = lists.length > 0 ? `; --records-at ${lists[0] as string} reads the records under '${lists[0] as string}'` : '';
    throw new DataError([`${label}: expected a JSON array of records, got an object with the keys ${keys.slice(0, 10).join(', ') || '(none)'}${hint}`]);
  }
  if (!Object.hasOwn(parsed, key)) throw new DataError([`${label}: the top-level object has no key '${key}' (--records-at); its keys are ${keys.slice(0, 10).join(', ') || '(none)'}`]);
  const records = (parsed as Record<string, unknown>)[key];
  if (!Array.isArray(records)) throw new DataError([`${label}: '${key}' (--records-at) holds ${records === null ? 'null' : typeof records}, not an array of records`]);
  return records;
}

function readJson(text: string, label: string, recordsAt?: string): InputRecords {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    const offset = jsonErrorOffset(text);
    const problem = offset >= text.length ? 'it ends too early' : `unexpected ${JSON.stringify(text.slice(offset, offset + 1))}`;
    throw new DataError([`${label} is not valid JSON at ${lineAndColumn(text, offset)}: ${problem} (${(error as Error).message.slice(0, 200)})`]);
  }
  parsed = recordsOf(parsed, label, recordsAt);
  if (!Array.isArray(parsed)) throw new DataError([`${label}: expected a JSON array of records, got ${parsed === null ? 'null' : typeof parsed}`]);
  const items = parsed as unknown[];
  return { format: 'json', columns: [], notes: [], records: items.map((value: unknown, i) => ({ where: { kind: 'item' as const, number: i + 1 }, value })) };
}

/**
 * Characters of CSV text per chunk at most (CHUNK_LINES ends one sooner): about 12,000 rows of a
 * Zendesk export (measured faster than a megabyte: half the chunks, each with its own setup and
 * report to merge; larger chunks hold more memory for no speed).
 */
export const CHUNK_CHARS = 1 << 21;

/**
 * Lines per chunk at most: a chunk's text stays alive while its records are counted, and a file of
 * short rows makes more garbage per character, so its 2 MiB would live through more collections
 * (measured: a file of 75-character rows was 4% faster and held 45 MB less with this cap).
 */
export const CHUNK_LINES = 14_000;

/** The header of a CSV input and how it was read: what each chunk of its body needs. */
export interface CsvLayout {
  readonly columns: readonly string[];
  readonly delimiter: string;
  readonly notes: readonly string[];
}

/**
 * A piece of a CSV file's body: whole records, and the line the first one starts on. The text is
 * held in parts (each of whole records, the pieces decodeUtf8 gives): one string of a chunk's size
 * costs more to make than the parts together.
 */
export interface CsvChunk {
  readonly texts: readonly string[];
  readonly firstRow: number;
}

/**
 * An iterable whose one iterator is made when first asked for (the same one after that, as a
 * generator is its own). Measured: a generator made at once for every chunk, holding the chunk,
 * kept its text alive through young-generation collections (every byte of the input was copied
 * into the old generation) even when the chunk was read another way.
 */
function onDemand<T>(make: () => Iterator<T>): Iterable<T> {
  let iterator: Iterator<T> | undefined;
  return { [Symbol.iterator]: () => (iterator ??= make()) };
}

function csvRecords(layout: CsvLayout, queue: CsvRecord[], more: () => boolean): InputRecords {
  function* fields(): Generator<CsvRecord> {
    for (;;) {
      for (const record of queue) yield record;
      queue.length = 0;
      if (!more()) return;
    }
  }
  return recordsOfFields(layout, onDemand(fields));
}

/** The input records of split CSV records (each cell trimmed, by column name). */
export function recordsOfFields(layout: CsvLayout, fields: Iterable<CsvRecord>): InputRecords {
  const header = layout.columns;
  let cells = rowBuilder(header, layout.delimiter);
  function* records(): Generator<InputRecord> {
    for (const record of fields) yield { where: { kind: 'row', number: record.row }, value: cells(record) };
  }
  return {
    format: 'csv',
    columns: header,
    notes: layout.notes,
    records: onDemand(records),
    fields,
    delimiter: layout.delimiter,
    keepColumns: (columns) => {
      cells = rowBuilder(header, layout.delimiter, new Set(columns));
    },
  };
}

/**
 * Reads the input file `name` (or standard input for `-`): JSON when the name ends in `.json` or
 * the text starts with `[`, CSV otherwise. CSV records are read as they are iterated, chunk by
 * chunk, so memory does not grow with the file. A command working in chunks (`--jobs`) passes
 * its chunk as `context.input`.
 */
export function readRecords(context: CommandContext, name: string): InputRecords {
  if (context.input !== undefined) return context.input;
  const split = splitCsv(context, name, CHUNK_CHARS);
  if ('json' in split) return split.json;
  const { layout, chunks } = split;
  let kept: readonly string[] | undefined;
  function* records(): Generator<InputRecord> {
    for (const chunk of chunks) {
      const part = chunkRecords(layout, chunk);
      if (kept !== undefined) part.keepColumns?.(kept);
      yield* part.records;
    }
  }
  return {
    format: 'csv',
    columns: layout.columns,
    notes: layout.notes,
    records: records(),
    keepColumns: (columns) => {
      kept = columns;
    },
  };
}

/** The records of one chunk of a CSV file's body. */
export function chunkRecords(layout: CsvLayout, chunk: CsvChunk): InputRecords {
  // Lines without quotes are split only when a record is built, as far as its kept columns.
  const reader = new CsvReader(layout.delimiter, chunk.firstRow, true);
  const queue: CsvRecord[] = [];
  // A text without a quote cannot be misquoted: reading it cannot fail, so it is split when first read.
  const plain = chunk.texts.every((text) => text.indexOf('"') < 0);
  let pushed = !plain;
  let done = false;
  const take = (record: CsvRecord): void => {
    queue.push(record);
  };
  if (!plain) for (const text of chunk.texts) reader.push(text, take);
  const records = csvRecords(layout, queue, () => {
    if (!pushed) {
      pushed = true;
      for (const text of chunk.texts) reader.push(text, take);
      return true;
    }
    if (done) return false;
    done = true;
    reader.end(take);
    return true;
  });
  return plain ? { ...records, plain: { layout, chunk } } : records;
}

/**
 * {@link recordEnd} of a text (from a record's start): where its last whole record ends, and the
 * lines up to there. A text without a quote or CR has no quoted line break: its last LF ends it.
 */
export function wholeRecords(text: string, delimiter: string): { end: number; lines: number } {
  if (text.indexOf('"') >= 0 || text.indexOf('\r') >= 0) return recordEnd(text, delimiter);
  const last = text.lastIndexOf('\n');
  let lines = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i <= last; i = text.indexOf('\n', i + 1)) lines++;
  return { end: last + 1, lines };
}

/**
 * A CSV input split into chunks of about `size` characters (or CHUNK_LINES lines, whichever comes
 * first), each of whole records, for worker threads; a JSON input is read whole (for one thread).
 */
export function splitCsv(context: CommandContext, name: string, size: number): { layout: CsvLayout; chunks: Iterable<CsvChunk> } | { json: InputRecords } {
  const label = name === '-' ? 'standard input' : `'${name}'`;
  const pieces = decodeUtf8(label, context.openInput(name))[Symbol.iterator]();
  let text = '';
  let done = false;
  const grow = (): boolean => {
    const next = pieces.next();
    if (next.done === true) done = true;
    else text += next.value;
    return !done;
  };
  while (!/\S/.test(text) && grow());
  const recordsAt = recordsAtOption(context);
  if (name.toLowerCase().endsWith('.json') || /^\s*\[/.test(text) || /^\s*\{/.test(text)) {
    while (grow());
    return { json: readJson(text, label, recordsAt) };
  }
  // The delimiter is detected on the header line, and the header read with it.
  let detected = delimiterOption(context, text.trimStart());
  let header = recordEnd(text, detected.delimiter, true);
  while (header.end === 0 && grow()) {
    if (text.length > MAX_RECORD_CHARS) throw recordTooLong(1);
    detected = delimiterOption(context, text.trimStart());
    header = recordEnd(text, detected.delimiter, true);
  }
  const { delimiter, notes } = detected;
  const headText = header.end === 0 ? text : text.slice(0, header.end);
  const headRecords: CsvRecord[] = [];
  const headReader = new CsvReader(delimiter);
  headReader.push(headText, (r) => headRecords.push(r));
  headReader.end((r) => headRecords.push(r));
  const first = headRecords[0];
  if (first === undefined) throw csvError('the file is empty; expected a header row');
  const layout: CsvLayout = { columns: readHeader(first), delimiter, notes };
  text = text.slice(headText.length);
  let row = 1 + header.lines;
  function* chunks(): Generator<CsvChunk> {
    // The parts of the next chunk: whole records cut from the text, mostly one decoded piece each.
    let parts: string[] = [];
    let length = 0;
    let lines = 0;
    for (;;) {
      if (text === '' && !grow()) break;
      // A text of many chunks (tests use small chunks) is cut a chunk at a time.
      const candidate = text.length > 2 * size ? text.slice(0, size) : text;
      const cut = wholeRecords(candidate, delimiter);
      if (cut.end === 0) {
        // No whole record yet: read on (a record longer than a chunk, up to the longest record a reader holds).
        if (candidate.length > MAX_RECORD_CHARS) throw recordTooLong(row + lines);
        if (candidate.length < text.length) {
          size *= 2;
          continue;
        }
        // The rest of the file is its last record (without a line break).
        if (done) break;
        // Twice the text (up to past the limit) before it is searched again: a long record costs a few searches, not one a piece.
        const enough = Math.min(2 * text.length, MAX_RECORD_CHARS + 1);
        while (text.length < enough && grow());
        continue;
      }
      parts.push(cut.end === text.length ? text : text.slice(0, cut.end));
      length += cut.end;
      lines += cut.lines;
      text = text.slice(cut.end);
      if (length >= size || lines >= CHUNK_LINES) {
        yield { texts: parts, firstRow: row };
        row += lines;
        parts = [];
        length = 0;
        lines = 0;
      }
    }
    // The last record may end without a line break.
    if (text !== '') parts.push(text);
    if (parts.length > 0) yield { texts: parts, firstRow: row };
  }
  return { layout, chunks: chunks() };
}
