// Exact rational arithmetic for rates. A rate given as a JS number means its SHORTEST decimal
// representation (what `String(x)` prints): `0.05` is exactly 5/100, not the binary double
// 0.05000000000000000277…, so a fee of 10 cents at 5% is exactly 10.5 cents and half-up gives 11.
// Shortest-decimal reading is monotone (x < y ⇔ decimal(x) < decimal(y)), so comparing the numbers
// compares the decimals exactly.

/** An exact rational `n / d` with `d > 0`; `sn`/`sd` hold the same values as safe numbers, or 0 for `sd` if they do not fit. */
export interface Ratio {
  readonly n: bigint;
  readonly d: bigint;
  readonly sn: number;
  readonly sd: number;
}

const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/;
const MAX_SAFE = Number.MAX_SAFE_INTEGER;

/** A ratio from bigint parts, with the safe-number copy filled in when both fit. */
export function ratio(n: bigint, d: bigint): Ratio {
  const small = n <= 9_007_199_254_740_991n && n >= -9_007_199_254_740_991n && d <= 9_007_199_254_740_991n;
  return { n, d, sn: small ? Number(n) : 0, sd: small ? Number(d) : 0 };
}

/** The exact value of a finite number's shortest decimal representation. */
export function decimalOf(x: number): Ratio {
  const m = DECIMAL.exec(String(x)) as RegExpExecArray;
  const fraction = m[3] ?? '';
  const exponent = (m[4] === undefined ? 0 : Number(m[4])) - fraction.length;
  let n = BigInt((m[2] as string) + fraction);
  if (m[1] === '-') n = -n;
  return exponent >= 0 ? ratio(n * 10n ** BigInt(exponent), 1n) : ratio(n, 10n ** BigInt(-exponent));
}

/** Sign of `a − b`: −1, 0 or 1. */
export function compareRatios(a: Ratio, b: Ratio): number {
  const left = a.n * b.d;
  const right = b.n * a.d;
  return left < right ? -1 : left > right ? 1 : 0;
}

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

/** The ratio in lowest terms. */
export function reduced(r: Ratio): { numerator: bigint; denominator: bigint } {
  const g = gcd(r.n, r.d);
  return { numerator: r.n / g, denominator: r.d / g };
}

function bitLength(x: bigint): number {
  return x === 0n ? 0 : x.toString(2).length;
}

/** The number nearest to `n / d` (round half to even), for reporting a rate that is not a decimal. */
export function ratioToNumber(r: Ratio): number {
  if (r.sd !== 0) return r.sn / r.sd; // IEEE division of exact operands is correctly rounded
  const negative = r.n < 0n;
  const n = negative ? -r.n : r.n;
  // Scale so the quotient has at least 55 significant bits, then fold the remainder into a sticky
  // bit: Number() of that integer rounds exactly as the true quotient would.
  const shift = Math.max(0, 55 - (bitLength(n) - bitLength(r.d)));
  const scaled = n << BigInt(shift);
  let q = scaled / r.d;
  if (q * r.d !== scaled) q |= 1n;
  let value = Number(q);
  for (let s = shift; s > 0; s -= Math.min(s, 1000)) value /= 2 ** Math.min(s, 1000);
  return negative ? -value : value;
}

/** Rounding of an exact quotient to a whole number. */
export type RoundingMode = 'half-up' | 'half-even';

/**
 * `amount × (1 + rate)` rounded once to a whole number, for `amount >= 0` and `rate >= 0`.
 * Uses exact double arithmetic while every intermediate stays below 2^53, bigint otherwise.
 */
export function upliftAmount(amount: number | bigint, rate: Ratio, rounding: RoundingMode): bigint | number {
  if (typeof amount === 'number' && rate.sd !== 0) {
    const factor = rate.sd + rate.sn;
    const product = amount * factor;
    if (factor <= MAX_SAFE && product <= MAX_SAFE) {
      // Exact: if product / sd is not a whole number it is at least 1/sd from one, more than half
      // an ulp of a quotient below 2^53 / sd, so the float division cannot round onto the integer.
      const q = Math.floor(product / rate.sd);
      const rem = product - q * rate.sd;
      const twice = 2 * rem;
      return twice > rate.sd || (twice === rate.sd && (rounding === 'half-up' || q % 2 === 1)) ? q + 1 : q;
    }
  }
  const product = BigInt(amount) * (rate.d + rate.n);
  let q = product / rate.d;
  const twice = 2n * (product - q * rate.d);
  if (twice > rate.d || (twice === rate.d && (rounding === 'half-up' || q % 2n === 1n))) q += 1n;
  return q;
}
