import { type DurationInput, parseDuration } from '../core/duration.js';
import { fail, type SlaErrorCode } from '../core/errors.js';
import { joinPath, plainObject } from '../core/plain-data.js';
import type { NoticeRule } from './types.js';

const KINDS = ['none', 'best-effort', 'minimum'] as const;
const DURATION_KEY = { 'best-effort': 'upTo', minimum: 'atLeast' } as const;

/** A validated notice rule, frozen, and the length it names in ms (`null` for `'none'`). */
export interface ReadNoticeRule {
  readonly rule: NoticeRule;
  readonly lead: number | null;
}

/**
 * Reads a {@link NoticeRule} from JSON-shaped input: its shape is checked with `code` at `path`,
 * its duration by `parseDuration` (`INVALID_DURATION` at `path.upTo` / `path.atLeast`).
 */
export function readNoticeRule(value: unknown, path: string, code: SlaErrorCode): ReadNoticeRule {
  const kind = (value as { kind?: unknown } | null)?.kind;
  if (typeof value !== 'object' || value === null || !(KINDS as readonly unknown[]).includes(kind)) {
    return fail(code, path, value, "is not a notice rule: { kind: 'none' }, { kind: 'best-effort', upTo } or { kind: 'minimum', atLeast }");
  }
  if (kind === 'none') {
    plainObject(value, path, code, ['kind']);
    return { rule: Object.freeze({ kind }), lead: null };
  }
  const key = DURATION_KEY[kind as 'best-effort' | 'minimum'];
  const object = plainObject(value, path, code, ['kind', key]);
  const duration = object[key] as DurationInput;
  if (duration === undefined) return fail(code, joinPath(path, key), duration, 'is missing: the length of notice the rule names');
  const lead = parseDuration(duration, { path: joinPath(path, key) });
  const copy = typeof duration === 'object' && duration !== null ? Object.freeze({ ...duration }) : duration;
  return { rule: Object.freeze({ kind, [key]: copy } as NoticeRule), lead };
}

/** A mutable copy of a notice rule (for `toJSON`). */
export function copyNoticeRule(rule: NoticeRule): NoticeRule {
  const copy: Record<string, unknown> = { ...rule };
  for (const key of ['upTo', 'atLeast']) {
    const value = copy[key];
    if (typeof value === 'object' && value !== null) copy[key] = { ...value };
  }
  return copy as unknown as NoticeRule;
}
