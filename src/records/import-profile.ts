import type { SeverityLevel } from '../cases/types.js';

/**
 * A time a tool exports as a duration after the opening rather than as an instant: Zendesk's
 * "First reply time in minutes", Freshdesk's "First response time (in hrs)".
 *
 * With `clock: 'calendar'` the duration names an instant (the opening plus the duration), which
 * becomes the record's `field` when its own column is absent or blank. With `clock: 'business'`
 * the tool counted business time on its own schedule: that is never turned into an instant (the
 * tool's schedule is not the contract's); the CLI uses it as a cross-check only.
 *
 * @example
 * ```ts
 * import type { DerivedTime } from 'slakit/records';
 *
 * const reply: DerivedTime = { column: 'First reply time in minutes', field: 'respondedAt', unit: 'minutes', clock: 'calendar' };
 * ```
 */
export interface DerivedTime {
  /** The column that holds the duration (a number, or a text of one). */
  readonly column: string;
  /** The field whose instant it names. */
  readonly field: 'respondedAt' | 'resolutionNoticeAt' | 'closedAt';
  /** The unit of the duration. */
  readonly unit: 'minutes' | 'hours';
  /** `'calendar'`: elapsed time, turned into the instant; `'business'`: the tool's business time, a cross-check only. */
  readonly clock: 'calendar' | 'business';
}

/**
 * The documentation page a profile follows.
 *
 * @example
 * ```ts
 * import type { ProfileSource } from 'slakit/records';
 *
 * const source: ProfileSource = { title: 'Exporting data to a JSON, CSV, or XML file', url: 'https://support.zendesk.com/hc/en-us/articles/4408886165402' };
 * ```
 */
export interface ProfileSource {
  readonly title: string;
  readonly url: string;
}

/**
 * The columns of a tool's status history (one row per status change), for a reader that turns
 * changes into `paused`/`resumed`/`reopened` events.
 *
 * @example
 * ```ts
 * import type { HistoryColumns } from 'slakit/records';
 *
 * const jira: HistoryColumns = { caseId: 'issue_id', at: 'created_date', from: 'from_string', to: 'to_string', field: 'field', fieldValue: 'status' };
 * ```
 */
export interface HistoryColumns {
  /** The column naming the case (it matches the `id` of the case file). */
  readonly caseId: string;
  /** The column holding the instant of the change. */
  readonly at: string;
  /** The status before the change. */
  readonly from: string;
  /** The status after the change. */
  readonly to: string;
  /** The column naming the field that changed, when the history holds changes of every field. */
  readonly field?: string;
  /** The value of `field` for a status change. */
  readonly fieldValue?: string;
}

/**
 * How one tool writes its export, as plain data: which column holds which of slakit's fields, the
 * date format, the zone of its local times, the times it gives as durations, and its statuses.
 * The command line's `--from NAME` and an app's `readCases(rows, { profile })` read the same
 * profile ({@link importProfiles}); explicit options (`--map`, `--date-format`, `columns`,
 * `dateFormat`) override any part of it.
 *
 * @example
 * ```ts
 * import type { ImportProfile } from 'slakit/records';
 *
 * const mine: ImportProfile = {
 *   name: 'my-desk',
 *   tool: 'My help desk',
 *   source: { title: 'Exporting tickets', url: 'https://example.com/help/export' },
 *   columns: { Ticket: 'id', Opened: 'openedAt', Priority: 'severity', Replied: 'respondedAt' },
 *   dateFormat: 'dd.MM.yyyy HH:mm',
 *   inputTimeZone: 'account',
 *   derived: [],
 *   pauseStatuses: ['Waiting on customer'],
 *   reopenStatuses: [],
 *   resolvedStatuses: ['Solved'],
 *   reads: ['Ticket', 'Opened', 'Priority', 'Replied'],
 *   leaves: ['Subject'],
 * };
 * ```
 */
export interface ImportProfile {
  /** The name `--from` takes: `zendesk`, `jira`, `servicenow`, `freshdesk`. */
  readonly name: string;
  /** The tool and the export, as people call them. */
  readonly tool: string;
  /** The public documentation of the export this profile follows. */
  readonly source: ProfileSource;
  /** The tool's column → slakit's field (`id`, `severity`, `openedAt`, `respondedAt`, `resolutionNoticeAt`, `closedAt`, `customer`, …). */
  readonly columns: { readonly [column: string]: string };
  /** The `date-fns` pattern of its date cells (`'dd/MMM/yy h:mm a'`); absent: ISO 8601 as slakit reads it. */
  readonly dateFormat?: string;
  /**
   * The zone of its local times: `'account'` (the account's or instance's zone), `'user'` (the
   * exporting user's zone): both need the reader's `timeZone` (`--input-tz`); `'UTC'`: they are
   * UTC, read so unless the `timeZone` option says otherwise.
   */
  readonly inputTimeZone: 'account' | 'user' | 'UTC';
  /** Times given as durations after the opening. */
  readonly derived: readonly DerivedTime[];
  /** Labels of the tool's priorities that name a level on their own (`'1 - Critical'`), merged under the contract's labels. */
  readonly severities?: { readonly [label: string]: SeverityLevel };
  /** Statuses during which the tool stops its own SLA clock: the default pause statuses of a status history. */
  readonly pauseStatuses: readonly string[];
  /** Statuses that mean the case was reopened (empty when the tool reopens by leaving a resolved status). */
  readonly reopenStatuses: readonly string[];
  /** Statuses that mean the case is resolved (a move out of one is a reopening). */
  readonly resolvedStatuses: readonly string[];
  /** The key of a JSON export's top-level object that holds the records (`{ "records": [...] }`). */
  readonly recordsAt?: string;
  /** The columns of the tool's status history, where it has one. */
  readonly history?: HistoryColumns;
  /** The columns the profile reads (those of `columns` and `derived`). */
  readonly reads: readonly string[];
  /** Columns of the default export the profile leaves unread, and why where it matters. */
  readonly leaves: readonly string[];
}
