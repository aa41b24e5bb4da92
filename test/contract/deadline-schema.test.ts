import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loads, validate } from './schema-agreement.js';
import { loadContract } from '../../src/contract/index.js';

// A deadline target (`{ businessDays, by: 'HH:MM' }`): the schema and loadContract accept the same
// documents, and `by` keeps its other meaning (who escalates) on escalation targets.


const docWith = (level: object): unknown => ({
  sources: [{ id: 'sla', title: 'SLA' }],
  severities: { 1: { label: 'P1' } },
  support: { levels: { 1: { response: { after: 'PT1H', clock: '24x7' }, ...level } }, autoClose: { businessDays: 2, by: '09:00' } },
});

const target = fc.record(
  {
    businessDays: fc.constantFrom<unknown>(1, 5, 0, 1.5, '1'),
    by: fc.constantFrom<unknown>('16:00', '00:00', '23:59', '24:00', '4pm', '16:00:00', 'vendor', 'customer', 16),
    after: fc.constantFrom<unknown>('PT8H'),
    clock: fc.constantFrom<unknown>('business'),
    complianceTarget: fc.constantFrom<unknown>(0.9),
    pausedBy: fc.constantFrom<unknown>(['waiting-on-customer']),
    source: fc.constant({ doc: 'sla', section: '4' }),
  },
  { requiredKeys: [] },
);

describe('deadline targets: the schema and loadContract agree', () => {
  it('on every target key, valid or broken', () => {
    fc.assert(
      fc.property(fc.constantFrom('response', 'resolution', 'reply', 'updates', 'escalation'), target, (key, t) => {
        const doc = docWith({ [key]: t });
        expect(loads(doc), JSON.stringify(validate.errors)).toBe(validate(doc));
      }),
      { seed: 20261206, numRuns: 800 },
    );
  });

  it('loads a deadline with its source, which the contract keeps', () => {
    const doc = docWith({ resolution: { businessDays: 1, by: '16:00', complianceTarget: 0.9, source: { doc: 'sla', section: '2.3', quote: 'by 16:00 on the next Business Day' } } });
    expect([validate(doc), loads(doc)]).toEqual([true, true]);
    const contract = loadContract(doc);
    expect(contract.support?.levels[1]?.resolution).toEqual({ businessDays: 1, by: '16:00', complianceTarget: 0.9 });
    expect(contract.clausesOf('support.levels.1.resolution')[0]?.section).toBe('2.3');
  });

  it('refuses a deadline on updates and a time on an escalation, in both', () => {
    for (const level of [{ updates: { businessDays: 1, by: '16:00' } }, { escalation: { businessDays: 1, by: '16:00' } }]) {
      const doc = docWith(level);
      expect([validate(doc), loads(doc)]).toEqual([false, false]);
    }
    const escalation = docWith({ escalation: { businessDays: 1, by: 'customer' } });
    expect([validate(escalation), loads(escalation)]).toEqual([true, true]);
  });
});
