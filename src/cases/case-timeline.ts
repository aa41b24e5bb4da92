import { fail } from '../core/errors.js';
import { MAX_INSTANT_MS, toEpochMs } from '../core/instant.js';
import { ASSIGNED, CLOSED, type CompiledPolicy, CUSTOMER_MESSAGE, eventCode, EVENT_TYPES, PAUSED, recode, REOPENED, RESOLUTION_NOTICE, RESUMED, SEVERITY_CHANGED, severityLevel } from './validate-support-policy.js';

const CASE_KEYS = ['id', 'severity', 'openedAt', 'events', 'timeZone', 'attributes'];

/** Throws `INVALID_CASE` at `path`. */
function invalidCase(path: string, value: unknown, expected: string): never {
  return fail('INVALID_CASE', path, value, expected);
}

function badEvent(index: number, code: number, expected: string): never {
  return invalidCase(`events[${index}]`, EVENT_TYPES[code], expected);
}

/** A pause's reason or an assignment's team, when given: a non-empty text of at most 100 characters. */
export function noteOf(value: unknown, path: string, team: boolean): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value.trim() === '' || value.length > 100) invalidCase(path, value, team ? 'is not a team name such as L2 (a non-empty text of at most 100 characters)' : 'is not a pause reason such as waiting-on-customer (a non-empty text of at most 100 characters)');
  return value;
}

/** An instant of a case as epoch ms; a bad one is an `INVALID_CASE` at its path. */
function instantOf(value: unknown, path: string): number {
  // Fast path for epoch ms, the form generated and streamed data usually takes.
  if (typeof value === 'number' && Number.isInteger(value) && Math.abs(value) <= MAX_INSTANT_MS) return value;
  return recode('INVALID_CASE', () => toEpochMs(value, path));
}

/**
 * A case's timeline, validated and in processing order (by time, then by the policy's
 * same-timestamp order, then by input order), as typed arrays. One instance is reused across the
 * cases of a report, so reading a case allocates nothing unless its events need sorting.
 */
export class Timeline {
  opened = 0;
  severity = 1;
  n = 0;
  type = new Uint8Array(8);
  at = new Float64Array(8);
  sev = new Uint8Array(8);
  /** The input index of each event, for error messages. */
  index = new Int32Array(8);
  /** A `paused` event's reason or an `assigned` event's team (else `undefined`). */
  note: (string | undefined)[] = [];
  /** Whether some pause has a reason. */
  reasoned = false;
  /** Whether the case has a customer message. */
  messages = false;
  /** Whether the case has an assignment. */
  assigned = false;
  /** When the case was first assigned (epoch ms), or Infinity. */
  assignedAt = Infinity;

  private grow(size: number): void {
    if (size <= this.type.length) return;
    const capacity = Math.max(size, this.type.length * 2);
    const widen = <T extends Uint8Array | Float64Array | Int32Array>(old: T): T => {
      const wider = new (old.constructor as new (length: number) => T)(capacity);
      wider.set(old);
      return wider;
    };
    this.type = widen(this.type);
    this.at = widen(this.at);
    this.sev = widen(this.sev);
    this.index = widen(this.index);
  }

  /** Reads and validates a case. @throws SlaError `INVALID_CASE` naming the field (`events[3].at`). */
  load(input: unknown, policy: CompiledPolicy): void {
    if (typeof input !== 'object' || input === null || Array.isArray(input)) invalidCase('case', input, 'is not a case object { severity, openedAt, events? }');
    const object = input as Record<string, unknown>;
    for (const key in object) {
      if (!CASE_KEYS.includes(key)) invalidCase(key, key, `is not a known key; expected one of ${CASE_KEYS.join(', ')}`);
    }
    const id = object['id'];
    if (id !== undefined && typeof id !== 'string' && !(typeof id === 'number' && Number.isFinite(id))) invalidCase('id', id, 'is not a text or a number');
    const zone = object['timeZone'];
    if (zone !== undefined && typeof zone !== 'string') invalidCase('timeZone', zone, "is not an IANA time zone such as 'America/New_York'");
    const attributes = object['attributes'];
    if (attributes !== undefined && (typeof attributes !== 'object' || attributes === null || Object.values(attributes).some((v) => typeof v !== 'string'))) {
      invalidCase('attributes', attributes, 'is not an object of texts');
    }
    const levels = policy.levels.length - 1;
    this.severity = severityLevel(object['severity'], 'severity', 'INVALID_CASE', levels);
    const opened = instantOf(object['openedAt'], 'openedAt');
    this.opened = opened;
    this.reasoned = this.messages = this.assigned = false;
    this.assignedAt = Infinity;
    const { events = [] } = object;
    if (!Array.isArray(events)) invalidCase('events', events, 'is not a list of events');
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
      const path = `events[${i}]`;
      if (typeof event !== 'object' || event === null) invalidCase(path, event, 'is not an event { type, at }');
      const record = event as Record<string, unknown>;
      const code = eventCode(record['type'], `${path}.type`, 'INVALID_CASE');
      const changed = code === SEVERITY_CHANGED;
      const field = changed ? 'severity' : code === PAUSED ? 'reason' : code === ASSIGNED ? 'team' : '';
      for (const key in record) {
        if (key !== 'type' && key !== 'at' && key !== field) {
          invalidCase(`${path}.${key}`, key, `is not a known key; expected type, at${field === '' ? '' : `, ${field}`}`);
        }
      }
      const time = instantOf(record['at'], `${path}.at`);
      if (time < opened) invalidCase(`${path}.at`, record['at'], `is before openedAt ${new Date(opened).toISOString()}`);
      const level = changed ? severityLevel(record['severity'], `${path}.severity`, 'INVALID_CASE', levels) : 0;
      type[i] = code;
      at[i] = time;
      sev[i] = level;
      index[i] = i;
      this.note[i] = code === PAUSED || code === ASSIGNED ? noteOf(record[field], `${path}.${field}`, code === ASSIGNED) : undefined;
      const r = rank[code] as number;
      if (time < previousAt || (time === previousAt && r < previousRank)) sorted = false;
      previousAt = time;
      previousRank = r;
    }
    if (!sorted) this.sort(rank);
    this.check();
  }

  /**
   * Starts a case whose fields a reader has already checked one by one (`readCases`), leaving only
   * what `load` checks across the events: `push` each event in input order, then `finish`.
   */
  begin(opened: number): void {
    this.opened = opened;
    this.n = 0;
    this.reasoned = this.messages = this.assigned = false;
    this.assignedAt = Infinity;
  }

  /** Appends an event to a case begun with `begin` (`note`: a pause's reason, an assignment's team, checked by the caller); false when it comes before the opening (`load` names that error). */
  push(code: number, time: number, level: number, note?: string): boolean {
    const i = this.n;
    this.grow(i + 1);
    this.type[i] = code;
    this.at[i] = time;
    this.sev[i] = level;
    this.index[i] = i;
    this.note[i] = note;
    this.n = i + 1;
    return time >= this.opened;
  }

  /** Puts the pushed events in processing order and checks them. @throws SlaError `INVALID_CASE` as `load` does. */
  finish(rank: Uint8Array): void {
    const { n, type, at } = this;
    for (let i = 1; i < n; i++) {
      const time = at[i] as number;
      const previous = at[i - 1] as number;
      if (time < previous || (time === previous && (rank[type[i] as number] as number) < (rank[type[i - 1] as number] as number))) {
        this.sort(rank);
        break;
      }
    }
    this.check();
  }

  /** Sorts the input indexes (in `index`), then moves the events to match. */
  private sort(rank: Uint8Array): void {
    const { n, type, at, sev, index, note } = this;
    index.subarray(0, n).sort((a, b) => (at[a] as number) - (at[b] as number) || (rank[type[a] as number] as number) - (rank[type[b] as number] as number) || a - b);
    const [types, times, levels, notes] = [type.slice(0, n), at.slice(0, n), sev.slice(0, n), note.slice(0, n)];
    for (let to = 0; to < n; to++) {
      const from = index[to] as number;
      type[to] = types[from] as number;
      at[to] = times[from] as number;
      sev[to] = levels[from] as number;
      note[to] = notes[from];
    }
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
      if (code >= CUSTOMER_MESSAGE) {
        if (code === CUSTOMER_MESSAGE) this.messages = true;
        else if (!this.assigned) {
          this.assigned = true;
          this.assignedAt = this.at[k] as number;
        }
      } else if (code === PAUSED && this.note[k] !== undefined) this.reasoned = true;
      if (code === PAUSED) {
        if (pausedBy >= 0) badEvent(i, code, `comes while the case is already paused since events[${pausedBy}]; expected 'resumed' first`);
        pausedBy = i;
      } else if (code === RESUMED) {
        if (pausedBy < 0) badEvent(i, code, "comes without a 'paused' before it");
        pausedBy = -1;
      } else if (code === REOPENED) {
        if (closedBy < 0 && !resolved) badEvent(i, code, "comes while the case is neither resolved nor closed");
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
