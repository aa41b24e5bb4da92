import type { SlaErrorCode } from './errors.js';

/**
 * Every {@link SlaErrorCode} at run time, in the order of the union; docs/errors.md explains each.
 * Kept apart from `SlaError` so that a module's bundle does not carry every module's codes.
 *
 * @example
 * ```ts
 * import { SLA_ERROR_CODES } from 'slakit';
 *
 * SLA_ERROR_CODES.includes('NO_OPEN_TIME'); //=> true
 * ```
 */
export const SLA_ERROR_CODES = [
  'INVALID_DATE',
  'INVALID_TIME_ZONE',
  'INVALID_DURATION',
  'INVALID_INTERVAL',
  'INVALID_ARGUMENT',
  'INVALID_CALENDAR',
  'NO_OPEN_TIME',
  'INVALID_FACTS',
  'INVALID_CASE',
  'INVALID_POLICY',
  'INVALID_SCHEDULE',
  'INVALID_INCIDENT',
  'INVALID_AVAILABILITY',
  'INVALID_MONEY',
  'INVALID_RATE',
  'INVALID_CONTRACT',
  'CONTRACT_PARAMETER_MISSING',
  'INVALID_CONTRACT_HISTORY',
  'CONTRACT_NOT_IN_FORCE',
  'HOLIDAYS_NOT_COVERED',
  'MISSING_DEPENDENCY',
  'INVALID_CSV',
] as const satisfies readonly SlaErrorCode[];

// A code added to the union but not to the list above fails to compile here.
type UnlistedCode = Exclude<SlaErrorCode, (typeof SLA_ERROR_CODES)[number]>;
const everyCodeListed: [UnlistedCode] extends [never] ? true : UnlistedCode = true;
void everyCodeListed;

