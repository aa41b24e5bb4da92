import { complianceReport } from '../../cases/compliance-report.js';
import { endPausesAtCustomerMessage } from '../../cases/pause-audit.js';
import type { Calendar } from '../../calendar/types.js';
import type { CaseInput, CaseOutcome, ComplianceCounts, ComplianceGroup, ComplianceReport, ComplianceReportOptions, SeverityLevel, SupportPolicy } from '../../cases/types.js';
import { fail, isSlaError } from '../../core/errors.js';
import { compilePolicy, severityLevel } from '../../cases/validate-support-policy.js';
import { parseInstant } from '../../core/instant.js';
import { severityLabel } from '../../contract/severity-label.js';
import { mergeComplianceReports } from '../../records/merge-compliance-reports.js';
import { CASE_FILE_HELP, monthOption, nowOption, readCaseRecords } from '../case-records.js';
import { caseMonth } from '../../cases/case-month.js';
import type { Command, CommandContext } from '../command.js';
import { DataError } from '../data-error.js';
import { forEachShard, JOBS_HELP, JOBS_OPTION } from '../jobs.js';
import { parseRate } from '../money.js';
import { choiceOption, CSV_HELP, CSV_OPTION, DIGITS_HELP, DIGITS_OPTION, digitsOption, fromOption, STRICT_HELP, stringOption, toJson } from '../options.js';
import { CASE_EXTRA_FIELDS, CASE_FIELDS, fieldProblem, mapOption, mergeReadTallies, type ReadTally, readLapses, RECORD_HELP, RECORD_OPTIONS, type Where } from '../record-reader.js';
import { calendarOption, casePolicyOption, SUPPORT_HELP, SUPPORT_OPTIONS, supportContract, timeZoneOption } from '../support.js';
import { UsageError } from '../usage-error.js';
import { formatPercent, formatTable } from '../table.js';
import { EMPTY_HELP, EMPTY_OPTION, fedBy, type Metric, notMeasured, notMeasuredLine, withoutUnmeasured } from '../not-measured.js';

const COUNTS = ['total', 'met', 'breached', 'pending', 'cancelled'] as const;
const GROUPINGS = ['total', 'severity', 'customer', 'month', 'team'] as const;
/** Cases judged per call of complianceReport; the reports of the batches are merged. */
const BATCH = 4096;

/** The severity levels a report counts, 1 to N. */
const levelsOf = (report: ComplianceGroup): SeverityLevel[] => Object.keys(report.bySeverity).map(Number);

/** The options of the run, read the same way in every thread. */
function settingsOf(context: CommandContext) {
  // The contract's policy, or its plans' (policies[i] is plans[i]'s).
  const { plans, policyOf, policies } = casePolicyOption(context);
  const policy = policies[0] as SupportPolicy;
  const zone = timeZoneOption(context, false);
  const by = choiceOption(context, 'by', GROUPINGS, 'total');
  const month = monthOption(context, 'month', by !== 'month');
  const now = nowOption(context, (text) => fromOption('now', () => parseInstant(text)));
  const targetText = stringOption(context, 'target');
  // The customer is the `customer` column, or the one --map names for it.
  const customer = [...mapOption(context, [...CASE_FIELDS, ...CASE_EXTRA_FIELDS])].find(([, field]) => field === 'customer')?.[0] ?? 'customer';
  const groupBy: ComplianceReportOptions['groupBy'] = by === 'customer' ? { attribute: customer } : by === 'month' ? 'month' : by === 'team' ? 'team' : undefined;
  const options: ComplianceReportOptions = { now, ...(targetText === undefined ? {} : { target: parseRate(targetText, '--target') }), ...(groupBy === undefined ? {} : { groupBy }) };
  return { policy, plans, policyOf, policies, zone, by, month, now, options };
}

/** What one chunk of the file gives: the report of its cases in the month, and what reading it found. */
export interface ComplianceShard {
  report: ComplianceReport;
  /** Under a contract with plans: each plan's report (then `report` is the first plan's), in the contract's order. */
  plans: { [plan: string]: ComplianceReport } | null;
  counted: number;
  read: ReadTally;
  /** The metrics some case's events feed, as bits (not-measured.ts). */
  fed: number;
  /**
   * When asked for (the service report): each breached case with its calendar and outcome, and its
   * place in the file (the outcome's `index`: its record's position from 0).
   */
  breached: { input: CaseInput; calendar: Calendar; outcome: CaseOutcome }[];
}

/** The shard step of `--jobs`. */
const complianceShard = (context: CommandContext): ComplianceShard => complianceShardOf(context, false);

/**
 * The cases of one chunk, judged by complianceReport in batches per calendar (each customer zone
 * and holiday set has its own), the batches' reports merged: memory holds one batch, whatever the
 * file's size. With `breaches`, the breached cases are kept too (for the service report, which
 * explains each one).
 */
function complianceShardOf(context: CommandContext, breaches: boolean): ComplianceShard {
  const { policy, plans, policyOf, policies, zone, month, options } = settingsOf(context);
  // Each plan's cases are judged and counted apart ('' under plain levels); plans share the levels.
  const keys = plans ?? [''];
  const policyByKey = new Map(keys.map((key, i) => [key, policies[i] as SupportPolicy]));
  const levels = compilePolicy(policy).levels.length - 1;
  const endPauses = context.values['end-pauses-at-message'] === true;
  const now = (options.now as Date).getTime();
  // The targets and options checked once, on no case.
  const reports = new Map(keys.map((key) => [key, fromOption('target', () => complianceReport(policyByKey.get(key) as SupportPolicy, calendarOption(context, zone ?? 'UTC'), [], options))]));
  // One batch per plan and calendar (customer zone and holiday set) met in the chunk.
  const batches = new Map<string, Map<Calendar, { cases: CaseInput[]; wheres: Where[] }>>(keys.map((key) => [key, new Map()]));
  const breached: ComplianceShard['breached'] = [];
  let pending = 0;
  let counted = 0;
  let fed = 0;
  const flush = (): void => {
    for (const [key, byCalendar] of batches) {
    for (const [calendar, { cases, wheres }] of byCalendar) {
      let part: ComplianceReport;
      try {
        part = complianceReport(policyByKey.get(key) as SupportPolicy, calendar, cases, breaches ? { ...options, outcomes: 'breached' } : options);
      } catch (error) {
        if (!isSlaError(error)) throw error;
        const path = String(error.details.path ?? '');
        const where = wheres[Number(/^cases\[(\d+)\]/.exec(path)?.[1] ?? -1)];
        if (where === undefined) throw error;
        throw new DataError([fieldProblem(where, error, path.replace(/^cases\[\d+\]\.?/, ''))]);
      }
      const { outcomes, ...counts } = part;
      for (const outcome of outcomes ?? []) {
        const { kind, number } = wheres[outcome.index] as Where;
        breached.push({ input: cases[outcome.index] as CaseInput, calendar, outcome: { ...outcome, index: number - (kind === 'row' ? 2 : 1) } });
      }
      reports.set(key, mergeComplianceReports(reports.get(key) as ComplianceReport, counts));
    }
    byCalendar.clear();
    }
    pending = 0;
  };
  const read = readCaseRecords(
    context,
    zone,
    new Date(now),
    // What complianceReport would refuse of one case, checked as it is read so that every bad record is listed.
    (_calendar, input) => {
      // The case's plan (a case no rule matches is a bad record) decides its policy.
      const { plan, policy: casePolicy } = policyOf(input);
      severityLevel(input.severity, 'severity', 'INVALID_CASE', levels);
      (input.events ?? []).forEach((event, i) => {
        if (event.type === 'severity-changed') severityLevel(event.severity, `events[${i}].severity`, 'INVALID_CASE', levels);
      });
      if ((input.openedAt as Date).getTime() > now) fail('INVALID_ARGUMENT', 'options.now', new Date(now).toISOString(), 'is before the case was opened');
      return { key: plan ?? '', input: endPauses ? endPausesAtCustomerMessage(casePolicy, input) : input };
    },
    (c, where) => {
      fed |= fedBy(c.input.events);
      if (month !== undefined && caseMonth(c.calendar, c.input.openedAt as Date) !== month) return;
      counted++;
      const byCalendar = batches.get(c.status.key) as Map<Calendar, { cases: CaseInput[]; wheres: Where[] }>;
      let batch = byCalendar.get(c.calendar);
      if (batch === undefined) byCalendar.set(c.calendar, (batch = { cases: [], wheres: [] }));
      batch.cases.push(c.status.input);
      batch.wheres.push(where);
      if (++pending === BATCH) flush();
    },
  );
  flush();
  return { report: reports.get(keys[0] as string) as ComplianceReport, plans: plans === null ? null : Object.fromEntries(reports), counted, read, fed, breached };
}

function mergeShards(a: ComplianceShard, b: ComplianceShard): ComplianceShard {
  const plans = a.plans === null || b.plans === null ? null : Object.fromEntries(Object.entries(a.plans).map(([plan, report]) => [plan, mergeComplianceReports(report, (b.plans as Record<string, ComplianceReport>)[plan] as ComplianceReport)]));
  return { report: mergeComplianceReports(a.report, b.report), plans, counted: a.counted + b.counted, read: mergeReadTallies(a.read, b.read), fed: a.fed | b.fed, breached: [...a.breached, ...b.breached] };
}

/**
 * The compliance of the cases of the command's input file (its first positional), chunk by chunk
 * (`--jobs`): what `slakit compliance` prints and the service report's support section is built
 * from. `breaches` keeps the breached cases (in one thread only: calendars do not cross threads).
 */
export function complianceOfFile(context: CommandContext, breaches = false): ComplianceShard {
  if (breaches && supportContract(context).supportPlans !== undefined) throw new UsageError('the service report does not yet show support per plan; this contract has plans: run slakit compliance, which counts each plan apart');
  let total: ComplianceShard | undefined;
  forEachShard(context, breaches ? (c) => complianceShardOf(c, true) : complianceShard, (shard) => {
    total = total === undefined ? shard : mergeShards(total, shard);
  });
  const result = total as ComplianceShard;
  // In the file's order (a chunk judges its cases in batches per calendar).
  result.breached.sort((a, b) => a.outcome.index - b.outcome.index);
  return result;
}

const rate = (counts: ComplianceCounts, digits: number): string => (counts.rate === null ? '—' : formatPercent(counts.rate * 100, digits));

/** Whether any level's resolution or update counts have a compliance target. */
const hasMetricTargets = (report: ComplianceGroup): boolean =>
  [report.resolution, report.updates].some((summary) => Object.values(summary.bySeverity).some((counts) => counts.target !== null));

/** A rate with its own compliance target and the verdict, when the contract sets one: `66.6666% (90%: NO)`. */
const judged = (counts: ComplianceCounts, digits: number): string =>
  counts.target === null ? rate(counts, digits) : `${rate(counts, digits)} (${formatPercent(counts.target * 100, digits)}: ${counts.meetsTarget === null ? '—' : counts.meetsTarget ? 'yes' : 'NO'})`;

/** `slakit compliance`: response, resolution and update compliance of the cases opened in a month. */
export const complianceCommand: Command = {
  name: 'compliance',
  summary: 'Response, resolution and update compliance of the cases opened in a month, against the policy’s targets',
  usage: 'compliance FILE|- --contract NAME|FILE --month YYYY-MM --tz ZONE [--by severity|customer|month|team] [options]',
  help: [
    ...CASE_FILE_HELP,
    '  customer            the customer, for --by customer (optional)',
    '',
    'Options:',
    '  --month YYYY-MM     count the cases opened in this calendar month (in each case’s zone);',
    '                      optional with --by month (then every month)',
    '  --by GROUP          add one line per group: severity (the level whose target applied),',
    '                      customer (the customer column or field), month (of opening, in each case’s',
    '                      zone) or team (the team holding the case at --now: its last assigned event)',
    '  --end-pauses-at-message  judge each pause for waiting-on-customer during which the customer',
    '                      wrote as ended at the message (slakit cases --audit-pauses lists them)',
    '  --target RATE       the share that must be met: 90% or 0.9 (default: the policy’s, 90% for uniphore)',
    ...SUPPORT_HELP,
    '  --now INSTANT       evaluate as of this instant (default: the current time); cases still',
    '                      open and not yet due are pending and left out of the rate',
    ...EMPTY_HELP,
    ...RECORD_HELP,
    JOBS_HELP,
    DIGITS_HELP,
    STRICT_HELP,
    CSV_HELP,
    '  --json              print the report as JSON',
  ].join('\n'),
  example: 'slakit compliance cases.csv --contract examples/contracts/northwind-cloud.json --month 2026-10 --tz America/New_York --by severity',
  inputs: 1,
  options: {
    ...SUPPORT_OPTIONS,
    month: { type: 'string' },
    by: { type: 'string' },
    target: { type: 'string' },
    now: { type: 'string' },
    'end-pauses-at-message': { type: 'boolean' },
    ...EMPTY_OPTION,
    ...RECORD_OPTIONS,
    ...JOBS_OPTION,
    ...DIGITS_OPTION,
    ...CSV_OPTION,
  },
  shard: complianceShard,
  run(context) {
    const { by, month, now, policies } = settingsOf(context);
    const digits = digitsOption(context);
    const { report, plans, counted, read, fed } = complianceOfFile(context);
    const { notes, lapses } = readLapses(context, read);
    // A metric the policy sets no target for has no rate anyway; only the others can lack their input.
    const targeted = policies.flatMap((policy) => Object.values(policy.levels));
    const unfed = notMeasured(context, fed).filter((metric) => metric === 'response' || targeted.some((level) => level?.[metric] !== undefined));
    notes.push(...unfed.map(notMeasuredLine));
    const all = plans === null ? [report] : Object.values(plans);
    const withReplies = all.some((r) => r.replies !== undefined);
    const shown = (metric: Metric, counts: ComplianceCounts): ComplianceCounts => (unfed.includes(metric) ? { ...counts, rate: null, meetsTarget: null } : counts);

    const row = (name: string, group: ComplianceGroup, level?: SeverityLevel): string[] => {
      const response = shown('response', level === undefined ? group : (group.bySeverity[level] as ComplianceCounts));
      const resolution = shown('resolution', level === undefined ? group.resolution : (group.resolution.bySeverity[level] as ComplianceCounts));
      const updates = shown('updates', level === undefined ? group.updates : (group.updates.bySeverity[level] as ComplianceCounts & { missedUpdates: number })) as ComplianceCounts & { missedUpdates: number };
      const replies = !withReplies ? [] : group.replies === undefined ? ['—'] : [rate(level === undefined ? group.replies : (group.replies.bySeverity[level] as ComplianceCounts), digits)];
      return [
        name,
        ...COUNTS.map((key) => (unfed.includes('response') && (key === 'met' || key === 'breached' || key === 'pending') ? '—' : String(response[key]))),
        unfed.includes('response') ? '—' : rate(response, digits),
        response.target === null ? '—' : formatPercent(response.target * 100, digits),
        response.meetsTarget === null ? '—' : response.meetsTarget ? 'yes' : 'NO',
        judged(resolution, digits),
        judged(updates, digits),
        unfed.includes('updates') ? '—' : String(updates.missedUpdates),
        ...replies,
      ];
    };
    // Under plans, each plan's rows apart (its cases against its own targets), the plan first in each name.
    const rows: string[][] = [];
    const named = (r: ComplianceReport) => Object.entries(r.groups ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    for (const [plan, r] of plans === null ? [['', report] as const] : Object.entries(plans)) {
      const prefix = plan === '' ? '' : `${plan}: `;
      rows.push(row(`${prefix}all`, r));
      if (by === 'severity') {
        for (const level of levelsOf(r)) rows.push(row(`${prefix}${severityLabel(supportContract(context), level)}`, r, level));
      }
      for (const [key, group] of named(r)) rows.push(row(`${prefix}${key === '' ? '(none)' : key}`, group));
    }
    const columns = [
      { title: by === 'customer' ? 'customer' : by === 'month' ? 'month' : by === 'team' ? 'team' : 'cases' },
      ...COUNTS.map((title) => ({ title, align: 'right' as const })),
      { title: 'rate', align: 'right' as const },
      { title: 'target', align: 'right' as const },
      { title: 'meets' },
      { title: 'resolution', align: 'right' as const },
      { title: 'updates', align: 'right' as const },
      { title: 'missed updates', align: 'right' as const },
      ...(withReplies ? [{ title: 'replies', align: 'right' as const }] : []),
    ];
    const scope = month === undefined ? `every month: ${counted} cases` : `${month}: ${counted} of ${read.rows - read.bad} cases opened in the month`;
    const header = `${scope}, evaluated as of ${now.toISOString()} (contract: ${supportContract(context).name ?? stringOption(context, 'contract')})`;
    const legend = [
      'rate = met / (met + breached) of the first responses; pending cases are not yet due and are left out.',
      'resolution and updates: the same rate for resolution targets and for update intervals; missed updates counts the intervals that passed without one.',
      ...(all.some(hasMetricTargets) ? ['(90%: NO) after a rate: the compliance target of that level’s resolution or update target, and whether the rate meets it.'] : []),
      ...(!withReplies ? [] : ['replies: the same rate for the reply to each customer message.']),
    ].join('\n');
    const reportJson = (r: ComplianceReport) => {
      const { groups: _groups, ...whole } = r;
      const groupsJson = by === 'customer' || by === 'month' || by === 'team' ? { by, groups: named(r).map(([key, group]) => ({ [by]: key, ...withoutUnmeasured(group as never, unfed) })) } : {};
      return { ...withoutUnmeasured(whole as never, unfed), ...groupsJson };
    };
    // Under plans: `plans`, one report per plan in the contract's order (`{ plan, …report }`).
    const body = plans === null ? reportJson(report) : { plans: Object.entries(plans).map(([plan, r]) => ({ plan, ...reportJson(r) })) };
    return {
      text: `${header}\n\n${formatTable(columns, rows)}\n\n${legend}${plans === null ? '' : '\nUnder plans, each plan’s cases are counted apart, against that plan’s targets: “premium: P1” is the P1 cases of plan premium.'}`,
      json: toJson({ ...(month === undefined ? {} : { month }), now, ...body, ...(unfed.length === 0 ? {} : { notMeasured: unfed }) }),
      table: { columns, rows },
      notes,
      lapses,
    };
  },
};
