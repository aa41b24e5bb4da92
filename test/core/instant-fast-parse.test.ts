import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysInMonth } from '../../src/core/civil-date.js';
import { fail } from '../../src/core/errors.js';
import { toEpochMs } from '../../src/core/instant.js';
import { scanIsoInstant, scanWallTime } from '../../src/core/scan-date-time.js';
import { parseWallTime } from '../../src/core/time-zone.js';

// The reference model: the regex parse of toEpochMs, as written in src/core/instant.ts (a copy, so
// that a change there cannot make the two agree by accident).
const ISO_INSTANT =
  /^([+-]\d{6}|\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?([Zz]|[+-]\d{2}(?::?\d{2}(?::?\d{2})?)?)$/;

function referenceParse(text: string, path: string): number {
  if (text.length > 48) return fail('INVALID_DATE', path, text, 'is longer than 48 characters; not an ISO-8601 instant');
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
  const ms = utc.getTime() - Math.round(offsetMinutes * 60_000);
  if (!(Math.abs(ms) <= 8.64e15)) return fail('INVALID_DATE', path, text, 'is outside ±100,000,000 days from 1970-01-01');
  return ms;
}

/** What a parse gives: its number, or its error's code, message and details. */
function outcome(parse: () => number): unknown {
  try {
    return { ms: parse() };
  } catch (error) {
    const { code, message, details } = error as { code: string; message: string; details: unknown };
    return { code, message, details };
  }
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');
const year = fc.oneof(
  fc.integer({ min: 0, max: 9999 }).map((y) => pad(y, 4)),
  fc.constantFrom('2024', '2025', '2100', '2000', '1900', '0000', '0004', '1600'),
  fc.constantFrom('202', '20260', '+002026', '-000001', '-000000', '+275760'),
);
const month = fc.oneof(fc.integer({ min: 0, max: 13 }).map((m) => pad(m, 2)), fc.constantFrom('1', '2', '99', 'ab'));
const day = fc.oneof(fc.integer({ min: 0, max: 32 }).map((d) => pad(d, 2)), fc.constantFrom('28', '29', '30', '31', '1', '3a'));
const separator = fc.constantFrom('T', 't', ' ', 'x', '', '  ');
const hour = fc.oneof(fc.integer({ min: 0, max: 25 }).map((h) => pad(h, 2)), fc.constantFrom('24', '1', '9a'));
const minute = fc.oneof(fc.integer({ min: 0, max: 61 }).map((m) => pad(m, 2)), fc.constantFrom('5', '60'));
const seconds = fc.oneof(
  fc.constant(''),
  fc.integer({ min: 0, max: 61 }).map((s) => `:${pad(s, 2)}`),
  fc.constantFrom(':5', ':', ':60'),
);
const fraction = fc.oneof(
  fc.constant(''),
  fc.tuple(fc.constantFrom('.', ',', ':', ''), fc.integer({ min: 0, max: 10 }), fc.nat()).map(([mark, length, digits]) => mark + String(digits).padStart(10, '7').slice(0, length)),
);
const offset = fc.oneof(
  fc.constantFrom('', 'Z', 'z', 'UTC', '+', '-'),
  fc.tuple(fc.constantFrom('+', '-', '−'), fc.integer({ min: 0, max: 25 }), fc.integer({ min: 0, max: 61 }), fc.constantFrom(':', ''), fc.constantFrom('', ':00', ':30', '15', ':61')).map(
    ([sign, h, m, colon, rest]) => `${sign}${pad(h, 2)}${colon}${pad(m, 2)}${rest}`,
  ),
  fc.tuple(fc.constantFrom('+', '-'), fc.integer({ min: 0, max: 25 })).map(([sign, h]) => `${sign}${pad(h, 2)}`),
  fc.constantFrom('+5:00', '+05:0', '+05:3a', '+0530', '+05:30:15'),
);
/** Date-and-time texts, valid and near-valid. */
const dateTime = fc
  .tuple(year, month, day, separator, hour, minute, seconds, fraction, offset)
  .map(([y, mo, d, sep, h, mi, s, frac, zone]) => `${y}-${mo}-${d}${sep}${h}:${mi}${s}${s === '' ? '' : frac}${zone}`);
/** The same, with one character replaced, inserted or removed. */
const mutated = fc.tuple(dateTime, fc.nat(), fc.constantFrom('', '0', '9', '-', ':', '.', 'T', 'Z', '+', ' ', '\n', '٣')).map(([text, at, char]) => {
  const i = at % (text.length + 1);
  return at % 2 === 0 ? text.slice(0, i) + char + text.slice(i + 1) : text.slice(0, i) + char + text.slice(i);
});
/** Local times as the readers take them, and near ones. */
const wallTime = fc
  .tuple(year, month, day, separator, hour, minute, seconds, fraction)
  .map(([y, mo, d, sep, h, mi, s, frac]) => `${y}-${mo}-${d}${sep}${h}:${mi}${s}${s === '' ? '' : frac}`);
const anyText = fc.oneof(dateTime, wallTime, mutated, fc.string({ maxLength: 40 }));

/** What readers of rows do: the fast scan, and toEpochMs for whatever it leaves. */
function fastThenFull(text: string): number {
  const fast = scanIsoInstant(text);
  return fast === fast ? fast : toEpochMs(text, 'at');
}

describe('the fast instant parse agrees with the regex parse', () => {
  it('scanIsoInstant, then toEpochMs for what it leaves, gives the same number or error as the regex model, for any text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(outcome(() => fastThenFull(text))).toEqual(outcome(() => referenceParse(text, 'at')));
      }),
      { numRuns: 5000 },
    );
  });

  it('valid instants with Z or ±HH:MM round-trip through toISOString', () => {
    const instant = fc.date({ noInvalidDate: true, min: new Date('0000-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59.999Z') });
    fc.assert(
      fc.property(instant, fc.integer({ min: -23 * 60 - 59, max: 23 * 60 + 59 }), (date, offsetMinutes) => {
        const ms = date.getTime();
        expect(scanIsoInstant(date.toISOString())).toBe(ms);
        const wall = new Date(ms + offsetMinutes * 60_000);
        if (wall.getUTCFullYear() < 0 || wall.getUTCFullYear() > 9999) return;
        const sign = offsetMinutes < 0 ? '-' : '+';
        const text = `${wall.toISOString().slice(0, 23)}${sign}${pad(Math.floor(Math.abs(offsetMinutes) / 60), 2)}:${pad(Math.abs(offsetMinutes) % 60, 2)}`;
        expect(scanIsoInstant(text)).toBe(ms);
        expect(toEpochMs(text)).toBe(ms);
      }),
      { numRuns: 2000 },
    );
  });

  it('scanWallTime reads exactly the local times parseWallTime(text, true) reads', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const fast = scanWallTime(text);
        const slow = parseWallTime(text, true);
        expect(Number.isNaN(fast) ? null : fast).toBe(slow);
      }),
      { numRuns: 5000 },
    );
  });

  it.each([
    ['2026-01-01 10:00', 1_767_261_600_000],
    ['2026-01-01T10:00:00.5', 1_767_261_600_500],
    ['2026-01-01t10:00', null],
    ['2026-01-01 10:00:00,5', null],
    ['2026-01-01 10:00:00.1234', null],
    ['2024-02-29 10:00', 1_709_200_800_000],
    ['2025-02-29 10:00', null],
    ['2026-01-01 24:00', null],
  ])('the local time %s reads as %s', (text, wall) => {
    expect(parseWallTime(text, true)).toBe(wall);
    const fast = scanWallTime(text);
    expect(Number.isNaN(fast) ? null : fast).toBe(wall);
  });

  it.each([
    ['2024-02-29T12:00:00Z', true],
    ['2025-02-29T12:00:00Z', false],
    ['2100-02-29T12:00:00Z', false],
    ['2000-02-29T12:00:00Z', true],
    ['2026-04-31T12:00:00Z', false],
    ['2026-13-01T12:00:00Z', false],
    ['2026-00-01T12:00:00Z', false],
    ['2026-01-01T24:00:00Z', false],
    ['2026-01-01T23:60:00Z', false],
    ['2026-01-01T23:59:60Z', false],
    ['2026-01-01t10:00:00.123456789z', true],
    ['2026-01-01 10:00,5+05:30', false],
    ['2026-01-01 10:00:00,5+05:30', true],
    ['2026-01-01T10:00:00+24:00', false],
    ['2026-01-01T10:00:00+23:60', false],
    ['2026-01-01T10:00:00.123456789Z', true],
    ['2026-01-01T10:00:00.1234567890Z', false],
    ['2026-01-01T10:00:00.Z', false],
    ['2026-01-01T10:00-00:00', true],
    ['0000-01-01T00:00:00Z', true],
    ['0099-12-31T23:59:59.999+14:00', true],
  ])('%s is read the same as the regex reads it (valid: %s)', (text, valid) => {
    const fast = outcome(() => fastThenFull(text));
    expect(fast).toEqual(outcome(() => referenceParse(text, 'at')));
    expect('ms' in (fast as object)).toBe(valid);
    expect(Number.isNaN(scanIsoInstant(text))).toBe(!valid);
  });
});
