import { addBusinessTime } from '../../calendar/add-business-time.js';
import { businessTimeBetween } from '../../calendar/business-time-between.js';
import type { Calendar } from '../../calendar/types.js';
import { caseEvaluator } from '../../cases/evaluate-case.js';
import { soonestDue } from '../../cases/soonest-due.js';
import { auditPauses, endPausesAtCustomerMessage } from '../../cases/pause-audit.js';
import { parseDuration } from '../../core/duration.js';
import { compilePolicy } from '../../cases/validate-support-policy.js';
import type { CaseInput, CaseStatus, CaseTargetStatus, SupportPolicy } from '../../cases/types.js';
import { parseInstant } from '../../core/instant.js';
import { CASE_FILE_HELP, metricsWithoutColumns, monthOption, nowOption, readCaseRecords } from '../case-records.js';
import { EMPTY_HELP, EMPTY_OPTION, fedBy, type Metric, notMeasuredByAll, notMeasuredLine } from '../not-measured.js';
import { isBreachedCase } from '../../cases/is-breached-case.js';
import { caseMonth } from '../../cases/case-month.js';
import type { Command, CommandContext } from '../command.js';
import { RECORD_HELP, RECORD_OPTIONS } from '../record-reader.js';
import { CUSTOMERS_HELP, CUSTOMERS_OPTIONS } from '../customers-option.js';
import { HISTORY_HELP, HISTORY_OPTIONS } from '../history-option.js';
import { formatLocal } from '../local-time.js';
import { CSV_HELP, CSV_OPTION, DIGITS_HELP, DIGITS_OPTION, digitsOption, fromOption, STRICT_HELP, stringOption, toJson } from '../options.js';
import { UsageError } from '../usage-error.js';
import { casePolicyOption, SUPPORT_HELP, SUPPORT_OPTIONS, timeZoneOption } from '../support.js';
import { runCasePolicy } from '../history-plans.js';
import { versionLabel } from '../contract-history.js';
import type { ContractHistory, ContractVersion } from '../../contract/load-contract-history.js';
import { type Column, csvCell, formatPercent, tableWriter } from '../table.js';
import { forEachShard, JOBS_HELP, JOBS_OPTION } from '../jobs.js';
import { mergeReadTallies, type ReadTally, readLapses } from '../record-reader.js';

function outcome(response: CaseTargetStatus): string {
  if (response.outcome === 'met') return 'met';
  if (response.outcome === 'breached') return response.metAt === null ? 'breached (no response)' : 'breached';
  return response.outcome;
}

/** The columns of the queue that `--due-within` prints. */
const QUEUE_COLUMNS: readonly Column[] = [
  { title: 'id' },
  { title: 'sev', align: 'right' },
  { title: 'state' },
  { title: 'clock' },
  { title: 'due' },
  { title: 'business time left', align: 'right' },
];

/** `2h`, `90m`, `1.5h` or an ISO 8601 duration (`PT2H`), in ms; anything else is a usage error. */
function withinOption(context: CommandContext): number | undefined {
  const text = stringOption(context, 'due-within');
  if (text === undefined) return undefined;
  const short = /^(\d+(?:\.\d+)?)(m|h)$/.exec(text.trim());
  let ms = NaN;
  try {
    ms = short === null ? parseDuration(text, { path: 'due-within' }) : Math.round(Number(short[1]) * (short[2] === 'h' ? 3_600_000 : 60_000));
  } catch {
    // Reported below with the forms the option takes.
  }
  if (!(ms > 0)) throw new UsageError(`--due-within: '${text}' is not a length of business time above zero, such as 2h, 30m or PT2H`);
  return ms;
}

/** `h:mm` of a length of time. */
const hoursText = (ms: number): string => `${Math.floor(ms / 3_600_000)}:${String(Math.floor(ms / 60_000) % 60).padStart(2, '0')}`;

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
    '                        repeat --contract for the versions of a contract that changed (effective',
    '                        dates): each case is judged under the version in force when it opened',
    '                        (and under plans, the plan its fields select in that version)',
    '  --now INSTANT       evaluate as of this instant (default: the current time)',
    '  --breached          only the breached cases: a response or resolution target breached, or an update missed',
    '  --month YYYY-MM     only the cases opened in this calendar month (in each case’s zone)',
    '  --audit-pauses      list the pauses for waiting-on-customer during which the customer wrote',
    '                      (the help desk should have resumed the clocks at the message)',
    '  --end-pauses-at-message  judge each such pause as ended at the message',
    '  --due-within TIME   the queue: only the open cases whose next clock (response, resolution or a',
    '                      reply; not a paused one) breaches within TIME of business time after --now',
    '                      (2h, 30m, PT2H), soonest first',
    ...CUSTOMERS_HELP,
    ...HISTORY_HELP,
    ...RECORD_HELP,
    ...EMPTY_HELP,
    JOBS_HELP,
    DIGITS_HELP,
    STRICT_HELP,
    CSV_HELP,
    '  --json              print every case status as JSON',
    '',
    'Times are shown in each case’s own zone. A CSV file with no column for a metric (no reply column',
    'and no events, as in a Jira export) shows it as not measured: never "breached (no response)".',
    'JSON lists the metrics no case fed in notMeasured, after the cases.',
  ].join('\n'),
  example: 'slakit cases cases.csv --contract examples/contracts/northwind-cloud.json --tz America/New_York --now 2026-11-01T00:00:00Z',
  inputs: 1,
  options: { ...SUPPORT_OPTIONS, now: { type: 'string' }, breached: { type: 'boolean' }, month: { type: 'string' }, 'due-within': { type: 'string' }, 'audit-pauses': { type: 'boolean' }, 'end-pauses-at-message': { type: 'boolean' }, ...HISTORY_OPTIONS, ...CUSTOMERS_OPTIONS, ...RECORD_OPTIONS, ...EMPTY_OPTION, ...JOBS_OPTION, ...DIGITS_OPTION, ...CSV_OPTION },
  shard: casesShard,
  run(context) {
    if (context.values['audit-pauses'] === true) {
      if (withinOption(context) !== undefined) throw new UsageError('--audit-pauses and --due-within are two views; give one');
      return runQueue(context, true);
    }
    if (withinOption(context) !== undefined) return runQueue(context, false);
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
    // Under several --contract, the version that judged each case (terms), and under plans each case's plan, in columns of their own.
    const { history, plans } = runCasePolicy(context);
    const columns = [...COLUMNS.slice(0, 2), ...(history === undefined ? [] : [{ title: 'terms' }]), ...(plans ? [{ title: 'plan' }] : []), ...COLUMNS.slice(2)];
    const table = csv || json ? null : tableWriter(columns, write);
    if (csv) write(columns.map((c) => csvCell(c.title)).join(','));
    // The metrics the file's columns cannot feed (the same for every chunk: one header), from the first shard.
    let unmeasured: Metric[] | undefined;
    // The metrics some case's events fed, as compliance counts them: a column every row left empty is said at the end.
    let fed = 0;
    const jsonHead = `{\n  "now": ${JSON.stringify(now)},\n  "cases": [`;
    const tally = { met: 0, breached: 0, pending: 0, cancelled: 0 };
    let shown = 0;
    let read: ReadTally | undefined;
    let stopped = false;
    // The last chunk's items, held until it is known whether a comma follows them.
    let heldJson: string | null = null;
    forEachShard(context, casesShard, (shard) => {
      read = read === undefined ? shard.read : mergeReadTallies(read, shard.read);
      unmeasured ??= shard.unmeasured;
      fed |= shard.fed;
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
        if (shard.lines.length > 0) write(shard.lines.join('\n'));
      } else for (const row of shard.rows) table?.push(row);
      shown += shard.rows.length + shard.lines.length + shard.statuses.length;
      flush();
    });
    const { notes, lapses } = readLapses(context, read as ReadTally);
    // The metrics no case fed (compliance's rule): those the columns cannot feed, and those whose
    // column is there but empty in every row, known only now, so said under the rows that showed them.
    const unfed = notMeasuredByAll(context, fed, casePolicyOption(context).policies);
    const emptyColumns = unfed.filter((metric) => !(unmeasured ?? []).includes(metric));
    const said = [...(unmeasured ?? []).map(notMeasuredLine), ...emptyColumns.map((metric) => `${notMeasuredLine(metric)} (its column is empty in every row: the ${metric} cells above are judged as if none was sent)`)];
    // A run stopped by --strict ends in an error: nothing more is written.
    if (!stopped) {
      const tail = `,\n  "notMeasured": ${JSON.stringify(unfed)}\n}`;
      if (heldJson !== null) write(`${heldJson}\n  ]${tail}`);
      else if (json) write(`${jsonHead}]${tail}`);
      table?.end();
      flush();
    }
    const selection = [breachedOnly ? 'breached' : '', month === undefined ? '' : `opened in ${month}`].filter((s) => s !== '').join(', ');
    const count = (read as ReadTally).rows;
    const counted = `${shown} ${shown === 1 ? 'case' : 'cases'}${selection === '' ? '' : ` (${selection}; ${count} read)`}`;
    const responses = unmeasured?.includes('response') === true ? 'response not measured' : `${tally.met} met, ${tally.breached} breached, ${tally.pending} pending, ${tally.cancelled} cancelled`;
    const summary = `${counted} as of ${now.toISOString()}: ${responses}. Times are local to each case.${history === undefined ? '' : `\nterms: the version of the contract in force when the case opened (first and last day in ${history.timeZone}), which judged it${plans ? ', under the plan its fields select in that version' : ''}.`}`;
    return { text: json || csv ? '' : `\n${summary}`, json: null, streamed: true, notes: [...notes, ...said], lapses };
  },
};

const OUTCOMES = ['met', 'breached', 'pending', 'cancelled'] as const;

function settingsOf(context: CommandContext) {
  runCasePolicy(context);
  const zone = timeZoneOption(context, false);
  const now = nowOption(context, (text) => fromOption('now', () => parseInstant(text)));
  const digits = digitsOption(context);
  const month = monthOption(context, 'month', false);
  return { zone, now, digits, month, breachedOnly: context.values['breached'] === true };
}

/** The cases of one chunk: the table's rows (or, for --json, the statuses) and the tally. */
interface CasesShard {
  rows: string[][];
  /** With --csv: the rows as CSV lines, written as each case is read (a chunk holds strings, not arrays). */
  lines: string[];
  statuses: unknown[];
  tally: Record<(typeof OUTCOMES)[number], number>;
  read: ReadTally;
  /** With --due-within: the cases of the queue, with their next due time (epoch ms). */
  queue: { due: number; row: string[]; status: unknown }[];
  /** The metrics the file's columns cannot feed: shown as not measured (metricsWithoutColumns). */
  unmeasured: Metric[];
  /** The metrics the chunk's cases' events feed, as bits (not-measured.ts). */
  fed: number;
}

/** The columns of `--audit-pauses`. */
const AUDIT_COLUMNS: readonly Column[] = [{ title: 'id' }, { title: 'paused' }, { title: 'customer wrote' }, { title: 'resumed' }, { title: 'held after the message', align: 'right' }];

/**
 * `cases --due-within`: every chunk's queue, then sorted soonest first (ties in file order);
 * `cases --audit-pauses` (`audit`): every flagged pause, in file order.
 */
function runQueue(context: CommandContext, audit: boolean): ReturnType<Command['run']> {
  const { now, breachedOnly } = settingsOf(context);
  if (breachedOnly && !audit) throw new UsageError('--due-within lists cases not yet breached; leave out --breached');
  const within = withinOption(context) ?? 0;
  const json = context.values['json'] === true;
  const csv = context.values['csv'] === true;
  const queue: CasesShard['queue'] = [];
  let read: ReadTally | undefined;
  let stopped = false;
  forEachShard(context, casesShard, (shard) => {
    read = read === undefined ? shard.read : mergeReadTallies(read, shard.read);
    const { bad, dstGaps, dstOverlaps, unread } = shard.read;
    if (context.values['strict'] === true && bad + dstGaps + dstOverlaps + unread.length > 0) stopped = true;
    if (bad > 0 && context.values['skip-bad-rows'] !== true) stopped = true;
    if (!stopped) queue.push(...shard.queue);
  });
  const { notes, lapses } = readLapses(context, read as ReadTally);
  if (stopped) return { text: '', json: null, streamed: true, notes, lapses };
  if (!audit) queue.sort((a, b) => a.due - b.due);
  const columns = audit ? AUDIT_COLUMNS : QUEUE_COLUMNS;
  if (json) {
    context.writeOut(JSON.stringify(audit ? { now, pauses: queue.map((q) => q.status) } : { now, dueWithin: within, cases: queue.map((q) => q.status) }, null, 2));
  } else if (csv) {
    context.writeOut([columns.map((c) => csvCell(c.title)).join(','), ...queue.map((q) => q.row.map(csvCell).join(','))].join('\n'));
  } else {
    const table = tableWriter(columns, (text) => context.writeOut(text));
    for (const q of queue) table.push(q.row);
    table.end();
  }
  const summary = audit
    ? `${queue.length} ${queue.length === 1 ? 'pause' : 'pauses'} for waiting-on-customer went on after the customer wrote, as of ${now.toISOString()}. Times are local to each case.`
    : `${queue.length} open ${queue.length === 1 ? 'case breaches' : 'cases breach'} within ${hoursText(within)} business hours of ${now.toISOString()} (soonest first). Times are local to each case.`;
  return { text: json || csv ? '' : `\n${summary}`, json: null, streamed: true, notes, lapses };
}

function casesShard(context: CommandContext): CasesShard {
  const { zone, now, digits, month, breachedOnly } = settingsOf(context);
  const json = context.values['json'] === true;
  const csv = context.values['csv'] === true;
  // One evaluator per policy: the contract's, or each plan's (the case's plan picked by its fields);
  // under several --contract, each version's (and each of its plans').
  const { history, plans, policyOf } = runCasePolicy(context);
  const evaluators = new Map<SupportPolicy, ReturnType<typeof caseEvaluator>>();
  const endPauses = context.values['end-pauses-at-message'] === true;
  const evaluate = (calendar: Calendar, input: CaseInput): CaseStatus & { plan?: string; version?: { index: number; from: string | null; to: string | null } } => {
    const { policy, plan, version } = policyOf(input);
    let evaluator = evaluators.get(policy);
    if (evaluator === undefined) evaluators.set(policy, (evaluator = caseEvaluator(compilePolicy(policy), now.getTime())));
    const status = evaluator(calendar, endPauses ? endPausesAtCustomerMessage(policy, input) : input);
    return { ...(version === null ? {} : { version: { index: version.index, from: version.from, to: version.to } }), ...(plan === null ? {} : { plan }), ...status };
  };
  const terms = (index: number): string => versionLabel(history as ContractHistory, (history as ContractHistory).versions[index] as ContractVersion);
  const audit = context.values['audit-pauses'] === true;
  const rows: string[][] = [];
  const lines: string[] = [];
  const statuses: unknown[] = [];
  const queue: CasesShard['queue'] = [];
  const within = withinOption(context);
  // The end of the window on each calendar: `within` of business time after now.
  const limits = new Map<Calendar, number>();
  const tally = { met: 0, breached: 0, pending: 0, cancelled: 0 };
  const unmeasured = metricsWithoutColumns(context);
  const noResponse = unmeasured.includes('response');
  // "Breached" as everywhere (isBreachedCase), on the metrics the file can feed only.
  const breached = (status: CaseStatus): boolean =>
    isBreachedCase({ response: noResponse ? { outcome: 'pending' } : status.response, resolution: unmeasured.includes('resolution') ? null : status.resolution, missedUpdates: unmeasured.includes('updates') ? 0 : status.missedUpdates });
  let fed = 0;
  const read = readCaseRecords(context, zone, now, evaluate, (c) => {
    const { input, timeZone, status } = c;
    fed |= fedBy(input.events);
    if ((month !== undefined && caseMonth(c.calendar, status.openedAt) !== month) || (breachedOnly && !breached(status))) return;
    if (audit) {
      const local = (at: Date | null): string => (at === null ? '—' : formatLocal(at, timeZone, false));
      for (const a of auditPauses(policyOf(input).policy, input, { now })) {
        queue.push({
          due: 0,
          row: [input.id === undefined ? '' : String(input.id), local(a.pausedAt), local(a.messageAt), local(a.resumedAt), hoursText(a.heldMs)],
          status: toJson({ ...(input.id === undefined ? {} : { id: input.id }), timeZone, ...a }),
        });
      }
      return;
    }
    if (within !== undefined) {
      // A clock the file cannot measure (no column feeds it) is left out of the queue.
      const measured = { ...status, ...(noResponse ? { response: { ...status.response, outcome: 'cancelled' as const } } : {}), ...(unmeasured.includes('resolution') && status.resolution !== null ? { resolution: { ...status.resolution, outcome: 'cancelled' as const } } : {}) };
      const next = status.state === 'closed' ? null : soonestDue(measured);
      if (next === null) return;
      let limit = limits.get(c.calendar);
      if (limit === undefined) limits.set(c.calendar, (limit = addBusinessTime(c.calendar, now, within).getTime()));
      if (next.dueAt.getTime() > limit) return;
      const left = businessTimeBetween(c.calendar, now, next.dueAt);
      const soonest = { ...next, businessTimeLeft: left };
      queue.push({
        due: next.dueAt.getTime(),
        row: [input.id === undefined ? '' : String(input.id), String(status.severity), status.state, next.reply === undefined ? next.clock : `reply ${next.reply + 1}`, formatLocal(next.dueAt, timeZone, false), hoursText(left)],
        status: toJson({ timeZone, soonest, ...status }),
      });
      return;
    }
    tally[status.response.outcome]++;
    if (json) {
      statuses.push({ timeZone, ...status });
      return;
    }
    const local = (at: Date | null): string => (at === null ? '—' : formatLocal(at, timeZone, false));
    const row = [
      input.id === undefined ? '' : String(input.id),
      String(status.severity),
      ...(history === undefined ? [] : [terms(status.version?.index as number)]),
      ...(plans ? [status.plan ?? '—'] : []),
      status.state,
      local(status.openedAt),
      local(status.response.dueAt),
      noResponse ? 'not measured' : outcome(status.response),
      noResponse ? '—' : formatPercent(status.response.percentUsed, digits),
      local(status.nextUpdateDueAt),
      unmeasured.includes('updates') ? '—' : String(status.missedUpdates),
      local(status.escalationDueAt),
    ];
    if (csv) lines.push(row.map(csvCell).join(','));
    else rows.push(row);
  });
  return { rows, lines, statuses, tally, read, queue, unmeasured, fed };
}
