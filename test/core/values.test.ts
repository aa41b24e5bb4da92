import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDaysToCivilDate,
  addMonthsToCivilDate,
  civilDateToDays,
  civilFields,
  dayNumber,
  formatCivilDate,
  isCivilDate,
  parseYearMonth,
  weekdayOf,
} from '../../src/core/civil-date.js';
import { parseDuration } from '../../src/core/duration.js';
import { describeValue, fail, isSlaError, SlaError } from '../../src/core/errors.js';
import { parseInstant, toEpochMs } from '../../src/core/instant.js';
import { parseTimeOfDay } from '../../src/core/time-of-day.js';

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    return isSlaError(error) ? error.code : 'not an SlaError';
  }
  return undefined;
}

describe('SlaError', () => {
  it('carries a code, a message naming the field and value, and details', () => {
    const error = new SlaError('INVALID_DATE', "at: 'x' is not an instant", { path: 'at', value: 'x' });
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('SlaError');
    expect(error.code).toBe('INVALID_DATE');
    expect(error.message).toBe("INVALID_DATE: at: 'x' is not an instant");
    expect(error.details).toEqual({ path: 'at', value: 'x' });
    expect(new SlaError('INVALID_DATE', 'm').details).toEqual({});
  });

  it('isSlaError recognises a copy from another bundle by name and code, and nothing else', () => {
    expect(isSlaError(new SlaError('INVALID_DURATION', 'm'))).toBe(true);
    expect(isSlaError({ name: 'SlaError', code: 'INVALID_DATE', message: 'm' })).toBe(true);
    expect(isSlaError(new Error('boom'))).toBe(false);
    expect(isSlaError({ name: 'SlaError' })).toBe(false);
    expect(isSlaError(null)).toBe(false);
    expect(isSlaError('SlaError')).toBe(false);
  });

  it('fail throws with the path first and the value described', () => {
    expect(() => fail('INVALID_ARGUMENT', 'n', 1.5, 'is not whole')).toThrow('INVALID_ARGUMENT: n: 1.5 is not whole');
    expect(describeValue(10n)).toBe('10n');
    expect(describeValue(new Date(Number.NaN))).toBe('Invalid Date');
    expect(describeValue(new Date(0))).toBe('1970-01-01T00:00:00.000Z');
    expect(describeValue(undefined)).toBe('undefined');
    expect(describeValue({ a: 1 })).toBe('{"a":1}');
    expect(describeValue(Symbol.for('s'))).toBe('Symbol(s)');
    const circular: Record<string, unknown> = {};
    circular['self'] = circular;
    expect(describeValue(circular)).toBe('[object Object]');
  });
});

describe('instants (DateInput)', () => {
  it('accepts a Date, epoch ms, and ISO strings with Z or an offset', () => {
    expect(toEpochMs(new Date(5))).toBe(5);
    expect(toEpochMs(5)).toBe(5);
    expect(toEpochMs('1970-01-01T00:00:00Z')).toBe(0);
    expect(toEpochMs('1970-01-01T01:00:00+01:00')).toBe(0);
    expect(toEpochMs('1970-01-01T01:00+0100')).toBe(0);
    expect(toEpochMs('1970-01-01T05:30:00+05')).toBe(5.5 * 3_600_000 - 5 * 3_600_000);
    expect(toEpochMs('1970-01-01T00:00:00.123456789z')).toBe(123);
    expect(toEpochMs('1970-01-01T00:00:00,5Z')).toBe(500);
    expect(toEpochMs('+010000-01-01T00:00:00Z')).toBe(Date.UTC(10000, 0, 1));
    expect(toEpochMs('0001-01-01T00:00:00Z')).toBe(new Date('0001-01-01T00:00:00Z').getTime());
    expect(parseInstant('2026-11-20T16:30:00-05:00').toISOString()).toBe('2026-11-20T21:30:00.000Z');
  });

  it.each([
    [new Date(Number.NaN), /is not a valid Date/],
    [Number.NaN, /not a whole number/],
    [Number.POSITIVE_INFINITY, /not a whole number/],
    [1.5, /not a whole number/],
    [8.64e15 + 1, /outside ±100,000,000 days/],
    [-8.64e15 - 1, /outside ±100,000,000 days/],
    ['2026-11-20T16:30:00', /no offset, so it is ambiguous/],
    ['2026-11-20', /no offset, so it is ambiguous/],
    ['2026-02-30T00:00:00Z', /not a date and time of the calendar/],
    ['2026-01-01T24:00:00Z', /not a date and time of the calendar/],
    ['2026-01-01T10:60:00Z', /not a date and time of the calendar/],
    ['2026-01-01T10:00:60Z', /not a date and time of the calendar/],
    ['2026-13-01T00:00:00Z', /not a date and time of the calendar/],
    ['-000000-01-01T00:00:00Z', /not a date and time of the calendar/],
    ['2026-01-01T10:00:00+24:00', /offset outside/],
    ['2026-01-01T10:00:00+05:60', /offset outside/],
    ['+275761-01-01T00:00:00Z', /outside ±100,000,000 days/],
    ['next tuesday', /not an ISO-8601 instant/],
    [{}, /not an instant/],
    [null, /not an instant/],
  ])('rejects %s', (input, message) => {
    expect(() => toEpochMs(input, 'openedAt')).toThrow(message);
    expect(codeOf(() => toEpochMs(input, 'openedAt'))).toBe('INVALID_DATE');
    expect(() => toEpochMs(input, 'openedAt')).toThrow(/^INVALID_DATE: openedAt: /);
  });

  it('round-trips any valid instant through its ISO string', () => {
    fc.assert(
      fc.property(fc.date({ noInvalidDate: true, min: new Date(-8.64e15), max: new Date(8.64e15) }), (date) => {
        expect(toEpochMs(date.toISOString())).toBe(date.getTime());
      }),
    );
  });
});

describe('civil dates', () => {
  it('accepts real dates and rejects the rest with INVALID_DATE', () => {
    expect(isCivilDate('2024-02-29')).toBe(true);
    expect(isCivilDate('2023-02-29')).toBe(false);
    expect(isCivilDate('2026-02-30')).toBe(false);
    expect(isCivilDate('2026-13-01')).toBe(false);
    expect(isCivilDate('2026-1-01')).toBe(false);
    expect(isCivilDate(20260101)).toBe(false);
    expect(civilDateToDays('1970-01-02')).toBe(1);
    expect(() => civilDateToDays('2026-02-30', 'start')).toThrow("INVALID_DATE: start: '2026-02-30' is not a date of the calendar");
    expect(() => civilDateToDays('26-02-01')).toThrow(/expected 'YYYY-MM-DD'/);
    expect(() => civilDateToDays('2026-00-10')).toThrow(/INVALID_DATE/);
  });

  it('day numbers round-trip and weekdays are right', () => {
    fc.assert(
      fc.property(fc.integer({ min: -800_000, max: 3_000_000 }), (days) => {
        const { year, month, day } = civilFields(days);
        expect(dayNumber(year, month, day)).toBe(days);
        expect(weekdayOf(days)).toBe(new Date(days * 86_400_000).getUTCDay());
        if (year >= 0 && year <= 9999) expect(civilDateToDays(formatCivilDate(days))).toBe(days);
      }),
    );
    expect(weekdayOf(civilDateToDays('2026-11-22'))).toBe(0);
  });

  it('adds days across years and months with month-end clamping', () => {
    expect(addDaysToCivilDate('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDaysToCivilDate('2027-03-14', -60)).toBe('2027-01-13');
    expect(addMonthsToCivilDate('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonthsToCivilDate('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonthsToCivilDate('2026-03-15', 12)).toBe('2027-03-15');
    expect(addMonthsToCivilDate('2026-03-31', -1)).toBe('2026-02-28');
    expect(addMonthsToCivilDate('2026-11-30', 3)).toBe('2027-02-28');
    expect(() => addDaysToCivilDate('2026-01-01', 0.5)).toThrow(/INVALID_ARGUMENT: days/);
    expect(() => addMonthsToCivilDate('2026-01-01', 1.5)).toThrow(/INVALID_ARGUMENT: months/);
    expect(() => addMonthsToCivilDate('9999-12-01', 1)).toThrow(/INVALID_DATE/);
  });

  it('parses YYYY-MM months', () => {
    expect(parseYearMonth('2026-06')).toEqual({ year: 2026, month: 6 });
    expect(() => parseYearMonth('2026-13')).toThrow("INVALID_DATE: month: '2026-13' is not a month; expected 'YYYY-MM'");
    expect(() => parseYearMonth('2026-6')).toThrow(/INVALID_DATE/);
    expect(() => parseYearMonth(202606)).toThrow(/INVALID_DATE/);
  });
});

describe('durations (DurationInput)', () => {
  it.each([
    [3_600_000, 3_600_000],
    [0, 0],
    [{ hours: 4, minutes: 30 }, 16_200_000],
    [{ weeks: 1 }, 604_800_000],
    [{ days: 1 }, 86_400_000],
    [{ hours: 0.1 }, 360_000],
    [{ seconds: 1, milliseconds: 5 }, 1005],
    ['PT4H30M', 16_200_000],
    ['P3D', 259_200_000],
    ['P1W', 604_800_000],
    ['PT0.5S', 500],
    ['PT1,5H', 5_400_000],
    ['P1DT2H', 93_600_000],
    ['+PT1M', 60_000],
  ])('%j is %i ms', (input, ms) => {
    expect(parseDuration(input)).toBe(ms);
  });

  it('accepts negatives only where allowed', () => {
    expect(parseDuration('-PT1H', { allowNegative: true })).toBe(-3_600_000);
    expect(parseDuration(-5, { allowNegative: true })).toBe(-5);
    expect(parseDuration({ hours: 1, minutes: -30 })).toBe(1_800_000);
    expect(() => parseDuration('-PT1H')).toThrow("INVALID_DURATION: duration: '-PT1H' is negative");
    expect(parseDuration(-0, { allowNegative: true })).toBe(0);
    expect(Object.is(parseDuration(-0, { allowNegative: true }), 0)).toBe(true);
  });

  it.each([
    ['P1M', /years or months/],
    ['P1Y', /years or months/],
    ['P', /not an ISO-8601 duration/],
    ['PT', /not an ISO-8601 duration/],
    ['P1DT', /not an ISO-8601 duration/],
    ['4 hours', /not an ISO-8601 duration/],
    [{}, /has no units/],
    [{ hours: 1, fortnights: 1 }, /target\.fortnights: 1 is not a duration unit/],
    [{ hours: '1' }, /target\.hours: '1' is not a finite number/],
    [{ hours: Number.NaN }, /not a finite number/],
    [Number.NaN, /not a finite length/],
    [Number.POSITIVE_INFINITY, /not a finite length/],
    [0.5, /whole number of milliseconds/],
    [{ milliseconds: 0.25 }, /whole number of milliseconds/],
    [null, /is not a duration/],
    [[1], /is not a duration/],
    [new Date(0), /is not a duration/],
    [true, /is not a duration/],
  ])('rejects %j', (input, message) => {
    expect(() => parseDuration(input as never, { path: 'target' })).toThrow(message);
    expect(codeOf(() => parseDuration(input as never))).toBe('INVALID_DURATION');
  });

  it('object and ISO forms agree', () => {
    fc.assert(
      fc.property(fc.nat(50), fc.nat(30), fc.nat(23), fc.nat(59), fc.nat(59), (w, d, h, m, s) => {
        expect(parseDuration(`P${w}W${d}DT${h}H${m}M${s}S`)).toBe(parseDuration({ weeks: w, days: d, hours: h, minutes: m, seconds: s }));
      }),
    );
  });
});

describe('times of day', () => {
  it('parses HH:mm and HH:mm:ss, and 24:00 only as an end', () => {
    expect(parseTimeOfDay('08:00', 'p', 'INVALID_CALENDAR', false)).toBe(28_800);
    expect(parseTimeOfDay('23:59:59', 'p', 'INVALID_CALENDAR', false)).toBe(86_399);
    expect(parseTimeOfDay('24:00', 'p', 'INVALID_SCHEDULE', true)).toBe(86_400);
    expect(parseTimeOfDay('24:00:00', 'p', 'INVALID_SCHEDULE', true)).toBe(86_400);
  });

  it.each([['25:00'], ['8am'], ['24:30'], ['24:00'], ['12:60'], ['12:00:60'], ['8:00'], [800]])('rejects %j', (value) => {
    expect(() => parseTimeOfDay(value, 'windows[0].start', 'INVALID_SCHEDULE', false)).toThrow(/^INVALID_SCHEDULE: windows\[0\]\.start: /);
  });
  it('names the end-of-day form in the message where it is allowed', () => {
    expect(() => parseTimeOfDay('24:30', 'end', 'INVALID_CALENDAR', true)).toThrow(/'24:00'/);
  });
});
