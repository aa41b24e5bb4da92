import { fail, pathArgument } from './errors.js';
import { readOptions } from './plain-data.js';

/**
 * A length of elapsed time: milliseconds, an object of units, or an ISO-8601 duration string.
 * A day here is 24 hours of elapsed time; business days belong to the calendar module.
 *
 * @example
 * ```ts
 * import type { DurationInput } from 'slakit';
 *
 * const a: DurationInput = 3_600_000;
 * const b: DurationInput = { hours: 4, minutes: 30 };
 * const c: DurationInput = 'PT4H30M';
 * ```
 */
export type DurationInput = number | DurationObject | string;

/**
 * Units of elapsed time; each present field is a finite number and they add up.
 *
 * @example
 * ```ts
 * import type { DurationObject } from 'slakit';
 *
 * const twoDays: DurationObject = { days: 2 };
 * ```
 */
export interface DurationObject {
  weeks?: number;
  days?: number;
  hours?: number;
  minutes?: number;
  seconds?: number;
  milliseconds?: number;
}

const UNIT_MS: Readonly<Record<keyof DurationObject, number>> = {
  weeks: 604_800_000,
  days: 86_400_000,
  hours: 3_600_000,
  minutes: 60_000,
  seconds: 1_000,
  milliseconds: 1,
};

const NUMBER = String.raw`(\d+(?:[.,]\d+)?)`;
const ISO_DURATION = new RegExp(`^([+-])?P(?:${NUMBER}W)?(?:${NUMBER}D)?(?:T(?:${NUMBER}H)?(?:${NUMBER}M)?(?:${NUMBER}S)?)?$`);
const ISO_UNITS = ['weeks', 'days', 'hours', 'minutes', 'seconds'] as const;

/**
 * Options of {@link parseDuration}.
 *
 * @example
 * ```ts
 * import type { ParseDurationOptions } from 'slakit';
 *
 * const options: ParseDurationOptions = { allowNegative: true, path: 'offset' };
 * ```
 */
export interface ParseDurationOptions {
  /** Accept a negative length (functions that can go backwards say so). Default `false`. */
  allowNegative?: boolean;
  /** The field name to use in error messages. Default `'duration'`. */
  path?: string;
}

/**
 * Converts a {@link DurationInput} to whole milliseconds.
 *
 * @throws SlaError `INVALID_DURATION` for anything that is not a finite length in whole
 * milliseconds, for a string longer than 64 characters, for months and years (their length varies), and for a negative length unless
 * `allowNegative` is set.
 * @example
 * ```ts
 * import { parseDuration } from 'slakit';
 *
 * parseDuration('PT4H30M'); //=> 16200000
 * parseDuration({ days: 1 }); //=> 86400000
 * parseDuration('-PT1H', { allowNegative: true }); //=> -3600000
 * ```
 */
export function parseDuration(input: DurationInput, options?: ParseDurationOptions): number {
  const read = readOptions(options, 'options', ['allowNegative', 'path']);
  const path = read['path'] === undefined ? 'duration' : pathArgument(read['path']);
  const allowNegative = read['allowNegative'];
  if (allowNegative !== undefined && typeof allowNegative !== 'boolean') fail('INVALID_ARGUMENT', 'options.allowNegative', allowNegative, 'is not true or false');
  let ms: number;
  if (typeof input === 'number') {
    ms = input;
  } else if (typeof input === 'string') {
    ms = parseIsoDuration(input, path);
  } else if (typeof input === 'object' && input !== null && !Array.isArray(input) && !(input instanceof Date)) {
    ms = parseDurationObject(input, path);
  } else {
    return fail('INVALID_DURATION', path, input, 'is not a duration; expected milliseconds, { hours, minutes, … } or an ISO-8601 duration');
  }
  if (!Number.isFinite(ms)) return fail('INVALID_DURATION', path, input, 'is not a finite length of time');
  // Unit products such as 0.1 h can land a hair off a whole millisecond; snap those, reject real fractions.
  const whole = Math.round(ms);
  if (Math.abs(ms - whole) > 1e-6 * Math.max(1, Math.abs(ms))) {
    return fail('INVALID_DURATION', path, input, 'is not a whole number of milliseconds');
  }
  if (whole < 0 && allowNegative !== true) return fail('INVALID_DURATION', path, input, 'is negative; expected a length of at least 0');
  return whole === 0 ? 0 : whole;
}

function parseDurationObject(input: object, path: string): number {
  const keys = Object.keys(input);
  if (keys.length === 0) return fail('INVALID_DURATION', path, input, 'has no units; expected e.g. { hours: 4 }');
  let total = 0;
  for (const key of keys) {
    if (!Object.prototype.hasOwnProperty.call(UNIT_MS, key)) {
      return fail('INVALID_DURATION', `${path}.${key}`, (input as Record<string, unknown>)[key], `is not a duration unit; expected one of ${Object.keys(UNIT_MS).join(', ')}`);
    }
    const amount = (input as Record<string, unknown>)[key];
    if (typeof amount !== 'number' || !Number.isFinite(amount)) {
      return fail('INVALID_DURATION', `${path}.${key}`, amount, 'is not a finite number');
    }
    total += amount * UNIT_MS[key as keyof DurationObject];
  }
  return total;
}

// No ISO duration that fits in a Date's range needs more characters than this.
const MAX_DURATION_LENGTH = 64;

function parseIsoDuration(text: string, path: string): number {
  if (text.length > MAX_DURATION_LENGTH) return fail('INVALID_DURATION', path, text, `is longer than ${MAX_DURATION_LENGTH} characters; not an ISO-8601 duration`);
  const m = ISO_DURATION.exec(text);
  if (!m || text.endsWith('T') || m.slice(2).every((part) => part === undefined)) {
    // Linear: one greedy run up to the first T, then back to its last Y or M.
    const hint = /^[+-]?P[^T]*[YM]/.test(text)
      ? 'uses years or months, whose length varies; use weeks, days, hours, minutes or seconds'
      : "is not an ISO-8601 duration such as 'PT4H30M' or 'P3D'";
    return fail('INVALID_DURATION', path, text, hint);
  }
  let total = 0;
  ISO_UNITS.forEach((unit, i) => {
    const part = m[i + 2];
    if (part !== undefined) total += Number(part.replace(',', '.')) * UNIT_MS[unit];
  });
  return m[1] === '-' ? -total : total;
}
