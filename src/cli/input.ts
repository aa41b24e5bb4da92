// Reading record files for the commands: JSON (an array of objects) or CSV with a header row.
// Every record keeps where it came from, so a bad value is reported by row and column.
import { isSlaError } from '../core/errors.js';
import { parseCsv } from './csv.js';
import { DataError } from './data-error.js';
import { messageWithoutPath } from './options.js';
import { UsageError } from './usage-error.js';

/** One input record and where it came from: a CSV row (header = row 1) or a JSON array item (from 1). */
export interface InputRecord {
  readonly where: { readonly kind: 'row' | 'item'; readonly number: number };
  /** CSV: the cells by column name; JSON: the item itself. */
  readonly value: unknown;
}

/** The records of an input file, and the CSV columns (empty for JSON). */
export interface InputRecords {
  readonly format: 'csv' | 'json';
  readonly columns: readonly string[];
  readonly records: readonly InputRecord[];
}

/** Reads JSON when the file name ends in `.json` or the text starts with `[`, CSV otherwise. */
export function readRecords(text: string, name: string): InputRecords {
  const json = name.toLowerCase().endsWith('.json') || /^\s*\[/.test(text);
  if (!json) {
    const { header, rows } = parseCsv(text);
    return { format: 'csv', columns: header, records: rows.map((r) => ({ where: { kind: 'row', number: r.row }, value: r.values })) };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new DataError([`${name} is not valid JSON: ${(error as Error).message}`]);
  }
  if (!Array.isArray(parsed)) throw new DataError([`${name}: expected a JSON array of records, got ${parsed === null ? 'null' : typeof parsed}`]);
  return { format: 'json', columns: [], records: parsed.map((value: unknown, i) => ({ where: { kind: 'item', number: i + 1 }, value })) };
}

/** `row 14, column end: INVALID_DATE: '2026-06-31T25:00' is not …` for an SlaError about one record. */
export function describeProblem(record: InputRecord, error: unknown, columnOf: (path: string) => string): string {
  if (!isSlaError(error)) throw error;
  const path = error.details.path ?? '';
  const place = record.where.kind === 'row' ? `row ${record.where.number}, column ${columnOf(path)}` : `item ${record.where.number}, field ${path === '' ? '(the item)' : path}`;
  return `${place}: ${error.code}: ${messageWithoutPath(error.message, error.code)}`;
}

/**
 * Converts and checks every record; the bad ones stop the command (exit 1) with every problem
 * listed, or with `skipBadRows` are left out and reported as notes.
 */
export function convertRecords<T>(
  input: InputRecords,
  convert: (record: InputRecord) => T,
  columnOf: (path: string) => string,
  skipBadRows: boolean,
): { items: { record: InputRecord; item: T }[]; notes: string[] } {
  const items: { record: InputRecord; item: T }[] = [];
  const problems: string[] = [];
  for (const record of input.records) {
    try {
      items.push({ record, item: convert(record) });
    } catch (error) {
      if (error instanceof UsageError) throw error;
      problems.push(describeProblem(record, error, columnOf));
    }
  }
  if (problems.length > 0 && !skipBadRows) throw new DataError(problems);
  const notes = problems.map((p) => `skipped ${p}`);
  if (problems.length > 0) notes.push(`skipped ${problems.length} bad ${problems.length === 1 ? 'record' : 'records'} of ${input.records.length} (--skip-bad-rows)`);
  return { items, notes };
}

/** A note for CSV columns a command does not read, so that no data is dropped silently. */
export function unreadColumns(input: InputRecords, known: readonly string[]): string[] {
  const extra = input.columns.filter((c) => !known.includes(c));
  return extra.length === 0 ? [] : [`note: columns not read: ${extra.join(', ')} (known columns: ${known.join(', ')})`];
}

/** Throws a bad-data error when required CSV columns are missing. */
export function requireColumns(input: InputRecords, required: readonly string[]): void {
  if (input.format !== 'csv') return;
  const missing = required.filter((c) => !input.columns.includes(c));
  if (missing.length > 0) throw new DataError([`row 1: missing ${missing.length === 1 ? 'column' : 'columns'} ${missing.join(', ')} (the header has ${input.columns.join(', ')})`]);
}
