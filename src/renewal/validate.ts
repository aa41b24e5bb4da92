import { fail } from '../core/errors.js';

/** A whole number of at least `min`, or INVALID_ARGUMENT naming the field. */
export function wholeNumber(value: unknown, path: string, min: number, what: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min) {
    fail('INVALID_ARGUMENT', path, value, `is not ${what}`);
  }
  return value;
}

/** An options object, or INVALID_ARGUMENT naming the field. */
export function optionsObject<T>(options: T, path = 'options'): T {
  if (typeof options !== 'object' || options === null) fail('INVALID_ARGUMENT', path, options, 'is not an options object');
  return options;
}
