import { describe, expect, it } from 'vitest';
import { addBusinessDays, addBusinessTime, businessTimeBetween, createCalendar } from '../../src/calendar/index.js';
import { engineOf } from '../../src/calendar/create-calendar.js';
import { businessHours8to5 } from '../../src/presets/index.js';
import { expectSlaError } from '../expect-sla-error.js';

const t = '2026-11-20T16:30:00Z';

describe('issue 15 finding 1: searches past the range of Date fail at once', () => {
  const cal = businessHours8to5('UTC');
  it.each([1e21, -1e21, Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER, 8.64e15, -8.64e15])('addBusinessTime(cal, t, %d) is NO_OPEN_TIME', (ms) => {
    expectSlaError(() => addBusinessTime(cal, t, ms), 'NO_OPEN_TIME', 'duration');
  });
  it('-Number.MAX_VALUE and PT999999999999999999H are NO_OPEN_TIME', () => {
    expectSlaError(() => addBusinessTime(cal, t, -Number.MAX_VALUE), 'NO_OPEN_TIME');
    expectSlaError(() => addBusinessTime(cal, t, 'PT999999999999999999H'), 'NO_OPEN_TIME');
  });
  it('addBusinessDays(cal, t, ±MAX_SAFE_INTEGER) is NO_OPEN_TIME', () => {
    expectSlaError(() => addBusinessDays(cal, t, Number.MAX_SAFE_INTEGER), 'NO_OPEN_TIME', 'n');
    expectSlaError(() => addBusinessDays(cal, t, -Number.MAX_SAFE_INTEGER), 'NO_OPEN_TIME', 'n');
  });
  it('a long duration that fits is found by skipping whole cycles, and round-trips', () => {
    const far = addBusinessTime(cal, t, 1e15);
    expect(businessTimeBetween(cal, t, far)).toBe(1e15);
    const back = addBusinessTime(cal, t, -1e15);
    expect(businessTimeBetween(cal, back, t)).toBe(1e15);
    const days = addBusinessDays(cal, t, 50_000_000);
    expect(addBusinessDays(cal, days, -50_000_000).toISOString()).toBe(t.replace('Z', '.000Z'));
  });
  it('a calendar with too little open time before the end of Date fails with NO_OPEN_TIME', () => {
    const sparse = createCalendar({ timeZone: 'UTC', hours: { mon: [['00:00', '00:01']] } });
    expectSlaError(() => addBusinessTime(sparse, t, 8e15), 'NO_OPEN_TIME');
    expectSlaError(() => addBusinessTime(sparse, t, -8e15), 'NO_OPEN_TIME');
  });
});

describe('issue 15 finding 2: businessTimeBetween does not grow with the years of the span', () => {
  it('the whole range of Date and evaluateCase-size spans answer exactly', () => {
    const cal = businessHours8to5('America/New_York');
    const whole = businessTimeBetween(cal, -8.64e15, 8.64e15);
    const halves = businessTimeBetween(cal, -8.64e15, 0) + businessTimeBetween(cal, 0, 8.64e15);
    expect(whole).toBe(halves);
    expect(businessTimeBetween(cal, 8.64e15, -8.64e15)).toBe(-whole);
  });

  it('cycle sums equal the year-by-year sum (dated holidays and overrides in the span)', () => {
    const cal = createCalendar({
      timeZone: 'America/New_York',
      hours: { mon: [['08:00', '17:00']], wed: [['22:00', '06:00']], sat: [['10:00', '12:00']] },
      holidays: [{ month: 12, day: 25, observed: 'nearest-weekday' }, { month: 11, weekday: 'thu', nth: 4 }, '2731-03-05', '3002-01-01'],
      // The dated holidays are far apart on purpose; the years between are ordinary years.
      holidayCoverage: 'open',
      overrides: { '2900-06-01': [['00:00', '24:00']] },
    });
    const engine = engineOf(cal);
    let slow = 0;
    for (let year = 2000; year < 3100; year++) slow += engine.table(year).total;
    expect(engine.years.sum('total', 2000, 3100)).toBe(slow);
    let slowPast = 0;
    for (let year = 500; year < 1701; year++) slowPast += engine.table(year).total;
    expect(engine.years.sum('total', 500, 1701)).toBe(slowPast);
  });

  it.each(['Africa/Casablanca', 'Australia/Lord_Howe', 'America/Santiago', 'Asia/Tehran', 'Europe/Dublin'])(
    'offsets in %s repeat every 400 years after 2100 and before 1700',
    (timeZone) => {
      const engine = engineOf(createCalendar({ timeZone, hours: { sun: [['00:30', '03:30']], fri: [['12:00', '24:00']] } }));
      const pairs = [2100, 2137, 2199, 2288, 2399].map((y) => [y, y + 400]).concat([1300, 1399, 1699].map((y) => [y, y - 400]));
      for (const [year, other] of pairs as [number, number][]) {
        expect(engine.table(other).total, String(year)).toBe(engine.table(year).total);
        expect(engine.table(other).businessDays.length).toBe(engine.table(year).businessDays.length);
      }
    },
  );
});
