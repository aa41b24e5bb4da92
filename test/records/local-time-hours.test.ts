// Issue 23: a reader of many local times keeps the offset of each wall-clock hour that is a day away
// from any change of offset (RowReader). The instants and the DST gaps and overlaps it counts equal
// the general path's (zoneRules(zone).toInstant, wallTimeFold) for any sequence of local times, across
// DST gaps and overlaps, half-hour changes (Lord Howe) and a skipped day (Apia, 2011).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MS_PER_DAY } from '../../src/core/civil-date.js';
import { steadyOffset, wallTimeFold, zoneRules } from '../../src/core/time-zone.js';
import { RowReader } from '../../src/records/read-rows.js';

const ZONES = ['America/New_York', 'Europe/London', 'Australia/Lord_Howe', 'America/Santiago', 'Pacific/Apia', 'Africa/Casablanca', 'Asia/Tehran', 'Europe/Moscow', 'UTC'] as const;

const text = (wall: number): string => new Date(wall).toISOString().slice(0, 19).replace('T', ' ');

/** Reads the walls with one reader (so its kept hours are reused) and with the general path. */
function both(zone: string, walls: readonly number[]): { cached: number[]; general: number[] } {
  const reader = new RowReader(new Map(), zone, 'INVALID_CASE');
  const rules = zoneRules(zone);
  const cached: number[] = [];
  const general: number[] = [];
  let gaps = 0;
  let overlaps = 0;
  for (const wall of walls) {
    cached.push(reader.instant(text(wall), 'openedAt'));
    general.push(rules.toInstant(wall));
    const fold = wallTimeFold(rules, wall);
    if (fold === 1) gaps++;
    if (fold === 2) overlaps++;
  }
  cached.push(reader.gaps, reader.overlaps);
  general.push(gaps, overlaps);
  return { cached, general };
}

describe('local times read with the offset kept per wall-clock hour', () => {
  it('equal the general path, with the same gaps and overlaps counted, for any local times near the DST months (property)', () => {
    const base = fc.record({ year: fc.integer({ min: 1970, max: 2037 }), month: fc.constantFrom(1, 3, 4, 9, 10, 11, 12), day: fc.integer({ min: 1, max: 28 }) });
    const steps = fc.array(fc.integer({ min: -4 * 24 * 4, max: 4 * 24 * 4 }), { minLength: 1, maxLength: 40 });
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), base, steps, fc.integer({ min: 0, max: 59 }), (zone, { year, month, day }, quarters, seconds) => {
        const start = Date.UTC(year, month - 1, day);
        const walls = quarters.map((q) => start + q * 15 * 60_000 + seconds * 1000);
        const { cached, general } = both(zone, walls);
        expect(cached).toEqual(general);
      }),
      { numRuns: 3000 },
    );
  });

  it('every minute through the 2026 changes of New York, Lord Howe and London, and Apia’s skipped 30 December 2011', () => {
    for (const [zone, day] of [
      ['America/New_York', '2026-03-08'],
      ['America/New_York', '2026-11-01'],
      ['Australia/Lord_Howe', '2026-04-05'],
      ['Australia/Lord_Howe', '2026-10-04'],
      ['Europe/London', '2026-03-29'],
      ['Europe/London', '2026-10-25'],
      ['Pacific/Apia', '2011-12-30'],
    ] as const) {
      const middle = Date.parse(`${day}T00:00:00Z`);
      const walls: number[] = [];
      // Away from the change first (its hours are kept), then through it, then back.
      for (let m = -3 * 24 * 60; m <= 3 * 24 * 60; m += 7) walls.push(middle + m * 60_000);
      for (let m = 3 * 24 * 60; m >= -3 * 24 * 60; m -= 11) walls.push(middle + m * 60_000);
      const { cached, general } = both(zone, walls);
      expect(cached, `${zone} ${day}`).toEqual(general);
      expect((general.at(-2) as number) + (general.at(-1) as number), `${zone} ${day} meets a gap or an overlap`).toBeGreaterThan(0);
    }
  });

  it('hours that share a slot (1,024 hours apart, across DST changes) each read as the general path reads them (property)', () => {
    const hops = fc.array(fc.tuple(fc.integer({ min: -6, max: 6 }), fc.integer({ min: -3, max: 3 })), { minLength: 2, maxLength: 30 });
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), fc.integer({ min: 1990, max: 2035 }), hops, (zone, year, pairs) => {
        const start = Date.UTC(year, 2, 1, 1, 30);
        const walls = pairs.map(([slots, hours]) => start + (slots * 1024 + hours) * 3_600_000);
        const { cached, general } = both(zone, walls);
        expect(cached).toEqual(general);
      }),
      { numRuns: 500 },
    );
  });

  it('the kept hours stay bounded (9,000 hours, 70 zones) and still equal the general path', () => {
    const reader = new RowReader(new Map(), undefined, 'INVALID_CASE');
    const start = Date.UTC(2025, 0, 1, 0, 30);
    reader.zone = 'America/New_York';
    for (let h = 0; h < 9000; h++) expect(reader.instant(text(start + h * 3_600_000), 'openedAt')).toBe(zoneRules('America/New_York').toInstant(start + h * 3_600_000));
    for (const zone of Intl.supportedValuesOf('timeZone').filter((z) => /^[A-Za-z]/.test(z)).slice(0, 70)) {
      reader.zone = zone;
      expect(reader.instant(text(start), 'openedAt'), zone).toBe(zoneRules(zone).toInstant(start));
    }
  });

  it('an hour is kept only a day away from a change: steadyOffset is NaN over a span holding one', () => {
    const rules = zoneRules('America/New_York');
    const change = Date.parse('2026-03-08T07:00:00Z');
    expect(steadyOffset(rules, change - MS_PER_DAY, change + MS_PER_DAY)).toBeNaN();
    expect(steadyOffset(rules, change - 1, change)).toBeNaN();
    expect(steadyOffset(rules, change - 2 * MS_PER_DAY, change - 1)).toBe(-5 * 3_600_000);
    expect(steadyOffset(rules, change, change + 2 * MS_PER_DAY)).toBe(-4 * 3_600_000);
    expect(steadyOffset(rules, 0, 13 * MS_PER_DAY)).toBeNaN();
  });
});
