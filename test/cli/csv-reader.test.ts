// The command's CSV reader: the RFC 4180 cases, and the same records however the text is chunked.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvReader, type CsvRecord, csvError, detectDelimiter, parseCsv } from '../../src/records/csv.js';

function records(chunks: readonly string[], delimiter = ','): CsvRecord[] {
  const out: CsvRecord[] = [];
  const reader = new CsvReader(delimiter);
  for (const chunk of chunks) reader.push(chunk, (r) => out.push(r));
  reader.end((r) => out.push(r));
  return out;
}

const fields = (text: string, delimiter = ','): string[][] => records([text], delimiter).map((r) => r.fields);

describe('RFC 4180', () => {
  it('§2.1–2.2: records end with CRLF or LF, the last line break is optional', () => {
    expect(fields('a,b\r\nc,d\r\n')).toEqual([['a', 'b'], ['c', 'd']]);
    expect(fields('a,b\nc,d')).toEqual([['a', 'b'], ['c', 'd']]);
  });
  it('§2.4: spaces are part of a field; empty fields count', () => {
    expect(fields(' a ,,b')).toEqual([[' a ', '', 'b']]);
  });
  it('§2.5–2.7: quoted fields hold delimiters, line breaks and doubled quotes', () => {
    expect(fields('"a,b","c\r\nd","say ""hi"""\n')).toEqual([['a,b', 'c\r\nd', 'say "hi"']]);
    expect(fields('""\n')).toEqual([['']]);
  });
  it('row numbers are the line a record starts on, counting line breaks inside quotes', () => {
    expect(records(['h\n"a\nb"\nc\n']).map((r) => r.row)).toEqual([1, 2, 4]);
  });
  it('blank lines hold no record', () => {
    expect(fields('a\n\nb\n')).toEqual([['a'], ['b']]);
  });
  it('an unclosed quote and text after a closing quote are errors naming the row and column', () => {
    expect(() => fields('a,b\nc,"d\n')).toThrow(csvError('row 2, column 2: a quoted field is not closed', 2));
    expect(() => fields('a,"b"c\n')).toThrow(/row 1, column 2: text after a field's closing quote/);
  });
  it('other delimiters: ; and tab', () => {
    expect(fields('a;"b;c"\n', ';')).toEqual([['a', 'b;c']]);
    expect(fields('a\tb\n', '\t')).toEqual([['a', 'b']]);
  });
  it('the header: trimmed names, no empty or repeated name, every row as wide as the header', () => {
    expect(parseCsv('\ufeff id , b\n1,2\n').rows[0]?.values).toEqual({ id: '1', b: '2' });
    expect(() => parseCsv('id,id\n')).toThrow(/row 1, column 2: the column 'id' appears twice/);
    expect(() => parseCsv('id,\n')).toThrow(/row 1, column 2: a header cell is empty/);
    expect(() => parseCsv('a,b\n1\n')).toThrow(/row 2: has 1 field; the header has 2/);
  });
});

describe('delimiter detection', () => {
  it('picks the delimiter that splits the header most, ignoring quoted text; a comma on a tie', () => {
    expect(detectDelimiter('id;openedAt;severity\n1,2;3')).toBe(';');
    expect(detectDelimiter('id\topenedAt\n')).toBe('\t');
    expect(detectDelimiter('"a;b;c",d\n')).toBe(',');
    expect(detectDelimiter('id\n')).toBe(',');
  });
});

describe('chunking', () => {
  const cell = fc.oneof(fc.string({ unit: fc.constantFrom('a', 'b', ',', '"', '\n', '\r', ' ', 'é') }), fc.constant(''));
  const csv = fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 6 }).map((rows) =>
    rows.map((row) => row.map((c) => `"${c.replace(/"/g, '""')}"`).join(',')).join('\r\n'),
  );
  it('gives the same records however the text is cut into chunks', () => {
    fc.assert(
      fc.property(csv, fc.array(fc.nat(), { maxLength: 8 }), (text, cuts) => {
        const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
        const chunks = [0, ...points].map((p, i, all) => text.slice(p, all[i + 1] ?? text.length));
        expect(records(chunks)).toEqual(records([text]));
      }),
      { seed: 15, numRuns: 300 },
    );
  });
  it('reads a 10 MB line pushed in small chunks in linear time (the record waits until it is whole)', () => {
    const line = 'x'.repeat(10_000_000);
    const chunks = Array.from({ length: 160 }, (_, i) => line.slice(i * 62_500, (i + 1) * 62_500));
    const out = records(['h\n', ...chunks, '\n']);
    expect(out.map((r) => r.fields[0]?.length)).toEqual([1, 10_000_000]);
  });
});
