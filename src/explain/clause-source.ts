import { fail } from '../core/errors.js';
import { plainObject } from '../core/plain-data.js';
import type { Clause } from './types.js';

/** Reads an optional clause source `{ doc, section, quote? }` as a fresh plain object. */
export function clauseSourceOf(value: unknown, path: string): Clause | undefined {
  if (value === undefined) return undefined;
  const object = plainObject(value, path, 'INVALID_ARGUMENT', ['doc', 'section', 'quote']);
  const text = (key: string, optional: boolean): string | undefined => {
    const field = object[key];
    if (field === undefined && optional) return undefined;
    if (typeof field !== 'string' || field.length === 0) return fail('INVALID_ARGUMENT', `${path}.${key}`, field, 'is not a non-empty string');
    return field;
  };
  const doc = text('doc', false) as string;
  const section = text('section', false) as string;
  const quote = text('quote', true);
  return quote === undefined ? { doc, section } : { doc, section, quote };
}
