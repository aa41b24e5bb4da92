import { fail, SlaError } from '../core/errors.js';
import { MAX_INSTANT_MS, toEpochMs } from '../core/instant.js';
import {
  CLOSED,
  type CompiledPolicy,
  EVENT_TYPES,
  PAUSED,
  REOPENED,
  RESOLUTION_NOTICE,
  RESPONDED,
  RESUMED,
  SEVERITY_CHANGED,
  UPDATED,
} from './validate-support-policy.js';

/** An instant of a case as epoch ms; a bad one is an `INVALID_CASE` at its path. */
function instantOf(value: unknown, path: string): number {
  // Fast path for epoch ms, the form generated and streamed data usually takes.
  if (typeof value === 'number' && Number.isInteger(value) && Math.abs(value) <= MAX_INSTANT_MS) return value;
  try {
    return toEpochMs(value, path);
  } catch (error) {
    const { message, details } = error as SlaError;
    throw new SlaError('INVALID_CASE', message.slice(message.indexOf(' ') + 1), details);
  }
}

function typeCode(type: unknown): number {
  switch (type) {
    case 'responded':
      return RESPONDED;
    case 'updated':
      return UPDATED;
    case 'paused':
      return PAUSED;
    case 'resumed':
      return RESUMED;
    case 'severity-changed':
      return SEVERITY_CHANGED;
    case 'resolution-notice':
      return RESOLUTION_NOTICE;
    case 'reopened':
      return REOPENED;
    case 'closed':
      return CLOSED;
    default:
      return -1;
  }
}

function badEvent(index: number, code: number, expected: string): never {
  return fail('INVALID_CASE', `events[${index}]`, EVENT_TYPES[code], expected);
}

function isSeverity(value: unknown): value is 1 | 2 | 3 | 4 {
  return value === 1 || value === 2 || value === 3 || value === 4;
}

/**
 * A case's timeline, validated and in processing order (by time, then by the policy's
 * same-timestamp order, then by input order), as typed arrays. One instance is reused across the
 * cases of a report, so reading a case allocates nothing unless its events need sorting.
 */
export class Timeline {
  opened = 0;
  severity: 1 | 2 | 3 | 4 = 1;
  n = 0;
  type = new Uint8Array(8);
  at = new Float64Array(8);
  sev = new Uint8Array(8);
  /** The input index of each event, for error messages. */
  index = new Int32Array(8);

  private grow(size: number): void {
    if (size <= this.type.length) return;
    const capacity = Math.max(size, this.type.length * 2);
    const type = new Uint8Array(capacity);
    const at = new Float64Array(capacity);
    const sev = new Uint8Array(capacity);
    const index = new Int32Array(capacity);
    type.set(this.type);
    at.set(this.at);
    sev.set(this.sev);
    index.set(this.index);
    Object.assign(this, { type, at, sev, index });
  }

  /** Reads and validates a case. @throws SlaError `INVALID_CASE` naming the field (`events[3].at`). */
  load(input: unknown, policy: CompiledPolicy): void {
    if (typeof input !== 'object' || input === null || Array.isArray(input)) fail('INVALID_CASE', 'case', input, 'is not a case object { severity, openedAt, events? }');
    const object = input as Record<string, unknown>;
    for (const key in object) {
      if (key !== 'id' && key !== 'severity' && key !== 'openedAt' && key !== 'events') {
        fail('INVALID_CASE', key, key, 'is not a known key; expected one of id, severity, openedAt, events');
      }
    }
    const id = object['id'];
    if (id !== undefined && typeof id !== 'string' && !(typeof id === 'number' && Number.isFinite(id))) fail('INVALID_CASE', 'id', id, 'is not a text or a number');
    const severity = object['severity'];
    if (!isSeverity(severity)) fail('INVALID_CASE', 'severity', severity, 'is not a severity level 1, 2, 3 or 4');
    this.severity = severity;
    const opened = instantOf(object['openedAt'], 'openedAt');
    this.opened = opened;
    const events = object['events'];
    if (events === undefined) {
      this.n = 0;
      return;
    }
    if (!Array.isArray(events)) fail('INVALID_CASE', 'events', events, 'is not a list of events');
    const n = events.length;
    this.grow(n);
    this.n = n;
    const { type, at, sev, index } = this;
    const rank = policy.rank;
    let sorted = true;
    let previousAt = -Infinity;
    let previousRank = -1;
    for (let i = 0; i < n; i++) {
      const event = events[i] as unknown;
      if (typeof event !== 'object' || event === null) fail('INVALID_CASE', `events[${i}]`, event, 'is not an event { type, at }');
      const record = event as Record<string, unknown>;
      const code = typeCode(record['type']);
      if (code < 0) fail('INVALID_CASE', `events[${i}].type`, record['type'], `is not an event type; expected one of ${EVENT_TYPES.join(', ')}`);
      for (const key in record) {
        if (key !== 'type' && key !== 'at' && (key !== 'severity' || code !== SEVERITY_CHANGED)) {
          fail('INVALID_CASE', `events[${i}].${key}`, key, code === SEVERITY_CHANGED ? 'is not a known key; expected type, at, severity' : 'is not a known key; expected type, at');
        }
      }
      const time = instantOf(record['at'], `events[${i}].at`);
      if (time < opened) fail('INVALID_CASE', `events[${i}].at`, record['at'], `is before openedAt ${new Date(opened).toISOString()}`);
      let level = 0;
      if (code === SEVERITY_CHANGED) {
        const value = record['severity'];
        if (!isSeverity(value)) fail('INVALID_CASE', `events[${i}].severity`, value, 'is not a severity level 1, 2, 3 or 4');
        level = value;
      }
      type[i] = code;
      at[i] = time;
      sev[i] = level;
      index[i] = i;
      const r = rank[code] as number;
      if (time < previousAt || (time === previousAt && r < previousRank)) sorted = false;
      previousAt = time;
      previousRank = r;
    }
    if (!sorted) this.sort(rank);
    this.check();
  }

  private sort(rank: Uint8Array): void {
    const { n, type, at, sev } = this;
    const order = Array.from({ length: n }, (_, i) => i);
    order.sort((a, b) => (at[a] as number) - (at[b] as number) || (rank[type[a] as number] as number) - (rank[type[b] as number] as number) || a - b);
    const copy = { type: type.slice(0, n), at: at.slice(0, n), sev: sev.slice(0, n) };
    order.forEach((from, to) => {
      type[to] = copy.type[from] as number;
      at[to] = copy.at[from] as number;
      sev[to] = copy.sev[from] as number;
      this.index[to] = from;
    });
  }

  /** Checks that the events make sense in order: pauses pair up, a closed case takes nothing but a reopening, … */
  private check(): void {
    const { n, type, index } = this;
    let pausedBy = -1;
    let closedBy = -1;
    let resolved = false;
    for (let k = 0; k < n; k++) {
      const code = type[k] as number;
      const i = index[k] as number;
      if (code === PAUSED) {
        if (pausedBy >= 0) badEvent(i, code, `comes while the case is already paused since events[${pausedBy}]; expected 'resumed' first`);
        pausedBy = i;
      } else if (code === RESUMED) {
        if (pausedBy < 0) badEvent(i, code, "comes without a 'paused' before it");
        pausedBy = -1;
      } else if (code === REOPENED) {
        if (closedBy < 0 && !resolved) badEvent(i, code, "comes while the case is neither resolved nor closed; expected a 'resolution-notice' or 'closed' before it");
        closedBy = -1;
        resolved = false;
      } else {
        if (closedBy >= 0) badEvent(i, code, `comes after the case was closed at events[${closedBy}]; expected 'reopened' first`);
        if (code === CLOSED) closedBy = i;
        else if (code === RESOLUTION_NOTICE) resolved = true;
      }
    }
  }
}
