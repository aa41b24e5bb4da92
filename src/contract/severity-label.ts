import type { SeverityLevel } from '../cases/types.js';
import { fail } from '../core/errors.js';
import type { Contract } from './types.js';

/**
 * The label of a severity level, from the one source every output uses: the contract's
 * `severities` (which are the support levels' labels when the contract has no `severities`).
 *
 * @throws SlaError `INVALID_ARGUMENT` for a level the contract does not define.
 * @example
 * ```ts
 * import { loadContract, severityLabel } from 'slakit/contract';
 *
 * const contract = loadContract({ severities: { 1: { label: 'P1' }, 2: { label: 'P2' } } });
 * severityLabel(contract, 2); //=> 'P2'
 * ```
 */
export function severityLabel(contract: Pick<Contract, 'severities'>, level: SeverityLevel): string {
  const severities = (contract as { severities?: unknown } | null)?.severities;
  if (!Array.isArray(severities)) return fail('INVALID_ARGUMENT', 'contract.severities', severities, 'is not a list of severity levels');
  const found = (severities as unknown[]).find((s) => (s as { level?: unknown } | null)?.level === level) as { label?: unknown } | undefined;
  if (found !== undefined && typeof found.label !== 'string') return fail('INVALID_ARGUMENT', 'contract.severities', found, 'has a level without a label text');
  return found === undefined ? fail('INVALID_ARGUMENT', 'level', level, `is not a severity level of the contract (${(severities as ({ level?: unknown } | null)[]).map((s) => String(s?.level)).join(', ')})`) : (found.label as string);
}
