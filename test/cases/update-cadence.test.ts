import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BusinessDayRun, businessDayRun } from '../../src/calendar/business-day-run.js';
import { addBusinessDaysAt } from '../../src/calendar/add-business-days.js';
import { createCalendar } from '../../src/calendar/index.js';
import type { Calendar } from '../../src/calendar/types.js';
import { Spans } from '../../src/cases/case-clock.js';
import { Timeline } from '../../src/cases/case-timeline.js';
import { dueTimesIn, updateCadence } from '../../src/cases/update-cadence.js';
import { CLOCK_BUSINESS, type CompiledTarget, compilePolicy } from '../../src/cases/validate-support-policy.js';
import { instantFor, spec } from '../calendar/arbitraries.js';
import { DAY, MINUTE, scenario } from './arbitraries.js';
import { steppedDueTimes } from './cadence-reference.js';

const days = (n: number): CompiledTarget => ({ kind: CLOCK_BUSINESS, ms: 0, days: n });
const at = (iso: string): number => Date.parse(iso);
const iso = (ms: number): string => new Date(ms).toISOString();
const spans = (...pairs: [string, string][]): Spans => {
  const off = new Spans();
  for (const [start, end] of pairs) off.push(at(start), at(end));
  return off;
};
const weekdays = { mon: [['09:00', '17:00']], tue: [['09:00', '17:00']], wed: [['09:00', '17:00']], thu: [['09:00', '17:00']], fri: [['09:00', '17:00']] } as const;

/** The result or the error (code and message) of a computation, to compare two of them whole. */
function outcome(run: () => { missed: number; next: number }): unknown {
  try {
    return run();
  } catch (error) {
    return { error: String(error), path: (error as { details?: { path?: unknown } }).details?.path };
  }
}

describe('dueTimesIn (business days) counts due times in runs with the results of stepping one by one', () => {
  const cal = createCalendar({ timeZone: 'UTC', hours: weekdays });

  it('a due time landing exactly on end is not missed: it is the next one', () => {
    // 30 business days after Monday 5 January 10:00 is Monday 16 February 10:00.
    const result = dueTimesIn(cal, days(1), at('2026-01-05T10:00:00Z'), at('2026-02-16T10:00:00Z'), new Spans());
    expect({ missed: result.missed, next: iso(result.next) }).toEqual({ missed: 29, next: '2026-02-16T10:00:00.000Z' });
    expect(dueTimesIn(cal, days(3), at('2026-01-05T10:00:00Z'), at('2026-02-16T10:00:00Z'), new Spans())).toEqual({ missed: 9, next: at('2026-02-16T10:00:00Z') });
  });

  it('a pause spanning several due times moves them past its end, and the runs after it go on from there', () => {
    // Tuesday 6 January 10:00 is missed; its successor keeps Tuesday's 2 h before the pause and 6 h
    // after it: Tuesday 20 January 10:00; then daily to Thursday 29 January; Friday 30 January is at end.
    const off = spans(['2026-01-06T12:00:00Z', '2026-01-19T12:00:00Z']);
    const result = dueTimesIn(cal, days(1), at('2026-01-05T10:00:00Z'), at('2026-01-30T10:00:00Z'), off);
    expect({ missed: result.missed, next: iso(result.next) }).toEqual({ missed: 9, next: '2026-01-30T10:00:00.000Z' });
    expect(result).toEqual(steppedDueTimes(cal, days(1), at('2026-01-05T10:00:00Z'), at('2026-01-30T10:00:00Z'), off));
  });

  it('a holiday week holds no due time: the steps go over it', () => {
    const holidays = ['2026-12-21', '2026-12-22', '2026-12-23', '2026-12-24', '2026-12-25'];
    const withHolidays = createCalendar({ timeZone: 'America/New_York', hours: weekdays, holidays, holidayCoverage: 'open' });
    const anchor = at('2026-12-18T10:00:00-05:00');
    expect(dueTimesIn(withHolidays, days(1), anchor, at('2026-12-28T10:00:00-05:00'), new Spans())).toEqual({ missed: 0, next: at('2026-12-28T10:00:00-05:00') });
    // From 18 December to 26 February 2027: 45 business days in the holiday-free weeks.
    const far = dueTimesIn(withHolidays, days(1), anchor, at('2027-02-26T10:00:00-05:00'), new Spans());
    expect(far).toEqual(steppedDueTimes(withHolidays, days(1), anchor, at('2027-02-26T10:00:00-05:00'), new Spans()));
    expect(far.missed).toBe(44);
  });

  it('a half day that is closed at the wall time moves the step to the next opening, and later steps keep that time', () => {
    const half = createCalendar({ timeZone: 'UTC', hours: weekdays, holidays: [{ date: '2026-01-14', closed: ['12:00', '17:00'] }], holidayCoverage: 'open' });
    const anchor = at('2026-01-05T14:00:00Z');
    const result = dueTimesIn(half, days(1), anchor, at('2026-02-27T12:00:00Z'), new Spans());
    expect(result).toEqual(steppedDueTimes(half, days(1), anchor, at('2026-02-27T12:00:00Z'), new Spans()));
    // Wednesday 14 January 14:00 is closed: Thursday 09:00, and 09:00 from then on (Friday 27 February 09:00 is before end).
    expect(iso(result.next)).toBe('2026-03-02T09:00:00.000Z');
  });

  it('more than MAX_UPDATE_STEPS due times throw the same error as stepping', () => {
    const anchor = at('2026-01-05T10:00:00Z');
    const end = at('2066-01-05T10:00:00Z');
    const fast = outcome(() => dueTimesIn(cal, days(1), anchor, end, new Spans()));
    expect(fast).toEqual(outcome(() => steppedDueTimes(cal, days(1), anchor, end, new Spans())));
    expect(fast).toEqual({ error: expect.stringContaining('INVALID_ARGUMENT: options.now: 2066-01-05T10:00:00.000Z lies more than 10,000 update intervals'), path: 'options.now' });
  });

  it('businessDayRun stops counting once past its limit', () => {
    const out = new BusinessDayRun();
    businessDayRun(cal, at('2026-01-05T10:00:00Z'), 1, at('2027-01-05T10:00:00Z'), 1, out);
    expect(out.count).toBe(2);
    businessDayRun(cal, at('2026-01-05T10:00:00Z'), 1, at('2027-01-05T10:00:00Z'), 40, out);
    expect(out.count).toBe(41);
  });

  it('near the end of the range of Date every step is taken one by one, with the same results', () => {
    const anchor = addBusinessDaysAt(cal, 8.3e15, 1);
    const end = anchor + 60 * DAY;
    expect(dueTimesIn(cal, days(2), anchor, end, new Spans())).toEqual(steppedDueTimes(cal, days(2), anchor, end, new Spans()));
  });
});

// Pauses as gaps and lengths in minutes after the anchor: sorted and disjoint, as updateCadence makes them.
const pauses = fc.array(fc.tuple(fc.integer({ min: 0, max: 40 * 1440 }), fc.integer({ min: 1, max: 20 * 1440 })), { maxLength: 4 });

describe('dueTimesIn against the one-step-at-a-time reference', () => {
  it('agrees over random calendars (overnight shifts, half days, overrides, DST zones), pauses and far ends', () => {
    const scenarios = spec.chain((s) =>
      fc.record({ spec: fc.constant(s), anchor: instantFor(s.timeZone), n: fc.integer({ min: 1, max: 5 }), pauses, endAfter: fc.integer({ min: 0, max: 420 * 1440 }) }),
    );
    fc.assert(
      fc.property(scenarios, ({ spec: s, anchor, n, pauses: list, endAfter }) => {
        const cal: Calendar = createCalendar(s);
        const off = new Spans();
        let t = anchor;
        for (const [gap, length] of list) {
          off.push(t + gap * MINUTE, t + (gap + length) * MINUTE);
          t += (gap + length) * MINUTE;
        }
        const end = Math.max(t, anchor + endAfter * MINUTE);
        expect(outcome(() => dueTimesIn(cal, days(n), anchor, end, off))).toEqual(outcome(() => steppedDueTimes(cal, days(n), anchor, end, off)));
      }),
      { numRuns: 300 },
    );
  });

  it('agrees on the period run of random cases (pauses, severity changes, reopenings) evaluated far away', () => {
    const far = fc.tuple(scenario(), fc.integer({ min: 0, max: 400 * 1440 }));
    fc.assert(
      fc.property(far, ([{ policy, calendar, input, now }, later]) => {
        const compiled = compilePolicy(policy);
        const timeline = new Timeline();
        timeline.load(input, compiled);
        const end = now + later * MINUTE;
        const { next, run } = updateCadence(compiled, calendar, timeline, end);
        if (run === null || run.target.days === 0) return;
        const reference = steppedDueTimes(calendar, run.target, run.anchor, end, run.off);
        expect({ missed: run.missed, next }).toEqual(reference);
      }),
      { numRuns: 300 },
    );
  });

  it('reaches the years after the first without losing a step (runs cross New Year)', () => {
    const cal = createCalendar({ timeZone: 'Australia/Lord_Howe', hours: weekdays });
    const anchor = at('2026-03-02T10:30:00+11:00');
    const end = anchor + 700 * DAY;
    for (const n of [1, 2, 3, 7]) expect(dueTimesIn(cal, days(n), anchor, end, new Spans())).toEqual(steppedDueTimes(cal, days(n), anchor, end, new Spans()));
  });
});
