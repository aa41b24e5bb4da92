/**
 * Every code an {@link SlaError} can carry. Each module adds the codes of its own inputs.
 *
 * @example
 * ```ts
 * import type { SlaErrorCode } from 'slakit';
 *
 * const code: SlaErrorCode = 'INVALID_DATE';
 * ```
 */
export type SlaErrorCode =
  | 'INVALID_DATE'
  | 'INVALID_TIME_ZONE'
  | 'INVALID_DURATION'
  | 'INVALID_INTERVAL'
  | 'INVALID_ARGUMENT'
  | 'INVALID_CALENDAR'
  | 'NO_OPEN_TIME'
  | 'HOLIDAYS_NOT_COVERED'
  | 'MISSING_DEPENDENCY'
  | 'INVALID_FACTS'
  | 'INVALID_CASE'
  | 'INVALID_POLICY'
  | 'INVALID_SCHEDULE'
  | 'INVALID_INCIDENT'
  | 'INVALID_AVAILABILITY'
  | 'INVALID_MONEY'
  | 'INVALID_RATE'
  | 'INVALID_CONTRACT'
  | 'CONTRACT_PARAMETER_MISSING';

/**
 * Machine-readable facts about an {@link SlaError}: the path of the offending field and its value.
 *
 * @example
 * ```ts
 * import type { SlaErrorDetails } from 'slakit';
 *
 * const details: SlaErrorDetails = { path: 'hours.tue[1]', value: ['13:00', '12:00'] };
 * ```
 */
export interface SlaErrorDetails {
  /** Where the bad value sits in the input, e.g. `'hours.tue[1]'` or `'events[3].at'`. */
  readonly path?: string;
  /** The value that was rejected. */
  readonly value?: unknown;
  readonly [key: string]: unknown;
}

/**
 * The one error class slakit throws. Its `code` says what kind of input was wrong, its message
 * names the field and the value, and `details` carries both for programs.
 *
 * @example
 * ```ts
 * import { isSlaError, parseInstant } from 'slakit';
 *
 * try {
 *   parseInstant('2026-03-08T02:30');
 * } catch (error) {
 *   if (isSlaError(error)) console.log(error.code); // prints INVALID_DATE
 * }
 * ```
 */
export class SlaError extends Error {
  override readonly name = 'SlaError' as const;
  readonly code: SlaErrorCode;
  readonly details: SlaErrorDetails;

  constructor(code: SlaErrorCode, message: string, details: SlaErrorDetails = {}) {
    super(`${code}: ${message}`);
    this.code = code;
    this.details = details;
  }
}

/**
 * Tells whether a value is an {@link SlaError}. It also recognises errors thrown by a second copy
 * of slakit in the same program (another bundle or realm), where `instanceof` fails.
 *
 * @example
 * ```ts
 * import { isSlaError, SlaError } from 'slakit';
 *
 * isSlaError(new SlaError('INVALID_DATE', "at: 'x' is not an instant")); //=> true
 * isSlaError(new Error('boom')); //=> false
 * ```
 */
export function isSlaError(value: unknown): value is SlaError {
  if (value instanceof SlaError) return true;
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as { name?: unknown; code?: unknown };
  return candidate.name === 'SlaError' && typeof candidate.code === 'string';
}

/** Formats a value for an error message: strings quoted, everything else as JSON where possible. */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return `'${value}'`;
  if (typeof value === 'bigint') return `${value}n`;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString();
  if (typeof value === 'number' || value === undefined || value === null) return String(value);
  try {
    const json = JSON.stringify(value);
    return json === undefined ? String(value) : json;
  } catch {
    return String(value);
  }
}

/** Throws an {@link SlaError} whose message starts with the field path and names the value. */
export function fail(code: SlaErrorCode, path: string, value: unknown, expected: string): never {
  throw new SlaError(code, `${path}: ${describeValue(value)} ${expected}`, { path, value });
}
