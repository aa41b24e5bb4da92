import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { availabilityTarget, type CreditTier, serviceCredit } from '../../src/availability/index.js';
import { expectSlaError } from '../expect-sla-error.js';

const credits: CreditTier[] = [
  { atLeast: 99.9, below: 99.95, creditPercent: 5 },
  { atLeast: 99, below: 99.9, creditPercent: 10 },
  { atLeast: 0, below: 99, creditPercent: 25 },
];
const terms = { target: 99.95, credits };

describe('availabilityTarget: a target is a floor the figure must reach', () => {
  it('met at exactly the target, missed just below it', () => {
    expect(availabilityTarget(99.95, terms)).toEqual({ target: 99.95, met: true, creditPercent: 0, creditTier: null });
    expect(availabilityTarget(99.9499, terms)).toEqual({ target: 99.95, met: false, creditPercent: 5, creditTier: credits[0] });
  });
  it('the credit is the tier the percentage falls in', () => {
    expect(availabilityTarget(98.341, terms)).toEqual({ target: 99.95, met: false, creditPercent: 25, creditTier: credits[2] });
  });
  it('nothing to judge is null, never met or 0%', () => {
    expect(availabilityTarget(null, terms)).toEqual({ target: 99.95, met: null, creditPercent: null, creditTier: null });
    expect(availabilityTarget(99, undefined)).toEqual({ target: null, met: null, creditPercent: null, creditTier: null });
    expect(availabilityTarget(99, { target: null, credits })).toMatchObject({ target: null, met: null, creditPercent: 10 });
    expect(availabilityTarget(99, { target: 99.9, credits: [] })).toEqual({ target: 99.9, met: false, creditPercent: null, creditTier: null });
  });
  it('refuses a percentage or terms it cannot judge', () => {
    expectSlaError(() => availabilityTarget(Number.NaN, terms), 'INVALID_AVAILABILITY', 'percent');
    expectSlaError(() => availabilityTarget(101, undefined), 'INVALID_AVAILABILITY', 'percent');
    expectSlaError(() => availabilityTarget(99, null as never), 'INVALID_POLICY', 'terms');
    expectSlaError(() => availabilityTarget(99, { target: 0.999 * 1000, credits }), 'INVALID_POLICY', 'terms.target');
    expectSlaError(() => availabilityTarget(99, { target: 99, credits: 'none' as never }), 'INVALID_POLICY', 'terms.credits');
    expectSlaError(() => availabilityTarget(99, { target: 99, credits: [{ atLeast: 99, below: 98, creditPercent: 5 }] }), 'INVALID_POLICY', 'tiers[0].below');
  });
  it('property: met is percent >= target and the credit is serviceCredit’s', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 100, noNaN: true }), fc.double({ min: 0, max: 100, noNaN: true }), (percent, target) => {
        const outcome = availabilityTarget(percent, { target, credits });
        expect(outcome.met).toBe(percent >= target);
        const credit = serviceCredit(percent, credits);
        expect([outcome.creditPercent, outcome.creditTier]).toEqual([credit.creditPercent, credit.tier]);
      }),
    );
  });
});
