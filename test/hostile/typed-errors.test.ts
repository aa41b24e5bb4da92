import { describe, expect, it } from 'vitest';
import { addBusinessTime, businessTimeBetween, createCalendar } from '../../src/calendar/index.js';
import { classifySeverity } from '../../src/cases/index.js';
import { errorBudget, measureAvailability, serviceCredit } from '../../src/availability/index.js';
import { createMaintenanceSchedule, nextMaintenanceWindow } from '../../src/maintenance/index.js';
import {
  civilDateToDays,
  clipIntervals,
  instantToZonedTime,
  intervalsLength,
  monthInterval,
  parseDuration,
  parseInstant,
  parseYearMonth,
  toEpochMs,
  unionIntervals,
  zonedTimeToInstant,
} from '../../src/core/index.js';
import { describeValue } from '../../src/core/errors.js';
import { availabilityPercent } from '../../src/availability/index.js';
import { expectSlaError } from '../expect-sla-error.js';

const t = '2026-11-20T16:30:00Z';
const sym = Symbol('hostile');

describe('issue 15 finding 3: no catastrophic backtracking, bounded input lengths', () => {
  it("parseDuration('P' + '1'.repeat(1e5) + 'X') fails at once with INVALID_DURATION", () => {
    const started = performance.now();
    expectSlaError(() => parseDuration(`P${'1'.repeat(1e5)}X`), 'INVALID_DURATION', 'duration', 'longer than 64 characters');
    expectSlaError(() => parseInstant(`2026-01-01T00:00:00${'0'.repeat(1e6)}Z`), 'INVALID_DATE', 'at', 'longer than 48 characters');
    // Not a timing threshold on the answer; a guard that the test itself cannot hang the suite.
    expect(performance.now() - started).toBeLessThan(5_000);
  });
  it('the years-or-months hint still names them, and messages quote at most 120 characters of a value', () => {
    expectSlaError(() => parseDuration('P1Y2M'), 'INVALID_DURATION', 'duration', 'years or months');
    expectSlaError(() => parseDuration('PT1M2Y'), 'INVALID_DURATION', 'duration', 'not an ISO-8601 duration');
    try {
      parseInstant('x'.repeat(1e6));
    } catch (error) {
      expect((error as Error).message.length).toBeLessThan(300);
    }
  });
});

describe('issue 15 finding 4: createMaintenanceSchedule is linear in windows of one region', () => {
  it('20,000 windows in one region compile and answer', () => {
    const windows = Array.from({ length: 20_000 }, (_, i) => ({ region: 'EU', day: 'sun' as const, start: '02:00', end: '03:00', id: `w${i}` }));
    const schedule = createMaintenanceSchedule({ timeZone: 'UTC', windows });
    expect(nextMaintenanceWindow(schedule, t, { region: 'EU' }).id).toBe('w0');
  });
});

describe('issue 15 finding 6: every rejection is an SlaError', () => {
  it('interval helpers: unionIntervals(null), intervalsLength([null]), clipIntervals("x", …)', () => {
    expectSlaError(() => unionIntervals(null as never), 'INVALID_INTERVAL', 'intervals');
    expectSlaError(() => intervalsLength([null] as never), 'INVALID_INTERVAL', 'intervals[0]');
    expectSlaError(() => clipIntervals('x' as never, { start: 0, end: 1 }), 'INVALID_INTERVAL', 'intervals');
    expectSlaError(() => intervalsLength([{ start: -1e300, end: 1e300 }]), 'INVALID_INTERVAL', 'intervals[0]');
  });
  it('describeValue on a null-prototype object holding a bigint, and a Proxy whose traps throw', () => {
    const bare = Object.assign(Object.create(null) as object, { big: 10n });
    expect(describeValue(bare)).toBe('{"big":"10n"}');
    expectSlaError(() => parseInstant(bare as never), 'INVALID_DATE', 'at');
    const trap = new Proxy({}, { getPrototypeOf: () => { throw new Error('trap'); } });
    expect(describeValue(trap)).toBe('[object Object]');
  });
  it('Symbol inputs and Symbol paths to toEpochMs, parseInstant, parseYearMonth, monthInterval, civilDateToDays, zonedTimeToInstant', () => {
    expectSlaError(() => toEpochMs(sym), 'INVALID_DATE', 'at');
    expectSlaError(() => toEpochMs(t, sym as never), 'INVALID_ARGUMENT', 'path');
    expectSlaError(() => parseInstant(t, sym as never), 'INVALID_ARGUMENT', 'path');
    expectSlaError(() => parseYearMonth('2026-01', sym as never), 'INVALID_ARGUMENT', 'path');
    expectSlaError(() => monthInterval(sym as never), 'INVALID_DATE', 'month');
    expectSlaError(() => monthInterval('2026-01', 'UTC', sym as never), 'INVALID_ARGUMENT', 'path');
    expectSlaError(() => civilDateToDays('2026-01-01', sym as never), 'INVALID_ARGUMENT', 'path');
    expectSlaError(() => zonedTimeToInstant('UTC', sym as never), 'INVALID_DATE', 'wallTime');
  });
  it('parseDuration(1, null) and errorBudget(report, 99, null) are INVALID_ARGUMENT', () => {
    expectSlaError(() => parseDuration(1, null as never), 'INVALID_ARGUMENT', 'options');
    expectSlaError(() => parseDuration(1, { path: sym } as never), 'INVALID_ARGUMENT', 'path');
    expectSlaError(() => parseDuration(1, { negative: true } as never), 'INVALID_ARGUMENT', 'options.negative');
    const report = measureAvailability({ month: '2026-06', incidents: [], policy: { excusable: [], maintenanceWindowsOnly: false } });
    expectSlaError(() => errorBudget(report, 99, null as never), 'INVALID_ARGUMENT', 'options');
    expectSlaError(() => errorBudget(report, 99, { asof: t } as never), 'INVALID_ARGUMENT', 'options.asof');
    expectSlaError(() => errorBudget(report, 0.999), 'INVALID_AVAILABILITY', 'targetPercent', 'pass 99.9 for 99.9%');
  });
  it('a forged calendar { engine: {} } or schedule { compiled: {} } is INVALID_ARGUMENT', () => {
    expectSlaError(() => businessTimeBetween({ engine: {} } as never, 0, 1), 'INVALID_ARGUMENT', 'calendar');
    expectSlaError(() => nextMaintenanceWindow({ compiled: {} } as never, 0), 'INVALID_ARGUMENT', 'schedule');
  });
  it('holes in credit tiers and maintenance windows are rejected, not skipped', () => {
    // eslint-disable-next-line no-sparse-arrays
    const tiers = [{ atLeast: 99, below: 99.9, creditPercent: 10 }, , { atLeast: 0, below: 99, creditPercent: 25 }];
    expectSlaError(() => serviceCredit(98, tiers as never), 'INVALID_POLICY', 'tiers[1]');
    // eslint-disable-next-line no-sparse-arrays
    const windows = [{ day: 'sun', start: '02:00', end: '03:00' }, ,];
    expectSlaError(() => createMaintenanceSchedule({ timeZone: 'UTC', windows } as never), 'INVALID_SCHEDULE', 'windows[1]');
  });
  it('classifySeverity with `not` nested 10,000 deep is INVALID_POLICY', () => {
    let when: unknown = { fact: 'outage', is: 'complete' };
    for (let i = 0; i < 10_000; i++) when = { not: when };
    expectSlaError(() => classifySeverity({ outage: 'complete' }, [{ severity: 1, when, reason: 'deep' }] as never), 'INVALID_POLICY', undefined, 'deeper than 32');
  });
});

describe('issue 15 finding 7: no silently wrong results', () => {
  it('historical negative sub-hour offsets keep their sign (Monrovia 1960, Dublin and Abidjan 1900)', () => {
    expect(instantToZonedTime('Africa/Monrovia', '1960-01-01T12:00:00Z')).toBe('1960-01-01T11:15:30.000-00:44:30');
    expect(instantToZonedTime('Europe/Dublin', '1900-01-01T12:00:00Z')).toBe('1900-01-01T11:34:39.000-00:25:21');
    expect(instantToZonedTime('Africa/Abidjan', '1900-01-01T12:00:00Z')).toBe('1900-01-01T11:43:52.000-00:16:08');
    expect(parseInstant('1960-01-01T11:15:30.000-00:44:30').toISOString()).toBe('1960-01-01T12:00:00.000Z');
  });
  it('years outside 0000–9999 format as ±YYYYYY and parseInstant reads them back', () => {
    for (const ms of [-8.64e15, 8.64e15, -62_198_755_200_000, 253_402_300_800_000]) {
      const text = instantToZonedTime('UTC', ms);
      expect(text).toMatch(/^[+-]\d{6}-/);
      expect(parseInstant(text).getTime()).toBe(ms);
    }
    expect(instantToZonedTime('UTC', -8.64e15)).toBe('-271821-04-20T00:00:00.000+00:00');
  });
  it('availabilityPercent(Number.MAX_VALUE, 0, 1e300) is a finite percentage', () => {
    const value = availabilityPercent(Number.MAX_VALUE, 0, 1e300);
    expect(Number.isFinite(value)).toBe(true);
    expect(value).toBeLessThanOrEqual(100);
  });
  it("addBusinessTime('not a calendar', t, 0) checks the calendar", () => {
    expectSlaError(() => addBusinessTime('not a calendar' as never, t, 0), 'INVALID_ARGUMENT', 'calendar');
    expect(addBusinessTime(createCalendar({ timeZone: 'UTC', hours: '24x7' }), t, 0).toISOString()).toBe('2026-11-20T16:30:00.000Z');
  });
});

describe('issue 15: the first failures the fuzz suite found (seed 152034 and 152040), kept as regressions', () => {
  it('new SlaError(NaN, …) is INVALID_ARGUMENT, not an error whose code is NaN', async () => {
    const { SlaError } = await import('../../src/core/errors.js');
    expectSlaError(() => new SlaError(Number.NaN as never, 'x'), 'INVALID_ARGUMENT', 'code');
    expectSlaError(() => new SlaError('INVALID_DATE', Symbol('m') as never), 'INVALID_ARGUMENT', 'message');
  });
  it('unionIntervals(list, Symbol()) is INVALID_ARGUMENT, not a TypeError from a template string', () => {
    expectSlaError(() => unionIntervals([], sym as never), 'INVALID_ARGUMENT', 'path');
  });
});
