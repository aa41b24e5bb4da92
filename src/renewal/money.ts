import { fail } from '../core/errors.js';

/**
 * An amount of money in integer minor units (cents for USD): a safe-integer `number` or a
 * `bigint`. slakit never represents money as a fractional number; every result comes back in the
 * type it was given.
 *
 * @example
 * ```ts
 * import type { MinorUnits } from 'slakit/renewal';
 *
 * const annualFee: MinorUnits = 1_200_000; // $12,000.00
 * const large: MinorUnits = 120_000_000_000_000_000_000n;
 * ```
 */
export type MinorUnits = number | bigint;

/**
 * The money type of a result: `bigint` in, `bigint` out; `number` in, `number` out.
 *
 * @example
 * ```ts
 * import type { SameMoney } from 'slakit/renewal';
 *
 * const fee: SameMoney<bigint> = 1_260_000n;
 * ```
 */
export type SameMoney<M extends MinorUnits> = M extends bigint ? bigint : number;

/** Checks that a value is a non-negative whole amount of minor units. */
export function assertMoney(value: unknown, path: string): asserts value is MinorUnits {
  if (typeof value === 'bigint') {
    if (value < 0n) fail('INVALID_MONEY', path, value, 'is negative; expected a non-negative amount in minor units');
    return;
  }
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    fail('INVALID_MONEY', path, value, 'is not a whole number of minor units (cents); pass an integer number or a bigint');
  }
  if (value < 0) fail('INVALID_MONEY', path, value, 'is negative; expected a non-negative amount in minor units');
  if (!Number.isSafeInteger(value)) fail('INVALID_MONEY', path, value, 'is above Number.MAX_SAFE_INTEGER, so it is not exact; pass a bigint');
}

/** Converts an exact bigint result back to the caller's money type, refusing to lose precision. */
export function toSameMoney<M extends MinorUnits>(amount: bigint, like: M, path: string, input: unknown, gives = 'renews to'): SameMoney<M> {
  if (typeof like === 'bigint') return amount as SameMoney<M>;
  if (amount > 9_007_199_254_740_991n) {
    fail('INVALID_MONEY', path, input, `${gives} ${amount} minor units, above Number.MAX_SAFE_INTEGER; pass a bigint`);
  }
  return Number(amount) as SameMoney<M>;
}

/** Digits after the decimal point of an ISO 4217 currency (USD 2, JPY 0, BHD 3), from the runtime's data. */
export function currencyDigits(currency: string): number {
  return new Intl.NumberFormat('en-US', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

/** Integer minor units as major units with grouping, exactly: 12000000 at 2 digits is `'120,000.00'`. */
export function formatMinorUnits(minor: number | bigint, digits: number): string {
  const value = BigInt(minor);
  const sign = value < 0n ? '-' : '';
  const text = (value < 0n ? -value : value).toString().padStart(digits + 1, '0');
  const whole = text.slice(0, text.length - digits).replace(/\B(?=(\d{3})+$)/g, ',');
  return digits === 0 ? `${sign}${whole}` : `${sign}${whole}.${text.slice(text.length - digits)}`;
}
