// Several `--contract` flags: the versions of one contract, as a history (loadContractHistory).
// Each case is judged under the version in force when it opened, each minute of downtime under the
// version in force at that minute.
import { loadContractHistory, type ContractHistory, type ContractVersion } from '../contract/load-contract-history.js';
import { caseTermsChange } from '../contract/case-terms-change.js';
import type { ContractDocument, ContractEffective, ContractPart } from '../contract/types.js';
import { isSlaError, type SlaError } from '../core/errors.js';
import { instantToZonedTime } from '../core/time-zone.js';
import type { CommandContext } from './command.js';
import { contractDocument, contractUsageError, parameterOptions } from './contract-option.js';
import { DataError } from './data-error.js';
import { UsageError } from './usage-error.js';

/** The names `--contract` was given, in order (none, one, or the versions of a history). */
export function contractNames(context: CommandContext): readonly string[] {
  const value = context.values['contract'];
  return value === undefined || typeof value === 'boolean' ? [] : typeof value === 'string' ? [value] : value;
}

/** Whether the run names several contracts (a history). */
export const isHistoryRun = (context: CommandContext): boolean => contractNames(context).length > 1;

// One history per run (every chunk's context shares the option values), by the parts loaded.
const histories = new WeakMap<CommandContext['values'], Map<string, ContractHistory>>();

/**
 * The history of several `--contract` flags, loaded with the parts the command uses; `undefined`
 * with one flag or none. `--param` values go to the versions that declare them.
 */
export function historyOption(context: CommandContext, parts: readonly ContractPart[]): ContractHistory | undefined {
  const names = contractNames(context);
  if (names.length < 2) return undefined;
  let byParts = histories.get(context.values);
  if (byParts === undefined) histories.set(context.values, (byParts = new Map()));
  const key = parts.join();
  const known = byParts.get(key);
  if (known !== undefined) return known;
  const documents = names.map((name) => contractDocument(context, name));
  const declared = Object.assign({}, ...documents.map(({ document }) => (document as ContractDocument | null)?.parameters ?? {})) as ContractDocument['parameters'];
  const parameters = parameterOptions(context, { parameters: declared });
  let history: ContractHistory;
  try {
    history = loadContractHistory(
      documents.map((d) => d.document),
      { parameters, parts },
    );
  } catch (error) {
    if (!isSlaError(error)) throw error;
    if (error.code === 'INVALID_CONTRACT_HISTORY') throw new DataError([`--contract: ${historyMessage(error, documents.map((d) => d.label))}`]);
    const at = Number(error.details['document'] ?? 0);
    throw contractUsageError(error, documents[at]?.label ?? names.join(', '));
  }
  byParts.set(key, history);
  return history;
}

/** An `INVALID_CONTRACT_HISTORY` message with each `documents[i]` named by its file: `v2.json (name): …`. */
export function historyMessage(error: SlaError, labels: readonly string[]): string {
  const text = error.message.slice(error.code.length + 2);
  return `${error.code}: ${text.replace(/documents\[(\d+)\](?:\.([\w.]+))?/g, (_, i: string, field: string | undefined) => `${labels[Number(i)] ?? `documents[${i}]`}${field === undefined ? '' : ` (${field})`}`)}`;
}

/** `from 2026-10-15` / `to 2026-10-14` / `from 2026-10-15 to 2027-10-14`, and `always` when neither is stated. */
export function effectiveText(effective: Pick<ContractEffective, 'from' | 'to'> | undefined): string {
  const from = effective?.from ?? null;
  const to = effective?.to ?? null;
  if (from === null && to === null) return 'always';
  return [...(from === null ? [] : [`from ${from}`]), ...(to === null ? [] : [`to ${to}`])].join(' ');
}

/**
 * How tables and notes name a version: its first and last day in force in the history's zone,
 * `… to 2026-10-14`, `2026-10-15 to …` (`…`: unbounded).
 */
export function versionLabel(history: ContractHistory, version: ContractVersion): string {
  const last = version.end === null ? '…' : instantToZonedTime(history.timeZone, version.end.getTime() - 1).slice(0, 10);
  return `${version.from ?? '…'} to ${last}`;
}

/**
 * The CLI reads every case with one calendar and one set of severity labels: versions that differ
 * in business hours or severities are refused (the library's historyComplianceReport takes them).
 */
export function requireSameCaseTerms(history: ContractHistory): void {
  const change = caseTermsChange(history);
  if (change === null) return;
  const what = change.what === 'businessHours' ? 'business hours' : 'severities';
  throw new UsageError(`--contract: the version ${versionLabel(history, change.version)} changes the ${what} of the version ${versionLabel(history, change.first)}; the command reads every case with one calendar and one set of severity labels, so give versions that differ only in their targets (the library's historyComplianceReport judges any)`);
}
