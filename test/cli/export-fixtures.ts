// The tool-export fixtures (test/fixtures/exports, written by generate.ts): each file, its tool's
// profile, the zone its local times are written in, and the column of each customer's zone.
export const EXPORTS_DIR = 'test/fixtures/exports';
export const EXPORTS_CONTRACT = ['--contract', `${EXPORTS_DIR}/contract.json`, '--tz', 'America/New_York', '--now', '2026-11-20T00:00:00Z'];
export const EXPORT_FIXTURES = [
  { tool: 'zendesk', file: 'zendesk-tickets.csv', zone: 'America/New_York', customerZone: 'Customer time zone' },
  { tool: 'jira', file: 'jira-issues.csv', zone: 'Europe/London', customerZone: 'Custom field (Customer time zone)' },
  { tool: 'servicenow', file: 'servicenow-incidents.csv', zone: 'America/Chicago', customerZone: 'u_customer_time_zone' },
  { tool: 'servicenow', file: 'servicenow-incidents.json', zone: 'America/Chicago', customerZone: 'u_customer_time_zone' },
  { tool: 'freshdesk', file: 'freshdesk-tickets.csv', zone: 'Europe/London', customerZone: 'Customer time zone' },
] as const;

/** A fixture read as it is: the file, `--from` its tool, its zone, and each customer's zone from its column. */
export function exportArgs({ tool, file, zone, customerZone }: (typeof EXPORT_FIXTURES)[number]): string[] {
  return [`${EXPORTS_DIR}/${file}`, '--from', tool, '--input-tz', zone, '--map', `${customerZone}=timeZone`, '--local-times-in', 'input-tz'];
}
