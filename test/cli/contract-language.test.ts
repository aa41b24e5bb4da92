// The contract-language items of issue 25 on the command line, in process, on the Larkspur example.
import { describe, expect, it } from 'vitest';
import { cli } from './in-process.js';

const LARKSPUR = 'examples/contracts/larkspur-saas.json';
const INCIDENTS = 'examples/contracts/larkspur-incidents-2026-10.csv';
const availability = (...extra: string[]) => cli(['availability', INCIDENTS, '--contract', LARKSPUR, '--month', '2026-10', ...extra]);

describe('availability --monthly-fee: the credit in money', () => {
  it('the text and the JSON show one figure: the amount, the claim date and the incidents that earned it', () => {
    const text = availability('--monthly-fee', '4000.00');
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('credit amount:           USD 1,000.00 (25% of USD 4,000.00)');
    expect(text.stdout).toContain('claim by:                2026-11-30');
    expect(text.stdout).toContain('earned by:               INC-101 (60 min), MW-7 (283 min), INC-102 (257 min), MW-8 (30 min), INC-104 (30 min)');
    const json = JSON.parse(availability('--monthly-fee', '4000.00', '--json').stdout) as { credit: { amount: number; claimBy: string; currency: string; incidents: { incidentId: string; incidentIndex: number }[] } };
    expect(json.credit).toMatchObject({ amount: 100_000, claimBy: '2026-11-30', currency: 'USD' });
    expect(json.credit.incidents.map((c) => [c.incidentId, c.incidentIndex])).toEqual([['INC-101', 0], ['MW-7', 1], ['INC-102', 2], ['MW-8', 3], ['INC-104', 4]]);
  });

  it('without --monthly-fee nothing is said in money', () => {
    expect(availability().stdout).not.toContain('credit amount');
    // The tier's credit is always in the JSON (the table prints it too); money (`credit`) only with a fee.
    const json = JSON.parse(availability('--json').stdout) as Record<string, unknown>;
    expect(json).toHaveProperty('creditPercent');
    expect(json).not.toHaveProperty('credit');
  });

  it('a fee with more decimals than the currency, another currency than the terms’, or a contract without tiers is a usage error', () => {
    expect(availability('--monthly-fee', '4000.001')).toMatchObject({ code: 2 });
    expect(availability('--monthly-fee', '4000.001').stderr).toContain("--monthly-fee: '4000.001' has 3 decimals");
    expect(availability('--monthly-fee', '4000', '--currency', 'EUR').stderr).toContain('--currency');
    const none = cli(['availability', INCIDENTS, '--contract', 'uniphore', '--region', 'US', '--month', '2026-10', '--monthly-fee', '4000.00']);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('--monthly-fee: the contract states no credit tiers');
  });
});

describe('the Larkspur example: the notice rule changes the credit tier', () => {
  // By hand: service hours Monday to Saturday, so x = 27 days × 1,440 = 38,880 (October 2026 has
  // four Sundays). With the rule: y = 120 (MW-8 to its announced end), z = 60 + 283 (MW-7, 23 h 30
  // min notice) + 257 + 30 (MW-8's overrun) + 30 (INC-104's Monday half hour) = 660, so
  // (38,880 − 120 − 660) / (38,880 − 120) = 38,100 / 38,760 = 98.30% (25%). Excusing all scheduled
  // maintenance: y = 283 + 150 = 433, z = 347, 38,100 / 38,447 = 99.10% (10%).
  it('with the 72 h notice rule October is 98.30% (25%); excusing all scheduled maintenance would give 99.10% (10%)', async () => {
    const { readFileSync } = await import('node:fs');
    const { loadContract, serviceHoursCalendar } = await import('../../src/contract/index.js');
    const { measureAvailability, serviceCredit } = await import('../../src/availability/index.js');
    const { readCsv, readIncidents } = await import('../../src/records/index.js');
    const contract = loadContract(JSON.parse(readFileSync(LARKSPUR, 'utf8')));
    const incidents = [...readIncidents(readCsv(readFileSync(INCIDENTS, 'utf8')))];
    const measure = (policy: NonNullable<typeof contract.downtime>) => measureAvailability({ month: '2026-10', incidents, policy, appliesTo: contract.availability!.appliesTo!, maintenance: contract.maintenance!, serviceHours: serviceHoursCalendar(contract, 'UTC')! });
    const { conditions: _, ...naive } = contract.downtime!;
    const withRule = measure(contract.downtime!);
    const without = measure(naive);
    expect([withRule.totalMinutes, withRule.excusableMinutes, withRule.unscheduledMinutes]).toEqual([38_880, 120, 660]);
    expect([without.totalMinutes, without.excusableMinutes, without.unscheduledMinutes]).toEqual([38_880, 433, 347]);
    expect([withRule.percent?.toFixed(2), serviceCredit(withRule.percent!, contract.availability!.credits).creditPercent]).toEqual(['98.30', 25]);
    expect([without.percent?.toFixed(2), serviceCredit(without.percent!, contract.availability!.credits).creditPercent]).toEqual(['99.10', 10]);
  });
});
