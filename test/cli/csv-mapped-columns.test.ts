// Issue 23: a tool's export is read as far as its mapped columns. Each fast path is held equal to
// the general one: records read as lines and built for a few columns equal the full rows cut to
// those columns (and fail alike on a row of the wrong width); recordEnd equals recordEndScan.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvReader, type CsvRecord, recordEnd, recordEndScan, rowBuilder, rowOf } from '../../src/records/csv.js';

const unit = fc.constantFrom('a', 'b', ' ', ',', ';', '"', '\n', '\r', 'é', '\t');
const csvText = fc.array(fc.string({ unit, maxLength: 12 }), { maxLength: 12 }).map((parts) => parts.join(''));

/** The records of a text, or the reader's error message. */
function read(text: string, delimiter: string, lines: boolean): CsvRecord[] | string {
  const out: CsvRecord[] = [];
  const reader = new CsvReader(delimiter, 2, lines);
  try {
    reader.push(text, (r) => out.push(r));
    reader.end((r) => out.push(r));
  } catch (error) {
    return (error as Error).message;
  }
  return out;
}

/** The outcome of building a record: its cells, or the error's message. */
function outcome(build: () => Record<string, string>): unknown {
  try {
    return { ...build() };
  } catch (error) {
    return (error as Error).message;
  }
}

describe('records read as lines, built for the kept columns only', () => {
  it('equal the full rows cut to the kept columns, and a row of the wrong width fails alike (any text, any columns kept)', () => {
    const header = ['a', 'b', 'c', 'd', 'e'];
    fc.assert(
      fc.property(csvText, fc.constantFrom(',', ';', '\t'), fc.subarray(header), (text, delimiter, keep) => {
        const whole = read(text, delimiter, false);
        const lines = read(text, delimiter, true);
        if (typeof whole === 'string' || typeof lines === 'string') {
          expect(lines).toEqual(whole);
          return;
        }
        expect(lines.map((r) => r.row)).toEqual(whole.map((r) => r.row));
        const build = rowBuilder(header, delimiter, new Set(keep));
        const all = rowBuilder(header, delimiter);
        whole.forEach((record, i) => {
          const full = outcome(() => rowOf(header, record).values as Record<string, string>);
          const expected = typeof full === 'string' ? full : Object.fromEntries(Object.entries(full as object).filter(([k]) => keep.includes(k)));
          expect(outcome(() => build(lines[i] as CsvRecord))).toEqual(expected);
          expect(outcome(() => all(lines[i] as CsvRecord))).toEqual(full);
        });
      }),
      { numRuns: 2000 },
    );
  });

  it('a quote-free line waits to be split; a quoted record comes as its fields', () => {
    expect(read('1,2,3\n"x",y,z\n', ',', true)).toEqual([
      { row: 2, fields: [], line: '1,2,3' },
      { row: 3, fields: ['x', 'y', 'z'] },
    ]);
  });

  it('cells are trimmed and the columns past the last kept one only counted', () => {
    const build = rowBuilder(['id', 'subject', 'created', 'notes'], ',', new Set(['created']));
    expect(build({ row: 2, fields: [], line: '7, Help ,  2026-10-01 09:00 ,x' })).toEqual({ created: '2026-10-01 09:00' });
    expect(() => build({ row: 5, fields: [], line: '7,Help,2026-10-01,x,y' })).toThrow('row 5: has 5 fields; the header has 4');
    expect(() => build({ row: 6, fields: [], line: '7,Help' })).toThrow('row 6: has 2 fields; the header has 4');
  });

  it('a column named __proto__ is an ordinary cell', () => {
    const build = rowBuilder(['__proto__', 'id'], ',', new Set(['__proto__']));
    const values = build({ row: 2, fields: [], line: 'x,1' });
    expect(Object.getPrototypeOf(values)).toBe(null);
    expect(values['__proto__']).toBe('x');
  });
});

describe('recordEnd (quotes found natively) equals recordEndScan (character by character)', () => {
  it('on any text and delimiter', () => {
    fc.assert(
      fc.property(csvText, fc.constantFrom(',', ';', '\t'), (text, delimiter) => {
        expect(recordEnd(text, delimiter)).toEqual(recordEndScan(text, delimiter));
      }),
      { numRuns: 5000 },
    );
  });

  it('on the cases that matter: quotes inside a field, line breaks in quotes, CRLF, a CR at the end, an unclosed quote', () => {
    for (const text of ['a,b\nc,d\n', 'a,"b\nc"\nd\n', '12" x,y\nz\n', 'a\r\nb\r', 'a\rb\n', 'a,"b\n', '"a""\n"\nb', 'x\n"a"b\nc\n', '', 'no end']) {
      expect(recordEnd(text, ',')).toEqual(recordEndScan(text, ','));
    }
    expect(recordEnd('a,"b\nc"\nd\n', ',')).toEqual({ end: 10, lines: 3 });
    expect(recordEnd('a,"b\nc"', ',')).toEqual({ end: 0, lines: 0 });
  });
});
