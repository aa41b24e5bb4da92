import { describeValue, fail, isSlaError, SlaError, type SlaErrorCode } from '../core/errors.js';
import { toEpochMs } from '../core/instant.js';
import { scanIsoInstant, scanWallTime } from '../core/scan-date-time.js';
import { joinPath, plainObject } from '../core/plain-data.js';
import { MS_PER_DAY } from '../core/civil-date.js';
import { isValidTimeZone, steadyOffset, wallTimeFold, type ZoneRules, zoneRules } from '../core/time-zone.js';
import { compileDateFormat, type DateFormat, guessDateFormat } from './date-format.js';
import type { ImportProfile } from './import-profile.js';
import type { AsyncRecordReader, ReadSummary, RecordReader, Row } from './types.js';

// The machinery both readers share: the column mapping, offset-free times in a zone under the one
// DST policy, the row number in every error, and the stop-or-skip choice with its summary.

const HOUR_MS = 3_600_000;

const OPTION_KEYS = ['columns', 'timeZone', 'onError', 'firstRow', 'localTimesIn', 'dateFormat', 'profile'];

/** What a reader reads from one row: a field's cell (absent when empty), and instants in the row's zone. */
export class RowReader {
  row: Row = {};
  zone: string | undefined;
  /** DST gaps and overlaps met in this row (counted once the row is accepted). */
  gaps = 0;
  overlaps = 0;
  // The rules of the zone last used: the rows of a file mostly share one zone.
  private rulesZone: string | undefined;
  private rules: ZoneRules | undefined;
  // Per zone, the offset of each wall-clock hour read that is a day away from any change of offset.
  private steadyHours = new Map<ZoneRules, SteadyHours>();
  private hours: SteadyHours | undefined;

  constructor(
    /** field → the column that holds it. */
    readonly source: ReadonlyMap<string, string>,
    readonly defaultZone: string | undefined,
    readonly code: SlaErrorCode,
    /** Which zone local times are read in when the row's zone and `defaultZone` differ; `undefined`: neither is picked. */
    readonly localTimesIn: 'timeZone' | 'row' | undefined = undefined,
    /** The file's date format, tried before ISO 8601. */
    readonly format: DateFormat | undefined = undefined,
  ) {}

  /** The column a field is read from. */
  column(field: string): string {
    return this.source.get(field) ?? field;
  }

  /** A field's value; `undefined` for a missing, `null` or blank cell. */
  get(field: string): unknown {
    return this.cell(this.column(field));
  }

  /** A column's value; `undefined` for a missing, `null` or blank cell. */
  cell(column: string): unknown {
    const value = this.row[column];
    if (typeof value === 'string') return value.length === 0 || (!printable(value.charCodeAt(0)) && value.trim() === '') ? undefined : value;
    return value === null ? undefined : value;
  }

  /** Fails at a field. */
  fail(field: string, value: unknown, expected: string): never {
    return fail(this.code, field, value, expected);
  }

  /** The row's own zone, from its `timeZone` cell, checked: the row's local times are read in it. */
  readZone(column: string): string | undefined {
    const zone = this.cell(column);
    if (zone !== undefined && !isValidTimeZone(zone)) fail('INVALID_TIME_ZONE', 'timeZone', zone, "is not an IANA time zone such as 'America/New_York'");
    this.zone = zone as string | undefined;
    return this.zone;
  }

  /**
   * The zone a local time of this row is written in. The `timeZone` option says the file's zone,
   * the row's `timeZone` cell the zone of its business hours; where both are given and differ,
   * either could be meant, so `localTimesIn` must say which.
   */
  private localZone(field: string, value: unknown): string {
    const { zone: row, defaultZone: file } = this;
    if (row !== undefined && file !== undefined && row !== file) {
      if (this.localTimesIn === 'timeZone') return file;
      if (this.localTimesIn === 'row') return row;
      return this.fail(field, value, `is a local time, and two zones could apply: the file's (the timeZone option, ${file}) and the row's timeZone (${row}); say which zone the local times are written in (localTimesIn: 'timeZone' or 'row')`);
    }
    const zone = row ?? file;
    if (zone === undefined) return this.fail(field, value, 'has no offset; give the zone of local times (the timeZone option or column)');
    return zone;
  }

  /** The record's id: a text or a number, or undefined. */
  readId(column: string): string | number | undefined {
    const id = this.cell(column);
    if (id !== undefined && typeof id !== 'string' && typeof id !== 'number') this.fail('id', id, 'is not a text or a number');
    return id as string | number | undefined;
  }

  /** An instant: a Date, epoch ms, an ISO string with an offset, or a local time in the row's zone. */
  instant(value: unknown, field: string): number {
    if (typeof value === 'string') {
      const text = printable(value.charCodeAt(0)) && printable(value.charCodeAt(value.length - 1)) ? value : value.trim();
      const { format } = this;
      let wall = NaN;
      if (format !== undefined) {
        wall = format.read(text);
        // A pattern with an offset reads an instant (years of four digits: always in range).
        if (wall === wall && format.hasOffset) return wall;
      }
      if (wall !== wall) wall = scanWallTime(text);
      if (wall === wall) {
        const zone = this.localZone(field, value);
        let rules = this.rules;
        if (rules === undefined || zone !== this.rulesZone) {
          rules = zoneRules(zone);
          this.rules = rules;
          this.rulesZone = zone;
          this.hours = this.steadyHours.get(rules);
          if (this.hours === undefined) {
            if (this.steadyHours.size >= 64) this.steadyHours.clear();
            this.steadyHours.set(rules, (this.hours = new SteadyHours()));
          }
        }
        return this.localInstant(rules, this.hours as SteadyHours, wall);
      }
      // Years 0000–9999 only: always within toEpochMs's range.
      const fast = scanIsoInstant(text);
      if (fast === fast) return fast;
      value = text;
    }
    try {
      return toEpochMs(value, field);
    } catch (error) {
      if (typeof value === 'string' && this.format !== undefined) return this.fail(field, value, `is not in the date format '${this.format.pattern}' (nor ISO 8601)`);
      const { message } = error as SlaError;
      const said = message.slice(message.indexOf(describeValue(value)) + describeValue(value).length + 1);
      // A tool's own format is named when it is one slakit knows: said once per file by the CLI.
      const guess = typeof value === 'string' && said.startsWith('is not an ISO-8601') ? guessDateFormat(value) : undefined;
      return this.fail(field, value, guess === undefined ? said : `${said}; it looks like ${guess.pattern} (${guess.tool}): give the dateFormat option${guess.profile === undefined ? '' : ` or the ${guess.profile} profile`}`);
    }
  }


  /**
   * The instant of a wall time under the one DST policy, counting gaps and overlaps. An hour a
   * day away from any change of offset is kept with its offset: its wall times are `wall - offset`,
   * as `toInstant` gives them (a property test holds the two equal across DST changes).
   */
  private localInstant(rules: ZoneRules, hours: SteadyHours, wall: number): number {
    const hour = Math.floor(wall / HOUR_MS);
    const slot = hour & (HOUR_SLOTS - 1);
    if (hours.hour[slot] === hour) return wall - (hours.offset[slot] as number);
    const fold = wallTimeFold(rules, wall);
    if (fold === 1) this.gaps++;
    else if (fold === 2) this.overlaps++;
    const start = hour * HOUR_MS;
    const steady = steadyOffset(rules, start - MS_PER_DAY, start + HOUR_MS + MS_PER_DAY);
    if (steady === steady) {
      hours.hour[slot] = hour;
      hours.offset[slot] = steady;
    }
    return rules.toInstant(wall);
  }
}

/**
 * Offsets of wall-clock hours, in slots by the hour's low bits (a month's hours never share one): a
 * lookup is two array reads. An hour is kept only when its offset holds a day either side.
 */
class SteadyHours {
  readonly hour = new Float64Array(HOUR_SLOTS).fill(NaN);
  readonly offset = new Float64Array(HOUR_SLOTS);
}

const HOUR_SLOTS = 1024;

/** Whether a character is one `trim` keeps: no white space is in 0x21–0x9f (quick test; NaN is not). */
export function printable(code: number): boolean {
  return code > 32 && code < 160;
}

/** Reads the options shared by both readers; `fields` are slakit's names, `extra` more option keys. */
export function readOptions(options: unknown, fields: readonly string[], extra: readonly string[], code: SlaErrorCode, localTimesByDefault?: 'row') {
  const values = options === undefined ? {} : plainObject(options, 'options', 'INVALID_ARGUMENT', [...OPTION_KEYS, ...extra]);
  const profile = values['profile'] === undefined ? undefined : profileOption(values['profile']);
  const source = new Map<string, string>();
  const columns = values['columns'] === undefined ? {} : plainObject(values['columns'], 'options.columns', 'INVALID_ARGUMENT');
  for (const [column, field] of Object.entries(columns)) {
    const at = joinPath('options.columns', column);
    if (typeof field !== 'string' || !fields.includes(field)) fail('INVALID_ARGUMENT', at, field, `is not a field; expected one of ${fields.join(', ')}`);
    if (source.has(field)) fail('INVALID_ARGUMENT', at, field, `is already read from the column '${source.get(field) as string}'`);
    source.set(field, column);
  }
  // The profile's columns, under the given ones: a field or a column the options name is theirs.
  const named = new Set(source.values());
  for (const [column, field] of Object.entries(profile?.columns ?? {})) {
    if (fields.includes(field) && !source.has(field) && !named.has(column)) source.set(field, column);
  }
  const pattern = values['dateFormat'] ?? profile?.dateFormat;
  const format = pattern === undefined ? undefined : compileDateFormat(pattern, values['dateFormat'] === undefined ? 'options.profile.dateFormat' : 'options.dateFormat');
  const zone = values['timeZone'] ?? (profile?.inputTimeZone === 'UTC' ? 'UTC' : undefined);
  if (zone !== undefined) zoneRules(zone, 'options.timeZone');
  const onError = values['onError'] ?? 'stop';
  if (onError !== 'stop' && onError !== 'skip') fail('INVALID_ARGUMENT', 'options.onError', onError, "is not 'stop' or 'skip'");
  const firstRow = values['firstRow'] ?? 1;
  if (typeof firstRow !== 'number' || !Number.isSafeInteger(firstRow)) fail('INVALID_ARGUMENT', 'options.firstRow', firstRow, 'is not a whole number');
  const localTimesIn = values['localTimesIn'];
  if (localTimesIn !== undefined && localTimesIn !== 'timeZone' && localTimesIn !== 'row') fail('INVALID_ARGUMENT', 'options.localTimesIn', localTimesIn, "is not 'timeZone' or 'row'");
  return { values, profile, reader: new RowReader(source, zone as string | undefined, code, (localTimesIn as 'timeZone' | 'row' | undefined) ?? localTimesByDefault, format), skip: onError === 'skip', firstRow };
}

const PROFILE_KEYS = ['name', 'tool', 'source', 'columns', 'dateFormat', 'inputTimeZone', 'derived', 'severities', 'pauseStatuses', 'reopenStatuses', 'resolvedStatuses', 'recordsAt', 'history', 'reads', 'leaves'];

/** The `profile` option, checked as far as a reader uses it. */
function profileOption(value: unknown): ImportProfile {
  const profile = plainObject(value, 'options.profile', 'INVALID_ARGUMENT', PROFILE_KEYS);
  const columns = plainObject(profile['columns'] ?? {}, 'options.profile.columns', 'INVALID_ARGUMENT');
  for (const [column, field] of Object.entries(columns)) if (typeof field !== 'string') fail('INVALID_ARGUMENT', joinPath('options.profile.columns', column), field, 'is not the name of a field');
  const zone = profile['inputTimeZone'];
  if (zone !== undefined && zone !== 'account' && zone !== 'user' && zone !== 'UTC') fail('INVALID_ARGUMENT', 'options.profile.inputTimeZone', zone, "is not 'account', 'user' or 'UTC'");
  if (profile['derived'] !== undefined && !Array.isArray(profile['derived'])) fail('INVALID_ARGUMENT', 'options.profile.derived', profile['derived'], 'is not a list of derived times');
  return { derived: [], ...profile, columns } as unknown as ImportProfile;
}

/** The error of a row: the row number and the column in front of the message, both in `details`. */
function rowError(error: unknown, reader: RowReader, row: number): unknown {
  if (!isSlaError(error)) return error;
  const field = String(error.details.path ?? '');
  // A path such as 'events[2].at' or 'openedAt' names a field; its column is the user's name.
  const head = /^[A-Za-z]+/.exec(field)?.[0] ?? '';
  const column = head === '' ? field : reader.column(head) + field.slice(head.length);
  const rest = error.message.slice(error.code.length + 2 + field.length);
  return new SlaError(error.code, `row ${row}, ${column}${rest}`, { ...error.details, path: column, field, row });
}

/** What a row's reading gives when the row is skipped. */
const SKIPPED: unique symbol = Symbol('skipped');

/**
 * Runs `convert` over rows one at a time, sync or async as the rows are, with the row number in
 * each error and the stop-or-skip choice. The summary fills in as the rows are read.
 */
export function readRows<T>(rows: unknown, setup: ReturnType<typeof readOptions>, convert: (reader: RowReader) => T): RecordReader<T> | AsyncRecordReader<T> {
  const { reader, skip, firstRow } = setup;
  const summary: ReadSummary = { rows: 0, records: 0, skipped: 0, errors: [], dstGaps: 0, dstOverlaps: 0 };
  const one = (row: unknown): T | typeof SKIPPED => {
    const number = firstRow + summary.rows;
    summary.rows++;
    reader.gaps = 0;
    reader.overlaps = 0;
    reader.zone = undefined;
    try {
      if (typeof row !== 'object' || row === null || Array.isArray(row)) fail(reader.code, 'row', row, 'is not a record of named fields');
      reader.row = row as Row;
      const value = convert(reader);
      summary.records++;
      summary.dstGaps += reader.gaps;
      summary.dstOverlaps += reader.overlaps;
      return value;
    } catch (error) {
      const located = rowError(error, reader, number);
      if (!skip || !isSlaError(located)) throw located;
      summary.skipped++;
      summary.errors.push(located);
      return SKIPPED;
    }
  };
  const source = rows as { [Symbol.iterator]?: unknown; [Symbol.asyncIterator]?: unknown } | null;
  if (typeof source?.[Symbol.asyncIterator] === 'function') {
    return {
      summary,
      async *[Symbol.asyncIterator]() {
        for await (const row of rows as AsyncIterable<unknown>) {
          const value = one(row);
          if (value !== SKIPPED) yield value;
        }
      },
    };
  }
  if (typeof source?.[Symbol.iterator] !== 'function') return fail('INVALID_ARGUMENT', 'rows', rows, 'is not an iterable or async iterable of rows');
  return {
    summary,
    *[Symbol.iterator]() {
      for (const row of rows as Iterable<unknown>) {
        const value = one(row);
        if (value !== SKIPPED) yield value;
      }
    },
  };
}
