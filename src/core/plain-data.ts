import { fail, type SlaErrorCode } from './errors.js';

// Readers of JSON-shaped input shared by every module: each names the path of a bad value.

/** A field path: `joinPath('levels', '1')` is `'levels.1'`, `joinPath('', 'x')` is `'x'`. */
export function joinPath(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}

/**
 * `value` as a plain object, or an `SlaError` with `code` at `path`. When `allowed` is given every
 * key must be in it; keys that could reach a prototype are always refused.
 */
export function plainObject(value: unknown, path: string, code: SlaErrorCode, allowed?: readonly string[]): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail(code, path, value, 'is not an object');
  const proto = Object.getPrototypeOf(value) as unknown;
  if (proto !== Object.prototype && proto !== null) return fail(code, path, value, 'is not a plain object');
  for (const key of Object.keys(value)) {
    const at = joinPath(path, key);
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') fail(code, at, key, 'is a forbidden key');
    if (allowed !== undefined && !allowed.includes(key)) fail(code, at, key, `is not a known key; expected one of ${allowed.join(', ')}`);
  }
  return value as Record<string, unknown>;
}

/**
 * The options object of a function: `undefined` reads as `{}`; anything else must be a plain
 * object whose keys are all in `allowed`, or `INVALID_ARGUMENT` names the unknown key's path
 * (`options.months`). Every exported function that takes options reads them here.
 */
export function readOptions(value: unknown, path: string, allowed: readonly string[]): Record<string, unknown> {
  if (value === undefined) return {};
  return plainObject(value, path, 'INVALID_ARGUMENT', allowed);
}

/** Whether an object has its own property `key`. */
export function hasOwn(object: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(object, key);
}

/** A finite number in `[min, max]`, or an error that says what was expected. */
export function numberIn(value: unknown, path: string, code: SlaErrorCode, min: number, max: number, what: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) return fail(code, path, value, `is not ${what}`);
  return value;
}

/** A string field that, when present, must be a non-empty string. */
export function optionalName(value: unknown, path: string, code: SlaErrorCode): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value.length === 0) return fail(code, path, value, 'is not a non-empty string');
  return value;
}
