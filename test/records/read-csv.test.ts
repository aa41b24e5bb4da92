import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSlaError } from '../../src/core/errors.js';
import { readCsv } from '../../src/records/index.js';

const rowsOf = (source: string | string[], delimiter?: ',' | ';' | '\t') => [...readCsv(source, delimiter === undefined ? undefined : { delimiter })];

describe('readCsv', () => {
  it('reads quoted fields with delimiters, "" and line breaks inside, CRLF or LF, and a BOM', () => {
    expect(rowsOf('\uFEFFa,b\r\n"x, y","say ""hi"""\r\n"two\nlines",z\n')).toEqual([
      { a: 'x, y', b: 'say "hi"' },
      { a: 'two\nlines', b: 'z' },
    ]);
  });

  it('detects ; and tab from the header, and takes a delimiter given', () => {
    expect(rowsOf('a;b\n1;2\n')).toEqual([{ a: '1', b: '2' }]);
    expect(rowsOf('a\tb\n1\t2\n')).toEqual([{ a: '1', b: '2' }]);
    expect(rowsOf('a;b,c\n1;2,3\n', ',')).toEqual([{ 'a;b': '1;2', c: '3' }]);
  });

  it('trims names and cells, skips blank lines, and reads a last line without a line break', () => {
    expect(rowsOf(' a , b \n\n 1 , 2 \n\n3,4')).toEqual([
      { a: '1', b: '2' },
      { a: '3', b: '4' },
    ]);
  });

  it('a text that cannot be read is INVALID_CSV with its line', () => {
    const error = (text: string) => {
      try {
        rowsOf(text);
      } catch (e) {
        if (isSlaError(e)) return [e.code, e.message, e.details.row];
        throw e;
      }
      throw new Error('no error');
    };
    expect(error('a,b\n1,2\n3\n')).toEqual(['INVALID_CSV', 'INVALID_CSV: row 3: has 1 field; the header has 2', 3]);
    expect(error('a,b\nc,"d\n')).toEqual(['INVALID_CSV', 'INVALID_CSV: row 2, column 2: a quoted field is not closed', 2]);
    expect(error('a,a\n')).toEqual(['INVALID_CSV', "INVALID_CSV: row 1, column 2: the column 'a' appears twice", 1]);
    expect(error('')).toEqual(['INVALID_CSV', 'INVALID_CSV: the text is empty; expected a header row', undefined]);
  });

  it('rejects bad options and sources', () => {
    expect(() => readCsv('a\n1', { delimiter: '|' as ',' })).toThrow("INVALID_ARGUMENT: options.delimiter: '|' is not ',' ';' or a tab");
    expect(() => readCsv('a\n1', { delimter: ';' } as never)).toThrow('INVALID_ARGUMENT');
    expect(() => readCsv(42 as never)).toThrow('INVALID_ARGUMENT: source: 42 is not a text or an iterable of text chunks');
  });

  it('reads an async iterable of chunks', async () => {
    async function* chunks() {
      yield 'id,sev';
      yield 'erity\nC-1,';
      yield '2\n';
    }
    const rows = [];
    for await (const row of readCsv(chunks())) rows.push(row);
    expect(rows).toEqual([{ id: 'C-1', severity: '2' }]);
  });

  // Cells that need quoting: delimiters, quotes, line breaks; no leading or trailing spaces (cells are trimmed).
  const cell = fc.string({ unit: fc.constantFrom('a', 'b', ',', ';', '"', '\n', '\r\n', ' x', 'é', '😀'), maxLength: 8 }).map((s) => s.trim());
  const table = fc.integer({ min: 1, max: 4 }).chain((width) =>
    fc.record({
      header: fc.uniqueArray(fc.stringMatching(/^[a-z]{1,5}$/), { minLength: width, maxLength: width }),
      rows: fc.array(fc.array(cell, { minLength: width, maxLength: width }), { maxLength: 6 }),
      delimiter: fc.constantFrom(',' as const, ';' as const, '\t' as const),
      eol: fc.constantFrom('\n', '\r\n'),
    }),
  );
  const write = (cells: string[], delimiter: string) => cells.map((c) => (/[",;\t\r\n]/.test(c) || c === '' ? `"${c.replace(/"/g, '""')}"` : c)).join(delimiter);

  it('property: the rows written as CSV are read back, whole or in chunks cut anywhere', () => {
    fc.assert(
      fc.property(table, fc.array(fc.nat(), { maxLength: 6 }), ({ header, rows, delimiter, eol }, cuts) => {
        const text = [header.join(delimiter), ...rows.map((r) => write(r, delimiter))].join(eol) + eol;
        const expected = rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
        expect(rowsOf(text, delimiter)).toEqual(expected);
        const at = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
        const chunks = [0, ...at].map((from, i) => text.slice(from, at[i] ?? text.length));
        expect(rowsOf(chunks, delimiter)).toEqual(expected);
      }),
    );
  });
});
