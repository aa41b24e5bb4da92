import { describeValue } from '../core/errors.js';
import { hasOwn, joinPath } from '../core/plain-data.js';
import type { JsonSchema } from './schema.js';

/**
 * One place where a document breaks its schema.
 *
 * @example
 * ```ts
 * import type { SchemaProblem } from 'slakit/contract';
 *
 * const problem: SchemaProblem = { path: 'support.levels.3.response.after', message: "'PT0' is not a duration" };
 * ```
 */
export interface SchemaProblem {
  /** Where the value sits: `support.levels.3.response.after`, `maintenance.windows[0].day`. */
  readonly path: string;
  readonly message: string;
}

// Deeper documents are refused rather than walked: a recursion bound, not a rule of the contract.
const MAX_DEPTH = 64;

const typeOf = (value: unknown): string =>
  value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value === 'number' && Number.isInteger(value) ? 'integer' : typeof value;

function hasType(value: unknown, type: string): boolean {
  const actual = typeOf(value);
  if (type === 'number') return (actual === 'number' || actual === 'integer') && Number.isFinite(value);
  return actual === type;
}

function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false;
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => hasOwn(b, key) && sameJson((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

/** A value in a message: short, and never a walk of a large or deep object. */
function shortValue(value: unknown): string {
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (typeof value === 'object' && value !== null) return 'an object';
  const text = describeValue(value);
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

const itemPath = (path: string, index: number): string => `${path}[${index}]`;

/**
 * Checks `value` against the subset of JSON Schema 2020-12 that the contract schema uses ($ref to
 * $defs, anyOf, type, const, enum, properties, required, additionalProperties, propertyNames,
 * minProperties, items, prefixItems, minItems, maxItems, minLength, maxLength (in code points),
 * pattern (Unicode), minimum, maximum, exclusiveMinimum, exclusiveMaximum). Returns every problem.
 */
export function checkSchema(root: JsonSchema, value: unknown): SchemaProblem[] {
  // Problems that are a value of the wrong type: a branch of anyOf that fails only so fits worst.
  const wrongType = new WeakSet<SchemaProblem>();
  const defs = (root['$defs'] ?? {}) as Record<string, JsonSchema>;
  const check = (schema: JsonSchema, data: unknown, path: string, depth: number): SchemaProblem[] => {
    if (depth > MAX_DEPTH) return [{ path, message: `is nested more than ${MAX_DEPTH} levels deep` }];
    const ref = schema['$ref'];
    if (typeof ref === 'string') return check(defs[ref.slice('#/$defs/'.length)] as JsonSchema, data, path, depth);
    const anyOf = schema['anyOf'] as JsonSchema[] | undefined;
    if (anyOf !== undefined) {
      let best: SchemaProblem[] | undefined;
      let bestScore = Infinity;
      for (const branch of anyOf) {
        const problems = check(branch, data, path, depth);
        if (problems.length === 0) return [];
        // The branch whose keys fit the value best, then the one that got furthest into it, explains the failure.
        const misfits = problems.filter((p) => p.message === 'is missing' || p.message.startsWith('is not a known key')).length;
        // A branch of another type (a '24x7' text for an object of weekdays) explains nothing about the value.
        const otherType = problems.every((p) => wrongType.has(p) && p.path === path) ? 1e9 : 0;
        const score = otherType + misfits * 1e6 + problems.filter((p) => wrongType.has(p)).length * 1e4 - Math.max(...problems.map((p) => p.path.length));
        if (score < bestScore) [best, bestScore] = [problems, score];
      }
      const fits = (best as SchemaProblem[]).some((p) => !wrongType.has(p));
      return !fits && (best as SchemaProblem[]).every((p) => p.path === path) ? [{ path, message: `${shortValue(data)} is not ${describeExpected(schema, defs)}` }] : (best as SchemaProblem[]);
    }
    const problem = (message: string): SchemaProblem[] => [{ path, message: `${shortValue(data)} ${message}` }];
    const type = schema['type'] as string | string[] | undefined;
    if (type !== undefined && !(Array.isArray(type) ? type : [type]).some((t) => hasType(data, t))) {
      const mismatch = problem(`is not ${describeExpected(schema, defs)}`);
      wrongType.add(mismatch[0] as SchemaProblem);
      return mismatch;
    }
    if (hasOwn(schema, 'const') && !sameJson(data, schema['const'])) {
      const mismatch = problem(`is not ${describeValue(schema['const'])}`);
      if (typeOf(data) !== typeOf(schema['const'])) wrongType.add(mismatch[0] as SchemaProblem);
      return mismatch;
    }
    const choices = schema['enum'] as unknown[] | undefined;
    if (choices !== undefined && !choices.some((choice) => sameJson(data, choice))) return problem(`is not one of ${choices.map(describeValue).join(', ')}`);
    if (typeof data === 'string') {
      const problems = checkString(schema, data, problem, defs);
      // A text of the wrong form is, for choosing among anyOf branches, a value of the wrong type.
      if (problems.length > 0 && schema['pattern'] !== undefined && problems[0]?.message.includes(' is not ')) wrongType.add(problems[0]);
      return problems;
    }
    if (typeof data === 'number') return checkNumber(schema, data, problem);
    if (Array.isArray(data)) {
      const out: SchemaProblem[] = [];
      const min = schema['minItems'] as number | undefined;
      const max = schema['maxItems'] as number | undefined;
      if (min !== undefined && data.length < min) out.push(...problem(`has ${data.length} items; expected at least ${min}`));
      if (max !== undefined && data.length > max) out.push(...problem(`has ${data.length} items; expected at most ${max}`));
      const prefix = (schema['prefixItems'] ?? []) as JsonSchema[];
      const items = schema['items'] as JsonSchema | undefined;
      data.forEach((item: unknown, i) => {
        const itemSchema = i < prefix.length ? prefix[i] : items;
        if (itemSchema !== undefined) out.push(...check(itemSchema, item, itemPath(path, i), depth + 1));
      });
      return out;
    }
    if (typeof data === 'object' && data !== null) {
      const record = data as Record<string, unknown>;
      const out: SchemaProblem[] = [];
      const keys = Object.keys(record);
      const minProperties = schema['minProperties'] as number | undefined;
      if (minProperties !== undefined && keys.length < minProperties) out.push(...problem(`has ${keys.length} members; expected at least ${minProperties}`));
      for (const key of (schema['required'] ?? []) as string[]) if (!hasOwn(record, key)) out.push({ path: joinPath(path, key), message: 'is missing' });
      const properties = (schema['properties'] ?? {}) as Record<string, JsonSchema>;
      const names = schema['propertyNames'] as JsonSchema | undefined;
      const additional = schema['additionalProperties'] as JsonSchema | false | undefined;
      for (const key of keys) {
        const at = joinPath(path, key);
        if (names !== undefined) {
          const bad = check(names, key, at, depth + 1);
          if (bad.length > 0) {
            out.push({ path: at, message: `is not a known key here; ${(bad[0] as SchemaProblem).message}` });
            continue;
          }
        }
        if (hasOwn(properties, key)) out.push(...check(properties[key] as JsonSchema, record[key], at, depth + 1));
        else if (additional === false) out.push({ path: at, message: `is not a known key; expected one of ${Object.keys(properties).join(', ')}` });
        else if (additional !== undefined) out.push(...check(additional, record[key], at, depth + 1));
      }
      return out;
    }
    return [];
  };
  return check(root, value, '', 0);
}

function checkString(schema: JsonSchema, data: string, problem: (message: string) => SchemaProblem[], defs: Record<string, JsonSchema>): SchemaProblem[] {
  const length = [...data].length;
  const min = schema['minLength'] as number | undefined;
  const max = schema['maxLength'] as number | undefined;
  if (min !== undefined && length < min) return problem(min === 1 ? 'is empty' : `is shorter than ${min} characters`);
  if (max !== undefined && length > max) return problem(`is longer than ${max} characters`);
  const pattern = schema['pattern'] as string | undefined;
  // Said in words with an example, never as the regular expression.
  if (pattern !== undefined && !new RegExp(pattern, 'u').test(data)) return problem(`is not ${describeExpected(schema, defs)}`);
  return [];
}

function checkNumber(schema: JsonSchema, data: number, problem: (message: string) => SchemaProblem[]): SchemaProblem[] {
  const bound = (key: string): number | undefined => schema[key] as number | undefined;
  const [min, max, above, below] = [bound('minimum'), bound('maximum'), bound('exclusiveMinimum'), bound('exclusiveMaximum')];
  if (min !== undefined && data < min) return problem(`is below ${min}`);
  if (max !== undefined && data > max) return problem(`is above ${max}`);
  if (above !== undefined && data <= above) return problem(`is not above ${above}`);
  if (below !== undefined && data >= below) return problem(`is not below ${below}`);
  return [];
}

/** What a schema asks for, in words, for messages. */
function describeExpected(schema: JsonSchema, defs: Record<string, JsonSchema>, depth = 0): string {
  if (typeof schema['description'] === 'string') return schema['description'];
  const ref = schema['$ref'];
  if (typeof ref === 'string') {
    const name = ref.slice('#/$defs/'.length);
    return name === 'parameterRef' ? 'a { "$param": name } reference' : depth > 2 ? `a ${name}` : describeExpected(defs[name] as JsonSchema, defs, depth + 1);
  }
  const anyOf = schema['anyOf'] as JsonSchema[] | undefined;
  if (anyOf !== undefined) return anyOf.map((branch) => describeExpected(branch, defs, depth + 1)).join(', or ');
  if (hasOwn(schema, 'const')) return describeValue(schema['const']);
  const choices = schema['enum'] as unknown[] | undefined;
  if (choices !== undefined) return `one of ${choices.map(describeValue).join(', ')}`;
  const type = schema['type'];
  const article = (t: unknown): string => (t === 'integer' ? 'a whole number' : t === 'array' ? 'a list' : t === 'object' ? 'an object' : `a ${String(t)}`);
  return Array.isArray(type) ? type.map(article).join(' or ') : article(type);
}
