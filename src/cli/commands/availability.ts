import { INCIDENT_CAUSES } from '../../availability/incident-causes.js';
import { measureAvailability } from '../../availability/measure-availability.js';
import { serviceCredit } from '../../availability/service-credit.js';
import type { DowntimePolicy, Incident, MeasureAvailabilityInput } from '../../availability/types.js';
import { fail, isSlaError } from '../../core/errors.js';
import { type AvailabilityShard, availabilityReportOf, availabilityShard, incidentInShardRange, mergeAvailabilityShards } from '../../records/availability-shard.js';
import type { MaintenanceSchedule } from '../../maintenance/types.js';
import type { Command, CommandContext } from '../command.js';
import { DataError } from '../data-error.js';
import { fieldProblem, mergeReadTallies, placeOf, type ReadTally, readIncidentFile, readLapses, RECORD_HELP, RECORD_OPTIONS, type Where } from '../record-reader.js';
import { forEachShard, JOBS_HELP, JOBS_OPTION } from '../jobs.js';
import { OrderedFold } from '../ordered-fold.js';
import { formatLocal } from '../local-time.js';
import { CSV_OPTION, DIGITS_HELP, DIGITS_OPTION, digitsOption, fromOption, messageWithoutPath, STRICT_HELP, stringOption, toJson } from '../options.js';
import { maintenanceOption } from '../schedule.js';
import { timeZoneOption } from '../support.js';
import { CONTRACT_HELP, CONTRACT_OPTIONS, contractOption, contractPart } from '../contract-option.js';
import type { ContractAvailability } from '../../contract/types.js';
import { formatPairs, formatPercent, formatTable, type Table } from '../table.js';
import { UsageError } from '../usage-error.js';


const minutes = (value: number): string => Number(value.toFixed(3)).toLocaleString('en-US', { maximumFractionDigits: 3 });

/** Option names for the measurement's fields, for errors that are not about one incident. */
const OPTION_OF: Readonly<Record<string, string>> = { month: 'month', timeZone: 'month-tz', maintenance: 'maintenance', region: 'region', asOf: 'as-of', policy: 'contract' };
const optionOf = (path: string): string => OPTION_OF[path.replace(/^input\./, '').split(/[.[]/)[0] ?? ''] ?? 'month';

/** Incidents measured per shard: a million rows make about 20 shards. */
const BATCH = 50_000;

/**
 * Where each measured incident came from, for errors and `--segments`: its row or item, and its
 * number among the good records (incidents outside the month are not measured). Typed arrays: 8
 * bytes per incident of the month.
 */
interface NumbersData {
  readonly kind: 'row' | 'item';
  readonly rows: Float64Array<ArrayBuffer>;
  readonly ordinals: Float64Array<ArrayBuffer>;
}

class IncidentNumbers {
  private rows = new Float64Array(1024);
  private ordinals = new Float64Array(1024);
  private kind: 'row' | 'item' = 'row';
  count = 0;

  add(where: Where, ordinal: number): void {
    if (this.count === this.rows.length) {
      const grow = (a: Float64Array<ArrayBuffer>): Float64Array<ArrayBuffer> => {
        const b = new Float64Array(a.length * 2);
        b.set(a);
        return b;
      };
      this.rows = grow(this.rows);
      this.ordinals = grow(this.ordinals);
    }
    this.kind = where.kind;
    this.rows[this.count] = where.number;
    this.ordinals[this.count++] = ordinal;
  }

  /** As plain data, to cross threads. */
  data(): NumbersData {
    return { kind: this.kind, rows: this.rows.slice(0, this.count), ordinals: this.ordinals.slice(0, this.count) };
  }

  static from(data: NumbersData): IncidentNumbers {
    const numbers = new IncidentNumbers();
    numbers.kind = data.kind;
    numbers.rows = data.rows.length > 0 ? data.rows.slice() : numbers.rows;
    numbers.ordinals = data.ordinals.length > 0 ? data.ordinals.slice() : numbers.ordinals;
    numbers.count = data.rows.length;
    return numbers;
  }

  /** The good-record number (from 1) of measured incident `index`. */
  ordinal(index: number): number {
    return this.ordinals[index] ?? index + 1;
  }

  /** The row or item of measured incident `index`. */
  where(index: number): Where | undefined {
    return index >= 0 && index < this.count ? { kind: this.kind, number: this.rows[index] as number } : undefined;
  }
}

/** The shard of a batch of incidents; an error about one of them names its row and column. */
function shardOf(input: MeasureAvailabilityInput, numbers: IncidentNumbers, size: number): AvailabilityShard {
  try {
    return availabilityShard(input);
  } catch (error) {
    const index = Number(/incidents\[(\d+)\]/.exec((isSlaError(error) && error.details.path) || '')?.[1] ?? -1);
    const where = index < 0 ? undefined : numbers.where(numbers.count - size + index);
    if (where === undefined) return fromOption(optionOf, () => {
      throw error;
    });
    if (!isSlaError(error)) throw error;
    const path = String(error.details.path).replace(/^(input\.)?incidents\[\d+\]\.?/, '') || 'start';
    // An option problem that this row reveals (scheduled maintenance without windows) is still the option's.
    if (/^(month|timeZone|maintenance|region|asOf|policy)/.test(path)) throw new UsageError(`--${optionOf(path)}: ${placeOf(where, path)}: ${messageWithoutPath(error.message, error.code)}`);
    throw new DataError([fieldProblem(where, error, path)]);
  }
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

/** The contract's downtime policy and availability terms, and the windows of `--maintenance FILE` or the contract. */
function termsOption(context: CommandContext): { name: string; policy: DowntimePolicy; availability: ContractAvailability | undefined; stated: unknown; maintenance: MaintenanceSchedule | undefined; maintenanceFrom: string; notes: string[] } {
  const contract = contractOption(context, ['downtime'], true);
  const name = contract.name ?? (stringOption(context, 'contract') as string);
  const policy = contractPart(contract, contract.downtime, 'downtime policy', 'it cannot tell excusable downtime from unscheduled');
  const notes: string[] = [];
  // The target, the credits and the windows may be parameters the user has not given: the month's
  // figure does not need them, so each is loaded on its own and a missing one is said on stderr.
  const optional = <T>(what: string, load: () => T): T | undefined => {
    try {
      return load();
    } catch (error) {
      if (!(error instanceof UsageError) || !error.message.includes('parameter')) throw error;
      notes.push(`${what} not loaded: ${error.message.split('\n').slice(1).join(' ').trim()}`);
      return undefined;
    }
  };
  const availability = optional('availability target and credits', () => contractOption(context, ['availability'], true).availability);
  const maintenance = optional('maintenance windows', () => maintenanceOption(context, false));
  const file = stringOption(context, 'maintenance');
  const stated = (contract.document as { availability?: { timeZone?: unknown } }).availability?.timeZone;
  return { name, policy, availability, stated, maintenance, maintenanceFrom: file ?? 'the contract', notes };
}

/**
 * The zone whose calendar month is measured: the contract's `availability.timeZone` (UTC when it
 * says nothing), or `--month-tz`, which says explicitly to measure another. `--tz` only shows times.
 */
function measuredZone(context: CommandContext, terms: ContractAvailability | undefined, stated: unknown): string {
  const explicit = stringOption(context, 'month-tz');
  if (explicit !== undefined) return explicit;
  if (terms !== undefined) return terms.timeZone;
  if (stated === undefined) return 'UTC';
  if (typeof stated === 'string') return stated;
  throw new UsageError('--contract: availability.timeZone is a parameter without a value: give it with --param, or --month-tz ZONE');
}

/** The contract's target and the service credit the month earns, as summary lines. */
function targetLines(percent: number | null, terms: ContractAvailability | undefined): [string, string][] {
  if (terms === undefined || percent === null) return [];
  const lines: [string, string][] = [];
  if (terms.target !== null) lines.push(['target', `${terms.target}% — ${percent >= terms.target ? 'met' : 'missed'}`]);
  if (terms.credits.length > 0) {
    const credit = serviceCredit(percent, terms.credits);
    lines.push(['service credit', credit.tier === null ? 'none' : `${credit.creditPercent}% (tier ${credit.tier.atLeast}% to below ${credit.tier.below}%)`]);
  }
  return lines;
}

type Settings = ReturnType<typeof readSettings>;
const settingsOfRun = new WeakMap<CommandContext['values'], Settings>();

/** The options of the run, read once per thread (every chunk's context shares the option values). */
function settingsOf(context: CommandContext): Settings {
  let settings = settingsOfRun.get(context.values);
  if (settings === undefined) settingsOfRun.set(context.values, (settings = readSettings(context)));
  return settings;
}

function readSettings(context: CommandContext) {
  const terms = termsOption(context);
  const { policy, maintenance } = terms;
  const month = stringOption(context, 'month', true);
  const timeZone = measuredZone(context, terms.availability, terms.stated);
  const region = regionOption(context, maintenance);
  const asOf = stringOption(context, 'as-of');
  const base = { month, timeZone, policy, ...(maintenance === undefined ? {} : { maintenance }), ...(region === undefined ? {} : { region }), ...(asOf === undefined ? {} : { asOf }) };
  const empty = measure({ ...base, incidents: [] }); // the options alone, before any row
  // Which incidents can count: the library's rule (the month, widened where the policy needs it).
  const range = availabilityShard({ ...base, incidents: [] });
  return { terms, maintenance, region, base, asOfMs: empty.asOf === null ? null : empty.asOf.getTime(), range };
}

/** What one chunk of the file gives: the mergeable shard of its incidents in the month, their rows, and what reading found. */
interface AvailabilityPart {
  shard: AvailabilityShard;
  numbers: NumbersData;
  /** Good records read. */
  good: number;
  read: ReadTally;
}

/**
 * The incidents of one chunk: each row checked on its own (cheaply); those that touch the month
 * measured in batches whose mergeable shards are combined, so memory does not grow with the file.
 */
function availabilityPart(context: CommandContext): AvailabilityPart {
  const { base, asOfMs, range } = settingsOf(context);
  const numbers = new IncidentNumbers();
  let batch: Incident[] = [];
  const shards = new OrderedFold(mergeAvailabilityShards);
  let empty = true;
  let good = 0;
  const flush = (): void => {
    if (batch.length === 0 && !empty) return;
    shards.push(shardOf({ ...base, incidents: batch }, numbers, batch.length));
    empty = false;
    batch = [];
  };
  const read = readIncidentFile(
    context,
    (incident) => {
      if (incident.end === null && asOfMs === null) return fail('INVALID_INCIDENT', 'end', '', 'means the incident is still going on; give --as-of INSTANT to count it up to then');
      return incident;
    },
    (incident, where) => {
      good++;
      const start = (incident.start as Date).getTime();
      const end = incident.end === null ? (asOfMs as number) : (incident.end as Date).getTime();
      if (incidentInShardRange(range, start, end)) {
        const { id, cause } = incident;
        batch.push(id === undefined ? { start, end, cause } : { id, start, end, cause });
        numbers.add(where, good);
        if (batch.length === BATCH) flush();
      }
    },
  );
  flush();
  return { shard: shards.result() as AvailabilityShard, numbers: numbers.data(), good, read };
}

function mergeParts(a: AvailabilityPart, b: AvailabilityPart): AvailabilityPart {
  const numbers = IncidentNumbers.from(a.numbers);
  const from = IncidentNumbers.from(b.numbers);
  for (let i = 0; i < from.count; i++) numbers.add(from.where(i) as Where, from.ordinal(i) + a.good);
  return { shard: mergeAvailabilityShards(a.shard, b.shard), numbers: numbers.data(), good: a.good + b.good, read: mergeReadTallies(a.read, b.read) };
}

/** `slakit availability`: a month's availability from an incident list, with excusable downtime. */
export const availabilityCommand: Command = {
  name: 'availability',
  summary: 'Monthly availability ((x − y − z) / (x − y)) × 100 from an incident list, under a vendor’s downtime policy',
  usage: 'availability FILE|- --month YYYY-MM --contract NAME|FILE [options]',
  help: [
    'Input: a CSV file (or - for standard input) with a header row, or a JSON array of incidents.',
    'CSV columns (--map reads them from columns of other names):',
    '  id                  the incident id (optional)',
    '  start               when the downtime began: ISO 8601 with Z or an offset, or a local time',
    '                      (2026-06-03 10:00) in the row’s timeZone or --input-tz',
    '  end                 when it ended; empty while it is still going on (then give --as-of)',
    `  cause               one of ${INCIDENT_CAUSES.join(', ')}`,
    '  timeZone            the zone of the row’s local times (optional)',
    '',
    'Options:',
    '  --month YYYY-MM     the calendar month to measure',
    ...CONTRACT_HELP,
    '                      (its downtime policy, maintenance windows, availability target and credits)',
    '  --tz ZONE           show times in this zone (default: the zone of the measured month)',
    '  --month-tz ZONE     measure the calendar month of this zone instead of the contract’s',
    '                      availability.timeZone (UTC when the contract says nothing)',
    '  --maintenance FILE  a maintenance schedule .json file instead of the contract’s windows',
    '  --region NAME       only this region’s windows (e.g. EU); default every window',
    '  --as-of INSTANT     count ongoing incidents (empty end) up to this instant',
    '  --segments          also list every segment of downtime and how it was counted',
    ...RECORD_HELP,
    JOBS_HELP,
    DIGITS_HELP,
    STRICT_HELP,
    '  --csv               print the minutes by cause (or, with --segments, the segments) as CSV',
    '  --json              print the report as JSON',
  ].join('\n'),
  example: 'slakit availability incidents.csv --month 2026-06 --contract uniphore --region EU',
  inputs: 1,
  options: {
    ...CONTRACT_OPTIONS,
    month: { type: 'string' },
    tz: { type: 'string' },
    'month-tz': { type: 'string' },
    maintenance: { type: 'string' },
    region: { type: 'string' },
    'as-of': { type: 'string' },
    segments: { type: 'boolean' },
    ...RECORD_OPTIONS,
    ...JOBS_OPTION,
    ...DIGITS_OPTION,
    ...CSV_OPTION,
  },
  shard: availabilityPart,
  run(context) {
    const { terms, maintenance, region } = settingsOf(context);
    const { name: policyName, availability, maintenanceFrom, notes: termNotes } = terms;
    const digits = digitsOption(context);
    const parts = new OrderedFold(mergeParts);
    forEachShard(context, availabilityPart, (part) => parts.push(part));
    const total = parts.result();
    const { numbers, good, read } = total as AvailabilityPart;
    const { notes: readNotes, lapses } = readLapses(context, read);
    const report = availabilityReportOf((total as AvailabilityPart).shard);
    const numbered = IncidentNumbers.from(numbers);
    if (report.droppedMinutes > 0) lapses.push(`${minutes(report.droppedMinutes)} minutes of downtime not counted: partial minutes, under the policy's rounding`);
    const x = report.totalMinutes;
    // Times are shown in --tz; the month measured stays the contract's.
    const shown = timeZoneOption(context, false) ?? report.timeZone;
    const summary = formatPairs([
      ['month', `${report.month} (${report.timeZone}), ${formatLocal(report.start, shown, false)} to ${formatLocal(report.end, shown, false)}${shown === report.timeZone ? '' : ` (times in ${shown})`}`],
      ['contract', `${policyName}${maintenance === undefined ? '' : `; maintenance windows: ${maintenanceFrom}${region === undefined ? '' : `, region ${region}`}`}`],
      ['x  minutes in the month', minutes(x)],
      ['y  excusable downtime', minutes(report.excusableMinutes)],
      ['z  unscheduled downtime', minutes(report.unscheduledMinutes)],
      ...(report.droppedMinutes > 0 ? [['   not counted (partial minutes)', minutes(report.droppedMinutes)] as [string, string]] : []),
      ['availability', report.percent === null ? 'not measurable: the whole month was excusable (x − y = 0)' : formatPercent(report.percent, digits)],
      ...targetLines(report.percent, availability),
    ]);
    const causes = Object.entries(report.byCause).filter(([, m]) => m.excusableMinutes + m.unscheduledMinutes + m.droppedMinutes > 0);
    const causeTable = {
      columns: [{ title: 'cause' }, { title: 'excusable (y)', align: 'right' as const }, { title: 'unscheduled (z)', align: 'right' as const }],
      rows: causes.map(([cause, m]) => [cause, minutes(m.excusableMinutes), minutes(m.unscheduledMinutes)]),
    };
    let text = `${summary}\n\nMinutes by cause (${good} incidents; overlaps counted once):\n${formatTable(causeTable.columns, causeTable.rows)}`;
    let table: Table = causeTable;
    if (context.values['segments'] === true) {
      table = {
        columns: [{ title: 'incident' }, { title: 'from' }, { title: 'to' }, { title: 'minutes', align: 'right' }, { title: 'counted as' }, { title: 'why' }],
        rows: report.segments.map((s) => [
          s.incidentId ?? `#${numbered.ordinal(s.incidentIndex)}`,
          formatLocal(s.start, shown, false),
          formatLocal(s.end, shown, false),
          minutes((s.end.getTime() - s.start.getTime()) / 60_000),
          !s.counted ? 'not counted' : s.excusable ? 'excusable' : 'unscheduled',
          s.reason,
        ]),
      };
      text += `\n\nSegments of downtime:\n${formatTable(table.columns, table.rows)}`;
    }
    const json = () => ({ policy: policyName, ...report, segments: report.segments.map((s) => ({ ...s, incidentIndex: numbered.ordinal(s.incidentIndex) - 1 })) });
    return { text, json: context.values['json'] === true ? toJson(json()) : null, table, notes: [...termNotes, ...readNotes], lapses };
  },
};

/** `--region`, matched to the schedule's region names without regard to case (`eu` is `EU`). */
function regionOption(context: CommandContext, schedule: MaintenanceSchedule | undefined): string | undefined {
  const region = stringOption(context, 'region');
  if (region === undefined || schedule === undefined) return region;
  return schedule.regions.find((r) => r.toLowerCase() === region.toLowerCase()) ?? region;
}
