import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvCell } from '../../src/cli/table.js';

// The rules of csvCell written the slow way (three regular expressions), as the reference model for
// its one-pass fast path.
function referenceCsvCell(cell: string): string {
  const shown = cell.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) => {
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).toUpperCase().padStart(2, '0')}` : `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
  });
  const formula = /^[=+\-@\t\r]/.test(shown) && !/^-\d+(\.\d+)?%?$/.test(shown);
  const text = formula ? `'${shown}` : shown;
  return formula || /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const awkward = fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', '"', ',', '\u0000', '\u001b', '\u007f', '\u0085', '\u2028', '\u202e', '\u2066', '—', '1', '.', '%', 'a', ' ');

describe('csvCell fast path', () => {
  it('csvCell writes every cell exactly as the three-regex reference does', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'grapheme-composite' }), fc.string({ unit: awkward, maxLength: 8 }), fc.string({ unit: 'binary' })), (cell) => {
        expect(csvCell(cell)).toBe(referenceCsvCell(cell));
      }),
      { numRuns: 3000 },
    );
  });

  it('csvCell leaves plain times, numbers and dashes as they are', () => {
    expect(['2026-10-01 20:59:30 -04:00', '25.8333%', '—', 'CS-1', ''].map(csvCell)).toEqual(['2026-10-01 20:59:30 -04:00', '25.8333%', '—', 'CS-1', '']);
    expect(['-12', '-1.5%', '-x', '=1+1'].map(csvCell)).toEqual(['-12', '-1.5%', `"'-x"`, `"'=1+1"`]);
  });
});
