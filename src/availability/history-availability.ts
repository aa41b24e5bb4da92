import type { RawSegments } from './attribute-downtime.js';
import { asOfOption, classifyRange, noticesOf } from './classify-downtime.js';
import { availabilityOf, dayMinutesOf } from './measure-availability.js';
import { readPolicy } from './read-policy.js';
import type { AvailabilityReport, Incident, OutOfScopeIncident, SegmentNotice } from './types.js';
import { fail } from '../core/errors.js';
import type { DateInput } from '../core/instant.js';
import { periodInterval } from '../core/period.js';
import { plainObject } from '../core/plain-data.js';
import { historyArgument } from '../contract/history-argument.js';
import type { ContractHistory, ContractVersion } from '../contract/load-contract-history.js';
import type { Contract } from '../contract/types.js';
import type { Calendar } from '../calendar/types.js';
import type { Interval } from '../core/interval.js';
import { serviceStretches } from './service-hours.js';

/**
 * The input of {@link historyAvailability}: the period and the incidents; the downtime policy,
 * maintenance windows, scope and zone come from each version of the history.
 *
 * @example
 * ```ts
 * import type { HistoryAvailabilityInput } from 'slakit/availability';
 *
 * const input: HistoryAvailabilityInput = { month: '2026-10', incidents: [{ start: '2026-10-03T10:00:00Z', end: '2026-10-03T11:00:00Z', cause: 'unplanned' }] };
 * ```
 */
export interface HistoryAvailabilityInput {
  /** `'YYYY-MM'` (or `'YYYY-Qn'`, `'YYYY'` for a contract measured per quarter or year). */
  readonly month: string;
  readonly incidents: readonly Incident[];
  /** The region whose maintenance windows count (regional windows). */
  readonly region?: string;
  readonly asOf?: DateInput;
  /**
   * The service hours of a version, as a calendar (`(contract) => serviceHoursCalendar(contract,
   * zone)`, `slakit/contract`), `undefined` for a version without them: required when a version in
   * force in the period states `availability.serviceHours`, so that they are never left out.
   */
  readonly serviceHoursOf?: (contract: Contract) => Calendar | undefined;
}

/**
 * The downtime a version of the history judged: its part of the period and the minutes in it.
 *
 * @example
 * ```ts
 * import type { HistoryAvailabilityVersion } from 'slakit/availability';
 *
 * const part: HistoryAvailabilityVersion = { version: 1, from: '2026-10-15', to: null, start: new Date('2026-10-14T22:00:00Z'), end: new Date('2026-10-31T23:00:00Z'), totalMinutes: 24_540, excusableMinutes: 0, unscheduledMinutes: 60 };
 * ```
 */
export interface HistoryAvailabilityVersion {
  /** The version's index in the history. */
  readonly version: number;
  readonly from: string | null;
  readonly to: string | null;
  /** The part of the period the version was in force. */
  readonly start: Date;
  readonly end: Date;
  /** The minutes of that part, or of its service hours when the version states them. */
  readonly totalMinutes: number;
  readonly excusableMinutes: number;
  readonly unscheduledMinutes: number;
}

/**
 * The availability of a period under a contract history: an {@link AvailabilityReport} whose
 * minutes were each judged under the version in force at that minute, with `versions` (each
 * version's part) and `termsVersion` (whose target, credit tiers and period rules apply).
 *
 * @example
 * ```ts
 * import type { HistoryAvailabilityReport } from 'slakit/availability';
 *
 * const termsOf = (report: HistoryAvailabilityReport): number => report.termsVersion;
 * ```
 */
export interface HistoryAvailabilityReport extends AvailabilityReport {
  readonly versions: readonly HistoryAvailabilityVersion[];
  /**
   * The index of the version in force at the end of the period (its last millisecond): its
   * availability target, credit tiers, credit terms, rounding and `monthMinutes` apply to the period.
   */
  readonly termsVersion: number;
}

const MINUTE = 60_000;

/**
 * The availability of one period (a month, or the contract's quarter or year) under a contract
 * history (`loadContractHistory`, `slakit/contract`): each minute of downtime is judged under the version in
 * force at that minute (its excusable causes and their notice, its maintenance windows, its scope),
 * an incident that spans a change is split at it, and x, y and z add the versions' parts into one
 * percentage. The period's own terms (target, credit tiers and credit terms, rounding, `monthMinutes`)
 * are those of the version in force at the period's end, `termsVersion`: a credit is assessed
 * for the period as a whole once it ends. Service hours (`availability.serviceHours`) are each
 * version's over its part of the period: x is their minutes, and y and z count only the downtime
 * inside them (give `serviceHoursOf`). A history of one version gives exactly what
 * `measureAvailability` gives with that contract.
 *
 * @throws SlaError `CONTRACT_NOT_IN_FORCE` when part of the period is outside the history;
 * `INVALID_ARGUMENT` when a version in force defines no downtime policy, when versions measure
 * periods in different zones, or when a version in force states service hours and
 * `serviceHoursOf` is not given; and what `measureAvailability` throws.
 * @example
 * ```ts
 * import { historyAvailability } from 'slakit/availability';
 * import { loadContractHistory } from 'slakit/contract';
 *
 * const v1 = { name: 'SLA', downtime: { excusable: [], maintenanceWindowsOnly: false } };
 * const v2 = { ...v1, effective: { from: '2026-10-15' }, downtime: { excusable: ['third-party' as const], maintenanceWindowsOnly: false } };
 * const report = historyAvailability(loadContractHistory([v1, v2]), {
 *   month: '2026-10',
 *   incidents: [
 *     { start: '2026-10-10T10:00:00Z', end: '2026-10-10T11:00:00Z', cause: 'third-party' },
 *     { start: '2026-10-20T10:00:00Z', end: '2026-10-20T11:00:00Z', cause: 'third-party' },
 *   ],
 * });
 * [report.unscheduledMinutes, report.excusableMinutes]; //=> [60, 60]
 * report.versions.map((v) => v.unscheduledMinutes); //=> [60, 0]
 * ```
 */
export function historyAvailability(history: ContractHistory, input: HistoryAvailabilityInput): HistoryAvailabilityReport {
  historyArgument(history);
  const object = plainObject(input, 'input', 'INVALID_ARGUMENT', ['month', 'incidents', 'region', 'asOf', 'serviceHoursOf']);
  const serviceHoursOf = object['serviceHoursOf'] as HistoryAvailabilityInput['serviceHoursOf'];
  if (serviceHoursOf !== undefined && typeof serviceHoursOf !== 'function') return fail('INVALID_ARGUMENT', 'input.serviceHoursOf', serviceHoursOf, 'is not a function from a contract version to its service hours calendar');
  const month = object['month'] as string;
  const zones = new Set(history.versions.map((v) => v.contract.availability?.timeZone ?? 'UTC'));
  if (zones.size > 1) return fail('INVALID_ARGUMENT', 'history', [...zones], 'holds versions that measure periods in different zones (availability.timeZone); a period is measured in one zone');
  const timeZone = [...zones][0] as string;
  const { start, end } = periodInterval(month, timeZone, 'input.month');
  const pieces = history.versionsBetween(start, end);
  const terms = history.versionAt(end - 1);
  const policyOf = (version: ContractVersion) => {
    const policy = version.contract.downtime;
    if (policy === undefined) return fail('INVALID_ARGUMENT', `history.versions[${version.index}].downtime`, undefined, `is not defined by the version in force ${version.from === null ? 'first' : `from ${version.from}`}; each version in force in ${month} needs its downtime policy`);
    return policy;
  };
  const asOf = asOfOption(object['asOf']);
  const raw = { start: [] as number[], end: [] as number[], incident: [] as number[], reason: [] as number[], counted: [] as boolean[] };
  const versions: HistoryAvailabilityVersion[] = [];
  const notices: (SegmentNotice | undefined)[] = [];
  const outOfScope = new Map<number, OutOfScopeIncident>();
  let scoped = false;
  // The service stretches of the period, each version's over its part; null when no version states service hours.
  const service: Interval[] = [];
  let withService = false;
  let table: ReturnType<typeof classifyRange>['incidents'] | undefined;
  for (const piece of pieces) {
    const { contract } = piece.version;
    const appliesTo = contract.availability?.appliesTo;
    scoped ||= appliesTo !== undefined;
    const classified = classifyRange(object['incidents'], policyOf(piece.version), piece.start.getTime(), piece.end.getTime(), contract.maintenance, object['region'], asOf, appliesTo);
    table ??= classified.incidents;
    noticesOf(classified.incidents, classified.policy).forEach((notice, i) => {
      if (notice !== undefined && notices[i] === undefined) notices[i] = notice;
    });
    for (const incident of classified.incidents.outOfScope) outOfScope.set(incident.incidentIndex, incident);
    const stated = (contract.availability as { serviceHours?: unknown } | undefined)?.serviceHours !== undefined;
    if (stated && serviceHoursOf === undefined) return fail('INVALID_ARGUMENT', 'input.serviceHoursOf', undefined, `is not given, and the version in force ${piece.version.from === null ? 'first' : `from ${piece.version.from}`} states availability.serviceHours; give (contract) => serviceHoursCalendar(contract, zone) so that x, y and z count only their minutes`);
    const calendar = stated ? serviceHoursOf?.(contract) : undefined;
    const stretches = calendar === undefined ? null : serviceStretches(calendar, piece.start.getTime(), piece.end.getTime(), 'input.serviceHoursOf');
    withService ||= stretches !== null;
    service.push(...(stretches ?? [{ start: piece.start.getTime(), end: piece.end.getTime() }]));
    // The version's own part, for the breakdown; the period's figures add the segments once, below.
    const part = availabilityOf(month, timeZone, piece.start.getTime(), piece.end.getTime(), null, undefined, classified.incidents, classified.raw, null, stretches);
    for (let k = 0; k < classified.raw.count; k++) {
      raw.start.push(classified.raw.start[k] as number);
      raw.end.push(classified.raw.end[k] as number);
      raw.incident.push(classified.raw.incident[k] as number);
      raw.reason.push(classified.raw.reason[k] as number);
      raw.counted.push(classified.raw.counted[k] as boolean);
    }
    versions.push({ version: piece.version.index, from: piece.version.from, to: piece.version.to, start: piece.start, end: piece.end, totalMinutes: part.totalMinutes, excusableMinutes: part.excusableMinutes, unscheduledMinutes: part.unscheduledMinutes });
  }
  const termsPolicy = readPolicy(policyOf(terms));
  const segments: RawSegments = { count: raw.start.length, ...raw };
  const incidents = { cause: table?.cause ?? [], ids: table?.ids ?? [], notices };
  const report = availabilityOf(month, timeZone, start, end, asOf, termsPolicy.rounding, incidents, segments, termsPolicy.dayMinutes ? dayMinutesOf(month) : null, withService ? service : null);
  return { ...report, ...(scoped ? { outOfScope: [...outOfScope.values()].sort((a, b) => a.incidentIndex - b.incidentIndex) } : {}), versions, termsVersion: terms.index };
}
