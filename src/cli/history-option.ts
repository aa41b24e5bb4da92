// `--history FILE`: a help desk's status history (one row per status change) read into pauses and
// reopenings by the library's readStatusHistory, and joined into the cases by id as they are read.
import type { CaseInput } from '../cases/types.js';
import { isSlaError } from '../core/errors.js';
import { HISTORY_FIELDS, readStatusHistory, withStatusHistory } from '../records/read-status-history.js';
import type { Row, StatusHistory } from '../records/types.js';
import type { ImportProfile } from '../records/import-profile.js';
import type { CommandContext } from './command.js';
import { DataError } from './data-error.js';
import { readRecords } from './input.js';
import type { InputRecords } from './input.js';
import { stringOption } from './options.js';
import { UsageError } from './usage-error.js';

/** The options of the commands that read a case file. */
export const HISTORY_OPTIONS = {
  history: { type: 'string' },
  'pause-status': { type: 'string', multiple: true },
  'reopen-status': { type: 'string', multiple: true },
} as const;

/** Their `--help` lines. */
export const HISTORY_HELP = [
  '  --history FILE      a status history (CSV or JSON): one row per status change, columns caseId,',
  '                      at, from (optional), to (--map names others: --map "Issue key=caseId");',
  '                      its times are read in --input-tz; its pauses and reopenings join the cases',
  "  --pause-status S,…  the history's statuses that pause a case (the pause's reason, for pausedBy):",
  "                      --pause-status 'Waiting for customer,Pending'",
  "  --reopen-status S,… the history's statuses that reopen a case: --reopen-status Reopened",
  "                      (with --from and neither option: the tool's statuses and history columns)",
];

/** `--pause-status A,B --pause-status C` → [A, B, C]. */
function listOption(context: CommandContext, name: string): string[] {
  const given = context.values[name];
  return (Array.isArray(given) ? given : typeof given === 'string' ? [given] : []).flatMap((text: string) => text.split(',')).map((s) => s.trim()).filter((s) => s !== '');
}

const historyOfRun = new WeakMap<CommandContext['values'], { history: StatusHistory; name: string } | null>();

/**
 * The status history of `--history`, read once per run (per thread): `undefined` without it. The
 * `--map` entries that name a history field (caseId, at, from, to) name its columns.
 */
export function historyOption(context: CommandContext, columnMap: ReadonlyMap<string, string>, profile?: ImportProfile): { history: StatusHistory; name: string } | undefined {
  const cached = historyOfRun.get(context.values);
  if (cached !== undefined) return cached ?? undefined;
  const name = stringOption(context, 'history');
  const givenPauses = listOption(context, 'pause-status');
  const givenReopens = listOption(context, 'reopen-status');
  if (name === undefined) {
    if (givenPauses.length > 0 || givenReopens.length > 0) throw new UsageError(`--${givenPauses.length > 0 ? 'pause-status' : 'reopen-status'} goes with --history FILE (the status history it reads)`);
    historyOfRun.set(context.values, null);
    return undefined;
  }
  // --from's profile gives the tool's own statuses and history columns where the options do not.
  const fromProfile = givenPauses.length === 0 && givenReopens.length === 0 && profile !== undefined;
  const pauses = fromProfile ? [...profile.pauseStatuses] : givenPauses;
  const reopens = fromProfile ? [...profile.reopenStatuses] : givenReopens;
  if (pauses.length === 0 && reopens.length === 0) throw new UsageError("--history needs --pause-status (e.g. --pause-status 'Waiting for customer,Pending') or --reopen-status: which statuses pause or reopen a case");
  const mapped = [...columnMap].filter(([, field]) => (HISTORY_FIELDS as readonly string[]).includes(field));
  const named = new Set(mapped.map(([, field]) => field));
  const profiled = Object.entries(profile?.history ?? {}).filter(([field]) => (HISTORY_FIELDS as readonly string[]).includes(field) && !named.has(field)).map(([field, column]) => [column, field] as [string, string]);
  const inHistory = [...mapped, ...profiled];
  // A history of every field's changes (Jira's): only the rows of status changes are read.
  const only = profile?.history?.field !== undefined && profile.history.fieldValue !== undefined ? { column: profile.history.field, value: profile.history.fieldValue } : undefined;
  const input = sideFile(context, name);
  if (input.format === 'csv') {
    const unknown = inHistory.map(([column]) => column).filter((c) => !input.columns.includes(c));
    if (unknown.length > 0) throw new UsageError(`--map: ${unknown.map((c) => `'${c}'`).join(', ')} ${unknown.length === 1 ? 'is not a column' : 'are not columns'} of --history ${name} (its header has ${input.columns.join(', ')})`);
    const source = new Map(inHistory.map(([column, field]) => [field, column]));
    const missing = ['caseId', 'at', 'to'].map((f) => source.get(f) ?? f).filter((c) => !input.columns.includes(c));
    if (missing.length > 0) throw new DataError([`--history ${name}: row 1: missing ${missing.length === 1 ? 'column' : 'columns'} ${missing.join(', ')} (the header has ${input.columns.join(', ')}; --map names a column of another name, e.g. --map "Issue key=caseId")`]);
  }
  const zone = stringOption(context, 'input-tz');
  function* rows(): Generator<Row> {
    for (const record of input.records) {
      const row = record.value as Row;
      if (only === undefined || row[only.column] === undefined || String(row[only.column]).trim().toLowerCase() === only.value.toLowerCase()) yield row;
    }
  }
  let history: StatusHistory;
  try {
    history = readStatusHistory(rows(), {
      columns: Object.fromEntries(inHistory),
      pauseStatuses: pauses,
      reopenStatuses: reopens,
      ...(zone === undefined ? {} : { timeZone: zone }),
      firstRow: input.format === 'csv' ? 2 : 1,
    });
  } catch (error) {
    if (!isSlaError(error)) throw error;
    if (error.code === 'INVALID_ARGUMENT' && String(error.details.path ?? '').startsWith('options.')) throw new UsageError(`--pause-status/--reopen-status: ${error.message.replace(/^INVALID_ARGUMENT: options\.(\w+)(\[\d+\])?: /, '')}`);
    const where = input.format === 'csv' ? 'row' : 'item';
    const message = /has no offset; give the zone of local times/.test(error.message) ? `${error.message}; give --input-tz` : error.message;
    throw new DataError([`--history ${name}: ${where === 'row' ? '' : 'item numbering: '}${message.replace(/^([A-Z_]+): row (\d+), ([^:]+): /, `${where} $2, column $3: $1: `)}`]);
  }
  const result = { history, name };
  historyOfRun.set(context.values, result);
  return result;
}

/**
 * A case with its history's events joined in (an SlaError when they do not fit its own events),
 * and its id noted in `met` when the history names it.
 */
export function joinHistory(input: CaseInput, history: StatusHistory, met: Set<string>): CaseInput {
  if (input.id !== undefined && history.events.has(String(input.id))) met.add(String(input.id));
  return withStatusHistory(input, history);
}

/** The lapse of a run whose history names cases the case file does not have: said, never dropped silently. */
export function unmatchedHistoryLapse(name: string, history: StatusHistory, met: readonly string[]): string[] {
  const seen = new Set(met);
  const unmatched = [...history.events.keys()].filter((id) => !seen.has(id));
  if (unmatched.length === 0) return [];
  const changes = unmatched.reduce((sum, id) => sum + (history.events.get(id) as readonly unknown[]).length, 0);
  const shown = unmatched.slice(0, 10).join(', ') + (unmatched.length > 10 ? `, … (${unmatched.length - 10} more)` : '');
  return [`--history ${name}: ${unmatched.length} ${unmatched.length === 1 ? 'case is' : 'cases are'} not in the cases file (${shown}); ${changes} ${changes === 1 ? 'event' : 'events'} of the history ${changes === 1 ? 'was' : 'were'} not used`];
}

/**
 * The records of a file read beside the input file (a history, a directory): the file itself, not
 * the chunk of the cases file a shard is handed, read whole through `readInput` (which a `--jobs`
 * worker thread has too).
 */
export function sideFile(context: CommandContext, name: string): InputRecords {
  const { input: _chunk, ...rest } = context;
  return readRecords({ ...rest, positionals: [name], openInput: (path) => [new TextEncoder().encode(context.readInput(path))] }, name);
}
