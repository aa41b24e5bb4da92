import { complianceReport } from '../../cases/compliance-report.js';
import type { ComplianceCounts, ComplianceReport, SeverityLevel } from '../../cases/types.js';
import { parseInstant } from '../../core/instant.js';
import { monthInterval } from '../../core/month.js';
import { type CaseRecord, CASE_FILE_HELP, nowOption, readCases } from '../case-records.js';
import type { Command } from '../command.js';
import { choiceOption, fromOption, stringOption, toJson } from '../options.js';
import { calendarOption, SUPPORT_HELP, SUPPORT_OPTIONS, supportPolicyOption, timeZoneOption } from '../support.js';
import { formatTable } from '../table.js';

/** The severity levels a report counts, 1 to N. */
const levelsOf = (report: ComplianceReport): SeverityLevel[] => Object.keys(report.bySeverity).map(Number);
const COUNTS = ['total', 'met', 'breached', 'pending', 'cancelled'] as const;

/** Adds the counts of reports over different customer zones; the rate is recomputed from the sums. */
function addCounts(parts: readonly ComplianceCounts[], target: number | null): ComplianceCounts {
  const sum = Object.fromEntries(COUNTS.map((key) => [key, parts.reduce((total, part) => total + part[key], 0)])) as Record<(typeof COUNTS)[number], number>;
  const measured = sum.met + sum.breached;
  const rate = measured === 0 ? null : sum.met / measured;
  return { ...sum, rate, target, meetsTarget: rate === null || target === null ? null : rate >= target } as ComplianceCounts;
}

/** One report over cases that may come from customers in different zones (one calendar per zone). */
function reportAcrossZones(cases: readonly CaseRecord[], run: (group: readonly CaseRecord[]) => ComplianceReport, empty: ComplianceReport): ComplianceReport {
  const groups = new Map<string, CaseRecord[]>();
  for (const c of cases) groups.set(c.timeZone, [...(groups.get(c.timeZone) ?? []), c]);
  const reports = [...groups.values()].map(run);
  if (reports.length === 1) return reports[0] as ComplianceReport;
  const all = reports.length === 0 ? [empty] : reports;
  const bySeverity = Object.fromEntries(levelsOf(empty).map((level) => [level, addCounts(all.map((r) => r.bySeverity[level] as ComplianceCounts), (empty.bySeverity[level] as ComplianceCounts).target)]));
  return { ...addCounts(all, empty.target), bySeverity } as ComplianceReport;
}

const percent = (rate: number | null): string => (rate === null ? '—' : `${(rate * 100).toFixed(1)}%`);

/** `slakit compliance`: the share of cases whose first response met its target, for a month. */
export const complianceCommand: Command = {
  name: 'compliance',
  summary: 'Response-target compliance of the cases opened in a month, against the policy’s target',
  usage: 'compliance FILE|- --preset uniphore --month YYYY-MM --tz ZONE [--by severity] [options]',
  help: [
    ...CASE_FILE_HELP,
    '',
    'Options:',
    '  --month YYYY-MM     count the cases opened in this calendar month (in each case’s zone)',
    '  --by severity       add one line per severity level',
    '  --target RATE       the share that must be met, 0–1 (default: the policy’s, 0.9 for uniphore)',
    ...SUPPORT_HELP,
    '  --now INSTANT       evaluate as of this instant (default: the current time); cases still',
    '                      open and not yet due are pending and left out of the rate',
    '  --skip-bad-rows     leave out cases with bad data (listed on stderr) instead of stopping',
    '  --json              print the report as JSON',
  ].join('\n'),
  example: 'slakit compliance cases.csv --preset uniphore --month 2026-10 --tz America/New_York --by severity',
  inputs: 1,
  options: { ...SUPPORT_OPTIONS, month: { type: 'string' }, by: { type: 'string' }, target: { type: 'string' }, now: { type: 'string' }, 'skip-bad-rows': { type: 'boolean' } },
  run(context) {
    const policy = supportPolicyOption(context);
    const zone = timeZoneOption(context, false);
    const month = stringOption(context, 'month', true);
    fromOption('month', () => monthInterval(month, 'UTC'));
    const by = choiceOption(context, 'by', ['total', 'severity'] as const, 'total');
    const now = nowOption(context, (text) => fromOption('now', () => parseInstant(text)));
    const targetText = stringOption(context, 'target');
    const options = targetText === undefined ? { now } : { now, target: Number(targetText) };
    const { cases, notes } = readCases(context, policy, zone, now);
    const inMonth = cases.filter((c) => {
      const { start, end } = monthInterval(month, c.timeZone);
      const opened = c.status.openedAt.getTime();
      return opened >= start && opened < end;
    });
    const report = fromOption('target', () =>
      reportAcrossZones(inMonth, (group) => complianceReport(policy, (group[0] as CaseRecord).calendar, group.map((c) => c.input), options), complianceReport(policy, calendarOption(context, zone ?? 'UTC'), [], options)),
    );
    const row = (name: string, counts: ComplianceCounts): string[] => [
      name,
      ...COUNTS.map((key) => String(counts[key])),
      percent(counts.rate),
      percent(counts.target),
      counts.meetsTarget === null ? '—' : counts.meetsTarget ? 'yes' : 'NO',
    ];
    const rows = [row('all', report)];
    if (by === 'severity') for (const level of levelsOf(report)) rows.push(row(`Sev ${level}`, report.bySeverity[level] as ComplianceCounts));
    const table = formatTable(
      [{ title: 'cases' }, ...COUNTS.map((title) => ({ title, align: 'right' as const })), { title: 'rate', align: 'right' }, { title: 'target', align: 'right' }, { title: 'meets' }],
      rows,
    );
    const header = `${month}: ${inMonth.length} of ${cases.length} cases opened in the month, evaluated as of ${now.toISOString()} (policy: ${policy.name ?? 'from --policy'})`;
    return { text: `${header}\n\n${table}\n\nrate = met / (met + breached); pending cases are not yet due and are left out.`, json: toJson({ month, now, ...report }), notes };
  },
};
