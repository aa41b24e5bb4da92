export { classifySeverity } from './classify-severity.js';
export { complianceReport } from './compliance-report.js';
export { evaluateCase } from './evaluate-case.js';
export { MAX_SEVERITY_LEVELS, validateSupportPolicy } from './validate-support-policy.js';
export type {
  BusinessDaysTarget,
  CaseEvent,
  CaseEventType,
  CaseInput,
  CaseState,
  CaseStatus,
  CaseTargetOutcome,
  CaseTargetStatus,
  CaseWarning,
  ComplianceCounts,
  ComplianceReport,
  ComplianceReportOptions,
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
  WarningThresholds,
} from './types.js';
