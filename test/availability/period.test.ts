import { describe, expect, it } from 'vitest';
import { measureAvailability, serviceCreditAmount } from '../../src/availability/index.js';
import { loadContract } from '../../src/contract/index.js';
import { parsePeriod, periodInterval } from '../../src/core/period.js';
import { availabilityReportOf, availabilityShard } from '../../src/records/index.js';
import { expectSlaError } from '../expect-sla-error.js';
import { cli } from '../cli/in-process.js';

const policy = { excusable: [], maintenanceWindowsOnly: false };
const outage = { id: 'A', start: '2026-11-10T00:00:00Z', end: '2026-11-11T00:00:00Z', cause: 'unplanned' as const };

describe('availability over a quarter or a year (availability.period)', () => {
  it('a quarter is its three months, a year its twelve, in the zone (DST included)', () => {
    expect(parsePeriod('2026-Q4')).toEqual({ kind: 'quarter', year: 2026, firstMonth: 10, months: 3 });
    const q4 = measureAvailability({ month: '2026-Q4', incidents: [outage], policy });
    expect(q4.totalMinutes).toBe(92 * 1440);
    expect(q4.percent).toBe((100 * (92 * 1440 - 1440)) / (92 * 1440));
    expect(measureAvailability({ month: '2026', incidents: [], policy }).totalMinutes).toBe(365 * 1440);
    const { start, end } = periodInterval('2026-Q1', 'America/New_York');
    expect((end - start) / 60_000).toBe(90 * 1440 - 60);
  });

  it('the shards measure the same period', () => {
    expect(availabilityReportOf(availabilityShard({ month: '2026-Q4', incidents: [outage], policy })).totalMinutes).toBe(92 * 1440);
  });

  it('the credit tiers apply to the period, and the claim window runs from its last day', () => {
    const q4 = measureAvailability({ month: '2026-Q4', incidents: [{ ...outage, end: '2026-11-12T00:00:00Z' }], policy });
    const credit = serviceCreditAmount(q4, { monthlyFee: 1_200_000, tiers: [{ atLeast: 0, below: 99.9, creditPercent: 10 }], terms: { claimWithinDays: 30 } });
    expect([credit.amount, credit.claimBy]).toEqual([120_000, '2027-01-30']);
  });

  it('anything else is refused with the forms it could take', () => {
    for (const bad of ['2026-Q5', '2026-13', 'Q4-2026', '26']) expectSlaError(() => measureAvailability({ month: bad, incidents: [], policy }), 'INVALID_DATE', 'month');
  });

  it('a contract states the period; loading keeps it', () => {
    expect(loadContract({ availability: { period: 'quarter' } }).availability?.period).toBe('quarter');
    expectSlaError(() => loadContract({ availability: { period: 'week' } }), 'INVALID_CONTRACT', 'availability.period');
  });

  it('on the command line --period measures it, and must be of the contract’s kind', () => {
    const incidents = 'id,start,end,cause\nA,2026-11-10T00:00:00Z,2026-11-11T00:00:00Z,unplanned\n';
    const run = (...args: string[]) => cli(['availability', '-', '--contract', 'test/cli/fixtures/quarterly-contract.json', ...args], incidents);
    const q4 = run('--period', '2026-Q4');
    expect(q4.code).toBe(0);
    expect(q4.stdout).toContain('x  minutes in the quarter: 132,480');
    expect(q4.stdout).toContain('service credit:            25%'); // 98.913%
    expect(run('--month', '2026-11').stderr).toContain("'2026-11' is a month, but the contract's availability is measured per quarter");
    expect(run('--month', '2026-Q4').stderr).toContain('give a quarter or a year as --period');
    expect(run('--month', '2026-11', '--period', '2026-Q4').stderr).toContain('not both');
    expect(run().stderr).toContain('--month is required');
  });
});
