// fast-check arbitraries of calendars (random hours, overnight shifts, half-day holidays, overrides, DST zones), shared by the calendar and case-clock properties.
import fc from 'fast-check';
import type { CalendarSpec, Holiday, TimeRange } from '../../src/calendar/index.js';
import { formatCivilDate, MS_PER_DAY } from '../../src/core/civil-date.js';
import { zoneRules } from '../../src/core/time-zone.js';

export const ZONES = ['UTC', 'America/New_York', 'America/St_Johns', 'Europe/London', 'Asia/Kolkata', 'Asia/Kathmandu', 'Australia/Lord_Howe', 'Pacific/Chatham'] as const;
export const FROM = Date.UTC(2024, 2, 1);
export const TO = Date.UTC(2027, 8, 1);
export const DAY = MS_PER_DAY;

/** Instants of every offset change of each zone in [from, to), found by an hourly scan. */
export function zoneTransitions(zones: readonly string[], from: number, to: number): Map<string, number[]> {
  return new Map(
    zones.map((zone) => {
      const rules = zoneRules(zone);
      const found: number[] = [];
      for (let t = from; t < to; t += 3_600_000) if (rules.offsetAt(t) !== rules.offsetAt(t + 3_600_000)) found.push(t + 3_600_000);
      return [zone, found];
    }),
  );
}

// Instants of every offset change of each zone in 2024–2027, found once.
export const transitions = zoneTransitions(ZONES, FROM, TO);

const pad = (n: number): string => String(n).padStart(2, '0');
const time = (quarter: number): string => (quarter === 96 ? '24:00' : `${pad(Math.floor(quarter / 4))}:${pad((quarter % 4) * 15)}`);

// A day's ranges: closed, one range (maybe overnight), or two ranges with a break, the second maybe overnight.
export const dayRanges: fc.Arbitrary<TimeRange[]> = fc.oneof(
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

export const civilDate = fc.integer({ min: Math.floor(FROM / DAY), max: Math.floor(TO / DAY) }).map(formatCivilDate);
export const holiday: fc.Arbitrary<Holiday> = fc.oneof(
  civilDate,
  // A part of a day closed (a half day): from a quarter hour to a later one, or to '24:00'.
  fc.tuple(civilDate, fc.integer({ min: 0, max: 95 }), fc.integer({ min: 1, max: 96 })).filter(([, a, b]) => a < b)
    .map(([date, a, b]): Holiday => ({ date, closed: [time(a), time(b)] })),
  fc.record({ month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }), observed: fc.constantFrom('none', 'nearest-weekday', 'next-weekday') as fc.Arbitrary<'none'> }),
  fc.record({ month: fc.integer({ min: 1, max: 12 }), weekday: fc.constantFrom('mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun') as fc.Arbitrary<'mon'>, nth: fc.constantFrom(1, 2, 3, 4, 5, -1, -2, -5) }),
);

export const spec: fc.Arbitrary<CalendarSpec> = fc.record({
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

export const instantFor = (zone: string): fc.Arbitrary<number> =>
  fc.oneof(
    fc.integer({ min: FROM + 400 * DAY, max: TO - 400 * DAY }),
    fc.constantFrom(...((transitions.get(zone) ?? []).filter((t) => t > FROM + 400 * DAY && t < TO - 400 * DAY).concat([FROM + 500 * DAY]))).chain((t) =>
      fc.integer({ min: -48 * 3_600_000, max: 48 * 3_600_000 }).map((delta) => t + delta),
    ),
  );
