import { tzOffset } from '@date-fns/tz/tzOffset';
import { civilFields, dayNumber, MS_PER_DAY } from './civil-date.js';
import { fail } from './errors.js';
import { type DateInput, MAX_INSTANT_MS, toEpochMs } from './instant.js';

/**
 * The offsets of one IANA zone, with the package's single DST policy for wall time → instant.
 * Wall times are "wall milliseconds": the local date and time read as if they were UTC
 * (`Date.UTC(y, m, d, h, mi, s)`), so arithmetic never touches the host's zone.
 */
export interface ZoneRules {
  readonly timeZone: string;
  /** Offset from UTC in ms at an instant (positive east of Greenwich). */
  offsetAt(epochMs: number): number;
  /** Wall milliseconds of an instant. */
  toWall(epochMs: number): number;
  /** The instant of a wall time under the `'compatible'` policy: gap → forward, repeat → earlier. */
  toInstant(wallMs: number): number;
}

// Offsets are sampled per bucket of 2^30 ms (~12.4 days) and bisected only where a bucket's ends
// differ, so a zone costs a few dozen Intl calls a year instead of one per query.
const BUCKET_MS = 2 ** 30;
const MAX_BUCKETS_PER_ZONE = 8192;
const MAX_ZONES = 64;

type Bucket = { readonly before: number; readonly at: number; readonly after: number };

let zoneCache: Map<string, ZoneRules> | undefined;

function readOffset(timeZone: string, epochMs: number): number {
  // Sampling may step just past Date's range at its ends; the offset there is the edge's offset.
  const date = new Date(Math.min(MAX_INSTANT_MS, Math.max(-MAX_INSTANT_MS, epochMs)));
  let minutes = tzOffset(timeZone, date);
  // @date-fns/tz 1.5 reads Intl's 'GMT-00:44:30' as +44.5 minutes: the sign of '-00' is lost. Only
  // offsets under an hour can suffer, so only those are checked against Intl's own text.
  if (minutes > 0 && minutes < 60 && longOffsetText(timeZone, date).startsWith('GMT-')) minutes = -minutes;
  // Offsets with seconds (historical LMT) come back as fractional minutes: snap to the second.
  return Math.round(minutes * 60) * 1000;
}

const offsetFormats = new Map<string, Intl.DateTimeFormat>();

function longOffsetText(timeZone: string, date: Date): string {
  let format = offsetFormats.get(timeZone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' });
    if (offsetFormats.size >= MAX_ZONES) offsetFormats.clear();
    offsetFormats.set(timeZone, format);
  }
  const part = format.formatToParts(date).find((p) => p.type === 'timeZoneName');
  return part?.value ?? '';
}

function createZoneRules(timeZone: string): ZoneRules {
  const buckets = new Map<number, Bucket>();
  const bucketOf = (index: number): Bucket => {
    let bucket = buckets.get(index);
    if (bucket !== undefined) return bucket;
    let lo = index * BUCKET_MS;
    let hi = lo + BUCKET_MS;
    const before = readOffset(timeZone, lo);
    const after = readOffset(timeZone, hi);
    if (before !== after) {
      // Invariant: offset(lo) === before, offset(hi) !== before; narrow to the first changed ms.
      while (hi - lo > 1) {
        const mid = lo + Math.floor((hi - lo) / 2);
        if (readOffset(timeZone, mid) === before) lo = mid;
        else hi = mid;
      }
    }
    bucket = { before, at: hi, after };
    if (buckets.size >= MAX_BUCKETS_PER_ZONE) buckets.clear();
    buckets.set(index, bucket);
    return bucket;
  };
  const offsetAt = (epochMs: number): number => {
    const bucket = bucketOf(Math.floor(epochMs / BUCKET_MS));
    return epochMs < bucket.at ? bucket.before : bucket.after;
  };
  return {
    timeZone,
    offsetAt,
    toWall: (epochMs) => epochMs + offsetAt(epochMs),
    toInstant(wallMs) {
      const earlier = offsetAt(wallMs - MS_PER_DAY);
      const later = offsetAt(wallMs + MS_PER_DAY);
      const first = wallMs - earlier;
      if (earlier === later) return first;
      const second = wallMs - later;
      const firstValid = offsetAt(first) === earlier;
      const secondValid = offsetAt(second) === later;
      if (firstValid && secondValid) return Math.min(first, second);
      if (secondValid) return second;
      // Valid under the earlier offset, or in a gap: reading it with the offset in force before the
      // gap lands the gap's length later, which is the 'compatible' policy.
      return first;
    },
  };
}

/**
 * Whether a string names a time zone this JavaScript runtime knows (an IANA name such as
 * `'America/New_York'`, or `'UTC'`).
 *
 * @example
 * ```ts
 * import { isValidTimeZone } from 'slakit';
 *
 * isValidTimeZone('Asia/Kolkata'); //=> true
 * isValidTimeZone('Mars/Olympus_Mons'); //=> false
 * ```
 */
export function isValidTimeZone(timeZone: unknown): timeZone is string {
  // The longest IANA name has 32 characters.
  if (typeof timeZone !== 'string' || timeZone.length === 0 || timeZone.length > 64) return false;
  if (zoneCache?.has(timeZone) === true || validNames?.has(timeZone) === true) return true;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
  } catch {
    return false;
  }
  // Offsets such as '+05:30' are not IANA zones and tzOffset reads them differently.
  if (!/^[A-Za-z]/.test(timeZone)) return false;
  // A reader checks a zone per row: the names already found valid (bounded) skip Intl.
  validNames ??= new Set();
  if (validNames.size >= 1024) validNames.clear();
  validNames.add(timeZone);
  return true;
}

let validNames: Set<string> | undefined;

/**
 * The cached offset rules of a zone (one per zone name, bounded), validating the name.
 *
 * @throws SlaError `INVALID_TIME_ZONE` for a name the runtime does not know.
 */
export function zoneRules(timeZone: unknown, path = 'timeZone'): ZoneRules {
  const cached = typeof timeZone === 'string' ? zoneCache?.get(timeZone) : undefined;
  if (cached !== undefined) return cached;
  if (!isValidTimeZone(timeZone)) return fail('INVALID_TIME_ZONE', path, timeZone, "is not an IANA time zone such as 'America/New_York'");
  zoneCache ??= new Map();
  if (zoneCache.size >= MAX_ZONES) {
    const oldest = zoneCache.keys().next().value as string;
    zoneCache.delete(oldest);
  }
  const rules = createZoneRules(timeZone);
  zoneCache.set(timeZone, rules);
  return rules;
}

/** Wall milliseconds of a day number and a time of day in seconds. */
export function wallMs(days: number, secondsOfDay: number): number {
  return days * MS_PER_DAY + secondsOfDay * 1000;
}

const WALL_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?$/;

/** Wall milliseconds of a local date and time (`'2026-03-08T02:30'`; with `space`, `'2026-03-08 02:30:15'` too), or `null` when it is not one. */
export function parseWallTime(text: string, space = false): number | null {
  const m = WALL_TIME.exec(text);
  if (!m || (!space && text[10] !== 'T')) return null;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map((v) => Number(v ?? 0)) as [number, number, number, number, number, number];
  const days = dayNumber(year, month, day);
  const fields = civilFields(days);
  if (fields.month !== month || fields.day !== day || hour > 23 || minute > 59 || second > 59) return null;
  return wallMs(days, hour * 3600 + minute * 60 + second) + Number((m[7] ?? '0').padEnd(3, '0'));
}

/**
 * How the one DST policy places a wall time: 0 it occurs once, 1 it falls in a gap (moved
 * forward), 2 it occurs twice (the earlier instant is taken). Mirrors `toInstant`.
 */
export function wallTimeFold(rules: ZoneRules, wall: number): 0 | 1 | 2 {
  const earlier = rules.offsetAt(wall - MS_PER_DAY);
  const later = rules.offsetAt(wall + MS_PER_DAY);
  if (earlier === later) return 0;
  const firstValid = rules.offsetAt(wall - earlier) === earlier;
  const secondValid = rules.offsetAt(wall - later) === later;
  return firstValid && secondValid ? 2 : firstValid || secondValid ? 0 : 1;
}

/**
 * The offset of `rules` (from {@link zoneRules}) at every instant of `[fromMs, toMs]`, a span
 * shorter than a bucket, or NaN when it changes in between. The rules change offset at most once
 * per bucket, so the span's ends and the bucket edge inside it settle it. Lets a reader of many
 * local times keep the offset of a wall-clock hour that is a day away from any change: there,
 * `toInstant(wall)` is `wall - offset`.
 */
export function steadyOffset(rules: ZoneRules, fromMs: number, toMs: number): number {
  if (!(toMs - fromMs < BUCKET_MS)) return NaN;
  const offset = rules.offsetAt(fromMs);
  if (rules.offsetAt(toMs) !== offset) return NaN;
  const edge = Math.floor(toMs / BUCKET_MS) * BUCKET_MS;
  if (edge > fromMs && (rules.offsetAt(edge - 1) !== offset || rules.offsetAt(edge) !== offset)) return NaN;
  return offset;
}

/**
 * The instant at which a local wall time occurs in a zone, under slakit's one DST policy
 * (`Temporal`'s `'compatible'`): a wall time in a DST gap moves forward by the gap's length, and
 * a wall time that occurs twice takes the earlier instant.
 *
 * @throws SlaError `INVALID_TIME_ZONE` or `INVALID_DATE`.
 * @example
 * ```ts
 * import { zonedTimeToInstant } from 'slakit';
 *
 * zonedTimeToInstant('America/New_York', '2026-03-08T02:30').toISOString();
 * //=> '2026-03-08T07:30:00.000Z' (03:30 EDT: the gap moves it forward)
 * zonedTimeToInstant('America/New_York', '2026-11-01T01:30').toISOString();
 * //=> '2026-11-01T05:30:00.000Z' (01:30 EDT, the earlier of the two)
 * ```
 */
export function zonedTimeToInstant(timeZone: string, wallTime: string): Date {
  const rules = zoneRules(timeZone);
  const wall = typeof wallTime === 'string' ? parseWallTime(wallTime) : null;
  if (wall === null) return fail('INVALID_DATE', 'wallTime', wallTime, "is not a local date and time such as '2026-03-08T02:30'");
  return new Date(rules.toInstant(wall));
}

/**
 * The local wall time of an instant in a zone, as `'YYYY-MM-DDTHH:mm:ss.sss±HH:mm'` (`±HH:mm:ss` for
 * historical offsets with seconds; years outside 0000–9999 in ISO 8601's expanded `±YYYYYY` form),
 * which {@link parseInstant} reads back.
 *
 * @throws SlaError `INVALID_TIME_ZONE` or `INVALID_DATE`.
 * @example
 * ```ts
 * import { instantToZonedTime } from 'slakit';
 *
 * instantToZonedTime('Asia/Kolkata', '2026-06-01T00:00:00Z'); //=> '2026-06-01T05:30:00.000+05:30'
 * ```
 */
export function instantToZonedTime(timeZone: string, at: DateInput): string {
  return formatZoned(zoneRules(timeZone), toEpochMs(at));
}

/** Formats an instant in a zone as ISO-8601 with its offset. */
export function formatZoned(rules: ZoneRules, epochMs: number): string {
  const offset = rules.offsetAt(epochMs);
  const wall = epochMs + offset;
  const days = Math.floor(wall / MS_PER_DAY);
  const msOfDay = wall - days * MS_PER_DAY;
  const { year, month, day } = civilFields(days);
  const ms = msOfDay % 1000;
  const time = `${twoDigits(Math.floor(msOfDay / 3_600_000))}:${twoDigits(Math.floor(msOfDay / 60_000) % 60)}:${twoDigits(Math.floor(msOfDay / 1000) % 60)}.${ms < 10 ? '00' : ms < 100 ? '0' : ''}${ms}`;
  return `${formatYear(year)}-${twoDigits(month)}-${twoDigits(day)}T${time}${formatOffset(offset)}`;
}

/** 0–99 as two digits. */
function twoDigits(n: number): string {
  return n < 10 ? `0${n}` : `${n}`;
}

/** A year as ISO 8601 writes it: four digits for 0000–9999, else the expanded `±YYYYYY`. */
export function formatYear(year: number): string {
  if (year >= 0 && year <= 9999) return String(year).padStart(4, '0');
  return `${year < 0 ? '-' : '+'}${String(Math.abs(year)).padStart(6, '0')}`;
}

/** Formats an offset in ms as `±HH:mm` (or `±HH:mm:ss` when it has seconds). */
export function formatOffset(offsetMs: number): string {
  const sign = offsetMs < 0 ? '-' : '+';
  const total = Math.abs(offsetMs) / 1000;
  const base = `${sign}${twoDigits(Math.floor(total / 3600))}:${twoDigits(Math.floor(total / 60) % 60)}`;
  return total % 60 === 0 ? base : `${base}:${twoDigits(total % 60)}`;
}
