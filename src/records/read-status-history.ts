import { Timeline } from '../cases/case-timeline.js';
import { foldSeverityLabel as foldStatus } from '../cases/severity-of.js';
import type { CaseEvent, CaseInput } from '../cases/types.js';
import { DEFAULT_EVENT_ORDER, EVENT_TYPES, type CompiledPolicy, MAX_SEVERITY_LEVELS } from '../cases/validate-support-policy.js';
import { fail, isSlaError, SlaError } from '../core/errors.js';
import { readOptions, readRows, type RowReader } from './read-rows.js';
import type { ReadStatusHistoryOptions, RecordReader, Row, StatusHistory } from './types.js';

/** The fields of a status history row. */
export const HISTORY_FIELDS = ['caseId', 'at', 'from', 'to'] as const;

/** The longest status a pause reason can carry (a pause reason's limit). */
const MAX_STATUS = 100;

/** One status change as read. */
interface Change {
  readonly at: number;
  readonly from: string | undefined;
  readonly to: string;
  readonly row: number;
}

/** A list of statuses, folded → as given (the first spelling wins). */
function statusList(value: unknown, path: string): Map<string, string> {
  if (value === undefined) return new Map();
  if (!Array.isArray(value)) return fail('INVALID_ARGUMENT', path, value, "is not a list of statuses such as ['Waiting for customer', 'Pending']");
  const statuses = new Map<string, string>();
  value.forEach((status: unknown, i) => {
    if (typeof status !== 'string' || status.trim() === '' || status.length > MAX_STATUS) fail('INVALID_ARGUMENT', `${path}[${i}]`, status, `is not a status (a non-empty text of at most ${MAX_STATUS} characters)`);
    const key = foldStatus(status);
    if (!statuses.has(key)) statuses.set(key, status.trim());
  });
  return statuses;
}

/**
 * A help desk's status history read into pauses and reopenings: one row per status change (the
 * case id, when, the status it left, the status it entered), as Jira Service Management and other
 * tools export it. Join it into the cases with {@link joinStatusHistory}.
 *
 * The fields, read from the columns of the same name unless `columns` maps your names to them:
 * `caseId`, `at` (an instant, or a local time in the `timeZone` option under the one DST policy),
 * `from` (optional) and `to`. Statuses are compared as severity labels are (trimmed, each run of
 * white space one space, in any case). The rules:
 *
 * - Entering a status of `pauseStatuses` from any other is a `paused` event whose reason is that
 *   status as the option spells it (so a target's `pausedBy: ['Waiting for customer']` names it);
 *   leaving it for a status that is not one is `resumed`; moving from one pause status to another
 *   is `resumed` and `paused` with the new reason at the same instant. A case still in a pause
 *   status at the end of its history stays paused.
 * - Entering a status of `reopenStatuses` from any other is a `reopened` event (the case must then
 *   have been resolved or closed before, as for any reopening).
 * - Each case's changes are taken in time order, rows of equal time in the order their `from` and
 *   `to` chain (the change that leaves the status the case is in first), else in file order. A
 *   `from` that is not the status the case was in after its previous change is refused: the
 *   history has a gap, and a pause read across it could be wrong. A case whose first change leaves
 *   a pause status is refused too: its history does not say when that pause began.
 *
 * The history is read whole (sync iterables only): it is grouped by case and sorted. Any bad row
 * stops the reading, with its row number and column (`firstRow` as in {@link readCases}).
 *
 * @param rows - Any iterable of row objects.
 * @throws SlaError `INVALID_ARGUMENT` for bad options (no pause or reopen status, a status in
 * both lists); `INVALID_CASE` (or the code of the bad value) for a bad row.
 * @example
 * ```ts
 * import { readStatusHistory } from 'slakit/records';
 *
 * const history = readStatusHistory(
 *   [
 *     { key: 'SUP-1', changed: '2026-10-05 09:30', from: 'Waiting for customer', to: 'In progress' },
 *     { key: 'SUP-1', changed: '2026-10-02 14:00', from: 'Open', to: 'Waiting for customer' },
 *     { key: 'SUP-2', changed: '2026-10-03 08:00', from: 'Open', to: 'Pending' },
 *   ],
 *   { columns: { key: 'caseId', changed: 'at' }, timeZone: 'America/New_York', pauseStatuses: ['Waiting for customer', 'Pending'], firstRow: 2 },
 * );
 * history.events.get('SUP-1'); //=> [{ type: 'paused', at: new Date('2026-10-02T18:00:00Z'), reason: 'Waiting for customer' }, { type: 'resumed', at: new Date('2026-10-05T13:30:00Z') }]
 * history.events.get('SUP-2'); //=> [{ type: 'paused', at: new Date('2026-10-03T12:00:00Z'), reason: 'Pending' }] (still paused)
 * history.rows.get('SUP-1'); //=> [3, 2] (the history row of each event)
 * ```
 */
export function readStatusHistory(rows: Iterable<Row>, options: ReadStatusHistoryOptions): StatusHistory {
  const setup = readOptions(options, HISTORY_FIELDS, ['pauseStatuses', 'reopenStatuses'], 'INVALID_CASE');
  if (setup.skip) fail('INVALID_ARGUMENT', 'options.onError', 'skip', "is not read for a status history: a skipped change would move a pause; only 'stop'");
  const pauses = statusList(setup.values['pauseStatuses'], 'options.pauseStatuses');
  const reopens = statusList(setup.values['reopenStatuses'], 'options.reopenStatuses');
  if (pauses.size === 0 && reopens.size === 0) fail('INVALID_ARGUMENT', 'options.pauseStatuses', setup.values['pauseStatuses'], 'is empty, and so is reopenStatuses: a history gives no event without a status to read');
  for (const [key, status] of reopens) if (pauses.has(key)) fail('INVALID_ARGUMENT', 'options.reopenStatuses', status, 'is also a pause status; a status either pauses a case or reopens it');
  const { reader } = setup;
  const idColumn = reader.column('caseId');
  const atColumn = reader.column('at');
  const fromColumn = reader.column('from');
  const toColumn = reader.column('to');
  const byCase = new Map<string, Change[]>();
  let row = setup.firstRow - 1;
  const status = (r: RowReader, column: string, field: string, required: boolean): string | undefined => {
    const value = r.cell(column);
    if (value === undefined) return required ? r.fail(field, '', 'is empty; every status change needs the status it entered') : undefined;
    if (typeof value !== 'string' && typeof value !== 'number') r.fail(field, value, 'is not a status (a text)');
    return String(value);
  };
  const convert = (r: RowReader): void => {
    row++;
    const id = r.readId(idColumn);
    if (id === undefined) r.fail('caseId', '', 'is empty; every status change names its case');
    const at = r.cell(atColumn);
    if (at === undefined) r.fail('at', '', 'is empty; every status change needs its instant');
    const change: Change = { at: r.instant(at, 'at'), from: status(r, fromColumn, 'from', false), to: status(r, toColumn, 'to', true) as string, row };
    const key = String(id);
    const list = byCase.get(key);
    if (list === undefined) byCase.set(key, [change]);
    else list.push(change);
  };
  const reading = readRows(rows, setup, convert) as RecordReader<void>;
  for (const _ of reading) void _;
  const events = new Map<string, CaseEvent[]>();
  const rowsOf = new Map<string, number[]>();
  let count = 0;
  for (const [id, changes] of byCase) {
    const list: CaseEvent[] = [];
    const numbers: number[] = [];
    const push = (event: CaseEvent, number: number): void => {
      list.push(event);
      numbers.push(number);
    };
    let state: string | undefined;
    let stateRow = 0;
    for (const change of inOrder(changes)) {
      const from = change.from === undefined ? undefined : foldStatus(change.from);
      const historyError = (field: string, value: unknown, expected: string): never => {
        throw new SlaError('INVALID_CASE', `row ${change.row}, ${reader.column(field)}: ${JSON.stringify(value)} ${expected}`, { path: reader.column(field), field, row: change.row, value });
      };
      if (state === undefined) {
        if (from !== undefined && pauses.has(from)) historyError('from', change.from, `is a pause status, and it is case '${id}'s first status change: the history does not say when that pause began (export the whole history)`);
      } else if (from !== undefined && from !== state) {
        historyError('from', change.from, `is not the status case '${id}' was in after its change before (row ${stateRow}: '${before(changes, stateRow)}'); the history has a gap`);
      }
      const was = state ?? from ?? '';
      const to = foldStatus(change.to);
      const at = new Date(change.at);
      const wasPaused = pauses.has(was);
      const nowPaused = pauses.get(to);
      if (wasPaused && was !== to) push({ type: 'resumed', at }, change.row);
      if (nowPaused !== undefined && was !== to) push({ type: 'paused', at, reason: nowPaused }, change.row);
      if (reopens.has(to) && !reopens.has(was)) push({ type: 'reopened', at }, change.row);
      state = to;
      stateRow = change.row;
    }
    count += list.length;
    events.set(id, list);
    rowsOf.set(id, numbers);
  }
  const { summary } = reading;
  return { events, rows: rowsOf, summary: { rows: summary.rows, cases: events.size, events: count, dstGaps: summary.dstGaps, dstOverlaps: summary.dstOverlaps } };
}

/** The `to` status of the change at `row`, as written. */
function before(changes: readonly Change[], row: number): string {
  return (changes.find((c) => c.row === row) as Change).to;
}

/** A case's changes by time (a stable sort), each run of equal times put in the order its from → to chain. */
function inOrder(changes: readonly Change[]): Change[] {
  const sorted = [...changes].sort((a, b) => a.at - b.at);
  const out: Change[] = [];
  let state: string | undefined;
  for (let start = 0; start < sorted.length; ) {
    let end = start + 1;
    while (end < sorted.length && (sorted[end] as Change).at === (sorted[start] as Change).at) end++;
    const run = sorted.slice(start, end);
    while (run.length > 0) {
      // The first change (in file order) that leaves the status the case is in; else the first.
      let k = state === undefined ? -1 : run.findIndex((c) => c.from !== undefined && foldStatus(c.from) === state);
      if (k < 0 && state === undefined && run.length > 1) {
        // The first change of a case: one whose from no other change of the run enters.
        k = run.findIndex((c) => c.from === undefined || !run.some((d) => d !== c && foldStatus(d.to) === foldStatus(c.from as string)));
      }
      const [next] = run.splice(Math.max(k, 0), 1) as [Change];
      out.push(next);
      state = foldStatus(next.to);
    }
    start = end;
  }
  return out;
}

/** The timeline's checks without a policy, as readCases makes them. */
function defaultCheck(): CompiledPolicy {
  const rank = new Uint8Array(EVENT_TYPES.length);
  DEFAULT_EVENT_ORDER.forEach((type, i) => (rank[EVENT_TYPES.indexOf(type)] = i));
  return { rank, levels: { length: MAX_SEVERITY_LEVELS + 1 } } as unknown as CompiledPolicy;
}

/**
 * A case with the events of its status history added (a new object; the case is not changed), and
 * checked as a whole: a pause of the history that falls inside a pause of the case's own events,
 * say, is an `INVALID_CASE` naming the history row. A case the history does not name is returned
 * as it is.
 */
export function withStatusHistory(input: CaseInput, history: StatusHistory, timeline: Timeline = new Timeline(), check: CompiledPolicy = defaultCheck()): CaseInput {
  const id = input.id;
  const added = id === undefined ? undefined : history.events.get(String(id));
  if (added === undefined || added.length === 0) return input;
  const own = input.events ?? [];
  const joined: CaseInput = { ...input, events: [...own, ...added] };
  try {
    timeline.load(joined, check);
  } catch (error) {
    if (!isSlaError(error)) throw error;
    const path = String(error.details.path);
    const at = /^events\[(\d+)\]/.exec(path);
    if (at === null || Number(at[1]) < own.length) throw error;
    const row = (history.rows.get(String(id)) as readonly number[])[Number(at[1]) - own.length];
    const rest = error.message.slice(error.code.length + 2 + path.length);
    throw new SlaError(error.code, `events: the status history, row ${String(row)}${rest}`, { ...error.details, path: 'events', historyRow: row });
  }
  return joined;
}

/**
 * The cases with the pauses and reopenings of a status history joined in by case id (see
 * {@link readStatusHistory}), read one at a time. Each joined case is checked as a whole, and a
 * case whose own events clash with its history (a pause inside a pause) throws `INVALID_CASE`
 * naming the history row. Once the cases are read, `unmatched` lists the case ids of the history
 * that no case had: their changes were not used, and a caller should say so.
 *
 * @param cases - Any iterable of cases (from {@link readCases}, or plain objects).
 * @throws SlaError `INVALID_CASE` for a case its history does not fit.
 * @example
 * ```ts
 * import { joinStatusHistory, readStatusHistory } from 'slakit/records';
 *
 * const history = readStatusHistory(
 *   [
 *     { caseId: 'SUP-1', at: '2026-10-02T14:00Z', from: 'Open', to: 'Waiting for customer' },
 *     { caseId: 'SUP-1', at: '2026-10-05T09:30Z', from: 'Waiting for customer', to: 'In progress' },
 *     { caseId: 'SUP-9', at: '2026-10-03T08:00Z', from: 'Open', to: 'Waiting for customer' },
 *   ],
 *   { pauseStatuses: ['Waiting for customer'] },
 * );
 * const joined = joinStatusHistory([{ id: 'SUP-1', severity: 2, openedAt: '2026-10-01T09:00Z', events: [] }], history);
 * [...joined][0]?.events?.map((e) => e.type); //=> ['paused', 'resumed']
 * joined.unmatched; //=> ['SUP-9']
 * ```
 */
export function joinStatusHistory(cases: Iterable<CaseInput>, history: StatusHistory): Iterable<CaseInput> & { readonly unmatched: readonly string[] } {
  if (typeof history !== 'object' || history === null || !(history.events instanceof Map) || !(history.rows instanceof Map)) fail('INVALID_ARGUMENT', 'history', history, 'is not a status history (from readStatusHistory)');
  if (typeof (cases as { [Symbol.iterator]?: unknown } | null)?.[Symbol.iterator] !== 'function') fail('INVALID_ARGUMENT', 'cases', cases, 'is not an iterable of cases');
  const met = new Set<string>();
  const timeline = new Timeline();
  const check = defaultCheck();
  const result = {
    unmatched: [] as string[],
    *[Symbol.iterator](): Iterator<CaseInput> {
      for (const input of cases) {
        if (input?.id !== undefined && history.events.has(String(input.id))) met.add(String(input.id));
        yield withStatusHistory(input, history, timeline, check);
      }
      result.unmatched = [...history.events.keys()].filter((id) => !met.has(id));
    },
  };
  return result;
}
