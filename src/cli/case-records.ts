// Cases from a CSV or JSON file, each checked by evaluating it, with bad values traced to their column.
import type { Calendar, HolidayType } from '../calendar/types.js';
import type { CaseInput, CaseStatus } from '../cases/types.js';
import { describeValue, isSlaError } from '../core/errors.js';
import { monthInterval } from '../core/month.js';
import type { CommandContext } from './command.js';
import { guide } from './guide.js';
import { caseHolidays } from './holidays.js';
import { fromOption, stringOption } from './options.js';
import { type FileCase, placeOf, type ReadTally, readCaseFile, type Where } from './record-reader.js';
import { calendarOption, supportContract } from './support.js';
import { UsageError } from './usage-error.js';

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

const calendarsOfRun = new WeakMap<CommandContext['values'], Map<string, Calendar>>();

/**
 * Reads the cases of the input file as they come, evaluates each at `now` in its customer's
 * calendar and hands it to `use`; bad records stop the command unless skipped.
 */
export function readCaseRecords<S>(
  context: CommandContext,
  defaultZone: string | undefined,
  now: Date,
  evaluate: (calendar: Calendar, input: CaseInput) => S,
  use: (c: CaseRecord<S>, where: Where) => void,
): ReadTally {
  // Calendars are kept for the whole run (every chunk's context shares the option values).
  let calendars = calendarsOfRun.get(context.values);
  if (calendars === undefined) calendarsOfRun.set(context.values, (calendars = new Map()));
  const types = stringOption(context, 'holiday-types')?.split(',').map((type) => type.trim().toLowerCase()) as HolidayType[] | undefined;
  // One calendar per customer zone and holiday set met in the file.
  const calendarFor = (zone: string, holidays: string): Calendar => {
    const key = `${zone} ${holidays}`;
    let calendar = (calendars as Map<string, Calendar>).get(key);
    if (calendar === undefined) {
      calendar = calendarOption(context, zone, holidays === '' ? undefined : caseHolidays(holidays, types));
      (calendars as Map<string, Calendar>).set(key, calendar);
    }
    return calendar;
  };
  const convert = ({ input, holidays, customer }: FileCase, where: Where): CaseRecord<S> => {
    const zone = input.timeZone ?? defaultZone;
    if (zone === undefined) throw new UsageError(`--tz is required: ${placeOf(where, 'timeZone')} names no time zone of its own`);
    const calendar = calendarFor(zone, holidays);
    try {
      return { input, timeZone: zone, calendar, status: evaluate(calendar, input), customer };
    } catch (error) {
      if (isSlaError(error) && (error.details.path ?? '').startsWith('options.now')) {
        throw new UsageError(`--now: ${now.toISOString()} is before a case was opened (${describeValue(input.openedAt)}, ${where.kind} ${where.number}); evaluate at or after the last opening`);
      }
      throw error;
    }
  };
  return readCaseFile(context, supportContract(context), convert, use);
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

/** Whether a case was opened (epoch ms) in `month` in its zone, with month bounds cached per zone. */
export function openedInMonth(month: string): (timeZone: string, opened: number) => boolean {
  const bounds = new Map<string, { start: number; end: number }>();
  return (timeZone, opened) => {
    let b = bounds.get(timeZone);
    if (b === undefined) {
      b = monthInterval(month, timeZone);
      bounds.set(timeZone, b);
    }
    return opened >= b.start && opened < b.end;
  };
}

/** `--now`, or the current time. */
export function nowOption(context: CommandContext, parse: (text: string) => Date): Date {
  const text = stringOption(context, 'now');
  return text === undefined ? new Date() : parse(text);
}
