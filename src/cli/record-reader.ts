// Case and incident files through the library's readers (slakit/records): the user's column names
// (`--map`), the zone of offset-free local times (`--input-tz`), the contract's severity labels,
// and every bad row traced to its line and column. Only the CLI's framing lives here.
import { planFields } from './support.js';
import type { Incident } from '../availability/types.js';
import type { CaseInput, SeverityLevel } from '../cases/types.js';
import type { Contract } from '../contract/types.js';
import { isSlaError, type SlaError } from '../core/errors.js';
import { isValidTimeZone } from '../core/time-zone.js';
import { compileDateFormat } from '../records/date-format.js';
import type { DerivedTime, ImportProfile } from '../records/import-profile.js';
import { importProfiles } from '../records/import-profiles.js';
import { readCases } from '../records/read-cases.js';
import { readIncidents } from '../records/read-incidents.js';
import type { ReadSummary, RecordReader, Row } from '../records/types.js';
import { plural } from '../report/format.js';
import { causesOption } from './cause-option.js';
import { customerJoiner, customersOption } from './customers-option.js';
import { historyOption, joinHistory, unmatchedHistoryLapse } from './history-option.js';
import { HISTORY_FIELDS } from '../records/read-status-history.js';
import type { CommandContext } from './command.js';
import { DataError } from './data-error.js';
import { DELIMITER_HELP, type InputRecord, type InputRecords, readRecords } from './input.js';
import { guide } from './guide.js';
import { fromOption, messageWithoutPath, stringOption } from './options.js';
import { UsageError } from './usage-error.js';

/** The options of every command that reads a case or incident file. */
export const RECORD_OPTIONS = {
  map: { type: 'string', multiple: true },
  'input-tz': { type: 'string' },
  'local-times-in': { type: 'string' },
  delimiter: { type: 'string' },
  'skip-bad-rows': { type: 'boolean' },
  from: { type: 'string' },
  'date-format': { type: 'string' },
  'records-at': { type: 'string' },
} as const;

/** `--from`'s `--help` lines (commands that read cases). */
export const FROM_HELP = [
  '  --from TOOL         read a ticketing tool’s own case export: zendesk, jira, servicenow or',
  '                      freshdesk: its columns, date format, zone and derived times (--map and',
  `                      --date-format override it; ${guide('exports')})`,
];

/** The record options of a command that reads incidents: all but `--from`. */
export const INCIDENT_RECORD_OPTIONS = (({ from: _from, ...rest }) => rest)(RECORD_OPTIONS);

/** Their `--help` lines. */
export const RECORD_HELP = [
  '  --map COL=FIELD,…   read fields from columns of other names: --map created_at=openedAt,priority=severity',
  '                      (may be given more than once)',
  '  --input-tz ZONE     the zone the file’s local times without an offset (2026-11-25 10:00) are',
  '                      written in; a row’s timeZone column is the zone of its business hours',
  '  --local-times-in W  input-tz or row: the zone of a row’s local times when --input-tz and its',
  '                      timeZone differ (without it such a row is refused: either could be meant)',
  DELIMITER_HELP,
  '  --skip-bad-rows     leave out records with bad data (listed on stderr) instead of stopping',
  ...FROM_HELP,
  '  --date-format PAT   the date format of the file’s dates, in date-fns tokens: \'dd/MMM/yy h:mm a\'',
  '  --records-at KEY    a JSON export’s records under a key of its top-level object: tickets',
];

/** `--from`: the import profile of a tool, or undefined. */
export function profileOption(context: CommandContext): ImportProfile | undefined {
  const name = stringOption(context, 'from');
  if (name === undefined) return undefined;
  const profile = (importProfiles as Record<string, ImportProfile>)[name.toLowerCase()];
  if (profile === undefined || !Object.hasOwn(importProfiles, name.toLowerCase())) throw new UsageError(`--from: '${name}' is not a tool slakit has a profile of; expected one of ${Object.keys(importProfiles).join(', ')}`);
  return profile;
}

/** `--date-format`, else the profile's, checked once. */
function dateFormatOption(context: CommandContext, profile: ImportProfile | undefined): string | undefined {
  const given = stringOption(context, 'date-format');
  const pattern = given ?? profile?.dateFormat;
  if (pattern !== undefined) fromOption('date-format', () => compileDateFormat(pattern, 'dateFormat'));
  return pattern;
}

/** `--map`, with the columns of the `--from` profile under it (a field or column --map names is --map's). */
export function columnMap(context: CommandContext, fields: readonly string[]): Map<string, string> {
  const columns = mapOption(context, fields);
  const profile = profileOption(context);
  if (profile === undefined) return columns;
  const mapped = new Set(columns.values());
  for (const [column, field] of Object.entries(profile.columns)) {
    if (fields.includes(field) && !mapped.has(field) && !columns.has(column)) columns.set(column, field);
  }
  return columns;
}

/** At most this many problems are listed one by one; the rest are counted. */
const LISTED = 100;

/** `--map`: the user's column → slakit's field, each field at most once. */
export function mapOption(context: CommandContext, fields: readonly string[]): Map<string, string> {
  const given = context.values['map'];
  const entries = (Array.isArray(given) ? given : typeof given === 'string' ? [given] : []).flatMap((text: string) => text.split(','));
  const columns = new Map<string, string>();
  const taken = new Map<string, string>();
  for (const entry of entries) {
    if (entry.trim() === '') continue;
    const eq = entry.lastIndexOf('=');
    const column = entry.slice(0, eq).trim();
    const field = entry.slice(eq + 1).trim();
    if (eq <= 0 || column === '' || field === '') throw new UsageError(`--map: '${entry}' is not COLUMN=FIELD, e.g. created_at=openedAt`);
    if (!fields.includes(field)) throw new UsageError(`--map: '${field}' (from '${entry}') is not a field; expected one of ${fields.join(', ')}`);
    const before = taken.get(field);
    if (before !== undefined && before !== column) throw new UsageError(`--map: the field ${field} is mapped from both '${before}' and '${column}'`);
    if (columns.has(column) && columns.get(column) !== field) throw new UsageError(`--map: the column '${column}' is mapped to both ${columns.get(column) as string} and ${field}`);
    columns.set(column, field);
    taken.set(field, column);
  }
  return columns;
}

/** The severity labels and aliases of a contract, for the case reader (`P1`, `Critical`, `Sev 1`). */
export function severityLabels(contract: Contract): Record<string, SeverityLevel> {
  const labels: Record<string, SeverityLevel> = {};
  for (const s of contract.severities) for (const name of [s.label, ...s.aliases]) labels[name] = s.level;
  return labels;
}

/** `row 14, column created_at` or `item 3, field openedAt`: where a value of a record is. */
export function placeOf(where: InputRecord['where'], column: string): string {
  return where.kind === 'row' ? `row ${where.number}, column ${column}` : `item ${where.number}, field ${column === '' ? '(the item)' : column}`;
}

/** `row 14, column created_at: INVALID_CASE: '…' is not …` for a reader's error about one record. */
function problemOf(where: InputRecord['where'], error: SlaError): string {
  const column = String(error.details.path ?? '');
  // The reader's message reads `CODE: row N, column: …`; keep what follows the column.
  const prefix = `${error.code}: row ${String(error.details.row)}, ${column}: `;
  const rest = error.message.startsWith(prefix) ? error.message.slice(prefix.length) : error.message.slice(error.code.length + 2);
  return `${placeOf(where, column)}: ${error.code}: ${rest}`;
}

/**
 * What reading a file (or one chunk of it, in a worker thread) found: plain data, so that the
 * tallies of chunks merge into the tally of the file.
 */
export interface ReadTally {
  /** Records read. */
  rows: number;
  /** Bad records, and the first {@link LISTED} of them described. */
  bad: number;
  problems: string[];
  dstGaps: number;
  dstOverlaps: number;
  /** How the file was read (the detected delimiter), and the columns no field is read from. */
  notes: readonly string[];
  unread: readonly string[];
  known: readonly string[];
  /** Per column, the records whose time is in a form slakit does not read (or not the --date-format): said once, counted. */
  forms?: Readonly<Record<string, number>>;
  /** Per customer missing from `--customers` (as its problem quotes it), the records naming it: said once, counted. */
  unlisted?: Readonly<Record<string, number>>;
  /** Per column of the tool's own business times (`--from`), how many rows disagree with slakit's business time. */
  crossChecks?: Readonly<Record<string, CrossCheck>>;
  /** With `--history`: the ids of the history's cases the file has. */
  historyCases?: readonly string[];
}

/** The cross-check of one column of a tool's business times against slakit's business time on the case's calendar. */
export interface CrossCheck {
  readonly field: string;
  readonly unit: 'minutes' | 'hours';
  checked: number;
  disagree: number;
  /** The first disagreements: where, slakit's business time and the tool's, in the unit. */
  examples: { where: string; slakit: number; tool: number }[];
}

function mergeCrossChecks(a: Readonly<Record<string, CrossCheck>>, b: Readonly<Record<string, CrossCheck>>): Record<string, CrossCheck> {
  const sum: Record<string, CrossCheck> = { ...a };
  for (const [column, c] of Object.entries(b)) {
    const before = sum[column];
    sum[column] = before === undefined ? c : { ...before, checked: before.checked + c.checked, disagree: before.disagree + c.disagree, examples: [...before.examples, ...c.examples].slice(0, 10) };
  }
  return sum;
}

/** The stderr lines of the cross-checks: how many rows the tool's business time and slakit's disagree on. */
export function crossCheckLines(tally: ReadTally, agreeing: boolean): string[] {
  return Object.entries(tally.crossChecks ?? {}).filter(([, c]) => (c.disagree === 0) === agreeing).map(([column, c]) => {
    const examples = c.examples.slice(0, 3).map((e) => `${e.where}: slakit ${e.slakit}, the tool ${e.tool}`).join('; ');
    return c.disagree === 0
      ? `cross-check: ${column} agrees with slakit's business time on the case's calendar in all ${c.checked} rows`
      : `cross-check: ${column} disagrees with slakit's business time on the case's calendar in ${c.disagree} of ${c.checked} rows by more than one ${c.unit === 'minutes' ? 'minute' : 'hour'} (${examples}); slakit's figures use the contract's calendar, the tool its own schedule`;
  });
}

/** The cross-checks as JSON: `[{ column, field, unit, checked, disagreements, examples }]`. */
export function crossCheckJson(tally: ReadTally): { crossCheck?: unknown[] } {
  const entries = Object.entries(tally.crossChecks ?? {});
  if (entries.length === 0) return {};
  return { crossCheck: entries.map(([column, c]) => ({ column, field: c.field, unit: c.unit, checked: c.checked, disagreements: c.disagree, examples: c.examples })) };
}

/** The tally of two consecutive parts of a file. */
export function mergeReadTallies(a: ReadTally, b: ReadTally): ReadTally {
  return {
    ...a,
    rows: a.rows + b.rows,
    bad: a.bad + b.bad,
    problems: mergeProblems(a.problems, b.problems),
    dstGaps: a.dstGaps + b.dstGaps,
    dstOverlaps: a.dstOverlaps + b.dstOverlaps,
    ...(a.forms === undefined && b.forms === undefined ? {} : { forms: addCounts(a.forms ?? {}, b.forms ?? {}) }),
    ...(a.unlisted === undefined && b.unlisted === undefined ? {} : { unlisted: addCounts(a.unlisted ?? {}, b.unlisted ?? {}) }),
    ...(a.crossChecks === undefined && b.crossChecks === undefined ? {} : { crossChecks: mergeCrossChecks(a.crossChecks ?? {}, b.crossChecks ?? {}) }),
    ...(a.historyCases === undefined && b.historyCases === undefined ? {} : { historyCases: [...(a.historyCases ?? []), ...(b.historyCases ?? [])] }),
  };
}

/**
 * The problems of two consecutive parts, kept as one part keeps them (`drive`): a column's unread
 * date form once, whatever else is listed; a missing customer once; the others up to {@link LISTED}.
 */
function mergeProblems(a: string[], b: readonly string[]): string[] {
  if (b.length === 0) return a;
  // A problem said once for many rows, by what it is said for.
  const groupOf = (problem: string): string | undefined => {
    const column = formColumn(problem);
    if (column !== undefined) return `form ${column}`;
    const customer = unlistedCustomer(problem);
    return customer === undefined ? undefined : `customer ${customer}`;
  };
  const merged = [...a];
  const said = new Set(a.map(groupOf));
  for (const problem of b) {
    const group = groupOf(problem);
    if (group !== undefined && said.has(group)) continue;
    if (!group?.startsWith('form ') && merged.length >= LISTED) continue;
    said.add(group);
    merged.push(problem);
  }
  return merged;
}

function addCounts(a: Readonly<Record<string, number>>, b: Readonly<Record<string, number>>): Record<string, number> {
  const sum: Record<string, number> = { ...a };
  for (const [key, n] of Object.entries(b)) sum[key] = (sum[key] ?? 0) + n;
  return sum;
}

/**
 * The notes and lapses of a read for stderr; bad records without `--skip-bad-rows` are a DataError
 * listing every problem (at most {@link LISTED}, the rest counted).
 */
export function readLapses(context: CommandContext, tally: ReadTally): { notes: string[]; lapses: string[] } {
  const { bad } = tally;
  const said = unlistedCustomers(unreadableDates(tally.problems.map((line) => ({ line, rows: 1 })), tally.forms), tally.unlisted ?? {});
  // What no line says: the bad records beyond the listed ones.
  const more = said.reduce((n, { rows }) => n - rows, bad);
  const listed = (prefix: string): string[] => [...said.map(({ line }) => `${prefix}${line}`), ...(more > 0 ? [`… and ${more} more`] : [])];
  if (bad > 0 && context.values['skip-bad-rows'] !== true) throw new DataError(listed(''));
  const lapses = bad > 0 ? [...listed('skipped '), `skipped ${bad} bad ${bad === 1 ? 'record' : 'records'} of ${tally.rows} (--skip-bad-rows)`] : [];
  lapses.push(...dstLapses(tally), ...crossCheckLines(tally, false));
  const history = tally.historyCases === undefined ? undefined : historyOption(context, mapOption(context, CASE_MAP_FIELDS), profileOption(context));
  if (history !== undefined) lapses.push(...unmatchedHistoryLapse(history.name, history.history, tally.historyCases as readonly string[]));
  if (tally.unread.length > 0) lapses.unshift(`note: columns not read: ${tally.unread.join(', ')} (known columns: ${tally.known.join(', ')}; --map names others)`);
  return { notes: [...tally.notes, ...crossCheckLines(tally, true)], lapses };
}

const UNREADABLE_DATE = /^(row|item) (\d+), (column|field) ([^:]+): [A-Z_]+: ('.*') (is not an ISO-8601 instant|is not in the date format '([^']*)')/;
const GUESS = /; it looks like (.+) \(([^)]+)\): give the dateFormat option(?: or the (\w+) profile)?$/;

/** The column of a problem that is a time in a form slakit does not read, or undefined. */
function formColumn(problem: string): string | undefined {
  return UNREADABLE_DATE.exec(problem)?.[4];
}

const UNLISTED_CUSTOMER = /^(?:row|item) \d+, (?:column|field) [^:]+: [A-Z_]+: ('.*') is not in the customer directory /;

/** The customer (quoted, as the problem says it) of a problem that is a customer missing from the directory, or undefined. */
function unlistedCustomer(problem: string): string | undefined {
  return UNLISTED_CUSTOMER.exec(problem)?.[1];
}

/** A line of the problems said, and how many bad records it stands for (a problem said once for many rows stands for them all). */
interface Said {
  readonly line: string;
  readonly rows: number;
}

/**
 * A customer missing from `--customers` is said once, at its first row, with the count of its other
 * rows, rather than once per row: every case of that customer fails alike. `unlisted` counts the
 * rows per customer (more than are listed).
 */
function unlistedCustomers(problems: readonly Said[], unlisted: Readonly<Record<string, number>>): Said[] {
  const said = new Set<string>();
  const out: Said[] = [];
  for (const problem of problems) {
    const customer = unlistedCustomer(problem.line);
    const count = customer === undefined ? undefined : unlisted[customer];
    if (customer === undefined || count === undefined) out.push(problem);
    else if (!said.has(customer)) {
      said.add(customer);
      out.push({ line: problem.line, rows: count }, ...(count > 1 ? [{ line: `… and ${count - 1} more ${count === 2 ? 'row' : 'rows'} of the customer ${customer}`, rows: 0 }] : []));
    }
  }
  return out;
}

/**
 * A column whose dates slakit cannot read is said once, with a hint, rather than once per row: a
 * file in another date format fails on every row alike. `forms` counts such rows per column
 * (more than are listed); without it, the listed problems are counted.
 */
function unreadableDates(problems: readonly Said[], forms: Readonly<Record<string, number>> = {}): Said[] {
  const byColumn = new Map<string, { first: RegExpExecArray; count: number }>();
  for (const { line: problem } of problems) {
    const m = UNREADABLE_DATE.exec(problem);
    if (m === null) continue;
    const group = byColumn.get(m[4] as string);
    if (group === undefined) byColumn.set(m[4] as string, { first: m, count: 1 });
    else group.count++;
  }
  for (const [column, group] of byColumn) if (forms[column] !== undefined) group.count = forms[column] as number;
  const out: Said[] = [];
  for (const said of problems) {
    const problem = said.line;
    const m = UNREADABLE_DATE.exec(problem);
    const group = m === null ? undefined : byColumn.get(m[4] as string);
    const guess = m === null ? null : GUESS.exec(problem);
    if (group === undefined || (group.count < 2 && guess === null)) out.push(said);
    else if (group.first[0] === m?.[0]) {
      const [, kind, number, noun, column, value, , pattern] = group.first;
      const others = group.count - 1;
      // The group's first line stands for all its rows.
      const line = (text: string): Said => ({ line: text, rows: group.count });
      const rest = others > 0 ? [{ line: `… and ${plural(others, `more ${kind}`, `more ${kind}s`)} of ${noun} ${column} in that form`, rows: 0 }] : [];
      if (guess !== null) {
        out.push(line(`${kind} ${number}, ${noun} ${column}: ${value} is not ISO 8601; it looks like \`${guess[1]}\` (${guess[2]}): give --date-format${guess[3] === undefined ? ` '${guess[1]}'` : ` or --from ${guess[3]}`}`), ...rest);
      } else if (pattern !== undefined) {
        out.push(line(`${noun} ${column}: ${group.count} ${kind}${group.count === 1 ? ' is' : 's are'} not in the date format '${pattern}' (--date-format) nor ISO 8601 (first ${kind} ${number}: ${value})`));
      } else {
        out.push(
          line(`${noun} ${column}: ${group.count} ${kind}s hold times in a form slakit does not read (first ${kind} ${number}: ${value}); write ISO 8601, e.g. 2026-03-02T10:00:00-05:00, or 2026-03-02 10:00 with --input-tz, or give --date-format (a date such as 03/02/2026 is not guessed: it is 2 March in one country and 3 February in another)`),
        );
      }
    }
  }
  return out;
}

interface Setup {
  readonly input: InputRecords;
  /** slakit field → the column it is read from. */
  readonly columnOf: (field: string) => string;
  readonly skip: boolean;
  readonly known: readonly string[];
}

/**
 * Runs a library reader over the records of a file. `convert` turns each record the reader gives
 * into what the command uses (an SlaError there makes it a bad record at the field's column); `use`
 * takes the good ones. Bad records stop the command with every problem listed (exit 1), or with
 * `--skip-bad-rows` are left out and listed as lapses; DST interpretations and unread columns are said too.
 */
function drive<T, U>(setup: Setup, makeReader: (rows: Iterable<Row>) => RecordReader<T>, convert: (item: T, where: InputRecord['where']) => U, use: (item: U, where: InputRecord['where']) => void): ReadTally {
  const { input, skip } = setup;
  const problems: string[] = [];
  let bad = 0;
  let current: InputRecord = { where: { kind: 'row', number: 1 }, value: null };
  let reader: RecordReader<T> | undefined;
  const forms: Record<string, number> = {};
  const unlisted: Record<string, number> = {};
  const record = (problem: string): void => {
    bad++;
    // A customer missing from the directory is listed once (and counted): all its rows are alike.
    const customer = unlistedCustomer(problem);
    if (customer !== undefined) {
      unlisted[customer] = (unlisted[customer] ?? 0) + 1;
      if (unlisted[customer] === 1 && problems.length < LISTED) problems.push(problem);
      return;
    }
    // A time in a form slakit does not read is listed once per column (and counted): every row of the file is alike.
    const column = formColumn(problem);
    if (column !== undefined) {
      forms[column] = (forms[column] ?? 0) + 1;
      if (forms[column] === 1) problems.push(problem);
      return;
    }
    if (problems.length < LISTED) problems.push(problem);
  };
  // A row the reader skipped: its error is in the summary once the next row is asked for.
  const collect = (): void => {
    const errors = (reader as RecordReader<T>).summary.errors;
    const error = errors.pop();
    if (error === undefined) return;
    noOffset(error, current);
    twoZones(error, current);
    record(problemOf(current.where, error));
  };
  function* rows(): Generator<Row> {
    for (const next of input.records) {
      if (reader !== undefined) collect();
      current = next;
      yield next.value as Row;
    }
    collect();
  }
  reader = makeReader(rows());
  for (const item of reader) {
    let value: U;
    try {
      value = convert(item, current.where);
    } catch (error) {
      if (!isSlaError(error)) throw error;
      record(fieldProblem(current.where, error, undefined, setup.columnOf));
      continue;
    }
    if (bad === 0 || skip) use(value, current.where);
  }
  const { summary } = reader;
  return {
    rows: summary.rows,
    bad,
    problems,
    dstGaps: summary.dstGaps,
    dstOverlaps: summary.dstOverlaps,
    notes: input.notes,
    unread: input.columns.filter((c) => !setup.known.includes(c)),
    known: setup.known,
    ...(Object.keys(forms).length === 0 ? {} : { forms }),
    ...(Object.keys(unlisted).length === 0 ? {} : { unlisted }),
  };
}

/** The DST interpretations of local times, said on stderr (errors under `--strict`). */
export function dstLapses(summary: Pick<ReadSummary, 'dstGaps' | 'dstOverlaps'>): string[] {
  const lapses: string[] = [];
  const { dstGaps: gaps, dstOverlaps: overlaps } = summary;
  if (gaps > 0) lapses.push(`${gaps} local ${gaps === 1 ? 'time' : 'times'} fell in a DST gap and ${gaps === 1 ? 'was' : 'were'} moved forward by the gap's length`);
  if (overlaps > 0) lapses.push(`${overlaps} local ${overlaps === 1 ? 'time occurs' : 'times occur'} twice (a DST overlap); the earlier instant was taken`);
  return lapses;
}

/** A local time without a zone is a usage mistake: the user has not said which zone the file is in. */
function noOffset(error: SlaError, record: InputRecord): void {
  if (!/has no offset; give the zone of local times/.test(error.message)) return;
  const column = String(error.details.path ?? '');
  throw new UsageError(`--input-tz is required: ${placeOf(record.where, column)}: ${JSON.stringify(error.details.value)} is a local time without a UTC offset; give the zone it is in, e.g. --input-tz America/New_York`);
}

/**
 * `row 14, column opened: CODE: …` for an error about a field of a record (`severity`,
 * `events[2].at`): at the error's path, or `path`; `columnOf` names the column a field is read from.
 */
export function fieldProblem(where: InputRecord['where'], error: SlaError, path = String(error.details.path ?? ''), columnOf = (field: string): string => field): string {
  const head = /^[A-Za-z]+/.exec(path)?.[0] ?? '';
  return `${placeOf(where, columnOf(head) + path.slice(head.length))}: ${error.code}: ${messageWithoutPath(error.message, error.code)}`;
}

function setupOf(context: CommandContext, fields: readonly string[], extras: readonly string[], required: readonly string[], others: readonly string[] = []): Setup & { columns: Record<string, string> } {
  const name = context.positionals[0] as string;
  // `others`: fields of another file the same --map names (the status history's).
  const mapping = new Map([...columnMap(context, [...fields, ...extras, ...others])].filter(([, field]) => !others.includes(field)));
  const input = readRecords(context, name);
  const source = new Map([...mapping].map(([column, field]) => [field, column]));
  const columnOf = (field: string): string => source.get(field) ?? field;
  if (input.format === 'csv') {
    const given = mapOption(context, [...fields, ...extras, ...others]);
    const unknown = [...mapping.keys()].filter((c) => given.has(c) && !input.columns.includes(c));
    if (unknown.length > 0) throw new UsageError(`--map: ${unknown.map((c) => `'${c}'`).join(', ')} ${unknown.length === 1 ? 'is not a column' : 'are not columns'} of the file (the header has ${input.columns.join(', ')})`);
    const missing = required.map(columnOf).filter((c) => !input.columns.includes(c));
    if (missing.length > 0) {
      throw new DataError([`row 1: missing ${missing.length === 1 ? 'column' : 'columns'} ${missing.join(', ')} (the header has ${input.columns.join(', ')}; --map names a column of another name, e.g. --map created_at=openedAt)`]);
    }
  }
  const columns: Record<string, string> = {};
  for (const [column, field] of mapping) if (fields.includes(field)) columns[column] = field;
  const profile = profileOption(context);
  const known = [...[...fields, ...extras].map(columnOf), ...(profile?.derived ?? []).map((d) => d.column)];
  return { input, columnOf, skip: context.values['skip-bad-rows'] === true, known, columns };
}

/** `--input-tz`, checked, and `--local-times-in` as the readers' options. */
function inputZoneOption(context: CommandContext): { timeZone?: string; localTimesIn?: 'timeZone' | 'row' } {
  const zone = stringOption(context, 'input-tz');
  if (zone !== undefined && !isValidTimeZone(zone)) throw new UsageError(`--input-tz: INVALID_TIME_ZONE: '${zone}' is not an IANA time zone such as America/New_York`);
  const which = stringOption(context, 'local-times-in');
  if (which !== undefined && which !== 'input-tz' && which !== 'row') throw new UsageError(`--local-times-in: '${which}' is not input-tz or row`);
  if (which !== undefined && zone === undefined) throw new UsageError('--local-times-in goes with --input-tz (without it, a row’s local times are read in its own timeZone)');
  return { ...(zone === undefined ? {} : { timeZone: zone }), ...(which === undefined ? {} : { localTimesIn: which === 'row' ? 'row' : 'timeZone' }) };
}

/** A local time that --input-tz and the row's timeZone could both claim is a usage question: which one. */
function twoZones(error: SlaError, record: InputRecord): void {
  const m = /is a local time, and two zones could apply: the file's \(the timeZone option, ([^)]+)\) and the row's timeZone \(([^)]+)\)/.exec(error.message);
  if (m === null) return;
  const column = String(error.details.path ?? '');
  throw new UsageError(
    `--local-times-in is required: ${placeOf(record.where, column)}: ${JSON.stringify(error.details.value)} is a local time, and two zones could apply: --input-tz (${m[1]}) and the row's timeZone (${m[2]}, the zone of its business hours); give --local-times-in input-tz if the file's times are written in ${m[1]}, or --local-times-in row`,
  );
}

/** The fields of a case file the library reads, and the CLI's own. */
export const CASE_FIELDS = ['id', 'severity', 'openedAt', 'respondedAt', 'resolutionNoticeAt', 'closedAt', 'events', 'timeZone'] as const;
export const CASE_EXTRA_FIELDS = ['holidays', 'customer'] as const;
/** Every field `--map` may name for a command reading a case file: the case file's and the status history's. */
export const CASE_MAP_FIELDS: readonly string[] = [...CASE_FIELDS, ...CASE_EXTRA_FIELDS, ...HISTORY_FIELDS];

/** A case read from a file, with the CLI's extra fields. */
export interface FileCase {
  /** The case; its `timeZone` is the customer's when the file names one. */
  readonly input: CaseInput;
  /** The `holidays` cell: a country or region code, or ''. */
  readonly holidays: string;
  /** The `customer` cell, or ''. */
  readonly customer: string;
}

/** Where a record came from. */
export type Where = InputRecord['where'];

/**
 * Reads the case file of the command (its first positional) case by case: `evaluate` judges a
 * case (an SlaError makes it a bad record at the field's column); `use` takes the good ones.
 */
export function readCaseFile<U>(context: CommandContext, contract: Contract, evaluate: (c: FileCase, where: Where) => U, use: (result: U, where: Where) => void): ReadTally {
  const { setup, options, history, joinCustomer, holidaysColumn, customerColumn } = caseFileSetup(context, contract);
  const met = new Set<string>();
  const convert = (read: CaseInput, where: Where): U => {
    const joined = history === undefined ? read : joinHistory(read, history, met);
    const input = joinCustomer === undefined ? joined : joinCustomer(joined);
    const attributes = input.attributes ?? {};
    return evaluate({ input, holidays: attributes[holidaysColumn] ?? '', customer: attributes[customerColumn] ?? '' }, where);
  };
  const tally = drive(setup, (rows) => readCases(rows, options), convert, use);
  return history === undefined ? tally : { ...tally, historyCases: [...met] };
}

/**
 * How the command's case file is read, its options and header checked (usage mistakes first,
 * whatever the file holds): the readCases options, the status history and customer directory
 * joined into each case, and the columns of the holidays and the customer.
 */
export function caseFileSetup(context: CommandContext, contract: Contract) {
  // The options first: a bad one is a usage mistake, whatever the file holds.
  const profile = profileOption(context);
  const dateFormat = dateFormatOption(context, profile);
  // The columns the contract's plan rules look at are read too (into each case's attributes).
  const setup = setupOf(context, CASE_FIELDS, [...CASE_EXTRA_FIELDS, ...planFields(contract)], ['severity', 'openedAt'], HISTORY_FIELDS);
  const inputZone = inputZoneOption(context);
  const holidaysColumn = setup.columnOf('holidays');
  const customerColumn = setup.columnOf('customer');
  // The tool's business times ride along as attributes, for the cross-check (case-records.ts).
  const derived: DerivedTime[] = [...(profile?.derived ?? [])];
  const options = {
    columns: setup.columns,
    severities: { ...profile?.severities, ...severityLabels(contract) },
    attributes: [...new Set([holidaysColumn, customerColumn, ...planFields(contract), ...derived.filter((d) => d.clock === 'business').map((d) => d.column)])],
    onError: 'skip' as const,
    ...(profile?.inputTimeZone === 'UTC' && inputZone.timeZone === undefined ? { timeZone: 'UTC' } : {}),
    ...inputZone,
    ...(dateFormat === undefined ? {} : { dateFormat }),
    derived,
  };
  // Only the columns the reader looks at are built into each row: a tool's export has many more.
  setup.input.keepColumns?.([...setup.known, ...Object.keys(options.columns), ...options.attributes, ...derived.map((d) => d.column)]);
  const history = historyOption(context, mapOption(context, CASE_MAP_FIELDS), profile)?.history;
  const directory = customersOption(context);
  const joinCustomer = directory === undefined ? undefined : customerJoiner(context, directory, customerColumn, holidaysColumn);
  return { setup, options, history, joinCustomer, holidaysColumn, customerColumn };
}

/** The fields of an incident file. */
export const INCIDENT_FIELDS = ['id', 'start', 'end', 'cause', 'timeZone', 'announcedAt', 'plannedEnd', 'environment'] as const;

/** Reads the incident file of the command incident by incident, as {@link readCaseFile} reads cases. */
export function readIncidentFile<U>(context: CommandContext, convert: (incident: Incident, where: Where) => U, use: (result: U, where: Where) => void): ReadTally {
  const profile = profileOption(context);
  if (profile !== undefined) throw new UsageError(`--from ${profile.name}: the profile reads ${profile.tool}, cases rather than incidents; give an incident file's columns with --map`);
  const dateFormat = dateFormatOption(context, undefined);
  const setup = setupOf(context, INCIDENT_FIELDS, [], ['start', 'end', 'cause']);
  const inputZone = inputZoneOption(context);
  const causes = causesOption(context);
  const options = { columns: setup.columns, onError: 'skip' as const, ...inputZone, ...(dateFormat === undefined ? {} : { dateFormat }), ...(causes === undefined ? {} : { causes }) };
  return drive(setup, (rows) => readIncidents(rows, options), convert, use);
}
