/**
 * Regional weekly maintenance windows, looked up and shown in any time zone.
 *
 * @module slakit/maintenance
 */
// Weekly maintenance windows, compiled by the calendar engine, and lookups over them.
export { checkAdvanceNotice } from './check-advance-notice.js';
export { createMaintenanceSchedule } from './create-maintenance-schedule.js';
export { describeWindow } from './describe-window.js';
export { hasAdvanceNotice } from './has-advance-notice.js';
export { maintenanceWindowAt } from './maintenance-window-at.js';
export { maintenanceWindowsBetween } from './maintenance-windows-between.js';
export { nextMaintenanceWindow } from './next-maintenance-window.js';
export type {
  AdvanceNoticeCheck,
  MaintenanceSchedule,
  MaintenanceScheduleSpec,
  MaintenanceWindowSpec,
  NoticeRule,
  WindowDescription,
  WindowOccurrence,
  WindowQueryOptions,
} from './types.js';
