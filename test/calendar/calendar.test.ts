import { describe, expect, it } from 'vitest';
import {
  addBusinessDays,
  addBusinessTime,
  businessTimeBetween,
  calendarToJSON,
  createCalendar,
  isBusinessDay,
  isOpen,
  nextClose,
  nextOpen,
  openIntervals,
  withTimeZone,
  type CalendarSpec,
  type TimeRange,
} from '../../src/calendar/index.js';
import { isSlaError } from '../../src/core/errors.js';

const H = 3_600_000;
const day: TimeRange[] = [['08:00', '17:00']];
const weekdays = { mon: day, tue: day, wed: day, thu: day, fri: day };
const usHolidays: CalendarSpec['holidays'] = [
  { month: 1, day: 1, observed: 'nearest-weekday' },
  { month: 11, weekday: 'thu', nth: 4 },
  { month: 12, day: 25, observed: 'nearest-weekday' },
];
const newYork = createCalendar({ timeZone: 'America/New_York', hours: weekdays, holidays: usHolidays });
const iso = (d: Date | null): string | null => (d === null ? null : d.toISOString());

function expectCalendarError(spec: unknown, path: string): void {
  try {
    createCalendar(spec as CalendarSpec);
  } catch (error) {
    expect(isSlaError(error)).toBe(true);
    expect((error as { code: string }).code).toBe('INVALID_CALENDAR');
    expect((error as Error).message).toContain(path);
    expect((error as { details: { path: string } }).details.path).toBe(path);
    return;
  }
  throw new Error(`expected INVALID_CALENDAR at ${path}`);
}

describe('1. ranges belong to the date they start on', () => {
  it('an overnight range (end <= start) ends the next day', () => {
    const cal = createCalendar({ timeZone: 'UTC', hours: { mon: [['22:00', '06:00']] } });
    expect(openIntervals(cal, '2026-11-23T00:00:00Z', '2026-11-25T00:00:00Z').map((i) => [iso(i.start), iso(i.end)])).toEqual([
      ['2026-11-23T22:00:00.000Z', '2026-11-24T06:00:00.000Z'],
    ]);
  });

  it("'24:00' is the next midnight", () => {
    const cal = createCalendar({ timeZone: 'UTC', hours: { mon: [['20:00', '24:00']] } });
    expect(nextClose(cal, '2026-11-23T21:00:00Z')?.toISOString()).toBe('2026-11-24T00:00:00.000Z');
  });

  it('an overnight range that runs into the next day merges with its hours into one stretch', () => {
    const cal = createCalendar({ timeZone: 'UTC', hours: { mon: [['22:00', '06:00']], tue: [['06:00', '10:00']] } });
    expect(openIntervals(cal, '2026-11-23T00:00:00Z', '2026-11-25T00:00:00Z').map((i) => [iso(i.start), iso(i.end)])).toEqual([
      ['2026-11-23T22:00:00.000Z', '2026-11-24T10:00:00.000Z'],
    ]);
    expect(nextClose(cal, '2026-11-23T23:00:00Z')?.toISOString()).toBe('2026-11-24T10:00:00.000Z');
  });

  it('a lunch break splits the day into two stretches', () => {
    const cal = createCalendar({ timeZone: 'UTC', hours: { sun: [['09:00', '12:00'], ['13:00', '17:30']] } });
    expect(businessTimeBetween(cal, '2026-11-22T00:00:00Z', '2026-11-23T00:00:00Z')).toBe(7.5 * H);
    expect(isOpen(cal, '2026-11-22T12:30:00Z')).toBe(false);
  });
});

describe('2. wall times convert with the DST policy', () => {
  const always = createCalendar({ timeZone: 'America/New_York', hours: '24x7' });
  it('a 00:00–24:00 day lasts 23 hours on the spring change and 25 on the autumn change', () => {
    const fullDays = createCalendar({ timeZone: 'America/New_York', hours: { sun: [['00:00', '24:00']] } });
    expect(businessTimeBetween(fullDays, '2026-03-07T00:00:00Z', '2026-03-10T00:00:00Z')).toBe(23 * H);
    expect(businessTimeBetween(fullDays, '2026-10-31T00:00:00Z', '2026-11-03T00:00:00Z')).toBe(25 * H);
    expect(businessTimeBetween(always, '2026-03-08T00:00:00-05:00', '2026-03-09T00:00:00-04:00')).toBe(23 * H);
  });

  it('a range inside the gap is empty that day; one starting in the gap starts at the gap end', () => {
    const cal = createCalendar({ timeZone: 'America/New_York', hours: { sun: [['02:00', '03:00']], mon: [['08:00', '09:00']] } });
    expect(isBusinessDay(cal, '2026-03-08')).toBe(false);
    expect(isBusinessDay(cal, '2026-03-15')).toBe(true);
    const late = createCalendar({ timeZone: 'America/New_York', hours: { sun: [['02:30', '04:00']] } });
    expect(nextOpen(late, '2026-03-08T00:00:00-05:00').toISOString()).toBe('2026-03-08T07:30:00.000Z'); // 03:30 EDT
    expect(businessTimeBetween(late, '2026-03-08T00:00:00-05:00', '2026-03-09T00:00:00-04:00')).toBe(0.5 * H);
  });

  it('the repeated hour counts twice in a range that spans it (Lord Howe repeats 30 minutes)', () => {
    const cal = createCalendar({ timeZone: 'Australia/Lord_Howe', hours: { sun: [['00:00', '04:00']] } });
    // 2026-04-05: clocks go back from 02:00 +11 to 01:30 +10:30.
    expect(businessTimeBetween(cal, '2026-04-04T00:00:00Z', '2026-04-06T00:00:00Z')).toBe(4.5 * H);
  });
});

describe('3. holidays and special days', () => {
  it('a holiday closes the ranges that start on it, not an overnight shift from the evening before', () => {
    const cal = createCalendar({ timeZone: 'UTC', hours: { mon: [['22:00', '06:00']], tue: [['22:00', '06:00']] }, holidays: ['2026-11-24'] });
    expect(isOpen(cal, '2026-11-24T03:00:00Z')).toBe(true);
    expect(isOpen(cal, '2026-11-24T23:00:00Z')).toBe(false);
  });

  it('an override replaces the day and wins over a holiday; an empty override closes the day', () => {
    const cal = createCalendar({
      timeZone: 'America/New_York',
      hours: weekdays,
      holidays: ['2026-12-24'],
      overrides: { '2026-12-24': [['08:00', '12:00']], '2026-12-31': [] },
    });
    expect(businessTimeBetween(cal, '2026-12-24T00:00:00-05:00', '2026-12-25T00:00:00-05:00')).toBe(4 * H);
    expect(isBusinessDay(cal, '2026-12-31')).toBe(false);
  });

  it("'nearest-weekday' observes Saturday on Friday and Sunday on Monday (2022-01-01 → 2021-12-31)", () => {
    expect(isBusinessDay(newYork, '2021-12-31')).toBe(false);
    expect(isBusinessDay(newYork, '2022-01-03')).toBe(true);
    const sunday = createCalendar({ timeZone: 'UTC', hours: weekdays, holidays: [{ month: 1, day: 1, observed: 'nearest-weekday' }] });
    expect(isBusinessDay(sunday, '2023-01-02')).toBe(false); // 2023-01-01 is a Sunday
  });

  it("'next-weekday' moves Saturday and Sunday to the following Monday; 'none' keeps the date", () => {
    const cal = createCalendar({ timeZone: 'UTC', hours: weekdays, holidays: [{ month: 7, day: 4, observed: 'next-weekday' }] });
    expect(isBusinessDay(cal, '2026-07-06')).toBe(false); // 2026-07-04 is a Saturday
    expect(isBusinessDay(cal, '2026-07-03')).toBe(true);
    expect(isBusinessDay(cal, '2027-07-05')).toBe(false); // 2027-07-04 is a Sunday
    const none = createCalendar({ timeZone: 'UTC', hours: '24x7', holidays: [{ month: 7, day: 4, observed: 'none' }] });
    expect(isBusinessDay(none, '2026-07-04')).toBe(false);
    expect(isBusinessDay(none, '2026-07-06')).toBe(true);
  });

  it('nth weekdays: 4th Thursday, last Monday, and no holiday in a year without a 5th Monday', () => {
    expect(isBusinessDay(newYork, '2026-11-26')).toBe(false);
    const cal = createCalendar({ timeZone: 'UTC', hours: weekdays, holidays: [{ month: 5, weekday: 'mon', nth: -1 }, { month: 6, weekday: 'mon', nth: 5 }] });
    expect(isBusinessDay(cal, '2026-05-25')).toBe(false);
    expect(isBusinessDay(cal, '2026-06-29')).toBe(false); // June 2026 has five Mondays
    expect(isBusinessDay(cal, '2027-06-28')).toBe(true); // June 2027 has four
  });

  it('29 February holidays fall only in leap years', () => {
    const cal = createCalendar({ timeZone: 'UTC', hours: '24x7', holidays: [{ month: 2, day: 29 }] });
    expect(isBusinessDay(cal, '2028-02-29')).toBe(false);
    expect(isBusinessDay(cal, '2027-02-28')).toBe(true);
  });
});

describe('4. addBusinessTime', () => {
  it('9 business hours from 08:00 on an 08:00–17:00 day is 17:00 that day, not 08:00 the next', () => {
    expect(iso(addBusinessTime(newYork, '2026-11-23T08:00:00-05:00', { hours: 9 }))).toBe('2026-11-23T22:00:00.000Z');
  });

  it('24 business hours from Friday 16:30 is Wednesday 13:30 (0.5 + 9 + 9 + 5.5), later across a holiday', () => {
    expect(iso(addBusinessTime(newYork, '2026-11-13T16:30:00-05:00', 'PT24H'))).toBe('2026-11-18T18:30:00.000Z');
    expect(iso(addBusinessTime(newYork, '2026-11-20T16:30:00-05:00', 'PT24H'))).toBe('2026-11-25T18:30:00.000Z');
    expect(iso(addBusinessTime(newYork, '2026-11-25T16:30:00-05:00', 'PT9H'))).toBe('2026-11-27T21:30:00.000Z'); // 0.5 h Wed, Thanksgiving skipped, 8.5 h Fri
  });

  it('negative durations go backwards to the LATEST instant; zero returns the instant itself', () => {
    expect(iso(addBusinessTime(newYork, '2026-11-23T17:00:00-05:00', -9 * H))).toBe('2026-11-23T13:00:00.000Z');
    expect(iso(addBusinessTime(newYork, '2026-11-24T08:00:00-05:00', '-PT1H'))).toBe('2026-11-23T21:00:00.000Z');
    expect(iso(addBusinessTime(newYork, '2026-11-24T08:00:00-05:00', '-PT9H'))).toBe('2026-11-23T13:00:00.000Z');
    expect(iso(addBusinessTime(newYork, '2026-11-22T03:00:00Z', 0))).toBe('2026-11-22T03:00:00.000Z');
  });

  it('works across years in both directions', () => {
    const start = '2026-12-31T16:00:00-05:00';
    const later = addBusinessTime(newYork, start, { hours: 2 });
    expect(iso(later)).toBe('2027-01-04T14:00:00.000Z'); // Jan 1 2027 is a Friday holiday
    expect(iso(addBusinessTime(newYork, later, { hours: -2 }))).toBe('2026-12-31T21:00:00.000Z');
    expect(businessTimeBetween(newYork, '2020-01-01T00:00:00Z', '2030-01-01T00:00:00Z')).toBe(
      [2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029].reduce(
        (sum, y) => sum + businessTimeBetween(newYork, `${y}-01-01T05:00:00Z`, `${y + 1}-01-01T05:00:00Z`),
        0,
      ),
    );
  });

  it('rejects bad durations', () => {
    expect(() => addBusinessTime(newYork, 0, 'P1M')).toThrow(/INVALID_DURATION/);
    expect(() => addBusinessTime(newYork, 0, Number.NaN)).toThrow(/INVALID_DURATION/);
  });
});

describe('5–6. businessTimeBetween, nextOpen, nextClose', () => {
  it('is the open time inside [from, to), negative when reversed', () => {
    expect(businessTimeBetween(newYork, '2026-11-23T16:00:00-05:00', '2026-11-24T09:00:00-05:00')).toBe(2 * H);
    expect(businessTimeBetween(newYork, '2026-11-24T09:00:00-05:00', '2026-11-23T16:00:00-05:00')).toBe(-2 * H);
    expect(businessTimeBetween(newYork, '2026-11-23T10:00:00.001-05:00', '2026-11-23T10:00:00.002-05:00')).toBe(1);
  });

  it('nextOpen returns the instant itself when open, else the next opening', () => {
    expect(iso(nextOpen(newYork, '2026-11-23T10:00:00-05:00'))).toBe('2026-11-23T15:00:00.000Z');
    expect(iso(nextOpen(newYork, '2026-11-26T10:00:00-05:00'))).toBe('2026-11-27T13:00:00.000Z');
  });

  it('nextClose is the end of the current stretch, the instant itself at a close, and null for 24x7', () => {
    expect(iso(nextClose(newYork, '2026-11-23T10:00:00-05:00'))).toBe('2026-11-23T22:00:00.000Z');
    expect(iso(nextClose(newYork, '2026-11-23T17:00:00-05:00'))).toBe('2026-11-23T22:00:00.000Z');
    expect(iso(nextClose(newYork, '2026-11-21T10:00:00-05:00'))).toBe('2026-11-23T22:00:00.000Z');
    expect(nextClose(createCalendar({ timeZone: 'UTC', hours: '24x7' }), 0)).toBeNull();
    const allDays = Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [d, [['00:00', '24:00']]]));
    expect(nextClose(createCalendar({ timeZone: 'UTC', hours: allDays }), 0)).toBeNull();
    const christmas = createCalendar({ timeZone: 'UTC', hours: '24x7', holidays: [{ month: 12, day: 25 }] });
    expect(iso(nextClose(christmas, '2026-06-01T00:00:00Z'))).toBe('2026-12-25T00:00:00.000Z');
  });

  it('a stretch that runs over New Year is one stretch', () => {
    // The one-date list is declared complete ('open'): this test is about stretches, not coverage.
    const cal = createCalendar({ timeZone: 'Asia/Kolkata', hours: '24x7', holidays: ['2027-01-02'], holidayCoverage: 'open' });
    expect(iso(nextClose(cal, '2026-12-31T12:00:00+05:30'))).toBe('2027-01-01T18:30:00.000Z');
    expect(openIntervals(cal, '2026-12-31T00:00:00+05:30', '2027-01-01T12:00:00+05:30')).toHaveLength(1);
  });

  it('openIntervals clips to the window and rejects a reversed one', () => {
    const result = openIntervals(newYork, '2026-11-23T12:00:00-05:00', '2026-11-24T09:00:00-05:00');
    expect(result.map((i) => [iso(i.start), iso(i.end)])).toEqual([
      ['2026-11-23T17:00:00.000Z', '2026-11-23T22:00:00.000Z'],
      ['2026-11-24T13:00:00.000Z', '2026-11-24T14:00:00.000Z'],
    ]);
    expect(openIntervals(newYork, 0, 0)).toEqual([]);
    expect(() => openIntervals(newYork, 10, 0)).toThrow(/INVALID_INTERVAL/);
  });
});

describe('7. addBusinessDays', () => {
  it('keeps the local wall time on the n-th following business day', () => {
    expect(iso(addBusinessDays(newYork, '2026-11-20T16:30:00-05:00', 3))).toBe('2026-11-25T21:30:00.000Z');
    expect(iso(addBusinessDays(newYork, '2026-11-25T10:00:00-05:00', 1))).toBe('2026-11-27T15:00:00.000Z'); // over Thanksgiving
    expect(iso(addBusinessDays(newYork, '2026-12-30T10:00:00-05:00', 2))).toBe('2027-01-04T15:00:00.000Z');
  });

  it('moves to the next open instant when the calendar is closed at that wall time', () => {
    expect(iso(addBusinessDays(newYork, '2026-11-21T20:00:00-05:00', 1))).toBe('2026-11-24T13:00:00.000Z');
  });

  it('goes backwards for negative n and returns nextOpen for n = 0', () => {
    expect(iso(addBusinessDays(newYork, '2026-11-25T16:30:00-05:00', -3))).toBe('2026-11-20T21:30:00.000Z');
    expect(iso(addBusinessDays(newYork, '2027-01-04T10:00:00-05:00', -2))).toBe('2026-12-30T15:00:00.000Z');
    expect(iso(addBusinessDays(newYork, '2026-11-21T10:00:00-05:00', 0))).toBe('2026-11-23T13:00:00.000Z');
  });

  it('from closed time, n > 0 counts from the next opening: Sunday 03:00 and Saturday 20:00 + 3 are Thursday 08:00, as from Monday 08:00', () => {
    const monday = '2026-11-30T13:00:00.000Z'; // Mon 08:00 EST, the opening after the weekend of 2026-11-28
    const thursday = '2026-12-03T13:00:00.000Z';
    expect(iso(addBusinessDays(newYork, monday, 3))).toBe(thursday);
    expect(iso(addBusinessDays(newYork, '2026-11-29T03:00:00-05:00', 3))).toBe(thursday); // was Wednesday 08:00: 2 days
    expect(iso(addBusinessDays(newYork, '2026-11-28T20:00:00-05:00', 3))).toBe(thursday);
    expect(iso(addBusinessDays(newYork, '2026-11-30T07:59:59-05:00', 3))).toBe(thursday);
    for (const start of ['2026-11-29T03:00:00-05:00', '2026-11-28T20:00:00-05:00']) {
      expect(businessTimeBetween(newYork, start, addBusinessDays(newYork, start, 3))).toBe(27 * H);
    }
    // Evening and lunch starts on a business day: from the next opening, as before.
    expect(iso(addBusinessDays(newYork, '2026-11-30T20:00:00-05:00', 1))).toBe('2026-12-02T13:00:00.000Z');
  });

  it('from closed time, n < 0 counts back from the previous close and never returns an instant after the input', () => {
    // Saturday 20:00 − 1 business day: back from Friday 17:00 to Thursday 17:00, moved to Friday 08:00 (was Monday 08:00).
    expect(iso(addBusinessDays(newYork, '2026-11-21T20:00:00-05:00', -1))).toBe('2026-11-20T13:00:00.000Z');
    expect(iso(addBusinessDays(newYork, '2026-11-20T17:00:00-05:00', -1))).toBe('2026-11-20T13:00:00.000Z');
    expect(iso(addBusinessDays(newYork, '2026-11-23T07:00:00-05:00', -2))).toBe('2026-11-19T13:00:00.000Z');
    expect(businessTimeBetween(newYork, addBusinessDays(newYork, '2026-11-22T03:00:00-05:00', -1), '2026-11-22T03:00:00-05:00')).toBe(9 * H);
  });

  it('crosses many years and rejects a fractional n', () => {
    const far = addBusinessDays(newYork, '2026-11-23T10:00:00-05:00', 2_500);
    expect(addBusinessDays(newYork, far, -2_500).toISOString()).toBe('2026-11-23T15:00:00.000Z');
    expect(() => addBusinessDays(newYork, 0, 1.5)).toThrow(/INVALID_ARGUMENT/);
  });
});

describe('8. no open time within 50 years', () => {
  const once = createCalendar({ timeZone: 'UTC', hours: {}, overrides: { '2026-11-23': [['09:00', '10:00']] } });
  it('searching past 50 years throws NO_OPEN_TIME', () => {
    expect(() => nextOpen(once, '2026-11-24T00:00:00Z')).toThrow(/NO_OPEN_TIME/);
    expect(() => addBusinessTime(once, '2026-11-23T00:00:00Z', 2 * H)).toThrow(/NO_OPEN_TIME/);
    expect(() => addBusinessTime(once, '2026-11-23T00:00:00Z', -H)).toThrow(/NO_OPEN_TIME/);
    expect(() => addBusinessDays(once, '2026-11-23T00:00:00Z', 2)).toThrow(/NO_OPEN_TIME/);
    expect(() => addBusinessDays(once, '2026-11-23T00:00:00Z', -1)).toThrow(/NO_OPEN_TIME/);
    // From closed time the count starts at the one opening, and no business day follows it.
    expect(() => addBusinessDays(once, '2026-01-01T09:30:00Z', 1)).toThrow(/NO_OPEN_TIME/);
    expect(() => addBusinessDays(once, '2027-01-01T00:00:00Z', -1)).toThrow(/NO_OPEN_TIME/);
    expect(nextClose(once, '2026-11-24T00:00:00Z')).toBeNull();
  });

  it('finds the one open hour when it is there', () => {
    expect(iso(addBusinessTime(once, '2026-01-01T00:00:00Z', H))).toBe('2026-11-23T10:00:00.000Z');
    expect(iso(addBusinessDays(once, '2026-01-01T09:30:00Z', 0))).toBe('2026-11-23T09:00:00.000Z');
  });
});

describe('withTimeZone and calendarToJSON', () => {
  it('withTimeZone keeps the hours in another zone', () => {
    const london = withTimeZone(newYork, 'Europe/London');
    expect(london.timeZone).toBe('Europe/London');
    expect(isOpen(london, '2026-11-23T08:30:00Z')).toBe(true);
    expect(isOpen(newYork, '2026-11-23T08:30:00Z')).toBe(false);
    expect(() => withTimeZone(newYork, 'Nowhere/Else')).toThrow(/INVALID_TIME_ZONE/);
  });

  it('round-trips through JSON and createCalendar', () => {
    const json = JSON.parse(JSON.stringify(newYork)) as CalendarSpec;
    expect(json).toEqual(calendarToJSON(newYork));
    const again = createCalendar(json);
    expect(businessTimeBetween(again, '2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z')).toBe(
      businessTimeBetween(newYork, '2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z'),
    );
  });

  it('is immune to later changes of the spec object and of the returned JSON', () => {
    const hours = { mon: [['08:00', '17:00']] as [string, string][] };
    const cal = createCalendar({ timeZone: 'UTC', hours });
    (hours.mon[0] as [string, string])[1] = '09:00';
    (calendarToJSON(cal) as { hours: unknown }).hours = '24x7';
    expect(businessTimeBetween(cal, '2026-11-23T00:00:00Z', '2026-11-24T00:00:00Z')).toBe(9 * H);
    expect(Object.isFrozen(cal)).toBe(true);
  });

  it('query functions reject something that is not a calendar', () => {
    expect(() => isOpen({} as never, 0)).toThrow(/INVALID_ARGUMENT: calendar/);
  });
});

describe('bad input', () => {
  const base = { timeZone: 'UTC', hours: weekdays };
  it.each([
    [{ ...base, timeZone: 'Mars/Base' }, 'timeZone'],
    [{ ...base, timeZone: '+05:30' }, 'timeZone'],
    [{ ...base, hours: { mon: [['25:00', '26:00']] } }, 'hours.mon[0][0]'],
    [{ ...base, hours: { mon: [['8am', '17:00']] } }, 'hours.mon[0][0]'],
    [{ ...base, hours: { mon: [['08:00', '24:30']] } }, 'hours.mon[0][1]'],
    [{ ...base, hours: { mon: [['24:00', '08:00']] } }, 'hours.mon[0][0]'],
    [{ ...base, hours: { tue: [['09:00', '13:30'], ['13:00', '12:00']] } }, 'hours.tue[1]'],
    [{ ...base, hours: { tue: [['13:00', '14:00'], ['09:00', '13:30']] } }, 'hours.tue[1]'],
    [{ ...base, hours: { wed: [['09:00', '09:00']] } }, 'hours.wed[0]'],
    [{ ...base, hours: { wed: [['09:00']] } }, 'hours.wed[0]'],
    [{ ...base, hours: { wed: 'all day' } }, 'hours.wed'],
    [{ ...base, hours: { funday: day } }, 'hours.funday'],
    [{ ...base, hours: 'always' }, 'hours'],
    [{ ...base, hours: {} }, 'hours'],
    [{ ...base, holidays: ['2026-02-30'] }, 'holidays[0]'],
    [{ ...base, holidays: '2026-12-25' }, 'holidays'],
    [{ ...base, holidays: [{ month: 13, day: 1 }] }, 'holidays[0].month'],
    [{ ...base, holidays: [{ month: 2, day: 30 }] }, 'holidays[0].day'],
    [{ ...base, holidays: [{ month: 12, day: 25, observed: 'monday' }] }, 'holidays[0].observed'],
    [{ ...base, holidays: [{ month: 11, weekday: 'thu', nth: 0 }] }, 'holidays[0].nth'],
    [{ ...base, holidays: [{ month: 11, weekday: 'thu', nth: 6 }] }, 'holidays[0].nth'],
    [{ ...base, holidays: [{ month: 11, weekday: 'thursday', nth: 4 }] }, 'holidays[0].weekday'],
    [{ ...base, holidays: [{ month: 11, weekday: 'thu', nth: 4, day: 3 }] }, 'holidays[0].day'],
    [{ ...base, overrides: { '2026-02-30': [] } }, 'overrides.2026-02-30'],
    [{ ...base, overrides: { '2026-12-24': [['08:00', '12:00'], ['11:00', '13:00']] } }, 'overrides.2026-12-24[1]'],
    [{ ...base, hours: { mon: [['22:00', '06:00'], ['23:00', '23:30']] } }, 'hours.mon[1]'],
    [{ ...base, overrides: [] }, 'overrides'],
    [{ ...base, extra: true }, 'extra'],
    [JSON.parse('{"timeZone":"UTC","hours":"24x7","__proto__":{"polluted":true}}'), '__proto__'],
    [JSON.parse('{"timeZone":"UTC","hours":{"mon":[["08:00","17:00"]],"constructor":[]}}'), 'hours.constructor'],
    [JSON.parse('{"timeZone":"UTC","hours":"24x7","holidays":[{"month":1,"day":1,"__proto__":{}}]}'), 'holidays[0].__proto__'],
    [null, ''],
  ])('rejects %j at %s', (spec, path) => {
    expectCalendarError(spec, path);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('a message names the overlapping ranges', () => {
    expect(() => createCalendar({ ...base, hours: { tue: [['09:00', '13:30'], ['13:00', '12:00']] } })).toThrow(
      `INVALID_CALENDAR: hours.tue[1]: range ["13:00","12:00"] overlaps ["09:00","13:30"] on the same day`,
    );
  });

  it('accepts a calendar whose only open hours are special days, and rejects none at all', () => {
    expect(() => createCalendar({ timeZone: 'UTC', hours: {}, overrides: { '2026-11-23': [['09:00', '10:00']] } })).not.toThrow();
    expectCalendarError({ timeZone: 'UTC', hours: {}, overrides: { '2026-11-23': [] } }, 'hours');
  });

  it('rejects invalid instants and civil dates given to queries', () => {
    expect(() => isOpen(newYork, '2026-11-23T10:00:00')).toThrow(/INVALID_DATE: at/);
    expect(() => isBusinessDay(newYork, '2026-02-30')).toThrow(/INVALID_DATE: day/);
    expect(() => businessTimeBetween(newYork, 0, Number.NaN)).toThrow(/INVALID_DATE: to/);
  });
});

describe('the edges of Date', () => {
  const cal = createCalendar({ timeZone: 'America/New_York', hours: { mon: [['08:00', '17:00']] } });
  it('answers queries at ±100,000,000 days and never returns an Invalid Date', () => {
    expect(isOpen(cal, 8.64e15)).toBe(false);
    expect(isOpen(cal, -8.64e15)).toBe(false);
    expect(() => nextOpen(cal, 8.64e15 - 1000)).toThrow(/NO_OPEN_TIME/);
    expect(() => addBusinessTime(cal, 8.64e15 - 1000, 100 * H)).toThrow(/NO_OPEN_TIME/);
    expect(() => addBusinessDays(cal, 8.64e15 - 1000, 1)).toThrow(/NO_OPEN_TIME/);
    expect(nextClose(cal, 8.64e15 - 1000)).toBeNull();
  });
});
