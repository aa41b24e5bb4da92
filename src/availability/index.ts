/**
 * Monthly availability from raw incidents: excusable downtime by cause and by maintenance window,
 * error budgets and service credits.
 *
 * @module slakit/availability
 */
// Downtime classification, monthly availability, service credits and error budgets (NCS §7, UNI).
export { availabilityPercent } from './availability-percent.js';
export { availabilityTarget } from './availability-target.js';
export { classifyDowntime } from './classify-downtime.js';
export { describeNotice } from './describe-notice.js';
export { errorBudget } from './error-budget.js';
export { INCIDENT_CAUSES } from './incident-causes.js';
export { measureAvailability } from './measure-availability.js';
export { minutesInMonth } from './minutes-in-month.js';
export { serviceCredit } from './service-credit.js';
export { serviceCreditAmount } from './credit-amount.js';
export type {
  AvailabilityReport,
  AvailabilityScope,
  AvailabilityTargetOutcome,
  CauseMinutes,
  ClassifyDowntimeOptions,
  CreditAmount,
  CreditAmountOptions,
  CreditIncident,
  CreditTerms,
  CreditTier,
  DowntimePolicy,
  DowntimeReason,
  DowntimeSegment,
  ErrorBudget,
  ExcuseCondition,
  Incident,
  IncidentCause,
  MeasureAvailabilityInput,
  OutOfScopeIncident,
  PercentRounding,
  SegmentNotice,
  ServiceCredit,
} from './types.js';
export { historyAvailability } from './history-availability.js';
export type { HistoryAvailabilityInput, HistoryAvailabilityReport, HistoryAvailabilityVersion } from './history-availability.js';
