import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type AvailabilityReport,
  classifyDowntime,
  type DowntimePolicy,
  type Incident,
  INCIDENT_CAUSES,
  type IncidentCause,
  measureAvailability,
  type MeasureAvailabilityInput,
} from '../../src/availability/index.js';
import { MS_PER_DAY } from '../../src/core/civil-date.js';
import { monthInterval } from '../../src/core/month.js';
import { createMaintenanceSchedule, type MaintenanceScheduleSpec } from '../../src/maintenance/index.js';
import { scheduleSpec, ZONES } from '../maintenance/arbitraries.js';
import { ReferenceSchedule } from '../maintenance/reference-model.js';
import { referenceMeasure } from './reference-model.js';
import { availabilityReportOf, availabilityShard, mergeAvailabilityShards } from '../../src/records/index.js';

const MIN = 60_000;
const MONTHS = ['2024-02', '2026-03', '2026-04', '2026-06', '2026-10', '2026-11', '2026-12'] as const;

interface Scenario {
  month: string;
  timeZone: string;
  incidents: Incident[];
  policy: DowntimePolicy;
  schedule: MaintenanceScheduleSpec | undefined;
  region: string | undefined;
  asOf: number;
}

// Instants on a coarse grid near the month's edges and inside it, so that incidents touch, overlap
// and straddle window and month edges often; lengths from 0 to days, many under a minute.
const policy: fc.Arbitrary<DowntimePolicy> = fc
  .record({
    excusable: fc.subarray([...INCIDENT_CAUSES]),
    maintenanceWindowsOnly: fc.boolean(),
    partialMinutes: fc.constantFrom('exact' as const, 'drop-under-one-minute' as const),
    // Conditions on some excusable causes: notice ahead (ms), the announced end, or both.
    conditionKinds: fc.array(fc.constantFrom('none', 'notice', 'until', 'both'), { minLength: INCIDENT_CAUSES.length, maxLength: INCIDENT_CAUSES.length }),
    notice: fc.constantFrom(0, 3_600_000, 72 * 3_600_000),
  })
  .map(({ conditionKinds, notice, ...rest }) => {
    const conditions = rest.excusable.flatMap((cause) => {
      const kind = conditionKinds[INCIDENT_CAUSES.indexOf(cause)];
      if (kind === 'none') return [];
      return [{ cause, ...(kind === 'until' ? {} : { notice }), ...(kind === 'notice' ? {} : { until: 'plannedEnd' as const }) }];
    });
    return conditions.length === 0 ? rest : { ...rest, conditions };
  });

const incidentsIn = (from: number, to: number): fc.Arbitrary<Incident[]> => {
  const grid = fc.constantFrom(1000, 10_000, 15 * MIN);
  // A few shared anchors (and offset 0 often) make equal starts common, to exercise the tie-breaks.
  const anchor = fc.oneof(fc.constant(from), fc.constant(to), fc.constantFrom(from + 2 * MS_PER_DAY, from + 2 * MS_PER_DAY + 3_600_000), fc.integer({ min: from - 2 * MS_PER_DAY, max: to + 2 * MS_PER_DAY }));
  const length = fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 59_999 }), fc.integer({ min: 60_000, max: 6 * 3_600_000 }), fc.integer({ min: 0, max: 20 * MS_PER_DAY }));
  const incident = fc.record({
    anchor,
    offset: fc.oneof(fc.constant(0), fc.integer({ min: -48, max: 48 })),
    step: grid,
    length,
    cause: fc.constantFrom(...INCIDENT_CAUSES),
    ongoing: fc.boolean(),
    hasId: fc.boolean(),
    // Announced some time before (or after) the start; an announced end before, at or after the end.
    ahead: fc.option(fc.constantFrom(-3_600_000, 0, 3_599_999, 3_600_000, 72 * 3_600_000, 80 * 3_600_000), { nil: undefined }),
    planned: fc.option(fc.constantFrom(0, 0.5, 1, 1.5), { nil: undefined }),
  });
  return fc.array(incident, { maxLength: 8 }).map((list) =>
    list.map(({ anchor: a, offset, step, length: l, cause, ongoing, hasId, ahead, planned }, i): Incident => {
      const start = Math.round(a / step) * step + offset * step;
      const lengthOnGrid = l < 60_000 ? l : Math.round(l / step) * step;
      return {
        ...(hasId ? { id: `i${i}` } : {}),
        start,
        end: ongoing && i % 3 === 0 ? null : start + lengthOnGrid,
        cause: cause as IncidentCause,
        ...(ahead === undefined ? {} : { announcedAt: start - ahead }),
        ...(planned === undefined ? {} : { plannedEnd: start + Math.round(lengthOnGrid * planned) }),
      };
    }),
  );
};

const scenario: fc.Arbitrary<Scenario> = fc
  .record({ month: fc.constantFrom(...MONTHS), timeZone: fc.constantFrom(...ZONES) })
  .chain(({ month, timeZone }) => {
    const { start, end } = monthInterval(month, timeZone);
    return fc.record({
      month: fc.constant(month),
      timeZone: fc.constant(timeZone),
      incidents: incidentsIn(start, end),
      policy,
      schedule: fc.option(scheduleSpec, { nil: undefined }),
      asOf: fc.integer({ min: end - 5 * MS_PER_DAY, max: end + 5 * MS_PER_DAY }),
    });
  })
  .chain((s) =>
    fc.record({
      ...Object.fromEntries(Object.entries(s).map(([k, v]) => [k, fc.constant(v)])),
      // Regional windows need a region (without one, maintenance would be excused in any region's window).
      region: s.schedule === undefined ? fc.constant(undefined) : ((regions) => (regions.length === 0 ? fc.constant(undefined) : fc.constantFrom(...regions)))([...new Set(s.schedule.windows.flatMap((w) => (w.region === undefined ? [] : [w.region])))]),
    }) as fc.Arbitrary<Scenario>,
  )
  // An ongoing incident must have started by asOf (the error has its own test).
  .map((s) => ({ ...s, incidents: s.incidents.map((i) => (i.end === null && (i.start as number) > s.asOf ? { ...i, end: (i.start as number) + 3_600_000 } : i)) }))
  // A policy that excuses scheduled maintenance only in windows needs a schedule; that error has its own test.
  .filter((s) => s.schedule !== undefined || !(s.policy.maintenanceWindowsOnly && s.policy.excusable.includes('scheduled-maintenance') && s.incidents.some((i) => i.cause === 'scheduled-maintenance')));

/** The scenario without notice conditions and announcements. */
function unannounced(s: Scenario): Scenario {
  const { conditions: _, ...policy } = s.policy;
  return { ...s, policy, incidents: s.incidents.map(({ announcedAt: _a, plannedEnd: _p, ...incident }) => incident) };
}

function run(s: Scenario, incidents: Incident[] = s.incidents, policyOverride?: DowntimePolicy): AvailabilityReport {
  const input: MeasureAvailabilityInput = { month: s.month, timeZone: s.timeZone, incidents, policy: policyOverride ?? s.policy, asOf: s.asOf };
  if (s.schedule !== undefined) input.maintenance = createMaintenanceSchedule(s.schedule);
  if (s.region !== undefined) input.region = s.region;
  return measureAvailability(input);
}

const runs = { numRuns: 300 };

describe('measureAvailability agrees with a slow point-by-point reference model', () => {
  it('segments, x, y, z, dropped minutes, byCause and percent', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const report = run(s);
        const { start, end } = monthInterval(s.month, s.timeZone);
        const windows = s.schedule === undefined ? null : ReferenceSchedule.around(s.schedule, start, 80);
        const ref = referenceMeasure(s.incidents, s.policy, start, end, windows, s.region, s.asOf);
        expect(report.segments.map((g) => ({ start: g.start.getTime(), end: g.end.getTime(), incidentIndex: g.incidentIndex, cause: g.cause, excusable: g.excusable, counted: g.counted, reason: g.reason }))).toEqual(ref.segments);
        const x = end - start;
        expect(report.totalMinutes).toBe(x / MIN);
        expect([report.excusableMinutes, report.unscheduledMinutes, report.droppedMinutes]).toEqual([ref.y / MIN, ref.z / MIN, ref.dropped / MIN]);
        for (const cause of INCIDENT_CAUSES) {
          const b = ref.byCause[cause]!;
          expect(report.byCause[cause]).toEqual({ excusableMinutes: b.y / MIN, unscheduledMinutes: b.z / MIN, droppedMinutes: b.dropped / MIN });
        }
        const expected = x - ref.y > 0 ? (ref.z === 0 ? 100 : (100 * (x - ref.y - ref.z)) / (x - ref.y)) : null;
        expect(report.percent).toBe(expected);
        expect(report.measurable).toBe(expected !== null);
      }),
      runs,
    );
  });
});

describe('invariants', () => {
  it('0 ≤ percent ≤ 100, 0 ≤ y + z ≤ x, never NaN', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const r = run(s);
        if (r.percent !== null) {
          expect(r.percent).toBeGreaterThanOrEqual(0);
          expect(r.percent).toBeLessThanOrEqual(100);
        }
        expect(r.excusableMinutes).toBeGreaterThanOrEqual(0);
        expect(r.unscheduledMinutes).toBeGreaterThanOrEqual(0);
        expect((r.excusableMinutes + r.unscheduledMinutes + r.droppedMinutes) * MIN).toBeLessThanOrEqual(r.totalMinutes * MIN + 1e-6);
      }),
      runs,
    );
  });

  it('every segment lies inside the month, segments never overlap, and byCause adds up to y, z and the dropped minutes', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const r = run(s);
        let previous = r.start.getTime();
        const sums = { y: 0, z: 0, dropped: 0 };
        for (const g of r.segments) {
          expect(g.start.getTime()).toBeGreaterThanOrEqual(previous);
          expect(g.end.getTime()).toBeGreaterThan(g.start.getTime());
          expect(g.end.getTime()).toBeLessThanOrEqual(r.end.getTime());
          previous = g.end.getTime();
          const length = g.end.getTime() - g.start.getTime();
          if (g.excusable) sums.y += length;
          else if (g.counted) sums.z += length;
          else sums.dropped += length;
        }
        expect([sums.y / MIN, sums.z / MIN, sums.dropped / MIN]).toEqual([r.excusableMinutes, r.unscheduledMinutes, r.droppedMinutes]);
        const byCause = Object.values(r.byCause).reduce((a, c) => ({ y: a.y + c.excusableMinutes * MIN, z: a.z + c.unscheduledMinutes * MIN, dropped: a.dropped + c.droppedMinutes * MIN }), { y: 0, z: 0, dropped: 0 });
        expect(byCause.y).toBeCloseTo(sums.y, 3);
        expect(byCause.z).toBeCloseTo(sums.z, 3);
        expect(byCause.dropped).toBeCloseTo(sums.dropped, 3);
      }),
      runs,
    );
  });
});

describe('monotonicity', () => {
  const extra = (s: Scenario, excusable: boolean): fc.Arbitrary<Incident> => {
    const { start, end } = monthInterval(s.month, s.timeZone);
    const causes = INCIDENT_CAUSES.filter((c) => c !== 'scheduled-maintenance' && s.policy.excusable.includes(c) === excusable);
    return fc.record({ at: fc.integer({ min: start - MS_PER_DAY, max: end }), length: fc.integer({ min: 0, max: 3 * MS_PER_DAY }), cause: fc.constantFrom(...(causes.length > 0 ? causes : ['unplanned' as const])) }).map(({ at, length, cause }) => ({ start: at, end: at + length, cause }));
  };

  it('adding an unscheduled incident never raises the percentage (nor lowers z)', () => {
    fc.assert(
      fc.property(scenario.chain((s) => fc.record({ s: fc.constant(s), added: extra(s, false) })), ({ s, added }) => {
        fc.pre(!s.policy.excusable.includes(added.cause));
        const before = run(s);
        const after = run(s, [...s.incidents, added]);
        expect(after.unscheduledMinutes).toBeGreaterThanOrEqual(before.unscheduledMinutes);
        expect(after.excusableMinutes).toBe(before.excusableMinutes);
        if (before.percent !== null) expect(after.percent as number).toBeLessThanOrEqual(before.percent);
      }),
      runs,
    );
  });

  it('adding an excusable incident never raises z and never lowers y', () => {
    fc.assert(
      fc.property(scenario.chain((s) => fc.record({ s: fc.constant(s), added: extra(s, true) })), ({ s, added }) => {
        fc.pre(s.policy.excusable.includes(added.cause));
        // A cause with a notice condition excuses only what was announced (its own properties below).
        fc.pre(!(s.policy.conditions ?? []).some((c) => c.cause === added.cause));
        const before = run(s);
        const after = run(s, [...s.incidents, added]);
        expect(after.unscheduledMinutes).toBeLessThanOrEqual(before.unscheduledMinutes);
        expect(after.excusableMinutes).toBeGreaterThanOrEqual(before.excusableMinutes);
      }),
      runs,
    );
  });

  it("adding an excusable incident over downtime that already counted never lowers the percentage ('exact')", () => {
    fc.assert(
      fc.property(
        scenario.chain((s) => fc.record({ s: fc.constant(s), pick: fc.nat(), from: fc.double({ min: 0, max: 1, noNaN: true }), to: fc.double({ min: 0, max: 1, noNaN: true }) })),
        ({ s, pick, from, to }) => {
          const conditions = (s.policy.conditions ?? []).filter((c) => c.cause !== 'customer-caused');
          const policy: DowntimePolicy = { ...s.policy, partialMinutes: 'exact', excusable: s.policy.excusable.includes('customer-caused') ? s.policy.excusable : [...s.policy.excusable, 'customer-caused'], conditions };
          const before = run(s, s.incidents, policy);
          const counted = before.segments.filter((g) => !g.excusable);
          fc.pre(counted.length > 0 && before.percent !== null);
          const g = counted[pick % counted.length]!;
          const length = g.end.getTime() - g.start.getTime();
          const a = g.start.getTime() + Math.floor(Math.min(from, to) * length);
          const b = g.start.getTime() + Math.floor(Math.max(from, to) * length);
          const after = run(s, [...s.incidents, { start: a, end: b, cause: 'customer-caused' }], policy);
          if (after.percent !== null) expect(after.percent).toBeGreaterThanOrEqual(before.percent as number);
        },
      ),
      runs,
    );
  });

  it('but excusable downtime shrinks the base: over time that was up, it lowers a percentage below 100', () => {
    // NCS §7: y leaves the base, so the same z weighs more. 90 % becomes 80 %.
    const base = { month: '2026-06', policy: { excusable: ['force-majeure'], maintenanceWindowsOnly: false } as DowntimePolicy };
    const down: Incident = { start: '2026-06-01T00:00:00Z', end: '2026-06-04T00:00:00Z', cause: 'unplanned' };
    const excused: Incident = { start: '2026-06-10T00:00:00Z', end: '2026-06-25T00:00:00Z', cause: 'force-majeure' };
    expect(measureAvailability({ ...base, incidents: [down] }).percent).toBe(90);
    expect(measureAvailability({ ...base, incidents: [down, excused] }).percent).toBe(80);
  });
});

describe('the list is a set of downtime, not a sequence', () => {
  it('two incidents of one interval and cause that differ in their notice: the same one is shown, in either order (the counterexample of seed -719608798)', () => {
    const start = Date.UTC(2026, 9, 3, 1);
    const announced: Incident = { start, end: null, cause: 'network-connectivity', announcedAt: start + 3_600_000, plannedEnd: start };
    const bare: Incident = { start, end: null, cause: 'network-connectivity' };
    const policy: DowntimePolicy = { excusable: ['network-connectivity'], maintenanceWindowsOnly: false, conditions: [{ cause: 'network-connectivity', until: 'plannedEnd' }] };
    const measure = (incidents: Incident[]): AvailabilityReport => measureAvailability({ month: '2026-10', timeZone: 'UTC', incidents, policy, asOf: Date.UTC(2026, 9, 11) });
    const [first, second] = [measure([announced, bare]), measure([bare, announced])];
    // The announced one wins (an announcement before none): past its planned end, not "no planned end".
    expect(first.segments.map((g) => [g.reason, g.notice?.plannedEnd?.getTime() ?? null])).toEqual([['past-planned-end', start]]);
    expect(second.segments.map((g) => ({ ...g, incidentIndex: 1 - g.incidentIndex }))).toEqual(first.segments);
    expect({ ...second, segments: [] }).toEqual({ ...first, segments: [] });
  });

  it('splitting an incident into adjacent pieces changes no total (without notice conditions, which judge each incident by its own start)', () => {
    fc.assert(
      fc.property(scenario.chain((s) => fc.record({ s: fc.constant(unannounced(s)), pick: fc.nat(), at: fc.double({ min: 0, max: 1, noNaN: true }) })), ({ s, pick, at }) => {
        fc.pre(s.incidents.length > 0);
        const index = pick % s.incidents.length;
        const incident = s.incidents[index]!;
        const start = incident.start as number;
        const end = incident.end === null ? s.asOf : (incident.end as number);
        fc.pre(end > start);
        const cut = start + Math.floor(at * (end - start));
        const split = [...s.incidents.slice(0, index), { ...incident, end: cut }, { ...incident, start: cut }, ...s.incidents.slice(index + 1)];
        const a = run(s);
        const b = run(s, split);
        expect([b.excusableMinutes, b.unscheduledMinutes, b.droppedMinutes, b.percent]).toEqual([a.excusableMinutes, a.unscheduledMinutes, a.droppedMinutes, a.percent]);
      }),
      runs,
    );
  });

  it('shuffling the list changes nothing but the indexes', () => {
    fc.assert(
      fc.property(scenario.chain((s) => fc.record({ s: fc.constant(s), order: fc.shuffledSubarray(s.incidents.map((_, i) => i), { minLength: s.incidents.length }) })), ({ s, order }) => {
        const shuffled = order.map((i) => s.incidents[i]!);
        const a = run(s);
        const b = run(s, shuffled);
        // Incidents with the same interval and cause are the same downtime: which of them a shared
        // stretch is attributed to may follow the list (their notice fields are then irrelevant:
        // every other field of the segment is compared).
        const key = (list: Incident[], i: number): string => {
          const { start, end, cause, environment } = list[i]!;
          return JSON.stringify({ start, end, cause, environment });
        };
        const view = (r: AvailabilityReport, list: Incident[]) => r.segments.map((g) => ({ ...g, incidentIndex: key(list, g.incidentIndex) }));
        expect(view(b, shuffled)).toEqual(view(a, s.incidents));
        expect({ ...b, segments: [] }).toEqual({ ...a, segments: [] });
      }),
      runs,
    );
  });
});

describe('months add up', () => {
  it('the months of a multi-month incident add up to its length (a minute or more under either partial-minute rule)', () => {
    fc.assert(
      fc.property(
        fc.record({
          timeZone: fc.constantFrom(...ZONES),
          start: fc.integer({ min: Date.UTC(2025, 11, 1), max: Date.UTC(2026, 5, 1) }),
          length: fc.integer({ min: 0, max: 200 * MS_PER_DAY }),
          partialMinutes: fc.constantFrom('exact' as const, 'drop-under-one-minute' as const),
        }),
        ({ timeZone, start, length, partialMinutes }) => {
          const incidents: Incident[] = [{ start, end: start + length, cause: 'unplanned' }];
          let total = 0;
          for (let m = 0; m < 16; m++) {
            const month = `${2025 + Math.floor((10 + m) / 12)}-${String(((10 + m) % 12) + 1).padStart(2, '0')}`;
            const r = measureAvailability({ month, timeZone, incidents, policy: { excusable: [], maintenanceWindowsOnly: false, partialMinutes } });
            total += Math.round(r.unscheduledMinutes * MIN);
          }
          expect(total).toBe(partialMinutes === 'exact' || length >= MIN ? length : 0);
        },
      ),
      runs,
    );
  });

  it('classifying consecutive months gives the segments of classifying them at once, cut at the month edges', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        // The month before (and a bit) and the month itself, at once and month by month.
        const { start, end } = monthInterval(s.month, s.timeZone);
        const options = { from: start - 40 * MS_PER_DAY, to: end, asOf: s.asOf, ...(s.schedule ? { maintenance: createMaintenanceSchedule(s.schedule) } : {}), ...(s.region !== undefined ? { region: s.region } : {}) };
        const whole = classifyDowntime(s.incidents, s.policy, options);
        const parts = [...classifyDowntime(s.incidents, s.policy, { ...options, to: start }), ...classifyDowntime(s.incidents, s.policy, { ...options, from: start })];
        const length = (list: typeof whole, excusable: boolean, counted: boolean): number => list.filter((g) => g.excusable === excusable && g.counted === counted).reduce((sum, g) => sum + g.end.getTime() - g.start.getTime(), 0);
        for (const [excusable, counted] of [[true, true], [false, true], [false, false]] as const) expect(length(parts, excusable, counted)).toBe(length(whole, excusable, counted));
      }),
      runs,
    );
  });
});

describe('availability shards merge exactly', () => {
  const shardOf = (s: Scenario, incidents: Incident[]) => {
    const input: MeasureAvailabilityInput = { month: s.month, timeZone: s.timeZone, incidents, policy: s.policy, asOf: s.asOf };
    if (s.schedule !== undefined) input.maintenance = createMaintenanceSchedule(s.schedule);
    if (s.region !== undefined) input.region = s.region;
    return availabilityShard(input);
  };
  const partitioned = fc.tuple(scenario, fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 8, maxLength: 8 }));

  it('report(merge(shard(A), shard(B))) equals measureAvailability(A followed by B), for random partitions', () => {
    fc.assert(
      fc.property(partitioned, ([s, parts]) => {
        const [a, b, c] = [0, 1, 2].map((k) => s.incidents.filter((_, i) => parts[i] === k)) as [Incident[], Incident[], Incident[]];
        expect(availabilityReportOf(shardOf(s, s.incidents))).toEqual(run(s));
        expect(availabilityReportOf(mergeAvailabilityShards(shardOf(s, a), shardOf(s, b)))).toEqual(run(s, [...a, ...b]));
        const left = mergeAvailabilityShards(mergeAvailabilityShards(shardOf(s, a), shardOf(s, b)), shardOf(s, c));
        expect(left).toEqual(mergeAvailabilityShards(shardOf(s, a), mergeAvailabilityShards(shardOf(s, b), shardOf(s, c))));
        expect(availabilityReportOf(left)).toEqual(run(s, [...a, ...b, ...c]));
      }),
      runs,
    );
  });

  it('merging is commutative but for the incident numbers', () => {
    fc.assert(
      fc.property(partitioned, ([s, parts]) => {
        const [a, b] = [0, 1].map((k) => s.incidents.filter((_, i) => parts[i] === k)) as [Incident[], Incident[]];
        const strip = (r: AvailabilityReport) => ({ ...r, segments: r.segments.map(({ incidentIndex: _, ...rest }) => rest) });
        expect(strip(availabilityReportOf(mergeAvailabilityShards(shardOf(s, a), shardOf(s, b))))).toEqual(strip(availabilityReportOf(mergeAvailabilityShards(shardOf(s, b), shardOf(s, a)))));
      }),
      runs,
    );
  });

  it('shards of different months, zones, policies or asOf do not merge', () => {
    const base = { month: '2026-06', incidents: [], policy: { excusable: [], maintenanceWindowsOnly: false } } satisfies MeasureAvailabilityInput;
    const shard = availabilityShard(base);
    for (const [key, other] of [
      ['month', { ...base, month: '2026-07' }],
      ['timeZone', { ...base, timeZone: 'Europe/London' }],
      ['asOf', { ...base, asOf: '2026-06-10T00:00:00Z' }],
      ['dropShortPeriods', { ...base, policy: { ...base.policy, partialMinutes: 'drop-under-one-minute' as const } }],
      ['rounding', { ...base, policy: { ...base.policy, rounding: { decimals: 2, mode: 'down' as const } } }],
    ] as const) {
      expect(() => mergeAvailabilityShards(shard, availabilityShard(other))).toThrow(`INVALID_ARGUMENT: b.${key}:`);
    }
  });
});
