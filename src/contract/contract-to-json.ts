import { fail } from '../core/errors.js';
import type { Contract, ContractDocument } from './types.js';

/**
 * The document of a loaded contract, with the parameter values it was loaded with in
 * `parameterValues`, so that `loadContract(contractToJSON(contract))` gives the same contract.
 *
 * @throws SlaError `INVALID_ARGUMENT` for anything but a loaded contract.
 * @example
 * ```ts
 * import { contractToJSON, loadContract } from 'slakit/contract';
 *
 * const contract = loadContract({ renewal: { upliftFloor: { $param: 'floor' } }, parameters: { floor: { type: 'share', description: 'least uplift' } } }, { parameters: { floor: 0.03 } });
 * contractToJSON(contract).parameterValues; //=> { floor: 0.03 }
 * loadContract(contractToJSON(contract)).renewal?.floor; //=> 0.03
 * ```
 */
export function contractToJSON(contract: Contract): ContractDocument {
  const document = (contract as { document?: unknown } | null)?.document;
  if (typeof contract !== 'object' || contract === null || typeof document !== 'object' || document === null || Array.isArray(document)) {
    return fail('INVALID_ARGUMENT', 'contract', contract, 'is not a contract from loadContract (it has no document)');
  }
  try {
    return JSON.parse(JSON.stringify(document)) as ContractDocument;
  } catch (error) {
    return fail('INVALID_ARGUMENT', 'contract.document', document, `is not JSON data (${(error as Error).message})`);
  }
}
