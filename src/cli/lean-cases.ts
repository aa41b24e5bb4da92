// The case file's rows straight into the clocks: for `slakit compliance` on a CSV file, each row's
// cells are read by position into the one reused Timeline and counted by the ComplianceCounter
// that complianceReport uses, with no row object, case object, Date or event object in between.
// It takes only what it can read exactly as readCases reads it (instants with an offset, known
// labels, well-formed events, a case that passes every check): at the first row it cannot
// vouch for, it gives the chunk back, replayed from its first record, to the general reader,
// which reads, counts and reports it (bad rows, local times, …) as it always did. The cells of a
// plain text are found by the cell scanner (cell-scan.ts) where it runs, else by indexOf.
import { engineOf } from '../calendar/create-calendar.js';
import type { CalendarEngine } from '../calendar/engine.js';
import type { Calendar, HolidaySet } from '../calendar/types.js';
import { Timeline } from '../cases/case-timeline.js';
import { caseMonthTest } from '../cases/case-month.js';
import { complianceCounter, type CounterSettings } from '../cases/compliance-counter.js';
import { severityNames, severityOf } from '../cases/severity-of.js';
import type { CaseEvent, ComplianceReport, SupportPolicy } from '../cases/types.js';
import { type CaseTimes, caseTimes } from '../cases/typical-times.js';
import { ASSIGNED, type CompiledPolicy, DEFAULT_EVENT_ORDER, EVENT_TYPES, PAUSED, SEVERITY_CHANGED, severityLevel } from '../cases/validate-support-policy.js';
import { plainObject, joinPath } from '../core/plain-data.js';
import { isValidTimeZone } from '../core/time-zone.js';
import { CsvReader, type CsvRecord } from '../records/csv.js';
import { durationInstant, plainDigits } from '../records/read-cases.js';
import { printable, readOptions } from '../records/read-rows.js';
import type { DerivedTime } from '../records/import-profile.js';
import { cellHolidayTypes, crossCheck, crossCheckTally, runCalendars, toolAmount } from './case-records.js';
import type { CommandContext } from './command.js';
import { type CellMarks, cellScanner } from './cell-scan.js';
import { caseHolidays } from './holidays.js';
import { chunkRecords, type InputRecords, recordsOfFields } from './input.js';
import { fedBy } from './not-measured.js';
import { CASE_FIELDS, caseFileSetup, type CrossCheck, type ReadTally } from './record-reader.js';
import { supportContract } from './support.js';

/** The event order every reader checks a case in; the lean reader needs the policy to use it too. */
const DEFAULT_RANK = (() => {
  const rank = new Uint8Array(EVENT_TYPES.length);
  DEFAULT_EVENT_ORDER.forEach((type, i) => (rank[EVENT_TYPES.indexOf(type)] = i));
  return rank;
})();

/** Whether a policy orders same-time events as readCases checks them (then one timeline serves both). */
export function ordersByDefault(compiled: CompiledPolicy): boolean {
  return compiled.rank.every((r, code) => r === DEFAULT_RANK[code]);
}

/** What the lean reader counted in a chunk. */
export interface LeanCount {
  /** The report of the cases counted (null when none was in the month). */
  readonly report: ComplianceReport | null;
  readonly counted: number;
  readonly fed: number;
  readonly read: ReadTally;
  readonly times: CaseTimes[];
}

/** What `slakit compliance` judges a chunk with (its settings, as the general path has them). */
export interface LeanSettings {
  readonly policy: SupportPolicy;
  readonly compiled: CompiledPolicy;
  readonly zone: string | undefined;
  readonly month: string | undefined;
  readonly counter: CounterSettings;
}

/**
 * How many chunks the lean reader counted and how many it gave back, and how many texts the cell
 * scanner read; `enabled` false sends every chunk to the general reader, `scan` false cuts every
 * line with `indexOf` instead of the cell scanner (the differential tests compare the three).
 */
export const leanReader = { enabled: true, scan: true, counted: 0, replayed: 0, scanned: 0 };

/**
 * The row loop of a run: its reader, closures and caches, built at the run's first chunk and used
 * for every chunk after it (the chunks of one run share its options and header). Built anew per
 * chunk, each chunk's closures met the shapes of the one before as new and V8 compiled the loop
 * again (measured with --trace-deopt: three times in a Zendesk export, each of tens of ms of a
 * core). Kept, the RowReader keeps the offsets of the local hours it has read (a new hour costs
 * a zone lookup: 53,000 of them in a million-row Zendesk export with a reader per chunk, about 700
 * with one per run).
 */
interface RowLoop {
  /** The header and settings it was built for: a chunk of another gets a loop of its own. */
  readonly header: string;
  readonly settings: LeanSettings;
  /** Starts a chunk: its counts from zero. */
  begin(): void;
  /** Counts the lines of `texts` (no quote and no CR in them), the first on row `firstRow`. */
  lines(texts: readonly string[], firstRow: number): void;
  /** Counts one record. */
  record(record: CsvRecord): void;
  /** The chunk's counts, its read tally's `rows`, DST counts and cross-checks filled in by `read`. */
  end(read: Omit<ReadTally, 'rows' | 'dstGaps' | 'dstOverlaps' | 'crossChecks'>): LeanCount;
}

/** Per run (its options object): its row loop, or null where its options are not ones the lean reader takes. */
const loopOfRun = new WeakMap<object, { readonly header: string; readonly loop: RowLoop | null }>();

/** The fields the row loop reads from columns of their own, and where each is in the header (-1: not there). */
const LOOP_FIELDS = ['timeZone', 'severity', 'openedAt', 'events', 'respondedAt', 'resolutionNoticeAt', 'closedAt'] as const;
type FieldPositions = Readonly<Record<(typeof LOOP_FIELDS)[number], number>>;

/** Whether two chunks' settings are those of one run. */
function sameSettings(a: LeanSettings, b: LeanSettings): boolean {
  const [x, y] = [a.counter, b.counter];
  return a.policy === b.policy && a.compiled === b.compiled && a.zone === b.zone && a.month === b.month && x.now === y.now && x.target === y.target && x.detail === y.detail && JSON.stringify(x.groupBy) === JSON.stringify(y.groupBy);
}

/**
 * Hands each line of `text` (a line feed ends one; an empty line is none, as CsvReader reads it)
 * to `take` with its row number, the first on row `firstRow`; returns the row after its last. The
 * loop is a function of its own, not a part of countCasesLean: a loop there had V8 compile
 * countCasesLean for it in every chunk and drop that code as the chunk ended (measured with
 * --trace-opt: about 0.5 s of compiling in a million-row run).
 */
function forEachLine(text: string, firstRow: number, take: (text: string, from: number, to: number, row: number) => void): number {
  let row = firstRow;
  for (let pos = 0; pos < text.length; row++) {
    let end = text.indexOf('\n', pos);
    if (end < 0) end = text.length;
    if (end > pos) take(text, pos, end, row);
    pos = end + 1;
  }
  return row;
}

/** A line break in an event's instant: readCases refuses it. */
const LINE_BREAK = /[\n\r\u2028\u2029]/;

/** Thrown (and caught below) where a row is not one the lean reader vouches for. */
const GIVE_UP: unique symbol = Symbol('give up');

/**
 * Counts the chunk in `context.input` (a CSV chunk) row by row into the clocks; or, when some row
 * is not one it reads exactly as readCases does, `{ replay }`: the chunk's records from the first,
 * for the general reader. JSON input is left to the general reader as it is.
 */
export function countCasesLean(context: CommandContext, settings: LeanSettings): LeanCount | { replay: InputRecords | undefined } {
  // The same steps, in the same order, as readCaseRecords and readCaseFile: the same usage errors first.
  const calendarOf = runCalendars(context, settings.zone);
  const types = cellHolidayTypes(context);
  const { setup, options, holidaysColumn } = caseFileSetup(context, supportContract(context));
  const input = setup.input;
  const { plain, fields: all } = input;
  if (context.input === undefined || (plain === undefined && all === undefined)) return { replay: undefined };
  // A plain chunk is split here, record by record (nothing held); another is taken as split, each record kept for a replay.
  const source = plain === undefined ? (all as Iterable<CsvRecord>)[Symbol.iterator]() : undefined;
  const seen: CsvRecord[] = [];
  const replay = (): { replay: InputRecords } => {
    leanReader.replayed++;
    if (plain !== undefined) return { replay: chunkRecords(plain.layout, plain.chunk) };
    function* again(): Generator<CsvRecord> {
      yield* seen;
      for (let next = (source as Iterator<CsvRecord>).next(); next.done !== true; next = (source as Iterator<CsvRecord>).next()) yield next.value;
    }
    return { replay: recordsOfFields({ columns: input.columns, delimiter: input.delimiter as string, notes: input.notes }, again()) };
  };
  const header = JSON.stringify([input.delimiter, input.columns]);
  let run = loopOfRun.get(context.values);
  if (run === undefined || (run.loop !== null && (run.header !== header || !sameSettings(run.loop.settings, settings)))) {
    // Positions, not setup.columnOf: the loop lives all run, and that closure holds this chunk's text.
    const fieldAt = Object.fromEntries(LOOP_FIELDS.map((field) => [field, input.columns.indexOf(setup.columnOf(field))])) as FieldPositions;
    run = { header, loop: rowLoop(settings, header, input.columns, input.delimiter as string, fieldAt, options, holidaysColumn, calendarOf, types) };
    loopOfRun.set(context.values, run);
  }
  const loop = run.loop;
  if (loop === null) return { replay: undefined };
  loop.begin();
  try {
    if (plain !== undefined && plain.chunk.texts.every((text) => text.indexOf('\r') < 0)) {
      // No quote and no CR: each line feed ends a record, cut straight from the chunk's parts.
      loop.lines(plain.chunk.texts, plain.chunk.firstRow);
    } else if (plain !== undefined) {
      const reader = new CsvReader(plain.layout.delimiter, plain.chunk.firstRow, true);
      const take = (record: CsvRecord): void => loop.record(record);
      for (const text of plain.chunk.texts) reader.push(text, take);
      reader.end(take);
    } else {
      for (let next = (source as Iterator<CsvRecord>).next(); next.done !== true; next = (source as Iterator<CsvRecord>).next()) {
        seen.push(next.value);
        loop.record(next.value);
      }
    }
  } catch {
    // Any error is a row the general reader names (or a failure it meets first): it reads the chunk again.
    return replay();
  }
  leanReader.counted++;
  return loop.end({ bad: 0, problems: [], notes: input.notes, unread: input.columns.filter((c) => !setup.known.includes(c)), known: setup.known });
}

/**
 * The row loop of a run ({@link RowLoop}) for the file's `columns` and the readCases `options`
 * made of the run's options; null where those are not ones the lean reader takes.
 */
function rowLoop(
  settings: LeanSettings,
  headerKey: string,
  header: readonly string[],
  delimiter: string,
  fieldAt: FieldPositions,
  options: ReturnType<typeof caseFileSetup>['options'],
  holidaysColumn: string | undefined,
  calendarOf: ReturnType<typeof runCalendars>,
  types: ReturnType<typeof cellHolidayTypes>,
): RowLoop | null {
  // The contract's labels, as readCases reads them (a clash is the general reader's error to name).
  let labels: ReadonlyMap<string, number>;
  try {
    const named = Object.entries(plainObject(options.severities, 'options.severities', 'INVALID_ARGUMENT')).map(([name, level]) => {
      const path = joinPath('options.severities', name);
      return { name, level: severityLevel(level, path, 'INVALID_ARGUMENT'), path };
    });
    const { names, clashes } = severityNames(named);
    if (clashes.length > 0) return null;
    labels = names;
  } catch {
    return null;
  }
  const { policy, compiled, zone: defaultZone, month, counter: counterSettings } = settings;
  const { now, groupBy } = counterSettings;
  // A column named __proto__ is not an attribute readCases can hold.
  if (typeof groupBy === 'object' && groupBy.attribute === '__proto__') return null;
  const { timeZone: zoneAt, severity: severityAt, openedAt, events: eventsAt } = fieldAt;
  const columnAt = [fieldAt.respondedAt, fieldAt.resolutionNoticeAt, fieldAt.closedAt];
  const columnCode = [EVENT_TYPES.indexOf('responded'), EVENT_TYPES.indexOf('resolution-notice'), EVENT_TYPES.indexOf('closed')];
  // A case's attributes hold the listed columns the file has; the holidays and the grouping attribute are read from them.
  const attributeAt = (column: string | undefined): number => (column !== undefined && options.attributes.includes(column) ? header.indexOf(column) : -1);
  const holidaysAt = attributeAt(holidaysColumn);
  const groupAt = typeof groupBy === 'object' ? attributeAt(groupBy.attribute) : -1;
  const levels = compiled.levels.length - 1;
  // The RowReader readCases builds from the same options: the same compiled date format, zone of local times and DST policy.
  const { reader } = readOptions(options, CASE_FIELDS, ['severities', 'attributes', 'derived', 'contract'], 'INVALID_CASE');
  const levelOf = new Map<string, number>();
  // The texts met first, compared before the map is asked (hashing each row's new string costs more).
  const seenTexts: string[] = [];
  const seenLevels: number[] = [];
  const zoneOk = new Map<string, boolean>();
  const holidaysOf = new Map<string, HolidaySet>();
  // Times given as durations after the opening (calendar clock), per event column; the tool's business times, cross-checked.
  const derived: readonly DerivedTime[] = options.derived;
  const durationsAt = (['respondedAt', 'resolutionNoticeAt', 'closedAt'] as const).map((field) => derived.filter((d) => d.clock === 'calendar' && d.field === field).map((d) => ({ at: header.indexOf(d.column), unit: d.unit })));
  const checks = derived.filter((d) => d.clock === 'business').map((d) => ({ check: d, at: attributeAt(d.column), code: EVENT_TYPES.indexOf(d.field === 'respondedAt' ? 'responded' : d.field === 'resolutionNoticeAt' ? 'resolution-notice' : 'closed') }));
  // The chunk's counts (begin sets them from zero).
  let crossChecks: Record<string, CrossCheck> = {};
  let tallies: (CrossCheck | undefined)[] = [];
  // The engine of the last row's calendar, looked up (and checked) once per calendar met.
  let checkedCalendar: Calendar | undefined;
  let checkedEngine: CalendarEngine | undefined;
  // Per event code, the first instant of that type in the row (the cross-check's event), set where `rowCodes` has the code's bit.
  const firstAt = new Float64Array(EVENT_TYPES.length);
  let rowCodes = 0;
  const inMonth = month === undefined ? undefined : caseMonthTest(month);
  const timeline = new Timeline();
  let counter = complianceCounter(policy, compiled, counterSettings);
  const withTimes = counterSettings.detail === 'all';
  let calendars: Calendar[] = [];
  let codes = 0;
  let counted = 0;
  let rows = 0;

  // The row being read: a record's cells (`fields`), or a line of the chunk with the bounds of its
  // wanted cells, each cut only when it is read (a tool's number is read in place, a cell not needed is never cut).
  let fields: readonly string[] | undefined;
  let line = '';
  const starts = new Int32Array(header.length);
  const ends = new Int32Array(header.length);
  /** A cell as it is written (`i` a column of the file). */
  const raw = (i: number): string => (fields === undefined ? line.slice(starts[i], ends[i]) : (fields[i] as string));
  /** A cell as rowOf and the row reader give it: trimmed; '' when blank or missing. */
  const cell = (i: number): string => {
    if (i < 0) return '';
    const value = raw(i);
    return printable(value.charCodeAt(0)) && printable(value.charCodeAt(value.length - 1)) ? value : value.trim();
  };
  /** A cell's value when it is one to nine plain digits, read without cutting it; else -1. */
  const digits = (i: number): number => (i < 0 ? -1 : fields === undefined ? plainDigits(line, starts[i], ends[i]) : plainDigits(fields[i] as string));
  /** An instant read by the general reader's own RowReader (its date format, zones and DST counts); a bad value throws (not ours). */
  const instant = (value: string): number => reader.instant(value, 'openedAt');
  /** A severity text's level (the policy's levels only). */
  const level = (text: string): number => {
    let found: number | undefined;
    for (let k = 0; k < seenTexts.length; k++) {
      if (seenTexts[k] === text) {
        found = seenLevels[k];
        break;
      }
    }
    if (found === undefined) found = levelOf.get(text);
    if (found === undefined) {
      if (text.trim() === '') throw GIVE_UP;
      found = severityOf(text, labels) ?? 0;
      if (levelOf.size < 256) levelOf.set(text, found);
      if (seenTexts.length < 8) {
        seenTexts.push(text);
        seenLevels.push(found);
      }
    }
    if (!(found >= 1 && found <= levels)) throw GIVE_UP;
    return found;
  };
  /** One `type@instant` item of the events cell (`type:note@instant`), as readCases reads it. */
  const event = (item: string): void => {
    const text = printable(item.charCodeAt(0)) && printable(item.charCodeAt(item.length - 1)) ? item : item.trim();
    let end = 0;
    for (let c = text.charCodeAt(0); (c >= 97 && c <= 122) || c === 45; c = text.charCodeAt(++end));
    const mark = text.charCodeAt(end);
    const sign = mark === 64 ? end : mark === 58 ? text.indexOf('@', end + 1) : -1;
    if (end === 0 || sign < 0 || (mark === 58 && sign === end + 1) || sign === text.length - 1) throw GIVE_UP;
    let code = -1;
    for (let c = 0; c < EVENT_TYPES.length; c++) {
      const type = EVENT_TYPES[c] as string;
      if (type.length === end && text.startsWith(type)) code = c;
    }
    if (code < 0) throw GIVE_UP;
    const at = text.slice(sign + 1);
    if (LINE_BREAK.test(at)) throw GIVE_UP;
    const time = instant(at);
    if ((rowCodes & (1 << code)) === 0) {
      firstAt[code] = time;
      rowCodes |= 1 << code;
    }
    const note = mark === 58 ? text.slice(end + 1, sign) : undefined;
    let ok: boolean;
    if (code === SEVERITY_CHANGED) {
      if (note === undefined) throw GIVE_UP;
      ok = timeline.push(code, time, level(note));
    } else if ((code === PAUSED || code === ASSIGNED) && note !== undefined) {
      if (note.trim() === '' || note.length > 100) throw GIVE_UP;
      ok = timeline.push(code, time, 0, note);
    } else ok = timeline.push(code, time, 0);
    if (!ok) throw GIVE_UP;
  };
  /** A derived time of the event column `k`: the first duration cell with a value, or NaN. */
  const afterOpening = (k: number, opened: number): number => {
    for (const { at, unit } of durationsAt[k] as { at: number; unit: DerivedTime['unit'] }[]) {
      // Plain digits are the number durationInstant reads from their text; another cell is cut and read.
      const plain = digits(at);
      const text = plain >= 0 ? undefined : cell(at);
      if (text === '') continue;
      const time = durationInstant(text ?? plain, unit, opened);
      if (time !== time) throw GIVE_UP;
      return time;
    }
    return NaN;
  };

  // The columns a row is read from: a line is cut only there (a tool's export has many more).
  const wanted = new Uint8Array(header.length);
  for (const i of [zoneAt, severityAt, openedAt, eventsAt, ...columnAt, holidaysAt, groupAt, ...durationsAt.flat().map((d) => d.at), ...checks.map((c) => c.at)]) if (i >= 0) wanted[i] = 1;
  /** Takes `text[from, to)` (a line) as the row, with the bounds of its wanted cells; throws where it has another number of cells. */
  const cells = (text: string, from: number, to: number): void => {
    fields = undefined;
    line = text;
    let start = from;
    let i = 0;
    for (let end = text.indexOf(delimiter, start); ; end = text.indexOf(delimiter, start)) {
      if (i >= header.length) throw GIVE_UP;
      if (end < 0 || end >= to) {
        starts[i] = start;
        ends[i] = to;
        break;
      }
      if (wanted[i] === 1) {
        starts[i] = start;
        ends[i] = end;
      }
      start = end + delimiter.length;
      i++;
    }
    // A record of another length is the general reader's error (rowOf's).
    if (i !== header.length - 1) throw GIVE_UP;
  };

  const row = (record: CsvRecord): void => {
    // A record read as its line (no quote in it) is cut here.
    if (record.line !== undefined) cells(record.line, 0, record.line.length);
    else if (record.fields.length !== header.length) throw GIVE_UP;
    else fields = record.fields;
    countRow(record.row);
  };
  const countRow = (number: number): void => {
    rows++;
    // A column the file lacks is not read at all: a call per row, even one that gives '', spends V8's inlining budget for this function.
    const zoneText = zoneAt < 0 ? '' : cell(zoneAt);
    if (zoneText !== '') {
      let ok = zoneOk.get(zoneText);
      if (ok === undefined) zoneOk.set(zoneText, (ok = isValidTimeZone(zoneText)));
      if (!ok) throw GIVE_UP;
    }
    // The row's zone: its local times are read there (or in --input-tz, as the reader is told).
    reader.zone = zoneText === '' ? undefined : zoneText;
    rowCodes = 0;
    const severity = level(cell(severityAt));
    const openedText = cell(openedAt);
    if (openedText === '') throw GIVE_UP;
    const opened = instant(openedText);
    timeline.begin(opened);
    for (let k = 0; k < 3; k++) {
      const column = columnAt[k] as number;
      const text = column < 0 ? '' : cell(column);
      const time = text !== '' ? instant(text) : afterOpening(k, opened);
      if (time !== time) continue;
      const code = columnCode[k] as number;
      if (!timeline.push(code, time, 0)) throw GIVE_UP;
      firstAt[code] = time;
      rowCodes |= 1 << code;
    }
    const more = eventsAt < 0 ? '' : cell(eventsAt);
    if (more !== '') {
      for (let start = 0; start <= more.length; ) {
        let end = more.indexOf(';', start);
        if (end < 0) end = more.length;
        const item = more.slice(start, end);
        start = end + 1;
        if (printable(item.charCodeAt(0)) || item.trim() !== '') event(item);
      }
    }
    timeline.severity = severity;
    timeline.finish(DEFAULT_RANK);
    // The case's calendar: its zone (else --tz) and holidays (else --holidays, else the contract's).
    const zone = zoneText === '' ? defaultZone : zoneText;
    if (zone === undefined || opened > now) throw GIVE_UP;
    const holidaysText = holidaysAt < 0 ? '' : cell(holidaysAt);
    let holidays: HolidaySet | undefined;
    if (holidaysText !== '') {
      holidays = holidaysOf.get(holidaysText);
      if (holidays === undefined) holidaysOf.set(holidaysText, (holidays = caseHolidays(holidaysText, types)));
    }
    const calendar: Calendar = calendarOf(zone, holidays);
    // complianceReport runs a case in another zone than its batch's calendar only through calendarFor.
    if (zoneText !== '' && zoneText !== calendar.timeZone) throw GIVE_UP;
    // The tool's own business times against slakit's, as readCaseRecords counts them (every row read, in the month or not).
    if (checks.length > 0 && calendar !== checkedCalendar) {
      checkedCalendar = calendar;
      checkedEngine = engineOf(calendar);
    }
    for (let k = 0; k < checks.length; k++) {
      const { check, at, code } = checks[k] as (typeof checks)[number];
      if ((rowCodes & (1 << code)) === 0 || at < 0) continue;
      let tool = digits(at);
      if (tool < 0) {
        const text = raw(at);
        if (!(printable(text.charCodeAt(0)) || text.trim() !== '')) continue;
        tool = toolAmount(text);
      }
      crossCheck((tallies[k] ??= crossCheckTally(crossChecks, check)), tool, checkedEngine as CalendarEngine, opened, firstAt[code] as number, 'row', number);
    }
    codes |= rowCodes;
    if (inMonth !== undefined && !inMonth(calendar, opened)) return;
    counted++;
    counter.count(timeline, calendar, groupAt < 0 ? undefined : { [(groupBy as { attribute: string }).attribute]: cell(groupAt) }, undefined, counted - 1);
    // Each counted case's calendar, for its times (the counter keeps its outcome, in order).
    if (withTimes) calendars.push(calendar);
  };
  // The cell scanner of the run (null where it cannot run): the wanted cells of a line from its marks.
  const scanner = leanReader.scan ? cellScanner(delimiter) : null;
  const wantedColumns = Int32Array.from(header.keys()).filter((i) => wanted[i] === 1);
  const last = header.length - 1;
  /** Takes the line of `line` whose first mark is `marks[mark]`, from `from` to `to`, as the row; throws where it has another number of cells (as `cells` does). */
  const markedCells = (marks: Int32Array, mark: number, feed: number, from: number, to: number): void => {
    if (feed - mark !== last) throw GIVE_UP;
    for (let w = 0; w < wantedColumns.length; w++) {
      const i = wantedColumns[w] as number;
      starts[i] = i === 0 ? from : (marks[mark + i - 1] as number) + 1;
      ends[i] = i === last ? to : (marks[mark + i] as number);
    }
  };
  /** Counts the lines of `text` by its marks (see forEachLine), the first on row `firstRow`; returns the row after its last. */
  const markedLines = (text: string, scan: CellMarks, firstRow: number): number => {
    const { marks, first, count, feedsAt, feeds } = scan;
    // Every row of the text is a line of it (set once for the text, not per line).
    fields = undefined;
    line = text;
    let row = firstRow;
    let mark = first;
    let from = 0;
    for (let j = 0; j < feeds; j++, row++) {
      const feed = first + (marks[feedsAt + j] as number);
      const to = marks[feed] as number;
      if (to > from) {
        markedCells(marks, mark, feed, from, to);
        countRow(row);
      }
      mark = feed + 1;
      from = to + 1;
    }
    // The text's last line, when no line feed ends it.
    if (from < text.length) {
      markedCells(marks, mark, first + count, from, text.length);
      countRow(row++);
    }
    return row;
  };
  /** One line of a chunk, its cells cut and its case counted (one closure for the run: forEachLine's call site keeps one target). */
  const take = (text: string, from: number, to: number, number: number): void => {
    cells(text, from, to);
    countRow(number);
  };
  return {
    header: headerKey,
    settings,
    begin: () => {
      reader.gaps = 0;
      reader.overlaps = 0;
      crossChecks = {};
      tallies = checks.map(() => undefined);
      counter = complianceCounter(policy, compiled, counterSettings);
      calendars = [];
      codes = 0;
      counted = 0;
      rows = 0;
    },
    lines: (texts, firstRow) => {
      let row = firstRow;
      for (const text of texts) {
        const scan = scanner?.(text);
        if (scan === undefined) row = forEachLine(text, row, take);
        else {
          leanReader.scanned++;
          row = markedLines(text, scan, row);
        }
      }
    },
    record: row,
    end: (read) => {
      const report = counted === 0 ? null : counter.report();
      const times = (report?.outcomes ?? []).map((outcome, i) => caseTimes(outcome, calendars[i] as Calendar, now));
      const fed = fedBy(EVENT_TYPES.filter((_, code) => (codes & (1 << code)) !== 0).map((type) => ({ type, at: new Date(0) }) as CaseEvent));
      return { report, counted, fed, read: { rows, bad: read.bad, problems: read.problems, dstGaps: reader.gaps, dstOverlaps: reader.overlaps, notes: read.notes, unread: read.unread, known: read.known, ...(checks.length === 0 ? {} : { crossChecks }) }, times };
    },
  };
}
