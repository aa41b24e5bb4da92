import { daysInMonth } from './civil-date.js';
import { fail, pathArgument } from './errors.js';

/**
 * An instant: a `Date`, epoch milliseconds, or an ISO-8601 string WITH `Z` or an offset
 * (`'2026-11-20T16:30:00-05:00'`). A string without an offset is ambiguous and rejected.
 *
 * @example
 * ```ts
 * import type { DateInput } from 'slakit';
 *
 * const at: DateInput = '2026-11-20T16:30:00-05:00';
 * ```
 */
export type DateInput = Date | number | string;

/** The largest distance from the epoch an instant may have: 100,000,000 days, as in `Date`. */
export const MAX_INSTANT_MS = 8.64e15;

const ISO_INSTANT =
  /^([+-]\d{6}|\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?([Zz]|[+-]\d{2}(?::?\d{2}(?::?\d{2})?)?)$/;
// '+275760-09-13T00:00:00.000000000+00:00:00' has 42 characters; longer text is not an instant.
const MAX_INSTANT_LENGTH = 48;

/**
 * Converts a {@link DateInput} to epoch milliseconds, the form every computation uses.
 *
 * @throws SlaError `INVALID_DATE` for an invalid `Date`, a non-finite or fractional number, a
 * string without an offset, or an instant outside ±100,000,000 days.
 * @example
 * ```ts
 * import { toEpochMs } from 'slakit';
 *
 * toEpochMs('1970-01-01T01:00:00+01:00'); //=> 0
 * ```
 */
export function toEpochMs(input: unknown, path = 'at'): number {
  pathArgument(path);
  let ms: number;
  if (typeof input === 'number') {
    if (!Number.isInteger(input)) return fail('INVALID_DATE', path, input, 'is not a whole number of epoch milliseconds');
    ms = input;
  } else if (input instanceof Date) {
    ms = input.getTime();
    if (Number.isNaN(ms)) return fail('INVALID_DATE', path, input, 'is not a valid Date');
  } else if (typeof input === 'string') {
    ms = parseIsoInstant(input, path);
  } else {
    return fail('INVALID_DATE', path, input, 'is not an instant; expected a Date, epoch milliseconds or an ISO-8601 string with an offset');
  }
  // Written so that NaN (a year beyond Date's range) fails too.
  if (!(Math.abs(ms) <= MAX_INSTANT_MS)) {
    return fail('INVALID_DATE', path, input, 'is outside ±100,000,000 days from 1970-01-01');
  }
  return ms;
}

function parseIsoInstant(text: string, path: string): number {
  if (text.length > MAX_INSTANT_LENGTH) return fail('INVALID_DATE', path, text, `is longer than ${MAX_INSTANT_LENGTH} characters; not an ISO-8601 instant`);
  const m = ISO_INSTANT.exec(text);
  if (!m) {
    const hint = /^\d{4}-\d{2}-\d{2}([Tt ]\d{2}:\d{2}(:\d{2}([.,]\d+)?)?)?$/.test(text)
      ? 'has no offset, so it is ambiguous; add Z or ±HH:mm'
      : 'is not an ISO-8601 instant such as 2026-11-20T16:30:00-05:00';
    return fail('INVALID_DATE', path, text, hint);
  }
  const [, y, mo, d, h, mi, s, frac, zone] = m as unknown as [string, string, string, string, string, string, string | undefined, string | undefined, string];
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h);
  const minute = Number(mi);
  const second = s === undefined ? 0 : Number(s);
  if (y === '-000000' || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour > 23 || minute > 59 || second > 59) {
    return fail('INVALID_DATE', path, text, 'is not a date and time of the calendar');
  }
  const millis = frac === undefined ? 0 : Number(frac.slice(0, 3).padEnd(3, '0'));
  let offsetMinutes = 0;
  if (zone !== 'Z' && zone !== 'z') {
    const sign = zone[0] === '-' ? -1 : 1;
    const digits = zone.slice(1).replace(/:/g, '');
    const oh = Number(digits.slice(0, 2));
    const om = digits.length > 2 ? Number(digits.slice(2, 4)) : 0;
    const os = digits.length > 4 ? Number(digits.slice(4, 6)) : 0;
    if (oh > 23 || om > 59 || os > 59) return fail('INVALID_DATE', path, text, 'has an offset outside ±23:59');
    offsetMinutes = sign * (oh * 60 + om + os / 60);
  }
  const utc = new Date(0);
  utc.setUTCFullYear(year, month - 1, day);
  utc.setUTCHours(hour, minute, second, millis);
  return utc.getTime() - Math.round(offsetMinutes * 60_000);
}

/**
 * Reads any {@link DateInput} and returns it as a `Date`, validated the same way everywhere.
 *
 * @throws SlaError `INVALID_DATE` as {@link toEpochMs} does.
 * @example
 * ```ts
 * import { parseInstant } from 'slakit';
 *
 * parseInstant('2026-11-20T16:30:00-05:00').toISOString(); //=> '2026-11-20T21:30:00.000Z'
 * parseInstant('2026-11-20T16:30:00'); // throws SlaError INVALID_DATE (no offset)
 * ```
 */
export function parseInstant(input: DateInput, path = 'at'): Date {
  return new Date(toEpochMs(input, path));
}
