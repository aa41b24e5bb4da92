import { fail } from './errors.js';

/**
 * A rate written as text, as a share: `'95.2%'` → 0.952 and `'0.952'` → 0.952. The percent form
 * moves the decimal point in the text instead of dividing by 100, so `'95.2%'` is exactly the
 * number `0.952` (not 0.9520000000000001) and compares with other shares as written. A bare number
 * beyond ±1 is refused, naming both readings: `3.1` could mean 3.1% or 310%. Every command reads
 * `--target`, `--cpi`, `--floor`, `--cap` and share parameters through it.
 *
 * @throws SlaError `INVALID_ARGUMENT` at `path` for text that is not a rate.
 * @example
 * ```ts
 * import { parseRate } from 'slakit';
 *
 * parseRate('95.2%'); //=> 0.952
 * parseRate('0.952'); //=> 0.952
 * parseRate('-0.5%'); //=> -0.005
 * parseRate('95.2'); // throws INVALID_ARGUMENT
 * ```
 */
export function parseRate(text: string, path = 'rate'): number {
  if (typeof path !== 'string') path = 'rate';
  const trimmed = typeof text === 'string' ? text.trim() : '';
  const m = /^([-+])?(\d+)(?:\.(\d+))?(%)?$/.exec(trimmed);
  if (!m) return fail('INVALID_ARGUMENT', path, text, 'is not a rate such as 3.1% or 0.031');
  const [, sign = '', whole = '', fraction = '', percent] = m;
  const negative = sign === '-' ? '-' : '';
  if (percent === undefined) {
    const value = Number(`${negative}${whole}.${fraction || '0'}`);
    if (Math.abs(value) > 1) {
      const shifted = parseRate(`${trimmed}%`, path);
      return fail('INVALID_ARGUMENT', path, value, `would be a ${formatPercent(Math.abs(value) * 100, 10)} ${value < 0 ? 'fall' : 'rise'}; write ${trimmed}% or ${shifted} (a bare number is a share: 0.031 is 3.1%)`);
    }
    return value;
  }
  const digits = `${whole}${fraction}`;
  const point = whole.length - 2;
  const shifted = point <= 0 ? `0.${'0'.repeat(-point)}${digits}` : `${digits.slice(0, point)}.${digits.slice(point)}`;
  return Number(`${negative}${shifted}`);
}

/**
 * A percentage for people: rounded (half away from zero) to at most `digits` decimals, trailing
 * zeros dropped, with a `%`: the one way the command's tables, the service report's HTML and
 * Markdown show a percentage, so that one figure never reads two ways. The value is first taken
 * to 12 significant digits, so that 99.95 computed as 99.94999999999999 shows as 99.95.
 *
 * @param percent - The percentage (0–100 for a share of 0–1).
 * @param digits - Decimals shown, 0 to 10 (default 2).
 * @throws SlaError `INVALID_ARGUMENT` for a value that is not finite or digits out of range.
 * @example
 * ```ts
 * import { formatPercent } from 'slakit';
 *
 * formatPercent((2 / 3) * 100, 4); //=> '66.6667%'
 * formatPercent(89.9563, 1); //=> '90%'
 * formatPercent(99.94999999999999, 4); //=> '99.95%'
 * formatPercent(-2.5, 0); //=> '-3%'
 * ```
 */
export function formatPercent(percent: number, digits = 2): string {
  if (typeof percent !== 'number' || !Number.isFinite(percent)) return fail('INVALID_ARGUMENT', 'percent', percent, 'is not a finite number');
  if (!Number.isInteger(digits) || digits < 0 || digits > 10) return fail('INVALID_ARGUMENT', 'digits', digits, 'is not a whole number from 0 to 10');
  const scaled = Math.abs(Number((percent * 10 ** digits).toPrecision(12)));
  const rounded = (Math.round(scaled) / 10 ** digits) * Math.sign(percent);
  return `${Number(rounded.toFixed(digits)) || 0}%`;
}
