/**
 * Contracts as data: one JSON document per contract, checked against its schema, with the clause
 * behind every rule and parameters for what the text does not state.
 *
 * @module slakit/contract
 */
export { contractToJSON } from './contract-to-json.js';
export { creditTermsOf } from './credit-terms.js';
export { serviceHoursCalendar } from './service-hours.js';
export { loadContract } from './load-contract.js';
export { contractSchema } from './schema.js';
export { severityLabel } from './severity-label.js';
export { selectPlan } from './support-plans.js';
export type { SupportPlanChoice, SupportPlanRule, SupportPlans } from './support-plans.js';
export type { JsonSchema } from './schema.js';
export type { SchemaProblem } from './check-schema.js';
export type {
  Clause,
  ClauseSource,
  Contract,
  ContractAvailability,
  ContractCreditTerms,
  ContractDocument,
  ContractParameter,
  ContractPart,
  ContractRenewal,
  ContractSeverity,
  ContractSource,
  ContractSupportLevels,
  ContractSupportTerms,
  ContractTarget,
  LoadContractOptions,
  Param,
  ParameterRef,
  ParameterType,
  Sourced,
  ZonelessCalendarSpec,
  ContractServiceHours,
} from './types.js';
export { loadContractHistory } from './load-contract-history.js';
export type { ContractHistory, ContractPiece, ContractVersion } from './load-contract-history.js';
export type { ContractEffective, ContractEffectiveDocument } from './types.js';
