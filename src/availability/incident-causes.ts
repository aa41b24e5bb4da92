import type { IncidentCause } from './types.js';

/**
 * Every {@link IncidentCause}, in the order used to break ties between overlapping incidents.
 *
 * @example
 * ```ts
 * import { INCIDENT_CAUSES } from 'slakit/availability';
 *
 * INCIDENT_CAUSES.length; //=> 11
 * INCIDENT_CAUSES[0]; //=> 'unplanned'
 * ```
 */
export const INCIDENT_CAUSES: readonly IncidentCause[] = [
  'unplanned',
  'scheduled-maintenance',
  'emergency-maintenance',
  'customer-requested-service',
  'customer-caused',
  'suspension',
  'force-majeure',
  'third-party',
  'configuration-not-by-vendor',
  'network-connectivity',
  'program-backup',
];
