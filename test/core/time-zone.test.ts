import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MS_PER_DAY } from '../../src/core/civil-date.js';
import { monthInterval } from '../../src/core/month.js';
import { formatOffset, formatZoned, instantToZonedTime, isValidTimeZone, zonedTimeToInstant, zoneRules } from '../../src/core/time-zone.js';

const ZONES = ['UTC', 'America/New_York', 'America/St_Johns', 'Europe/London', 'Asia/Kolkata', 'Asia/Kathmandu', 'Australia/Lord_Howe', 'Pacific/Chatham'] as const;

// A slow, independent reference: the wall fields Intl prints for an instant.
const formats = new Map<string, Intl.DateTimeFormat>();
function referenceWall(timeZone: string, epochMs: number): number {
  let format = formats.get(timeZone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric', era: 'short' });
    formats.set(timeZone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(new Date(epochMs)).map((p) => [p.type, p.value]));
  const year = parts['era'] === 'BC' || parts['era'] === 'B' ? 1 - Number(parts['year']) : Number(parts['year']);
  const wall = new Date(0);
  wall.setUTCFullYear(year, Number(parts['month']) - 1, Number(parts['day']));
  wall.setUTCHours(Number(parts['hour']), Number(parts['minute']), Number(parts['second']), 0);
  return wall.getTime() + (((epochMs % 1000) + 1000) % 1000);
}

const iso = (zone: string, wall: string): string => zonedTimeToInstant(zone, wall).toISOString();

describe('the DST policy (compatible): gap → forward by the gap, repeat → earlier', () => {
  it.each([
    ['America/New_York', '2026-03-08T02:30', '2026-03-08T07:30:00.000Z', '2026-03-08T03:30:00.000-04:00'],
    ['America/New_York', '2026-11-01T01:30', '2026-11-01T05:30:00.000Z', '2026-11-01T01:30:00.000-04:00'],
    ['America/New_York', '2026-07-01T12:00', '2026-07-01T16:00:00.000Z', '2026-07-01T12:00:00.000-04:00'],
    ['Europe/London', '2026-03-29T01:30', '2026-03-29T01:30:00.000Z', '2026-03-29T02:30:00.000+01:00'],
    ['Europe/London', '2026-10-25T01:30', '2026-10-25T00:30:00.000Z', '2026-10-25T01:30:00.000+01:00'],
    ['Australia/Lord_Howe', '2026-10-04T02:15', '2026-10-03T15:45:00.000Z', '2026-10-04T02:45:00.000+11:00'],
    ['Australia/Lord_Howe', '2026-04-05T01:45', '2026-04-04T14:45:00.000Z', '2026-04-05T01:45:00.000+11:00'],
    ['Asia/Kolkata', '2026-06-01T00:00', '2026-05-31T18:30:00.000Z', '2026-06-01T00:00:00.000+05:30'],
    ['Asia/Kolkata', '2026-03-08T02:30', '2026-03-07T21:00:00.000Z', '2026-03-08T02:30:00.000+05:30'],
  ])('%s %s → %s', (zone, wall, instant, shown) => {
    expect(iso(zone, wall)).toBe(instant);
    expect(instantToZonedTime(zone, instant)).toBe(shown);
  });

  it('the Lord Howe transitions in the vectors are real (checked with Intl)', () => {
    expect(referenceWall('Australia/Lord_Howe', Date.UTC(2026, 9, 3, 15, 29, 59)) % MS_PER_DAY).toBe((1 * 3600 + 59 * 60 + 59) * 1000);
    expect(referenceWall('Australia/Lord_Howe', Date.UTC(2026, 9, 3, 15, 30)) % MS_PER_DAY).toBe(2.5 * 3_600_000);
  });

  it('rejects unknown zones, offsets posing as zones, and bad wall times', () => {
    expect(() => zonedTimeToInstant('Mars/Olympus_Mons', '2026-01-01T00:00')).toThrow(/INVALID_TIME_ZONE: timeZone: 'Mars\/Olympus_Mons'/);
    expect(() => zoneRules('')).toThrow(/INVALID_TIME_ZONE/);
    expect(() => zoneRules(42)).toThrow(/INVALID_TIME_ZONE/);
    expect(isValidTimeZone('+05:30')).toBe(false);
    expect(isValidTimeZone('Asia/Kolkata')).toBe(true);
    expect(() => zonedTimeToInstant('UTC', '2026-02-30T00:00')).toThrow(/INVALID_DATE: wallTime/);
    expect(() => zonedTimeToInstant('UTC', '2026-01-01T24:00')).toThrow(/INVALID_DATE/);
    expect(() => zonedTimeToInstant('UTC', '2026-01-01 10:00')).toThrow(/INVALID_DATE/);
    expect(zonedTimeToInstant('UTC', '2026-01-01T10:00:05.5').toISOString()).toBe('2026-01-01T10:00:05.500Z');
  });

  it('formats offsets with seconds where a zone had them', () => {
    expect(formatOffset(-(4 * 3600 + 56 * 60 + 2) * 1000)).toBe('-04:56:02');
    expect(formatOffset(0)).toBe('+00:00');
    expect(instantToZonedTime('America/New_York', '1800-01-01T12:00:00Z')).toBe('1800-01-01T07:03:58.000-04:56:02');
  });
});

describe('zone offsets agree with Intl', () => {
  const instant = fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2100, 0, 1) });
  it('offsetAt matches a direct Intl reading for any instant and zone', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), instant, (zone, t) => {
        expect(zoneRules(zone).toWall(t)).toBe(referenceWall(zone, t));
      }),
      { numRuns: 2000 },
    );
  });

  it('formatZoned writes the Intl wall time with its offset, to the millisecond', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), instant, (zone, t) => {
        const wall = referenceWall(zone, t);
        expect(formatZoned(zoneRules(zone), t)).toBe(`${new Date(wall).toISOString().slice(0, 23)}${formatOffset(wall - t)}`);
      }),
      { numRuns: 2000 },
    );
  });

  it('near transitions too (offsets drawn ±2 h around each 2024–2027 change)', () => {
    const changes: { zone: string; at: number }[] = [];
    for (const zone of ZONES) {
      const rules = zoneRules(zone);
      for (let t = Date.UTC(2024, 0, 1); t < Date.UTC(2028, 0, 1); t += 3_600_000) {
        if (rules.offsetAt(t) !== rules.offsetAt(t + 3_600_000)) changes.push({ zone, at: t });
      }
    }
    expect(changes.length).toBeGreaterThan(30);
    fc.assert(
      fc.property(fc.constantFrom(...changes), fc.integer({ min: -2 * 3_600_000, max: 4 * 3_600_000 }), ({ zone, at }, delta) => {
        expect(zoneRules(zone).toWall(at + delta)).toBe(referenceWall(zone, at + delta));
      }),
      { numRuns: 2000 },
    );
  });

  it('toInstant(toWall(t)) is t or its earlier twin; toWall(toInstant(w)) is w or w + the gap', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), instant, (zone, t) => {
        const rules = zoneRules(zone);
        const back = rules.toInstant(rules.toWall(t));
        expect(back <= t).toBe(true);
        expect(rules.toWall(back)).toBe(rules.toWall(t));
        const wall = t; // any number is also a wall time
        const there = rules.toInstant(wall);
        const shown = rules.toWall(there);
        expect(shown >= wall).toBe(true);
        if (shown !== wall) {
          // In a gap: moved forward by exactly the gap's length.
          expect(shown - wall).toBe(rules.offsetAt(there) - rules.offsetAt(there - 2 * MS_PER_DAY));
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('answers at the edges of the Date range without NaN', () => {
    const rules = zoneRules('America/New_York');
    expect(Number.isFinite(rules.offsetAt(8.64e15))).toBe(true);
    expect(Number.isFinite(rules.offsetAt(-8.64e15))).toBe(true);
    expect(formatZoned(zoneRules('UTC'), 0)).toBe('1970-01-01T00:00:00.000+00:00');
  });
});

describe('monthInterval', () => {
  it.each([
    ['2026-06', 'UTC', 43_200],
    ['2026-03', 'America/New_York', 44_580],
    ['2026-11', 'America/New_York', 43_260],
    ['2024-02', 'UTC', 41_760],
    ['2026-12', 'Asia/Kolkata', 44_640],
    ['2026-04', 'Australia/Lord_Howe', 43_230],
  ])('%s in %s has %i minutes', (month, zone, minutes) => {
    const { start, end } = monthInterval(month, zone);
    expect((end - start) / 60_000).toBe(minutes);
  });

  it('starts at the local midnight and defaults to UTC', () => {
    expect(new Date(monthInterval('2026-06', 'Asia/Kolkata').start).toISOString()).toBe('2026-05-31T18:30:00.000Z');
    expect(new Date(monthInterval('2026-06').start).toISOString()).toBe('2026-06-01T00:00:00.000Z');
    expect(() => monthInterval('2026-13')).toThrow(/INVALID_DATE: month: '2026-13'/);
    expect(() => monthInterval('2026-06', 'Nowhere')).toThrow(/INVALID_TIME_ZONE/);
  });
});
