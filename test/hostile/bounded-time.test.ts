import { describe, expect, it } from 'vitest';
import { addBusinessDays, addBusinessTime, businessTimeBetween, createCalendar, nextClose, nextOpen, openIntervals } from '../../src/calendar/index.js';
import { evaluateCase } from '../../src/cases/index.js';
import { businessHours8to5, uniphoreSupport } from '../../src/presets/index.js';
import { isSlaError } from '../../src/core/errors.js';
import { expectSlaError } from '../expect-sla-error.js';
import { onlyLeapDay, everyDayHolidayForACentury, manyOverrides } from './extreme-calendars.js';

// Issue 15: searches stop with an answer, NO_OPEN_TIME or a documented limit, however extreme the
// input. No timing thresholds here (bench/hostile.bench.ts measures them); these calls must finish.

function answersOrStops(run: () => unknown): void {
  try {
    const result = run();
    if (result instanceof Date) expect(Number.isNaN(result.getTime())).toBe(false);
    if (typeof result === 'number') expect(Number.isFinite(result)).toBe(true);
  } catch (error) {
    expect(isSlaError(error), String(error)).toBe(true);
    expect(['NO_OPEN_TIME', 'INVALID_INTERVAL']).toContain((error as { code: string }).code);
  }
}

describe('issue 15: bounded time on extreme inputs', () => {
  it('a query in the year 200,000 (and evaluateCase with now at the end of Date)', () => {
    const cal = businessHours8to5('America/New_York');
    const far = '+200000-01-03T12:00:00Z';
    expect(nextOpen(cal, far).getTime()).toBeGreaterThan(Date.parse(far));
    expect(businessTimeBetween(cal, '2026-01-01T00:00:00Z', far)).toBeGreaterThan(0);
    answersOrStops(() => addBusinessTime(cal, '2026-01-01T00:00:00Z', 1.7e15));
    const status = evaluateCase(uniphoreSupport, cal, { severity: 3, openedAt: '2026-01-05T09:00:00-05:00' }, { now: 8.64e15 });
    expect(status.severity).toBe(3);
  });

  it('a calendar open only on 29 February', () => {
    const cal = onlyLeapDay();
    expect(nextOpen(cal, '2097-03-01T00:00:00Z').toISOString()).toBe('2104-02-29T00:00:00.000Z');
    expect(businessTimeBetween(cal, '2000-01-01T00:00:00Z', '2400-01-01T00:00:00Z')).toBe(97 * 86_400_000);
    expect(addBusinessTime(cal, '2026-01-01T00:00:00Z', 10 * 86_400_000).toISOString()).toBe('2064-03-01T00:00:00.000Z');
    expect(addBusinessDays(cal, '2026-01-01T00:00:00Z', 1000).getUTCDate()).toBe(29);
    answersOrStops(() => businessTimeBetween(cal, -8.64e15, 8.64e15));
    answersOrStops(() => nextClose(cal, '+200000-01-01T00:00:00Z'));
  });

  it('a holiday on every day for a century stops the search with NO_OPEN_TIME after 50 years', () => {
    const cal = everyDayHolidayForACentury();
    expectSlaError(() => nextOpen(cal, '2000-01-01T00:00:00Z'), 'NO_OPEN_TIME');
    expectSlaError(() => addBusinessTime(cal, '2000-01-01T00:00:00Z', 3_600_000), 'NO_OPEN_TIME');
    expectSlaError(() => addBusinessDays(cal, '2000-01-01T00:00:00Z', 1), 'NO_OPEN_TIME');
    expect(businessTimeBetween(cal, '2000-01-01T00:00:00Z', '2100-01-01T00:00:00Z')).toBe(0);
    expect(nextOpen(cal, '2060-01-01T00:00:00Z').toISOString()).toBe('2100-01-01T13:00:00.000Z');
  });

  it('10^5 overrides', () => {
    const cal = manyOverrides();
    answersOrStops(() => businessTimeBetween(cal, -8.64e15, 8.64e15));
    answersOrStops(() => addBusinessTime(cal, '2026-01-01T00:00:00Z', 1e15));
    answersOrStops(() => openIntervals(cal, '2026-01-01T00:00:00Z', '2400-01-01T00:00:00Z'));
    expectSlaError(() => openIntervals(cal, '2026-01-01T00:00:00Z', '2400-01-01T00:00:00Z'), 'INVALID_INTERVAL', 'to', 'more than 100,000');
  });

  it('openIntervals over the whole range of Date stops at the documented limit', () => {
    expectSlaError(() => openIntervals(createCalendar({ timeZone: 'UTC', hours: { mon: [['08:00', '17:00']] } }), -8.64e15, 8.64e15), 'INVALID_INTERVAL', 'to');
  });
});

describe('issue 15: found by the fuzz suite (FUZZ_SEED=8): evaluateCase counted missed business-day updates one by one until now', () => {
  it('a now 10,000+ update intervals later is INVALID_ARGUMENT at options.now; hour cadences answer', () => {
    const cal = businessHours8to5('America/New_York');
    const responded = { severity: 2 as const, openedAt: '2026-06-03T10:00:00Z', events: [{ type: 'responded' as const, at: '2026-06-03T11:00:00Z' }] };
    expectSlaError(() => evaluateCase(uniphoreSupport, cal, responded, { now: 8.64e15 }), 'INVALID_ARGUMENT', 'options.now', '10,000 update intervals');
    expect(evaluateCase(uniphoreSupport, cal, { ...responded, severity: 1 }, { now: Date.UTC(3026, 0, 1) }).severity).toBe(1);
    expectSlaError(() => evaluateCase(uniphoreSupport, cal, { ...responded, severity: 1 }, { now: 8.64e15 }), 'NO_OPEN_TIME');
  });
});
