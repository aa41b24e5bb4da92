import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Timeline } from '../../src/cases/case-timeline.js';
import type { CaseEvent, CaseEventType } from '../../src/cases/types.js';
import { DEFAULT_EVENT_ORDER, EVENT_TYPES, type CompiledPolicy, MAX_SEVERITY_LEVELS } from '../../src/cases/validate-support-policy.js';
import { readCases } from '../../src/records/index.js';

// readCases checks a case with the timeline's quick path (begin, push, finish) and reads it again
// with `load` only to name an error; these hold the two paths to the same answers.

const rank = new Uint8Array(EVENT_TYPES.length);
DEFAULT_EVENT_ORDER.forEach((type, i) => (rank[EVENT_TYPES.indexOf(type)] = i));
const policy = { rank, levels: { length: MAX_SEVERITY_LEVELS + 1 } } as unknown as CompiledPolicy;
const OPENED = Date.UTC(2026, 10, 23, 9);
const HOUR = 3_600_000;

function outcome(run: () => void): unknown {
  try {
    run();
    return 'ok';
  } catch (error) {
    const { message, details } = error as { message: string; details: unknown };
    return { message, details };
  }
}

describe('the timeline quick path', () => {
  it('begin, push and finish accept, order and reject cases exactly as load does', () => {
    const event = fc.record({ type: fc.constantFrom(...EVENT_TYPES), hours: fc.integer({ min: -1, max: 6 }) });
    fc.assert(
      fc.property(fc.array(event, { maxLength: 12 }), (list) => {
        const events = list.map(({ type, hours }) => (type === 'severity-changed' ? { type, at: new Date(OPENED + hours * HOUR), severity: 2 } : { type, at: new Date(OPENED + hours * HOUR) })) as CaseEvent[];
        const loaded = new Timeline();
        const expected = outcome(() => loaded.load({ severity: 1, openedAt: new Date(OPENED), events }, policy));
        const quick = new Timeline();
        quick.begin(OPENED);
        let beforeOpening = false;
        for (const e of events) if (!quick.push(EVENT_TYPES.indexOf(e.type as CaseEventType), (e.at as Date).getTime(), e.type === 'severity-changed' ? 2 : 0)) beforeOpening = true;
        if (beforeOpening) {
          // The reader lets load name this error.
          expect(expected).toMatchObject({ details: { path: expect.stringMatching(/^events\[\d+\]\.at$/) } });
          return;
        }
        expect(outcome(() => quick.finish(rank))).toEqual(expected);
        if (expected === 'ok') {
          expect([quick.n, [...quick.type.subarray(0, quick.n)], [...quick.at.subarray(0, quick.n)], [...quick.index.subarray(0, quick.n)]]).toEqual([
            loaded.n,
            [...loaded.type.subarray(0, loaded.n)],
            [...loaded.at.subarray(0, loaded.n)],
            [...loaded.index.subarray(0, loaded.n)],
          ]);
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe('readCases on its quick path', () => {
  const rows = (row: Record<string, unknown>) => [{ severity: 1, openedAt: '2026-11-23T09:00:00Z', ...row }];
  const errorOf = (row: Record<string, unknown>) => {
    const reader = readCases(rows(row), { onError: 'skip', columns: { reply: 'respondedAt', more: 'events', key: 'id' } });
    expect([...reader]).toEqual([]);
    const [error] = reader.summary.errors;
    return [error?.message, error?.details.path, error?.details['field']];
  };

  it('a number id that is not finite is refused as load refuses it, after the events are read', () => {
    expect(errorOf({ key: Number.NaN })).toEqual(['INVALID_CASE: row 1, key: NaN is not a text or a number', 'key', 'id']);
    expect(errorOf({ key: Number.POSITIVE_INFINITY, more: 'bogus' })[1]).toBe('more');
  });

  it('an event before the opening names the column it came from', () => {
    expect(errorOf({ reply: '2026-11-22T09:00:00Z' })).toEqual(['INVALID_CASE: row 1, reply: 2026-11-22T09:00:00.000Z is before openedAt 2026-11-23T09:00:00.000Z', 'reply', 'respondedAt']);
    expect(errorOf({ reply: '2026-11-23T10:00:00Z', more: 'paused@2026-11-23T11:00:00Z;resumed@2026-11-22T09:00:00Z' })).toEqual([
      'INVALID_CASE: row 1, more: 2026-11-22T09:00:00.000Z is before openedAt 2026-11-23T09:00:00.000Z',
      'more',
      'events',
    ]);
  });

  it('an event out of order names the column it came from, after sorting', () => {
    expect(errorOf({ reply: '2026-11-23T12:00:00Z', more: 'resumed@2026-11-23T10:00:00Z' })).toEqual(["INVALID_CASE: row 1, more: 'resumed' comes without a 'paused' before it", 'more', 'events']);
    expect(errorOf({ closedAt: '2026-11-23T10:00:00Z', more: 'updated@2026-11-23T11:00:00Z' })).toEqual([
      "INVALID_CASE: row 1, more: 'updated' comes after the case was closed at events[0]; expected 'reopened' first",
      'more',
      'events',
    ]);
  });

  it('reads texts in an events list, blank parts of an events cell, and severity labels however they are written', () => {
    const [fromList, fromCell] = [
      ...readCases(
        [
          { severity: ' p2 ', openedAt: '2026-11-23T09:00:00Z', events: ['paused@2026-11-23T10:00:00Z', { type: 'resumed', at: '2026-11-23T11:00:00Z' }] },
          { severity: 'P2', openedAt: '2026-11-23T09:00:00Z', events: ' ; severity-changed:p1@2026-11-23 05:00 ;; responded@ 2026-11-23T10:00:00+01:00 ;' },
        ],
        { severities: { P1: 1, P2: 2 }, timeZone: 'America/New_York' },
      ),
    ];
    expect(fromList).toEqual({
      severity: 2,
      openedAt: new Date('2026-11-23T09:00:00Z'),
      events: [
        { type: 'paused', at: new Date('2026-11-23T10:00:00Z') },
        { type: 'resumed', at: new Date('2026-11-23T11:00:00Z') },
      ],
    });
    expect(fromCell?.events).toEqual([
      { type: 'severity-changed', at: new Date('2026-11-23T10:00:00Z'), severity: 1 },
      { type: 'responded', at: new Date('2026-11-23T09:00:00Z') },
    ]);
  });

  it('keeps the keys of a case in one order: id, severity, openedAt, events, timeZone, attributes', () => {
    const [read] = [...readCases([{ team: 'core', timeZone: 'Europe/Berlin', openedAt: '2026-11-23 10:00', severity: 3, id: 'C-1' }], { attributes: ['team'] })];
    expect(Object.keys(read ?? {})).toEqual(['id', 'severity', 'openedAt', 'events', 'timeZone', 'attributes']);
    expect(read?.openedAt).toEqual(new Date('2026-11-23T09:00:00Z'));
  });

  it('rows in different zones each use their own zone', () => {
    const cases = [
      ...readCases([
        { severity: 1, openedAt: '2026-07-01 12:00', timeZone: 'Asia/Kolkata' },
        { severity: 1, openedAt: '2026-07-01 12:00', timeZone: 'America/New_York' },
        { severity: 1, openedAt: '2026-07-01 12:00', timeZone: 'Asia/Kolkata' },
      ]),
    ];
    expect(cases.map((c) => (c.openedAt as Date).toISOString())).toEqual(['2026-07-01T06:30:00.000Z', '2026-07-01T16:00:00.000Z', '2026-07-01T06:30:00.000Z']);
  });
});
