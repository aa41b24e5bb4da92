// One rate parser and one percent formatter for every command, the report and the Markdown.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatPercent, parseRate } from '../../src/core/index.js';
import { expectSlaError } from '../expect-sla-error.js';

describe('parseRate: a rate as text is the share it writes', () => {
  it('95.2% is exactly 0.952 (not 95.2 / 100 = 0.9520000000000001)', () => {
    expect(parseRate('95.2%')).toBe(0.952);
    expect(95.2 / 100).not.toBe(0.952);
    expect(parseRate('0.952')).toBe(0.952);
    expect(parseRate(' +3.1% ')).toBe(0.031);
    expect(parseRate('-0.5%')).toBe(-0.005);
    expect(parseRate('100%')).toBe(1);
    expect(parseRate('0.05%')).toBe(0.0005);
  });
  it('the percent form and the share form are one number, for every decimal written', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 0, max: 5 }), (units, places) => {
        // units / 10^places percent, written both ways.
        const text = (units / 10 ** places).toFixed(places);
        expect(parseRate(`${text}%`)).toBe(Number(`${units}e-${places + 2}`));
      }),
    );
  });
  it('text that is not a rate, and a bare number beyond 1, are refused with both readings', () => {
    expectSlaError(() => parseRate('ninety'), 'INVALID_ARGUMENT', 'rate', 'is not a rate');
    expectSlaError(() => parseRate('1e-2', '--target'), 'INVALID_ARGUMENT', '--target');
    expectSlaError(() => parseRate('3.1'), 'INVALID_ARGUMENT', 'rate', '3.1 would be a 310% rise; write 3.1% or 0.031');
    expectSlaError(() => parseRate('-2'), 'INVALID_ARGUMENT', 'rate', 'fall');
    expectSlaError(() => parseRate(undefined as never), 'INVALID_ARGUMENT', 'rate');
  });
});

describe('formatPercent: rounded, never truncated', () => {
  it('2/3 is 66.6667%, 89.9563 to one place is 90%, 99.94999… is 99.95%', () => {
    expect(formatPercent((2 / 3) * 100, 4)).toBe('66.6667%');
    expect(formatPercent(89.9563, 1)).toBe('90%');
    expect(formatPercent(99.94999999999999, 4)).toBe('99.95%');
    expect(formatPercent(99.9499, 4)).toBe('99.9499%');
    expect(formatPercent(0.07 * 100)).toBe('7%');
    expect(formatPercent(-2.5, 0)).toBe('-3%');
    expect(formatPercent(-0.0001, 2)).toBe('0%');
  });
  it('the shown value is the nearest at that many places', () => {
    fc.assert(
      fc.property(fc.double({ min: -1000, max: 1000, noNaN: true }), fc.integer({ min: 0, max: 6 }), (value, digits) => {
        const shown = Number(formatPercent(value, digits).slice(0, -1));
        expect(Math.abs(shown - value)).toBeLessThanOrEqual(0.5 / 10 ** digits + 1e-9);
      }),
    );
  });
  it('a value or digits that cannot be shown are refused', () => {
    expectSlaError(() => formatPercent(Number.NaN), 'INVALID_ARGUMENT', 'percent');
    expectSlaError(() => formatPercent(1, 11), 'INVALID_ARGUMENT', 'digits');
  });
});
