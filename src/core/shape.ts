// Checks of plain data against a shape, for functions that render or merge data that may have
// crossed JSON: the first field that is not of its shape is an SlaError naming its path.
import { fail } from './errors.js';
import { hasOwn } from './plain-data.js';

/** A check of one value at a path; throws `INVALID_ARGUMENT` naming the path. */
export type Check = (value: unknown, path: string) => void;

const bad = (path: string, value: unknown, expected: string): never => fail('INVALID_ARGUMENT', path, value, `is not ${expected}`);

export const text: Check = (value, path) => {
  if (typeof value !== 'string') bad(path, value, 'a text');
};
export const number: Check = (value, path) => {
  if (typeof value !== 'number' || !Number.isFinite(value)) bad(path, value, 'a finite number');
};
export const boolean: Check = (value, path) => {
  if (typeof value !== 'boolean') bad(path, value, 'true or false');
};
export const date: Check = (value, path) => {
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) bad(path, value, 'a valid Date');
};
export const orNull =
  (check: Check): Check =>
  (value, path) => {
    if (value !== null) check(value, path);
  };
export const optional =
  (check: Check): Check =>
  (value, path) => {
    if (value !== undefined) check(value, path);
  };
export const either =
  (first: Check, second: Check, expected: string): Check =>
  (value, path) => {
    try {
      first(value, path);
    } catch {
      try {
        second(value, path);
      } catch {
        bad(path, value, expected);
      }
    }
  };
export const oneOf =
  (...values: readonly string[]): Check =>
  (value, path) => {
    if (!values.includes(value as string)) bad(path, value, `one of ${values.join(', ')}`);
  };
export const list =
  (check: Check): Check =>
  (value, path) => {
    if (!Array.isArray(value)) return bad(path, value, 'a list');
    for (let i = 0; i < value.length; i++) check(value[i], `${path}[${i}]`);
  };
export const object =
  (fields: Readonly<Record<string, Check>>): Check =>
  (value, path) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return bad(path, value, 'an object');
    for (const [key, check] of Object.entries(fields)) check(hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined, `${path}.${key}`);
  };
