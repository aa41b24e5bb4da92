// Assertions used by the modules that test/package/doc-examples.ts generates from the docs.
import { expect } from 'vitest';
import { isSlaError } from '../../src/core/errors.js';

/** Dates compare as their ISO strings, so a doc can write `//=> '2026-11-25T18:30:00.000Z'`. */
function normalize(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(normalize);
  if (value instanceof Map) return new Map([...value].map(([k, v]) => [k, normalize(v)]));
  if (typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normalize(v)]));
  }
  return value;
}

export function __equals(actual: () => unknown, expected: unknown, where: string): void {
  expect(normalize(actual()), where).toEqual(normalize(expected));
}

export function __throws(run: () => unknown, code: string, where: string): void {
  let thrown: unknown;
  try {
    run();
  } catch (error) {
    thrown = error;
  }
  expect(thrown, `${where}: expected a throw`).toBeDefined();
  expect(isSlaError(thrown) ? thrown.code : String(thrown), where).toBe(code);
}
