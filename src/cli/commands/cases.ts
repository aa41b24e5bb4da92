import type { Calendar } from '../../calendar/types.js';
import { evaluateCase } from '../../cases/evaluate-case.js';
import type { CaseInput, CaseStatus, CaseTargetStatus } from '../../cases/types.js';
import { parseInstant } from '../../core/instant.js';
import { CASE_FILE_HELP, monthOption, nowOption, openedInMonth, readCaseRecords } from '../case-records.js';
import type { Command } from '../command.js';
import { RECORD_HELP, RECORD_OPTIONS } from '../record-reader.js';
import { formatLocal } from '../local-time.js';
import { CSV_HELP, CSV_OPTION, DIGITS_HELP, DIGITS_OPTION, digitsOption, fromOption, STRICT_HELP, toJson } from '../options.js';
import { SUPPORT_HELP, SUPPORT_OPTIONS, supportPolicyOption, timeZoneOption } from '../support.js';
import { type Column, formatPercent, formatTable } from '../table.js';

function outcome(response: CaseTargetStatus): string {
  if (response.outcome === 'met') return 'met';
  if (response.outcome === 'breached') return response.metAt === null ? 'breached (no response)' : 'breached';
  return response.outcome;
}

/** A case whose response or resolution target was breached. */
const isBreached = (status: CaseStatus): boolean => status.response.outcome === 'breached' || status.resolution?.outcome === 'breached';

const COLUMNS: readonly Column[] = [
  { title: 'id' },
  { title: 'sev', align: 'right' },
  { title: 'state' },
  { title: 'opened' },
  { title: 'response due' },
  { title: 'response' },
  { title: 'used', align: 'right' },
  { title: 'next update due' },
  { title: 'missed', align: 'right' },
  { title: 'escalates' },
];

/** `slakit cases`: where each case stands at `--now`. */
export const casesCommand: Command = {
  name: 'cases',
  summary: 'The status of each case: response due, met or breached, next update owed, escalation',
  usage: 'cases FILE|- --contract NAME|FILE --tz ZONE [--now INSTANT] [options]',
  help: [
    ...CASE_FILE_HELP,
    '',
    'Options:',
    ...SUPPORT_HELP,
    '  --now INSTANT       evaluate as of this instant (default: the current time)',
    '  --breached          only the cases whose response or resolution target was breached',
    '  --month YYYY-MM     only the cases opened in this calendar month (in each case’s zone)',
    ...RECORD_HELP,
    DIGITS_HELP,
    STRICT_HELP,
    CSV_HELP,
    '  --json              print every case status as JSON',
    '',
    'Times are shown in each case’s own zone.',
  ].join('\n'),
  example: 'slakit cases cases.csv --contract examples/contracts/northwind-cloud.json --tz America/New_York --now 2026-11-01T00:00:00Z',
  inputs: 1,
  options: { ...SUPPORT_OPTIONS, now: { type: 'string' }, breached: { type: 'boolean' }, month: { type: 'string' }, ...RECORD_OPTIONS, ...DIGITS_OPTION, ...CSV_OPTION },
  run(context) {
    const policy = supportPolicyOption(context);
    const zone = timeZoneOption(context, false);
    const now = nowOption(context, (text) => fromOption('now', () => parseInstant(text)));
    const digits = digitsOption(context);
    const month = monthOption(context, 'month', false);
    const breachedOnly = context.values['breached'] === true;
    const json = context.values['json'] === true;
    const inMonth = month === undefined ? () => true : openedInMonth(month);
    const evaluate = (calendar: Calendar, input: CaseInput): CaseStatus => evaluateCase(policy, calendar, input, { now });
    // Streamed: only the shown rows are kept (and the statuses, for --json).
    const rows: string[][] = [];
    const statuses: unknown[] = [];
    const tally = { met: 0, breached: 0, pending: 0, cancelled: 0 };
    let shown = 0;
    const { notes, lapses, count } = readCaseRecords(context, zone, now, evaluate, (c) => {
      const { input, timeZone, status } = c;
      if (!inMonth(c.timeZone, status.openedAt.getTime()) || (breachedOnly && !isBreached(status))) return;
      shown++;
      tally[status.response.outcome]++;
      if (json) {
        statuses.push({ timeZone, ...status });
        return;
      }
      const local = (at: Date | null): string => (at === null ? '—' : formatLocal(at, timeZone, false));
      rows.push([
        input.id === undefined ? '' : String(input.id),
        String(status.severity),
        status.state,
        local(status.openedAt),
        local(status.response.dueAt),
        outcome(status.response),
        formatPercent(status.response.percentUsed, digits),
        local(status.nextUpdateDueAt),
        String(status.missedUpdates),
        local(status.escalationDueAt),
      ]);
    });
    const table = { columns: COLUMNS, rows };
    const selection = [breachedOnly ? 'breached' : '', month === undefined ? '' : `opened in ${month}`].filter((s) => s !== '').join(', ');
    const counted = `${shown} ${shown === 1 ? 'case' : 'cases'}${selection === '' ? '' : ` (${selection}; ${count} read)`}`;
    const summary = `${counted} as of ${now.toISOString()}: ${tally.met} met, ${tally.breached} breached, ${tally.pending} pending, ${tally.cancelled} cancelled. Times are local to each case.`;
    return {
      text: json ? '' : `${formatTable(table.columns, table.rows)}\n\n${summary}`,
      json: json ? toJson({ now, cases: statuses }) : null,
      table,
      notes,
      lapses,
    };
  },
};
