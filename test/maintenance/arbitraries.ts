// fast-check arbitraries shared by the maintenance and availability properties.
import fc from 'fast-check';
import { MS_PER_DAY } from '../../src/core/civil-date.js';
import { zoneTransitions } from '../calendar/arbitraries.js';
import type { MaintenanceScheduleSpec, MaintenanceWindowSpec } from '../../src/maintenance/index.js';

export const ZONES = ['UTC', 'America/New_York', 'America/St_Johns', 'Europe/London', 'Asia/Kolkata', 'Australia/Lord_Howe', 'Pacific/Chatham', 'America/Santiago'] as const;
const FROM = Date.UTC(2024, 0, 1);
const TO = Date.UTC(2028, 0, 1);
const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

// Offset changes of each zone, found once, so instants can be drawn near them.
const transitions = zoneTransitions(ZONES, FROM, TO);

const pad = (n: number): string => String(n).padStart(2, '0');
const time = (quarter: number): string => (quarter === 96 ? '24:00' : `${pad(Math.floor(quarter / 4))}:${pad((quarter % 4) * 15)}`);

const windowSpec: fc.Arbitrary<Omit<MaintenanceWindowSpec, 'id'>> = fc
  .record({
    day: fc.constantFrom(...DAYS),
    start: fc.integer({ min: 0, max: 95 }),
    end: fc.integer({ min: 0, max: 96 }),
    region: fc.constantFrom('A', 'B', undefined),
    // Now and then a window in a zone of its own.
    timeZone: fc.option(fc.constantFrom(...ZONES), { nil: undefined, freq: 4 }),
  })
  .filter((w) => w.start !== w.end)
  .map(({ day, start, end, region, timeZone }) => ({ day, start: time(start), end: time(end), ...(region !== undefined ? { region } : {}), ...(timeZone !== undefined ? { timeZone } : {}) }));

/** Schedules with ids w0, w1, … so that occurrences can be matched with the model's window index. */
export const scheduleSpec: fc.Arbitrary<MaintenanceScheduleSpec> = fc.record({
  timeZone: fc.constantFrom(...ZONES),
  windows: fc.array(windowSpec, { minLength: 1, maxLength: 4 }).map((ws) => ws.map((w, i) => ({ id: `w${i}`, ...w }))),
});

export const instantNear = (zone: string): fc.Arbitrary<number> =>
  fc.oneof(
    fc.integer({ min: FROM + 60 * MS_PER_DAY, max: TO - 60 * MS_PER_DAY }),
    fc.constantFrom(...(transitions.get(zone) ?? []).filter((t) => t > FROM + 60 * MS_PER_DAY && t < TO - 60 * MS_PER_DAY).concat([FROM + 100 * MS_PER_DAY])).chain((t) =>
      fc.integer({ min: -3 * MS_PER_DAY, max: 3 * MS_PER_DAY }).map((d) => t + d),
    ),
  );

