import { Timeline } from '../cases/case-timeline.js';
import type { CaseEvent, CaseEventType, CaseInput, SeverityLevel } from '../cases/types.js';
import { severityNames, severityOf } from '../cases/severity-of.js';
import { ASSIGNED, DEFAULT_EVENT_ORDER, EVENT_TYPES, type CompiledPolicy, MAX_SEVERITY_LEVELS, PAUSED, SEVERITY_CHANGED, severityLevel } from '../cases/validate-support-policy.js';
import { fail, SlaError } from '../core/errors.js';
import { joinPath, plainObject } from '../core/plain-data.js';
import { printable, readOptions, readRows, type RowReader } from './read-rows.js';
import type { DerivedTime } from './import-profile.js';
import type { AsyncRecordReader, ReadCasesOptions, RecordReader, Row } from './types.js';

/** The fields of a case record; the event columns each hold one event's instant. */
const FIELDS = ['id', 'severity', 'openedAt', 'respondedAt', 'resolutionNoticeAt', 'closedAt', 'events', 'timeZone'];
const EVENT_COLUMNS: readonly (readonly [string, CaseEventType])[] = [
  ['respondedAt', 'responded'],
  ['resolutionNoticeAt', 'resolution-notice'],
  ['closedAt', 'closed'],
];
// An event as text is `type@instant` or `type:level@instant`: /^([a-z-]+)(?::([^@]+))?@(.+)$/, read
// by hand below (the instant may not hold a line break, as `.` in that pattern).
const LINE_BREAK = /[\n\r\u2028\u2029]/;

const UNIT_MS = { minutes: 60_000, hours: 3_600_000 } as const;
const DERIVED_FIELDS = ['respondedAt', 'resolutionNoticeAt', 'closedAt'];

/** The `derived` option, checked. */
function derivedTimes(value: unknown, path: string): DerivedTime[] {
  if (!Array.isArray(value)) return fail('INVALID_ARGUMENT', path, value, 'is not a list of derived times { column, field, unit, clock }');
  return value.map((item, i) => {
    const at = `${path}[${i}]`;
    const d = plainObject(item, at, 'INVALID_ARGUMENT', ['column', 'field', 'unit', 'clock']);
    if (typeof d['column'] !== 'string' || d['column'] === '') fail('INVALID_ARGUMENT', `${at}.column`, d['column'], 'is not a column name');
    if (!DERIVED_FIELDS.includes(d['field'] as string)) fail('INVALID_ARGUMENT', `${at}.field`, d['field'], `is not one of ${DERIVED_FIELDS.join(', ')}`);
    if (d['unit'] !== 'minutes' && d['unit'] !== 'hours') fail('INVALID_ARGUMENT', `${at}.unit`, d['unit'], "is not 'minutes' or 'hours'");
    if (d['clock'] !== 'calendar' && d['clock'] !== 'business') fail('INVALID_ARGUMENT', `${at}.clock`, d['clock'], "is not 'calendar' or 'business'");
    return d as unknown as DerivedTime;
  });
}

/**
 * The instant a duration after the opening names (the first of `durations` with a value), or NaN
 * when none has one. A duration is a number ≥ 0, or the text of one.
 */
function afterOpening(r: RowReader, durations: readonly DerivedTime[] | undefined, openedMs: number): number {
  for (const d of durations ?? []) {
    const cell = r.cell(d.column);
    if (cell === undefined) continue;
    const time = durationInstant(cell, d.unit, openedMs);
    if (time !== time) r.fail(d.column, cell, `is not a number of ${d.unit} after the opening`);
    return time;
  }
  return NaN;
}

/**
 * The instant `cell` (a number ≥ 0 of `unit`, or the text of one) after the opening, or NaN when
 * the cell is no such number: the one reading of a derived time (the CLI's lean reader uses it too).
 */
export function durationInstant(cell: unknown, unit: DerivedTime['unit'], openedMs: number): number {
  const amount = typeof cell === 'number' ? cell : typeof cell === 'string' ? wholeNumber(cell) : NaN;
  return amount >= 0 && amount <= 1e8 ? openedMs + Math.round(amount * UNIT_MS[unit]) : NaN;
}

const DURATION = /^\s*\d+(\.\d+)?\s*$/;

/** The number a cell of digits (with a fraction, blanks around) writes, or NaN. */
function wholeNumber(text: string): number {
  const plain = plainDigits(text);
  return plain >= 0 ? plain : DURATION.test(text) ? Number(text) : NaN;
}

/** The value of one to nine plain digits in `text[from, to)` (most cells, summed by hand), or -1 for any other text. */
export function plainDigits(text: string, from = 0, to = text.length): number {
  if (to <= from || to - from > 9) return -1;
  let sum = 0;
  for (let i = from; i < to; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    sum = sum * 10 + digit;
  }
  return sum;
}

/** The code of the event type spelled by `text[0, end)`, or -1. */
function typeCode(text: string, end: number): number {
  for (let code = 0; code < EVENT_TYPES.length; code++) {
    const type = EVENT_TYPES[code] as string;
    if (type.length === end && text.startsWith(type)) return code;
  }
  return -1;
}

/** The labels and aliases of a contract's severity levels (`contract.severities`), as reader names. */
function contractNames(contract: unknown): { name: string; level: number; path: string }[] {
  if (contract === undefined) return [];
  const levels = typeof contract === 'object' && contract !== null ? (contract as { severities?: unknown }).severities : undefined;
  if (!Array.isArray(levels)) return fail('INVALID_ARGUMENT', 'options.contract', contract, "is not a contract (loadContract's result, whose severities list the labels and aliases)");
  return levels.flatMap((s: unknown, i) => {
    const path = `options.contract.severities[${i}]`;
    const { level, label, aliases = [] } = (typeof s === 'object' && s !== null ? s : {}) as { level?: unknown; label?: unknown; aliases?: unknown };
    const checked = severityLevel(level, `${path}.level`, 'INVALID_ARGUMENT');
    if (typeof label !== 'string' || !Array.isArray(aliases) || aliases.some((a) => typeof a !== 'string')) fail('INVALID_ARGUMENT', path, s, 'is not a severity level { level, label, aliases }');
    return [label, ...(aliases as string[])].map((name) => ({ name, level: checked, path: `${path}.label` }));
  });
}

/**
 * Case records from plain rows (objects from any CSV or JSON source), read one at a time: a
 * streaming reader over any iterable or async iterable, which never holds more than one row.
 *
 * Each row gives a {@link CaseInput} with instants as `Date`s. The fields, read from the columns
 * of the same name unless `columns` maps your names to them:
 *
 * | field | holds |
 * | --- | --- |
 * | `id` | the case id (optional) |
 * | `severity` | `1`–`10`, or a label of `severities` or of `contract` (`'P1'`, `'Sev 1'`, `'High'`; any case) |
 * | `openedAt` | an instant: ISO 8601 with an offset, epoch ms, a `Date`, or a local time without an offset (`'2026-11-25 10:00'`) in the row's zone |
 * | `respondedAt`, `resolutionNoticeAt`, `closedAt` | one event each (optional) |
 * | `events` | more events, `;`-separated `type@instant` (`paused@2026-10-02T10:00Z;resumed@…;severity-changed:P2@…`; a pause's reason and an assignment's team after a colon: `paused:waiting-on-customer@…`, `customer-message@…`, `assigned:L2@…`), or a JSON list of events |
 * | `timeZone` | the customer's zone: the case runs there, and its local times are read there (default: the `timeZone` option) |
 *
 * Local times follow slakit's one DST policy (a time in a gap moves forward by the gap's length; a
 * repeated time takes the earlier instant), and the summary counts both. Every case is checked as
 * `evaluateCase` checks it (pauses pair up, nothing after a closing but a reopening, …), so
 * a bad row fails here with its row number and column: `row 12, created_at: '2026-13-01 10:00' is
 * not …` (`details.row`, `details.path`). With `onError: 'skip'` it is left out and its error kept
 * in `summary.errors`; `summary` counts the rows read, skipped and moved by DST.
 *
 * @param rows - Any iterable or async iterable of row objects.
 * @throws SlaError `INVALID_ARGUMENT` for bad options; `INVALID_CASE` (or the code of the bad value,
 * such as `INVALID_TIME_ZONE`) for a bad row unless skipped, raised as the rows are iterated.
 * @example
 * ```ts
 * import { readCases } from 'slakit/records';
 *
 * const reader = readCases(
 *   [
 *     { ticket: 'T-1', created_at: '2026-03-08 02:30', priority: 'Sev 1', first_reply: '2026-03-08 03:45' },
 *     { ticket: 'T-2', created_at: 'soon', priority: 'P9' },
 *   ],
 *   {
 *     columns: { ticket: 'id', created_at: 'openedAt', priority: 'severity', first_reply: 'respondedAt' },
 *     severities: { P1: 1, 'Sev 1': 1, P2: 2 },
 *     timeZone: 'America/New_York',
 *     onError: 'skip',
 *     firstRow: 2,
 *   },
 * );
 * const cases = [...reader];
 * cases[0]?.openedAt; //=> new Date('2026-03-08T07:30:00Z') (02:30 is in the DST gap: 03:30 EDT)
 * cases[0]?.events; //=> [{ type: 'responded', at: new Date('2026-03-08T07:45:00Z') }]
 * [reader.summary.rows, reader.summary.skipped, reader.summary.dstGaps]; //=> [2, 1, 1]
 * reader.summary.errors[0]?.message; //=> "INVALID_CASE: row 3, priority: 'P9' is not a severity level 1–10 or one of the labels P1, Sev 1, P2"
 * ```
 */
export function readCases(rows: Iterable<Row>, options?: ReadCasesOptions): RecordReader<CaseInput>;
export function readCases(rows: AsyncIterable<Row>, options?: ReadCasesOptions): AsyncRecordReader<CaseInput>;
export function readCases(rows: Iterable<Row> | AsyncIterable<Row>, options?: ReadCasesOptions): RecordReader<CaseInput> | AsyncRecordReader<CaseInput> {
  const setup = readOptions(options, FIELDS, ['severities', 'attributes', 'derived', 'contract'], 'INVALID_CASE');
  const { profile } = setup;
  // The profile's labels (`1 - Critical`) under the given ones.
  const given = profile?.severities === undefined ? setup.values['severities'] : { ...profile.severities, ...((setup.values['severities'] as object | undefined) ?? {}) };
  const named =
    given === undefined
      ? []
      : Object.entries(plainObject(given, 'options.severities', 'INVALID_ARGUMENT')).map(([name, level]) => {
          const path = joinPath('options.severities', name);
          return { name, level: severityLevel(level, path, 'INVALID_ARGUMENT'), path };
        });
  named.push(...contractNames(setup.values['contract']));
  // Labels are read as every reader reads them (severityOf); a label naming two levels is refused.
  const { names: labels, clashes } = severityNames(named);
  for (const clash of clashes) fail('INVALID_ARGUMENT', clash.path, clash.name, clash.message);
  const known = named.length === 0 ? '' : ` or one of the labels ${[...new Set(named.map((n) => n.name))].join(', ')}`;
  const listed = setup.values['attributes'] ?? [];
  if (!Array.isArray(listed) || listed.some((a) => typeof a !== 'string')) fail('INVALID_ARGUMENT', 'options.attributes', listed, 'is not a list of column names');
  const derived = derivedTimes(setup.values['derived'] ?? profile?.derived ?? [], setup.values['derived'] === undefined ? 'options.profile.derived' : 'options.derived');
  // Columns a case carries: the listed ones, the profile's columns of fields a case has not (its
  // customer), and the tool's business times (a cross-check).
  const carried = [
    ...Object.entries(profile?.columns ?? {}).filter(([, field]) => !FIELDS.includes(field)).map(([column]) => column),
    ...derived.filter((d) => d.clock === 'business').map((d) => d.column),
  ];
  const attributes = [...new Set([...(listed as string[]), ...carried])];
  const fromDuration = new Map<string, DerivedTime[]>();
  for (const d of derived) if (d.clock === 'calendar') fromDuration.set(d.field, [...(fromDuration.get(d.field) ?? []), d]);
  const rank = new Uint8Array(EVENT_TYPES.length);
  DEFAULT_EVENT_ORDER.forEach((type, i) => (rank[EVENT_TYPES.indexOf(type)] = i));
  // The timeline's checks without a policy: the default order, and any level a policy can have.
  const check = { rank, levels: { length: MAX_SEVERITY_LEVELS + 1 } } as unknown as CompiledPolicy;
  const timeline = new Timeline();
  const { reader } = setup;
  const zoneColumn = reader.column('timeZone');
  const idColumn = reader.column('id');
  const severityColumn = reader.column('severity');
  const openedColumn = reader.column('openedAt');
  const eventsColumn = reader.column('events');
  const eventColumns = EVENT_COLUMNS.map(([field, type]) => ({ field, type, column: reader.column(field), code: EVENT_TYPES.indexOf(type) }));
  // The field each of a row's first events came from (the event columns), for the timeline's errors.
  const columnFields: string[] = [];
  let columnEvents = 0;
  // Severity texts already read (bounded): a file repeats a handful of labels.
  const levelOfText = new Map<string, SeverityLevel>();

  const severity = (r: RowReader, value: unknown, field: string): SeverityLevel => {
    if (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= MAX_SEVERITY_LEVELS) return value;
    if (typeof value === 'string') {
      const cached = levelOfText.get(value);
      if (cached !== undefined) return cached;
    }
    const text = typeof value === 'string' ? value.trim() : '';
    // A blank cell is said to be empty, never shown as `undefined`.
    if (value === undefined || value === null || (typeof value === 'string' && text === '')) return r.fail(field, '', `is empty; expected a severity level 1–${MAX_SEVERITY_LEVELS}${known}`);
    const level = severityOf(value, labels);
    if (level === undefined) return r.fail(field, value, `is not a severity level 1–${MAX_SEVERITY_LEVELS}${known}`);
    if (typeof value === 'string') {
      if (levelOfText.size >= 256) levelOfText.clear();
      levelOfText.set(value, level);
    }
    return level;
  };
  /** Reads one event (`code` -1: `type` is none) into the row's events and the timeline; false when it comes before the opening. */
  const event = (r: RowReader, events: CaseEvent[], code: number, type: unknown, at: unknown, level: unknown, item?: string): boolean => {
    // An event of a JSON list is named by its place (`events[2].at`); one written as text by its column.
    if (code < 0) r.fail(item === undefined ? 'events' : `${item}.type`, type, `is not an event type; expected one of ${EVENT_TYPES.join(', ')}`);
    const time = r.instant(at, item === undefined ? 'events' : `${item}.at`);
    const instant = new Date(time);
    if (code === SEVERITY_CHANGED) {
      const changed = severity(r, level, item === undefined ? 'events' : `${item}.severity`);
      events.push({ type: 'severity-changed', at: instant, severity: changed });
      return timeline.push(code, time, changed);
    }
    if ((code === PAUSED || code === ASSIGNED) && level !== undefined) {
      // `paused:waiting-on-customer@…`, `assigned:L2@…`, or `reason` / `team` in a JSON event.
      const key = code === PAUSED ? 'reason' : 'team';
      const team = code === ASSIGNED;
      if (typeof level !== 'string' || level.trim() === '' || level.length > 100) {
        r.fail(item === undefined ? 'events' : `${item}.${key}`, level, team ? 'is not a team name such as L2 (a non-empty text of at most 100 characters)' : 'is not a pause reason such as waiting-on-customer (a non-empty text of at most 100 characters)');
      }
      events.push(team ? { type: 'assigned', at: instant, team: level } : { type: 'paused', at: instant, reason: level });
      return timeline.push(code, time, 0, level);
    }
    events.push({ type: EVENT_TYPES[code], at: instant } as CaseEvent);
    return timeline.push(code, time, 0);
  };
  /** An event written as text, `type@instant` or `severity-changed:level@instant`. */
  const textEvent = (r: RowReader, events: CaseEvent[], item: string): boolean => {
    const text = printable(item.charCodeAt(0)) && printable(item.charCodeAt(item.length - 1)) ? item : item.trim();
    let end = 0;
    for (let c = text.charCodeAt(0); (c >= 97 && c <= 122) || c === 45; c = text.charCodeAt(++end));
    const mark = text.charCodeAt(end);
    const at = mark === 64 ? end : mark === 58 ? text.indexOf('@', end + 1) : -1;
    const instant = at < 0 ? '' : text.slice(at + 1);
    if (end === 0 || at < 0 || (mark === 58 && at === end + 1) || instant === '' || LINE_BREAK.test(instant)) {
      r.fail('events', item, 'is not an event such as responded@2026-10-02T10:00:00Z, severity-changed:2@…, paused:waiting-on-customer@… or assigned:L2@…');
    }
    const code = typeCode(text, end);
    return event(r, events, code, code < 0 ? text.slice(0, end) : undefined, instant, mark === 58 ? text.slice(end + 1, at) : undefined);
  };
  const convert = (r: RowReader): CaseInput => {
    const zone = r.readZone(zoneColumn);
    const id = r.readId(idColumn);
    const level = severity(r, r.cell(severityColumn), 'severity');
    const opened = r.cell(openedColumn);
    if (opened === undefined) r.fail('openedAt', opened, 'is missing; every case needs its opening instant');
    const openedMs = r.instant(opened, 'openedAt');
    const openedAt = new Date(openedMs);
    const events: CaseEvent[] = [];
    timeline.begin(openedMs);
    // Whatever the timeline's quick checks cannot vouch for is read again by `load`, which names the error.
    let quick = !(typeof id === 'number' && !Number.isFinite(id));
    let listed = false;
    columnEvents = 0;
    for (let k = 0; k < eventColumns.length; k++) {
      const { field, type, column, code } = eventColumns[k] as (typeof eventColumns)[number];
      const at = r.cell(column);
      const time = at !== undefined ? r.instant(at, field) : fromDuration.size === 0 ? NaN : afterOpening(r, fromDuration.get(field), openedMs);
      if (time === time) {
        events.push({ type, at: new Date(time) } as CaseEvent);
        columnFields[columnEvents++] = field;
        if (!timeline.push(code, time, 0)) quick = false;
      }
    }
    const more = r.cell(eventsColumn);
    if (typeof more === 'string') {
      for (let start = 0; start <= more.length; ) {
        let end = more.indexOf(';', start);
        if (end < 0) end = more.length;
        const item = more.slice(start, end);
        start = end + 1;
        if ((printable(item.charCodeAt(0)) || item.trim() !== '') && !textEvent(r, events, item)) quick = false;
      }
    } else if (more !== undefined) {
      if (!Array.isArray(more)) r.fail('events', more, 'is not a list of events');
      listed = true;
      (more as unknown[]).forEach((item, i) => {
        if (typeof item === 'string') {
          if (!textEvent(r, events, item)) quick = false;
        } else {
          if (typeof item !== 'object' || item === null) r.fail(`events[${i}]`, item, 'is not an event { type, at }');
          const { type, at, severity: changed, reason, team } = item as { type?: unknown; at?: unknown; severity?: unknown; reason?: unknown; team?: unknown };
          const extra = type === 'paused' ? reason : type === 'assigned' ? team : changed;
          if (!event(r, events, EVENT_TYPES.indexOf(type as CaseEventType), type, at, extra, `events[${i}]`)) quick = false;
        }
      });
    }
    const input: { -readonly [K in keyof CaseInput]: CaseInput[K] } = id === undefined ? { severity: level, openedAt, events } : { id, severity: level, openedAt, events };
    if (zone !== undefined) input.timeZone = zone;
    if (attributes.length !== 0) {
      const extra: Record<string, string> = {};
      for (const column of attributes as string[]) {
        const value = r.row[column];
        if (value !== undefined && value !== null) extra[column] = String(value);
      }
      input.attributes = extra;
    }
    try {
      if (quick) timeline.finish(rank);
      else timeline.load(input, check);
    } catch (error) {
      // `events[3].at: …` → the field that event came from.
      const { code, message, details } = error as SlaError;
      const path = String(details.path);
      const at = /^events\[(\d+)\]/.exec(path);
      if (at === null) throw error;
      const index = Number(at[1]);
      const field = index < columnEvents ? (columnFields[index] as string) : listed ? `events[${index - columnEvents}]${path.slice(at[0].length)}` : 'events';
      throw new SlaError(code, field + message.slice(code.length + 2 + path.length), { ...details, path: field });
    }
    return input;
  };
  return readRows(rows, setup, convert);
}
