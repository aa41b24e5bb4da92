import type { ImportProfile } from './import-profile.js';

/**
 * Zendesk Support's ticket export (Admin Center › Account › Tools › Reports › Export, CSV), as
 * "Exporting data to a JSON, CSV, or XML file" describes it
 * (https://support.zendesk.com/hc/en-us/articles/4408886165402). Times are the account's local
 * times without an offset (`2026-10-01 09:12:00`): give the account's zone (`--input-tz`). There is
 * no first-reply timestamp: "First reply time in minutes" (calendar minutes after "Created at")
 * names it. The "… within business hours" columns count Zendesk's own schedule and are a
 * cross-check only.
 *
 * @example
 * ```ts
 * import { zendeskProfile } from 'slakit/records';
 *
 * zendeskProfile.columns['Created at']; //=> 'openedAt'
 * zendeskProfile.pauseStatuses; //=> ['Pending', 'On-hold']
 * ```
 */
export const zendeskProfile: ImportProfile = {
  name: 'zendesk',
  tool: 'Zendesk Support (ticket export, CSV)',
  source: { title: 'Exporting data to a JSON, CSV, or XML file', url: 'https://support.zendesk.com/hc/en-us/articles/4408886165402' },
  columns: { Id: 'id', Priority: 'severity', 'Created at': 'openedAt', 'Solved at': 'resolutionNoticeAt', Organization: 'customer' },
  inputTimeZone: 'account',
  derived: [
    { column: 'First reply time in minutes', field: 'respondedAt', unit: 'minutes', clock: 'calendar' },
    { column: 'Full resolution time in minutes', field: 'resolutionNoticeAt', unit: 'minutes', clock: 'calendar' },
    { column: 'First reply time in minutes within business hours', field: 'respondedAt', unit: 'minutes', clock: 'business' },
    { column: 'Full resolution time in minutes within business hours', field: 'resolutionNoticeAt', unit: 'minutes', clock: 'business' },
  ],
  pauseStatuses: ['Pending', 'On-hold'],
  reopenStatuses: [],
  resolvedStatuses: ['Solved', 'Closed'],
  reads: ['Id', 'Priority', 'Created at', 'Solved at', 'Organization', 'First reply time in minutes', 'Full resolution time in minutes', 'First reply time in minutes within business hours', 'Full resolution time in minutes within business hours'],
  leaves: [
    'Status (the current status only; pauses need the ticket events)',
    'Updated at, Assigned at, Initially assigned at, Due date',
    'Reopens, Replies (counts, not times)',
    'First resolution time in minutes (the first solve; the last one counts)',
    'Agent wait time, Requester wait time, On hold time in minutes (totals without their intervals)',
    'Requester, Submitter, Assignee, Group, Subject, Tags, Via, Ticket type, Satisfaction Score',
  ],
};

/**
 * Jira Service Management's issue export (issue search › Export › CSV), with dates in Jira's
 * default "complete date/time format" `dd/MMM/yy h:mm a` (`01/Oct/26 9:12 AM`) in the exporting
 * user's zone: give that zone (`--input-tz`). The CSV has no first-response timestamp (its SLA
 * columns are text such as "-2h 10m"), so response is not measured from it. Pauses live in the
 * issue history, whose columns follow Atlassian's "Data pipeline export schema"
 * (https://confluence.atlassian.com/adminjiraserver/data-pipeline-export-schema-1027142325.html):
 * `issue_id`, `created_date` (UTC, ISO), `field`, `from_string`, `to_string`.
 *
 * @example
 * ```ts
 * import { jiraProfile } from 'slakit/records';
 *
 * jiraProfile.dateFormat; //=> 'dd/MMM/yy h:mm a'
 * jiraProfile.history?.to; //=> 'to_string'
 * ```
 */
export const jiraProfile: ImportProfile = {
  name: 'jira',
  tool: 'Jira Service Management (issue search export, CSV)',
  source: { title: 'Data pipeline export schema', url: 'https://confluence.atlassian.com/adminjiraserver/data-pipeline-export-schema-1027142325.html' },
  columns: { 'Issue id': 'id', Priority: 'severity', Created: 'openedAt', Resolved: 'resolutionNoticeAt', 'Custom field (Organizations)': 'customer' },
  dateFormat: 'dd/MMM/yy h:mm a',
  inputTimeZone: 'user',
  derived: [],
  pauseStatuses: ['Waiting for customer'],
  reopenStatuses: ['Reopened'],
  resolvedStatuses: ['Resolved', 'Closed', 'Done', 'Canceled'],
  history: { caseId: 'issue_id', at: 'created_date', from: 'from_string', to: 'to_string', field: 'field', fieldValue: 'status' },
  reads: ['Issue id', 'Priority', 'Created', 'Resolved', 'Custom field (Organizations)'],
  leaves: [
    'Issue key (the history joins on Issue id)',
    'Status, Resolution (the current state only; pauses come from the history)',
    'Custom field (Time to first response), Custom field (Time to resolution) (Jira’s own SLA clocks as text)',
    'Updated, Last Viewed, Due date',
    'Summary, Issue Type, Assignee, Reporter, Creator, Project key, Labels',
  ],
};

/**
 * ServiceNow's incident list export (a list's context menu › Export › CSV, or the `incident.do?CSV`
 * and `?JSONv2` processors), as "Exporting data"
 * (https://www.servicenow.com/docs/r/australia/platform-administration/table-administration-and-data-management/c_ExportData.html)
 * describes it. Columns are the fields' names; date/time values are display values in the
 * exporting user's zone, in the instance's format (default `yyyy-MM-dd HH:mm:ss`, "Global date and
 * time field format"): give that zone (`--input-tz`). Priorities read "1 - Critical" … "5 -
 * Planning"; a JSONv2 export holds its records under `records`.
 *
 * @example
 * ```ts
 * import { serviceNowProfile } from 'slakit/records';
 *
 * serviceNowProfile.severities?.['1 - Critical']; //=> 1
 * serviceNowProfile.recordsAt; //=> 'records'
 * ```
 */
export const serviceNowProfile: ImportProfile = {
  name: 'servicenow',
  tool: 'ServiceNow (incident list export, CSV or JSONv2)',
  source: { title: 'Exporting data', url: 'https://www.servicenow.com/docs/r/australia/platform-administration/table-administration-and-data-management/c_ExportData.html' },
  columns: { number: 'id', priority: 'severity', opened_at: 'openedAt', resolved_at: 'resolutionNoticeAt', closed_at: 'closedAt', company: 'customer' },
  inputTimeZone: 'user',
  derived: [],
  severities: { '1 - Critical': 1, '2 - High': 2, '3 - Moderate': 3, '4 - Low': 4, '5 - Planning': 5 },
  pauseStatuses: ['On Hold'],
  reopenStatuses: [],
  resolvedStatuses: ['Resolved', 'Closed', 'Canceled'],
  recordsAt: 'records',
  reads: ['number', 'priority', 'opened_at', 'resolved_at', 'closed_at', 'company'],
  leaves: [
    'state, incident_state, hold_reason (the current state only)',
    'business_duration, calendar_duration (totals, not instants)',
    'reopen_count (a count; a reopening needs its instant)',
    'sys_updated_on, sys_created_on, caller_id, assignment_group, assigned_to, short_description, impact, urgency, category',
  ],
};

/**
 * Freshdesk's ticket export (Tickets › Export, CSV), as its help pages describe the ticket
 * properties ("Ticket archiving",
 * https://partnersupport.freshworks.com/en/support/solutions/articles/212901-ticket-archiving).
 * Times are the helpdesk's local times without an offset (`2026-10-01 09:12:34`): give its zone
 * (`--input-tz`). "Initial response time" is the first response's instant; where it is blank,
 * "First response time (in hrs)" (hours after "Created time") names it.
 *
 * @example
 * ```ts
 * import { freshdeskProfile } from 'slakit/records';
 *
 * freshdeskProfile.derived[0]?.unit; //=> 'hours'
 * ```
 */
export const freshdeskProfile: ImportProfile = {
  name: 'freshdesk',
  tool: 'Freshdesk (ticket export, CSV)',
  source: { title: 'Ticket archiving', url: 'https://partnersupport.freshworks.com/en/support/solutions/articles/212901-ticket-archiving' },
  columns: { 'Ticket ID': 'id', Priority: 'severity', 'Created time': 'openedAt', 'Initial response time': 'respondedAt', 'Resolved time': 'resolutionNoticeAt', 'Closed time': 'closedAt', 'Company Name': 'customer' },
  inputTimeZone: 'account',
  derived: [
    { column: 'First response time (in hrs)', field: 'respondedAt', unit: 'hours', clock: 'calendar' },
    { column: 'Resolution time (in hrs)', field: 'resolutionNoticeAt', unit: 'hours', clock: 'calendar' },
  ],
  pauseStatuses: ['Pending', 'Waiting on Customer', 'Waiting on Third Party'],
  reopenStatuses: [],
  resolvedStatuses: ['Resolved', 'Closed'],
  reads: ['Ticket ID', 'Priority', 'Created time', 'Initial response time', 'Resolved time', 'Closed time', 'Company Name', 'First response time (in hrs)', 'Resolution time (in hrs)'],
  leaves: [
    'Status (the current status only)',
    'Due by Time, Last update time (Freshdesk’s own due time and the last change)',
    'Resolution status, First response status (Freshdesk’s own verdicts, on its own SLA policy)',
    'Time tracked, Agent interactions, Customer interactions',
    'Subject, Source, Type, Agent, Group, Tags, Survey results, Product',
  ],
};

/**
 * The import profiles by the name `--from` takes: `zendesk`, `jira`, `servicenow`, `freshdesk`.
 *
 * @example
 * ```ts
 * import { importProfiles } from 'slakit/records';
 *
 * Object.keys(importProfiles); //=> ['zendesk', 'jira', 'servicenow', 'freshdesk']
 * importProfiles.jira.inputTimeZone; //=> 'user'
 * ```
 */
export const importProfiles = {
  zendesk: zendeskProfile,
  jira: jiraProfile,
  servicenow: serviceNowProfile,
  freshdesk: freshdeskProfile,
} as const satisfies { readonly [name: string]: ImportProfile };
