import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CreditTier, type Incident, measureAvailability, serviceCreditAmount } from '../../src/availability/index.js';
import { creditTermsOf, loadContract } from '../../src/contract/index.js';
import { expectSlaError } from '../expect-sla-error.js';

const tiers: CreditTier[] = [
  { atLeast: 99, below: 99.9, creditPercent: 10 },
  { atLeast: 95, below: 99, creditPercent: 25 },
  { atLeast: 0, below: 95, creditPercent: 50 },
];
const policy = { excusable: ['customer-caused' as const], maintenanceWindowsOnly: false };
const down = (id: string, start: string, minutes: number, cause: Incident['cause'] = 'unplanned'): Incident => ({ id, start, end: new Date(Date.parse(start) + minutes * 60_000).toISOString(), cause });
const october = (incidents: Incident[], timeZone?: string) => measureAvailability({ month: '2026-10', incidents, policy, ...(timeZone === undefined ? {} : { timeZone }) });
// 44,640 minutes in October: 720 unscheduled minutes is 98.387%, the 25% tier.
const month = october([down('A', '2026-10-05T14:00:00Z', 180), down('B', '2026-10-19T08:00:00Z', 540), down('C', '2026-10-20T08:00:00Z', 60, 'customer-caused')]);

describe('serviceCreditAmount: the credit in money, with the contract’s limits', () => {
  it('is the tier’s percentage of the fee, exactly, with the claim date and the incidents that earned it', () => {
    expect(serviceCreditAmount(month, { monthlyFee: 400_000, tiers, terms: { claimWithinDays: 30 } })).toEqual({
      creditPercent: 25,
      tier: tiers[1],
      appliedPercent: 25,
      capped: false,
      amount: 100_000,
      belowMinimum: false,
      claimBy: '2026-11-30',
      incidents: [
        { incidentIndex: 0, incidentId: 'A', unscheduledMinutes: 180 },
        { incidentIndex: 1, incidentId: 'B', unscheduledMinutes: 540 },
      ],
    });
  });

  it('the cap limits the percentage paid', () => {
    const worse = october([down('A', '2026-10-01T00:00:00Z', 3000)]);
    const credit = serviceCreditAmount(worse, { monthlyFee: 400_000, tiers, terms: { capPercent: 30 } });
    expect([credit.creditPercent, credit.appliedPercent, credit.capped, credit.amount]).toEqual([50, 30, true, 120_000]);
  });

  it('a credit below the minimum amount is not paid, and says so', () => {
    const credit = serviceCreditAmount(month, { monthlyFee: 300, tiers, terms: { minimumAmount: 100 } });
    expect([credit.amount, credit.belowMinimum]).toEqual([0, true]);
    expect(serviceCreditAmount(month, { monthlyFee: 400, tiers, terms: { minimumAmount: 100 } }).amount).toBe(100);
  });

  it('no tier: no credit, no claim date, no incidents', () => {
    const good = october([down('A', '2026-10-05T14:00:00Z', 10)]);
    expect(serviceCreditAmount(good, { monthlyFee: 400_000, tiers, terms: { claimWithinDays: 30, minimumAmount: 100 } })).toEqual({ creditPercent: 0, tier: null, appliedPercent: 0, capped: false, amount: 0, belowMinimum: false, claimBy: null, incidents: [] });
  });

  it('rounds half-up once, exactly (a fee of 5 cents at 10% is half a cent: 1 cent)', () => {
    expect(serviceCreditAmount(october([down('A', '2026-10-05T14:00:00Z', 100)]), { monthlyFee: 5, tiers }).amount).toBe(1);
    expect(serviceCreditAmount(october([down('A', '2026-10-05T14:00:00Z', 100)]), { monthlyFee: 4, tiers }).amount).toBe(0);
  });

  it('a bigint fee gives a bigint amount', () => {
    expect(serviceCreditAmount(month, { monthlyFee: 10n ** 20n, tiers }).amount).toBe(25n * 10n ** 18n);
    // A tiny percentage prints with an exponent; it is still read exactly.
    expect(serviceCreditAmount(month, { monthlyFee: 10n ** 20n, tiers: [{ atLeast: 0, below: 100, creditPercent: 1e-7 }] }).amount).toBe(10n ** 11n);
  });

  it('the amount is fee × percent / 100 rounded half-up, for any fee (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), fc.constantFrom(10, 25, 2.5, 33.3), (fee, percent) => {
        const amount = serviceCreditAmount(month, { monthlyFee: fee, tiers: [{ atLeast: 0, below: 100, creditPercent: percent }] }).amount;
        const exact = (BigInt(fee) * BigInt(Math.round(percent * 10))) ; // tenths of a percent
        const q = exact / 1000n;
        const expected = 2n * (exact - q * 1000n) >= 1000n ? q + 1n : q;
        expect(BigInt(amount)).toBe(expected);
      }),
      { seed: 2503, numRuns: 300 },
    );
  });

  it('claimWithinMonths: by the end of that month after the measured one, across a year end and a February', () => {
    expect(serviceCreditAmount(month, { monthlyFee: 1000, tiers, terms: { claimWithinMonths: 2 } }).claimBy).toBe('2026-12-31');
    const december = measureAvailability({ month: '2026-12', incidents: [down('A', '2026-12-05T00:00:00Z', 1000)], policy });
    expect(serviceCreditAmount(december, { monthlyFee: 1000, tiers, terms: { claimWithinMonths: 2 } }).claimBy).toBe('2027-02-28');
    expect(serviceCreditAmount(december, { monthlyFee: 1000, tiers, terms: { claimWithinDays: 60 } }).claimBy).toBe('2027-03-01');
  });

  it('the claim date counts from the last day of the month in the report’s zone', () => {
    const tokyo = october([down('A', '2026-10-05T14:00:00Z', 1000)], 'Asia/Tokyo');
    expect(serviceCreditAmount(tokyo, { monthlyFee: 1000, tiers, terms: { claimWithinDays: 1 } }).claimBy).toBe('2026-11-01');
  });

  it('bad options are refused with the field', () => {
    expectSlaError(() => serviceCreditAmount(month, { monthlyFee: 1.5, tiers }), 'INVALID_ARGUMENT', 'options.monthlyFee');
    expectSlaError(() => serviceCreditAmount(month, { monthlyFee: 100, tiers, terms: { capPercent: 120 } }), 'INVALID_ARGUMENT', 'options.terms.capPercent');
    expectSlaError(() => serviceCreditAmount(month, { monthlyFee: 100, tiers, terms: { minimumAmount: -1 } }), 'INVALID_ARGUMENT', 'options.terms.minimumAmount');
    expectSlaError(() => serviceCreditAmount(month, { monthlyFee: 100, tiers, terms: { claimWithinDays: 0 } }), 'INVALID_ARGUMENT', 'options.terms.claimWithinDays');
    expectSlaError(() => serviceCreditAmount(month, { monthlyFee: 100, tiers, terms: { claimWithinDays: 30, claimWithinMonths: 1 } }), 'INVALID_ARGUMENT', 'options.terms.claimWithinMonths', 'one claim window');
    expectSlaError(() => serviceCreditAmount(month, { monthlyFee: 100, tiers, terms: { cap: 30 } as never }), 'INVALID_ARGUMENT');
    const excused = october([down('C', '2026-10-01T00:00:00Z', 44_640, 'customer-caused')]);
    expectSlaError(() => serviceCreditAmount(excused, { monthlyFee: 100, tiers }), 'INVALID_AVAILABILITY', 'report.percent');
  });
});

describe('availability.creditTerms in a contract', () => {
  const doc = {
    sources: [{ id: 'sla', title: 'Example SLA' }],
    availability: { target: 99.9, credits: tiers, creditTerms: { capPercent: 30, minimumAmount: '1.00', claimWithinDays: 30, source: { doc: 'sla', section: '3.5' } } },
  };

  it('loads with its clause, and creditTermsOf gives it in a currency’s minor units', () => {
    const contract = loadContract(doc);
    expect(contract.availability?.creditTerms).toEqual({ capPercent: 30, minimumAmount: '1.00', claimWithinDays: 30 });
    expect(contract.clausesOf('availability.creditTerms.capPercent')[0]?.section).toBe('3.5');
    expect(creditTermsOf(contract.availability!, 'USD')).toEqual({ capPercent: 30, minimumAmount: 100, claimWithinDays: 30 });
    expect(creditTermsOf(contract.availability!, 'BHD').minimumAmount).toBe(1000);
    expect(creditTermsOf({ target: null, credits: [], timeZone: 'UTC' }, 'USD')).toEqual({});
  });

  it('a minimum with more decimals than the currency, or another currency than the terms’, is refused', () => {
    expectSlaError(() => creditTermsOf(loadContract(doc).availability!, 'JPY'), 'INVALID_MONEY', 'terms.minimumAmount', 'JPY has 0');
    expectSlaError(() => creditTermsOf(loadContract({ ...doc, availability: { ...doc.availability, creditTerms: { minimumAmount: '1.00', currency: 'EUR' } } }).availability!, 'USD'), 'INVALID_ARGUMENT', 'currency', 'EUR');
    expectSlaError(() => creditTermsOf(loadContract(doc).availability!, 'usd'), 'INVALID_ARGUMENT', 'currency');
    expectSlaError(() => loadContract({ ...doc, availability: { ...doc.availability, creditTerms: { minimumAmount: '1.5', currency: 'JPY' } } }), 'INVALID_CONTRACT', 'availability.creditTerms.minimumAmount');
  });

  it('two claim windows, or a minimum that is not a decimal amount, are refused by the schema', () => {
    expectSlaError(() => loadContract({ ...doc, availability: { ...doc.availability, creditTerms: { claimWithinDays: 30, claimWithinMonths: 2 } } }), 'INVALID_CONTRACT');
    expectSlaError(() => loadContract({ ...doc, availability: { ...doc.availability, creditTerms: { minimumAmount: 1 } } }), 'INVALID_CONTRACT', 'availability.creditTerms.minimumAmount');
  });
});
