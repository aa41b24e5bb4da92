import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { INCIDENT_CAUSES } from '../../src/availability/incident-causes.js';
import { readIncidents } from '../../src/records/read-incidents.js';
import { expectSlaError } from '../expect-sla-error.js';

// A status page's free cause texts read through the `causes` map of readIncidents.

const row = (cause: unknown) => ({ start: '2026-10-02T10:00Z', end: '2026-10-02T11:00Z', cause });
const causeOf = (cause: unknown, causes: Record<string, string>) => [...readIncidents([row(cause)], { causes: causes as never })][0]?.cause;

describe('the cause map of readIncidents', () => {
  it('texts are compared trimmed, in any case, each run of spaces as one', () => {
    const causes = { 'Scheduled maintenance': 'scheduled-maintenance' };
    expect(causeOf('scheduled maintenance', causes)).toBe('scheduled-maintenance');
    expect(causeOf('  SCHEDULED \t MAINTENANCE ', causes)).toBe('scheduled-maintenance');
  });

  it("'*' maps every text the map does not name, and only those", () => {
    const causes = { 'customer network': 'customer-caused', '*': 'unplanned' };
    expect(causeOf('DDoS', causes)).toBe('unplanned');
    expect(causeOf('Customer Network', causes)).toBe('customer-caused');
    // slakit's own names are still read as themselves.
    expect(causeOf('scheduled-maintenance', causes)).toBe('scheduled-maintenance');
  });

  it("a blank cause is refused even with '*': a missing cause is not a text", () => {
    expectSlaError(() => causeOf('', { '*': 'unplanned' }), 'INVALID_INCIDENT', 'cause');
  });

  it("a text not in the map and no '*' is an error naming the text and listing the known ones", () => {
    expectSlaError(() => causeOf('DDoS', { 'customer network': 'customer-caused' }), 'INVALID_INCIDENT', 'cause', "'DDoS' is not an incident cause; expected one of unplanned, scheduled-maintenance");
    expectSlaError(() => causeOf('DDoS', { 'customer network': 'customer-caused' }), 'INVALID_INCIDENT', 'cause', 'customer network');
    expectSlaError(() => causeOf('DDoS', { 'customer network': 'customer-caused' }), 'INVALID_INCIDENT', 'cause', "'*=unplanned' for every other text");
  });

  it('two texts that fold alike and name different causes are refused', () => {
    expectSlaError(() => readIncidents([], { causes: { DDoS: 'unplanned', ' ddos ': 'customer-caused' } }), 'INVALID_ARGUMENT', 'options.causes. ddos ', "already means unplanned (as 'DDoS')");
    // Alike and agreeing is fine.
    expect(causeOf('ddos', { DDoS: 'unplanned', ddos: 'unplanned' })).toBe('unplanned');
  });

  it("a text that is slakit's own cause name cannot mean another cause", () => {
    expectSlaError(() => readIncidents([], { causes: { Unplanned: 'customer-caused' } }), 'INVALID_ARGUMENT', 'options.causes.Unplanned', "is slakit's own cause unplanned");
  });

  it('an empty text is refused', () => {
    expectSlaError(() => readIncidents([], { causes: { '  ': 'unplanned' } }), 'INVALID_ARGUMENT', undefined, "write '*'");
  });

  it('property: a mapped text reads as its cause however it is cased and spaced', () => {
    const word = fc.stringMatching(/^[a-z]{1,8}$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 3 }), fc.constantFrom(...INCIDENT_CAUSES), fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }), fc.integer({ min: 1, max: 3 }), (words, cause, upper, spaces) => {
        const text = words.join(' ');
        fc.pre(!(INCIDENT_CAUSES as readonly string[]).includes(text));
        const written = ` ${[...words.join(' '.repeat(spaces))].map((c, i) => (upper[i % 8] ? c.toUpperCase() : c)).join('')}  `;
        expect(causeOf(written, { [text]: cause, '*': 'unplanned' })).toBe(cause);
      }),
    );
  });
});
