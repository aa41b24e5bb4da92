/**
 * iCalendar (RFC 5545) feeds of maintenance windows and renewal notice deadlines, as text.
 *
 * @module slakit/ics
 */
export { maintenanceWindowsToIcs } from './maintenance-windows-to-ics.js';
export type { MaintenanceIcsOptions } from './maintenance-windows-to-ics.js';
export { renewalDeadlinesToIcs } from './renewal-deadlines-to-ics.js';
export type { RenewalIcsOptions } from './renewal-deadlines-to-ics.js';
