import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { durationInstant, plainDigits } from '../../src/records/read-cases.js';

// plainDigits reads a cell of one to nine digits by hand; the lean reader reads it in place, inside
// a line (`from`, `to`), instead of cutting the cell. Held to a regular expression and Number.

const reference = (text: string): number => (/^[0-9]{1,9}$/.test(text) ? Number(text) : -1);
const cellText = fc.oneof(fc.stringMatching(/^[0-9]{0,11}$/), fc.constantFrom('', ' 5', '5 ', '1.5', '-5', '+5', '1e3', '٣', 'x'), fc.string({ maxLength: 12 }));

describe('plainDigits', () => {
  it('is the value of one to nine ASCII digits, and -1 for any other text (empty, blanks, signs, fractions, ten digits)', () => {
    expect(plainDigits('0')).toBe(0);
    expect(plainDigits('0012')).toBe(12);
    expect(plainDigits('999999999')).toBe(999_999_999);
    for (const text of ['', ' 5', '5 ', '1.5', '-5', '+5', '1e3', '1234567890', '٣']) expect(plainDigits(text)).toBe(-1);
    fc.assert(
      fc.property(cellText, (text) => {
        expect(plainDigits(text)).toBe(reference(text));
      }),
    );
  });

  it('reads a cell inside a line, text[from, to), as it reads the cell cut out', () => {
    fc.assert(
      fc.property(fc.array(cellText, { minLength: 1, maxLength: 6 }), fc.nat(), (cells, pick) => {
        const line = cells.join(',');
        const k = pick % cells.length;
        const from = cells.slice(0, k).reduce((n, c) => n + c.length + 1, 0);
        const cell = cells[k] as string;
        expect(plainDigits(line, from, from + cell.length)).toBe(plainDigits(cell));
      }),
    );
  });

  it('gives durationInstant, read as a number, the instant it reads from the text', () => {
    const opened = Date.UTC(2026, 9, 1, 9);
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9]{1,9}$/), fc.constantFrom('minutes' as const, 'hours' as const), (text, unit) => {
        const read = durationInstant(text, unit, opened);
        expect(durationInstant(plainDigits(text), unit, opened)).toBe(read);
      }),
    );
  });
});
