import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSlaError } from '../../src/core/errors.js';
import { cpiChange, renewalUplift, renewFee } from '../../src/renewal/index.js';
import { decimalOf, ratio, ratioToNumber, reduced } from '../../src/renewal/rational.js';
import { referenceRate, referenceRenew, referenceRenewIndex } from './reference.js';

/** The SlaError a call throws, as `code path`, or undefined. */
function errorOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    if (!isSlaError(error)) throw error;
    return `${error.code} ${String(error.details.path)}`;
  }
  return undefined;
}

const ANNUAL_AVERAGES_2023_2024 = { previous: 304.702, current: 313.689 };

describe('cpiChange: current / previous − 1, exactly', () => {
  it('the published 2023 → 2024 annual averages are a 2.95% change', () => {
    const change = cpiChange(ANNUAL_AVERAGES_2023_2024);
    expect(change).toBe(8987 / 304702);
    expect(change.toFixed(4)).toBe('0.0295');
  });

  it('is the nearest number to the exact ratio, where the float formula is not', () => {
    expect(313.689 / 304.702 - 1).not.toBe(8987 / 304702); // why slakit does not divide floats
    expect(cpiChange({ previous: 200, current: 190 })).toBe(-0.05);
    expect(cpiChange({ previous: 100, current: 100 })).toBe(0);
  });

  it.each([
    [{ previous: 0, current: 313.689 }, 'INVALID_RATE index.previous'],
    [{ previous: -1, current: 313.689 }, 'INVALID_RATE index.previous'],
    [{ previous: 304.702, current: 0 }, 'INVALID_RATE index.current'],
    [{ previous: 304.702, current: Number.NaN }, 'INVALID_RATE index.current'],
    [{ previous: Number.POSITIVE_INFINITY, current: 1 }, 'INVALID_RATE index.previous'],
    [{ previous: '304.702', current: 313.689 }, 'INVALID_RATE index.previous'],
    [null, 'INVALID_RATE index'],
  ])('an index value ≤ 0 or not a finite number is INVALID_RATE: %j', (index, expected) => {
    expect(errorOf(() => cpiChange(index as never))).toBe(expected);
  });
});

describe('renewalUplift: rate = max(floor, cpi), capped by cap', () => {
  it('the 5% floor applies when CPI-U rose 2.95% (published example)', () => {
    expect(renewalUplift({ cpi: ANNUAL_AVERAGES_2023_2024 })).toEqual({ rate: 0.05, rule: 'floor', exactRate: { numerator: 1n, denominator: 20n } });
    expect(renewalUplift({ cpi: 0.0295 })).toMatchObject({ rate: 0.05, rule: 'floor' });
  });

  it('CPI-U above the floor is the rate', () => {
    expect(renewalUplift({ cpi: 0.0612 })).toEqual({ rate: 0.0612, rule: 'cpi', exactRate: { numerator: 153n, denominator: 2500n } });
    const pair = { previous: 270.97, current: 292.655 }; // an 8.0% year
    const uplift = renewalUplift({ cpi: pair });
    expect(uplift.rule).toBe('cpi');
    expect(uplift.exactRate).toEqual({ numerator: 4337n, denominator: 54194n }); // 21.685 / 270.97
    expect(uplift.rate).toBe(4337 / 54194);
  });

  it('a negative CPI-U change still gives the floor', () => {
    expect(renewalUplift({ cpi: -0.004 })).toMatchObject({ rate: 0.05, rule: 'floor' });
    expect(renewalUplift({ cpi: { previous: 200, current: 190 } })).toMatchObject({ rate: 0.05, rule: 'floor' });
    expect(renewalUplift({ cpi: -0.004, floor: 0 })).toMatchObject({ rate: 0, rule: 'floor' });
  });

  it('CPI-U equal to the floor reports the floor (ties go to the floor)', () => {
    expect(renewalUplift({ cpi: 0.05 }).rule).toBe('floor');
    expect(renewalUplift({ cpi: { previous: 100, current: 105 } }).rule).toBe('floor');
    expect(renewalUplift({ cpi: { previous: 100, current: 105.0001 } }).rule).toBe('cpi');
  });

  it('a cap lowers the rate and reports cap only when it actually lowered it', () => {
    expect(renewalUplift({ cpi: 0.09, cap: 0.07 })).toMatchObject({ rate: 0.07, rule: 'cap' });
    expect(renewalUplift({ cpi: 0.07, cap: 0.07 })).toMatchObject({ rate: 0.07, rule: 'cpi' });
    expect(renewalUplift({ cpi: 0.02, cap: 0.07 })).toMatchObject({ rate: 0.05, rule: 'floor' });
    expect(renewalUplift({ cpi: 0.09, floor: 0.05, cap: 0.05 })).toMatchObject({ rate: 0.05, rule: 'cap' });
    expect(renewalUplift({ cpi: { previous: 100, current: 110 }, cap: 0.07 })).toMatchObject({ rate: 0.07, rule: 'cap' });
    expect(renewalUplift({ cpi: { previous: 100, current: 106 }, cap: 0.07 })).toMatchObject({ rate: 0.06, rule: 'cpi' });
  });

  it.each([
    [{ cpi: 0.03, floor: -0.01 }, 'INVALID_RATE floor'],
    [{ cpi: 0.03, floor: 1.01 }, 'INVALID_RATE floor'],
    [{ cpi: 0.03, floor: Number.NaN }, 'INVALID_RATE floor'],
    [{ cpi: 0.03, cap: 1.5 }, 'INVALID_RATE cap'],
    [{ cpi: 0.03, cap: -0.1 }, 'INVALID_RATE cap'],
    [{ cpi: 0.03, cap: 0.04 }, 'INVALID_RATE cap'],
    [{ cpi: 0.03, floor: 0.06, cap: 0.05 }, 'INVALID_RATE cap'],
    [{ cpi: Number.NaN }, 'INVALID_RATE cpi'],
    [{ cpi: Number.POSITIVE_INFINITY }, 'INVALID_RATE cpi'],
    [{ cpi: -1 }, 'INVALID_RATE cpi'],
    [{ cpi: '0.03' }, 'INVALID_RATE cpi'],
    [{}, 'INVALID_RATE cpi'],
    [{ cpi: { previous: 0, current: 1 } }, 'INVALID_RATE cpi.previous'],
    [{ cpi: { previous: 1, current: -3 } }, 'INVALID_RATE cpi.current'],
  ])('a floor or cap outside [0, 1], a cap below the floor, or a bad CPI is INVALID_RATE: %j', (options, expected) => {
    expect(errorOf(() => renewalUplift(options as never))).toBe(expected);
  });

  it('options must be an object', () => {
    expect(errorOf(() => renewalUplift(undefined as never))).toBe('INVALID_ARGUMENT options');
  });

  it('the message names the field and the value', () => {
    expect(() => renewalUplift({ cpi: 0.03, floor: 0.06, cap: 0.05 })).toThrow('INVALID_RATE: cap: 0.05 is below the floor 0.06');
    expect(() => cpiChange({ previous: 0, current: 1 })).toThrow(/^INVALID_RATE: index.previous: 0 is not a CPI index value/);
  });
});

describe('renewFee: exact integer money, rounded once', () => {
  it('raises a fee by the floor when CPI-U is below it', () => {
    expect(renewFee(1_200_000, { cpi: ANNUAL_AVERAGES_2023_2024 })).toEqual({ feeMinor: 1_260_000, rate: 0.05, rule: 'floor' });
  });

  it('returns the money type it was given', () => {
    expect(renewFee(1_234_567n, { cpi: 0.0612 })).toEqual({ feeMinor: 1_310_123n, rate: 0.0612, rule: 'cpi' });
    expect(typeof renewFee(1_234_567, { cpi: 0.0612 }).feeMinor).toBe('number');
    expect(renewFee(0, { cpi: 0.2 }).feeMinor).toBe(0);
    expect(renewFee(0n, { cpi: 0.2 }).feeMinor).toBe(0n);
  });

  it('a rate means its decimal: 100 cents at 3.5% is exactly 103.5 and rounds to 104 (floats say 103.4999…)', () => {
    expect(100 * (1 + 0.035)).toBeLessThan(103.5);
    expect(renewFee(100, { cpi: 0.035, floor: 0.03 }).feeMinor).toBe(104);
    expect(renewFee(3750, { cpi: 0.0612 }).feeMinor).toBe(3980); // 3979.5 exactly
  });

  it('half-up sends an exact half cent up; half-even sends it to the even cent', () => {
    expect(renewFee(10, { cpi: 0 }).feeMinor).toBe(11); // 10.5
    expect(renewFee(10, { cpi: 0, rounding: 'half-even' }).feeMinor).toBe(10);
    expect(renewFee(30, { cpi: 0, rounding: 'half-even' }).feeMinor).toBe(32); // 31.5
    expect(renewFee(30n, { cpi: 0, rounding: 'half-even' }).feeMinor).toBe(32n);
    expect(renewFee(10n, { cpi: 0, rounding: 'half-even' }).feeMinor).toBe(10n);
    // Not a half: both modes agree.
    expect(renewFee(1_234_567, { cpi: 0.0612, rounding: 'half-even' }).feeMinor).toBe(1_310_123);
  });

  it('an index pair uses the exact ratio, not the rounded cpiChange number', () => {
    const pair = { previous: 3, current: 3.3 }; // exactly 10%
    expect(renewFee(105, { cpi: pair }).feeMinor).toBe(116); // 115.5 → 116
    expect(renewFee(105, { cpi: pair, rounding: 'half-even' }).feeMinor).toBe(116);
    expect(renewFee(115, { cpi: pair, rounding: 'half-even' }).feeMinor).toBe(126); // 126.5 → 126
  });

  it('large fees: numbers up to MAX_SAFE_INTEGER are exact, beyond that a bigint is required', () => {
    expect(renewFee(8_000_000_000_000_000, { cpi: 0.1 }).feeMinor).toBe(8_800_000_000_000_000);
    expect(renewFee(9_000_000_000_000_001n, { cpi: 0.05 }).feeMinor).toBe(9_450_000_000_000_001n); // …001.05
    expect(errorOf(() => renewFee(9_000_000_000_000_000, { cpi: 0.05 }))).toBe('INVALID_MONEY feeMinor');
    expect(() => renewFee(9_000_000_000_000_000, { cpi: 0.05 })).toThrow(/renews to 9450000000000000 minor units, above Number.MAX_SAFE_INTEGER; pass a bigint/);
  });

  it('rates that need more than 15 digits still compute exactly', () => {
    expect(renewFee(1_000_000, { cpi: 0.123456789012345678 }).feeMinor).toBe(1_123_457);
    expect(renewFee(10n ** 30n, { cpi: 1e-20, floor: 0 }).feeMinor).toBe(10n ** 30n + 10n ** 10n);
    expect(renewFee(3, { cpi: 1e-20, floor: 0 }).feeMinor).toBe(3);
  });

  it.each([
    [1000.5, 'INVALID_MONEY feeMinor'],
    [-1, 'INVALID_MONEY feeMinor'],
    [-1n, 'INVALID_MONEY feeMinor'],
    [Number.NaN, 'INVALID_MONEY feeMinor'],
    [2 ** 53, 'INVALID_MONEY feeMinor'],
    ['1000', 'INVALID_MONEY feeMinor'],
  ])('a fee that is not a non-negative integer, or an unsafe number, is INVALID_MONEY: %s', (fee, expected) => {
    expect(errorOf(() => renewFee(fee as never, { cpi: 0.03 }))).toBe(expected);
  });

  it('an unknown rounding is INVALID_ARGUMENT', () => {
    expect(errorOf(() => renewFee(100, { cpi: 0.03, rounding: 'up' as never }))).toBe('INVALID_ARGUMENT rounding');
    expect(errorOf(() => renewFee(100, null as never))).toBe('INVALID_ARGUMENT options');
  });
});

describe('exact rationals (internal)', () => {
  it('reads a number as its shortest decimal', () => {
    expect(decimalOf(0.05)).toMatchObject({ n: 5n, d: 100n });
    expect(decimalOf(1.5e-7)).toMatchObject({ n: 15n, d: 100_000_000n });
    expect(decimalOf(1e21)).toMatchObject({ n: 10n ** 21n, d: 1n, sd: 0 });
    expect(decimalOf(-0.25)).toMatchObject({ n: -25n, d: 100n });
    expect(reduced(decimalOf(-0.25))).toEqual({ numerator: -1n, denominator: 4n });
  });

  it('converts a big ratio to the nearest number, ties to even', () => {
    const big = 10n ** 40n;
    expect(ratioToNumber(ratio(big, 3n * big))).toBe(1 / 3);
    expect(ratioToNumber(ratio(-big, 7n * big))).toBe(-1 / 7);
    expect(ratioToNumber(ratio(0n, big))).toBe(0);
    // 2^53 + 1 is exactly between two doubles: ties to even gives 2^53.
    expect(ratioToNumber(ratio((2n ** 53n + 1n) * big, big))).toBe(2 ** 53);
    expect(ratioToNumber(ratio(1n, 10n ** 400n))).toBe(1e-400 === 0 ? 0 : 1e-400);
    expect(ratioToNumber(ratio(10n ** 300n + 1n, 10n ** 320n))).toBe(1e-20);
  });
});

// ---- properties ---------------------------------------------------------------------------

const fraction = fc.integer({ min: 0, max: 10_000 }).map((n) => n / 10_000);
const cpiFraction = fc.oneof(fc.integer({ min: -2_000, max: 3_000 }).map((n) => n / 10_000), fc.double({ min: -0.5, max: 2, noNaN: true }));
const floorAndCap = fc
  .tuple(fraction, fraction, fc.boolean())
  .map(([a, b, withCap]) => ({ floor: Math.min(a, b), cap: withCap ? Math.max(a, b) : undefined }));
const indexValue = fc.integer({ min: 1, max: 100_000_000 }).map((n) => n / 1000); // up to 100,000.000, 3 decimals like BLS
const indexPair = fc.record({ previous: indexValue, current: indexValue });
const numberFee = fc.oneof(fc.integer({ min: 0, max: 1_000_000_000 }), fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }));
const rounding = fc.constantFrom<'half-up' | 'half-even'>('half-up', 'half-even');

describe('uplift properties', () => {
  it('the uplift is never below the floor and never above the cap', () => {
    fc.assert(
      fc.property(fc.oneof(cpiFraction, indexPair), floorAndCap, (cpi, { floor, cap }) => {
        const { rate, rule } = renewalUplift(cap === undefined ? { cpi, floor, allowLargeCpiChange: true } : { cpi, floor, cap, allowLargeCpiChange: true });
        expect(rate).toBeGreaterThanOrEqual(floor);
        if (cap !== undefined) expect(rate).toBeLessThanOrEqual(cap);
        if (rule === 'floor') expect(rate).toBe(floor);
        if (rule === 'cap') expect(rate).toBe(cap);
      }),
    );
  });

  it('the uplift is monotone in CPI-U (fractions and index pairs)', () => {
    fc.assert(
      fc.property(cpiFraction, cpiFraction, floorAndCap, (a, b, { floor, cap }) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const options = cap === undefined ? { floor } : { floor, cap };
        expect(renewalUplift({ cpi: lo, ...options, allowLargeCpiChange: true }).rate).toBeLessThanOrEqual(renewalUplift({ cpi: hi, ...options, allowLargeCpiChange: true }).rate);
      }),
    );
    fc.assert(
      fc.property(indexValue, indexValue, indexValue, floorAndCap, (previous, x, y, { floor, cap }) => {
        const options = cap === undefined ? { floor } : { floor, cap };
        const [lo, hi] = x <= y ? [x, y] : [y, x];
        const low = renewalUplift({ cpi: { previous, current: lo }, ...options, allowLargeCpiChange: true }).exactRate;
        const high = renewalUplift({ cpi: { previous, current: hi }, ...options, allowLargeCpiChange: true }).exactRate;
        expect(low.numerator * high.denominator <= high.numerator * low.denominator).toBe(true);
      }),
    );
  });

  it('a fractional CPI gives max(floor, cpi) capped by cap', () => {
    fc.assert(
      fc.property(cpiFraction, floorAndCap, (cpi, { floor, cap }) => {
        expect(renewalUplift(cap === undefined ? { cpi, floor, allowLargeCpiChange: true } : { cpi, floor, cap, allowLargeCpiChange: true }).rate).toBe(referenceRate(cpi, floor, cap));
      }),
    );
  });
});

describe('renewFee against the decimal-string reference', () => {
  it('matches schoolbook decimal arithmetic for fractional rates (number and bigint fees)', () => {
    fc.assert(
      fc.property(fc.oneof(numberFee.map(BigInt), fc.bigInt({ min: 0n, max: 10n ** 30n })), cpiFraction, floorAndCap, rounding, (fee, cpi, { floor, cap }, mode) => {
        const options = { cpi, floor, rounding: mode, allowLargeCpiChange: true, ...(cap === undefined ? {} : { cap }) };
        const expected = referenceRenew(fee.toString(), referenceRate(cpi, floor, cap), mode);
        expect(renewFee(fee, options).feeMinor.toString()).toBe(expected);
        if (fee <= BigInt(Number.MAX_SAFE_INTEGER) && BigInt(expected) <= BigInt(Number.MAX_SAFE_INTEGER)) {
          expect(renewFee(Number(fee), options).feeMinor).toBe(Number(expected));
        }
      }),
      { numRuns: 500 },
    );
  });

  it('matches fee × current / previous for index pairs', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 20n }), indexPair, floorAndCap, rounding, (fee, pair, { floor, cap }, mode) => {
        const expected = referenceRenewIndex(fee, pair, mode, floor, cap);
        const got = renewFee(fee, { cpi: pair, floor, rounding: mode, allowLargeCpiChange: true, ...(cap === undefined ? {} : { cap }) });
        expect({ fee: got.feeMinor, rule: got.rule }).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });

  it('bigint and number paths agree wherever both are exact', () => {
    fc.assert(
      fc.property(numberFee, fc.oneof(cpiFraction, indexPair), floorAndCap, rounding, (fee, cpi, { floor, cap }, mode) => {
        const options = { cpi, floor, rounding: mode, allowLargeCpiChange: true, ...(cap === undefined ? {} : { cap }) };
        const big = renewFee(BigInt(fee), options);
        fc.pre(big.feeMinor <= BigInt(Number.MAX_SAFE_INTEGER));
        const small = renewFee(fee, options);
        expect(BigInt(small.feeMinor)).toBe(big.feeMinor);
        expect(small.rate).toBe(big.rate);
        expect(small.rule).toBe(big.rule);
      }),
      { numRuns: 500 },
    );
  });

  it('exact halves: half-up goes up, half-even goes to the even neighbour', () => {
    // 10·(2k + 1) × 1.05 = 21k + 10.5 exactly.
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 400_000_000_000 }), (k) => {
        const fee = 10 * (2 * k + 1);
        const below = 21 * k + 10;
        expect(renewFee(fee, { cpi: 0 }).feeMinor).toBe(below + 1);
        expect(renewFee(fee, { cpi: 0, rounding: 'half-even' }).feeMinor).toBe(below % 2 === 0 ? below : below + 1);
        expect(renewFee(BigInt(fee), { cpi: 0, rounding: 'half-even' }).feeMinor).toBe(BigInt(below % 2 === 0 ? below : below + 1));
      }),
    );
  });

  it('half-up and half-even differ by at most one cent, and only on exact halves', () => {
    fc.assert(
      fc.property(numberFee, cpiFraction, (fee, cpi) => {
        const up = renewFee(BigInt(fee), { cpi, allowLargeCpiChange: true }).feeMinor;
        const even = renewFee(BigInt(fee), { cpi, rounding: 'half-even', allowLargeCpiChange: true }).feeMinor;
        expect(up - even === 0n || up - even === 1n).toBe(true);
        if (up !== even) expect(even % 2n).toBe(0n);
      }),
    );
  });
});
