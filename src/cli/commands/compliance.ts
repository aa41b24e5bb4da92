import { complianceReport } from '../../cases/compliance-report.js';
import type { CaseTargetOutcome, ComplianceCounts, ComplianceReport, ComplianceSummary, SeverityLevel } from '../../cases/types.js';
import { parseInstant } from '../../core/instant.js';
import { instantToZonedTime } from '../../core/time-zone.js';
import { CASE_FILE_HELP, monthOption, nowOption, openedInMonth, readCaseRecords } from '../case-records.js';
import type { Command } from '../command.js';
import { RECORD_HELP, RECORD_OPTIONS } from '../record-reader.js';
import { parseRate } from '../money.js';
import { choiceOption, CSV_HELP, CSV_OPTION, DIGITS_HELP, DIGITS_OPTION, digitsOption, fromOption, STRICT_HELP, stringOption, toJson } from '../options.js';
import { calendarOption, SUPPORT_HELP, SUPPORT_OPTIONS, supportContract, supportPolicyOption, timeZoneOption } from '../support.js';
import { type ResponseOutcome, responseJudge } from '../response-outcome.js';
import { formatPercent, formatTable } from '../table.js';

/** The severity levels a report counts, 1 to N. */
const levelsOf = (report: ComplianceSummary): SeverityLevel[] => Object.keys(report.bySeverity).map(Number);
const COUNTS = ['total', 'met', 'breached', 'pending', 'cancelled'] as const;
const OUTCOMES: readonly CaseTargetOutcome[] = ['met', 'breached', 'pending', 'cancelled'];
const GROUPINGS = ['total', 'severity', 'customer', 'month'] as const;
/** The column (CSV) or field (JSON) that `--by customer` groups by. */
const CUSTOMER = 'customer';

/**
 * The response outcomes of a group of cases: of all of them at 0–3, of severity s at 4s to 4s + 3.
 * Only these summaries are kept, so memory does not grow with the file.
 */
type Tally = Float64Array;

function count(tally: Tally, c: ResponseOutcome): void {
  const outcome = OUTCOMES.indexOf(c.outcome);
  const severity = c.severity;
  tally[outcome] = (tally[outcome] as number) + 1;
  tally[severity * 4 + outcome] = (tally[severity * 4 + outcome] as number) + 1;
}

/** A ComplianceReport from a tally, with the targets of `targets` (complianceReport's own, from an empty run). */
function reportOf(tally: Tally, targets: ComplianceReport): ComplianceSummary {
  const counts = (severity: number, target: number | null): ComplianceCounts => {
    const [met, breached, pending, cancelled] = tally.subarray(severity * 4, severity * 4 + 4) as unknown as [number, number, number, number];
    const rate = met + breached === 0 ? null : met / (met + breached);
    return { total: met + breached + pending + cancelled, met, breached, pending, cancelled, rate, target, meetsTarget: rate === null || target === null ? null : rate >= target };
  };
  const bySeverity = Object.fromEntries(levelsOf(targets).map((level) => [level, counts(level, (targets.bySeverity[level] as ComplianceCounts).target)])) as ComplianceReport['bySeverity'];
  return { ...counts(0, targets.target), bySeverity } as ComplianceSummary;
}

/** `slakit compliance`: the share of cases whose first response met its target, for a month. */
export const complianceCommand: Command = {
  name: 'compliance',
  summary: 'Response-target compliance of the cases opened in a month, against the policy’s target',
  usage: 'compliance FILE|- --contract NAME|FILE --month YYYY-MM --tz ZONE [--by severity|customer|month] [options]',
  help: [
    ...CASE_FILE_HELP,
    `  ${CUSTOMER.padEnd(18)}  the customer, for --by customer (optional)`,
    '',
    'Options:',
    '  --month YYYY-MM     count the cases opened in this calendar month (in each case’s zone);',
    '                      optional with --by month (then every month)',
    '  --by GROUP          add one line per group: severity (the level whose target applied),',
    `                      customer (the ${CUSTOMER} column or field) or month (of opening, in each case’s zone)`,
    '  --target RATE       the share that must be met: 90% or 0.9 (default: the policy’s, 90% for uniphore)',
    ...SUPPORT_HELP,
    '  --now INSTANT       evaluate as of this instant (default: the current time); cases still',
    '                      open and not yet due are pending and left out of the rate',
    ...RECORD_HELP,
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
    ...RECORD_OPTIONS,
    ...DIGITS_OPTION,
    ...CSV_OPTION,
  },
  run(context) {
    const policy = supportPolicyOption(context);
    const zone = timeZoneOption(context, false);
    const by = choiceOption(context, 'by', GROUPINGS, 'total');
    const month = monthOption(context, 'month', by !== 'month');
    const now = nowOption(context, (text) => fromOption('now', () => parseInstant(text)));
    const digits = digitsOption(context);
    const targetText = stringOption(context, 'target');
    const options = targetText === undefined ? { now } : { now, target: parseRate(targetText, '--target') };
    // complianceReport over no case: the targets (the policy's or --target), checked once.
    const targets = fromOption('target', () => complianceReport(policy, calendarOption(context, zone ?? 'UTC'), [], options));

    // Overall at 0–3, then level s at 4s: one block per level of the policy.
    const size = 4 * (levelsOf(targets).length + 1);
    const all: Tally = new Float64Array(size);
    const groups = new Map<string, Tally>();
    const inMonth = month === undefined ? () => true : openedInMonth(month);
    let counted = 0;
    const { notes, lapses, count: read } = readCaseRecords(
      context,
      zone,
      now,
      responseJudge(policy, now.getTime()),
      (c) => {
        if (!inMonth(c.timeZone, c.status.openedAt)) return;
        counted++;
        count(all, c.status);
        if (by !== 'customer' && by !== 'month') return;
        const key = by === 'customer' ? c.customer : instantToZonedTime(c.timeZone, c.status.openedAt).slice(0, 7);
        let tally = groups.get(key);
        if (tally === undefined) {
          tally = new Float64Array(size);
          groups.set(key, tally);
        }
        count(tally, c.status);
      },
    );
    const report = reportOf(all, targets);
    const named = [...groups.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([key, tally]) => ({ key, report: reportOf(tally, targets) }));

    const row = (name: string, counts: ComplianceCounts): string[] => [
      name,
      ...COUNTS.map((key) => String(counts[key])),
      counts.rate === null ? '—' : formatPercent(counts.rate * 100, digits, true),
      counts.target === null ? '—' : formatPercent(counts.target * 100, digits),
      counts.meetsTarget === null ? '—' : counts.meetsTarget ? 'yes' : 'NO',
    ];
    const rows = [row('all', report)];
    if (by === 'severity') {
      const labels = supportContract(context).severities;
      for (const level of levelsOf(report)) rows.push(row(labels[level - 1]?.label ?? `Sev ${level}`, report.bySeverity[level] as ComplianceCounts));
    }
    for (const { key, report: r } of named) rows.push(row(key === '' ? '(none)' : key, r));
    const columns = [
      { title: by === 'customer' ? 'customer' : by === 'month' ? 'month' : 'cases' },
      ...COUNTS.map((title) => ({ title, align: 'right' as const })),
      { title: 'rate', align: 'right' as const },
      { title: 'target', align: 'right' as const },
      { title: 'meets' },
    ];
    const table = { columns, rows };
    const scope = month === undefined ? `every month: ${counted} cases` : `${month}: ${counted} of ${read} cases opened in the month`;
    const header = `${scope}, evaluated as of ${now.toISOString()} (contract: ${supportContract(context).name ?? stringOption(context, 'contract')})`;
    const groupsJson = by === 'customer' || by === 'month' ? { by, groups: named.map(({ key, report: r }) => ({ [by]: key, ...r })) } : {};
    return {
      text: `${header}\n\n${formatTable(columns, rows)}\n\nrate = met / (met + breached); pending cases are not yet due and are left out.`,
      json: toJson({ ...(month === undefined ? {} : { month }), now, ...report, ...groupsJson }),
      table,
      notes,
      lapses,
    };
  },
};

