import type { SlaError } from '../core/errors.js';
import type { IncidentCause } from '../availability/types.js';
import type { CaseEvent, SeverityLevel } from '../cases/types.js';
import type { DerivedTime, ImportProfile } from './import-profile.js';

/**
 * One record from a CSV or JSON source: cells by column name. Blank cells and `null` count as absent.
 *
 * @example
 * ```ts
 * import type { Row } from 'slakit/records';
 *
 * const row: Row = { created_at: '2026-11-25 10:00', priority: 'P2', ticket: 'T-7' };
 * ```
 */
export type Row = { readonly [column: string]: unknown };

/**
 * Options both readers share.
 *
 * @example
 * ```ts
 * import type { ReadOptions } from 'slakit/records';
 *
 * const options: ReadOptions = { columns: { created_at: 'openedAt' }, timeZone: 'Europe/Berlin', onError: 'skip', firstRow: 2 };
 * ```
 */
export interface ReadOptions {
  /** Your column names → slakit's fields, e.g. `{ created_at: 'openedAt', priority: 'severity' }`; other fields are read from columns of their own name. */
  readonly columns?: { readonly [column: string]: string };
  /**
   * The zone the file's local times without an offset (`'2026-11-25 10:00'`) are written in. A
   * row's `timeZone` cell is another thing, the zone of that case's business hours; a row with a
   * zone of its own and no `timeZone` option has its local times read in its zone.
   */
  readonly timeZone?: string;
  /**
   * Which zone a row's local times are read in when the `timeZone` option and the row's `timeZone`
   * differ: `'timeZone'` (the file's, as help desks export in the account's zone) or `'row'`.
   * Omitted: such a local time of a case is refused, since either zone could be meant. (An
   * incident's `timeZone` has no other meaning than the zone of its local times: it wins.)
   */
  readonly localTimesIn?: 'timeZone' | 'row';
  /** `'stop'` (default): a bad row throws. `'skip'`: it is left out and its error kept in the summary. */
  readonly onError?: 'stop' | 'skip';
  /** The number of the first row in errors (default 1; 2 for a CSV file whose line 1 is the header). */
  readonly firstRow?: number;
  /**
   * The date format of the file's date cells, in date-fns `parse` tokens (`'dd/MMM/yy h:mm a'`),
   * tried before ISO 8601. Local times it reads are in the `timeZone` option's zone, under the one
   * DST policy; `yy` reads 1950–2049; `yyyy` four digits.
   */
  readonly dateFormat?: string;
  /**
   * A tool's export profile ({@link importProfiles}): its columns, date format and the zone of its
   * local times (`'UTC'`: read in UTC unless `timeZone` says otherwise); `readCases` also takes
   * its derived times and severity labels. `columns`, `dateFormat` and `timeZone` override it.
   */
  readonly profile?: ImportProfile;
}

/**
 * What a reader has read so far; final once the iteration ends.
 *
 * @example
 * ```ts
 * import type { ReadSummary } from 'slakit/records';
 *
 * const summary: ReadSummary = { rows: 3, records: 2, skipped: 1, errors: [], dstGaps: 1, dstOverlaps: 0 };
 * ```
 */
export interface ReadSummary {
  /** Rows read. */
  rows: number;
  /** Records given out (`rows − skipped`). */
  records: number;
  /** Rows left out under `onError: 'skip'`. */
  skipped: number;
  /** The error of each skipped row (its `details` hold `row`, the column as `path`, and the `value`). */
  errors: SlaError[];
  /** Local times that fell in a DST gap and were moved forward by the gap's length. */
  dstGaps: number;
  /** Local times that occur twice (a DST overlap); the earlier instant was taken. */
  dstOverlaps: number;
}

/**
 * The records of rows read from an iterable, one at a time, with the {@link ReadSummary} of the run.
 * It can be iterated once.
 *
 * @example
 * ```ts
 * import { readIncidents, type RecordReader } from 'slakit/records';
 *
 * const reader: RecordReader<unknown> = readIncidents([{ start: '2026-06-03T10:00Z', end: '', cause: 'unplanned' }]);
 * [...reader].length; //=> 1
 * ```
 */
export interface RecordReader<T> extends Iterable<T> {
  readonly summary: ReadSummary;
}

/**
 * {@link RecordReader} over an async iterable (a stream of parsed CSV lines).
 *
 * @example
 * ```ts
 * import { type AsyncRecordReader, readIncidents } from 'slakit/records';
 *
 * async function* rows() { yield { start: '2026-06-03T10:00Z', end: '2026-06-03T11:00Z', cause: 'unplanned' }; }
 * const reader: AsyncRecordReader<unknown> = readIncidents(rows());
 * ```
 */
export interface AsyncRecordReader<T> extends AsyncIterable<T> {
  readonly summary: ReadSummary;
}

/**
 * Options of {@link readCases}.
 *
 * @example
 * ```ts
 * import type { ReadCasesOptions } from 'slakit/records';
 *
 * const options: ReadCasesOptions = {
 *   columns: { ticket: 'id', created_at: 'openedAt', priority: 'severity', first_reply: 'respondedAt' },
 *   severities: { P1: 1, Critical: 1, 'Sev 1': 1, P2: 2, High: 2 },
 *   timeZone: 'America/New_York',
 *   attributes: ['customer'],
 * };
 * ```
 */
export interface ReadCasesOptions extends ReadOptions {
  /**
   * Labels of severity levels, matched without regard to case or runs of spaces (`'p1'` is `'P1'`,
   * `'sev  1'` is `'Sev 1'`); level numbers `1`–`10` are always read. A label that is another
   * level's number, or names two levels after that folding, is refused (`INVALID_ARGUMENT`).
   */
  readonly severities?: { readonly [label: string]: SeverityLevel };
  /**
   * A contract (`loadContract`'s result): its levels' labels and aliases are read as `severities`
   * are (`'P1'`, `'Critical'`, `'feature request'`), so a script reads a file as `slakit
   * compliance --contract` does without a hand-built label map. With `severities` too, both apply.
   */
  readonly contract?: { readonly severities: readonly { readonly level: SeverityLevel; readonly label: string; readonly aliases: readonly string[] }[] };
  /** Columns carried into each case's `attributes` (for `groupBy: { attribute }`). */
  readonly attributes?: readonly string[];
  /**
   * Times given as durations after the opening (default: the profile's). A `'calendar'` one gives
   * its field's instant when the field's own column is absent or blank; a `'business'` one is only
   * carried into `attributes` under its column (the tool's business time, for a cross-check).
   */
  readonly derived?: readonly DerivedTime[];
}

/**
 * Options of {@link readIncidents}.
 *
 * @example
 * ```ts
 * import type { ReadIncidentsOptions } from 'slakit/records';
 *
 * const options: ReadIncidentsOptions = { columns: { began: 'start', ended: 'end', kind: 'cause' }, causes: { outage: 'unplanned' } };
 * ```
 */
export interface ReadIncidentsOptions extends ReadOptions {
  /**
   * Your texts of causes → slakit's: `{ 'scheduled maintenance': 'scheduled-maintenance', '*': 'unplanned' }`.
   * Texts are compared as severity labels are: trimmed, each run of white space one space, in any
   * case. `'*'` maps every text the map does not name (a blank cause is still refused). slakit's own
   * names are always read; a text that folds to another text's key, or to one of slakit's names,
   * with a different cause is refused (`INVALID_ARGUMENT`). Without `'*'`, a text the map does not
   * name is a bad row, its error naming the text and listing the known ones.
   */
  readonly causes?: { readonly [label: string]: IncidentCause };
}

/**
 * Options of {@link readStatusHistory}: the column mapping (fields `caseId`, `at`, `from`, `to`),
 * the zone of the history's local times, the first row's number, and which statuses pause a case
 * or reopen it. Rows are never skipped (`onError: 'skip'` is refused): a skipped change would move
 * a pause.
 *
 * @example
 * ```ts
 * import type { ReadStatusHistoryOptions } from 'slakit/records';
 *
 * const options: ReadStatusHistoryOptions = {
 *   columns: { 'Issue key': 'caseId', Changed: 'at', 'From status': 'from', 'To status': 'to' },
 *   timeZone: 'Europe/Berlin',
 *   pauseStatuses: ['Waiting for customer', 'Pending'],
 *   reopenStatuses: ['Reopened'],
 * };
 * ```
 */
export interface ReadStatusHistoryOptions extends Omit<ReadOptions, 'localTimesIn'> {
  /** The statuses during which a case is paused; each pause's reason is the status as spelled here. */
  readonly pauseStatuses?: readonly string[];
  /** The statuses that reopen a case. */
  readonly reopenStatuses?: readonly string[];
}

/**
 * The events a status history gives each case (from {@link readStatusHistory}), for
 * {@link joinStatusHistory}.
 *
 * @example
 * ```ts
 * import { readStatusHistory, type StatusHistory } from 'slakit/records';
 *
 * const history: StatusHistory = readStatusHistory([{ caseId: 'C-1', at: '2026-10-02T10:00Z', to: 'Pending' }], { pauseStatuses: ['Pending'] });
 * history.summary; //=> { rows: 1, cases: 1, events: 1, dstGaps: 0, dstOverlaps: 0 }
 * ```
 */
export interface StatusHistory {
  /** Each case id's `paused`, `resumed` and `reopened` events, in time order. */
  readonly events: ReadonlyMap<string, readonly CaseEvent[]>;
  /** The history row each of those events came from (for errors). */
  readonly rows: ReadonlyMap<string, readonly number[]>;
  /** Rows read, cases named, events given, and local times moved or doubled by DST. */
  readonly summary: { readonly rows: number; readonly cases: number; readonly events: number; readonly dstGaps: number; readonly dstOverlaps: number };
}

/**
 * Options of {@link readCustomerDirectory}: your column names → `customer`, `timeZone`,
 * `holidays`, and the first row's number. Rows are never skipped.
 *
 * @example
 * ```ts
 * import type { ReadCustomerDirectoryOptions } from 'slakit/records';
 *
 * const options: ReadCustomerDirectoryOptions = { columns: { Organization: 'customer', Zone: 'timeZone' }, firstRow: 2 };
 * ```
 */
export interface ReadCustomerDirectoryOptions {
  readonly columns?: { readonly [column: string]: string };
  readonly firstRow?: number;
}

/**
 * One customer of a {@link CustomerDirectory}.
 *
 * @example
 * ```ts
 * import type { CustomerEntry } from 'slakit/records';
 *
 * const acme: CustomerEntry = { customer: 'Acme Corp', timeZone: 'America/New_York', holidays: 'US-NY', fields: { tier: 'gold' } };
 * ```
 */
export interface CustomerEntry {
  /** The name as the directory writes it. */
  readonly customer: string;
  /** The zone of its business hours (absent: the case's default). */
  readonly timeZone?: string;
  /** Its holidays: a country or region code such as `US-NY` (absent: the case's default). */
  readonly holidays?: string;
  /** Every other column of its row (`tier`, `region`, …), trimmed. */
  readonly fields: { readonly [column: string]: string };
}

/**
 * The customers of a directory by name, folded (trimmed, runs of spaces as one, lower case), from
 * {@link readCustomerDirectory}.
 *
 * @example
 * ```ts
 * import { type CustomerDirectory, readCustomerDirectory } from 'slakit/records';
 *
 * const directory: CustomerDirectory = readCustomerDirectory([{ customer: 'Bolt GmbH', timeZone: 'Europe/Berlin' }]);
 * directory.customers.get('bolt gmbh')?.timeZone; //=> 'Europe/Berlin'
 * ```
 */
export interface CustomerDirectory {
  readonly customers: ReadonlyMap<string, CustomerEntry>;
}

/**
 * Options of {@link joinCustomerDirectory}.
 *
 * @example
 * ```ts
 * import type { JoinCustomersOptions } from 'slakit/records';
 *
 * const options: JoinCustomersOptions = { customer: 'organization', unlisted: { timeZone: 'UTC' } };
 * ```
 */
export interface JoinCustomersOptions {
  /** The attribute that names a case's customer (default `'customer'`). */
  readonly customer?: string;
  /** The attribute the customer's holidays code goes to (default `'holidays'`). */
  readonly holidays?: string;
  /** The zone (and holidays) of a case whose customer the directory does not list; without it such a case is an error. */
  readonly unlisted?: { readonly timeZone: string; readonly holidays?: string };
}
