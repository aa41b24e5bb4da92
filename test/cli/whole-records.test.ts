// splitCsv cuts a file into chunks of whole records: wholeRecords is recordEnd, with a quick path
// for text without a quote or CR (its last LF ends its last whole record).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wholeRecords } from '../../src/cli/input.js';
import { recordEnd } from '../../src/records/csv.js';

describe('wholeRecords', () => {
  it('finds the end and the line count recordEnd finds, for any text of cells, delimiters, quotes, CRs and LFs', () => {
    const text = fc.array(fc.constantFrom('a', 'bc', ',', ';', '\n', '\n', '\r', '\r\n', '"', '""'), { maxLength: 60 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, fc.constantFrom(',', ';'), (t, delimiter) => {
        expect(wholeRecords(t, delimiter)).toEqual(recordEnd(t, delimiter));
      }),
      { numRuns: 2000 },
    );
  });

  it('a text without a quote or CR ends after its last LF: a text without one has no whole record', () => {
    expect(wholeRecords('a,b\nc,d\ne,f', ',')).toEqual({ end: 8, lines: 2 });
    expect(wholeRecords('a,b', ',')).toEqual({ end: 0, lines: 0 });
    expect(wholeRecords('\n\n', ',')).toEqual({ end: 2, lines: 2 });
  });
});
