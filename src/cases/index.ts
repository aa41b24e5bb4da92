/**
 * Support cases: severity from impact facts; response, update, escalation and auto-close clocks;
 * compliance over many cases.
 *
 * @module slakit/cases
 */
export { caseCalendars } from './case-calendars.js';
export { caseMonth } from './case-month.js';
export { classifySeverity } from './classify-severity.js';
export { complianceReport } from './compliance-report.js';
export { type ComplianceByLevel, complianceByLevel, type LevelCounts, type MetricCounts, type UpdateLevelCounts } from './compliance-by-level.js';
export { type ComplianceMetric, metricsFedBy, metricsNotMeasured } from './metric-inputs.js';
export { complianceByPlan, evaluateContractCase } from './contract-cases.js';
export type { ChosenPlan, ContractCaseStatus } from './contract-cases.js';
export { evaluateCase } from './evaluate-case.js';
export { type DueClock, soonestDue } from './soonest-due.js';
export { auditPauses, endPausesAtCustomerMessage, type PauseAudit } from './pause-audit.js';
export { isBreachedCase, type JudgedCase } from './is-breached-case.js';
export { type CaseDuration, type CaseTimes, caseTimes, nearestRank, type TypicalTime, type TypicalTimes, typicalTimes } from './typical-times.js';
export { MAX_SEVERITY_LEVELS, validateSupportPolicy } from './validate-support-policy.js';
export type {
  BusinessDaysTarget,
  DeadlineTarget,
  CaseEvent,
  CaseEventType,
  CaseInput,
  CaseOutcome,
  CaseReplyStatus,
  CaseState,
  CaseStatus,
  CaseTargetOutcome,
  CaseTargetStatus,
  CaseWarning,
  ClockTarget,
  MeasuredTarget,
  ComplianceCounts,
  ComplianceGroup,
  ComplianceReport,
  ComplianceReportOptions,
  ComplianceSummary,
  ElapsedTarget,
  EscalationTarget,
  EvaluateCaseOptions,
  FactCondition,
  FactValue,
  ImpactFacts,
  SeverityClassification,
  SeverityCondition,
  SeverityLevel,
  SeverityLevelPolicy,
  SeverityRule,
  SupportClock,
  SupportPolicy,
  SupportTarget,
  TargetEvidence,
  UpdateCompliance,
  WarningThresholds,
} from './types.js';
export { historyComplianceReport } from './history-compliance-report.js';
export type { HistoryComplianceOptions, HistoryComplianceVersion } from './history-compliance-report.js';
