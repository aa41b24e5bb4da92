// `slakit availability` with several --contract: the versions of a contract that changed, each
// minute of downtime judged under the version in force at that minute (historyAvailability).
import { describeNotice } from '../availability/describe-notice.js';
import type { CreditIncident, Incident } from '../availability/types.js';
import { historyAvailability } from '../availability/history-availability.js';
import { isSlaError } from '../core/errors.js';
import { parsePeriod } from '../core/period.js';
import type { CommandContext, CommandResult } from './command.js';
import { availabilityTarget } from '../availability/availability-target.js';
import { creditInMoney, minutes, periodOption, regionOption, serviceHoursText, targetLines } from './commands/availability.js';
import { serviceHoursCalendar } from '../contract/service-hours.js';
import { historyOption, versionLabel } from './contract-history.js';
import { DataError } from './data-error.js';
import { formatLocal } from './local-time.js';
import { digitsOption, fromOption, stringOption, toJson } from './options.js';
import { fieldProblem, readIncidentFile, readLapses, type Where } from './record-reader.js';
import { timeZoneOption } from './support.js';
import { formatPairs, formatPercent, formatTable, type Table } from './table.js';
import { UsageError } from './usage-error.js';

/** The availability of the month under the history of several `--contract` flags. */
export function availabilityUnderHistory(context: CommandContext): CommandResult {
  for (const option of ['maintenance', 'maintenance-mode', 'month-tz']) {
    if (context.values[option] !== undefined) throw new UsageError(`--${option}: not with several --contract; each version's own windows and zone apply to its days`);
  }
  const history = historyOption(context, ['downtime', 'maintenance', 'availability']);
  if (history === undefined) throw new UsageError('--contract: give the versions of the contract');
  const last = history.versions[history.versions.length - 1];
  const month = periodOption(context, last?.contract.availability);
  const region = regionOption(context, history.versions.find((v) => v.contract.maintenance !== undefined)?.contract.maintenance);
  const asOf = stringOption(context, 'as-of');
  const asOfMs = asOf === undefined ? null : fromOption('as-of', () => historyAvailability(history, { month, incidents: [], asOf }).asOf?.getTime() ?? null);
  const incidents: Incident[] = [];
  const wheres: Where[] = [];
  const read = readIncidentFile(
    context,
    (incident) => incident,
    (incident, where) => {
      if (incident.end === null && asOfMs === null) throw new DataError([`${where.kind} ${where.number}: end: '' means the incident is still going on; give --as-of INSTANT to count it up to then`]);
      const { id, cause, announcedAt, plannedEnd, environment } = incident;
      const end = incident.end ?? (asOfMs as number);
      incidents.push({ ...(id === undefined ? {} : { id }), start: incident.start, end, cause, ...(announcedAt === undefined ? {} : { announcedAt }), ...(plannedEnd === undefined ? {} : { plannedEnd }), ...(environment === undefined ? {} : { environment }) });
      wheres.push(where);
    },
  );
  const { notes, lapses } = readLapses(context, read);
  let report: ReturnType<typeof historyAvailability>;
  try {
    // Each version's service hours, in the measured zone unless they name their own.
    const zone = last?.contract.availability?.timeZone ?? 'UTC';
    const serviceHoursOf = (contract: (typeof history.versions)[number]['contract']) => fromOption('contract', () => serviceHoursCalendar(contract, zone));
    report = historyAvailability(history, { month, incidents, serviceHoursOf, ...(region === undefined ? {} : { region }), ...(asOf === undefined ? {} : { asOf }) });
  } catch (error) {
    const at = Number(/incidents\[(\d+)\]/.exec((isSlaError(error) && error.details.path) || '')?.[1] ?? -1);
    const where = wheres[at];
    if (!isSlaError(error) || where === undefined) {
      return fromOption(isSlaError(error) && /region/.test(String(error.details.path)) ? 'region' : 'month', () => {
        throw error;
      });
    }
    throw new DataError([fieldProblem(where, error, String(error.details.path).replace(/^(input\.)?incidents\[\d+\]\.?/, '') || 'start')]);
  }
  const digits = digitsOption(context);
  const termsVersion = history.versions[report.termsVersion] as (typeof history.versions)[number];
  const availability = termsVersion.contract.availability;
  // The target and credit judged by the one owner `slakit availability` uses.
  const outcome = availabilityTarget(report.percent, availability);
  const money = creditInMoney(context, report, availability);
  const name = (i: number, id: string | undefined): string => id ?? `#${i + 1}`;
  const incidentName = (c: CreditIncident): string => name(c.incidentIndex, c.incidentId);
  const shown = timeZoneOption(context, false) ?? report.timeZone;
  const x = report.totalMinutes;
  const summary = formatPairs([
    ['month', `${report.month} (${report.timeZone}), ${formatLocal(report.start, shown, false)} to ${formatLocal(report.end, shown, false)}${shown === report.timeZone ? '' : ` (times in ${shown})`}`],
    ['contract', `${history.name ?? '(no name)'}: ${history.versions.length} versions`],
    ...report.versions.map((v): [string, string] => [
      `terms ${versionLabel(history, history.versions[v.version] as (typeof history.versions)[number])}`,
      `${minutes(v.totalMinutes)} minutes of the ${parsePeriod(report.month).kind}; excusable ${minutes(v.excusableMinutes)}, unscheduled ${minutes(v.unscheduledMinutes)}`,
    ]),
    [`x  minutes in the ${parsePeriod(report.month).kind}`, minutes(x)],
    ...(report.outsideServiceHoursMinutes === undefined ? [] : [['service hours', `${serviceHoursOfVersions(history, report.timeZone)}: x, y and z count only these minutes; ${minutes(report.outsideServiceHoursMinutes)} min of downtime outside them not counted`] as [string, string]]),
    ['y  excusable downtime', minutes(report.excusableMinutes)],
    ['z  unscheduled downtime', minutes(report.unscheduledMinutes)],
    ...(report.droppedMinutes > 0 ? [['   not counted (partial minutes)', minutes(report.droppedMinutes)] as [string, string]] : []),
    ['availability', report.percent === null ? 'not measurable: the whole month was excusable (x − y = 0)' : formatPercent(report.percent, digits)],
    ['target and credits', `of the terms ${versionLabel(history, termsVersion)}, in force at the end of the ${parsePeriod(report.month).kind}`],
    ...targetLines(outcome, money, incidentName),
    ...(report.outOfScope === undefined ? [] : [['out of scope', report.outOfScope.length === 0 ? 'none' : `${report.outOfScope.map((o) => `${name(o.incidentIndex, o.incidentId)} (${o.environment})`).join(', ')}: not counted; the SLA applies to ${(availability?.appliesTo?.environment ?? []).join(', ')}`] as [string, string]]),
  ]);
  const causes = Object.entries(report.byCause).filter(([, m]) => m.excusableMinutes + m.unscheduledMinutes + m.droppedMinutes > 0);
  const causeTable: Table = {
    columns: [{ title: 'cause' }, { title: 'excusable (y)', align: 'right' }, { title: 'unscheduled (z)', align: 'right' }],
    rows: causes.map(([cause, m]) => [cause, minutes(m.excusableMinutes), minutes(m.unscheduledMinutes)]),
  };
  let text = `${summary}\n\nMinutes by cause (${incidents.length} incidents; overlaps counted once; each minute under the terms in force then):\n${formatTable(causeTable.columns, causeTable.rows)}`;
  let table = causeTable;
  if (context.values['segments'] === true) {
    const versionOf = (at: Date): string => versionLabel(history, history.versionAt(at));
    table = {
      columns: [{ title: 'incident' }, { title: 'from' }, { title: 'to' }, { title: 'minutes', align: 'right' }, { title: 'counted as' }, { title: 'terms' }, { title: 'why' }],
      rows: report.segments.map((s) => [
        name(s.incidentIndex, s.incidentId),
        formatLocal(s.start, shown, false),
        formatLocal(s.end, shown, false),
        minutes((s.end.getTime() - s.start.getTime()) / 60_000),
        !s.counted ? 'not counted' : s.excusable ? 'excusable' : 'unscheduled',
        versionOf(s.start),
        s.notice === undefined ? s.reason : `${s.reason}: ${describeNotice(s)}`,
      ]),
    };
    text += `\n\nSegments of downtime:\n${formatTable(table.columns, table.rows)}`;
  }
  const credit = money === null ? {} : { credit: { ...money.credit, currency: money.currency, minorDigits: money.digits, monthlyFee: money.fee } };
  const json = { policy: history.name, ...report, ...outcome, ...credit };
  return { text, json: context.values['json'] === true ? toJson(json) : null, table, notes, lapses };
}

/** The versions' service hours in words: one text when they agree, else each version's. */
function serviceHoursOfVersions(history: NonNullable<ReturnType<typeof historyOption>>, zone: string): string {
  const texts = history.versions.map((v) => (v.contract.availability?.serviceHours === undefined ? 'all hours' : serviceHoursText(v.contract.availability, zone)));
  if (texts.every((t) => t === texts[0])) return texts[0] as string;
  return history.versions.map((v, i) => `terms ${versionLabel(history, v)}: ${texts[i] as string}`).join('; ');
}
