import { fail } from '../core/errors.js';
import { readOptions } from '../core/plain-data.js';

/** A whole number of at least `min`, or INVALID_ARGUMENT naming the field. */
export function wholeNumber(value: unknown, path: string, min: number, what: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min) {
    fail('INVALID_ARGUMENT', path, value, `is not ${what}`);
  }
  return value;
}

/** A required options object whose keys are all in `allowed` (the shared reader), or INVALID_ARGUMENT naming the field. */
export function optionsObject<T>(options: T, allowed: readonly string[], path = 'options'): T {
  if (options === undefined) fail('INVALID_ARGUMENT', path, options, 'is not an options object');
  return readOptions(options, path, allowed) as T;
}
