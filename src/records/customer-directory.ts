import { foldSeverityLabel as foldName } from '../cases/severity-of.js';
import type { CaseInput } from '../cases/types.js';
import { fail } from '../core/errors.js';
import { joinPath, plainObject } from '../core/plain-data.js';
import { isValidTimeZone } from '../core/time-zone.js';
import { readOptions, readRows, type RowReader } from './read-rows.js';
import type { CustomerDirectory, CustomerEntry, JoinCustomersOptions, ReadCustomerDirectoryOptions, RecordReader, Row } from './types.js';

/** The fields of a directory row; every other column is one of the customer's `fields`. */
const FIELDS = ['customer', 'timeZone', 'holidays'];

/**
 * A customer directory, as a support team keeps it: one row per customer with its `customer` name,
 * the `timeZone` of its business hours and its `holidays` (a country or region code such as
 * `US-NY`, as a case's holidays cell), and any other column (`tier`, `region`, …) kept as one of
 * its `fields`. `columns` maps your column names to those three, as in {@link readCases}.
 *
 * Names are compared as severity labels are (trimmed, each run of white space one space, in any
 * case), so `'ACME  Corp'` in a case finds `'Acme Corp'`; two rows naming one customer are refused.
 * A blank zone or holidays cell leaves the case's default. Join it into cases with
 * {@link joinCustomerDirectory}.
 *
 * @param rows - Any iterable of row objects.
 * @throws SlaError `INVALID_ARGUMENT` for bad options; `INVALID_CASE` (`INVALID_TIME_ZONE` for a
 * zone) with the row number and column for a bad row, or a customer named twice.
 * @example
 * ```ts
 * import { readCustomerDirectory } from 'slakit/records';
 *
 * const directory = readCustomerDirectory(
 *   [
 *     { org: 'Acme Corp', zone: 'America/New_York', holidays: 'US-NY', tier: 'gold' },
 *     { org: 'Bolt GmbH', zone: 'Europe/Berlin', holidays: 'DE-BE', tier: 'silver' },
 *   ],
 *   { columns: { org: 'customer', zone: 'timeZone' }, firstRow: 2 },
 * );
 * directory.customers.get('acme corp'); //=> { customer: 'Acme Corp', timeZone: 'America/New_York', holidays: 'US-NY', fields: { tier: 'gold' } }
 * ```
 */
export function readCustomerDirectory(rows: Iterable<Row>, options?: ReadCustomerDirectoryOptions): CustomerDirectory {
  const setup = readOptions(options, FIELDS, [], 'INVALID_CASE');
  if (setup.skip) fail('INVALID_ARGUMENT', 'options.onError', 'skip', "is not read for a directory: a skipped customer would move its cases to another zone; only 'stop'");
  if (setup.values['timeZone'] !== undefined) fail('INVALID_ARGUMENT', 'options.timeZone', setup.values['timeZone'], 'is not read for a directory: it holds no times');
  const { reader } = setup;
  const nameColumn = reader.column('customer');
  const zoneColumn = reader.column('timeZone');
  const holidaysColumn = reader.column('holidays');
  const own = new Set([nameColumn, zoneColumn, holidaysColumn]);
  const customers = new Map<string, CustomerEntry>();
  const rowOf = new Map<string, number>();
  let row = setup.firstRow - 1;
  const text = (r: RowReader, column: string, field: string): string | undefined => {
    const value = r.cell(column);
    if (value === undefined) return undefined;
    if (typeof value !== 'string' && typeof value !== 'number') r.fail(field, value, 'is not a text');
    return String(value).trim();
  };
  const convert = (r: RowReader): void => {
    row++;
    const customer = text(r, nameColumn, 'customer');
    if (customer === undefined) return r.fail('customer', '', 'is empty; every row of the directory names its customer');
    const key = foldName(customer);
    const before = rowOf.get(key);
    if (before !== undefined) r.fail('customer', customer, `names the customer of row ${before} again ('${(customers.get(key) as CustomerEntry).customer}'); names are compared trimmed, in any case`);
    const timeZone = text(r, zoneColumn, 'timeZone');
    if (timeZone !== undefined && !isValidTimeZone(timeZone)) fail('INVALID_TIME_ZONE', 'timeZone', timeZone, "is not an IANA time zone such as 'America/New_York'");
    const holidays = text(r, holidaysColumn, 'holidays');
    const fields: Record<string, string> = {};
    for (const column of Object.keys(r.row)) {
      if (own.has(column)) continue;
      const value = r.cell(column);
      if (value !== undefined) fields[column] = typeof value === 'string' ? value.trim() : String(value);
    }
    customers.set(key, { customer, ...(timeZone === undefined ? {} : { timeZone }), ...(holidays === undefined ? {} : { holidays }), fields });
    rowOf.set(key, row);
  };
  for (const _ of readRows(rows, setup, convert) as RecordReader<void>) void _;
  return { customers };
}

/** Throws `INVALID_CASE` about a case. */
function caseError(path: string, value: unknown, expected: string): never {
  return fail('INVALID_CASE', path, value, expected);
}

/** The options of a join, checked. */
function joinOptions(options: JoinCustomersOptions | undefined): { customer: string; holidays: string; unlisted: { timeZone: string; holidays?: string } | undefined } {
  const values = options === undefined ? {} : plainObject(options, 'options', 'INVALID_ARGUMENT', ['customer', 'holidays', 'unlisted']);
  const name = (key: string, fallback: string): string => {
    const value = values[key] ?? fallback;
    if (typeof value !== 'string' || value === '') fail('INVALID_ARGUMENT', `options.${key}`, value, 'is not an attribute name');
    return value;
  };
  const unlisted = values['unlisted'];
  if (unlisted !== undefined) {
    const given = plainObject(unlisted, 'options.unlisted', 'INVALID_ARGUMENT', ['timeZone', 'holidays']);
    if (!isValidTimeZone(given['timeZone'])) fail('INVALID_TIME_ZONE', 'options.unlisted.timeZone', given['timeZone'], "is not an IANA time zone such as 'America/New_York'");
    if (given['holidays'] !== undefined && typeof given['holidays'] !== 'string') fail('INVALID_ARGUMENT', 'options.unlisted.holidays', given['holidays'], 'is not a holidays code such as US-NY');
  }
  return { customer: name('customer', 'customer'), holidays: name('holidays', 'holidays'), unlisted: unlisted as { timeZone: string; holidays?: string } | undefined };
}

/**
 * One case with its customer's zone, holidays and fields (the rules of {@link joinCustomerDirectory}).
 * `checked` are the options as joinOptions reads them.
 */
export function withCustomer(input: CaseInput, directory: CustomerDirectory, checked: ReturnType<typeof joinOptions>): CaseInput {
  if (typeof input !== 'object' || input === null) caseError('case', input, 'is not a case object { severity, openedAt, attributes? }');
  const attributes = input.attributes ?? {};
  if (typeof attributes !== 'object' || attributes === null || Object.values(attributes).some((v) => typeof v !== 'string')) caseError('attributes', attributes, 'is not an object of texts');
  const name = attributes[checked.customer];
  const entry = name === undefined ? undefined : directory.customers.get(foldName(name));
  let found: { timeZone?: string; holidays?: string; fields: Readonly<Record<string, string>> };
  if (entry !== undefined) found = entry;
  else if (checked.unlisted !== undefined) found = { ...checked.unlisted, fields: {} };
  else if (name === undefined || name.trim() === '') return caseError(joinPath('attributes', checked.customer), '', 'is empty, and the customer directory gives each case its zone and holidays: name the customer, or give a default for unlisted customers');
  else {
    const known = [...directory.customers.values()].map((c) => c.customer);
    return caseError(joinPath('attributes', checked.customer), name, `is not in the customer directory (${known.length} ${known.length === 1 ? 'customer' : 'customers'}: ${known.slice(0, 10).join(', ')}${known.length > 10 ? ', …' : ''}); add it, or give a default for unlisted customers`);
  }
  const joined: Record<string, string> = { ...attributes };
  const put = (key: string, value: string | undefined, what: string): void => {
    if (value === undefined) return;
    const own = attributes[key];
    if (own !== undefined && foldName(own) !== foldName(value)) caseError(joinPath('attributes', key), own, `differs from the customer directory's ${what} '${value}' for '${String(name)}'; a case's own value and its customer's must agree (leave the column out, or fix the one that is wrong)`);
    joined[key] = value;
  };
  // The directory's spelling of the name, so that groups by customer are one per customer.
  if (entry !== undefined) joined[checked.customer] = entry.customer;
  put(checked.holidays, found.holidays, 'holidays');
  for (const [key, value] of Object.entries(found.fields)) if (key !== checked.customer) put(key, value, key);
  let timeZone = input.timeZone;
  if (found.timeZone !== undefined) {
    if (timeZone !== undefined && timeZone !== found.timeZone) caseError('timeZone', timeZone, `differs from the customer directory's zone '${found.timeZone}' for '${String(name)}'; a case's own zone and its customer's must agree (leave the column out, or fix the one that is wrong)`);
    timeZone = found.timeZone;
  }
  return { ...input, ...(timeZone === undefined ? {} : { timeZone }), attributes: joined };
}

/**
 * The cases with each one's customer's zone and holidays from a customer directory (see
 * {@link readCustomerDirectory}), read one at a time. The customer is the case's
 * `attributes.customer` (`options.customer` names another attribute: read it with `readCases`'
 * `attributes`). The joined case gets the directory's spelling of the customer's name, its `timeZone`, its holidays in
 * `attributes.holidays` (`options.holidays` names another) and its other fields as attributes (a
 * new object; the case is not changed).
 *
 * - A customer the directory does not list, or a case without one, is an `INVALID_CASE` naming it
 *   and the directory's customers, unless `options.unlisted` gives the zone (and holidays) such a
 *   case runs in.
 * - A case that already has a zone, holidays or field of its own keeps it only where it agrees
 *   with its customer's: a different value is an `INVALID_CASE` naming both, since one of them is
 *   wrong and slakit cannot tell which.
 *
 * @param cases - Any iterable of cases (from {@link readCases} with `attributes: ['customer']`).
 * @throws SlaError `INVALID_ARGUMENT` for bad options; `INVALID_CASE` for a case as above.
 * @example
 * ```ts
 * import { joinCustomerDirectory, readCustomerDirectory } from 'slakit/records';
 *
 * const directory = readCustomerDirectory([{ customer: 'Acme Corp', timeZone: 'America/New_York', holidays: 'US-NY', tier: 'gold' }]);
 * const [joined] = joinCustomerDirectory([{ severity: 2, openedAt: '2026-10-05T09:00:00Z', attributes: { customer: 'ACME corp' } }], directory);
 * joined?.timeZone; //=> 'America/New_York'
 * joined?.attributes; //=> { customer: 'Acme Corp', holidays: 'US-NY', tier: 'gold' }
 * ```
 */
export function joinCustomerDirectory(cases: Iterable<CaseInput>, directory: CustomerDirectory, options?: JoinCustomersOptions): Iterable<CaseInput> {
  if (typeof directory !== 'object' || directory === null || !(directory.customers instanceof Map)) fail('INVALID_ARGUMENT', 'directory', directory, 'is not a customer directory (from readCustomerDirectory)');
  if (typeof (cases as { [Symbol.iterator]?: unknown } | null)?.[Symbol.iterator] !== 'function') fail('INVALID_ARGUMENT', 'cases', cases, 'is not an iterable of cases');
  const checked = joinOptions(options);
  return {
    *[Symbol.iterator](): Iterator<CaseInput> {
      for (const input of cases) yield withCustomer(input, directory, checked);
    },
  };
}

export { joinOptions as customerJoinOptions };
