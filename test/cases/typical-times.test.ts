// Typical times: business and wall time to first reply and to resolution per level, median and
// 90th percentile by nearest rank, checked against a slow reference (minute by minute, sort and
// count) on generated cases.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isOpen } from '../../src/calendar/index.js';
import { type CaseInput, caseTimes, complianceReport, nearestRank, typicalTimes } from '../../src/cases/index.js';
import { businessHours8to5, uniphoreSupport } from '../../src/presets/index.js';
import { expectSlaError } from '../expect-sla-error.js';

const ZONES = ['America/New_York', 'Australia/Sydney', 'Europe/London'] as const;
const MIN = 60_000;
const now = Date.UTC(2026, 10, 20);

/** The reference percentile: the smallest value with at least p% of the values at or below it. */
function referencePercentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  for (const v of sorted) if (sorted.filter((x) => x <= v).length * 100 >= p * sorted.length) return v;
  throw new Error('empty');
}

describe('nearestRank: the value at rank ⌈p/100 × n⌉', () => {
  it('median of an even count is the lower middle; p90 of ten values is the ninth', () => {
    expect(nearestRank([1, 2, 3, 4], 50)).toBe(2);
    expect(nearestRank([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90)).toBe(9);
    expect(nearestRank([7], 90)).toBe(7);
  });
  it('equals the reference (smallest value covering p%) for every list and p', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 40 }), fc.integer({ min: 1, max: 100 }), (values, p) => {
        expect(nearestRank([...values].sort((a, b) => a - b), p)).toBe(referencePercentile(values, p));
      }),
    );
  });
  it('refuses an empty list and a percentile outside (0, 100]', () => {
    expectSlaError(() => nearestRank([], 50), 'INVALID_ARGUMENT', 'sorted');
    expectSlaError(() => nearestRank([1], 0), 'INVALID_ARGUMENT', 'p');
    expectSlaError(() => nearestRank([1], 101), 'INVALID_ARGUMENT', 'p');
  });
});

describe('caseTimes and typicalTimes against a minute-by-minute reference', () => {
  const caseArb = fc.record({
    zone: fc.constantFrom(...ZONES),
    severity: fc.integer({ min: 1, max: 4 }),
    openMinute: fc.integer({ min: 0, max: 20 * 1440 }),
    replyAfter: fc.option(fc.integer({ min: 1, max: 4 * 1440 }), { nil: null }),
    pause: fc.option(fc.record({ after: fc.integer({ min: 0, max: 600 }), length: fc.integer({ min: 1, max: 900 }) }), { nil: null }),
  });

  it('business time is the open minutes from opening to the reply outside the pause; wall time the elapsed', () => {
    fc.assert(
      fc.property(fc.array(caseArb, { minLength: 1, maxLength: 12 }), (drawn) => {
        const from = Date.UTC(2026, 9, 1);
        const expected: { level: number; business: number; wall: number }[] = [];
        const calendars = new Map(ZONES.map((z) => [z, businessHours8to5(z)]));
        const times = [];
        for (const d of drawn) {
          const calendar = calendars.get(d.zone)!;
          const opened = from + d.openMinute * MIN;
          const reply = d.replyAfter === null ? null : opened + d.replyAfter * MIN;
          const events: NonNullable<CaseInput['events']>[number][] = [];
          let pause: [number, number] | null = null;
          if (d.pause !== null && (reply === null || opened + (d.pause.after + d.pause.length) * MIN < reply)) {
            pause = [opened + d.pause.after * MIN, opened + (d.pause.after + d.pause.length) * MIN];
            events.push({ type: 'paused', at: new Date(pause[0]) }, { type: 'resumed', at: new Date(pause[1]) });
          }
          if (reply !== null) events.push({ type: 'responded', at: new Date(reply) });
          const input: CaseInput = { severity: d.severity, openedAt: new Date(opened), events };
          const report = complianceReport(uniphoreSupport, calendar, [input], { now, outcomes: 'all' });
          const t = caseTimes(report.outcomes![0]!, calendar, now);
          times.push(t);
          if (reply === null) {
            expect(t.response).toBeNull();
            continue;
          }
          let business = 0;
          for (let m = opened; m < reply; m += MIN) if (isOpen(calendar, m) && !(pause !== null && m >= pause[0] && m < pause[1])) business += MIN;
          expect(t.response).toEqual({ level: d.severity, business, wall: reply - opened });
          expected.push({ level: d.severity, business, wall: reply - opened });
        }
        const typical = typicalTimes(times);
        const levels = [...new Set(expected.map((e) => e.level))].sort((a, b) => a - b);
        expect(typical.response.map((r) => r.level)).toEqual(levels);
        for (const row of typical.response) {
          const mine = expected.filter((e) => e.level === row.level);
          expect(row).toEqual({
            level: row.level,
            count: mine.length,
            business: { median: referencePercentile(mine.map((e) => e.business), 50), p90: referencePercentile(mine.map((e) => e.business), 90) },
            wall: { median: referencePercentile(mine.map((e) => e.wall), 50), p90: referencePercentile(mine.map((e) => e.wall), 90) },
          });
        }
      }),
      { numRuns: 40 },
    );
  });

  it('shards merge exactly: typical times of the concatenated case times equal those of the whole', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: 2, maxLength: 30 }), fc.nat(), (minutes, cut) => {
        const times = minutes.map((m, i) => ({ response: { level: 1 + (i % 3), business: m * MIN, wall: m * MIN * 2 }, resolution: null }));
        const k = cut % times.length;
        expect(typicalTimes([...times.slice(k), ...times.slice(0, k)])).toEqual(typicalTimes(times));
      }),
    );
  });

  it('a reply still awaited has no time; a breached clock still running has none either', () => {
    const calendar = businessHours8to5('America/New_York');
    const report = complianceReport(uniphoreSupport, calendar, [{ severity: 1, openedAt: '2026-11-02T10:00:00-05:00' }], { now, outcomes: 'all' });
    expect(report.outcomes![0]!.response.outcome).toBe('breached');
    expect(caseTimes(report.outcomes![0]!, calendar, now)).toEqual({ response: null, resolution: null });
  });

  it('refuses what is not a case outcome or case times', () => {
    const calendar = businessHours8to5('America/New_York');
    expectSlaError(() => caseTimes({} as never, calendar, now), 'INVALID_ARGUMENT', 'outcome');
    expectSlaError(() => typicalTimes(5 as never), 'INVALID_ARGUMENT', 'times');
    expectSlaError(() => typicalTimes([null as never]), 'INVALID_ARGUMENT', 'times[0]');
    expectSlaError(() => typicalTimes([{ response: { level: 1, business: Number.NaN, wall: 0 }, resolution: null }]), 'INVALID_ARGUMENT', 'times[0].response');
  });
});
