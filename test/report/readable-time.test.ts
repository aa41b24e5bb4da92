// Times people read: each instant in its own zone with the zone's abbreviation, the wall time from
// the one zone converter; durations in words.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { instantToZonedTime } from '../../src/core/index.js';
import { readableInstant, zoneAbbreviation } from '../../src/core/readable-time.js';
import { duration } from '../../src/report/format.js';

const ZONES = ['Australia/Sydney', 'America/New_York', 'Europe/Berlin', 'Asia/Tokyo', 'UTC', 'Australia/Lord_Howe', 'Asia/Kolkata'] as const;

describe('readableInstant: weekday, date, time and abbreviation in the case’s zone', () => {
  it('writes the examples of the issue', () => {
    expect(readableInstant('Australia/Sydney', Date.parse('2026-10-05T23:30:00Z'))).toBe('Tue 6 Oct 10:30 AEDT');
    expect(readableInstant('America/New_York', Date.parse('2026-10-02T08:12:00Z'))).toBe('Fri 2 Oct 04:12 EDT');
    expect(readableInstant('America/New_York', Date.parse('2026-11-02T14:00:00Z'))).toBe('Mon 2 Nov 09:00 EST');
    expect(readableInstant('Europe/Berlin', Date.parse('2026-10-02T08:12:00Z'))).toBe('Fri 2 Oct 10:12 CEST');
  });
  it('a zone without a common abbreviation gets its UTC offset; UTC is UTC', () => {
    expect(zoneAbbreviation('Asia/Tokyo', 0)).toBe('UTC+09:00');
    expect(zoneAbbreviation('UTC', 0)).toBe('UTC');
  });
  it('the date and time are instantToZonedTime’s, for any instant and zone', () => {
    fc.assert(
      fc.property(fc.date({ noInvalidDate: true, min: new Date('1990-01-01T00:00:00Z'), max: new Date('2040-01-01T00:00:00Z') }), fc.constantFrom(...ZONES), (at, zone) => {
        const wall = instantToZonedTime(zone, at);
        const text = readableInstant(zone, at.getTime());
        const [, day, , time] = text.split(' ');
        expect(Number(day)).toBe(Number(wall.slice(8, 10)));
        expect(time).toBe(wall.slice(11, 16));
        expect(new Date(`${wall.slice(0, 10)}T00:00:00Z`).toUTCString().slice(0, 3)).toBe(text.slice(0, 3));
      }),
    );
  });
});

describe('duration: minutes, hours and days as people read them', () => {
  it('rounds to the minute and names the units', () => {
    expect([0, 20_000, 45 * 60_000, 200 * 60_000, 3 * 86_400_000 + 4 * 3_600_000 + 59_000, 2 * 86_400_000].map(duration)).toEqual(['0 min', '< 1 min', '45 min', '3 h 20 min', '3 d 4 h', '2 d']);
  });
});
