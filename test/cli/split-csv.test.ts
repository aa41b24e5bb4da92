// splitCsv cuts a CSV file into chunks of whole records, each held as parts (the pieces
// decodeUtf8 gives, or whole records cut from them): read chunk by chunk, from each chunk's first
// row, the records are those of the whole file read at once, wherever quotes, CRs and line breaks
// inside quotes fall against the pieces' and chunks' bounds.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PIECE_BYTES } from '../../src/cli/encoding.js';
import { CHUNK_LINES, type CsvChunk, splitCsv } from '../../src/cli/input.js';
import { CsvReader, type CsvRecord } from '../../src/records/csv.js';
import type { CommandContext } from '../../src/cli/command.js';

function chunksOf(text: string, size: number, readAt = 100_003): CsvChunk[] {
  const bytes = new TextEncoder().encode(text);
  function* open(): Generator<Uint8Array> {
    for (let at = 0; at < bytes.length; at += readAt) yield bytes.subarray(at, at + readAt);
  }
  const context = { values: {}, positionals: [], openInput: () => open() } as unknown as CommandContext;
  const split = splitCsv(context, 'f.csv', size);
  if ('json' in split) throw new Error('read as JSON');
  return [...split.chunks];
}

/** The records as the fields and rows CsvReader gives (a record read as its line split here). */
function read(texts: readonly string[], firstRow: number): { row: number; fields: string[] }[] {
  const records: CsvRecord[] = [];
  const reader = new CsvReader(',', firstRow);
  for (const text of texts) reader.push(text, (r) => records.push(r));
  reader.end((r) => records.push(r));
  return records.map((r) => ({ row: r.row, fields: r.line === undefined ? r.fields : r.line.split(',') }));
}

function expectSameRecords(text: string, size: number, readAt?: number): CsvChunk[] {
  const chunks = chunksOf(text, size, readAt);
  const body = text.slice(text.indexOf('\n') + 1);
  expect(chunks.map((c) => c.texts.join('')).join('') === body).toBe(true);
  expect(chunks.flatMap((c) => read(c.texts, c.firstRow))).toEqual(read([body], 2));
  return chunks;
}

describe('splitCsv', () => {
  it('a large plain file: chunks of the size asked or of CHUNK_LINES lines, of parts no longer than a piece, each ending a line', () => {
    const text = `id,severity,openedAt\n${Array.from({ length: 60_000 }, (_, i) => `C-${i},${(i % 4) + 1},2026-10-01T10:00:00Z\n`).join('')}`;
    const lines = (chunk: CsvChunk): number => chunk.texts.join('').split('\n').length - 1;
    const chars = (chunk: CsvChunk): number => chunk.texts.reduce((n, t) => n + t.length, 0);
    // Rows of about 31 characters: CHUNK_LINES ends a chunk of a megabyte; a chunk of 256 KiB ends first.
    for (const size of [1 << 20, 1 << 18]) {
      const chunks = expectSameRecords(text, size);
      expect(chunks.length).toBeGreaterThan(2);
      for (const chunk of chunks.slice(0, -1)) {
        expect(chars(chunk) >= size || lines(chunk) >= CHUNK_LINES).toBe(true);
        expect(lines(chunk)).toBeLessThan(CHUNK_LINES + PIECE_BYTES / 30);
      }
      expect(chunks.slice(0, -1).some((chunk) => (size === 1 << 20 ? lines(chunk) >= CHUNK_LINES : chars(chunk) >= size))).toBe(true);
    }
    const chunks = chunksOf(text, 1 << 20);
    for (const part of chunks.flatMap((c) => c.texts)) {
      expect(part.length).toBeLessThanOrEqual(PIECE_BYTES);
      expect(part.endsWith('\n')).toBe(true);
    }
  });

  it('quoted line breaks and CRLF across pieces, the last record without a line break', () => {
    const row = (i: number): string => (i % 7 === 0 ? `C-${i},"a note\r\nover ""two"" lines",x\r\n` : `C-${i},plain,${'y'.repeat(i % 50)}\r\n`);
    const text = `id,note,more\r\n${Array.from({ length: 20_000 }, (_, i) => row(i)).join('')}C-last,"end",z`;
    expectSameRecords(text, 1 << 20, 65_537);
    expectSameRecords(text, 4096, 1000);
  });

  it('a quoted field longer than a piece is held whole', () => {
    const text = `id,note\n1,"${'long\n'.repeat(40_000)}"\n2,b\n`;
    const chunks = expectSameRecords(text, 1 << 20);
    expect(chunks.flatMap((c) => read(c.texts, c.firstRow)).map((r) => r.row)).toEqual([2, 40_003]);
  });

  it('any records, any chunk size, any reads (property)', () => {
    const field = fc.oneof(fc.stringMatching(/^[a-z0-9 ]{0,12}$/), fc.stringMatching(/^[a-z\n\r," ]{0,12}$/).map((s) => `"${s.replace(/"/g, '""')}"`));
    const record = fc.array(field, { minLength: 3, maxLength: 3 }).map((fields) => fields.join(','));
    fc.assert(
      fc.property(fc.array(record, { maxLength: 120 }), fc.constantFrom('\n', '\r\n'), fc.integer({ min: 1024, max: 4096 }), fc.integer({ min: 1, max: 700 }), (records, eol, size, readAt) => {
        const text = `a,b,c${eol}${records.map((r) => r + eol).join('')}`;
        const chunks = chunksOf(text, size, readAt);
        expect(chunks.map((c) => c.texts.join('')).join('')).toBe(text.slice(`a,b,c${eol}`.length));
        expect(chunks.flatMap((c) => read(c.texts, c.firstRow))).toEqual(read([text.slice(`a,b,c${eol}`.length)], 2));
      }),
      { seed: 23, numRuns: 300 },
    );
  });
});
