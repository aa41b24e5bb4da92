export { classifySeverity } from './classify-severity.js';
export { complianceReport } from './compliance-report.js';
export { evaluateCase } from './evaluate-case.js';
export { mergeComplianceReports } from './merge-compliance-reports.js';
export { validateSupportPolicy } from './validate-support-policy.js';
export type {
  BusinessDaysTarget,
  CaseEvent,
  CaseEventType,
  CaseInput,
  CaseOutcome,
  CaseState,
  CaseStatus,
  CaseTargetOutcome,
  CaseTargetStatus,
  CaseWarning,
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
