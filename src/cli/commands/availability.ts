import { INCIDENT_CAUSES } from '../../availability/incident-causes.js';
import { measureAvailability } from '../../availability/measure-availability.js';
import type { DowntimePolicy, Incident, MeasureAvailabilityInput } from '../../availability/types.js';
import { isSlaError } from '../../core/errors.js';
import type { MaintenanceSchedule } from '../../maintenance/types.js';
import { niceCloudDowntimePolicy, uniphoreDowntimePolicy } from '../../presets/downtime-policies.js';
import type { Command, CommandContext } from '../command.js';
import { DataError } from '../data-error.js';
import { convertRecords, describeProblem, type InputRecord, readRecords, requireColumns, unreadColumns } from '../input.js';
import { formatLocal } from '../local-time.js';
import { fromOption, readJsonOption, stringOption, toJson } from '../options.js';
import { scheduleOption } from '../schedule.js';
import { formatPairs, formatTable } from '../table.js';
import { UsageError } from '../usage-error.js';

const INCIDENT_COLUMNS = ['id', 'start', 'end', 'cause'];
const POLICIES: Readonly<Record<string, { policy: DowntimePolicy; source: string; maintenance?: string }>> = {
  'nice-cloud': { policy: niceCloudDowntimePolicy, source: 'NiCE Cloud Services SLA §7' },
  uniphore: { policy: uniphoreDowntimePolicy, source: 'Uniphore SLA, SLA Exclusions', maintenance: 'uniphore' },
};

const minutes = (value: number): string => Number(value.toFixed(3)).toLocaleString('en-US', { maximumFractionDigits: 3 });

/** Option names for the measurement's fields, for errors that are not about one incident. */
const OPTION_OF: Readonly<Record<string, string>> = { month: 'month', timeZone: 'tz', maintenance: 'maintenance', region: 'region', asOf: 'as-of', policy: 'policy' };
const optionOf = (path: string): string => OPTION_OF[path.replace(/^input\./, '').split(/[.[]/)[0] ?? ''] ?? 'month';

function incidentFromRow(record: InputRecord, csv: boolean): Incident {
  if (!csv) return record.value as Incident;
  const cells = record.value as Readonly<Record<string, string>>;
  const id = cells['id'];
  return { ...(id !== undefined && id !== '' ? { id } : {}), start: cells['start'] ?? '', end: cells['end'] === '' ? null : (cells['end'] ?? ''), cause: cells['cause'] as Incident['cause'] };
}

/** Measures with the given incidents; errors about an incident stay SlaErrors, others become usage errors. */
function measure(input: MeasureAvailabilityInput): ReturnType<typeof measureAvailability> {
  try {
    return measureAvailability(input);
  } catch (error) {
    if (isSlaError(error) && /^(input\.)?incidents\[/.test(error.details.path ?? '')) throw error;
    return fromOption(optionOf, () => {
      throw error;
    });
  }
}

function policyOption(context: CommandContext): { name: string; policy: DowntimePolicy; source: string; maintenance?: string } {
  const name = stringOption(context, 'policy', true);
  const preset = POLICIES[name];
  if (preset !== undefined) return { name, ...preset };
  if (!name.toLowerCase().endsWith('.json')) throw new UsageError(`--policy: '${name}' is not nice-cloud, uniphore or a .json file of a DowntimePolicy`);
  return { name, policy: readJsonOption(context, 'policy', name) as DowntimePolicy, source: name };
}

/** `slakit availability`: a month's availability from an incident list, with excusable downtime. */
export const availabilityCommand: Command = {
  name: 'availability',
  summary: 'Monthly availability ((x − y − z) / (x − y)) × 100 from an incident list, under a vendor’s downtime policy',
  usage: 'availability FILE|- --month YYYY-MM --policy nice-cloud|uniphore|FILE.json [options]',
  help: [
    'Input: a CSV file (or - for standard input) with a header row, or a JSON array of incidents.',
    'CSV columns:',
    '  id                  the incident id (optional)',
    '  start               when the downtime began: ISO 8601 with Z or an offset',
    '  end                 when it ended; empty while it is still going on (then give --as-of)',
    `  cause               one of ${INCIDENT_CAUSES.join(', ')}`,
    '',
    'Options:',
    '  --month YYYY-MM     the calendar month to measure',
    '  --policy NAME       nice-cloud (NCS §7), uniphore (UNI SLA Exclusions), or a DowntimePolicy .json file',
    '  --tz ZONE           the zone whose calendar month is measured (default UTC)',
    '  --maintenance SPEC  the maintenance windows that excuse scheduled maintenance: uniphore, or a',
    '                      maintenance schedule .json file (default: uniphore for --policy uniphore)',
    '  --region NAME       only this region’s windows (e.g. EU); default every window',
    '  --as-of INSTANT     count ongoing incidents (empty end) up to this instant',
    '  --segments          also list every segment of downtime and how it was counted',
    '  --skip-bad-rows     leave out incidents with bad data (listed on stderr) instead of stopping',
    '  --json              print the report as JSON',
  ].join('\n'),
  example: 'slakit availability incidents.csv --month 2026-06 --policy uniphore --region EU',
  inputs: 1,
  options: {
    month: { type: 'string' },
    policy: { type: 'string' },
    tz: { type: 'string' },
    maintenance: { type: 'string' },
    region: { type: 'string' },
    'as-of': { type: 'string' },
    segments: { type: 'boolean' },
    'skip-bad-rows': { type: 'boolean' },
  },
  run(context) {
    const { name: policyName, policy, source, maintenance: defaultMaintenance } = policyOption(context);
    const month = stringOption(context, 'month', true);
    const timeZone = stringOption(context, 'tz') ?? 'UTC';
    const maintenanceName = stringOption(context, 'maintenance') ?? defaultMaintenance;
    const maintenance: MaintenanceSchedule | undefined = maintenanceName === undefined ? undefined : scheduleOption(context, 'maintenance', maintenanceName);
    const region = stringOption(context, 'region');
    const asOf = stringOption(context, 'as-of');
    const base = { month, timeZone, policy, ...(maintenance === undefined ? {} : { maintenance }), ...(region === undefined ? {} : { region }), ...(asOf === undefined ? {} : { asOf }) };
    measure({ ...base, incidents: [] }); // the options alone, before any row

    const file = context.positionals[0] as string;
    const input = readRecords(context.readInput(file), file);
    requireColumns(input, ['start', 'end', 'cause']);
    const csv = input.format === 'csv';
    const columnOf = (path: string): string => path.replace(/^(input\.)?incidents\[\d+\]\.?/, '') || 'start';
    const { items, notes } = convertRecords(
      input,
      (record) => {
        const incident = incidentFromRow(record, csv);
        try {
          measure({ ...base, incidents: [incident] });
        } catch (error) {
          // An option problem that this row reveals (scheduled maintenance without windows): name the row.
          if (!(error instanceof UsageError)) throw error;
          throw new UsageError(error.message.replace('incidents[0]', `${record.where.kind} ${record.where.number}`));
        }
        return incident;
      },
      columnOf,
      context.values['skip-bad-rows'] === true,
    );
    let report: ReturnType<typeof measureAvailability>;
    try {
      report = measure({ ...base, incidents: items.map((i) => i.item) });
    } catch (error) {
      const index = Number(/incidents\[(\d+)\]/.exec((isSlaError(error) && error.details.path) || '')?.[1] ?? -1);
      const record = items[index]?.record;
      if (record === undefined) throw error;
      throw new DataError([describeProblem(record, error, columnOf)]);
    }
    const x = report.totalMinutes;
    const summary = formatPairs([
      ['month', `${report.month} (${report.timeZone}), ${formatLocal(report.start, report.timeZone, false)} to ${formatLocal(report.end, report.timeZone, false)}`],
      ['policy', `${policyName} (${source})${maintenanceName === undefined ? '' : `; maintenance windows: ${maintenanceName}${region === undefined ? '' : `, region ${region}`}`}`],
      ['x  minutes in the month', minutes(x)],
      ['y  excusable downtime', minutes(report.excusableMinutes)],
      ['z  unscheduled downtime', minutes(report.unscheduledMinutes)],
      ...(report.droppedMinutes > 0 ? [['   not counted (partial minutes)', minutes(report.droppedMinutes)] as [string, string]] : []),
      ['availability', report.percent === null ? 'not measurable: the whole month was excusable (x − y = 0)' : `${report.percent}%`],
    ]);
    const causes = Object.entries(report.byCause).filter(([, m]) => m.excusableMinutes + m.unscheduledMinutes + m.droppedMinutes > 0);
    const byCause = formatTable(
      [{ title: 'cause' }, { title: 'excusable (y)', align: 'right' }, { title: 'unscheduled (z)', align: 'right' }],
      causes.map(([cause, m]) => [cause, minutes(m.excusableMinutes), minutes(m.unscheduledMinutes)]),
    );
    let text = `${summary}\n\nMinutes by cause (${items.length} incidents; overlaps counted once):\n${byCause}`;
    if (context.values['segments'] === true) {
      const segments = formatTable(
        [{ title: 'incident' }, { title: 'from' }, { title: 'to' }, { title: 'minutes', align: 'right' }, { title: 'counted as' }, { title: 'why' }],
        report.segments.map((s) => [
          s.incidentId ?? `#${s.incidentIndex + 1}`,
          formatLocal(s.start, report.timeZone, false),
          formatLocal(s.end, report.timeZone, false),
          minutes((s.end.getTime() - s.start.getTime()) / 60_000),
          !s.counted ? 'not counted' : s.excusable ? 'excusable' : 'unscheduled',
          s.reason,
        ]),
      );
      text += `\n\nSegments of downtime:\n${segments}`;
    }
    return { text, json: toJson({ policy: policyName, ...report }), notes: [...unreadColumns(input, INCIDENT_COLUMNS), ...notes] };
  },
};
