import type { Contract, ContractDocument } from './types.js';

/**
 * The document of a loaded contract, with the parameter values it was loaded with in
 * `parameterValues`, so that `loadContract(contractToJSON(contract))` gives the same contract.
 *
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
  return JSON.parse(JSON.stringify(contract.document)) as ContractDocument;
}
