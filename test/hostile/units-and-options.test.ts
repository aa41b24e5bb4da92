import { describe, expect, it } from 'vitest';
import { cpiChange, renewalSchedule, renewalUplift, renewFee } from '../../src/renewal/index.js';
import { expectSlaError } from '../expect-sla-error.js';

describe('issue 15 units: every rate is a fraction, and a number outside its plausible range shows both readings', () => {
  it('renewFee(…, { cpi: 3.1 }) is INVALID_ARGUMENT: "would be a 310% rise; … pass 0.031 for 3.1%"', () => {
    expectSlaError(() => renewFee(12_000_000, { cpi: 3.1 }), 'INVALID_ARGUMENT', 'cpi', '3.1 would be a 310% rise in a year; changes are fractions: pass 0.031 for 3.1%');
  });
  it('renewalUplift({ cpi: 31 }) is INVALID_ARGUMENT; a fall beyond 50% too', () => {
    expectSlaError(() => renewalUplift({ cpi: 31 }), 'INVALID_ARGUMENT', 'cpi', '3100% rise');
    expectSlaError(() => renewalUplift({ cpi: -0.6 }), 'INVALID_ARGUMENT', 'cpi', '60% fall');
  });
  it('an index pair beyond ±50% is INVALID_ARGUMENT; allowLargeCpiChange opts in', () => {
    expectSlaError(() => renewalUplift({ cpi: { previous: 100, current: 400 } }), 'INVALID_ARGUMENT', 'cpi', '300% rise');
    expect(renewalUplift({ cpi: 0.8, allowLargeCpiChange: true }).rate).toBe(0.8);
    expect(renewalUplift({ cpi: { previous: 100, current: 400 }, allowLargeCpiChange: true }).rate).toBe(3);
    expectSlaError(() => renewalUplift({ cpi: 0.03, allowLargeCpiChange: 'yes' as never }), 'INVALID_ARGUMENT', 'allowLargeCpiChange');
  });
  it('a floor or cap above 1 shows both readings', () => {
    expectSlaError(() => renewalUplift({ cpi: 0.03, floor: 5 }), 'INVALID_RATE', 'floor', 'pass 0.05 for 5%');
  });
  it('cpiChange({ previous: 5e-324, current: 1 }) and the matching uplift are errors, not Infinity', () => {
    expectSlaError(() => cpiChange({ previous: 5e-324, current: 1 }), 'INVALID_RATE', 'index');
    expectSlaError(() => renewalUplift({ cpi: { previous: 5e-324, current: 1 }, allowLargeCpiChange: true }), 'INVALID_RATE', 'cpi');
  });
});

describe('issue 15 options: unknown keys are INVALID_ARGUMENT with their path', () => {
  it('renewFee(…, { months: 24 }) names options.months', () => {
    expectSlaError(() => renewFee(100, { cpi: 0.03, months: 24 } as never), 'INVALID_ARGUMENT', 'options.months');
  });
  it('renewalSchedule rejects an unknown key of a renewal with its path', () => {
    expectSlaError(() => renewalSchedule({ feeMinor: 100, start: '2026-03-15', renewals: [{ cpi: 0.03, months: 24 } as never] }), 'INVALID_ARGUMENT', 'renewals[0].months');
  });
  it('a hole in renewals is INVALID_ARGUMENT, not a skipped renewal', () => {
    // eslint-disable-next-line no-sparse-arrays
    expectSlaError(() => renewalSchedule({ feeMinor: 100, start: '2026-03-15', renewals: [{ cpi: 0.03 }, , { cpi: 0.03 }] as never }), 'INVALID_ARGUMENT', 'renewals[1]');
  });
});

describe('issue 11 item 4: renewal terms of another length', () => {
  it('renewalSchedule({ …, renewals: [{ cpi, termMonths: 24 }] }) makes a 24-month renewal, and later ones keep its length', () => {
    const terms = renewalSchedule({ feeMinor: 1_200_000, start: '2026-03-15', renewals: [{ cpi: 0.031, termMonths: 24 }, { cpi: 0.02 }, { cpi: 0.02, termMonths: 6 }] });
    expect(terms.map((t) => [t.start, t.end])).toEqual([
      ['2026-03-15', '2027-03-14'],
      ['2027-03-15', '2029-03-14'],
      ['2029-03-15', '2031-03-14'],
      ['2031-03-15', '2031-09-14'],
    ]);
    expectSlaError(() => renewalSchedule({ feeMinor: 1, start: '2026-03-15', renewals: [{ cpi: 0.03, termMonths: 0 }] }), 'INVALID_ARGUMENT', 'renewals[0].termMonths');
  });
});
