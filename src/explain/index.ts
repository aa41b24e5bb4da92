/**
 * Explanations: the steps behind a due time, an availability figure or a renewed fee, as
 * JSON-shaped data and as text.
 *
 * @module slakit/explain
 */
export { explainAvailability } from './explain-availability.js';
export type { ExplainAvailabilityInput } from './explain-availability.js';
export { explainBusinessTime } from './explain-business-time.js';
export type { ExplainBusinessTimeOptions } from './explain-business-time.js';
export { explainCase } from './explain-case.js';
export type { ExplainCaseOptions } from './explain-case.js';
export { explainContractCase } from './explain-contract-case.js';
export { explainRenewalFee } from './explain-renewal-fee.js';
export type { ExplainRenewalFeeOptions } from './explain-renewal-fee.js';
export { formatExplanation } from './format-explanation.js';
export type {
  Clause,
  AvailabilityExplanation,
  CaseExplanation,
  DstChange,
  DueTimeExplanation,
  ExcusingWindow,
  ExplainedIncident,
  ExplainedPause,
  ExplainedStretch,
  Explanation,
  RenewalFeeExplanation,
  SkippedDay,
  UpliftCandidate,
} from './types.js';
