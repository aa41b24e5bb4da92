import { fail, SlaError, type SlaErrorCode } from '../core/errors.js';
import { parseDuration } from '../core/duration.js';
import { hasOwn, joinPath, numberIn, plainObject } from '../core/plain-data.js';
import { DEADLINE_TIME, secondsOfTime } from './deadline.js';
import type { CaseEventType, SeverityLevel, SupportPolicy } from './types.js';

/** Event types by code; the code is the index. */
export const EVENT_TYPES: readonly CaseEventType[] = ['responded', 'updated', 'paused', 'resumed', 'severity-changed', 'resolution-notice', 'reopened', 'closed', 'customer-message', 'assigned'];
export const RESPONDED = 0;
export const UPDATED = 1;
export const PAUSED = 2;
export const RESUMED = 3;
export const SEVERITY_CHANGED = 4;
export const RESOLUTION_NOTICE = 5;
export const REOPENED = 6;
export const CLOSED = 7;
export const CUSTOMER_MESSAGE = 8;
export const ASSIGNED = 9;
/** The event types every `eventOrder` lists (the two later ones, when not listed, come first). */
const ORDERED_TYPES = 8;

/** Same-timestamp order when a policy names none: a pause ends before anything else happens, and starts last. */
export const DEFAULT_EVENT_ORDER: readonly CaseEventType[] = ['assigned', 'customer-message', 'resumed', 'severity-changed', 'responded', 'updated', 'resolution-notice', 'reopened', 'closed', 'paused'];

export const CLOCK_24X7 = 0;
export const CLOCK_BUSINESS = 1;

/** A validated target: `ms` of clock time, or `days` business days (then `ms` is 0). */
export interface CompiledTarget {
  readonly kind: typeof CLOCK_24X7 | typeof CLOCK_BUSINESS;
  readonly ms: number;
  readonly days: number;
  /** The pause reasons that stop this clock (a pause without a reason always does); `null`: every pause. */
  readonly pausedBy?: readonly string[] | null;
  /** Shares (0–1] of the target at which `warningAt` gives an instant; empty: none. */
  readonly warnAt?: readonly number[];
  /** A deadline target (`{ businessDays, by }`): `by` and its seconds after local midnight; `kind` is then 24x7. */
  readonly deadline?: { readonly by: string; readonly seconds: number };
}

export interface CompiledLevel {
  readonly label: string;
  readonly response: CompiledTarget;
  readonly updates: CompiledTarget | null;
  readonly escalation: CompiledTarget | null;
  readonly escalationBy: 'vendor' | 'customer';
  readonly resolution: CompiledTarget | null;
  /** The target of each reply to a customer message. */
  readonly reply: CompiledTarget | null;
  /** The response compliance target of the level (the level's or its response target's). */
  readonly complianceTarget: number | null;
  /** The compliance targets of the level's resolution and update counts. */
  readonly resolutionComplianceTarget: number | null;
  readonly updatesComplianceTarget: number | null;
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
  /** Whether any level has a reply target (then statuses and reports carry `replies`). */
  readonly replies: boolean;
  /** Whether any target lists `pausedBy` (then a case with reasoned pauses is scanned per target). */
  readonly reasons: boolean;
  /** `reopen: 'new-cycle'`: each reopening starts a new resolution cycle. */
  readonly cycles: boolean;
}

// Bounds that keep every due time a few binary searches away; no support target comes near them.
const MAX_TARGET_MS = 3653 * 86_400_000;
const MAX_BUSINESS_DAYS = 2610;

const POLICY_KEYS = ['name', 'levels', 'complianceTarget', 'warnAt', 'eventOrder', 'severityChange', 'autoClose', 'reopen'];
const LEVEL_KEYS = ['label', 'response', 'updates', 'escalation', 'resolution', 'reply', 'complianceTarget'];
/** The targets that take `pausedBy` and `warnAt`: the clocks a case runs from an event. */
const CLOCK_KEYS = ['response', 'resolution', 'reply'];

/**
 * The most severity levels a policy can define (levels 1 to 10).
 *
 * @example
 * ```ts
 * import { MAX_SEVERITY_LEVELS } from 'slakit/cases';
 *
 * MAX_SEVERITY_LEVELS; //=> 10
 * ```
 */
export const MAX_SEVERITY_LEVELS = 10;

/** Throws `INVALID_POLICY` at `path`; policies, severity rules and the preset factories report with it. */
export function invalidPolicy(path: string, value: unknown, expected: string): never {
  return fail('INVALID_POLICY', path, value, expected);
}

/** Runs `read`, reporting an `SlaError` it throws under `code` with the same message and details. */
export function recode<T>(code: SlaErrorCode, read: () => T): T {
  try {
    return read();
  } catch (error) {
    const { message, details } = error as SlaError;
    throw new SlaError(code, message.slice(message.indexOf(' ') + 1), details);
  }
}

/** A severity level from 1 to `count`, or an error with `code` at `path`. */
export function severityLevel(value: unknown, path: string, code: SlaErrorCode, count = MAX_SEVERITY_LEVELS): SeverityLevel {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= count ? value : fail(code, path, value, `is not a severity level from 1 to ${count}`);
}

/** The code of an event type (its index in `EVENT_TYPES`), or an error with `code` at `path`. */
export function eventCode(type: unknown, path: string, code: SlaErrorCode): number {
  const index = EVENT_TYPES.indexOf(type as CaseEventType);
  return index < 0 ? fail(code, path, type, `is not an event type; expected one of ${EVENT_TYPES.join(', ')}`) : index;
}

/** A text with more than blanks in it, or `INVALID_POLICY` at `path`. */
export function nonEmptyText(value: unknown, path: string): string {
  return typeof value === 'string' && value.trim() !== '' ? value : invalidPolicy(path, value, 'is not a non-empty text');
}

/** `value` when it is one of `options`, or `INVALID_POLICY` at `path` (`is not '24x7' or 'business'`). */
export function oneOf<T extends string>(value: unknown, path: string, options: readonly T[]): T {
  return options.includes(value as T) ? (value as T) : invalidPolicy(path, value, `is not '${options.join("' or '")}'`);
}

/** A duration above zero, or `INVALID_POLICY` at `path`. */
export function positiveDuration(value: unknown, path: string): number {
  const ms = recode('INVALID_POLICY', () => parseDuration(value as number, { allowNegative: true, path }));
  if (ms <= 0) return invalidPolicy(path, value, 'is not a positive duration');
  return ms > MAX_TARGET_MS ? invalidPolicy(path, value, 'is longer than 3,653 days (10 years)') : ms;
}

/** A list of pause reasons (non-empty texts, none twice), or `INVALID_POLICY` at `path`. */
function reasonList(value: unknown, path: string): string[] {
  if (!Array.isArray(value) || value.length === 0) return invalidPolicy(path, value, "is not a non-empty list of pause reasons such as ['waiting-on-customer']");
  return value.map((reason: unknown, i) => {
    const text = nonEmptyText(reason, `${path}[${i}]`);
    if (text.length > 100) invalidPolicy(`${path}[${i}]`, reason, 'is longer than 100 characters');
    if (value.indexOf(reason) !== i) invalidPolicy(`${path}[${i}]`, reason, 'appears twice');
    return text;
  });
}

/** Warning shares above 0 and at most 1, none twice, or `INVALID_POLICY` at `path`. */
function warnShares(value: unknown, path: string): number[] {
  if (!Array.isArray(value)) return invalidPolicy(path, value, 'is not a list of shares such as [0.5, 0.75]');
  return value.map((share: unknown, i) => {
    if (typeof share !== 'number' || !(share > 0 && share <= 1)) invalidPolicy(`${path}[${i}]`, share, 'is not a share above 0 and at most 1 (0.75 is 75%)');
    if (value.indexOf(share) !== i) invalidPolicy(`${path}[${i}]`, share, 'appears twice');
    return share;
  });
}

function compileTarget(value: unknown, path: string, escalation = false, clock = false, deadline = true): CompiledTarget {
  const isDays = typeof value === 'object' && value !== null && 'businessDays' in value;
  // On an escalation, `by` names who escalates; on another business-days target it is a deadline's time of day.
  const extra = escalation ? ['by'] : [...(clock ? ['pausedBy', 'warnAt'] : []), ...(isDays ? ['by'] : [])];
  const object = plainObject(value, path, 'INVALID_POLICY', isDays ? ['businessDays', ...extra] : ['after', 'clock', ...extra]);
  if (escalation && hasOwn(object, 'by')) oneOf(object['by'], `${path}.by`, ['vendor', 'customer']);
  if (isDays) {
    const days = object['businessDays'];
    if (typeof days !== 'number' || !Number.isSafeInteger(days) || days <= 0 || days > MAX_BUSINESS_DAYS) {
      return invalidPolicy(`${path}.businessDays`, days, 'is not a whole number from 1 to 2,610 (10 years)');
    }
    if (!escalation && object['by'] !== undefined) {
      const by = object['by'];
      if (!deadline) invalidPolicy(`${path}.by`, by, 'is a deadline time, which an update cadence does not take; give updates as { businessDays } or { after, clock }');
      if (typeof by !== 'string' || !DEADLINE_TIME.test(by)) invalidPolicy(`${path}.by`, by, "is not a deadline time of day 'HH:MM' from 00:00 to 23:59, such as '16:00'");
      return withClockOptions({ kind: CLOCK_24X7, ms: 0, days, deadline: { by: by as string, seconds: secondsOfTime(by as string) } }, object, path);
    }
    return withClockOptions({ kind: CLOCK_BUSINESS, ms: 0, days }, object, path);
  }
  if (!hasOwn(object, 'after')) return invalidPolicy(path, value, 'is not { after, clock } or { businessDays }');
  const ms = positiveDuration(object['after'], `${path}.after`);
  return withClockOptions({ kind: oneOf(object['clock'], `${path}.clock`, ['24x7', 'business']) === '24x7' ? CLOCK_24X7 : CLOCK_BUSINESS, ms, days: 0 }, object, path);
}

/** A target with its `pausedBy` and `warnAt`, when given. */
function withClockOptions(target: CompiledTarget, object: Record<string, unknown>, path: string): CompiledTarget {
  const pausedBy = object['pausedBy'] === undefined ? null : reasonList(object['pausedBy'], `${path}.pausedBy`);
  const warnAt = object['warnAt'] === undefined ? [] : warnShares(object['warnAt'], `${path}.warnAt`);
  return pausedBy === null && warnAt.length === 0 ? target : { ...target, pausedBy, warnAt };
}

/** A share from 0 to 1 at `object[key]` (a compliance target), `null` when there is none, or an error with `code`. */
export function share(object: Record<string, unknown>, key: string, path: string, code: SlaErrorCode = 'INVALID_POLICY'): number | null {
  return object[key] === undefined ? null : numberIn(object[key], joinPath(path, key), code, 0, 1, 'a share from 0 to 1 (0.9 is 90%)');
}

function compileLevel(value: unknown, path: string): CompiledLevel {
  const level = plainObject(value, path, 'INVALID_POLICY', LEVEL_KEYS);
  const label = nonEmptyText(level['label'], `${path}.label`);
  const target = (key: string, escalation?: boolean): CompiledTarget | null =>
    level[key] === undefined ? null : compileTarget(escalation === true || key === 'reply' ? level[key] : withoutShare(level[key]), `${path}.${key}`, escalation, CLOCK_KEYS.includes(key), key !== 'updates');
  // A measured target may carry the share that must meet it.
  const shareOf = (key: string): number | null => {
    const value = level[key];
    return typeof value === 'object' && value !== null && hasOwn(value, 'complianceTarget') ? share(value as Record<string, unknown>, 'complianceTarget', `${path}.${key}`) : null;
  };
  const responseShare = shareOf('response');
  if (responseShare !== null && level['complianceTarget'] !== undefined) invalidPolicy(`${path}.response.complianceTarget`, responseShare, "is given as well as the level's complianceTarget; give one");
  return {
    label,
    response: target('response') ?? invalidPolicy(`${path}.response`, undefined, 'is missing; a level needs a response target'),
    updates: target('updates'),
    escalation: target('escalation', true),
    escalationBy: (level['escalation'] as { by?: 'vendor' | 'customer' } | undefined)?.by ?? 'vendor',
    resolution: target('resolution'),
    reply: target('reply'),
    complianceTarget: responseShare ?? share(level, 'complianceTarget', path),
    resolutionComplianceTarget: shareOf('resolution'),
    updatesComplianceTarget: shareOf('updates'),
  };
}

/** A target without its `complianceTarget` (the clocks do not read it). */
function withoutShare(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || !hasOwn(value, 'complianceTarget')) return value;
  const { complianceTarget: _, ...rest } = value as Record<string, unknown>;
  return rest;
}

function compileEventOrder(order: unknown = DEFAULT_EVENT_ORDER): Uint8Array {
  if (!Array.isArray(order)) return invalidPolicy('eventOrder', order, 'is not a list of event types');
  const rank = new Uint8Array(EVENT_TYPES.length).fill(255);
  order.forEach((type: unknown, i) => {
    const code = eventCode(type, `eventOrder[${i}]`, 'INVALID_POLICY');
    if (rank[code] !== 255) invalidPolicy(`eventOrder[${i}]`, type, 'appears twice');
    rank[code] = i;
  });
  const missing = EVENT_TYPES.slice(0, ORDERED_TYPES).filter((_, code) => rank[code] === 255);
  if (missing.length > 0) invalidPolicy('eventOrder', order, `does not place ${missing.join(', ')}; expected all eight event types`);
  // 'assigned' and 'customer-message', when not listed, come before every listed type.
  const unlisted = ['assigned', 'customer-message'].filter((type) => rank[EVENT_TYPES.indexOf(type as CaseEventType)] === 255);
  rank.forEach((r, code) => {
    if (r !== 255) rank[code] = r + unlisted.length;
  });
  unlisted.forEach((type, i) => (rank[EVENT_TYPES.indexOf(type as CaseEventType)] = i));
  return rank;
}

/** Validates a support policy and compiles it; shares nothing with the caller's objects. */
export function compilePolicy(input: unknown): CompiledPolicy {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return invalidPolicy('policy', input, 'is not a support policy object');
  const policy = plainObject(input, '', 'INVALID_POLICY', POLICY_KEYS);
  if (policy['name'] !== undefined && typeof policy['name'] !== 'string') invalidPolicy('name', policy['name'], 'is not a text');
  const keys = Array.from({ length: MAX_SEVERITY_LEVELS }, (_, i) => String(i + 1));
  const levelsInput = plainObject(policy['levels'], 'levels', 'INVALID_POLICY', keys);
  const count = keys.filter((key) => hasOwn(levelsInput, key)).length;
  if (count === 0) invalidPolicy('levels', levelsInput, `defines no severity level; expected levels 1 to N (N ≤ ${MAX_SEVERITY_LEVELS})`);
  const levels = keys
    .slice(0, count)
    .map((key) => (hasOwn(levelsInput, key) ? compileLevel(levelsInput[key], `levels.${key}`) : invalidPolicy(`levels.${key}`, undefined, `is missing; levels run from 1 to ${count} with no gap`)));
  const warnAt = policy['warnAt'] === undefined ? {} : plainObject(policy['warnAt'], 'warnAt', 'INVALID_POLICY', ['percent', 'before']);
  const list = (key: string): unknown[] => {
    const value = warnAt[key];
    return value === undefined ? [] : Array.isArray(value) ? value : invalidPolicy(`warnAt.${key}`, value, 'is not a list');
  };
  const warnPercents = list('percent').map((p, i) =>
    typeof p === 'number' && p > 0 && p < 100 ? p : invalidPolicy(`warnAt.percent[${i}]`, p, 'is not a percentage above 0 and below 100'),
  );
  const warnBefore = list('before').map((d, i) => positiveDuration(d, `warnAt.before[${i}]`));
  const change = policy['severityChange'];
  if (change !== undefined) oneOf(change, 'severityChange', ['retroactive', 'restart']);
  const clocks = levels.flatMap((l) => [l.response, l.resolution, l.reply]);
  const reopen = policy['reopen'] === undefined ? 'continue' : oneOf(policy['reopen'], 'reopen', ['new-cycle', 'continue']);
  return {
    // Index = severity level; index 0 repeats level 1.
    levels: [levels[0] as CompiledLevel, ...levels],
    replies: levels.some((l) => l.reply !== null),
    reasons: clocks.some((t) => t !== null && t.pausedBy != null),
    cycles: reopen === 'new-cycle',
    rank: compileEventOrder(policy['eventOrder']),
    restart: change === 'restart',
    warnPercents,
    warnBefore,
    autoClose: policy['autoClose'] === undefined ? null : compileTarget(policy['autoClose'], 'autoClose'),
    complianceTarget: share(policy, 'complianceTarget', ''),
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
 * import { validateSupportPolicy } from 'slakit/cases';
 * import { uniphoreSupport } from 'slakit/presets';
 *
 * validateSupportPolicy(JSON.parse(JSON.stringify(uniphoreSupport))).levels[3].label; //=> 'Sev 3 (medium)'
 * validateSupportPolicy({ levels: { 1: { label: 'S1', response: { after: 0, clock: '24x7' } } } }); // throws SlaError INVALID_POLICY
 * // levels.1.response.after: 0 is not a positive duration
 * ```
 */
export function validateSupportPolicy(policy: unknown): SupportPolicy {
  compilePolicy(policy);
  return policy as SupportPolicy;
}

