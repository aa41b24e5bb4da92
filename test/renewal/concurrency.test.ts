import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSlaError } from '../../src/core/errors.js';
import { monthInterval } from '../../src/core/month.js';
import { type ConcurrentSession, overage, peakConcurrentUsers } from '../../src/renewal/index.js';
import { referencePeak, type Session } from './reference.js';

function errorOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    if (!isSlaError(error)) throw error;
    return `${error.code} ${String(error.details.path)}`;
  }
  return undefined;
}

const JUNE_NY = { month: '2026-06', timeZone: 'America/New_York' };
const at = (iso: string): number => Date.parse(iso);

describe('peakConcurrentUsers: the highest number of agents logged in at any time during the month', () => {
  it('a user logged in on two overlapping sessions counts once', () => {
    const sessions = [
      { user: 'ana', start: '2026-06-10T13:00:00Z', end: '2026-06-10T17:00:00Z' },
      { user: 'ana', start: '2026-06-10T14:00:00Z', end: '2026-06-10T15:00:00Z' },
    ];
    expect(peakConcurrentUsers(sessions, JUNE_NY)).toEqual({ peak: 1, day: '2026-06-10', at: new Date('2026-06-10T13:00:00Z'), users: 1 });
  });

  it('sessions are half-open: a logout and a login at the same instant do not overlap', () => {
    const sessions = [
      { user: 'ana', start: '2026-06-10T13:00:00Z', end: '2026-06-10T17:00:00Z' },
      { user: 'cy', start: '2026-06-10T17:00:00Z', end: '2026-06-10T18:00:00Z' },
    ];
    expect(peakConcurrentUsers(sessions, JUNE_NY).peak).toBe(1);
    // The same user logging straight back in stays one continuous user.
    const relogin = [
      { user: 'ana', start: '2026-06-10T13:00:00Z', end: '2026-06-10T14:00:00Z' },
      { user: 'ana', start: '2026-06-10T14:00:00Z', end: '2026-06-10T15:00:00Z' },
      { user: 'ben', start: '2026-06-10T14:00:00Z', end: '2026-06-10T14:30:00Z' },
    ];
    expect(peakConcurrentUsers(relogin, JUNE_NY)).toMatchObject({ peak: 2, at: new Date('2026-06-10T14:00:00Z') });
  });

  it('reports the peak with the day it happened (in the month zone) and the first instant it was reached', () => {
    const sessions = [
      { user: 'a', start: '2026-06-03T02:00:00Z', end: '2026-06-03T03:30:00Z' }, // 22:00–23:30 EDT on 06-02
      { user: 'b', start: '2026-06-03T03:00:00Z', end: '2026-06-03T05:00:00Z' },
      { user: 'c', start: '2026-06-20T15:00:00Z', end: '2026-06-20T16:00:00Z' },
      { user: 'd', start: '2026-06-20T15:30:00Z', end: '2026-06-20T16:00:00Z' },
    ];
    expect(peakConcurrentUsers(sessions, JUNE_NY)).toEqual({ peak: 2, day: '2026-06-02', at: new Date('2026-06-03T03:00:00Z'), users: 4 });
    expect(peakConcurrentUsers(sessions, { month: '2026-06', timeZone: 'UTC' }).day).toBe('2026-06-03');
  });

  it('sessions that cross the month edges count only inside the month, in the month zone', () => {
    const { start, end } = monthInterval('2026-06', 'America/New_York');
    const sessions = [
      { user: 'night', start: start - 3_600_000, end: start + 3_600_000 }, // 23:00 May 31 – 01:00 June 1 EDT
      { user: 'late', start: end - 60_000, end: end + 3_600_000 },
      { user: 'may', start: start - 7_200_000, end: start }, // ends exactly at the month's start: not in June
      { user: 'july', start: end, end: end + 60_000 },
    ];
    expect(peakConcurrentUsers(sessions, JUNE_NY)).toEqual({ peak: 1, day: '2026-06-01', at: new Date(start), users: 2 });
    // The UTC month starts four hours earlier: 'may' and 'night' overlap in it, 'late' and 'july' are July.
    expect(peakConcurrentUsers(sessions, { month: '2026-06', timeZone: 'UTC' })).toEqual({ peak: 2, day: '2026-06-01', at: new Date(start - 3_600_000), users: 2 });
  });

  it('a DST month is measured between its own midnights', () => {
    const march = monthInterval('2026-03', 'America/New_York');
    const sessions = [
      { user: 'a', start: march.start, end: march.end },
      { user: 'b', start: Date.parse('2026-03-08T06:30:00Z'), end: Date.parse('2026-03-08T07:30:00Z') }, // 01:30 EST – 03:30 EDT
    ];
    expect(peakConcurrentUsers(sessions, { month: '2026-03', timeZone: 'America/New_York' })).toEqual({
      peak: 2,
      day: '2026-03-08',
      at: new Date('2026-03-08T06:30:00Z'),
      users: 2,
    });
  });

  it('with no session time in the month the peak is 0, reached at the month first instant', () => {
    expect(peakConcurrentUsers([], JUNE_NY)).toEqual({ peak: 0, day: '2026-06-01', at: new Date('2026-06-01T04:00:00Z'), users: 0 });
    const outside = [
      { user: 'a', start: '2026-05-10T00:00:00Z', end: '2026-05-11T00:00:00Z' },
      { user: 'b', start: '2026-06-10T00:00:00Z', end: '2026-06-10T00:00:00Z' }, // empty
    ];
    expect(peakConcurrentUsers(outside, { month: '2026-06', timeZone: 'Asia/Kolkata' })).toEqual({
      peak: 0,
      day: '2026-06-01',
      at: new Date('2026-05-31T18:30:00Z'),
      users: 0,
    });
  });

  it('takes any iterable and any DateInput', () => {
    function* generate(): Generator<ConcurrentSession> {
      yield { user: 'a', start: new Date('2026-06-01T12:00:00Z'), end: at('2026-06-01T13:00:00Z') };
      yield { user: 'b', start: '2026-06-01T08:30:00-04:00', end: new Date('2026-06-01T14:00:00Z') };
    }
    expect(peakConcurrentUsers(generate(), JUNE_NY)).toMatchObject({ peak: 2, at: new Date('2026-06-01T12:30:00Z') });
    const many = new Set(Array.from({ length: 3000 }, (_, i) => ({ user: `u${i % 700}`, start: at('2026-06-05T00:00:00Z') + i * 1000, end: at('2026-06-05T10:00:00Z') })));
    expect(peakConcurrentUsers(many, JUNE_NY)).toMatchObject({ peak: 700, users: 700 });
  });

  it('does not modify its input', () => {
    const sessions = [
      { user: 'b', start: at('2026-06-02T00:00:00Z'), end: at('2026-06-03T00:00:00Z') },
      { user: 'a', start: at('2026-06-01T00:00:00Z'), end: at('2026-06-04T00:00:00Z') },
    ];
    const copy = structuredClone(sessions);
    peakConcurrentUsers(sessions, JUNE_NY);
    expect(sessions).toEqual(copy);
  });

  it.each([
    [[{ user: 'a', start: '2026-06-02T00:00:00Z', end: '2026-06-01T00:00:00Z' }], 'INVALID_INTERVAL sessions[0].end'],
    [[{ user: 'a', start: 0, end: 1 }, { user: 'b', start: 5, end: 4 }], 'INVALID_INTERVAL sessions[1].end'],
    [[{ user: 'a', start: '2026-06-02T00:00:00', end: '2026-06-03T00:00:00Z' }], 'INVALID_DATE sessions[0].start'],
    [[{ user: 'a', start: 0, end: 1.5 }], 'INVALID_DATE sessions[0].end'],
    [[{ user: 'a', start: new Date(Number.NaN), end: 1 }], 'INVALID_DATE sessions[0].start'],
    [[{ user: 'a', start: 0, end: 9e15 }], 'INVALID_DATE sessions[0].end'],
    [[{ user: 7, start: 0, end: 1 }], 'INVALID_ARGUMENT sessions[0].user'],
    [[null], 'INVALID_ARGUMENT sessions[0]'],
    [42, 'INVALID_ARGUMENT sessions'],
    [null, 'INVALID_ARGUMENT sessions'],
  ])('bad sessions are an SlaError with the index: %j', (sessions, expected) => {
    expect(errorOf(() => peakConcurrentUsers(sessions as never, JUNE_NY))).toBe(expected);
  });

  it('names the session and both instants in the message', () => {
    expect(() => peakConcurrentUsers([{ user: 'a', start: '2026-06-02T00:00:00Z', end: '2026-06-01T00:00:00Z' }], JUNE_NY)).toThrow(
      "INVALID_INTERVAL: sessions[0].end: '2026-06-01T00:00:00Z' is before the session's start '2026-06-02T00:00:00Z'",
    );
  });

  it.each([
    [{ month: '2026-13', timeZone: 'UTC' }, 'INVALID_DATE month'],
    [{ month: '2026-06' }, 'INVALID_TIME_ZONE timeZone'],
    [{ month: '2026-06', timeZone: 'Mars/Olympus' }, 'INVALID_TIME_ZONE timeZone'],
    [undefined, 'INVALID_ARGUMENT options'],
  ])('a bad month or zone is an SlaError: %j', (options, expected) => {
    expect(errorOf(() => peakConcurrentUsers([], options as never))).toBe(expected);
  });
});

describe('overage: users above the Minimum Committed Number at list price', () => {
  it('bills the users above the minimum, in the price money type', () => {
    expect(overage({ peak: 130, minimumCommitted: 120, unitPriceMinor: 15_000 })).toEqual({ overageUsers: 10, chargeMinor: 150_000 });
    expect(overage({ peak: 130, minimumCommitted: 120, unitPriceMinor: 15_000n })).toEqual({ overageUsers: 10, chargeMinor: 150_000n });
  });

  it('a peak at or below the minimum costs nothing extra', () => {
    expect(overage({ peak: 120, minimumCommitted: 120, unitPriceMinor: 15_000 })).toEqual({ overageUsers: 0, chargeMinor: 0 });
    expect(overage({ peak: 0, minimumCommitted: 120, unitPriceMinor: 15_000n })).toEqual({ overageUsers: 0, chargeMinor: 0n });
  });

  it('a charge beyond MAX_SAFE_INTEGER needs a bigint price', () => {
    expect(errorOf(() => overage({ peak: 1_000_001, minimumCommitted: 1, unitPriceMinor: 9_007_199_254_740 }))).toBe('INVALID_MONEY unitPriceMinor');
    expect(overage({ peak: 1_000_001, minimumCommitted: 1, unitPriceMinor: 9_007_199_254_740n }).chargeMinor).toBe(9_007_199_254_740_000_000n);
    expect(overage({ peak: 1_000, minimumCommitted: 0, unitPriceMinor: 9_007_199_254_740 }).chargeMinor).toBe(9_007_199_254_740_000);
  });

  it.each([
    [{ peak: 1.5, minimumCommitted: 1, unitPriceMinor: 1 }, 'INVALID_ARGUMENT peak'],
    [{ peak: -1, minimumCommitted: 1, unitPriceMinor: 1 }, 'INVALID_ARGUMENT peak'],
    [{ peak: 1, minimumCommitted: Number.NaN, unitPriceMinor: 1 }, 'INVALID_ARGUMENT minimumCommitted'],
    [{ peak: 1, minimumCommitted: 1, unitPriceMinor: 149.99 }, 'INVALID_MONEY unitPriceMinor'],
    [{ peak: 1, minimumCommitted: 1, unitPriceMinor: -1n }, 'INVALID_MONEY unitPriceMinor'],
    [null, 'INVALID_ARGUMENT options'],
  ])('bad input is an SlaError naming the field (%#)', (options, expected) => {
    expect(errorOf(() => overage(options as never))).toBe(expected);
  });
});

// ---- properties ---------------------------------------------------------------------------

const ZONES = ['UTC', 'America/New_York', 'Europe/London', 'Asia/Kolkata', 'Australia/Lord_Howe', 'America/St_Johns', 'Pacific/Chatham'] as const;
const MONTHS = ['2026-03', '2026-04', '2026-10', '2026-11', '2024-02', '2026-12'] as const;
const HOUR = 3_600_000;

/** Sessions around one month: short spans on a coarse grid, so ties and touching ends are common. */
function sessionsAround(month: string): fc.Arbitrary<Session[]> {
  const { start, end } = monthInterval(month, 'UTC');
  const from = start - 2 * 24 * HOUR;
  const to = end + 2 * 24 * HOUR;
  const grid = fc.oneof(
    fc.integer({ min: 0, max: Math.floor((to - from) / (15 * 60_000)) }).map((q) => from + q * 15 * 60_000),
    fc.integer({ min: from, max: to }),
    fc.constantFrom(...ZONES.map((z) => monthInterval(month, z).start), ...ZONES.map((z) => monthInterval(month, z).end)),
  );
  const session = fc
    .tuple(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'), grid, fc.oneof(fc.integer({ min: 0, max: 8 }).map((h) => h * HOUR), fc.integer({ min: 0, max: 40 * HOUR })))
    .map(([user, s, length]) => ({ user, start: s, end: s + length }));
  return fc.array(session, { maxLength: 40 });
}

describe('peakConcurrentUsers properties', () => {
  it('equals a brute-force count at every login instant (peak, day, first instant, users)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...MONTHS).chain((month) => fc.tuple(fc.constant(month), fc.constantFrom(...ZONES), sessionsAround(month))),
        ([month, timeZone, sessions]) => {
          const expected = referencePeak(sessions, month, timeZone);
          const got = peakConcurrentUsers(sessions, { month, timeZone });
          expect({ ...got, at: got.at.getTime() }).toEqual(expected);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('never exceeds the number of distinct users, and duplicating sessions changes nothing', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...MONTHS).chain((month) => fc.tuple(fc.constant(month), fc.constantFrom(...ZONES), sessionsAround(month))),
        ([month, timeZone, sessions]) => {
          const result = peakConcurrentUsers(sessions, { month, timeZone });
          expect(result.peak).toBeLessThanOrEqual(new Set(sessions.map((s) => s.user)).size);
          expect(result.peak).toBeLessThanOrEqual(result.users);
          expect(peakConcurrentUsers([...sessions, ...[...sessions].reverse()], { month, timeZone })).toEqual(result);
        },
      ),
    );
  });
});
