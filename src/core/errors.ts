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
  | 'INVALID_CSV'
  | 'INVALID_FACTS'
  | 'INVALID_CASE'
  | 'INVALID_POLICY'
  | 'INVALID_SCHEDULE'
  | 'INVALID_INCIDENT'
  | 'INVALID_AVAILABILITY'
  | 'INVALID_MONEY'
  | 'INVALID_RATE'
  | 'INVALID_CONTRACT'
  | 'CONTRACT_PARAMETER_MISSING'
  | 'INVALID_CONTRACT_HISTORY'
  | 'CONTRACT_NOT_IN_FORCE';

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
 * names the field and the value, and `details` carries both for programs. Constructing one with a
 * code that is not an upper-case name, or a message that is not a string, throws `INVALID_ARGUMENT`.
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
    // The shape only: the list of codes lives in SLA_ERROR_CODES, which a module need not bundle.
    if (typeof code !== 'string' || !/^[A-Z][A-Z_]*$/.test(code)) fail('INVALID_ARGUMENT', 'code', code, 'is not an SlaErrorCode such as INVALID_DATE');
    if (typeof message !== 'string') fail('INVALID_ARGUMENT', 'message', message, 'is not a string');
    if (typeof details !== 'object' || details === null) fail('INVALID_ARGUMENT', 'details', details, 'is not an object');
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

// Messages quote at most this many characters of a value; a 1 MB input stays out of the message.
const MAX_SHOWN = 120;

/** Formats a value for an error message: strings quoted, everything else as JSON where possible. */
export function describeValue(value: unknown): string {
  const text = describeFully(value);
  return text.length <= MAX_SHOWN ? text : `${text.slice(0, MAX_SHOWN)}… (${text.length} characters)`;
}

function describeFully(value: unknown): string {
  if (typeof value === 'string') return `'${value.length > 4 * MAX_SHOWN ? value.slice(0, 4 * MAX_SHOWN) : value}'`;
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'number' || value === undefined || value === null) return Object.is(value, -0) ? '-0' : String(value);
  if (typeof value === 'symbol' || typeof value === 'boolean' || typeof value === 'function') return String(value);
  // Anything else may be a Proxy, hold a bigint or have no prototype: every step can throw.
  try {
    if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString();
    const json = JSON.stringify(value, (_key, inner: unknown) => (typeof inner === 'bigint' ? `${inner}n` : inner));
    return json ?? Object.prototype.toString.call(value);
  } catch {
    // circular, or a trap that throws
  }
  try {
    return Object.prototype.toString.call(value);
  } catch {
    return '[object Object]';
  }
}

/** Throws an {@link SlaError} whose message starts with the field path and names the value. */
export function fail(code: SlaErrorCode, path: string, value: unknown, expected: string): never {
  throw new SlaError(code, `${path}: ${describeValue(value)} ${expected}`, { path, value });
}

/** A `path` argument as given, or `INVALID_ARGUMENT` when it is not a string. */
export function pathArgument(path: unknown): string {
  if (typeof path !== 'string') return fail('INVALID_ARGUMENT', 'path', path, 'is not a string naming the field');
  return path;
}
