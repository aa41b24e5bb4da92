/**
 * The monthly service report: its data as JSON, and the same data as HTML or Markdown.
 *
 * @module slakit/report
 */
export { buildServiceReport } from './build-service-report.js';
export { serviceReportToHtml } from './service-report-html.js';
export { serviceReportToMarkdown } from './service-report-markdown.js';
export type { ReportBreach, ReportClause, ReportComplianceRow, ReportCompliancePart, ReportCredit, ReportCustomer, ReportPrevious, ReportDay, ReportTypicalTime, ReportVersion, ReportWindow, ServiceReport, ServiceReportInput, ServiceReportSupport } from './types.js';
