import type { PercentRounding } from './types.js';

/**
 * `100 × up / base` for whole numbers `0 ≤ up ≤ base` (epoch-ms lengths), rounded to
 * `decimals` places exactly: long division in whole numbers, so 99.995 never turns into
 * 99.99499999… before it is rounded.
 */
export function roundPercent(up: number, base: number, rounding: PercentRounding): number {
  // Every intermediate value is a whole number below 2^53 (100 × a month in ms, 100 × 10^10), and
  // Math.floor of each division is exact: a quotient that is not whole lies at least 1/base (over
  // 3e-10 for a month in ms) from the next whole number, far beyond a division's rounding error.
  let quotient = Math.floor((100 * up) / base);
  let remainder = 100 * up - quotient * base;
  for (let place = 0; place < rounding.decimals; place++) {
    remainder *= 10;
    const digit = Math.floor(remainder / base);
    quotient = quotient * 10 + digit;
    remainder -= digit * base;
  }
  const twice = 2 * remainder;
  let up1 = false;
  if (rounding.mode === 'up') up1 = remainder > 0;
  else if (rounding.mode === 'half-up') up1 = twice >= base;
  else if (rounding.mode === 'half-even') up1 = twice > base || (twice === base && quotient % 2 === 1);
  return (quotient + (up1 ? 1 : 0)) / 10 ** rounding.decimals;
}
