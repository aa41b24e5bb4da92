import type { Incident } from '../../availability/types.js';
import { isSlaError } from '../../core/errors.js';
import { parseInstant } from '../../core/instant.js';
import { buildServiceReport } from '../../report/build-service-report.js';
import { serviceReportToHtml } from '../../report/service-report-html.js';
import { serviceReportToMarkdown } from '../../report/service-report-markdown.js';
import type { ServiceReport, ServiceReportInput, ServiceReportSupport } from '../../report/types.js';
import { lateness, local } from '../../report/format.js';
import { partNameOf } from '../../report/document.js';
import { csvCell } from '../table.js';
import { monthOption, nowOption } from '../case-records.js';
import type { Command, CommandContext } from '../command.js';
import { guide } from '../guide.js';
import { CONTRACT_HELP, CONTRACT_OPTIONS, contractOption } from '../contract-option.js';
import { contractWindows } from '../schedule.js';
import { historyOption } from '../contract-history.js';
import { versionKey } from '../history-plans.js';
import type { ContractHistory, ContractVersion } from '../../contract/load-contract-history.js';
import type { Contract } from '../../contract/types.js';
import { monthInterval } from '../../core/month.js';
import { CAUSE_OPTIONS } from '../cause-option.js';
import { CUSTOMERS_OPTIONS } from '../customers-option.js';
import { HISTORY_OPTIONS } from '../history-option.js';
import { DataError } from '../data-error.js';
import type { CaseInput, ComplianceReport } from '../../cases/types.js';
import { addMonthsToCivilDate } from '../../core/civil-date.js';
import { minorDigits, parseMajorUnits } from '../money.js';
import { CASE_MAP_FIELDS, columnMap, type ReadTally, readIncidentFile, readLapses, RECORD_HELP, RECORD_OPTIONS } from '../record-reader.js';
import { complianceOfFile } from './compliance.js';
import { choiceOption, fromOption, readJsonOption, STRICT_HELP, stringOption } from '../options.js';
import { timeZoneOption } from '../support.js';
import { contractHolidays, HOLIDAYS_HELP } from '../holidays.js';
import { UsageError } from '../usage-error.js';
import { EMPTY_HELP, EMPTY_OPTION, fedMetrics, intentionallyEmptyOption, notMeasuredLine } from '../not-measured.js';

/** A DataError or lapse about a record of one of the report's files, with the file named. */
const inFile = (option: string, name: string, lines: readonly string[]): string[] => lines.map((line) => `--${option} ${name}: ${line}`);

/** The notes and lapses of reading one of the report's files; bad records are a DataError naming the file. */
function fileLapses(context: CommandContext, option: string, name: string, read: ReadTally): { notes: string[]; lapses: string[] } {
  try {
    const { notes, lapses } = readLapses(context, read);
    return { notes: inFile(option, name, notes), lapses: inFile(option, name, lapses) };
  } catch (error) {
    if (error instanceof DataError) throw new DataError(inFile(option, name, error.problems));
    throw error;
  }
}

/**
 * The support compliance of the cases file, computed by the very code of `slakit compliance` (the
 * same reader, flags, calendars per case and month per case), with the breached cases to explain.
 */
function supportOfFile(context: CommandContext, name: string, history: ContractHistory | undefined): { support: ServiceReportSupport | ServiceReportSupport[]; notes: string[]; lapses: string[] } {
  // Grouped by customer as `slakit compliance --by customer` groups them.
  const cases = { ...context, positionals: [name], values: { ...context.values, by: 'customer' } };
  const { report, read, breached, times, fed, plans, versions, versionPlans } = complianceOfFile(cases, true);
  // The customer column (or the one --map or --from's profile names for it) is the breaches' `customer`.
  const column = [...columnMap(context, CASE_MAP_FIELDS)].find(([, field]) => field === 'customer')?.[0] ?? 'customer';
  const withCustomer = (input: CaseInput): CaseInput => {
    const { attributes, ...rest } = input;
    const customer = attributes?.[column];
    return customer === undefined || customer === '' ? rest : { ...rest, attributes: { customer } };
  };
  // Each plan's or version's cases apart, as `slakit compliance` counts them (the shard's keys: the
  // plan, `v0`, `v1`, … for a version, `v1:premium` for a version's plan); the times of all the
  // cases go with the first part.
  const part = (key: string, counts: ComplianceReport, first: boolean): ServiceReportSupport => {
    const mine = breached.filter((b) => b.key === key);
    return { report: { ...counts, outcomes: mine.map((b) => b.outcome) }, breached: mine.map(({ input, calendar }) => ({ input: withCustomer(input), calendar })), times: first ? times : [], fed: fedMetrics(fed) };
  };
  let support: ServiceReportSupport | ServiceReportSupport[];
  if (history !== undefined) {
    const month = stringOption(context, 'month') as string;
    const { start, end } = monthInterval(month, history.timeZone);
    const inMonth = (v: ContractVersion): boolean => (v.start === null || v.start.getTime() < end) && (v.end === null || v.end.getTime() > start);
    // A version with plans: each of its plans apart (`v1:premium`), never their sum.
    support = history.versions.flatMap((v): ServiceReportSupport[] => {
      const own = versionPlans[v.index];
      if (own !== null && own !== undefined) {
        const shown = Object.values(own).some((r) => r.total > 0) || inMonth(v);
        return shown ? Object.entries(own).map(([plan, counts]) => ({ ...part(versionKey(v.index, plan), counts, false), version: v.index, plan })) : [];
      }
      const counts = versions[v.index];
      return counts !== undefined && (counts.total > 0 || inMonth(v)) ? [{ ...part(versionKey(v.index, null), counts, false), version: v.index }] : [];
    });
    support = support.map((s, i) => (i === 0 ? { ...s, times } : s));
  } else if (plans !== null) {
    support = Object.entries(plans).map(([plan, counts], i) => ({ ...part(plan, counts, i === 0), plan }));
  } else {
    support = part('', report, true);
  }
  return { support, ...fileLapses(cases, 'cases', name, read) };
}

/** The incidents of the incidents file, read as `slakit availability` reads them (`--map`, `--from`, `--date-format` and `--records-at` name the cases file's). */
function incidentsOfFile(context: CommandContext, name: string): { incidents: Incident[]; notes: string[]; lapses: string[] } {
  const file = { ...context, positionals: [name], values: { ...context.values, map: undefined, from: undefined, 'date-format': undefined, 'records-at': undefined } };
  const incidents: Incident[] = [];
  const read = readIncidentFile(file, (incident) => incident, (incident) => incidents.push(incident));
  return { incidents, ...fileLapses(file, 'incidents', name, read) };
}

/** Every breach of the report, one row each with its explanation, for a spreadsheet (`--breaches-csv`). */
function breachesToCsv(report: ServiceReport): string {
  // Under plans or several --contract, the part each breach was judged under (`plan premium`, `terms 2026-10-15 to …`).
  const parts = report.compliance?.parts;
  const head = ['case', 'customer', 'severity', 'level', 'target', 'due', 'actual', 'time zone', 'due (local)', 'actual (local)', 'over by, min', 'over by, business min', 'late', 'explanation', ...(parts === undefined ? [] : ['judged under'])];
  const rows = (report.compliance?.breaches ?? []).map((b) => [b.id, b.customer ?? '', b.label, String(b.level), b.kind, b.dueAt, b.at, b.timeZone, local(b.dueAt, b.timeZone), local(b.at, b.timeZone), String(b.overrunMinutes), String(b.overrunBusinessMinutes), lateness(b), b.explanation, ...(parts === undefined ? [] : [partNameOf(parts, b) ?? ''])]);
  return `${[head, ...rows].map((row) => row.map(csvCell).join(',')).join('\n')}\n`;
}

/** The version of the history in force at the end of the month (in the history's zone): its terms head the report. */
function termsOf(history: ContractHistory, month: string): Contract {
  const { end } = monthInterval(month, history.timeZone);
  return fromOption('month', () => history.versionAt(end - 1)).contract;
}

/** `slakit report`: the monthly service report a manager sends, as HTML, Markdown or JSON. */
export const reportCommand: Command = {
  name: 'report',
  summary: 'The monthly service report: availability, support compliance with breaches explained, maintenance, renewal',
  usage: 'report --contract NAME|FILE --month YYYY-MM --tz ZONE [--cases FILE] [--incidents FILE] [--renewal FILE] [--out FILE] [options]',
  help: [
    'Options:',
    ...CONTRACT_HELP,
    '                        repeat --contract for the versions of a contract that changed (effective',
    '                        dates): each version in force in the month is shown apart, each case judged',
    '                        under the version in force when it opened, each minute of downtime under the',
    '                        version in force then; a contract with support plans shows each plan apart',
    '  --month YYYY-MM       the service month',
    '  --tz ZONE             the customer’s IANA zone: the month, business hours and windows are shown in it',
    '  --cases FILE          the support cases (CSV or JSON; the columns of `slakit cases`): counted as',
    '                        `slakit compliance` counts them (the cases opened in the month in each case’s',
    '                        zone, each on its own calendar and holidays); severities may be labels and aliases',
    '  --incidents FILE      the outages (CSV or JSON; the columns of `slakit availability`)',
    "  --cause TEXT=CAUSE    read an incident's cause text as one of slakit's causes (repeatable; '*=unplanned'",
    '                        for every other text), as `slakit availability` does',
    '  --causes FILE         the same map as a JSON object { "DDoS": "unplanned", … }',
    '  --history FILE        the status history of the cases (as `slakit compliance --history` reads it),',
    '                        with --pause-status S,… and --reopen-status S,…',
    '  --customers FILE      the customer directory of the cases (zone and holidays per customer, as',
    '                        `slakit compliance --customers` reads it), with --default-customer-tz ZONE',
    ...RECORD_HELP.map((line) => line.replace('--map COL=FIELD,…  ', '--map COL=FIELD,…  (cases file) ')),
    ...EMPTY_HELP.map((line) => line.replace(/^ {22}/, '                        ')),
    '  --renewal FILE        JSON { feeMinor, start, cpi: [rate per renewal], currency? }',
    '  --monthly-fee AMOUNT  the fee the service credit is a share of (4000.00): the credit in money',
    '  --currency CODE       the fee’s currency (default: the credit terms’, else USD)',
    '  --compare-month YYYY-MM  the month page 1 compares with (default: the month before, from the same',
    '                        files; a figure of it is shown only where the files hold data of it); none: no comparison',
    '  --region NAME         the maintenance region whose windows count and are listed',
    '  --month-tz ZONE       measure availability over the calendar month of this zone instead of the',
    '                        contract’s availability.timeZone (UTC when the contract says nothing);',
    '                        --tz never changes which minutes count',
    ...HOLIDAYS_HELP,
    '  --now INSTANT         judge open cases and list windows from this instant (default: now)',
    '  --format html|md|json the output (default html): one self-contained page, Markdown tables, or the data',
    '  --out FILE            write the report to FILE instead of standard output',
    '  --breaches-csv FILE   also write every breach with its explanation to FILE (CSV, for a spreadsheet)',
    STRICT_HELP,
    '',
    'The HTML has no script and makes no request: it reads offline, as an e-mail attachment, and prints',
    `to clean A4 or Letter pages. How each figure is computed: ${guide('report')}.`,
  ].join('\n'),
  example: 'slakit report --contract uniphore --param businessHours=… --month 2026-10 --tz America/New_York --cases cases.csv --incidents incidents.csv --out report.html',
  inputs: 0,
  options: {
    ...CONTRACT_OPTIONS,
    month: { type: 'string' },
    tz: { type: 'string' },
    cases: { type: 'string' },
    incidents: { type: 'string' },
    ...CAUSE_OPTIONS,
    ...HISTORY_OPTIONS,
    ...CUSTOMERS_OPTIONS,
    ...RECORD_OPTIONS,
    ...EMPTY_OPTION,
    renewal: { type: 'string' },
    region: { type: 'string' },
    'month-tz': { type: 'string' },
    holidays: { type: 'string' },
    'holiday-types': { type: 'string' },
    now: { type: 'string' },
    format: { type: 'string' },
    out: { type: 'string' },
    'monthly-fee': { type: 'string' },
    'breaches-csv': { type: 'string' },
    currency: { type: 'string' },
    'compare-month': { type: 'string' },
  },
  run(context) {
    const contractParts = ['businessHours', 'support', 'downtime', 'maintenance', 'availability', 'renewal'] as const;
    // Several --contract: the versions of a contract that changed; the month's terms are the version's in force at its end.
    const history = historyOption(context, contractParts);
    const month = monthOption(context, 'month', true) as string;
    if (history !== undefined && stringOption(context, 'month-tz') !== undefined) throw new UsageError("--month-tz: not with several --contract; each version's availability.timeZone measures the month");
    const contract = history === undefined ? contractOption(context, contractParts, true) : termsOf(history, month);
    contractWindows(context, contract, false); // the report lists the windows: a parameter they wait for is needed
    const timeZone = timeZoneOption(context, true) as string;
    const format = choiceOption(context, 'format', ['html', 'md', 'json'] as const, 'html');
    const now = nowOption(context, (text) => fromOption('now', () => parseInstant(text)));
    const notes: string[] = [];
    const lapses: string[] = [];
    const casesName = stringOption(context, 'cases');
    const incidentsName = stringOption(context, 'incidents');
    let support: ServiceReportSupport | ServiceReportSupport[] | undefined;
    // Without support targets in the contract there is no support section to build.
    const withTargets = (history?.versions.map((v) => v.contract) ?? [contract]).some((c) => c.support !== undefined || c.supportPlans !== undefined);
    if (casesName !== undefined && withTargets) {
      const read = supportOfFile(context, casesName, history);
      support = read.support;
      notes.push(...read.notes);
      lapses.push(...read.lapses);
    }
    let incidents: Incident[] | undefined;
    if (incidentsName !== undefined) {
      const read = incidentsOfFile(context, incidentsName);
      incidents = read.incidents;
      notes.push(...read.notes);
      lapses.push(...read.lapses);
    }
    // The month compared against: --compare-month, else the month before, from the same files.
    const compareText = stringOption(context, 'compare-month');
    const compareMonth = compareText === 'none' ? undefined : compareText === undefined ? addMonthsToCivilDate(`${month}-01`, -1).slice(0, 7) : (monthOption(context, 'compare-month', true) as string);
    let compareSupport: ComplianceReport | undefined;
    // Under plans or several --contract the parts are not compared level by level (buildServiceReport says why).
    if (compareMonth !== undefined && support !== undefined && !Array.isArray(support) && casesName !== undefined) {
      const previous = complianceOfFile({ ...context, positionals: [casesName], values: { ...context.values, month: compareMonth } });
      if (previous.counted > 0) compareSupport = previous.report;
    }
    const feeText = stringOption(context, 'monthly-fee');
    let monthlyFee: ServiceReportInput['monthlyFee'];
    if (feeText !== undefined) {
      const terms = contract.availability;
      if (terms === undefined || terms.credits.length === 0) throw new UsageError('--monthly-fee: the contract states no credit tiers, so there is no credit to put in money');
      const currency = (stringOption(context, 'currency') ?? terms.creditTerms?.currency ?? 'USD').toUpperCase();
      monthlyFee = { amountMinor: parseMajorUnits(feeText, minorDigits(currency), '--monthly-fee'), currency };
    }
    const renewalName = stringOption(context, 'renewal');
    const renewal = renewalName === undefined ? undefined : (readJsonOption(context, 'renewal', renewalName) as ServiceReportInput['renewal']);
    const region = stringOption(context, 'region');
    const availabilityTimeZone = stringOption(context, 'month-tz');
    let report;
    try {
      const holidays = contractHolidays(context, contract.businessHours?.holidays);
      const empty = intentionallyEmptyOption(context);
      report = buildServiceReport({ contract: history ?? contract, month, timeZone, now, ...(empty.length === 0 ? {} : { intentionallyEmpty: empty }), ...(availabilityTimeZone === undefined ? {} : { availabilityTimeZone }), ...(holidays === undefined ? {} : { holidays }), ...(support === undefined ? {} : { support }), ...(incidents === undefined ? {} : { incidents }), ...(renewal === undefined ? {} : { renewal }), ...(region === undefined ? {} : { region }), ...(monthlyFee === undefined ? {} : { monthlyFee }), ...(compareMonth === undefined ? {} : { compareMonth }), ...(compareSupport === undefined ? {} : { compareSupport }) });
    } catch (error) {
      if (!isSlaError(error)) throw error;
      const path = String(error.details.path ?? '');
      const option = path.startsWith('input.renewal') ? 'renewal' : path.startsWith('input.compareMonth') ? 'compare-month' : path === 'currency' ? 'currency' : path.startsWith('input.month') ? 'month' : path.startsWith('input.availabilityTimeZone') ? 'month-tz' : path.startsWith('options.region') || path === 'region' ? 'region' : undefined;
      if (option === undefined) throw error;
      throw new UsageError(`--${option}: ${error.message}`);
    }
    // A metric no case's input fed is not measured: said on stderr, as `slakit compliance` says it.
    notes.push(...(report.compliance?.notMeasured ?? []).map(notMeasuredLine));
    const breachesCsv = stringOption(context, 'breaches-csv');
    if (breachesCsv !== undefined) context.writeOutput(breachesCsv, breachesToCsv(report));
    const text = format === 'html' ? serviceReportToHtml(report) : format === 'md' ? serviceReportToMarkdown(report) : `${JSON.stringify(report, null, 2)}\n`;
    const out = stringOption(context, 'out');
    if (out === undefined) return { text: text.trimEnd(), json: report, notes, lapses };
    context.writeOutput(out, text);
    return { text: `wrote ${out} (${format}, ${(text.length / 1024).toFixed(1)} KB)`, json: { out, format, bytes: text.length }, notes, lapses };
  },
};
