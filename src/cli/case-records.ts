// Cases from a CSV or JSON file, each checked by evaluating it, with bad values traced to their column.
import type { Calendar } from '../calendar/types.js';
import type { CaseEvent, CaseEventType, CaseInput, CaseStatus } from '../cases/types.js';
import { describeValue, fail, isSlaError, SlaError } from '../core/errors.js';
import { isValidTimeZone } from '../core/time-zone.js';
import type { CommandContext } from './command.js';
import { convertRecords, type InputRecord, type InputRecords, readRecords, requireColumns, unreadColumns } from './input.js';
import { monthInterval } from '../core/month.js';
import { fromOption, stringOption } from './options.js';
import { calendarOption } from './support.js';
import { caseHolidays } from './holidays.js';
import type { HolidayType } from '../calendar/types.js';
import { UsageError } from './usage-error.js';
import { guide } from './guide.js';

/** The CSV columns of a case file. */
export const CASE_COLUMNS = ['id', 'severity', 'openedAt', 'respondedAt', 'resolutionNoticeAt', 'closedAt', 'events', 'timeZone', 'holidays'] as const;

/** `--help` text for case files. */
export const CASE_FILE_HELP = [
  'Input: a CSV file (or - for standard input) with a header row, or a JSON array of cases',
  `{ id, severity, openedAt, events, timeZone? } (${guide('cases')}). CSV columns:`,
  '  id                  the case id (optional)',
  '  severity            1 to 4, at opening',
  '  openedAt            ISO 8601 instant with Z or an offset',
  '  respondedAt         the first response (optional)',
  '  resolutionNoticeAt  the resolution notice (optional)',
  '  closedAt            when the case was closed (optional)',
  '  events              more events, ;-separated: type@instant, e.g. paused@2026-10-02T10:00Z;',
  '                      resumed@…; severity-changed:2@… (types: responded updated paused resumed',
  '                      severity-changed resolution-notice reopened closed)',
  '  timeZone            the customer’s zone for this case (optional; default --tz)',
  '  holidays            the customer’s holidays for this case: a country or region code such as',
  '                      US-NY (optional; default --holidays, else the contract’s)',
];

const SINGLE_EVENT_COLUMNS: readonly (readonly [string, CaseEventType])[] = [
  ['respondedAt', 'responded'],
  ['resolutionNoticeAt', 'resolution-notice'],
  ['closedAt', 'closed'],
];

/** A case read from one record, with the calendar of its customer's zone and its evaluation. */
export interface CaseRecord<S = CaseStatus> {
  readonly input: CaseInput;
  readonly timeZone: string;
  readonly calendar: Calendar;
  readonly status: S;
}

function parseEvents(text: string): { event: CaseEvent; column: string }[] {
  return text
    .split(';')
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => {
      const m = /^([a-z-]+)(?::(\d+))?@(.+)$/.exec(part);
      if (!m) return fail('INVALID_CASE', 'events', part, 'is not an event such as responded@2026-10-02T10:00:00Z or severity-changed:2@…');
      const [, type, severity, at] = m as unknown as [string, string, string | undefined, string];
      const event = type === 'severity-changed' ? { type, at, severity: severity === undefined ? undefined : Number(severity) } : { type, at };
      return { event: event as CaseEvent, column: 'events' };
    });
}

/** A CaseInput from CSV cells, and the column each event came from. */
function caseFromRow(cells: Readonly<Record<string, string>>): { input: CaseInput; eventColumns: string[] } {
  const events: CaseEvent[] = [];
  const eventColumns: string[] = [];
  for (const [column, type] of SINGLE_EVENT_COLUMNS) {
    const at = cells[column];
    if (at !== undefined && at !== '') {
      events.push({ type, at } as CaseEvent);
      eventColumns.push(column);
    }
  }
  const more = cells['events'];
  if (more !== undefined && more !== '') {
    for (const { event, column } of parseEvents(more)) {
      events.push(event);
      eventColumns.push(column);
    }
  }
  const severity = cells['severity'] ?? '';
  const id = cells['id'];
  const level = (severity.length === 1 && severity >= '0' && severity <= '9') || /^\d+$/.test(severity) ? Number(severity) : severity;
  const input = { severity: level as CaseInput['severity'], openedAt: cells['openedAt'] ?? '', events };
  return { input: id !== undefined && id !== '' ? { id, ...input } : input, eventColumns };
}

/**
 * Reads the cases of the input file as they come, evaluates each at `now` and hands it to `use`;
 * bad records stop the command unless skipped. `extraColumns` are other CSV columns the command reads.
 */
export function readCases<S>(
  context: CommandContext,
  defaultZone: string | undefined,
  now: Date,
  evaluate: (calendar: Calendar, input: CaseInput) => S,
  use: (c: CaseRecord<S>, record: InputRecord) => void,
  extraColumns: readonly string[] = [],
): { notes: string[]; lapses: string[]; count: number; input: InputRecords } {
  const name = context.positionals[0] as string;
  const input = readRecords(context, name);
  requireColumns(input, ['severity', 'openedAt']);
  const calendars = new Map<string, Calendar>();
  const types = stringOption(context, 'holiday-types')?.split(',').map((type) => type.trim().toLowerCase()) as HolidayType[] | undefined;
  // One calendar per customer zone and holiday set met in the file.
  const calendarFor = (zone: string, holidays: string): Calendar => {
    const key = `${zone} ${holidays}`;
    let calendar = calendars.get(key);
    if (calendar === undefined) {
      calendar = calendarOption(context, zone, holidays === '' ? undefined : caseHolidays(holidays, types));
      calendars.set(key, calendar);
    }
    return calendar;
  };
  const validZones = new Set<string>();
  const convert = (record: InputRecord): CaseRecord<S> => {
    let caseInput: CaseInput;
    let eventColumns: string[] = [];
    let zone: unknown;
    let holidays: unknown = '';
    if (input.format === 'csv') {
      const cells = record.value as Readonly<Record<string, string>>;
      ({ input: caseInput, eventColumns } = caseFromRow(cells));
      zone = cells['timeZone'] === undefined || cells['timeZone'] === '' ? defaultZone : cells['timeZone'];
      holidays = cells['holidays'] ?? '';
    } else {
      caseInput = record.value as CaseInput;
      const item = record.value as { timeZone?: unknown; holidays?: unknown } | null;
      zone = typeof item === 'object' && item !== null && item.timeZone !== undefined ? item.timeZone : defaultZone;
      if (typeof item === 'object' && item !== null) holidays = item.holidays ?? '';
      if (typeof item === 'object' && item !== null && ('timeZone' in item || 'holidays' in item)) {
        const { timeZone: _zone, holidays: _holidays, ...rest } = item as Record<string, unknown>;
        caseInput = rest as unknown as CaseInput;
      }
    }
    if (zone === undefined) {
      const where = `${record.where.kind} ${record.where.number}${input.format === 'csv' ? ', column timeZone' : ', field timeZone'}`;
      throw new UsageError(`--tz is required: ${where} names no time zone of its own`);
    }
    if (typeof zone !== 'string' || (!validZones.has(zone) && !isValidTimeZone(zone))) return fail('INVALID_TIME_ZONE', 'timeZone', zone, "is not an IANA time zone such as 'America/New_York'");
    validZones.add(zone);
    if (typeof holidays !== 'string') return fail('INVALID_CALENDAR', 'holidays', holidays, 'is not a country or region code such as US-NY');
    const calendar = calendarFor(zone, holidays);
    try {
      return { input: caseInput, timeZone: zone, calendar, status: evaluate(calendar, caseInput) };
    } catch (error) {
      if (!isSlaError(error)) throw error;
      const path = error.details.path ?? '';
      if (path.startsWith('options.now')) {
        throw new UsageError(`--now: ${now.toISOString()} is before a case was opened (${describeValue(caseInput.openedAt)}, ${record.where.kind} ${record.where.number}); evaluate at or after the last opening`);
      }
      if (input.format !== 'csv') throw error;
      const event = /^events\[(\d+)\]/.exec(path);
      const column = event ? (eventColumns[Number(event[1])] ?? 'events') : (path.split(/[.[]/)[0] ?? path);
      throw new SlaError(error.code, error.message.slice(error.code.length + 2), { ...error.details, path: column });
    }
  };
  const skip = context.values['skip-bad-rows'] === true;
  const { lapses, count } = convertRecords(input, convert, (path) => path, skip, use);
  return { notes: [...input.notes], lapses: [...unreadColumns(input, [...CASE_COLUMNS, ...extraColumns]), ...lapses], count, input };
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
