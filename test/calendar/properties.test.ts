import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addBusinessDays,
  addBusinessTime,
  businessTimeBetween,
  type CalendarSpec,
  calendarToJSON,
  createCalendar,
  type Holiday,
  isBusinessDay,
  isOpen,
  nextClose,
  nextOpen,
  openIntervals,
  type TimeRange,
  withTimeZone,
} from '../../src/calendar/index.js';
import { formatCivilDate, MS_PER_DAY } from '../../src/core/civil-date.js';
import { zoneRules } from '../../src/core/time-zone.js';
import { ReferenceCalendar } from './reference-model.js';

const ZONES = ['UTC', 'America/New_York', 'America/St_Johns', 'Europe/London', 'Asia/Kolkata', 'Asia/Kathmandu', 'Australia/Lord_Howe', 'Pacific/Chatham'] as const;
const FROM = Date.UTC(2024, 2, 1);
const TO = Date.UTC(2027, 8, 1);
const DAY = MS_PER_DAY;

// Instants of every offset change of each zone in 2024–2027, found once by an hourly scan.
const transitions = new Map<string, number[]>(
  ZONES.map((zone) => {
    const rules = zoneRules(zone);
    const found: number[] = [];
    for (let t = FROM; t < TO; t += 3_600_000) if (rules.offsetAt(t) !== rules.offsetAt(t + 3_600_000)) found.push(t + 3_600_000);
    return [zone, found];
  }),
);

const pad = (n: number): string => String(n).padStart(2, '0');
const time = (quarter: number): string => (quarter === 96 ? '24:00' : `${pad(Math.floor(quarter / 4))}:${pad((quarter % 4) * 15)}`);

// A day's ranges: closed, one range (maybe overnight), or two ranges with a break, the second maybe overnight.
const dayRanges: fc.Arbitrary<TimeRange[]> = fc.oneof(
  fc.constant<TimeRange[]>([]),
  fc.tuple(fc.integer({ min: 0, max: 95 }), fc.integer({ min: 0, max: 96 })).filter(([a, b]) => a !== b).map(([a, b]): TimeRange[] => [[time(a), time(b)]]),
  fc
    .uniqueArray(fc.integer({ min: 0, max: 96 }), { minLength: 4, maxLength: 4 })
    .chain((points) => {
      const [a, b, c, d] = [...points].sort((x, y) => x - y) as [number, number, number, number];
      return fc.boolean().chain((overnight) =>
        overnight ? fc.integer({ min: 0, max: c - 1 }).map((e): TimeRange[] => [[time(a), time(b)], [time(c), time(e)]]) : fc.constant<TimeRange[]>([[time(a), time(b)], [time(c), time(d)]]),
      );
    }),
);

const civilDate = fc.integer({ min: Math.floor(FROM / DAY), max: Math.floor(TO / DAY) }).map(formatCivilDate);
const holiday: fc.Arbitrary<Holiday> = fc.oneof(
  civilDate,
  // A part of a day closed (a half day): from a quarter hour to a later one, or to '24:00'.
  fc.tuple(civilDate, fc.integer({ min: 0, max: 95 }), fc.integer({ min: 1, max: 96 })).filter(([, a, b]) => a < b)
    .map(([date, a, b]): Holiday => ({ date, closed: [time(a), time(b)] })),
  fc.record({ month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }), observed: fc.constantFrom('none', 'nearest-weekday', 'next-weekday') as fc.Arbitrary<'none'> }),
  fc.record({ month: fc.integer({ min: 1, max: 12 }), weekday: fc.constantFrom('mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun') as fc.Arbitrary<'mon'>, nth: fc.constantFrom(1, 2, 3, 4, 5, -1, -2, -5) }),
);

const spec: fc.Arbitrary<CalendarSpec> = fc.record({
  timeZone: fc.constantFrom(...ZONES),
  hours: fc.oneof(
    { weight: 1, arbitrary: fc.constant('24x7' as const) },
    {
      weight: 6,
      arbitrary: fc
        .record({ mon: dayRanges, tue: dayRanges, wed: dayRanges, thu: dayRanges, fri: dayRanges, sat: dayRanges, sun: dayRanges })
        .filter((week) => Object.values(week).some((ranges) => ranges.length > 0)),
    },
  ),
  holidays: fc.array(holiday, { maxLength: 4 }),
  // Declared complete: these properties compare the engine with the model on any date.
  holidayCoverage: fc.constant('open' as const),
  overrides: fc.dictionary(civilDate, dayRanges, { maxKeys: 3 }),
});

const instantFor = (zone: string): fc.Arbitrary<number> =>
  fc.oneof(
    fc.integer({ min: FROM + 400 * DAY, max: TO - 400 * DAY }),
    fc.constantFrom(...((transitions.get(zone) ?? []).filter((t) => t > FROM + 400 * DAY && t < TO - 400 * DAY).concat([FROM + 500 * DAY]))).chain((t) =>
      fc.integer({ min: -48 * 3_600_000, max: 48 * 3_600_000 }).map((delta) => t + delta),
    ),
  );

const scenario = spec.chain((s) => fc.record({ spec: fc.constant(s), t: instantFor(s.timeZone), fraction: fc.double({ min: 0, max: 1, noNaN: true }), n: fc.integer({ min: -12, max: 12 }), span: fc.integer({ min: 0, max: 60 * DAY }) }));

function reference(s: CalendarSpec, t: number): ReferenceCalendar {
  const day = Math.floor(t / DAY);
  return new ReferenceCalendar(s, day - 420, day + 420);
}

const runs = { numRuns: 300 };

describe('the engine agrees with the slow reference model', () => {
  it('isOpen, businessTimeBetween, openIntervals and isBusinessDay', () => {
    fc.assert(
      fc.property(scenario, ({ spec: s, t, span }) => {
        const cal = createCalendar(s);
        const ref = reference(s, t);
        expect(isOpen(cal, t)).toBe(ref.isOpen(t));
        expect(businessTimeBetween(cal, t, t + span)).toBe(ref.between(t, t + span));
        expect(businessTimeBetween(cal, t - span, t)).toBe(ref.between(t - span, t));
        expect(openIntervals(cal, t, t + 10 * DAY).map((i) => ({ start: i.start.getTime(), end: i.end.getTime() }))).toEqual(ref.openIntervals(t, t + 10 * DAY));
        for (let k = -3; k <= 3; k++) {
          const day = Math.floor(t / DAY) + k;
          expect(isBusinessDay(cal, formatCivilDate(day))).toBe(ref.businessDays.has(day));
        }
      }),
      runs,
    );
  });

  it('addBusinessTime forwards and backwards (earliest / latest instant)', () => {
    fc.assert(
      fc.property(scenario, ({ spec: s, t, fraction }) => {
        const cal = createCalendar(s);
        const ref = reference(s, t);
        const forward = Math.floor(fraction * ref.between(t, t + 365 * DAY));
        const backward = -Math.floor(fraction * ref.between(t - 365 * DAY, t));
        expect(addBusinessTime(cal, t, forward).getTime()).toBe(ref.add(t, forward));
        expect(addBusinessTime(cal, t, backward).getTime()).toBe(ref.add(t, backward));
      }),
      runs,
    );
  });

  it('nextOpen, nextClose and addBusinessDays', () => {
    fc.assert(
      fc.property(scenario, ({ spec: s, t, n }) => {
        const cal = createCalendar(s);
        const ref = reference(s, t);
        const trusted = t + 380 * DAY; // answers beyond this may be cut by the model's window
        const open = ref.nextOpen(t);
        if (open !== undefined && open < trusted) expect(nextOpen(cal, t).getTime()).toBe(open);
        const close = ref.nextClose(t);
        const engineClose = nextClose(cal, t);
        if (close !== undefined && close < trusted) expect(engineClose?.getTime()).toBe(close);
        else expect(engineClose === null || engineClose.getTime() >= trusted).toBe(true);
        const moved = ref.addBusinessDays(t, n);
        if (moved !== undefined && moved < trusted) expect(addBusinessDays(cal, t, n).getTime()).toBe(moved);
      }),
      runs,
    );
  });
});

describe('algebra of business time', () => {
  it('between is additive and antisymmetric', () => {
    fc.assert(
      fc.property(scenario, fc.integer({ min: -30 * DAY, max: 30 * DAY }), fc.integer({ min: -30 * DAY, max: 30 * DAY }), ({ spec: s, t }, x, y) => {
        const cal = createCalendar(s);
        const [a, b, c] = [t, t + x, t + y];
        expect(businessTimeBetween(cal, a, b) + businessTimeBetween(cal, b, c)).toBe(businessTimeBetween(cal, a, c));
        expect(businessTimeBetween(cal, a, b)).toBe(-businessTimeBetween(cal, b, a) || 0);
      }),
      runs,
    );
  });

  it('between(t, add(t, d)) = d, and nothing earlier (later for d < 0) reaches d', () => {
    fc.assert(
      fc.property(scenario, fc.integer({ min: -200 * 3_600_000, max: 200 * 3_600_000 }), ({ spec: s, t }, d) => {
        const cal = createCalendar(s);
        const u = addBusinessTime(cal, t, d).getTime();
        if (d >= 0) {
          expect(businessTimeBetween(cal, t, u)).toBe(d);
          if (d > 0) expect(businessTimeBetween(cal, t, u - 1)).toBe(d - 1);
        } else {
          expect(businessTimeBetween(cal, u, t)).toBe(-d);
          expect(businessTimeBetween(cal, u + 1, t)).toBe(-d - 1);
        }
      }),
      runs,
    );
  });

  it('nextOpen is open; isOpen agrees with openIntervals', () => {
    fc.assert(
      fc.property(scenario, ({ spec: s, t }) => {
        const cal = createCalendar(s);
        expect(isOpen(cal, nextOpen(cal, t))).toBe(true);
        expect(isOpen(cal, t)).toBe(openIntervals(cal, t, t + 1).length > 0);
        const close = nextClose(cal, t);
        if (close !== null) expect(isOpen(cal, close)).toBe(false);
      }),
      runs,
    );
  });
});

describe('addBusinessDays from closed time', () => {
  const closedRun = fc.integer({ min: 1, max: 4 * DAY });

  it('n > 0: never before the input; every start in one closed stretch counts from its next opening', () => {
    fc.assert(
      fc.property(scenario, fc.integer({ min: 1, max: 12 }), closedRun, ({ spec: s, t, fraction }, n, run) => {
        const cal = createCalendar(s);
        const result = addBusinessDays(cal, t, n).getTime();
        expect(result).toBeGreaterThanOrEqual(t);
        const opening = nextOpen(cal, t).getTime();
        const fromOpening = addBusinessDays(cal, opening, n).getTime();
        expect(result).toBe(fromOpening);
        // Another start later in the same closed stretch: [t, later] holds no open time.
        const later = t + Math.floor(fraction * run);
        if (!isOpen(cal, later) && businessTimeBetween(cal, t, later) === 0) {
          expect(businessTimeBetween(cal, nextOpen(cal, later), addBusinessDays(cal, later, n))).toBe(businessTimeBetween(cal, opening, result));
        }
      }),
      runs,
    );
  });

  it('n < 0: never after the input; every start in one closed stretch counts from its previous close', () => {
    fc.assert(
      fc.property(scenario, fc.integer({ min: -12, max: -1 }), closedRun, ({ spec: s, t, fraction }, n, run) => {
        const cal = createCalendar(s);
        const result = addBusinessDays(cal, t, n).getTime();
        expect(result).toBeLessThanOrEqual(t);
        // Another start earlier in the same closed stretch: [earlier, t] holds no open time.
        const earlier = t - Math.floor(fraction * run);
        if (!isOpen(cal, t) && businessTimeBetween(cal, earlier, t) === 0) {
          expect(addBusinessDays(cal, earlier, n).getTime()).toBe(result);
        }
      }),
      runs,
    );
  });
});

describe('serialisation and zones', () => {
  it('calendarToJSON round-trips; withTimeZone equals a calendar made in that zone', () => {
    fc.assert(
      fc.property(scenario, fc.constantFrom(...ZONES), ({ spec: s, t, span }, zone) => {
        const cal = createCalendar(s);
        const again = createCalendar(JSON.parse(JSON.stringify(calendarToJSON(cal))) as CalendarSpec);
        expect(businessTimeBetween(again, t, t + span)).toBe(businessTimeBetween(cal, t, t + span));
        expect(nextOpen(again, t).getTime()).toBe(nextOpen(cal, t).getTime());
        const moved = withTimeZone(cal, zone);
        const made = createCalendar({ ...s, timeZone: zone });
        expect(businessTimeBetween(moved, t, t + span)).toBe(businessTimeBetween(made, t, t + span));
        expect(calendarToJSON(moved)).toEqual(calendarToJSON(made));
      }),
      { numRuns: 100 },
    );
  });
});
