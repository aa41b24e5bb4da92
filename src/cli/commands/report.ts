import type { Incident } from '../../availability/types.js';
import type { CaseInput } from '../../cases/types.js';
import { isValidTimeZone } from '../../core/time-zone.js';
import { isSlaError, SlaError } from '../../core/errors.js';
import { parseInstant } from '../../core/instant.js';
import { readCases } from '../../records/read-cases.js';
import { readIncidents } from '../../records/read-incidents.js';
import type { Row } from '../../records/types.js';
import { buildServiceReport } from '../../report/build-service-report.js';
import { serviceReportToHtml } from '../../report/service-report-html.js';
import { serviceReportToMarkdown } from '../../report/service-report-markdown.js';
import type { ServiceReportInput } from '../../report/types.js';
import type { Command, CommandContext } from '../command.js';
import { guide } from '../guide.js';
import { CONTRACT_HELP, CONTRACT_OPTIONS, contractOption } from '../contract-option.js';
import { DataError } from '../data-error.js';
import { readRecords } from '../input.js';
import { severityLabels } from '../record-reader.js';
import { choiceOption, fromOption, readJsonOption, stringOption } from '../options.js';
import { timeZoneOption } from '../support.js';
import { contractHolidays, HOLIDAYS_HELP } from '../holidays.js';
import { UsageError } from '../usage-error.js';

/** The rows of a CSV or JSON file named by an option. */
function rowsOf(context: CommandContext, option: string): { rows: Row[]; name: string } | undefined {
  const name = stringOption(context, option);
  if (name === undefined) return undefined;
  const records = readRecords(context, name);
  return { rows: Array.from(records.records, (r) => r.value as Row), name };
}

/** Every row of a reader, or a DataError naming the file, row and column of each bad one. */
function readAll<T>(reader: Iterable<T> & { summary: { errors: readonly SlaError[] } }, name: string): T[] {
  const items = [...reader];
  if (reader.summary.errors.length > 0) throw new DataError(reader.summary.errors.map((e) => `${name}: ${e.message.replace('give the zone of local times (the timeZone option or column)', 'give --input-tz ZONE or a timeZone column').replace(/\(localTimesIn: 'timeZone' or 'row'\)/, '(--local-times-in input-tz or row)').replace('the timeZone option', '--input-tz')}`));
  return items;
}

/** `slakit report`: the monthly service report a manager sends, as HTML, Markdown or JSON. */
export const reportCommand: Command = {
  name: 'report',
  summary: 'The monthly service report: availability, support compliance with breaches explained, maintenance, renewal',
  usage: 'report --contract NAME|FILE --month YYYY-MM --tz ZONE [--cases FILE] [--incidents FILE] [--renewal FILE] [--out FILE] [options]',
  help: [
    'Options:',
    ...CONTRACT_HELP,
    '  --month YYYY-MM       the service month',
    '  --tz ZONE             the customer’s IANA zone: the month, business hours and windows are shown in it',
    '  --cases FILE          the support cases (CSV or JSON; the columns of `slakit cases`); cases opened in',
    '                        the month are reported; severities may be the contract’s labels and aliases',
    '  --incidents FILE      the outages (CSV or JSON; the columns of `slakit availability`)',
    '  --input-tz ZONE       the zone of local times written without an offset in the two files',
    '  --local-times-in W    input-tz or row: the zone of a row’s local times when --input-tz and its',
    '                        timeZone column differ (without it such a row is refused)',
    '  --renewal FILE        JSON { feeMinor, start, cpi: [rate per renewal], currency? }',
    '  --region NAME         the maintenance region whose windows count and are listed',
    ...HOLIDAYS_HELP,
    '  --now INSTANT         judge open cases and list windows from this instant (default: now)',
    '  --format html|md|json the output (default html): one self-contained page, Markdown tables, or the data',
    '  --out FILE            write the report to FILE instead of standard output',
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
    'input-tz': { type: 'string' },
    'local-times-in': { type: 'string' },
    renewal: { type: 'string' },
    region: { type: 'string' },
    holidays: { type: 'string' },
    'holiday-types': { type: 'string' },
    now: { type: 'string' },
    format: { type: 'string' },
    out: { type: 'string' },
  },
  run(context) {
    const contract = contractOption(context, ['businessHours', 'support', 'downtime', 'maintenance', 'availability', 'renewal'], true);
    const month = stringOption(context, 'month', true);
    const timeZone = timeZoneOption(context, true) as string;
    const format = choiceOption(context, 'format', ['html', 'md', 'json'] as const, 'html');
    const nowText = stringOption(context, 'now');
    const now = nowText === undefined ? new Date() : fromOption('now', () => parseInstant(nowText));
    const caseFile = rowsOf(context, 'cases');
    const incidentFile = rowsOf(context, 'incidents');
    // Local times without an offset are read in --input-tz (never guessed from --tz).
    const inputZone = stringOption(context, 'input-tz');
    if (inputZone !== undefined && !isValidTimeZone(inputZone)) throw new UsageError(`--input-tz: INVALID_TIME_ZONE: '${inputZone}' is not an IANA time zone such as America/New_York`);
    const which = stringOption(context, 'local-times-in') === undefined ? undefined : choiceOption(context, 'local-times-in', ['input-tz', 'row'] as const);
    const local = { ...(inputZone === undefined ? {} : { timeZone: inputZone }), ...(which === undefined ? {} : { localTimesIn: which === 'row' ? ('row' as const) : ('timeZone' as const) }) };
    const cases: CaseInput[] | undefined = caseFile === undefined ? undefined : readAll(readCases(caseFile.rows, { ...local, severities: severityLabels(contract), onError: 'skip', firstRow: 2 }), caseFile.name);
    const incidents: Incident[] | undefined = incidentFile === undefined ? undefined : readAll(readIncidents(incidentFile.rows, { ...local, onError: 'skip', firstRow: 2 }), incidentFile.name);
    const renewalName = stringOption(context, 'renewal');
    const renewal = renewalName === undefined ? undefined : (readJsonOption(context, 'renewal', renewalName) as ServiceReportInput['renewal']);
    const region = stringOption(context, 'region');
    let report;
    try {
      const holidays = contractHolidays(context, contract.businessHours?.holidays);
      report = buildServiceReport({ contract, month, timeZone, now, ...(holidays === undefined ? {} : { holidays }), ...(cases === undefined ? {} : { cases }), ...(incidents === undefined ? {} : { incidents }), ...(renewal === undefined ? {} : { renewal }), ...(region === undefined ? {} : { region }) });
    } catch (error) {
      if (!isSlaError(error)) throw error;
      const path = String(error.details.path ?? '');
      const option = path.startsWith('input.renewal') ? 'renewal' : path.startsWith('input.month') ? 'month' : path.startsWith('options.region') || path === 'region' ? 'region' : undefined;
      if (option === undefined) throw error;
      throw new UsageError(`--${option}: ${error.message}`);
    }
    const text = format === 'html' ? serviceReportToHtml(report) : format === 'md' ? serviceReportToMarkdown(report) : `${JSON.stringify(report, null, 2)}\n`;
    const out = stringOption(context, 'out');
    if (out === undefined) return { text: text.trimEnd(), json: report };
    context.writeOutput(out, text);
    return { text: `wrote ${out} (${format}, ${(text.length / 1024).toFixed(1)} KB)`, json: { out, format, bytes: text.length } };
  },
};
