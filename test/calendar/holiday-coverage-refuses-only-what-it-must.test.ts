// Holiday coverage refuses only what it must: a calendar whose dated holidays cover some years
// answers every query whose answer lies on days inside them, exactly as if the list were declared
// complete, and refuses (HOLIDAYS_NOT_COVERED) only an answer that needs a day outside (issue 20).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addBusinessDays,
  addBusinessTime,
  businessTimeBetween,
  createCalendar,
  isBusinessDay,
  isOpen,
  nextClose,
  nextOpen,
} from '../../src/calendar/index.js';
import type { Calendar, CalendarSpec, TimeRange, WeeklyHours } from '../../src/calendar/types.js';
import { formatCivilDate, MS_PER_DAY, weekdayOf } from '../../src/core/civil-date.js';
import { isSlaError } from '../../src/core/errors.js';
import { zoneRules } from '../../src/core/time-zone.js';
import { expectSlaError } from '../expect-sla-error.js';

const HOUR = 3_600_000;

describe('holiday coverage refuses only what it must', () => {
  // 2025-12-31 is a Wednesday: its 20:00–02:00 shift runs into 2026-01-01, the first covered day.
  const spec: CalendarSpec = { timeZone: 'UTC', hours: { wed: [['20:00', '02:00']] }, holidays: ['2026-07-17'] };
  const covered = createCalendar(spec);
  const open = createCalendar({ ...spec, holidayCoverage: 'open' });

  it('an overnight range on the weekday of 31 December before the covered years no longer refuses the whole year: isOpen in May 2026 answers', () => {
    expect(isOpen(covered, '2026-05-06T21:00:00Z')).toBe(true); // Wednesday 21:00
    expect(isOpen(covered, '2026-05-07T01:00:00Z')).toBe(true); // Thursday 01:00, the same shift
    expect(isOpen(covered, '2026-05-07T03:00:00Z')).toBe(false);
    expect(nextOpen(covered, '2026-05-07T03:00:00Z').toISOString()).toBe('2026-05-13T20:00:00.000Z');
    expect(businessTimeBetween(covered, '2026-01-01T02:00:00Z', '2026-12-31T00:00:00Z')).toBe(businessTimeBetween(open, '2026-01-01T02:00:00Z', '2026-12-31T00:00:00Z'));
    expect(isBusinessDay(covered, '2026-01-01')).toBe(false);
  });

  it('an answer that needs the uncovered 31 December still refuses, naming that day', () => {
    // Whether 2026-01-01 00:00–02:00 is open depends on 2025-12-31 being a holiday or not.
    expectSlaError(() => isOpen(covered, '2026-01-01T01:00:00Z'), 'HOLIDAYS_NOT_COVERED', 'holidays', '2025-12-31');
    expectSlaError(() => nextOpen(covered, '2026-01-01T00:00:00Z'), 'HOLIDAYS_NOT_COVERED', 'holidays', '2025-12-31');
    expectSlaError(() => addBusinessTime(covered, '2026-01-07T21:00:00Z', { hours: -2 }), 'HOLIDAYS_NOT_COVERED', 'holidays', '2025-12-31');
    expectSlaError(() => addBusinessDays(covered, '2026-01-07T21:00:00Z', -1), 'HOLIDAYS_NOT_COVERED', 'holidays', '2025-12-31');
    // Counting back from closed time starts at the previous close: the end of that night.
    expectSlaError(() => addBusinessDays(covered, '2026-01-01T05:00:00Z', -1), 'HOLIDAYS_NOT_COVERED', 'holidays', '2025-12-31');
    // From the end of the shift on, nothing depends on it.
    expect(isOpen(covered, '2026-01-01T02:00:00Z')).toBe(false);
    expect(addBusinessTime(covered, '2026-01-07T21:00:00Z', { hours: -1 }).toISOString()).toBe('2026-01-07T20:00:00.000Z');
  });

  it('counting back from closed time before the first covered business day needs the uncovered 31 December, and refuses', () => {
    // Fri 2 Jan 00:00 is closed: the count starts at Thursday's close and goes back one business day,
    // to Wed 31 Dec 17:00 (then the next opening, Thu 08:00). Were 31 Dec a holiday, the answer
    // would be Fri 26 Dec 20:00: the answer depends on a day the holidays do not cover.
    const hours: WeeklyHours = { wed: [['08:00', '17:00']], thu: [['08:00', '17:00']], fri: [['20:00', '02:00']] };
    const bounded = createCalendar({ timeZone: 'UTC', hours, holidays: ['2026-01-03'] });
    const complete = createCalendar({ timeZone: 'UTC', hours, holidays: ['2026-01-03'], holidayCoverage: 'open' });
    expect(addBusinessDays(complete, '2026-01-02T00:00:00Z', -1).toISOString()).toBe('2026-01-01T08:00:00.000Z');
    const withEve = createCalendar({ timeZone: 'UTC', hours, holidays: ['2025-12-31', '2026-01-03'], holidayCoverage: 'open' });
    expect(addBusinessDays(withEve, '2026-01-02T00:00:00Z', -1).toISOString()).toBe('2025-12-26T20:00:00.000Z');
    expectSlaError(() => addBusinessDays(bounded, '2026-01-02T00:00:00Z', -1), 'HOLIDAYS_NOT_COVERED', 'holidays', '2025-12-31');
  });

  it('a later year outside the coverage still refuses', () => {
    expectSlaError(() => isOpen(covered, '2027-05-05T21:00:00Z'), 'HOLIDAYS_NOT_COVERED', 'holidays', '2027-05-05');
  });
});

// A property: on generated calendars (overnight shifts, DST zones) with dated holidays in 2026, a
// call either answers exactly as with holidayCoverage 'open', or refuses while the local days its
// answer touches include one outside 2026.
const ZONES = ['UTC', 'America/New_York', 'Europe/London', 'Australia/Lord_Howe', 'Asia/Kolkata'] as const;
const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
const OPTIONS: readonly (readonly TimeRange[])[] = [[], [['08:00', '17:00']], [['20:00', '02:00']], [['22:00', '06:00']], [['00:00', '24:00']], [['09:00', '12:00'], ['18:00', '01:00']]];
const hoursArb = fc.array(fc.integer({ min: 0, max: OPTIONS.length - 1 }), { minLength: 7, maxLength: 7 }).filter((picks) => picks.some((p) => p !== 0));
const holidayArb = fc.array(fc.integer({ min: Date.UTC(2026, 0, 1) / MS_PER_DAY, max: Date.UTC(2026, 11, 31) / MS_PER_DAY }).map(formatCivilDate), { minLength: 1, maxLength: 3 });
const START = Date.UTC(2025, 11, 24);
const END = Date.UTC(2027, 0, 8);
const instantArb = fc.oneof(
  fc.integer({ min: START, max: END }),
  // Near the two New Years.
  fc.integer({ min: Date.UTC(2025, 11, 30), max: Date.UTC(2026, 0, 3) }),
  fc.integer({ min: Date.UTC(2026, 11, 29), max: Date.UTC(2027, 0, 2) }),
);

type Query = { name: string; run: (cal: Calendar) => unknown; span: (answer: unknown, complete: Calendar, timeZone: string) => [number, number] };

const queryArb: fc.Arbitrary<Query> = fc.oneof(
  instantArb.map((t) => ({ name: `isOpen ${t}`, run: (cal: Calendar) => isOpen(cal, t), span: () => [t, t] as [number, number] })),
  instantArb.map((t) => ({ name: `nextOpen ${t}`, run: (cal: Calendar) => nextOpen(cal, t).getTime(), span: (r: unknown) => [t, r as number] as [number, number] })),
  instantArb.map((t) => ({ name: `nextClose ${t}`, run: (cal: Calendar) => nextClose(cal, t)?.getTime() ?? null, span: (r: unknown) => [t, r === null ? t + 400 * MS_PER_DAY : (r as number)] as [number, number] })),
  fc.tuple(instantArb, fc.integer({ min: 0, max: 10 * 24 * 60 })).map(([t, minutes]) => ({
    name: `businessTimeBetween ${t} +${minutes}m`,
    run: (cal: Calendar) => businessTimeBetween(cal, t, t + minutes * 60_000),
    span: () => [t, t + minutes * 60_000] as [number, number],
  })),
  fc.tuple(instantArb, fc.integer({ min: -40 * 60, max: 40 * 60 })).map(([t, minutes]) => ({
    name: `addBusinessTime ${t} ${minutes}m`,
    run: (cal: Calendar) => addBusinessTime(cal, t, minutes * 60_000).getTime(),
    span: (r: unknown) => [Math.min(t, r as number), Math.max(t, r as number)] as [number, number],
  })),
  fc.tuple(instantArb, fc.integer({ min: -3, max: 3 })).map(([t, n]) => ({
    name: `addBusinessDays ${t} ${n}`,
    run: (cal: Calendar) => addBusinessDays(cal, t, n).getTime(),
    // Counting back starts at t when open, else at the previous close (the end of the last stretch
    // before t, which may lie on an earlier day than t's), and reads the business days down to the
    // |n|-th before that instant's day.
    span: (r: unknown, complete: Calendar, timeZone: string) => {
      let low = Math.min(t, r as number);
      if (n < 0) {
        const zone = zoneRules(timeZone);
        // One millisecond of business time back from closed time lands just before the previous close.
        const from = isOpen(complete, t) ? t : addBusinessTime(complete, t, -1).getTime() + 1;
        let day = Math.floor(zone.toWall(from) / MS_PER_DAY) - 1;
        for (let found = 0; ; day--) if (isBusinessDay(complete, formatCivilDate(day)) && ++found === -n) break;
        low = Math.min(low, from, zone.toInstant(day * MS_PER_DAY));
      }
      return [low, Math.max(t, r as number)] as [number, number];
    },
  })),
);

/** The local days an answer spanning [a, b] touches: every day from a's to b's, and a's eve when a range of it runs past midnight to a. */
function touchedDays(timeZone: string, weekly: WeeklyHours, [a, b]: [number, number]): number[] {
  const zone = zoneRules(timeZone);
  const first = Math.floor(zone.toWall(a) / MS_PER_DAY);
  const last = Math.floor(zone.toWall(b) / MS_PER_DAY);
  const eve = first - 1;
  const ms = (time: string): number => Number(time.slice(0, 2)) * HOUR + Number(time.slice(3, 5)) * 60_000;
  const overnightEnds = (weekly[DAYS[weekdayOf(eve)] as keyof WeeklyHours] ?? []).filter(([from, to]) => ms(to) <= ms(from)).map(([, to]) => ms(to));
  const days: number[] = [];
  if (overnightEnds.some((end) => zone.toWall(a) - first * MS_PER_DAY <= end)) days.push(eve);
  for (let d = first; d <= last; d++) days.push(d);
  return days;
}

describe('holiday coverage refuses only what it must (property)', () => {
  it('with coverage bounded to the dated years, a call answers exactly as with holidayCoverage "open", or its answer touches a day outside them', () => {
    let refused = 0;
    let answered = 0;
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), hoursArb, holidayArb, queryArb, (timeZone, picks, holidays, query) => {
        const hours = Object.fromEntries(picks.map((p, i) => [DAYS[i], OPTIONS[p]]).filter(([, ranges]) => (ranges as readonly TimeRange[]).length > 0)) as WeeklyHours;
        const bounded = createCalendar({ timeZone, hours, holidays });
        const complete = createCalendar({ timeZone, hours, holidays, holidayCoverage: 'open' });
        const expected = query.run(complete);
        const outside = touchedDays(timeZone, hours, query.span(expected, complete, timeZone)).some((d) => formatCivilDate(d).slice(0, 4) !== '2026');
        let actual: unknown;
        try {
          actual = query.run(bounded);
        } catch (error) {
          expect(isSlaError(error) && error.code).toBe('HOLIDAYS_NOT_COVERED');
          expect(outside, `${query.name} refused though every day it touches is covered`).toBe(true);
          refused++;
          return;
        }
        answered++;
        expect(actual).toEqual(expected);
      }),
      { numRuns: 1500 },
    );
    // Both branches are exercised.
    expect(refused).toBeGreaterThan(0);
    expect(answered).toBeGreaterThan(0);
  });
});
