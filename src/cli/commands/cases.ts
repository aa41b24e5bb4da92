import type { Calendar } from '../../calendar/types.js';
import { caseEvaluator } from '../../cases/evaluate-case.js';
import { compilePolicy } from '../../cases/validate-support-policy.js';
import type { CaseInput, CaseTargetStatus } from '../../cases/types.js';
import { parseInstant } from '../../core/instant.js';
import { CASE_FILE_HELP, monthOption, nowOption, readCaseRecords } from '../case-records.js';
import { isBreachedCase } from '../../cases/is-breached-case.js';
import { caseMonth } from '../../cases/case-month.js';
import type { Command, CommandContext } from '../command.js';
import { RECORD_HELP, RECORD_OPTIONS } from '../record-reader.js';
import { formatLocal } from '../local-time.js';
import { CSV_HELP, CSV_OPTION, DIGITS_HELP, DIGITS_OPTION, digitsOption, fromOption, STRICT_HELP, toJson } from '../options.js';
import { SUPPORT_HELP, SUPPORT_OPTIONS, supportPolicyOption, timeZoneOption } from '../support.js';
import { type Column, csvCell, formatPercent, tableWriter } from '../table.js';
import { forEachShard, JOBS_HELP, JOBS_OPTION } from '../jobs.js';
import { mergeReadTallies, type ReadTally, readLapses } from '../record-reader.js';

function outcome(response: CaseTargetStatus): string {
  if (response.outcome === 'met') return 'met';
  if (response.outcome === 'breached') return response.metAt === null ? 'breached (no response)' : 'breached';
  return response.outcome;
}

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
    '  --breached          only the breached cases: a response or resolution target breached, or an update missed',
    '  --month YYYY-MM     only the cases opened in this calendar month (in each case’s zone)',
    ...RECORD_HELP,
    JOBS_HELP,
    DIGITS_HELP,
    STRICT_HELP,
    CSV_HELP,
    '  --json              print every case status as JSON',
    '',
    'Times are shown in each case’s own zone.',
  ].join('\n'),
  example: 'slakit cases cases.csv --contract examples/contracts/northwind-cloud.json --tz America/New_York --now 2026-11-01T00:00:00Z',
  inputs: 1,
  options: { ...SUPPORT_OPTIONS, now: { type: 'string' }, breached: { type: 'boolean' }, month: { type: 'string' }, ...RECORD_OPTIONS, ...JOBS_OPTION, ...DIGITS_OPTION, ...CSV_OPTION },
  shard: casesShard,
  run(context) {
    const { now, month, breachedOnly } = settingsOf(context);
    const json = context.values['json'] === true;
    const csv = context.values['csv'] === true;
    // Output waits until its chunk is known to be good: a bad record in the first chunk (any small
    // file) leaves stdout empty, and a later one stops the output at its chunk.
    let pending: string[] = [];
    const write = (text: string): void => {
      pending.push(text);
    };
    const flush = (): void => {
      for (const text of pending) context.writeOut(text);
      pending = [];
    };
    // The output is written as the chunks come, in the file's order: memory holds a chunk's rows.
    const table = csv || json ? null : tableWriter(COLUMNS, write);
    if (csv) write(COLUMNS.map((c) => csvCell(c.title)).join(','));
    const jsonHead = `{\n  "now": ${JSON.stringify(now)},\n  "cases": [`;
    const tally = { met: 0, breached: 0, pending: 0, cancelled: 0 };
    let shown = 0;
    let read: ReadTally | undefined;
    let stopped = false;
    // The last chunk's items, held until it is known whether a comma follows them.
    let heldJson: string | null = null;
    forEachShard(context, casesShard, (shard) => {
      read = read === undefined ? shard.read : mergeReadTallies(read, shard.read);
      if (stopped) return;
      // After a bad record the output stops, as it does in one thread.
      const { bad, dstGaps, dstOverlaps, unread } = shard.read;
      // Under --strict a skipped record, a DST interpretation or an unread column fails the run too.
      const strict = context.values['strict'] === true && bad + dstGaps + dstOverlaps + unread.length > 0;
      stopped = strict || (bad > 0 && context.values['skip-bad-rows'] !== true);
      if (stopped) {
        pending = [];
        return;
      }
      for (const key of OUTCOMES) tally[key] += shard.tally[key];
      if (json) {
        if (shard.statuses.length > 0) {
          if (heldJson !== null) write(`${heldJson},`);
          else write(jsonHead);
          heldJson = shard.statuses.map((status) => JSON.stringify(toJson(status), null, 2).replace(/^/gm, '    ')).join(',\n');
        }
      } else if (csv) {
        if (shard.rows.length > 0) write(shard.rows.map((row) => row.map(csvCell).join(',')).join('\n'));
      } else for (const row of shard.rows) table?.push(row);
      shown += shard.rows.length + shard.statuses.length;
      flush();
    });
    const { notes, lapses } = readLapses(context, read as ReadTally);
    // A run stopped by --strict ends in an error: nothing more is written.
    if (!stopped) {
      if (heldJson !== null) write(`${heldJson}\n  ]\n}`);
      else if (json) write(`${jsonHead}]\n}`);
      table?.end();
      flush();
    }
    const selection = [breachedOnly ? 'breached' : '', month === undefined ? '' : `opened in ${month}`].filter((s) => s !== '').join(', ');
    const count = (read as ReadTally).rows;
    const counted = `${shown} ${shown === 1 ? 'case' : 'cases'}${selection === '' ? '' : ` (${selection}; ${count} read)`}`;
    const summary = `${counted} as of ${now.toISOString()}: ${tally.met} met, ${tally.breached} breached, ${tally.pending} pending, ${tally.cancelled} cancelled. Times are local to each case.`;
    return { text: json || csv ? '' : `\n${summary}`, json: null, streamed: true, notes, lapses };
  },
};

const OUTCOMES = ['met', 'breached', 'pending', 'cancelled'] as const;

function settingsOf(context: CommandContext) {
  const policy = supportPolicyOption(context);
  const zone = timeZoneOption(context, false);
  const now = nowOption(context, (text) => fromOption('now', () => parseInstant(text)));
  const digits = digitsOption(context);
  const month = monthOption(context, 'month', false);
  return { policy, zone, now, digits, month, breachedOnly: context.values['breached'] === true };
}

/** The cases of one chunk: the table's rows (or, for --json, the statuses) and the tally. */
interface CasesShard {
  rows: string[][];
  statuses: unknown[];
  tally: Record<(typeof OUTCOMES)[number], number>;
  read: ReadTally;
}

function casesShard(context: CommandContext): CasesShard {
  const { policy, zone, now, digits, month, breachedOnly } = settingsOf(context);
  const json = context.values['json'] === true;
  
  const evaluate = caseEvaluator(compilePolicy(policy), now.getTime());
  const rows: string[][] = [];
  const statuses: unknown[] = [];
  const tally = { met: 0, breached: 0, pending: 0, cancelled: 0 };
  const read = readCaseRecords(context, zone, now, evaluate, (c) => {
    const { input, timeZone, status } = c;
    if ((month !== undefined && caseMonth(c.calendar, status.openedAt) !== month) || (breachedOnly && !isBreachedCase(status))) return;
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
  return { rows, statuses, tally, read };
}
