import { describe, expect, it } from 'vitest';
import type { CaseInput } from '../../src/cases/index.js';
import { joinCustomerDirectory, readCustomerDirectory } from '../../src/records/index.js';
import { expectSlaError } from '../expect-sla-error.js';

// A customer directory (customer, timeZone, holidays, any other column) joined into cases by customer.

const directory = readCustomerDirectory(
  [
    { customer: 'Acme Corp', timeZone: 'America/New_York', holidays: 'US-NY', tier: 'gold' },
    { customer: 'Bolt GmbH', timeZone: 'Europe/Berlin', holidays: 'DE-BE', tier: 'silver', region: '' },
    { customer: 'Kiwi Ltd', timeZone: 'Pacific/Auckland' },
  ],
  { firstRow: 2 },
);
const acase = (attributes: Record<string, string>, extra: Partial<CaseInput> = {}): CaseInput => ({ id: 'C-1', severity: 2, openedAt: '2026-10-05T09:00:00Z', attributes, ...extra });
const join = (input: CaseInput, options?: object) => [...joinCustomerDirectory([input], directory, options as never)][0] as CaseInput;

describe('readCustomerDirectory', () => {
  it('keeps each customer’s zone, holidays and every other column as a field (blank cells left out)', () => {
    expect(directory.customers.get('bolt gmbh')).toEqual({ customer: 'Bolt GmbH', timeZone: 'Europe/Berlin', holidays: 'DE-BE', fields: { tier: 'silver' } });
    expect(directory.customers.get('kiwi ltd')).toEqual({ customer: 'Kiwi Ltd', timeZone: 'Pacific/Auckland', fields: {} });
  });

  it('columns of other names are mapped', () => {
    const mapped = readCustomerDirectory([{ Organization: 'Acme', Zone: 'Asia/Tokyo' }], { columns: { Organization: 'customer', Zone: 'timeZone' } });
    expect(mapped.customers.get('acme')?.timeZone).toBe('Asia/Tokyo');
  });

  it('a customer named twice (compared trimmed, in any case) is refused with both rows', () => {
    expectSlaError(() => readCustomerDirectory([{ customer: 'Acme Corp' }, { customer: ' ACME  corp ' }], { firstRow: 2 }), 'INVALID_CASE', 'customer', "row 3, customer: 'ACME  corp' names the customer of row 2 again ('Acme Corp')");
  });

  it('a row without a customer, or with a zone that is not one, is refused with its row', () => {
    expectSlaError(() => readCustomerDirectory([{ timeZone: 'UTC' }]), 'INVALID_CASE', 'customer', 'row 1');
    expectSlaError(() => readCustomerDirectory([{ customer: 'A', timeZone: 'Mars/Olympus' }]), 'INVALID_TIME_ZONE', 'timeZone', 'Mars/Olympus');
    expectSlaError(() => readCustomerDirectory([{ customer: { name: 'A' } }]), 'INVALID_CASE', 'customer', 'is not a text');
  });

  it('options: no skipping, no zone of times (a directory holds none)', () => {
    expectSlaError(() => readCustomerDirectory([], { onError: 'skip' } as never), 'INVALID_ARGUMENT', 'options.onError');
    expectSlaError(() => readCustomerDirectory([], { timeZone: 'UTC' } as never), 'INVALID_ARGUMENT', 'options.timeZone');
  });
});

describe('joinCustomerDirectory', () => {
  it('gives a case its customer’s zone, holidays and fields, matching the name trimmed and in any case', () => {
    const joined = join(acase({ customer: '  acme CORP ' }));
    expect(joined.timeZone).toBe('America/New_York');
    // The directory's spelling of the name, so that a group by customer is one per customer.
    expect(joined.attributes).toEqual({ customer: 'Acme Corp', holidays: 'US-NY', tier: 'gold' });
  });

  it('does not change the case it is given', () => {
    const input = acase({ customer: 'Acme Corp' });
    join(input);
    expect(input).toEqual(acase({ customer: 'Acme Corp' }));
  });

  it('a customer missing from the directory is an error naming it and the known ones', () => {
    expectSlaError(() => join(acase({ customer: 'Zeta Inc' })), 'INVALID_CASE', 'attributes.customer', "'Zeta Inc' is not in the customer directory (3 customers: Acme Corp, Bolt GmbH, Kiwi Ltd)");
  });

  it('a case without a customer is an error too', () => {
    expectSlaError(() => join(acase({})), 'INVALID_CASE', 'attributes.customer', 'is empty');
  });

  it('unless a default is given: then an unlisted customer runs in its zone (and holidays)', () => {
    const joined = join(acase({ customer: 'Zeta Inc' }), { unlisted: { timeZone: 'Asia/Kolkata', holidays: 'IN-KA' } });
    expect(joined.timeZone).toBe('Asia/Kolkata');
    expect(joined.attributes?.['holidays']).toBe('IN-KA');
    expectSlaError(() => joinCustomerDirectory([], directory, { unlisted: { timeZone: 'Nowhere/Else' } }), 'INVALID_TIME_ZONE', 'options.unlisted.timeZone');
  });

  it("a case's own zone must agree with its customer's: equal is kept, different is an error naming both", () => {
    expect(join(acase({ customer: 'Acme Corp' }, { timeZone: 'America/New_York' })).timeZone).toBe('America/New_York');
    expectSlaError(() => join(acase({ customer: 'Acme Corp' }, { timeZone: 'Europe/London' })), 'INVALID_CASE', 'timeZone', "'Europe/London' differs from the customer directory's zone 'America/New_York' for 'Acme Corp'");
  });

  it("a case's own holidays (or other field) must agree with its customer's, compared in any case", () => {
    expect(join(acase({ customer: 'Acme Corp', holidays: 'us-ny' })).attributes?.['holidays']).toBe('US-NY');
    expectSlaError(() => join(acase({ customer: 'Acme Corp', holidays: 'US-CA' })), 'INVALID_CASE', 'attributes.holidays', "'US-CA' differs from the customer directory's holidays 'US-NY'");
    expectSlaError(() => join(acase({ customer: 'Acme Corp', tier: 'bronze' })), 'INVALID_CASE', 'attributes.tier', "differs from the customer directory's tier 'gold'");
  });

  it('a customer without a zone in the directory leaves the case’s own zone', () => {
    const partial = readCustomerDirectory([{ customer: 'Nozone', holidays: 'GB-ENG' }]);
    const [joined] = [...joinCustomerDirectory([acase({ customer: 'Nozone' }, { timeZone: 'Europe/London' })], partial)];
    expect(joined?.timeZone).toBe('Europe/London');
    expect(joined?.attributes?.['holidays']).toBe('GB-ENG');
  });

  it('the customer and holidays attributes can have other names', () => {
    const joined = join(acase({ org: 'Bolt GmbH' }), { customer: 'org', holidays: 'calendar' });
    expect(joined.attributes).toEqual({ org: 'Bolt GmbH', calendar: 'DE-BE', tier: 'silver' });
  });

  it('bad arguments are refused', () => {
    expectSlaError(() => joinCustomerDirectory([], {} as never), 'INVALID_ARGUMENT', 'directory');
    expectSlaError(() => joinCustomerDirectory(3 as never, directory), 'INVALID_ARGUMENT', 'cases');
    expectSlaError(() => joinCustomerDirectory([], directory, { customer: '' }), 'INVALID_ARGUMENT', 'options.customer');
    expectSlaError(() => joinCustomerDirectory([], directory, { unlisted: { timeZone: 'UTC', holidays: 5 } } as never), 'INVALID_ARGUMENT', 'options.unlisted.holidays');
    expectSlaError(() => joinCustomerDirectory([], directory, { other: 1 } as never), 'INVALID_ARGUMENT', 'options.other');
  });
});
