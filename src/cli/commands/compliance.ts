import { complianceReport } from '../../cases/compliance-report.js';
import { type CaseTimes, caseTimes, typicalTimes, type TypicalTimes } from '../../cases/typical-times.js';
import { endPausesAtCustomerMessage } from '../../cases/pause-audit.js';
import type { Calendar } from '../../calendar/types.js';
import type { CaseInput, CaseOutcome, ComplianceCounts, ComplianceGroup, ComplianceReport, ComplianceReportOptions, SeverityLevel, SupportPolicy } from '../../cases/types.js';
import { fail, isSlaError } from '../../core/errors.js';
import { compilePolicy, severityLevel } from '../../cases/validate-support-policy.js';
import { parseInstant } from '../../core/instant.js';
import { severityLabel } from '../../contract/severity-label.js';
import { mergeComplianceReports } from '../../records/merge-compliance-reports.js';
import { CASE_FILE_HELP, monthOption, nowOption, readCaseRecords } from '../case-records.js';
import { caseMonthTest } from '../../cases/case-month.js';
import { monthInterval } from '../../core/month.js';
import type { Command, CommandContext } from '../command.js';
import { DataError } from '../data-error.js';
import { CUSTOMERS_HELP, CUSTOMERS_OPTIONS } from '../customers-option.js';
import { HISTORY_HELP, HISTORY_OPTIONS } from '../history-option.js';
import { forEachShard, JOBS_HELP, JOBS_OPTION } from '../jobs.js';
import { parseRate } from '../money.js';
import { choiceOption, CSV_HELP, CSV_OPTION, DIGITS_HELP, DIGITS_OPTION, digitsOption, fromOption, STRICT_HELP, stringOption, toJson } from '../options.js';
import { CASE_MAP_FIELDS, columnMap, crossCheckJson, fieldProblem, mergeReadTallies, type ReadTally, readLapses, RECORD_HELP, RECORD_OPTIONS, type Where } from '../record-reader.js';
import { calendarOption, casePolicyOption, SUPPORT_HELP, SUPPORT_OPTIONS, supportContract, timeZoneOption } from '../support.js';
import { historyOption, versionLabel } from '../contract-history.js';
import { historyPolicies, type VersionPolicy, versionKey } from '../history-plans.js';
import { addPlanReports } from '../../cases/add-plan-reports.js';
import type { ContractHistory } from '../../contract/load-contract-history.js';
import { type HistoryComplianceVersion, historyComplianceReport } from '../../cases/history-compliance-report.js';
import { UsageError } from '../usage-error.js';
import { countCasesLean, leanReader, ordersByDefault } from '../lean-cases.js';
import { formatPercent, formatTable } from '../table.js';
import { EMPTY_HELP, EMPTY_OPTION, fedBy, notMeasuredByAll, notMeasuredLine } from '../not-measured.js';
import { type ComplianceByLevel, complianceByLevel, type MetricCounts } from '../../cases/compliance-by-level.js';
import { plural } from '../../report/format.js';

const COUNTS = ['total', 'met', 'breached', 'pending', 'cancelled'] as const;
const GROUPINGS = ['total', 'severity', 'customer', 'month', 'team'] as const;
/** Cases judged per call of complianceReport; the reports of the batches are merged. */
const BATCH = 4096;

/** The severity levels a report counts, 1 to N. */
const levelsOf = (report: ComplianceGroup): SeverityLevel[] => Object.keys(report.bySeverity).map(Number);

/** Per run (its options object), the settings and what is compiled from them once: every chunk of the file uses the same. */
const settingsOfRun = new WeakMap<object, ReturnType<typeof readSettings>>();

/** The options of the run, read the same way in every thread (once per run and thread). */
function settingsOf(context: CommandContext): ReturnType<typeof readSettings> {
  let settings = settingsOfRun.get(context.values);
  if (settings === undefined) settingsOfRun.set(context.values, (settings = readSettings(context)));
  return settings;
}

function readSettings(context: CommandContext) {
  // Several --contract: the versions of the contract; the cases are read with the last one's calendar and labels, which every version shares.
  const history = historyOption(context, ['businessHours', 'support']);
  // Each version's policy, or each of its plans' (several --contract), else none.
  const underHistory = history === undefined ? undefined : historyPolicies(context, history);
  const versionPolicies: SupportPolicy[] = underHistory?.all.map((p) => p.policy) ?? [];
  // The contract's policy, or its plans' (policies[i] is plans[i]'s).
  const { plans, policyOf, policies } = casePolicyOption(context);
  const policy = policies[0] as SupportPolicy;
  const zone = timeZoneOption(context, false);
  const by = choiceOption(context, 'by', GROUPINGS, 'total');
  const month = monthOption(context, 'month', by !== 'month');
  const now = nowOption(context, (text) => fromOption('now', () => parseInstant(text)));
  const targetText = stringOption(context, 'target');
  // The customer is the `customer` column, or the one --map (or --from's profile) names for it.
  const customer = [...columnMap(context, CASE_MAP_FIELDS)].find(([, field]) => field === 'customer')?.[0] ?? 'customer';
  const groupBy: ComplianceReportOptions['groupBy'] = by === 'customer' ? { attribute: customer } : by === 'month' ? 'month' : by === 'team' ? 'team' : undefined;
  const options: ComplianceReportOptions = { now, ...(targetText === undefined ? {} : { target: parseRate(targetText, '--target') }), ...(groupBy === undefined ? {} : { groupBy }) };
  const judgeAt = choiceOption(context, 'judge-at', ['opened', 'event'] as const, 'opened');
  if (judgeAt === 'event' && history === undefined) throw new UsageError('--judge-at event: give the versions of the contract (several --contract); with one contract every event is judged under it');
  return { policy, compiled: compilePolicy(policy), plans, policyOf, policies, zone, by, month, now, options, history, versionPolicies, underHistory, judgeAt, emptyReports: new Map<string, ComplianceReport>() };
}

/** What one chunk of the file gives: the report of its cases in the month, and what reading it found. */
export interface ComplianceShard {
  report: ComplianceReport;
  /**
   * With several --contract: the report of each version's cases (by version index), else empty;
   * for a version with plans, its plans' reports added up (addPlanReports), once every chunk is in
   * (`undefined` in a chunk's shard).
   */
  versions: (ComplianceReport | undefined)[];
  /** With several --contract: each version's plans' reports (every plan, in the contract's order), `null` for a version with plain levels. */
  versionPlans: ({ [plan: string]: ComplianceReport } | null)[];
  /** Under a contract with plans: each plan's report (then `report` is the first plan's), in the contract's order. */
  plans: { [plan: string]: ComplianceReport } | null;
  counted: number;
  read: ReadTally;
  /** The metrics some case's events feed, as bits (not-measured.ts). */
  fed: number;
  /**
   * When asked for (the service report): each breached case with its calendar and outcome, its
   * place in the file (the outcome's `index`: its record's position from 0), and the key of the
   * report that counts it (its plan, `v0`, `v1`, … for a version, `''` under plain levels).
   */
  breached: { input: CaseInput; calendar: Calendar; outcome: CaseOutcome; key: string }[];
  /** Each counted case's times to first reply and resolution: exact percentiles need them all (they merge by concatenation). */
  times: CaseTimes[];
}

/** An error the library names at `cases[i]` as the bad record of the i-th case of a batch; any other as it is. */
function atRecord(error: unknown, wheres: readonly Where[]): unknown {
  if (!isSlaError(error)) return error;
  const path = String(error.details.path ?? '');
  const where = wheres[Number(/^cases\[(\d+)\]/.exec(path)?.[1] ?? -1)];
  return where === undefined ? error : new DataError([fieldProblem(where, error, path.replace(/^cases\[\d+\]\.?/, ''))]);
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
  const { policy, compiled, plans, policyOf, policies, zone, month, options, history, underHistory, judgeAt, emptyReports } = settingsOf(context);
  // Each case's batch key and policy: its plan's ('' under plain levels), or, under several
  // --contract, the version in force when it opened (`v0`, `v1`, …) and within it the plan its
  // fields select (`v1:premium`). Plans and versions are never added up.
  const keys = underHistory !== undefined ? underHistory.all.map((p) => p.key) : (plans ?? ['']);
  const policyByKey = new Map(underHistory !== undefined ? underHistory.all.map((p) => [p.key, p.policy]) : keys.map((key, i) => [key, policies[i] as SupportPolicy]));
  const keyOf = (input: CaseInput): string => (underHistory !== undefined ? underHistory.policyOf(input).key : (policyOf(input).plan ?? ''));
  const levels = compiled.levels.length - 1;
  const endPauses = context.values['end-pauses-at-message'] === true;
  const now = (options.now as Date).getTime();
  // The targets and options checked once, on no case (the report of no case, kept for the run's every chunk).
  const emptyReport = (key: string): ComplianceReport => {
    let report = emptyReports.get(key);
    if (report === undefined) emptyReports.set(key, (report = fromOption('target', () => complianceReport(policyByKey.get(key) as SupportPolicy, calendarOption(context, zone ?? 'UTC'), [], options))));
    return report;
  };
  const reports = new Map(keys.map((key) => [key, emptyReport(key)]));
  // One batch per key (plan or version) and calendar (customer zone and holiday set) met in the chunk.
  const batches = new Map<string, Map<Calendar, { cases: CaseInput[]; wheres: Where[] }>>(keys.map((key) => [key, new Map()]));
  const breached: ComplianceShard['breached'] = [];
  const times: CaseTimes[] = [];
  // Typical times (in --json and the report) need every case's outcome and times; the table needs
  // neither, and without them memory stays flat and each case costs only its counts.
  const withTimes = breaches || context.values['json'] === true;
  const inMonth = month === undefined ? undefined : caseMonthTest(month);
  let pending = 0;
  let counted = 0;
  let fed = 0;
  const flush = (): void => {
    for (const [key, byCalendar] of batches) {
    for (const [calendar, { cases, wheres }] of byCalendar) {
      let part: ComplianceReport;
      try {
        part = complianceReport(policyByKey.get(key) as SupportPolicy, calendar, cases, withTimes ? { ...options, outcomes: 'all' } : options);
      } catch (error) {
        throw atRecord(error, wheres);
      }
      const { outcomes, ...counts } = part;
      for (const outcome of outcomes ?? []) {
        times.push(caseTimes(outcome, calendar, now));
        // The cases complianceReport's outcomes: 'breached' keeps (the report explains each).
        if (!breaches || !(outcome.response.outcome === 'breached' || outcome.resolution?.outcome === 'breached' || outcome.missedUpdates > 0)) continue;
        const { kind, number } = wheres[outcome.index] as Where;
        breached.push({ input: cases[outcome.index] as CaseInput, calendar, outcome: { ...outcome, index: number - (kind === 'row' ? 2 : 1) }, key });
      }
      reports.set(key, mergeComplianceReports(reports.get(key) as ComplianceReport, counts));
    }
    byCalendar.clear();
    }
    pending = 0;
    flushEvents();
  };
  // --judge-at event: the cases of each calendar judged by historyComplianceReport, its versions' (and plans') reports merged in.
  const eventBatches = new Map<Calendar, { cases: CaseInput[]; wheres: Where[] }>();
  function flushEvents(): void {
    for (const [calendar, { cases, wheres }] of eventBatches) {
      let parts: HistoryComplianceVersion[];
      try {
        parts = historyComplianceReport(history as ContractHistory, () => calendar, cases, { ...options, judgeAt: 'event', ...(withTimes ? { outcomes: 'all' as const } : {}) });
      } catch (error) {
        throw atRecord(error, wheres);
      }
      for (const part of parts) {
        for (const outcome of part.report.outcomes ?? []) times.push(caseTimes(outcome, calendar, now));
        const own = part.plans === null ? [[versionKey(part.version, null), part.report] as const] : Object.entries(part.plans).map(([plan, r]) => [versionKey(part.version, plan), r] as const);
        for (const [key, r] of own) {
          const { outcomes: _outcomes, ...counts } = r;
          reports.set(key, mergeComplianceReports(reports.get(key) as ComplianceReport, counts));
        }
      }
    }
    eventBatches.clear();
  }
  // Without plans, versions, a status history or a directory, the rows go straight into the clocks (lean-cases.ts): a tool profile's and --date-format's too.
  const v = context.values;
  const plain = leanReader.enabled && !breaches && history === undefined && plans === null && !endPauses && [v['history'], v['customers']].every((x) => x === undefined) && ordersByDefault(compiled);
  const lean = plain ? countCasesLean(context, { policy, compiled, zone, month, counter: { now, target: options.target === undefined ? null : (options.target as number), detail: withTimes ? 'all' : undefined, groupBy: options.groupBy } }) : { replay: undefined };
  if ('read' in lean) {
    // As the batches below: the counts merged into the empty report (the outcomes gave the times).
    const { outcomes: _outcomes, ...counts } = lean.report ?? {};
    const report = lean.report === null ? (reports.get('') as ComplianceReport) : mergeComplianceReports(reports.get('') as ComplianceReport, counts as ComplianceReport);
    return { report, versions: [], versionPlans: [], plans: null, counted: lean.counted, read: lean.read, fed: lean.fed, breached, times: lean.times };
  }
  const read = readCaseRecords(
    lean.replay === undefined ? context : { ...context, input: lean.replay },
    zone,
    new Date(now),
    // What complianceReport would refuse of one case, checked as it is read so that every bad record is listed.
    (_calendar, input) => {
      const key = keyOf(input);
      const casePolicy = policyByKey.get(key) as SupportPolicy;
      severityLevel(input.severity, 'severity', 'INVALID_CASE', levels);
      (input.events ?? []).forEach((event, i) => {
        if (event.type === 'severity-changed') severityLevel(event.severity, `events[${i}].severity`, 'INVALID_CASE', levels);
      });
      if ((input.openedAt as Date).getTime() > now) fail('INVALID_ARGUMENT', 'options.now', new Date(now).toISOString(), 'is before the case was opened');
      return { key, input: endPauses ? endPausesAtCustomerMessage(casePolicy, input) : input };
    },
    (c, where) => {
      fed |= fedBy(c.input.events);
      if (inMonth !== undefined && !inMonth(c.calendar, (c.input.openedAt as Date).getTime())) return;
      counted++;
      // Judged at each event: the library's historyComplianceReport re-targets a case per change (flushEvents).
      const byCalendar = (judgeAt === 'event' ? eventBatches : batches.get(c.status.key)) as Map<Calendar, { cases: CaseInput[]; wheres: Where[] }>;
      let batch = byCalendar.get(c.calendar);
      if (batch === undefined) byCalendar.set(c.calendar, (batch = { cases: [], wheres: [] }));
      batch.cases.push(c.status.input);
      batch.wheres.push(where);
      if (++pending === BATCH) flush();
    },
  );
  flush();
  flushEvents();
  // Under several --contract `report` is the empty report of no case; the versions hold the counts.
  const report = history !== undefined ? fromOption('target', () => complianceReport(policy, calendarOption(context, zone ?? 'UTC'), [], options)) : (reports.get(keys[0] as string) as ComplianceReport);
  const versions = history === undefined ? [] : history.versions.map((v) => (v.contract.supportPlans === undefined ? reports.get(versionKey(v.index, null)) : undefined));
  const versionPlans = history === undefined ? [] : history.versions.map((v) => (v.contract.supportPlans === undefined ? null : Object.fromEntries(Object.keys(v.contract.supportPlans.plans).map((plan) => [plan, reports.get(versionKey(v.index, plan)) as ComplianceReport]))));
  return { report, versions, versionPlans, plans: plans === null || history !== undefined ? null : Object.fromEntries(reports), counted, read, fed, breached, times };
}

function mergeShards(a: ComplianceShard, b: ComplianceShard): ComplianceShard {
  const versions = Array.from({ length: Math.max(a.versions.length, b.versions.length) }, (_, i) => {
    const [x, y] = [a.versions[i], b.versions[i]];
    return x === undefined ? y : y === undefined ? x : mergeComplianceReports(x, y);
  });
  const byPlan = (x: { [plan: string]: ComplianceReport }, y: { [plan: string]: ComplianceReport }) => Object.fromEntries(Object.entries(x).map(([plan, report]) => [plan, mergeComplianceReports(report, y[plan] as ComplianceReport)]));
  const plans = a.plans === null || b.plans === null ? null : byPlan(a.plans, b.plans);
  const versionPlans = a.versionPlans.map((x, i) => {
    const y = b.versionPlans[i];
    return x === null || y == null ? x : byPlan(x, y);
  });
  return { report: mergeComplianceReports(a.report, b.report), versions, versionPlans, plans, counted: a.counted + b.counted, read: mergeReadTallies(a.read, b.read), fed: a.fed | b.fed, breached: [...a.breached, ...b.breached], times: a.times.concat(b.times) };
}

/**
 * The compliance of the cases of the command's input file (its first positional), chunk by chunk
 * (`--jobs`): what `slakit compliance` prints and the service report's support section is built
 * from. `breaches` keeps the breached cases (in one thread only: calendars do not cross threads).
 */
export function complianceOfFile(context: CommandContext, breaches = false): ComplianceShard {
  let total: ComplianceShard | undefined;
  forEachShard(context, breaches ? (c) => complianceShardOf(c, true) : complianceShard, (shard) => {
    total = total === undefined ? shard : mergeShards(total, shard);
  });
  const result = total as ComplianceShard;
  // A version's plans added up once every chunk is in (their targets kept where the plans that judged a case agree).
  result.versionPlans.forEach((plans, i) => {
    if (plans !== null) result.versions[i] = versionOfPlans(plans);
  });
  // In the file's order (a chunk judges its cases in batches per calendar).
  result.breached.sort((a, b) => a.outcome.index - b.outcome.index);
  return result;
}

/**
 * The report of a version with plans over all its cases: the plans that judged a case added up
 * (historyComplianceReport's `report`); with no case, every plan's (zero counts).
 */
function versionOfPlans(plans: { readonly [plan: string]: ComplianceReport }): ComplianceReport {
  const all = Object.values(plans);
  const judged = all.filter((r) => r.total > 0);
  return addPlanReports(judged.length > 0 ? judged : all);
}

/** Typical times with each level's label, as `compliance --json` and the report show them. */
export function labelledTimes(times: TypicalTimes, labelOf: (level: SeverityLevel) => string) {
  const label = (rows: TypicalTimes['response']) => rows.map((row) => ({ level: row.level, label: labelOf(row.level), count: row.count, business: row.business, wall: row.wall }));
  return { response: label(times.response), resolution: label(times.resolution) };
}

const rate = (counts: MetricCounts, digits: number): string => (counts.rate === null ? '—' : formatPercent(counts.rate * 100, digits));
const count = (value: number | null): string => (value === null ? '—' : String(value));

/** Whether any level's resolution or update counts have a compliance target. */
const hasMetricTargets = (report: ComplianceByLevel): boolean => [report.resolution, report.updates].some((summary) => summary.bySeverity.some((counts) => counts.target !== null));

/** A rate with its own compliance target and the verdict, when the contract sets one: `66.6666% (90%: NO)`. */
const judged = (counts: MetricCounts, digits: number): string =>
  counts.target === null ? rate(counts, digits) : `${rate(counts, digits)} (${formatPercent(counts.target * 100, digits)}: ${counts.meetsTarget === null ? '—' : counts.meetsTarget ? 'yes' : 'NO'})`;

/**
 * The versions a run shows: those in force during `month` (in the history's zone) and those that
 * judged a case, oldest first; a version without cases shows zero counts.
 */
function versionsShown(history: ContractHistory, reports: readonly (ComplianceReport | undefined)[], month: string | undefined, empty: (version: number) => ComplianceReport): { version: ContractHistory['versions'][number]; report: ComplianceReport }[] {
  const inMonth = new Set<number>();
  if (month !== undefined) {
    const { start, end } = monthInterval(month, history.timeZone);
    for (const v of history.versions) if ((v.start === null || v.start.getTime() < end) && (v.end === null || v.end.getTime() > start)) inMonth.add(v.index);
  }
  return history.versions.flatMap((version) => {
    const report = reports[version.index];
    if (report !== undefined) return [{ version, report }];
    return inMonth.has(version.index) ? [{ version, report: empty(version.index) }] : [];
  });
}

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
    '                        repeat --contract for the versions of a contract that changed (effective',
    '                        dates): each case is judged under the version in force when it opened',
    '  --judge-at WHEN     with several --contract: opened (default) or event: a change of severity',
    '                      takes the new level’s targets from the version in force at the change',
    '                      (as help desks re-apply their policy at a re-prioritisation)',
    '  --now INSTANT       evaluate as of this instant (default: the current time); cases still',
    '                      open and not yet due are pending and left out of the rate',
    ...EMPTY_HELP,
    ...CUSTOMERS_HELP,
    ...HISTORY_HELP,
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
    'judge-at': { type: 'string' },
    now: { type: 'string' },
    'end-pauses-at-message': { type: 'boolean' },
    ...EMPTY_OPTION,
    ...HISTORY_OPTIONS,
    ...CUSTOMERS_OPTIONS,
    ...RECORD_OPTIONS,
    ...JOBS_OPTION,
    ...DIGITS_OPTION,
    ...CSV_OPTION,
  },
  shard: complianceShard,
  run(context) {
    const { by, month, now, policies, history, versionPolicies, underHistory } = settingsOf(context);
    const digits = digitsOption(context);
    const { report, plans, counted, read, fed, times, versions, versionPlans } = complianceOfFile(context);
    const { notes, lapses } = readLapses(context, read);
    // Under several versions or plans, a metric is measured when any policy sets it a target.
    const unfed = notMeasuredByAll(context, fed, [...policies, ...versionPolicies]);
    notes.push(...unfed.map(notMeasuredLine));
    // The table and the JSON show the one object: the counts by level, the unmeasured figures null.
    const { severities } = supportContract(context);
    const all = history !== undefined ? [...versions, ...versionPlans.flatMap((p) => Object.values(p ?? {}))].filter((r): r is ComplianceReport => r !== undefined) : plans === null ? [report] : Object.values(plans);
    const withReplies = all.some((r) => r.replies !== undefined);

    const row = (name: string, group: ComplianceByLevel, at?: number): string[] => {
      const pick = (summary: MetricCounts & { bySeverity: MetricCounts[] }): MetricCounts => (at === undefined ? summary : (summary.bySeverity[at] as MetricCounts));
      const response = pick(group);
      const updates = (at === undefined ? group.updates : group.updates.bySeverity[at]) as MetricCounts & { missedUpdates: number | null };
      return [
        name,
        ...COUNTS.map((key) => count(response[key])),
        rate(response, digits),
        response.target === null ? '—' : formatPercent(response.target * 100, digits),
        response.meetsTarget === null ? '—' : response.meetsTarget ? 'yes' : 'NO',
        judged(pick(group.resolution), digits),
        judged(updates, digits),
        count(updates.missedUpdates),
        // Under plans, a plan without reply targets shows — where another plan has them.
        ...(!withReplies ? [] : group.replies === undefined ? ['—'] : [rate(pick(group.replies), digits)]),
      ];
    };
    const namedOf = (r: ComplianceReport) =>
      Object.entries(r.groups ?? {})
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([key, group]) => [key, complianceByLevel(group, severities, unfed)] as const);
    /** The rows of one report: its total as `title`, then its levels or groups, named under `prefix`. */
    const rowsOf = (r: ComplianceReport, title: string, prefix: string): string[][] => {
      const byLevel = complianceByLevel(r, severities, unfed);
      const out = [row(title, byLevel)];
      if (by === 'severity') byLevel.bySeverity.forEach((level, at) => out.push(row(`${prefix}${level.label}`, byLevel, at)));
      for (const [key, group] of namedOf(r)) out.push(row(`${prefix}${key === '' ? '(none)' : key}`, group));
      return out;
    };
    // Several --contract: each version's cases apart, under the version's own targets (never added up).
    const { zone, options } = settingsOf(context);
    const emptyOf = (key: string): ComplianceReport => complianceReport((underHistory?.all.find((p) => p.key === key) as VersionPolicy).policy, calendarOption(context, zone ?? 'UTC'), [], options);
    const emptyPlans = (i: number): { [plan: string]: ComplianceReport } | null => {
      const own = history?.versions[i]?.contract.supportPlans;
      return own === undefined ? null : Object.fromEntries(Object.keys(own.plans).map((plan) => [plan, emptyOf(versionKey(i, plan))]));
    };
    const shownVersions = (history === undefined ? [] : versionsShown(history, versions, month, (i) => { const own = emptyPlans(i); return own === null ? emptyOf(versionKey(i, null)) : versionOfPlans(own); })).map((shown) => ({ ...shown, plans: versionPlans[shown.version.index] ?? emptyPlans(shown.version.index) }));
    // Under plans, each plan's rows apart (its cases against its own targets), the plan first in each name.
    // A version with plans: its total over the plans, then each plan's rows.
    const rows =
      history !== undefined
        ? shownVersions.flatMap(({ version, report: r, plans: own }) =>
            own === null
              ? rowsOf(r, `terms ${versionLabel(history, version)}`, '  ')
              : [row(`terms ${versionLabel(history, version)}`, complianceByLevel(r, severities, unfed)), ...Object.entries(own).flatMap(([plan, p]) => rowsOf(p, `  ${plan}: all`, `  ${plan}: `))],
          )
        : plans === null
          ? rowsOf(report, 'all', '')
          : Object.entries(plans).flatMap(([plan, r]) => rowsOf(r, `${plan}: all`, `${plan}: `));
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
    const scope = month === undefined ? `every month: ${plural(counted, 'case', 'cases')}` : `${month}: ${counted} of ${plural(read.rows - read.bad, 'case', 'cases')} opened in the month`;
    const historyLegend = history === undefined ? [] : [`terms A to B: the cases opened while that version of the contract was in force (first and last day in ${history.timeZone}, inclusive), each judged under that version's targets.`];
    if (shownVersions.some((v) => v.plans !== null)) {
      historyLegend.push('Under a version with plans, each case is judged under the plan its fields select in that version: “  premium: P1” is the P1 cases of plan premium, against that plan’s targets; the terms line adds up its plans, with a target only where they agree.');
    }
    const header = `${scope}, evaluated as of ${now.toISOString()} (contract: ${supportContract(context).name ?? stringOption(context, 'contract')})`;
    const legend = [
      'rate = met / (met + breached) of the first responses; pending cases are not yet due and are left out.',
      'resolution and updates: the same rate for resolution targets and for update intervals; missed updates counts the intervals that passed without one.',
      ...(all.some((r) => hasMetricTargets(complianceByLevel(r, severities, unfed))) ? ['(90%: NO) after a rate: the compliance target of that level’s resolution or update target, and whether the rate meets it.'] : []),
      ...(!withReplies ? [] : ['replies: the same rate for the reply to each customer message.']),
      ...historyLegend,
    ].join('\n');
    const grouping = by === 'customer' || by === 'month' || by === 'team';
    const reportJson = (r: ComplianceReport) => ({ ...complianceByLevel(r, severities, unfed), ...(grouping ? { by, groups: namedOf(r).map(([key, group]) => ({ [by]: key, ...group })) } : {}) });
    // A version with plans: its total over the plans, and `plans` (each `{ plan, …report }`, in the contract's order).
    const versionsJson = shownVersions.map(({ version, report: r, plans: own }) => ({
      version: version.index, from: version.from, to: version.to, start: version.start, end: version.end, ...reportJson(r),
      ...(own === null ? {} : { plans: Object.entries(own).map(([plan, p]) => ({ plan, ...reportJson(p) })) }),
    }));
    // Under plans: `plans`, one report per plan in the contract's order (`{ plan, …report }`).
    const body =
      history !== undefined
        ? { ...(grouping ? { by } : {}), versions: versionsJson }
        : plans === null
          ? { asOf: report.asOf, ...reportJson(report) }
          : { asOf: report.asOf, plans: Object.entries(plans).map(([plan, r]) => ({ plan, ...reportJson(r) })) };
    return {
      text: `${header}\n\n${formatTable(columns, rows)}\n\n${legend}${plans === null ? '' : '\nUnder plans, each plan’s cases are counted apart, against that plan’s targets: “premium: P1” is the P1 cases of plan premium.'}`,
      json: toJson({ ...(month === undefined ? {} : { month }), now, ...body, typicalTimes: labelledTimes(typicalTimes(times), (level) => severityLabel(supportContract(context), level)), ...(unfed.length === 0 ? {} : { notMeasured: unfed }), ...crossCheckJson(read) }),
      table: { columns, rows },
      notes,
      lapses,
    };
  },
};
