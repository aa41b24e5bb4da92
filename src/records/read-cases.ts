import { Timeline } from '../cases/case-timeline.js';
import type { CaseEvent, CaseEventType, CaseInput, SeverityLevel } from '../cases/types.js';
import { DEFAULT_EVENT_ORDER, EVENT_TYPES, type CompiledPolicy, MAX_SEVERITY_LEVELS, severityLevel } from '../cases/validate-support-policy.js';
import { fail, SlaError } from '../core/errors.js';
import { joinPath, plainObject } from '../core/plain-data.js';
import { isValidTimeZone } from '../core/time-zone.js';
import { readOptions, readRows, type RowReader } from './read-rows.js';
import type { AsyncRecordReader, ReadCasesOptions, RecordReader, Row } from './types.js';

/** The fields of a case record; the event columns each hold one event's instant. */
const FIELDS = ['id', 'severity', 'openedAt', 'respondedAt', 'resolutionNoticeAt', 'closedAt', 'events', 'timeZone'];
const EVENT_COLUMNS: readonly (readonly [string, CaseEventType])[] = [
  ['respondedAt', 'responded'],
  ['resolutionNoticeAt', 'resolution-notice'],
  ['closedAt', 'closed'],
];
const EVENT_TEXT = /^([a-z-]+)(?::([^@]+))?@(.+)$/;

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
 * | `severity` | `1`–`4`, or a label of `severities` (`'P1'`, `'Sev 1'`, `'High'`; any case) |
 * | `openedAt` | an instant: ISO 8601 with an offset, epoch ms, a `Date`, or a local time without an offset (`'2026-11-25 10:00'`) in the row's zone |
 * | `respondedAt`, `resolutionNoticeAt`, `closedAt` | one event each (optional) |
 * | `events` | more events, `;`-separated `type@instant` (`paused@2026-10-02T10:00Z;resumed@…;severity-changed:P2@…`), or a JSON list of events |
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
  const setup = readOptions(options, FIELDS, ['severities', 'attributes'], 'INVALID_CASE');
  const labels = new Map<string, SeverityLevel>();
  const given = setup.values['severities'];
  if (given !== undefined) {
    for (const [label, level] of Object.entries(plainObject(given, 'options.severities', 'INVALID_ARGUMENT'))) {
      labels.set(label.trim().toLowerCase(), severityLevel(level, joinPath('options.severities', label), 'INVALID_ARGUMENT'));
    }
  }
  const known = given === undefined ? '' : ` or one of the labels ${Object.keys(given as object).join(', ')}`;
  const attributes = setup.values['attributes'] ?? [];
  if (!Array.isArray(attributes) || attributes.some((a) => typeof a !== 'string')) fail('INVALID_ARGUMENT', 'options.attributes', attributes, 'is not a list of column names');
  const rank = new Uint8Array(EVENT_TYPES.length);
  DEFAULT_EVENT_ORDER.forEach((type, i) => (rank[EVENT_TYPES.indexOf(type)] = i));
  // The timeline's checks without a policy: the default order, and any level a policy can have.
  const check = { rank, levels: { length: MAX_SEVERITY_LEVELS + 1 } } as unknown as CompiledPolicy;
  const timeline = new Timeline();

  const severity = (r: RowReader, value: unknown, field: string): SeverityLevel => {
    if (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= MAX_SEVERITY_LEVELS) return value;
    const text = typeof value === 'string' ? value.trim() : '';
    const level = /^(?:[1-9]|10)$/.test(text) ? (Number(text) as SeverityLevel) : labels.get(text.toLowerCase());
    return level ?? r.fail(field, value, `is not a severity level 1–${MAX_SEVERITY_LEVELS}${known}`);
  };
  const convert = (r: RowReader): CaseInput => {
    const zone = r.get('timeZone');
    if (zone !== undefined && !isValidTimeZone(zone)) fail('INVALID_TIME_ZONE', 'timeZone', zone, "is not an IANA time zone such as 'America/New_York'");
    r.zone = zone as string | undefined;
    const id = r.get('id');
    if (id !== undefined && typeof id !== 'string' && typeof id !== 'number') r.fail('id', id, 'is not a text or a number');
    const level = severity(r, r.get('severity'), 'severity');
    const opened = r.get('openedAt');
    if (opened === undefined) r.fail('openedAt', opened, 'is missing; every case needs its opening instant');
    const openedAt = new Date(r.instant(opened, 'openedAt'));
    const events: CaseEvent[] = [];
    // The field of each event, for errors found once the timeline is checked.
    const from: string[] = [];
    for (const [field, type] of EVENT_COLUMNS) {
      const at = r.get(field);
      if (at !== undefined) {
        events.push({ type, at: new Date(r.instant(at, field)) } as CaseEvent);
        from.push(field);
      }
    }
    const more = r.get('events');
    const list: unknown[] = more === undefined ? [] : typeof more === 'string' ? more.split(';').filter((part) => part.trim() !== '') : Array.isArray(more) ? more : r.fail('events', more, 'is not a list of events');
    for (const item of list) {
      let type: unknown;
      let at: unknown;
      let level: unknown;
      if (typeof item === 'string') {
        const m = EVENT_TEXT.exec(item.trim());
        if (!m) r.fail('events', item, 'is not an event such as responded@2026-10-02T10:00:00Z or severity-changed:2@…');
        [, type, level, at] = m;
      } else if (typeof item === 'object' && item !== null) {
        ({ type, at, severity: level } = item as { type?: unknown; at?: unknown; severity?: unknown });
      } else {
        r.fail('events', item, 'is not an event { type, at }');
      }
      if (!EVENT_TYPES.includes(type as CaseEventType)) r.fail('events', type, `is not an event type; expected one of ${EVENT_TYPES.join(', ')}`);
      const instant = new Date(r.instant(at, 'events'));
      events.push(type === 'severity-changed' ? { type, at: instant, severity: severity(r, level, 'events') } : ({ type, at: instant } as CaseEvent));
      from.push('events');
    }
    const extra: Record<string, string> = {};
    for (const column of attributes as string[]) {
      const value = r.row[column];
      if (value !== undefined && value !== null) extra[column] = String(value);
    }
    const input: CaseInput = {
      ...(id === undefined ? {} : { id: id as string | number }),
      severity: level,
      openedAt,
      events,
      ...(zone === undefined ? {} : { timeZone: zone as string }),
      ...(attributes.length === 0 ? {} : { attributes: extra }),
    };
    try {
      timeline.load(input, check);
    } catch (error) {
      // `events[3].at: …` → the field that event came from.
      const { code, message, details } = error as SlaError;
      const path = String(details.path);
      const event = /^events\[(\d+)\]/.exec(path);
      if (event === null) throw error;
      const field = from[Number(event[1])] as string;
      throw new SlaError(code, field + message.slice(code.length + 2 + path.length), { ...details, path: field });
    }
    return input;
  };
  return readRows(rows, setup, convert);
}
