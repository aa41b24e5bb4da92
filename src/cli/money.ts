// Money on the command line: decimal text in major units ↔ integer minor units, never a float.
import { currencyDigits, formatMinorUnits } from '../renewal/money.js';
import { UsageError } from './usage-error.js';

/** Digits after the decimal point of a currency (USD 2, JPY 0, BHD 3), from the runtime's ISO 4217 data. */
export function minorDigits(currency: string, option = '--currency'): number {
  if (!/^[A-Za-z]{3}$/.test(currency)) throw new UsageError(`${option}: '${currency}' is not an ISO 4217 code such as USD`);
  return currencyDigits(currency.toUpperCase());
}

/** `'120000.00'` → 12000000 (a number when safe, else a bigint); more decimals than the currency has is an error. */
export function parseMajorUnits(text: string, digits: number, option: string): number | bigint {
  const m = /^(\d+)(?:\.(\d+))?$/.exec(text.replace(/_/g, ''));
  if (!m) throw new UsageError(`${option}: '${text}' is not an amount such as 120000.00`);
  const fraction = m[2] ?? '';
  if (fraction.length > digits) throw new UsageError(`${option}: '${text}' has ${fraction.length} decimals; the currency has ${digits}`);
  const minor = BigInt(`${m[1] as string}${fraction.padEnd(digits, '0')}`);
  return minor <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(minor) : minor;
}

/** 12000000 → `'120,000.00'` (2 digits), exactly. */
export const formatMajorUnits = formatMinorUnits;

/**
 * `'3.1%'` → 0.031 and `'0.031'` → 0.031, by moving the decimal point in the text (no `3.1 / 100`
 * rounding). A bare number above 1 is refused with both readings: `3.1` could mean 3.1% or 310%.
 */
export function parseRate(text: string, option: string): number {
  const m = /^(-)?(\d+)(?:\.(\d+))?(%)?$/.exec(text.trim());
  if (!m) throw new UsageError(`${option}: '${text}' is not a rate such as 3.1% or 0.031`);
  const [, sign = '', whole = '', fraction = '', percent] = m;
  if (percent === undefined) {
    const value = Number(`${sign}${whole}.${fraction || '0'}`);
    if (Math.abs(value) > 1) {
      const shifted = parseRate(`${text.trim()}%`, option);
      throw new UsageError(`${option}: ${text.trim()} would be a ${Number((value * 100).toPrecision(12))}% ${value < 0 ? 'fall' : 'rise'}; write ${text.trim()}% or ${shifted} (a bare number is a fraction: 0.031 is 3.1%)`);
    }
    return value;
  }
  const all = `${whole}${fraction}`;
  const point = whole.length - 2;
  const shifted = point <= 0 ? `0.${'0'.repeat(-point)}${all}` : `${all.slice(0, point)}.${all.slice(point)}`;
  return Number(`${sign}${shifted}`);
}
