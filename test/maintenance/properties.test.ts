import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MS_PER_DAY } from '../../src/core/civil-date.js';
import {
  createMaintenanceSchedule,
  maintenanceWindowAt,
  maintenanceWindowsBetween,
  nextMaintenanceWindow,
  type WindowOccurrence,
} from '../../src/maintenance/index.js';
import { instantNear, scheduleSpec } from './arbitraries.js';
import { ReferenceSchedule } from './reference-model.js';

const scenario = scheduleSpec.chain((spec) =>
  fc.record({
    spec: fc.constant(spec),
    t: instantNear(spec.timeZone),
    span: fc.integer({ min: 0, max: 20 * MS_PER_DAY }),
    region: fc.constantFrom(undefined, ...new Set(spec.windows.flatMap((w) => (w.region === undefined ? [] : [w.region])))),
  }),
);

const shape = (w: WindowOccurrence | null): { start: number; end: number; index: number } | null =>
  w === null ? null : { start: w.start.getTime(), end: w.end.getTime(), index: Number(w.id?.slice(1)) };

describe('window lookups agree with a naive weekly layout (zonedTimeToInstant per week)', () => {
  it('maintenanceWindowAt, nextMaintenanceWindow and maintenanceWindowsBetween', () => {
    fc.assert(
      fc.property(scenario, ({ spec, t, span, region }) => {
        const schedule = createMaintenanceSchedule(spec);
        const model = ReferenceSchedule.around(spec, t, 40);
        const options = region === undefined ? undefined : { region };
        expect(shape(maintenanceWindowAt(schedule, t, options))).toEqual(model.at(t, region));
        expect(shape(nextMaintenanceWindow(schedule, t, options))).toEqual(model.next(t, region));
        expect(maintenanceWindowsBetween(schedule, t, t + span, options).map(shape)).toEqual(model.between(t, t + span, region));
      }),
      { numRuns: 400 },
    );
  });

  it('at every window edge: open at the start, closed at the end unless another window continues', () => {
    fc.assert(
      fc.property(scheduleSpec.chain((spec) => fc.record({ spec: fc.constant(spec), t: instantNear(spec.timeZone) })), ({ spec, t }) => {
        const schedule = createMaintenanceSchedule(spec);
        const model = ReferenceSchedule.around(spec, t, 20);
        for (const edge of model.edges().filter((e) => Math.abs(e - t) < 10 * MS_PER_DAY)) {
          for (const at of [edge - 1, edge, edge + 1]) expect(shape(maintenanceWindowAt(schedule, at))).toEqual(model.at(at));
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('properties of the lookups', () => {
  it('the window at t contains t; the next window starts at or after t; between is sorted and overlaps the range', () => {
    fc.assert(
      fc.property(scenario, ({ spec, t, span }) => {
        const schedule = createMaintenanceSchedule(spec);
        const at = maintenanceWindowAt(schedule, t);
        if (at !== null) expect(at.start.getTime() <= t && t < at.end.getTime()).toBe(true);
        const next = nextMaintenanceWindow(schedule, t);
        expect(next.start.getTime()).toBeGreaterThanOrEqual(t);
        expect(next.end.getTime()).toBeGreaterThan(next.start.getTime());
        const list = maintenanceWindowsBetween(schedule, t, t + span);
        for (let i = 0; i < list.length; i++) {
          const w = list[i] as WindowOccurrence;
          expect(w.start.getTime() < t + span && w.end.getTime() > t).toBe(true);
          if (i > 0) expect(w.start.getTime()).toBeGreaterThanOrEqual((list[i - 1] as WindowOccurrence).start.getTime());
        }
      }),
      { numRuns: 200 },
    );
  });
});
