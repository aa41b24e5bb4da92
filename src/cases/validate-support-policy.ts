import { fail, SlaError } from '../core/errors.js';
import { parseDuration } from '../core/duration.js';
import { hasOwn, numberIn, plainObject } from '../core/plain-data.js';
import type { CaseEventType, SupportPolicy } from './types.js';

/** Event types by code; the code is the index. */
export const EVENT_TYPES: readonly CaseEventType[] = ['responded', 'updated', 'paused', 'resumed', 'severity-changed', 'resolution-notice', 'reopened', 'closed'];
export const RESPONDED = 0;
export const UPDATED = 1;
export const PAUSED = 2;
export const RESUMED = 3;
export const SEVERITY_CHANGED = 4;
export const RESOLUTION_NOTICE = 5;
export const REOPENED = 6;
export const CLOSED = 7;

/** Same-timestamp order when a policy names none: a pause ends before anything else happens, and starts last. */
export const DEFAULT_EVENT_ORDER: readonly CaseEventType[] = ['resumed', 'severity-changed', 'responded', 'updated', 'resolution-notice', 'reopened', 'closed', 'paused'];

export const CLOCK_24X7 = 0;
export const CLOCK_BUSINESS = 1;

/** A validated target: `ms` of clock time, or `days` business days (then `ms` is 0). */
export interface CompiledTarget {
  readonly kind: typeof CLOCK_24X7 | typeof CLOCK_BUSINESS;
  readonly ms: number;
  readonly days: number;
}

export interface CompiledLevel {
  readonly label: string;
  readonly response: CompiledTarget;
  readonly updates: CompiledTarget | null;
  readonly escalation: CompiledTarget | null;
  readonly escalationBy: 'vendor' | 'customer';
  readonly resolution: CompiledTarget | null;
  readonly complianceTarget: number | null;
}

/** A policy after validation, in the form the clocks use. */
export interface CompiledPolicy {
  /** Index = severity level; index 0 is unused. */
  readonly levels: readonly CompiledLevel[];
  /** Rank of each event type code in the same-timestamp order. */
  readonly rank: Uint8Array;
  readonly restart: boolean;
  readonly warnPercents: readonly number[];
  readonly warnBefore: readonly number[];
  readonly autoClose: CompiledTarget | null;
  readonly complianceTarget: number | null;
}

// Bounds that keep every due time a few binary searches away; no support target comes near them.
const MAX_TARGET_MS = 3653 * 86_400_000;
const MAX_BUSINESS_DAYS = 2610;

const POLICY_KEYS = ['name', 'levels', 'complianceTarget', 'warnAt', 'eventOrder', 'severityChange', 'autoClose'];
const LEVEL_KEYS = ['label', 'response', 'updates', 'escalation', 'resolution', 'complianceTarget'];
const LEVELS = ['1', '2', '3', '4'];

/** A duration above zero, or `INVALID_POLICY` at `path`. */
export function positiveDuration(value: unknown, path: string): number {
  let ms: number;
  try {
    ms = parseDuration(value as number, { allowNegative: true, path });
  } catch (error) {
    // Report a policy's bad duration under the policy's code, keeping the duration's message.
    const { message, details } = error as SlaError;
    throw new SlaError('INVALID_POLICY', message.slice(message.indexOf(' ') + 1), details);
  }
  if (ms <= 0) return fail('INVALID_POLICY', path, value, 'is not a positive length of time; a target must be longer than zero');
  if (ms > MAX_TARGET_MS) return fail('INVALID_POLICY', path, value, 'is longer than 3,653 days (10 years)');
  return ms;
}

function compileTarget(value: unknown, path: string, escalation: boolean): CompiledTarget {
  const extra = escalation ? ['by'] : [];
  const isDays = typeof value === 'object' && value !== null && 'businessDays' in value;
  const object = plainObject(value, path, 'INVALID_POLICY', isDays ? ['businessDays', ...extra] : ['after', 'clock', ...extra]);
  if (escalation && hasOwn(object, 'by') && object['by'] !== 'vendor' && object['by'] !== 'customer') {
    fail('INVALID_POLICY', `${path}.by`, object['by'], "is not 'vendor' or 'customer'");
  }
  if (isDays) {
    const days = object['businessDays'];
    if (typeof days !== 'number' || !Number.isSafeInteger(days) || days <= 0 || days > MAX_BUSINESS_DAYS) {
      return fail('INVALID_POLICY', `${path}.businessDays`, days, 'is not a whole number of business days from 1 to 2,610 (10 years)');
    }
    return { kind: CLOCK_BUSINESS, ms: 0, days };
  }
  if (!hasOwn(object, 'after')) return fail('INVALID_POLICY', path, value, "has no length; expected { after, clock } or { businessDays }");
  const ms = positiveDuration(object['after'], `${path}.after`);
  const clock = object['clock'];
  if (clock !== '24x7' && clock !== 'business') return fail('INVALID_POLICY', `${path}.clock`, clock, "is not '24x7' or 'business'");
  return { kind: clock === '24x7' ? CLOCK_24X7 : CLOCK_BUSINESS, ms, days: 0 };
}

function share(value: unknown, path: string): number {
  return numberIn(value, path, 'INVALID_POLICY', 0, 1, 'a share from 0 to 1 (0.9 is 90%)');
}

function compileLevel(value: unknown, path: string): CompiledLevel {
  const level = plainObject(value, path, 'INVALID_POLICY', LEVEL_KEYS);
  const label = level['label'];
  if (typeof label !== 'string' || label.trim() === '') fail('INVALID_POLICY', `${path}.label`, label, 'is not a non-empty text');
  if (level['response'] === undefined) fail('INVALID_POLICY', `${path}.response`, undefined, 'is missing; every level needs a response target');
  const optional = (key: string, escalation = false): CompiledTarget | null =>
    level[key] === undefined ? null : compileTarget(level[key], `${path}.${key}`, escalation);
  const escalationBy = (level['escalation'] as { by?: 'vendor' | 'customer' } | undefined)?.by ?? 'vendor';
  return {
    label: label as string,
    response: compileTarget(level['response'], `${path}.response`, false),
    updates: optional('updates'),
    escalation: optional('escalation', true),
    escalationBy,
    resolution: optional('resolution'),
    complianceTarget: level['complianceTarget'] === undefined ? null : share(level['complianceTarget'], `${path}.complianceTarget`),
  };
}

function compileEventOrder(value: unknown): Uint8Array {
  const order = value === undefined ? DEFAULT_EVENT_ORDER : value;
  if (!Array.isArray(order)) return fail('INVALID_POLICY', 'eventOrder', order, 'is not a list of event types');
  const rank = new Uint8Array(EVENT_TYPES.length).fill(255);
  order.forEach((type: unknown, i) => {
    const code = EVENT_TYPES.indexOf(type as CaseEventType);
    if (code < 0) fail('INVALID_POLICY', `eventOrder[${i}]`, type, `is not an event type; expected one of ${EVENT_TYPES.join(', ')}`);
    if (rank[code] !== 255) fail('INVALID_POLICY', `eventOrder[${i}]`, type, 'appears twice');
    rank[code] = i;
  });
  const missing = EVENT_TYPES.filter((_, code) => rank[code] === 255);
  if (missing.length > 0) fail('INVALID_POLICY', 'eventOrder', order, `does not place ${missing.join(', ')}; list all eight event types`);
  return rank;
}

/** Validates a support policy and compiles it; shares nothing with the caller's objects. */
export function compilePolicy(input: unknown): CompiledPolicy {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return fail('INVALID_POLICY', 'policy', input, 'is not a support policy object');
  const policy = plainObject(input, '', 'INVALID_POLICY', POLICY_KEYS);
  if (policy['name'] !== undefined && typeof policy['name'] !== 'string') fail('INVALID_POLICY', 'name', policy['name'], 'is not a text');
  const levelsInput = plainObject(policy['levels'], 'levels', 'INVALID_POLICY', LEVELS);
  const levels: CompiledLevel[] = [];
  for (const key of LEVELS) {
    if (!hasOwn(levelsInput, key)) fail('INVALID_POLICY', `levels.${key}`, undefined, 'is missing; a policy defines all four severity levels 1–4');
    levels[Number(key)] = compileLevel(levelsInput[key], `levels.${key}`);
  }
  levels[0] = levels[1] as CompiledLevel;

  let warnPercents: number[] = [];
  let warnBefore: number[] = [];
  if (policy['warnAt'] !== undefined) {
    const warnAt = plainObject(policy['warnAt'], 'warnAt', 'INVALID_POLICY', ['percent', 'before']);
    const list = (key: string): unknown[] => {
      const value = warnAt[key];
      if (value === undefined) return [];
      if (!Array.isArray(value)) return fail('INVALID_POLICY', `warnAt.${key}`, value, 'is not a list');
      return value as unknown[];
    };
    warnPercents = list('percent').map((p, i) => {
      const value = numberIn(p, `warnAt.percent[${i}]`, 'INVALID_POLICY', 0, 100, 'a percentage above 0 and below 100');
      if (value === 0 || value === 100) fail('INVALID_POLICY', `warnAt.percent[${i}]`, p, 'is not a percentage above 0 and below 100');
      return value;
    });
    warnBefore = list('before').map((d, i) => positiveDuration(d, `warnAt.before[${i}]`));
  }

  const change = policy['severityChange'];
  if (change !== undefined && change !== 'retroactive' && change !== 'restart') {
    fail('INVALID_POLICY', 'severityChange', change, "is not 'retroactive' or 'restart'");
  }
  return {
    levels,
    rank: compileEventOrder(policy['eventOrder']),
    restart: change === 'restart',
    warnPercents,
    warnBefore,
    autoClose: policy['autoClose'] === undefined ? null : compileTarget(policy['autoClose'], 'autoClose', false),
    complianceTarget: policy['complianceTarget'] === undefined ? null : share(policy['complianceTarget'], 'complianceTarget'),
  };
}

/**
 * Checks that a value is a complete, valid {@link SupportPolicy} (for a policy loaded from JSON),
 * and returns it typed. `evaluateCase` and `complianceReport` run the same checks.
 *
 * @throws SlaError `INVALID_POLICY` naming the field: a missing level, a target of zero or
 * negative length, an unknown key, an event order that does not list all eight event types, …
 * @example
 * ```ts
 * validateSupportPolicy(JSON.parse(JSON.stringify(uniphoreSupport))).levels[3].label; //=> 'Sev 3 (medium)'
 * validateSupportPolicy({ levels: { 1: { label: 'S1', response: { after: 0, clock: '24x7' } } } }); // throws SlaError INVALID_POLICY
 * // levels.1.response.after: 0 is not a positive length of time; a target must be longer than zero
 * ```
 */
export function validateSupportPolicy(policy: unknown): SupportPolicy {
  compilePolicy(policy);
  return policy as SupportPolicy;
}

