// `--customers FILE`: the support team's customer directory (customer, timeZone, holidays, and any
// other column), read by the library's readCustomerDirectory and joined into each case by its
// customer column as the case is read.
import type { CaseInput } from '../cases/types.js';
import { isSlaError, SlaError } from '../core/errors.js';
import { isValidTimeZone } from '../core/time-zone.js';
import { customerJoinOptions, readCustomerDirectory, withCustomer } from '../records/customer-directory.js';
import type { CustomerDirectory, Row } from '../records/types.js';
import type { CommandContext } from './command.js';
import { DataError } from './data-error.js';
import { sideFile } from './history-option.js';
import { stringOption } from './options.js';
import { UsageError } from './usage-error.js';

/** The options of the commands that read a case file. */
export const CUSTOMERS_OPTIONS = {
  customers: { type: 'string' },
  'default-customer-tz': { type: 'string' },
} as const;

/** Their `--help` lines. */
export const CUSTOMERS_HELP = [
  '  --customers FILE    a customer directory (CSV or JSON): columns customer, timeZone, holidays (a',
  '                      code such as US-NY) and any other; each case gets its customer’s zone and',
  '                      holidays (by its customer column; names compared trimmed, in any case); a',
  '                      case’s own timeZone or holidays must agree with its customer’s',
  '  --default-customer-tz ZONE  the zone of a case whose customer the directory does not list',
  '                      (without it such a case is an error naming the customer)',
];

const directoryOfRun = new WeakMap<CommandContext['values'], CustomerDirectory | null>();

/** The directory of `--customers`, read once per run (per thread): `undefined` without it. */
export function customersOption(context: CommandContext): CustomerDirectory | undefined {
  const cached = directoryOfRun.get(context.values);
  if (cached !== undefined) return cached ?? undefined;
  const name = stringOption(context, 'customers');
  const fallback = stringOption(context, 'default-customer-tz');
  if (fallback !== undefined && !isValidTimeZone(fallback)) throw new UsageError(`--default-customer-tz: INVALID_TIME_ZONE: '${fallback}' is not an IANA time zone such as America/New_York`);
  if (name === undefined) {
    if (fallback !== undefined) throw new UsageError('--default-customer-tz goes with --customers FILE (the directory whose unlisted customers it places)');
    directoryOfRun.set(context.values, null);
    return undefined;
  }
  const input = sideFile(context, name);
  if (input.format === 'csv' && !input.columns.includes('customer')) {
    throw new DataError([`--customers ${name}: row 1: missing column customer (the header has ${input.columns.join(', ')})`]);
  }
  function* rows(): Generator<Row> {
    for (const record of input.records) yield record.value as Row;
  }
  let directory: CustomerDirectory;
  try {
    directory = readCustomerDirectory(rows(), { firstRow: input.format === 'csv' ? 2 : 1 });
  } catch (error) {
    if (!isSlaError(error)) throw error;
    const where = input.format === 'csv' ? 'row' : 'item';
    throw new DataError([`--customers ${name}: ${error.message.replace(/^([A-Z_]+): row (\d+), ([^:]+): /, `${where} $2, column $3: $1: `)}`]);
  }
  directoryOfRun.set(context.values, directory);
  return directory;
}

/**
 * Joins a case to its customer's zone, holidays and fields (the library's rules); an error names
 * the field (`customer`, `holidays`, `timeZone`) so that the command names its column.
 */
export function customerJoiner(context: CommandContext, directory: CustomerDirectory, customerColumn: string, holidaysColumn: string): (input: CaseInput) => CaseInput {
  const fallback = stringOption(context, 'default-customer-tz');
  const options = customerJoinOptions({ customer: customerColumn, holidays: holidaysColumn, ...(fallback === undefined ? {} : { unlisted: { timeZone: fallback } }) });
  return (input) => {
    try {
      return withCustomer(input, directory, options);
    } catch (error) {
      if (!isSlaError(error)) throw error;
      const path = String(error.details.path ?? '');
      const field = path === 'timeZone' ? 'timeZone' : path === `attributes.${holidaysColumn}` ? 'holidays' : 'customer';
      const rest = error.message.slice(error.code.length + 2 + path.length + 2);
      throw new SlaError(error.code, `${field}: ${rest}`, { ...error.details, path: field });
    }
  };
}
