// Cases from a CSV or JSON file, each checked by evaluating it, with bad values traced to their column.
import type { Calendar, HolidayType } from '../calendar/types.js';
import type { CaseInput, CaseStatus } from '../cases/types.js';
import { describeValue, isSlaError } from '../core/errors.js';
import { monthInterval } from '../core/month.js';
import { caseCalendars } from '../cases/case-calendars.js';
import { engineOpenTime } from '../calendar/business-time-between.js';
import { engineOf } from '../calendar/create-calendar.js';
import type { CalendarEngine } from '../calendar/engine.js';
import type { CommandContext } from './command.js';
import { guide } from './guide.js';
import { caseHolidays } from './holidays.js';
import { fromOption, stringOption } from './options.js';
import { caseFileSetup, type CrossCheck, type FileCase, placeOf, profileOption, type ReadTally, readCaseFile, type Where } from './record-reader.js';
import { METRICS, type Metric, notMeasuredByAll } from './not-measured.js';
import { calendarOption, casePolicyOption, supportContract } from './support.js';
import { UsageError } from './usage-error.js';
import type { DerivedTime } from '../records/import-profile.js';
import { plainDigits } from '../records/read-cases.js';

/** `--help` text for case files. */
export const CASE_FILE_HELP = [
  'Input: a CSV file (or - for standard input) with a header row, or a JSON array of cases',
  `{ id, severity, openedAt, events, timeZone? } (${guide('cases')}).`,
  'CSV columns (--map reads them from columns of other names):',
  '  id                  the case id (optional)',
  '  severity            the level at opening: 1 to N, or a label or alias of the contract (P2, High)',
  '  openedAt            ISO 8601 instant with Z or an offset, or a local time (2026-11-25 10:00) in',
  '                      the row’s timeZone or --input-tz',
  '  respondedAt         the first response (optional)',
  '  resolutionNoticeAt  the resolution notice (optional)',
  '  closedAt            when the case was closed (optional)',
  '  events              more events, ;-separated: type@instant, e.g. paused@2026-10-02T10:00Z;',
  '                      resumed@…; severity-changed:2@…; paused:waiting-on-customer@… (a reason);',
  '                      customer-message@…; assigned:L2@… (a team) (types: responded updated paused',
  '                      resumed severity-changed resolution-notice reopened closed customer-message',
  '                      assigned)',
  '  timeZone            the customer’s zone for this case (optional; default --tz)',
  '  holidays            the holidays the business hours skip for this case: a code such as',
  '                      US-NY (optional; default --holidays, else the contract’s)',
];

/** A case read from one record, with the calendar of its customer's zone and its evaluation. */
export interface CaseRecord<S = CaseStatus> {
  readonly input: CaseInput;
  readonly timeZone: string;
  readonly calendar: Calendar;
  readonly status: S;
  /** The `customer` cell (or mapped column), '' when none. */
  readonly customer: string;
}

const calendarsOfRun = new WeakMap<CommandContext['values'], ReturnType<typeof caseCalendars>>();

/**
 * The holiday types a case's `holidays` cell is read with: `--holiday-types`, else the types the
 * contract's business hours name with their country, else public holidays only.
 */
export function cellHolidayTypes(context: CommandContext): HolidayType[] | undefined {
  const given = stringOption(context, 'holiday-types');
  if (given !== undefined) return given.split(',').map((type) => type.trim().toLowerCase()) as HolidayType[];
  if (stringOption(context, 'calendar') !== undefined) return undefined;
  const named = supportContract(context).businessHours?.holidays as { types?: unknown } | undefined;
  return typeof named === 'object' && named !== null && Array.isArray(named.types) ? (named.types as HolidayType[]) : undefined;
}

/** The calendar of a case's zone and holidays, built once per run (every chunk's context shares the option values). */
export function runCalendars(context: CommandContext, defaultZone: string | undefined): ReturnType<typeof caseCalendars> {
  let calendarOf = calendarsOfRun.get(context.values);
  if (calendarOf === undefined) {
    calendarOf = caseCalendars((zone, holidays) => calendarOption(context, zone, holidays), { timeZone: defaultZone });
    calendarsOfRun.set(context.values, calendarOf);
  }
  return calendarOf;
}

/**
 * Reads the cases of the input file as they come, evaluates each at `now` in its customer's
 * calendar (the library's {@link caseCalendars}: the case's zone, else `defaultZone`; its
 * `holidays` cell, else `--holidays`, else the contract's) and hands it to `use`; bad records stop
 * the command unless skipped.
 */
export function readCaseRecords<S>(
  context: CommandContext,
  defaultZone: string | undefined,
  now: Date,
  evaluate: (calendar: Calendar, input: CaseInput) => S,
  use: (c: CaseRecord<S>, where: Where) => void,
): ReadTally {
  const calendarOf = runCalendars(context, defaultZone);
  const types = cellHolidayTypes(context);
  // The tool's own business times (Zendesk's "… within business hours"): a cross-check, never the answer.
  const profile = profileOption(context);
  const checks = (profile?.derived ?? []).filter((d) => d.clock === 'business');
  const crossChecks: Record<string, CrossCheck> = {};
  const convert = ({ input, holidays, customer }: FileCase, where: Where): CaseRecord<S> => {
    const zone = input.timeZone ?? defaultZone;
    if (zone === undefined) throw new UsageError(`--tz is required: ${placeOf(where, 'timeZone')} names no time zone of its own`);
    const calendar = calendarOf(zone, holidays === '' ? undefined : caseHolidays(holidays, types));
    for (const check of checks) {
      const cell = input.attributes?.[check.column];
      const type = check.field === 'respondedAt' ? 'responded' : check.field === 'resolutionNoticeAt' ? 'resolution-notice' : 'closed';
      const event = (input.events ?? []).find((e) => e.type === type);
      if (cell === undefined || cell.trim() === '' || event === undefined) continue;
      crossCheck(crossCheckTally(crossChecks, check), toolAmount(cell), engineOf(calendar), (input.openedAt as Date).getTime(), (event.at as Date).getTime(), where.kind, where.number);
    }
    try {
      return { input, timeZone: zone, calendar, status: evaluate(calendar, input), customer };
    } catch (error) {
      if (isSlaError(error) && (error.details.path ?? '').startsWith('options.now')) {
        throw new UsageError(`--now: ${now.toISOString()} is before a case was opened (${describeValue(input.openedAt)}, ${where.kind} ${where.number}); evaluate at or after the last opening`);
      }
      throw error;
    }
  };
  const tally = readCaseFile(context, supportContract(context), convert, use);
  return checks.length === 0 ? tally : { ...tally, crossChecks };
}

/** Per run (its options object): the metrics its file's columns cannot feed (one header for every chunk). */
const withoutColumnsOfRun = new WeakMap<object, Metric[]>();

/**
 * The metrics the case file's columns cannot feed, so that no row of it can be judged on them: a
 * CSV file without an events column and without a column (or a duration the profile derives it
 * from) for the instants of a metric; said as compliance says a metric no case fed
 * (notMeasuredByAll). `cases` shows them as not measured from the first row (a JSON file's
 * records may hold any field: none).
 */
export function metricsWithoutColumns(context: CommandContext): Metric[] {
  let without = withoutColumnsOfRun.get(context.values);
  if (without !== undefined) return without;
  const { setup, options } = caseFileSetup(context, supportContract(context));
  const { columns, format } = setup.input;
  const has = (field: string): boolean => columns.includes(setup.columnOf(field)) || options.derived.some((d) => d.clock === 'calendar' && d.field === field && columns.includes(d.column));
  if (format !== 'csv' || has('events')) without = [];
  else {
    const bit = (metric: Metric): number => 1 << METRICS.indexOf(metric);
    const fed = (has('respondedAt') ? bit('response') : 0) | (has('resolutionNoticeAt') || has('closedAt') ? bit('resolution') : 0);
    without = notMeasuredByAll(context, fed, casePolicyOption(context).policies);
  }
  withoutColumnsOfRun.set(context.values, without);
  return without;
}

/** The tally of a business-time column, made at the first row checked against it. */
export function crossCheckTally(crossChecks: Record<string, CrossCheck>, check: DerivedTime): CrossCheck {
  return (crossChecks[check.column] ??= { field: check.field, unit: check.unit, checked: 0, disagree: 0, examples: [] });
}

/** The amount a tool's business-time cell (not blank) writes: its digits, or what `Number` reads (NaN for no number). */
export function toolAmount(cell: string): number {
  const plain = plainDigits(cell);
  return plain >= 0 ? plain : Number(cell);
}

/**
 * Counts one row's business time of a tool (`tool`, in the check's unit: {@link toolAmount})
 * against slakit's on the case's calendar (its engine) from the opening to the event, in the
 * column's tally (both readers of a case file count it so). `kind` and `number` name the row of a
 * disagreement.
 */
export function crossCheck(tally: CrossCheck, tool: number, engine: CalendarEngine, openedMs: number, atMs: number, kind: Where['kind'], number: number): void {
  // businessTimeBetween's own measure, of instants already read (no -0: the example rounds it).
  const mine = (engineOpenTime(engine, openedMs, atMs) || 0) / (tally.unit === 'minutes' ? 60_000 : 3_600_000);
  tally.checked++;
  // The tool rounds to whole units: a difference within one unit is agreement.
  if (!(Math.abs(mine - tool) <= 1)) {
    tally.disagree++;
    if (tally.examples.length < 10) keepExample(tally, mine, tool, kind, number);
  }
}

/**
 * Keeps one of the first ten disagreements. A function of its own, called at most ten times a
 * column and chunk: inside crossCheck, the examples' numbers (whole, then not) and their list's
 * first object changed shapes that crossCheck's compiled code relied on, and V8 compiled it again
 * (three times in a million-row run; now once).
 */
function keepExample(tally: CrossCheck, mine: number, tool: number, kind: Where['kind'], number: number): void {
  tally.examples.push({ where: `${kind} ${number}`, slakit: Math.round(mine * 100) / 100, tool });
}

/** `YYYY-MM`, checked, for options that name a month. */
export function monthOption(context: CommandContext, option: string, required: boolean): string | undefined {
  const month = stringOption(context, option);
  if (month === undefined) {
    if (required) throw new UsageError(`--${option} is required: YYYY-MM`);
    return undefined;
  }
  fromOption(option, () => monthInterval(month, 'UTC'));
  return month;
}

/**
 * `--now`, or the instant the run started: one instant for the whole run, in every chunk and
 * every worker thread (which are handed the main thread's start).
 */
export function nowOption(context: CommandContext, parse: (text: string) => Date): Date {
  const text = stringOption(context, 'now');
  return text === undefined ? new Date(context.startedAt ?? Date.now()) : parse(text);
}
