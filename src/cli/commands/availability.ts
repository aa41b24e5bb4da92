import { describeNotice } from '../../availability/describe-notice.js';
import { INCIDENT_CAUSES } from '../../availability/incident-causes.js';
import { measureAvailability } from '../../availability/measure-availability.js';
import { availabilityTarget } from '../../availability/availability-target.js';
import { serviceCreditAmount } from '../../availability/credit-amount.js';
import type { AvailabilityReport, AvailabilityScope, AvailabilityTargetOutcome, CreditAmount, CreditIncident, DowntimePolicy, Incident, MeasureAvailabilityInput } from '../../availability/types.js';
import { creditTermsOf } from '../../contract/credit-terms.js';
import { parsePeriod } from '../../core/period.js';
import { formatMajorUnits, minorDigits, parseMajorUnits } from '../money.js';
import { fail, isSlaError } from '../../core/errors.js';
import { type AvailabilityShard, availabilityReportOf, availabilityShard, incidentInShardRange, mergeAvailabilityShards } from '../../records/availability-shard.js';
import type { MaintenanceSchedule } from '../../maintenance/types.js';
import type { Command, CommandContext } from '../command.js';
import { DataError } from '../data-error.js';
import { CAUSE_HELP, CAUSE_OPTIONS } from '../cause-option.js';
import { fieldProblem, FROM_HELP, INCIDENT_RECORD_OPTIONS, mergeReadTallies, placeOf, type ReadTally, readIncidentFile, readLapses, RECORD_HELP, type Where } from '../record-reader.js';
import { forEachShard, JOBS_HELP, JOBS_OPTION } from '../jobs.js';
import { OrderedFold } from '../ordered-fold.js';
import { formatLocal } from '../local-time.js';
import { CSV_OPTION, DIGITS_HELP, DIGITS_OPTION, digitsOption, fromOption, messageWithoutPath, STRICT_HELP, stringOption, toJson } from '../options.js';
import { maintenanceOption } from '../schedule.js';
import { timeZoneOption } from '../support.js';
import { CONTRACT_HELP, CONTRACT_OPTIONS, contractDocument, contractOption, contractPart } from '../contract-option.js';
import type { ContractAvailability, ContractDocument } from '../../contract/types.js';
import { formatPairs, formatPercent, formatTable, type Table } from '../table.js';
import { UsageError } from '../usage-error.js';
import { borrowedFormulaNote } from '../../report/formula-note.js';
import { serviceHoursCalendar } from '../../contract/service-hours.js';
import type { Calendar } from '../../calendar/types.js';
import { plural } from '../../report/format.js';
import { isHistoryRun } from '../contract-history.js';
import { availabilityUnderHistory } from '../availability-history.js';


export const minutes = (value: number): string => Number(value.toFixed(3)).toLocaleString('en-US', { maximumFractionDigits: 3 });

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
function shardOf(input: MeasureAvailabilityInput, numbers: IncidentNumbers, size: number, windowsMissing?: string): AvailabilityShard {
  try {
    return availabilityShard(input);
  } catch (error) {
    // Windows the contract leaves to parameters: name them, not the absent schedule.
    if (windowsMissing !== undefined && isSlaError(error) && /^(input\.)?maintenance$/.test(error.details.path ?? '')) {
      throw new UsageError(`${messageWithoutPath(error.message, error.code).replace(/^undefined is missing: /, '')}; the contract's maintenance windows ${windowsMissing}`);
    }
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
function termsOption(context: CommandContext): { name: string; policy: DowntimePolicy; availability: ContractAvailability | undefined; appliesTo: AvailabilityScope | undefined; stated: unknown; maintenance: MaintenanceSchedule | undefined; maintenanceFrom: string; notes: string[]; windowsMissing: string | undefined; borrowedFormula: string | null } {
  const contract = contractOption(context, ['downtime'], true);
  const name = contract.name ?? (stringOption(context, 'contract') as string);
  const policy = contractPart(contract, contract.downtime, 'downtime policy', 'it cannot tell excusable downtime from unscheduled');
  const notes: string[] = [];
  let windowsMissing: string | undefined;
  // The target, the credits and the windows may be parameters the user has not given: the month's
  // figure does not need them, so each is loaded on its own and a missing one is said on stderr.
  const optional = <T>(what: string, load: () => T): T | undefined => {
    try {
      return load();
    } catch (error) {
      if (!(error instanceof UsageError) || !error.message.includes('parameter')) throw error;
      // The parameters (one a line) and the line that says how to give them, as sentences.
      const [, ...named] = error.message.split('\n');
      const give = named.pop() ?? '';
      const detail = `${named.map((line) => line.trim()).join('; ')}. ${give}`;
      notes.push(`${what} not loaded: ${detail}`);
      if (what === 'maintenance windows') windowsMissing = `need parameters: ${detail}`;
      return undefined;
    }
  };
  const availability = optional('availability target and credits', () => contractOption(context, ['availability'], true).availability);
  const maintenance = optional('maintenance windows', () => maintenanceOption(context, false));
  const file = stringOption(context, 'maintenance');
  const document = contractDocument(context, stringOption(context, 'contract') as string).document as ContractDocument;
  const stated = document.availability?.timeZone;
  // The scope counts even when the target or credits wait for parameters: never measure more than the SLA covers.
  const declared = document.availability?.appliesTo?.environment;
  const appliesTo = availability?.appliesTo ?? (Array.isArray(declared) && declared.every((e) => typeof e === 'string') ? { environment: [...declared] } : undefined);
  return { name, policy, availability, appliesTo, stated, maintenance, maintenanceFrom: file === undefined ? 'the contract' : stringOption(context, 'maintenance-mode') === 'add' ? `the contract and ${file}` : file, notes, windowsMissing, borrowedFormula: borrowedFormulaNote(document, policy) };
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
export function targetLines({ target, met, creditPercent, creditTier }: AvailabilityTargetOutcome, money: CreditInMoney | null, name: (c: CreditIncident) => string): [string, string][] {
  const lines: [string, string][] = [];
  if (target !== null && met !== null) lines.push(['target', `${target}% — ${met ? 'met' : 'missed'}`]);
  if (creditPercent !== null) lines.push(['service credit', creditTier === null ? 'none' : `${creditPercent}% (tier ${creditTier.atLeast}% to below ${creditTier.below}%)`]);
  if (money !== null && money.credit.creditPercent > 0) {
    const { credit, currency, digits, fee } = money;
    const cash = (minor: number | bigint): string => `${currency} ${formatMajorUnits(minor, digits)}`;
    const how = credit.capped ? `${credit.appliedPercent}% of ${cash(fee)}: the ${credit.creditPercent}% tier, capped at ${credit.appliedPercent}%` : `${credit.appliedPercent}% of ${cash(fee)}`;
    const minimum = money.minimum;
    lines.push(['credit amount', credit.belowMinimum ? `none: ${how} is below the minimum of ${cash(minimum ?? 0)}` : `${cash(credit.amount)} (${how})`]);
    if (credit.claimBy !== null) lines.push(['claim by', credit.claimBy]);
    lines.push(['earned by', credit.incidents.map((c) => `${name(c)} (${minutes(c.unscheduledMinutes)} min)`).join(', ')]);
  }
  return lines;
}

/** The month's credit in money (`--monthly-fee`), with the currency it is written in. */
interface CreditInMoney {
  credit: CreditAmount;
  currency: string;
  digits: number;
  fee: number | bigint;
  minimum: number | bigint | undefined;
}

/** The credit of `--monthly-fee AMOUNT` under the contract's tiers and credit terms, or null without the option. */
export function creditInMoney(context: CommandContext, report: AvailabilityReport, terms: ContractAvailability | undefined): CreditInMoney | null {
  const feeText = stringOption(context, 'monthly-fee');
  if (feeText === undefined) return null;
  if (terms === undefined || terms.credits.length === 0) throw new UsageError('--monthly-fee: the contract states no credit tiers, so there is no credit to put in money');
  const currency = (stringOption(context, 'currency') ?? terms.creditTerms?.currency ?? 'USD').toUpperCase();
  const digits = minorDigits(currency);
  const fee = parseMajorUnits(feeText, digits, '--monthly-fee');
  const creditTerms = fromOption('currency', () => creditTermsOf(terms, currency));
  if (report.percent === null) return null;
  return { credit: serviceCreditAmount(report, { monthlyFee: fee, tiers: terms.credits, terms: creditTerms }), currency, digits, fee, minimum: creditTerms.minimumAmount };
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
  const month = periodOption(context, terms.availability);
  const timeZone = measuredZone(context, terms.availability, terms.stated);
  const region = regionOption(context, maintenance);
  // A region's windows are asked for: the parameters they wait for are needed now.
  if (region !== undefined && maintenance === undefined && terms.windowsMissing !== undefined) throw new UsageError(`--region ${region}: the contract's maintenance windows ${terms.windowsMissing}`);
  const asOf = stringOption(context, 'as-of');
  const appliesTo = terms.appliesTo;
  const serviceHours = serviceHoursOption(context, terms.availability, timeZone);
  const environment = stringOption(context, 'environment');
  if (environment !== undefined && appliesTo === undefined) throw new UsageError("--environment: the contract's availability applies to every environment (it states no availability.appliesTo), so there is nothing to scope");
  if (environment !== undefined && environment.trim() === '') throw new UsageError('--environment: an environment name is required (production, staging, …)');
  const base = { month, timeZone, policy, ...(maintenance === undefined ? {} : { maintenance }), ...(region === undefined ? {} : { region }), ...(asOf === undefined ? {} : { asOf }), ...(appliesTo === undefined ? {} : { appliesTo }), ...(serviceHours === undefined ? {} : { serviceHours }) };
  const empty = measure({ ...base, incidents: [] }); // the options alone, before any row
  // Which incidents can count: the library's rule (the month, widened where the policy needs it).
  const range = availabilityShard({ ...base, incidents: [] });
  return { terms, maintenance, region, base, environment, asOfMs: empty.asOf === null ? null : empty.asOf.getTime(), range };
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
  const { base, asOfMs, range, terms, environment } = settingsOf(context);
  const scope = terms.appliesTo?.environment;
  const numbers = new IncidentNumbers();
  let batch: Incident[] = [];
  const shards = new OrderedFold(mergeAvailabilityShards);
  let empty = true;
  let good = 0;
  const flush = (): void => {
    if (batch.length === 0 && !empty) return;
    shards.push(shardOf({ ...base, incidents: batch }, numbers, batch.length, terms.windowsMissing));
    empty = false;
    batch = [];
  };
  const read = readIncidentFile(
    context,
    (incident, where) => {
      if (incident.end === null && asOfMs === null) return fail('INVALID_INCIDENT', 'end', '', 'means the incident is still going on; give --as-of INSTANT to count it up to then');
      // A scoped SLA never guesses where an incident happened: the row says, or --environment does.
      if (scope !== undefined && (incident.environment === undefined || incident.environment.trim() === '')) {
        if (environment === undefined) {
          // Said once for the file, not once per row: usually the whole column is missing.
          const named = incident.id === undefined ? '' : ` (incident '${incident.id}')`;
          throw new UsageError(`--environment is required: ${where.kind} ${where.number}${named} names no environment, and the contract's availability applies to ${scope.join(', ')} only (availability.appliesTo); add an environment column, or give --environment NAME, the environment of every incident whose ${where.kind} names none`);
        }
        return { ...incident, environment };
      }
      return incident;
    },
    (incident, where) => {
      good++;
      const start = (incident.start as Date).getTime();
      const end = incident.end === null ? (asOfMs as number) : (incident.end as Date).getTime();
      if (incidentInShardRange(range, start, end)) {
        const { id, cause, announcedAt, plannedEnd, environment } = incident;
        const measured: Incident = id === undefined ? { start, end, cause } : { id, start, end, cause };
        batch.push(
          announcedAt === undefined && plannedEnd === undefined && environment === undefined
            ? measured
            : { ...measured, ...(announcedAt === undefined ? {} : { announcedAt }), ...(plannedEnd === undefined ? {} : { plannedEnd }), ...(environment === undefined ? {} : { environment }) },
        );
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
    `  cause               one of ${INCIDENT_CAUSES.join(', ')}, or a text of --cause/--causes`,
    '  timeZone            the zone of the row’s local times (optional)',
    '  announcedAt         when the work was announced (optional; a notice rule of the contract reads it)',
    '  plannedEnd          the announced end of the work (optional; the excuse may end there)',
    '  environment         where it happened (production, staging, …); needed when the contract’s',
    '                      availability applies to some environments only (availability.appliesTo)',
    '                      (NiCE Cloud: production); a row without one is refused unless --environment',
    '                      says where the file’s incidents happened',
    '',
    'Options:',
    '  --month YYYY-MM     the calendar month to measure',
    '  --period PERIOD     the period to measure when the contract’s availability.period is a',
    '                      quarter (2026-Q4) or a year (2026); a month works too',
    ...CONTRACT_HELP,
    '                      (its downtime policy, maintenance windows, availability target and credits);',
    '                      repeat it for the versions of a contract that changed (effective dates): each',
    '                      minute is judged under the version in force then',
    '  --tz ZONE           show times in this zone (default: the zone of the measured month)',
    '  --month-tz ZONE     measure the calendar month of this zone instead of the contract’s',
    '                      availability.timeZone (UTC when the contract says nothing)',
    '  --maintenance FILE  a maintenance schedule .json file; where the contract has windows of its own,',
    '                      --maintenance-mode add (both) or replace (the file’s only) says which count',
    '  --region NAME       only this region’s windows (e.g. EU); required when the windows are',
    '                      regional and an incident is scheduled maintenance',
    '  --as-of INSTANT     count ongoing incidents (empty end) up to this instant',
    '  --environment NAME  the environment of the incidents whose row names none (the file has no',
    '                      environment column, or a cell is empty); only for a contract whose',
    '                      availability applies to some environments (availability.appliesTo)',
    '  --segments          also list every segment of downtime and how it was counted',
    '  --monthly-fee AMOUNT  the fee the credit is a share of (4000.00): the credit in money, capped',
    '                      and with the minimum of the contract’s credit terms, the date to claim it by,',
    '                      and the incidents that earned it',
    '  --currency CODE     ISO 4217 code of the fee (default: the credit terms’, else USD)',
    ...CAUSE_HELP,
    ...RECORD_HELP.filter((line) => !FROM_HELP.includes(line)),
    JOBS_HELP,
    DIGITS_HELP,
    STRICT_HELP,
    '  --csv               print the minutes by cause (or, with --segments, the segments) as CSV',
    '  --json              print the report as JSON',
  ].join('\n'),
  example: 'slakit availability incidents.csv --month 2026-06 --contract uniphore --param maintenance.dataCenterTimeZone=America/Chicago --region EU',
  inputs: 1,
  options: {
    ...CONTRACT_OPTIONS,
    month: { type: 'string' },
    period: { type: 'string' },
    tz: { type: 'string' },
    'month-tz': { type: 'string' },
    maintenance: { type: 'string' },
    'maintenance-mode': { type: 'string' },
    region: { type: 'string' },
    'as-of': { type: 'string' },
    environment: { type: 'string' },
    segments: { type: 'boolean' },
    'monthly-fee': { type: 'string' },
    currency: { type: 'string' },
    ...CAUSE_OPTIONS,
    ...INCIDENT_RECORD_OPTIONS,
    ...JOBS_OPTION,
    ...DIGITS_OPTION,
    ...CSV_OPTION,
  },
  shard: availabilityPart,
  run(context) {
    // Several --contract: the versions of a contract that changed in the month (availability-history.ts).
    if (isHistoryRun(context)) return availabilityUnderHistory(context);
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
    const money = creditInMoney(context, report, availability);
    const incidentName = (c: CreditIncident): string => c.incidentId ?? `#${numbered.ordinal(c.incidentIndex)}`;
    // The judgement of the library's one owner, which the service report shows too.
    const outcome = availabilityTarget(report.percent, availability);
    // Times are shown in --tz; the month measured stays the contract's.
    const shown = timeZoneOption(context, false) ?? report.timeZone;
    const summary = formatPairs([
      ['month', `${report.month} (${report.timeZone}), ${formatLocal(report.start, shown, false)} to ${formatLocal(report.end, shown, false)}${shown === report.timeZone ? '' : ` (times in ${shown})`}`],
      ['contract', `${policyName}${maintenance === undefined ? '' : `; maintenance windows: ${maintenanceFrom}${region === undefined ? '' : `, region ${region}`}`}`],
      [`x  minutes in the ${parsePeriod(report.month).kind}`, `${minutes(x)}${terms.policy.monthMinutes === 'days' ? ` (24 × 60 × ${x / 1440} days)` : ''}`],
      ...(availability?.serviceHours === undefined || report.outsideServiceHoursMinutes === undefined
        ? []
        : [['service hours', `${serviceHoursText(availability, report.timeZone)}: x, y and z count only these minutes; ${minutes(report.outsideServiceHoursMinutes)} min of downtime outside them not counted`] as [string, string]]),
      ['y  excusable downtime', minutes(report.excusableMinutes)],
      ['z  unscheduled downtime', minutes(report.unscheduledMinutes)],
      ...(report.droppedMinutes > 0 ? [['   not counted (partial minutes)', minutes(report.droppedMinutes)] as [string, string]] : []),
      ['availability', report.percent === null ? 'not measurable: the whole month was excusable (x − y = 0)' : formatPercent(report.percent, digits)],
      ...targetLines(outcome, money, incidentName),
      ...(report.outOfScope === undefined
        ? []
        : [['out of scope', report.outOfScope.length === 0 ? `none (the SLA applies to ${(terms.appliesTo?.environment ?? []).join(', ')})` : `${report.outOfScope.map((o) => `${o.incidentId ?? `#${numbered.ordinal(o.incidentIndex)}`} (${o.environment})`).join(', ')}: not counted; the SLA applies to ${(terms.appliesTo?.environment ?? []).join(', ')}`] as [string, string]]),
    ]);
    const causes = Object.entries(report.byCause).filter(([, m]) => m.excusableMinutes + m.unscheduledMinutes + m.droppedMinutes > 0);
    const causeTable = {
      columns: [{ title: 'cause' }, { title: 'excusable (y)', align: 'right' as const }, { title: 'unscheduled (z)', align: 'right' as const }],
      rows: causes.map(([cause, m]) => [cause, minutes(m.excusableMinutes), minutes(m.unscheduledMinutes)]),
    };
    const borrowed = terms.borrowedFormula;
    let text = `${summary}${borrowed === null ? '' : `\n\nnote: ${borrowed}.`}\n\nMinutes by cause (${plural(good, 'incident', 'incidents')}; overlaps counted once):\n${formatTable(causeTable.columns, causeTable.rows)}`;
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
          s.notice === undefined ? s.reason : `${s.reason}: ${describeNotice(s)}`,
        ]),
      };
      text += `\n\nSegments of downtime:\n${formatTable(table.columns, table.rows)}`;
    }
    const credit =
      money === null
        ? {}
        : { credit: { ...money.credit, incidents: money.credit.incidents.map((c) => ({ ...c, incidentIndex: numbered.ordinal(c.incidentIndex) - 1 })), currency: money.currency, minorDigits: money.digits, monthlyFee: money.fee } };
    const scope = report.outOfScope === undefined ? {} : { outOfScope: report.outOfScope.map((o) => ({ ...o, incidentIndex: numbered.ordinal(o.incidentIndex) - 1 })) };
    const json = () => ({ policy: policyName, ...report, ...outcome, ...(borrowed === null ? {} : { borrowedFormula: borrowed }), segments: report.segments.map((s) => ({ ...s, incidentIndex: numbered.ordinal(s.incidentIndex) - 1 })), ...credit, ...scope });
    return { text, json: context.values['json'] === true ? toJson(json()) : null, table, notes: [...termNotes, ...readNotes], lapses };
  },
};

/**
 * The measured period: `--month YYYY-MM`, or `--period` (a month, `2026-Q4` or `2026`); its kind
 * must be the contract's `availability.period` (default month), since the credit tiers apply to it.
 */
export function periodOption(context: CommandContext, terms: ContractAvailability | undefined): string {
  const month = stringOption(context, 'month');
  const period = stringOption(context, 'period');
  if (month !== undefined && period !== undefined) throw new UsageError('give --month or --period, not both');
  const given = period ?? month;
  if (given === undefined) throw new UsageError('--month is required (or --period for a quarter or year)');
  const option = period === undefined ? 'month' : 'period';
  const kind = fromOption(option, () => parsePeriod(given, option)).kind;
  if (month !== undefined && kind !== 'month') throw new UsageError(`--month: '${month}' is not a month; give a quarter or a year as --period`);
  const stated = terms?.period ?? 'month';
  if (kind !== stated) throw new UsageError(`--${option}: '${given}' is a ${kind}, but the contract's availability is measured per ${stated} (availability.period), and its credit tiers apply to a ${stated}`);
  return given;
}

/** The contract's service hours as a calendar in the measured zone (its own zone when it names one); undefined without them. */
function serviceHoursOption(context: CommandContext, terms: ContractAvailability | undefined, timeZone: string): Calendar | undefined {
  if (terms?.serviceHours === undefined) return undefined;
  const contract = terms.serviceHours === 'businessHours' ? contractOption(context, ['availability', 'businessHours'], true) : contractOption(context, ['availability'], true);
  return fromOption('contract', () => serviceHoursCalendar(contract, timeZone));
}

/** The service hours in words: `mon 07:00–20:00; …` (or the business hours), and their zone. */
export function serviceHoursText(terms: ContractAvailability, zone: string): string {
  const hours = terms.serviceHours;
  if (hours === undefined) return '';
  if (hours === 'businessHours') return `the contract's business hours (${zone})`;
  const days = typeof hours.hours === 'string' ? hours.hours : Object.entries(hours.hours).map(([day, ranges]) => `${day} ${ranges.map((r) => r.join('–')).join(', ') || 'closed'}`).join('; ');
  return `${days} (${hours.timeZone ?? zone})`;
}

/** `--region`, matched to the schedule's region names without regard to case (`eu` is `EU`); the one reading of the flag. */
export function regionOption(context: CommandContext, schedule: MaintenanceSchedule | undefined): string | undefined {
  const region = stringOption(context, 'region');
  if (region === undefined || schedule === undefined) return region;
  return schedule.regions.find((r) => r.toLowerCase() === region.toLowerCase()) ?? region;
}
