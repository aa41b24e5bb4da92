import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loads, validate } from './schema-agreement.js';
import { loadContract } from '../../src/contract/index.js';

// The schema and loadContract agree on the help-desk fields of the support terms: `reply`,
// `pausedBy` and `warnAt` on the clocks' targets (and the new event types in `eventOrder`).


const docWith = (level: object, support: object = {}): unknown => ({
  sources: [{ id: 'sla', title: 'SLA' }],
  severities: { 1: { label: 'P1' } },
  support: { levels: { 1: { response: { after: 'PT1H', clock: '24x7' }, ...level } }, ...support },
});

const reasons = fc.constantFrom<unknown>(['waiting-on-customer'], ['on-hold', 'waiting-on-third-party'], [], 'on-hold', [''], [' '], [3], ['x'.repeat(101)]);
const shares = fc.constantFrom<unknown>([0.5, 0.75], [1], [], [0], [1.5], ['0.5'], 0.5, [-0.1]);
const target = fc.record(
  {
    after: fc.constantFrom<unknown>('PT8H', 7, true),
    clock: fc.constantFrom<unknown>('business', '24x7', 'weekly'),
    pausedBy: reasons,
    warnAt: shares,
    source: fc.constant({ doc: 'sla', section: '4' }),
    by: fc.constant('vendor'),
  },
  { requiredKeys: [] },
);

describe('help-desk fields: the schema and loadContract agree', () => {
  it('on reply, pausedBy and warnAt, valid or broken', () => {
    fc.assert(
      fc.property(fc.constantFrom('response', 'resolution', 'reply', 'updates'), target, (key, t) => {
        const doc = docWith({ [key]: key === 'response' ? { after: 'PT1H', clock: '24x7', ...t } : t });
        expect(loads(doc), JSON.stringify(validate.errors)).toBe(validate(doc));
      }),
      { seed: 20261206, numRuns: 600 },
    );
  });

  it('accepts a reply target with its reasons and warnings, and an eventOrder that places the new events', () => {
    const doc = docWith(
      { reply: { after: 'PT8H', clock: 'business', pausedBy: ['waiting-on-customer'], warnAt: [0.5, 0.75], source: { doc: 'sla', section: '4.2' } } },
      { eventOrder: ['assigned', 'customer-message', 'resumed', 'severity-changed', 'responded', 'updated', 'resolution-notice', 'reopened', 'closed', 'paused'] },
    );
    expect([validate(doc), loads(doc)]).toEqual([true, true]);
    expect(loadContract(doc).support?.levels[1]?.reply).toMatchObject({ after: 'PT8H', pausedBy: ['waiting-on-customer'] });
  });

  it("on reopen: 'new-cycle' and 'continue' load, anything else is refused by both", () => {
    for (const reopen of ['new-cycle', 'continue', 'restart', 1, null]) {
      const doc = docWith({}, { reopen });
      expect([validate(doc), loads(doc)]).toEqual(reopen === 'new-cycle' || reopen === 'continue' ? [true, true] : [false, false]);
    }
  });
});
