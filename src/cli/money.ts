// Money on the command line: decimal text in major units ↔ integer minor units, never a float.
import { currencyDigits, formatMinorUnits } from '../renewal/money.js';
import { UsageError } from './usage-error.js';
import { isSlaError } from '../core/errors.js';
import { parseRate as parseRateText } from '../core/percent.js';
import { messageWithoutPath } from './options.js';

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

/** A rate option (`--target 95.2%`, `--cpi 0.031`) through the library's one rate parser. */
export function parseRate(text: string, option: string): number {
  try {
    return parseRateText(text, 'rate');
  } catch (error) {
    if (!isSlaError(error)) throw error;
    throw new UsageError(`${option}: ${messageWithoutPath(error.message, error.code)}`);
  }
}
