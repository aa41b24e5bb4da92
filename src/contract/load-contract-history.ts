import { describeValue, fail, SlaError } from '../core/errors.js';
import { toEpochMs } from '../core/instant.js';
import { readOptions } from '../core/plain-data.js';
import { loadContract } from './load-contract.js';
import type { Contract, ContractDocument, LoadContractOptions } from './types.js';

/**
 * One version of a contract in a {@link ContractHistory}: the loaded contract and the instants
 * `[start, end)` it is in force (`null`: unbounded). `end` is 00:00 of the day after its `to`, or
 * the next version's start when `to` is not stated.
 *
 * @example
 * ```ts
 * import { type ContractVersion, loadContractHistory } from 'slakit/contract';
 *
 * const history = loadContractHistory([{ name: 'SLA' }]);
 * const version: ContractVersion = history.versions[0]!;
 * version.start; //=> null
 * ```
 */
export interface ContractVersion {
  /** The position of the version in the history, from 0 (oldest). */
  readonly index: number;
  /** The position of its document in the list given to `loadContractHistory`. */
  readonly position: number;
  readonly contract: Contract;
  /** The first day in force, `'YYYY-MM-DD'`; `null` for a first version without `from`. */
  readonly from: string | null;
  /** The last day in force (inclusive); `null` for the last version without `to`. */
  readonly to: string | null;
  readonly start: Date | null;
  readonly end: Date | null;
}

/**
 * A piece of an interval and the version in force over it ({@link ContractHistory.versionsBetween}).
 *
 * @example
 * ```ts
 * import { type ContractPiece, loadContractHistory } from 'slakit/contract';
 *
 * const history = loadContractHistory([{ name: 'SLA' }]);
 * const pieces: ContractPiece[] = history.versionsBetween('2026-10-01T00:00:00Z', '2026-11-01T00:00:00Z');
 * pieces.length; //=> 1
 * ```
 */
export interface ContractPiece {
  readonly version: ContractVersion;
  readonly start: Date;
  readonly end: Date;
}

/**
 * The versions of one contract, in order, each in force from the end of the one before
 * ({@link loadContractHistory}).
 *
 * @example
 * ```ts
 * import { type ContractHistory, loadContractHistory } from 'slakit/contract';
 *
 * const history: ContractHistory = loadContractHistory([{ name: 'SLA', effective: { to: '2026-10-14' } }, { name: 'SLA', effective: { from: '2026-10-15' } }]);
 * history.versionAt('2026-10-15T00:00:00Z').from; //=> '2026-10-15'
 * ```
 */
export interface ContractHistory {
  /** The contract's name, which every version states alike. */
  readonly name: string | undefined;
  /** The zone whose midnight starts an effective date, the same in every version. */
  readonly timeZone: string;
  readonly versions: readonly ContractVersion[];
  /**
   * The version in force at an instant.
   * @throws SlaError `CONTRACT_NOT_IN_FORCE` before the first version or after the last.
   */
  versionAt(at: Date | number | string): ContractVersion;
  /**
   * The pieces of `[start, end)` and the version in force over each, in order.
   * @throws SlaError `CONTRACT_NOT_IN_FORCE` when some of the interval is outside every version.
   */
  versionsBetween(start: Date | number | string, end: Date | number | string): ContractPiece[];
}

const day = (ms: number | null): string => (ms === null ? '' : new Date(ms).toISOString());

/** `INVALID_CONTRACT_HISTORY` with the documents and dates concerned. */
function refuse(kind: 'overlap' | 'gap' | 'mixed', message: string, details: Record<string, unknown>): never {
  throw new SlaError('INVALID_CONTRACT_HISTORY', message, { kind, ...details });
}

/** `documents[1] (from 2026-10-15)`. */
const named = (v: { position: number; from: string | null; to: string | null }): string =>
  `documents[${v.position}] (${v.from === null ? 'no from' : `from ${v.from}`}${v.to === null ? '' : `, to ${v.to}`})`;

/**
 * Loads the versions of one contract as a history: each document states the days it is in force,
 * `"effective": { "from": "2026-10-15", "to": "2027-10-14" }`. Both dates are civil dates and both
 * are inclusive (`to` is the last day in force); a day starts at 00:00 in the contract's zone
 * (`effective.timeZone`, else `availability.timeZone`, else UTC), which every version must share.
 * Without `to`, a version is in force until the next version's `from`; only the first version may
 * omit `from`. The versions may be given in any order.
 *
 * Each case is then judged under the version in force when it opened
 * (`historyComplianceReport` in `slakit/cases`), each minute of downtime under the version in force at that
 * minute (`historyAvailability` in `slakit/availability`).
 *
 * @param documents - The versions: {@link ContractDocument}s, all naming one contract (`name`, and
 * `vendor` when stated).
 * @param options - As {@link loadContract}'s, for every version; a parameter only some versions
 * declare is given to those.
 * @throws SlaError `INVALID_CONTRACT_HISTORY` (`details.kind`): `overlap` or `gap` between two
 * versions, with their dates; `mixed` when the versions name different contracts or zones, or do
 * not name their contract; and what {@link loadContract} throws for a version.
 * @example
 * ```ts
 * import { loadContractHistory } from 'slakit/contract';
 *
 * const v1 = { name: 'Larkspur SaaS SLA', availability: { target: 99.9, timeZone: 'Europe/Berlin' } };
 * const v2 = { ...v1, effective: { from: '2026-10-15' }, availability: { target: 99.95, timeZone: 'Europe/Berlin' } };
 * const history = loadContractHistory([v1, v2]);
 * history.versionAt('2026-10-14T21:59:59Z').contract.availability?.target; //=> 99.9
 * history.versionAt('2026-10-14T22:00:00Z').contract.availability?.target; //=> 99.95
 * loadContractHistory([v1, { ...v2, name: 'Other' }]); // throws SlaError INVALID_CONTRACT_HISTORY
 * ```
 */
export function loadContractHistory(documents: readonly unknown[], options: LoadContractOptions = {}): ContractHistory {
  if (!Array.isArray(documents) || documents.length === 0) return fail('INVALID_ARGUMENT', 'documents', documents, 'is not a list of one or more contract documents');
  readOptions(options, 'options', ['parameters', 'parts']);
  const given = options.parameters;
  const contracts = documents.map((document: unknown, i) => {
    // A parameter is given to the versions that declare it (another version may not).
    const declared = (typeof document === 'object' && document !== null ? (document as ContractDocument).parameters : undefined) ?? {};
    const someDeclare = (name: string): boolean => documents.some((d) => typeof d === 'object' && d !== null && Object.prototype.hasOwnProperty.call((d as ContractDocument).parameters ?? {}, name));
    const parameters =
      given === undefined || typeof given !== 'object' || given === null
        ? given
        : Object.fromEntries(Object.entries(given).filter(([name]) => Object.prototype.hasOwnProperty.call(declared, name) || !someDeclare(name)));
    try {
      return loadContract(document, { ...options, ...(parameters === undefined ? {} : { parameters }) });
    } catch (error) {
      if (error instanceof SlaError) throw new SlaError(error.code, `documents[${i}]: ${error.message.slice(error.code.length + 2)}`, { ...error.details, document: i });
      throw error;
    }
  });
  if (contracts.length > 1) {
    const first = contracts[0] as Contract;
    if (first.name === undefined) refuse('mixed', 'documents[0].name: is missing; the versions of a history name their contract, so that versions of different contracts are not mixed', { path: 'documents[0].name', document: 0 });
    contracts.forEach((c, i) => {
      if (c.name !== first.name) refuse('mixed', `documents[${i}].name: ${describeValue(c.name)} is not the name of documents[0] (${describeValue(first.name)}); a history holds versions of one contract`, { path: `documents[${i}].name`, document: i, value: c.name });
      if (c.vendor !== first.vendor) refuse('mixed', `documents[${i}].vendor: ${describeValue(c.vendor)} is not the vendor of documents[0] (${describeValue(first.vendor)}); a history holds versions of one contract`, { path: `documents[${i}].vendor`, document: i, value: c.vendor });
    });
  }
  const zoneOf = (c: Contract): string => c.effective?.timeZone ?? c.availability?.timeZone ?? (c.document.availability?.timeZone as string | undefined) ?? 'UTC';
  const timeZone = zoneOf(contracts[0] as Contract);
  contracts.forEach((c, i) => {
    if (zoneOf(c) !== timeZone) refuse('mixed', `documents[${i}].effective.timeZone: '${zoneOf(c)}' is not the zone of documents[0] ('${timeZone}'); the effective dates of the versions of a history start in one zone`, { path: `documents[${i}].effective.timeZone`, document: i, value: zoneOf(c) });
  });

  const drafts = contracts
    .map((contract, position) => ({ contract, position, from: contract.effective?.from ?? null, to: contract.effective?.to ?? null, start: contract.effective?.start?.getTime() ?? null, end: contract.effective?.end?.getTime() ?? null }))
    .sort((a, b) => (a.start ?? -Infinity) - (b.start ?? -Infinity) || a.position - b.position);
  drafts.forEach((v, i) => {
    const next = drafts[i + 1];
    if (next === undefined) return;
    if (next.start === null || next.start === v.start) refuse('overlap', `${named(v)} and ${named(next)} overlap: both are in force from ${v.from ?? 'the start'}; give each version its own from`, { documents: [v.position, next.position], from: v.from });
    // Without `to`, a version ends where the next begins.
    if (v.end === null) return;
    if (v.end > next.start) refuse('overlap', `${named(v)} and ${named(next)} overlap: ${next.from ?? ''} to ${v.to ?? ''} is in both; the earlier version's to is the day before the next version's from`, { documents: [v.position, next.position], from: next.from, to: v.to });
    if (v.end < next.start) refuse('gap', `${named(v)} and ${named(next)} leave a gap: no version is in force from ${day(v.end).slice(0, 16)}Z to ${day(next.start).slice(0, 16)}Z (the days after ${v.to ?? ''} and before ${next.from ?? ''}); the earlier version's to is the day before the next version's from`, { documents: [v.position, next.position], from: v.to, to: next.from });
  });
  const versions: ContractVersion[] = drafts.map((v, index) => {
    const nextStart = drafts[index + 1]?.start ?? null;
    const end = v.end ?? nextStart;
    return { index, position: v.position, contract: v.contract, from: v.from, to: v.to, start: v.start === null ? null : new Date(v.start), end: end === null ? null : new Date(end) };
  });
  return new History(versions[0]?.contract.name, timeZone, versions);
}

/** A {@link ContractHistory}. */
class History implements ContractHistory {
  constructor(
    readonly name: string | undefined,
    readonly timeZone: string,
    readonly versions: readonly ContractVersion[],
  ) {}

  versionAt(at: Date | number | string): ContractVersion {
    const ms = toEpochMs(at, 'at');
    const found = this.versions.find((v) => (v.start === null || v.start.getTime() <= ms) && (v.end === null || ms < v.end.getTime()));
    if (found !== undefined) return found;
    return outside('at', ms, this.versions);
  }

  versionsBetween(start: Date | number | string, end: Date | number | string): ContractPiece[] {
    const from = toEpochMs(start, 'start');
    const to = toEpochMs(end, 'end');
    if (to < from) return fail('INVALID_INTERVAL', 'end', new Date(to).toISOString(), `is before start (${new Date(from).toISOString()})`);
    const pieces: ContractPiece[] = [];
    let at = from;
    while (at < to) {
      const version = this.versionAt(at);
      const until = Math.min(to, version.end?.getTime() ?? Infinity);
      pieces.push({ version, start: new Date(at), end: new Date(until) });
      at = until;
    }
    return pieces;
  }
}

/** `CONTRACT_NOT_IN_FORCE` for an instant outside every version. */
function outside(path: string, ms: number, versions: readonly ContractVersion[]): never {
  const first = versions[0] as ContractVersion;
  const last = versions[versions.length - 1] as ContractVersion;
  const span = `${first.from === null ? 'from the start' : `from ${first.from}`}${last.to === null ? '' : ` to ${last.to}`}`;
  throw new SlaError('CONTRACT_NOT_IN_FORCE', `${path}: ${new Date(ms).toISOString()} is outside the contract's history (in force ${span}, both days inclusive); add the version in force then`, { path, value: new Date(ms).toISOString() });
}
