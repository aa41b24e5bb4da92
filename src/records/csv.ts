import { SlaError } from '../core/errors.js';

// An incremental RFC 4180 reader: quoted fields, "" escapes, CRLF or LF, a chosen delimiter. Text
// is pushed in chunks and whole records come out with the line they start on, synchronously, so a
// file is read in constant memory. Measured against csv-parse and papaparse on a million rows
// (bench/csv-parsers.bench.ts, bench/RESULTS.md): as correct on the RFC 4180 cases, 3–4× faster
// than csv-parse, as fast as papaparse's streaming mode (whose whole-text mode is faster but holds
// the file); neither gives line numbers or a synchronous incremental API, so slakit keeps its own
// (readCsv, and the command line's chunked reading).

/** One data row: its 1-based line number as a spreadsheet shows it (the header is row 1). */
export interface CsvRow {
  readonly row: number;
  readonly values: Readonly<Record<string, string>>;
}

/** A CSV text that cannot be read at all (not one bad value: those are reported per row). */
export function csvError(message: string, row?: number): SlaError {
  return new SlaError('INVALID_CSV', message, row === undefined ? { path: 'csv' } : { path: 'csv', row });
}

/** The delimiters `--delimiter` accepts and auto-detection chooses among. */
export const DELIMITERS = [',', ';', '\t'] as const;

/**
 * The longest record a reader holds, in characters (16 Mi): memory stays bounded whatever the
 * quoting, and a quote that is never closed is reported instead of swallowing the file.
 */
export const MAX_RECORD_CHARS = 1 << 24;

/** The error for a record longer than {@link MAX_RECORD_CHARS}. */
export function recordTooLong(row: number): SlaError {
  return csvError(`row ${row}: a record longer than ${MAX_RECORD_CHARS.toLocaleString('en-US')} characters; a quoted field is probably not closed`, row);
}

const QUOTE = 34;
const LF = 10;
const CR = 13;

/**
 * A record's fields and the line it starts on. A reader made with `lines` gives a record without
 * quotes or CRs as its `line` instead (and no fields): {@link rowBuilder} splits it, only as far
 * as the columns it keeps.
 */
export interface CsvRecord {
  readonly row: number;
  readonly fields: string[];
  readonly line?: string;
}

const NO_FIELDS: string[] = [];

/** Reads records from text pushed in chunks; `end()` reads the last one. */
export class CsvReader {
  private rest = '';
  private retryAt = 0;
  private row: number;
  private readonly delimiter: number;

  /**
   * `firstRow`: the line the text starts on (a chunk of a larger file starts further down);
   * `lines`: records without quotes or CRs come as their line, split later (see {@link CsvRecord}).
   */
  constructor(
    delimiter: string,
    firstRow = 1,
    private readonly lines = false,
  ) {
    this.delimiter = delimiter.charCodeAt(0);
    this.row = firstRow;
  }

  /** The complete records in `chunk` (with what was left from before); an incomplete one waits for more. */
  push(chunk: string, emit: (record: CsvRecord) => void): void {
    this.rest = this.rest === '' ? chunk : this.rest + chunk;
    // A record longer than a chunk is tried again only when the text has doubled: linear overall.
    if (this.rest.length < this.retryAt && this.rest.length <= MAX_RECORD_CHARS) return;
    const used = this.parse(this.rest, false, emit);
    this.rest = this.rest.slice(used);
    this.retryAt = this.rest.length * 2;
    if (this.rest.length > MAX_RECORD_CHARS) throw recordTooLong(this.row);
  }

  /** The last records, at the end of the input. */
  end(emit: (record: CsvRecord) => void): void {
    this.parse(this.rest, true, emit);
    this.rest = '';
  }

  /** Parses whole records from `text`; returns how much was used (the rest is an incomplete record). */
  private parse(text: string, final: boolean, emit: (record: CsvRecord) => void): number {
    const delimiter = this.delimiter;
    const separator = String.fromCharCode(delimiter);
    const length = text.length;
    let pos = 0;
    let nextQuote = -1;
    let nextDelimiter = -1;
    let nextLf = -1;
    let nextCr = -1;
    while (pos < length) {
      // Fast path: a whole LF-terminated line without quotes or CRs inside is split natively.
      const lineEnd = text.indexOf('\n', pos);
      if (lineEnd >= 0) {
        if (nextQuote !== Infinity && nextQuote < pos) {
          nextQuote = text.indexOf('"', pos);
          if (nextQuote < 0) nextQuote = Infinity;
        }
        if (nextQuote > lineEnd) {
          const end = lineEnd > pos && text.charCodeAt(lineEnd - 1) === CR ? lineEnd - 1 : lineEnd;
          const line = text.slice(pos, end);
          if (line.indexOf('\r') < 0) {
            pos = lineEnd + 1;
            const startRow = this.row++;
            if (line !== '') emit(this.lines ? { row: startRow, fields: NO_FIELDS, line } : { row: startRow, fields: line.split(separator) });
            continue;
          }
        }
      }
      const start = pos;
      const startRow = this.row;
      let lines = 0;
      const fields: string[] = [];
      let quoted = false;
      let complete = false;
      for (;;) {
        // One field, from pos.
        if (text.charCodeAt(pos) === QUOTE) {
          let value = '';
          let from = pos + 1;
          let closed = -1;
          for (;;) {
            const q = text.indexOf('"', from);
            if (q < 0) break;
            if (text.charCodeAt(q + 1) === QUOTE) {
              value += text.slice(from, q + 1);
              from = q + 2;
              continue;
            }
            if (q + 1 >= length && !final) break; // "" may continue in the next chunk
            value += text.slice(from, q);
            closed = q;
            break;
          }
          quoted = true;
          if (closed < 0) {
            if (!final) return start;
            throw csvError(`row ${startRow}, column ${fields.length + 1}: a quoted field is not closed`, startRow);
          }
          for (let k = pos; k < closed; k++) if (text.charCodeAt(k) === LF) lines++;
          fields.push(value);
          pos = closed + 1;
          const next = text.charCodeAt(pos);
          if (pos < length && next !== delimiter && next !== LF && next !== CR) {
            throw csvError(`row ${startRow + lines}, column ${fields.length}: text after a field's closing quote; a quote inside a quoted field is written ""`, startRow + lines);
          }
        } else {
          // The next delimiter, LF and CR are searched natively and remembered until passed.
          if (nextDelimiter < pos) nextDelimiter = indexOrEnd(text, separator, pos);
          if (nextLf < pos) nextLf = indexOrEnd(text, '\n', pos);
          if (nextCr < pos) nextCr = indexOrEnd(text, '\r', pos);
          const k = Math.min(nextDelimiter, nextLf, nextCr);
          fields.push(text.slice(pos, k));
          pos = k;
        }
        if (pos >= length) {
          if (!final) return start;
          complete = true;
          break;
        }
        const c = text.charCodeAt(pos);
        if (c === delimiter) {
          pos++;
          continue;
        }
        // CR, LF or CRLF ends the record; a lone CR at the chunk's end may be half of a CRLF.
        if (c === CR) {
          if (pos + 1 >= length && !final) return start;
          pos += text.charCodeAt(pos + 1) === LF ? 2 : 1;
        } else pos++;
        lines++;
        complete = true;
        break;
      }
      if (complete) {
        this.row = startRow + lines;
        if (quoted || fields.length > 1 || fields[0] !== '') emit({ row: startRow, fields });
      }
    }
    return pos;
  }
}

function indexOrEnd(text: string, search: string, from: number): number {
  const at = text.indexOf(search, from);
  return at < 0 ? text.length : at;
}

/** The delimiter that splits the header line into the most fields: `,` `;` or tab (`,` on a tie). */
export function detectDelimiter(text: string): string {
  let end = text.search(/[\r\n]/);
  if (end < 0) end = text.length;
  const line = text.slice(0, end).replace(/"[^"]*"/g, '');
  let best = ',';
  let most = 0;
  for (const d of DELIMITERS) {
    const count = line.split(d).length - 1;
    if (count > most) {
      best = d;
      most = count;
    }
  }
  return best;
}

/** Checks a header row: names trimmed, none empty or repeated. */
export function readHeader(record: CsvRecord): string[] {
  const header = record.fields.map((name) => name.trim());
  const seen = new Set<string>();
  header.forEach((name, i) => {
    if (name === '') throw csvError(`row ${record.row}, column ${i + 1}: a header cell is empty`, record.row);
    if (seen.has(name)) throw csvError(`row ${record.row}, column ${i + 1}: the column '${name}' appears twice`, record.row);
    seen.add(name);
  });
  return header;
}

/** A record's cells by (trimmed) column name; a record with a different number of fields is an error. */
export function rowOf(header: readonly string[], record: CsvRecord): CsvRow {
  const { row, fields } = record;
  if (fields.length !== header.length) {
    throw csvError(`row ${row}: has ${fields.length} ${fields.length === 1 ? 'field' : 'fields'}; the header has ${header.length}`, row);
  }
  // A plain object is much faster than a null-prototype one; only a column named __proto__ needs the latter.
  const values: Record<string, string> = header.includes('__proto__') ? (Object.create(null) as Record<string, string>) : {};
  for (let i = 0; i < header.length; i++) values[header[i] as string] = (fields[i] as string).trim();
  return { row, values };
}

/**
 * The cells of records under `header`, by (trimmed) column name, as {@link rowOf} gives them but
 * only the columns in `keep` (every column when it is undefined): a record read as its `line` is
 * split only as far as the last kept column, and the rest of its fields counted, so that a record
 * with a different number of fields than the header is the same error whichever columns are kept.
 * (Slicing at each delimiter found is faster than `split` even when every column is kept.)
 */
export function rowBuilder(header: readonly string[], delimiter: string, keep?: ReadonlySet<string>): (record: CsvRecord) => Record<string, string> {
  const width = header.length;
  const kept = header.map((name) => keep === undefined || keep.has(name));
  const last = kept.lastIndexOf(true);
  // A plain object is much faster than a null-prototype one; only a column named __proto__ needs the latter.
  const bare = header.includes('__proto__');
  const wrongWidth = (row: number, count: number): SlaError => csvError(`row ${row}: has ${count} ${count === 1 ? 'field' : 'fields'}; the header has ${width}`, row);
  return (record) => {
    const { line } = record;
    const values: Record<string, string> = bare ? (Object.create(null) as Record<string, string>) : {};
    if (line === undefined) {
      const { fields } = record;
      if (fields.length !== width) throw wrongWidth(record.row, fields.length);
      for (let i = 0; i < width; i++) if (kept[i] === true) values[header[i] as string] = (fields[i] as string).trim();
      return values;
    }
    const end = line.length;
    let from = 0;
    let count = 0;
    for (;;) {
      let k = line.indexOf(delimiter, from);
      if (k < 0) k = end;
      if (kept[count] === true) values[header[count] as string] = line.slice(from, k).trim();
      count++;
      if (k >= end) break;
      from = k + 1;
      if (count > last) {
        // Past the last kept column: the remaining fields are only counted.
        count++;
        for (let at = line.indexOf(delimiter, from); at >= 0; at = line.indexOf(delimiter, at + 1)) count++;
        break;
      }
    }
    if (count !== width) throw wrongWidth(record.row, count);
    return values;
  };
}

/** Parses all of a CSV text with a header row (for tests and small inputs). */
export function parseCsv(text: string, delimiter = ','): { header: string[]; rows: CsvRow[] } {
  const records: CsvRecord[] = [];
  const reader = new CsvReader(delimiter);
  reader.push(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, (r) => records.push(r));
  reader.end((r) => records.push(r));
  const [head, ...body] = records;
  if (head === undefined) throw csvError('the text is empty; expected a header row');
  const header = readHeader(head);
  return { header, rows: body.map((r) => rowOf(header, r)) };
}

/**
 * Where whole records end in `text` (text that starts at a record's start), read as
 * {@link CsvReader} reads it: a quote opens a quoted field only at the start of a field (`12"
 * monitor` is plain text), `""` inside one is a quote, and CR, LF or CRLF outside one ends a record.
 * Returns the offset after the last record terminator (with `first`, after the first record that
 * is not an empty line), 0 when none, and the lines up to there as CsvReader counts them.
 */
export function recordEnd(text: string, delimiter: string, first = false): { end: number; lines: number } {
  if (first) return recordEndScan(text, delimiter, true);
  // Quotes are found natively, and between them the line ends: only the characters next to a
  // quote are looked at one by one (recordEndScan, the general path, looks at every one).
  const separator = delimiter.charCodeAt(0);
  const length = text.length;
  let end = 0;
  let lines = 0;
  let linesAtEnd = 0;
  let pos = 0;
  let nextCr = -1;
  for (;;) {
    let quote = text.indexOf('"', pos);
    if (quote < 0) quote = length;
    // Line ends in [pos, quote), which holds no quote.
    if (nextCr < pos) nextCr = indexOrEnd(text, '\r', pos);
    if (nextCr >= quote) {
      for (let lf = text.indexOf('\n', pos); lf >= 0 && lf < quote; lf = text.indexOf('\n', lf + 1)) {
        lines++;
        end = lf + 1;
        linesAtEnd = lines;
      }
    } else {
      for (let i = pos; i < quote; i++) {
        const c = text.charCodeAt(i);
        if (c !== LF && c !== CR) continue;
        if (c === CR) {
          if (i + 1 >= length) return { end, lines: linesAtEnd }; // maybe the first half of a CRLF: wait for more text
          if (text.charCodeAt(i + 1) === LF) i++;
        }
        lines++;
        end = i + 1;
        linesAtEnd = lines;
      }
    }
    if (quote >= length) return { end, lines: linesAtEnd };
    // A quote opens a quoted field only at the start of a field.
    const before = quote === 0 ? LF : text.charCodeAt(quote - 1);
    if (before !== separator && before !== LF && before !== CR) {
      pos = quote + 1;
      continue;
    }
    const closed = closingQuote(text, quote + 1);
    if (closed < 0) return { end, lines: linesAtEnd }; // not closed in this text: the record goes on
    for (let k = text.indexOf('\n', quote + 1); k >= 0 && k < closed; k = text.indexOf('\n', k + 1)) lines++;
    pos = closed + 1;
  }
}

/** The quote that closes a quoted field whose text starts at `from` (a doubled quote is a quote in it), or -1. */
function closingQuote(text: string, from: number): number {
  for (;;) {
    const q = text.indexOf('"', from);
    if (q < 0) return -1;
    if (text.charCodeAt(q + 1) !== QUOTE) return q;
    from = q + 2;
  }
}

/** {@link recordEnd} character by character: the general path (and the header's, with `first`). */
export function recordEndScan(text: string, delimiter: string, first = false): { end: number; lines: number } {
  const separator = delimiter.charCodeAt(0);
  const length = text.length;
  let end = 0;
  let lines = 0;
  let linesAtEnd = 0;
  let start = 0;
  let fieldStart = true;
  for (let i = 0; i < length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE && fieldStart) {
      const closed = closingQuote(text, i + 1);
      if (closed < 0) break; // not closed in this text: the record goes on
      for (let k = text.indexOf('\n', i + 1); k >= 0 && k < closed; k = text.indexOf('\n', k + 1)) lines++;
      i = closed;
      fieldStart = false;
      continue;
    }
    fieldStart = c === separator;
    if (c !== LF && c !== CR) continue;
    const at = i;
    if (c === CR) {
      if (i + 1 >= length) break; // maybe the first half of a CRLF: wait for more text
      if (text.charCodeAt(i + 1) === LF) i++;
    }
    lines++;
    end = i + 1;
    linesAtEnd = lines;
    const empty = at === start;
    start = i + 1;
    fieldStart = true;
    if (first && !empty) break;
  }
  return { end, lines: linesAtEnd };
}
