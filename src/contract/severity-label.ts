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
  const found = contract.severities.find((s) => s.level === level);
  return found === undefined ? fail('INVALID_ARGUMENT', 'level', level, `is not a severity level of the contract (${contract.severities.map((s) => s.level).join(', ')})`) : found.label;
}
