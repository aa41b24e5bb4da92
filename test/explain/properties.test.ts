import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addBusinessDays, addBusinessTime, businessTimeBetween, type CalendarSpec, createCalendar, type TimeRange } from '../../src/calendar/index.js';
import { type ElapsedTarget, evaluateCase } from '../../src/cases/index.js';
import { parseDuration } from '../../src/core/duration.js';
import { zonedTimeToInstant } from '../../src/core/time-zone.js';
import { addDaysToCivilDate } from '../../src/core/civil-date.js';
import { type DueTimeExplanation, explainBusinessTime, explainCase } from '../../src/explain/index.js';
import { scenario } from '../cases/arbitraries.js';

const ZONES = ['UTC', 'America/New_York', 'Europe/London', 'Asia/Kolkata', 'Australia/Lord_Howe', 'Pacific/Chatham', 'America/Santiago'] as const;
const DAY = 86_400_000;
const MIN = Date.UTC(2025, 0, 1);
const MAX = Date.UTC(2027, 11, 31);

const pad = (n: number): string => String(n).padStart(2, '0');
const time = (quarter: number): string => (quarter === 96 ? '24:00' : `${pad(Math.floor(quarter / 4))}:${pad((quarter % 4) * 15)}`);
const dayRanges: fc.Arbitrary<TimeRange[]> = fc.oneof(
  fc.constant<TimeRange[]>([]),
  fc.tuple(fc.integer({ min: 0, max: 95 }), fc.integer({ min: 0, max: 96 })).filter(([a, b]) => a !== b).map(([a, b]): TimeRange[] => [[time(a), time(b)]]),
);
const spec: fc.Arbitrary<CalendarSpec> = fc.record({
  timeZone: fc.constantFrom(...ZONES),
  hours: fc.oneof(
    { weight: 1, arbitrary: fc.constant('24x7' as const) },
    {
      weight: 5,
      arbitrary: fc
        .record({ mon: dayRanges, tue: dayRanges, wed: dayRanges, thu: dayRanges, fri: dayRanges, sat: dayRanges, sun: dayRanges })
        .filter((week) => Object.values(week).some((ranges) => ranges.length > 0)),
    },
  ),
  holidays: fc.array(fc.record({ month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }) }), { maxLength: 3 }),
});

/** The instants a stretch's wall-time fields name, read back with the zone's rules. */
function parsedBack(e: DueTimeExplanation): { start: number; end: number }[] {
  return e.stretches.map((s) => ({
    start: Date.parse(`${s.date}T${s.from.length === 5 ? `${s.from}:00` : s.from}${s.utcOffset}`),
    end:
      s.to === '24:00'
        ? zonedTimeToInstant(e.timeZone, `${addDaysToCivilDate(s.date, 1)}T00:00`).getTime()
        : Date.parse(`${s.date}T${s.to.length === 5 ? `${s.to}:00` : s.to}${s.endUtcOffset}`),
  }));
}

function checkStretches(e: DueTimeExplanation): void {
  const back = parsedBack(e);
  expect(back).toEqual(e.stretches.map((s) => ({ start: Date.parse(s.start), end: Date.parse(s.end) })));
  let sum = 0;
  for (const [i, s] of e.stretches.entries()) {
    const { start, end } = back[i] as { start: number; end: number };
    expect(end - start).toBe(s.ms);
    expect(start).toBeGreaterThanOrEqual(Date.parse(e.start));
    expect(end).toBeLessThanOrEqual(Date.parse(e.due));
    if (i > 0) expect(start).toBeGreaterThanOrEqual(back[i - 1]?.end as number);
    sum += end - start;
  }
  expect(sum).toBe(e.targetMs);
  expect(JSON.parse(JSON.stringify(e))).toEqual(e);
}

describe('explanation properties', () => {
  it('explainBusinessTime: the stretches add up exactly to the duration, lie in [start, due), and their wall times parse back to the same instants', () => {
    fc.assert(
      fc.property(spec, fc.date({ noInvalidDate: true, min: new Date(MIN), max: new Date(MAX) }), fc.integer({ min: 0, max: 30 * DAY }), (s, at, duration) => {
        const calendar = createCalendar(s);
        const e = explainBusinessTime(calendar, at, duration);
        expect(Date.parse(e.due)).toBe(addBusinessTime(calendar, at, duration).getTime());
        expect(e.targetMs).toBe(duration);
        checkStretches(e);
        // Every open instant between start and due is in a stretch: nothing else was open.
        expect(businessTimeBetween(calendar, at, Date.parse(e.due))).toBe(duration);
        for (const day of e.skippedDays) expect(e.stretches.some((x) => x.date === day.date)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('explainCase: the due times (response, resolution, next update) are those of evaluateCase, and the stretches add up exactly to each target', () => {
    fc.assert(
      fc.property(scenario(), ({ calendar, policy, input, now }) => {
        const status = evaluateCase(policy, calendar, input, { now });
        const e = explainCase(policy, calendar, input, { now });
        expect(Date.parse(e.response.due)).toBe(status.response.dueAt.getTime());
        expect(e.response.targetMs).toBe(status.response.targetMs);
        checkStretches(e.response);
        expect(e.resolution === null).toBe(status.resolution === null);
        if (e.resolution !== null && status.resolution !== null) {
          expect(Date.parse(e.resolution.due)).toBe(status.resolution.dueAt.getTime());
          expect(e.resolution.targetMs).toBe(status.resolution.targetMs);
          checkStretches(e.resolution);
        }
        expect(e.update === null).toBe(status.nextUpdateDueAt === null);
        if (e.update !== null) {
          expect(Date.parse(e.update.due)).toBe(status.nextUpdateDueAt?.getTime());
          const start = Date.parse(e.update.start);
          const cadence = e.update.businessDays === undefined
            ? parseDuration((policy.levels[e.severity]!.updates as ElapsedTarget).after)
            : businessTimeBetween(calendar, start, addBusinessDays(calendar, start, e.update.businessDays));
          expect(e.update.targetMs).toBe(cadence);
          checkStretches(e.update);
        }
      }),
      { numRuns: 300 },
    );
  });
});
