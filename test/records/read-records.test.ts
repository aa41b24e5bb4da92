import { describe, expect, it } from 'vitest';
import { complianceReport } from '../../src/cases/index.js';
import { businessHours8to5, uniphoreSupport } from '../../src/presets/index.js';
import { readCases, readIncidents, type Row } from '../../src/records/index.js';
import { expectSlaError } from '../expect-sla-error.js';

const SEVERITIES = { P1: 1, P2: 2, P3: 3, P4: 4, Critical: 1, 'Sev 1': 1, High: 2 } as const;

/** The SlaError a reader throws while it is iterated. */
function iterate(reader: Iterable<unknown>): () => unknown[] {
  return () => [...reader];
}

describe('readCases', () => {
  it('maps your column names to the fields, and reads severity labels without regard to case', () => {
    const cases = [
      ...readCases(
        [
          { ticket: 'T-1', created_at: '2026-11-23T09:00:00-05:00', priority: 'p1' },
          { ticket: 7, created_at: '2026-11-23T09:00:00Z', priority: 'HIGH' },
          { ticket: '', created_at: 1_764_000_000_000, priority: ' 3 ' },
          { created_at: new Date('2026-11-23T09:00:00Z'), priority: 4 },
        ],
        { columns: { ticket: 'id', created_at: 'openedAt', priority: 'severity' }, severities: SEVERITIES },
      ),
    ];
    expect(cases.map((c) => [c.id, c.severity, (c.openedAt as Date).toISOString()])).toEqual([
      ['T-1', 1, '2026-11-23T14:00:00.000Z'],
      [7, 2, '2026-11-23T09:00:00.000Z'],
      [undefined, 3, '2025-11-24T16:00:00.000Z'],
      [undefined, 4, '2026-11-23T09:00:00.000Z'],
    ]);
  });

  it('reads local times in the fixed zone or the row’s own zone, and counts DST gaps and overlaps', () => {
    const reader = readCases(
      [
        { severity: '1', openedAt: '2026-03-08 02:30' }, // New York gap: 03:30 EDT
        { severity: '1', openedAt: '2026-11-01 01:30', respondedAt: '2026-11-01T01:45' }, // twice: the earlier (EDT)
        { severity: '1', openedAt: '2026-11-01 01:30', timeZone: 'Europe/London' },
        { severity: '1', openedAt: '2026-06-01 10:00:30.5' },
      ],
      // The London row's local times are in its own zone, said so: the option and the row differ.
      { timeZone: 'America/New_York', localTimesIn: 'row' },
    );
    const cases = [...reader];
    expect(cases.map((c) => (c.openedAt as Date).toISOString())).toEqual(['2026-03-08T07:30:00.000Z', '2026-11-01T05:30:00.000Z', '2026-11-01T01:30:00.000Z', '2026-06-01T14:00:30.500Z']);
    expect(cases[1]?.events).toEqual([{ type: 'responded', at: new Date('2026-11-01T05:45:00Z') }]);
    expect(cases[2]?.timeZone).toBe('Europe/London');
    expect(reader.summary).toEqual({ rows: 4, records: 4, skipped: 0, errors: [], dstGaps: 1, dstOverlaps: 2 });
  });

  it('a local time without any zone is an error that says how to give one', () => {
    expectSlaError(iterate(readCases([{ severity: 1, openedAt: '2026-11-25 10:00' }])), 'INVALID_CASE', 'openedAt', 'row 1, openedAt: \'2026-11-25 10:00\' has no offset; give the zone');
  });

  it('reads the event columns and the events list (text or JSON), with severity labels in severity changes', () => {
    const [fromText, fromJson] = [
      ...readCases(
        [
          {
            severity: 'P3',
            openedAt: '2026-11-23 09:00',
            respondedAt: '2026-11-23 09:30',
            resolutionNoticeAt: '2026-11-24 10:00',
            closedAt: '2026-11-25 10:00',
            events: 'paused@2026-11-23 10:00; resumed@2026-11-23T16:00:00Z ;severity-changed:P2@2026-11-23 12:00;',
          },
          { severity: 2, openedAt: '2026-11-23T14:00:00Z', events: [{ type: 'severity-changed', at: '2026-11-23 10:00', severity: 'sev 1' }, { type: 'updated', at: new Date('2026-11-23T16:00:00Z') }] },
        ],
        { timeZone: 'America/New_York', severities: SEVERITIES },
      ),
    ];
    expect(fromText?.events?.map((e) => e.type)).toEqual(['responded', 'resolution-notice', 'closed', 'paused', 'resumed', 'severity-changed']);
    expect(fromText?.events?.[5]).toEqual({ type: 'severity-changed', at: new Date('2026-11-23T17:00:00Z'), severity: 2 });
    expect(fromJson?.events?.[0]).toEqual({ type: 'severity-changed', at: new Date('2026-11-23T15:00:00Z'), severity: 1 });
  });

  it('every bad row names its row number and your column; stop throws, skip keeps the error in the summary', () => {
    const rows: Row[] = [
      { n: 'A', at: '2026-11-23T09:00:00Z', p: 'P5' },
      { n: 'B', at: 'tomorrow', p: 'P1' },
      { n: 'C', at: '2026-11-23T09:00:00Z', p: 'P1', reply: '2026-11-22T09:00:00Z' },
      { n: 'D', at: '2026-11-23T09:00:00Z', p: 'P1', more: 'resumed@2026-11-23T10:00:00Z' },
      { n: 'E', at: '2026-11-23T09:00:00Z', p: 'P1', more: 'called@2026-11-23T10:00:00Z' },
      { n: 'F', at: '2026-11-23T09:00:00Z', p: 'P1', more: 'nonsense' },
      { n: 'G', at: '2026-11-23T09:00:00Z', p: 'P1', zone: 'Mars/Base' },
      { n: { x: 1 }, at: '2026-11-23T09:00:00Z', p: 'P1' },
      { n: 'I', p: 'P1' },
      { n: 'J', at: '2026-11-23T09:00:00Z', p: 'P1', more: 42 },
      { n: 'K', at: '2026-11-23T09:00:00Z', p: 'P1', more: [7] },
      ['not', 'a', 'record'] as unknown as Row,
      { n: 'OK', at: '2026-11-23T09:00:00Z', p: 'P1' },
    ];
    const options = { columns: { n: 'id', at: 'openedAt', p: 'severity', reply: 'respondedAt', more: 'events', zone: 'timeZone' }, severities: { P1: 1 }, firstRow: 2 } as const;
    expectSlaError(iterate(readCases(rows, options)), 'INVALID_CASE', 'p', "row 2, p: 'P5' is not a severity level 1–10 or one of the labels P1");
    const reader = readCases(rows, { ...options, onError: 'skip' });
    expect([...reader].map((c) => c.id)).toEqual(['OK']);
    expect(reader.summary).toMatchObject({ rows: 13, records: 1, skipped: 12 });
    expect(reader.summary.errors.map((e) => [e.code, e.details['row'], e.details.path])).toEqual([
      ['INVALID_CASE', 2, 'p'],
      ['INVALID_CASE', 3, 'at'],
      ['INVALID_CASE', 4, 'reply'],
      ['INVALID_CASE', 5, 'more'],
      ['INVALID_CASE', 6, 'more'],
      ['INVALID_CASE', 7, 'more'],
      ['INVALID_TIME_ZONE', 8, 'zone'],
      ['INVALID_CASE', 9, 'n'],
      ['INVALID_CASE', 10, 'at'],
      ['INVALID_CASE', 11, 'more'],
      ['INVALID_CASE', 12, 'more[0]'], // an item of a JSON list is named by its place
      ['INVALID_CASE', 13, 'row'],
    ]);
    expect(reader.summary.errors[1]?.message).toBe("INVALID_CASE: row 3, at: 'tomorrow' is not an ISO-8601 instant such as 2026-11-20T16:30:00-05:00");
    expect(reader.summary.errors[2]?.message).toContain('row 4, reply: 2026-11-22T09:00:00.000Z is before openedAt');
    expect(reader.summary.errors[3]?.message).toContain("row 5, more: 'resumed' comes without a 'paused' before it");
  });

  it('carries the columns you name into attributes, for grouping', () => {
    const rows = [
      { severity: 1, openedAt: '2026-11-23T09:00:00-05:00', customer: 'acme', region: 'EU' },
      { severity: 1, openedAt: '2026-11-23T10:00:00-05:00', customer: 42 },
    ];
    const cases = [...readCases(rows, { attributes: ['customer'] })];
    expect(cases.map((c) => c.attributes)).toEqual([{ customer: 'acme' }, { customer: '42' }]);
    const report = complianceReport(uniphoreSupport, businessHours8to5('America/New_York'), cases, { now: '2026-11-23T12:00:00-05:00', groupBy: { attribute: 'customer' } });
    expect(Object.keys(report.groups ?? {}).sort()).toEqual(['42', 'acme']);
  });

  it('streams: reads a row only when the next case is asked for', () => {
    let read = 0;
    function* rows(): Generator<Row> {
      for (let i = 0; i < 3; i++) {
        read++;
        yield { severity: 1, openedAt: '2026-11-23T09:00:00Z' };
      }
    }
    const iterator = readCases(rows())[Symbol.iterator]();
    iterator.next();
    expect(read).toBe(1);
  });

  it('reads an async iterable the same way', async () => {
    async function* rows(): AsyncGenerator<Row> {
      yield { severity: 'P1', openedAt: '2026-11-23 09:00' };
      yield { severity: 'P9', openedAt: '2026-11-23 09:00' };
    }
    const reader = readCases(rows(), { severities: SEVERITIES, timeZone: 'UTC', onError: 'skip' });
    const cases = [];
    for await (const c of reader) cases.push(c);
    expect(cases).toHaveLength(1);
    expect(reader.summary).toMatchObject({ rows: 2, records: 1, skipped: 1 });
    async function* failing(): AsyncGenerator<Row> {
      yield { severity: 'P9', openedAt: '2026-11-23 09:00' };
    }
    await expect(async () => {
      for await (const _ of readCases(failing(), { timeZone: 'UTC' })) void _;
    }).rejects.toThrow('INVALID_CASE: row 1, severity');
  });

  it('a ticketing export (other names, local times, P-labels) gives the same cases as the canonical records', () => {
    const canonical = [
      { id: 'C-1', severity: 1, openedAt: '2026-10-05T13:00:00Z', respondedAt: '2026-10-05T13:40:00Z' },
      { id: 'C-2', severity: 3, openedAt: '2026-10-09T20:30:00Z', events: 'paused@2026-10-09T21:00:00Z;resumed@2026-10-12T13:00:00Z' },
    ];
    const exported = [
      { key: 'C-1', created: '2026-10-05 09:00', prio: 'P1', first_response: '2026-10-05 09:40' },
      { key: 'C-2', created: '2026-10-09 16:30', prio: 'p3', history: 'paused@2026-10-09 17:00;resumed@2026-10-12 09:00' },
    ];
    const mapped = readCases(exported, { columns: { key: 'id', created: 'openedAt', prio: 'severity', first_response: 'respondedAt', history: 'events' }, severities: SEVERITIES, timeZone: 'America/New_York' });
    expect([...mapped]).toEqual([...readCases(canonical)]);
  });

  it('bad options', () => {
    expectSlaError(() => readCases([], { columns: { a: 'nope' } }), 'INVALID_ARGUMENT', 'options.columns.a');
    expectSlaError(() => readCases([], { columns: { a: 'openedAt', b: 'openedAt' } }), 'INVALID_ARGUMENT', 'options.columns.b', "is already read from the column 'a'");
    expectSlaError(() => readCases([], { timeZone: 'Mars/Base' }), 'INVALID_TIME_ZONE', 'options.timeZone');
    expectSlaError(() => readCases([], { onError: 'ignore' as never }), 'INVALID_ARGUMENT', 'options.onError');
    expectSlaError(() => readCases([], { firstRow: 1.5 }), 'INVALID_ARGUMENT', 'options.firstRow');
    expectSlaError(() => readCases([], { severities: { P1: 11 } }), 'INVALID_ARGUMENT', 'options.severities.P1');
    expectSlaError(() => readCases([], { severities: { P1: 1.5 } }), 'INVALID_ARGUMENT', 'options.severities.P1');
    expectSlaError(() => readCases([], { attributes: 'customer' as never }), 'INVALID_ARGUMENT', 'options.attributes');
    expectSlaError(() => readCases([], { sheet: 1 } as never), 'INVALID_ARGUMENT', 'options.sheet');
    expectSlaError(() => readCases(42 as never), 'INVALID_ARGUMENT', 'rows');
  });

  it('passes on errors that are not SlaErrors unchanged, even when skipping', () => {
    const boom = new Error('boom');
    const row = { severity: 1, get openedAt(): string { throw boom; } };
    expect(iterate(readCases([row], { onError: 'skip' }))).toThrow(boom);
  });
});

describe('readIncidents', () => {
  it('reads incidents with a column mapping, cause labels, local times, and a blank end as ongoing', () => {
    const reader = readIncidents(
      [
        { ref: 'INC-1', began: '2026-06-03 10:00', ended: '2026-06-03 10:43:12', kind: 'Outage' },
        { ref: 7, began: '2026-06-29T22:00:00Z', ended: '', kind: 'UNPLANNED' },
        { began: '2026-06-03 10:00', ended: null, kind: 'scheduled-maintenance', zone: 'Asia/Kolkata' },
      ],
      { columns: { ref: 'id', began: 'start', ended: 'end', kind: 'cause', zone: 'timeZone' }, causes: { outage: 'unplanned' }, timeZone: 'UTC' },
    );
    expect([...reader]).toEqual([
      { id: 'INC-1', start: new Date('2026-06-03T10:00:00Z'), end: new Date('2026-06-03T10:43:12Z'), cause: 'unplanned' },
      { id: '7', start: new Date('2026-06-29T22:00:00Z'), end: null, cause: 'unplanned' },
      { start: new Date('2026-06-03T04:30:00Z'), end: null, cause: 'scheduled-maintenance' },
    ]);
    expect(reader.summary).toMatchObject({ rows: 3, records: 3, skipped: 0 });
  });

  it('bad rows name their row and column', () => {
    const reader = readIncidents(
      [
        { start: '2026-06-03T10:00:00Z', end: '2026-06-03T09:00:00Z', cause: 'unplanned' },
        { end: '2026-06-03T09:00:00Z', cause: 'unplanned' },
        { start: '2026-06-03T10:00:00Z', cause: 'gremlins' },
        { start: '2026-06-03T10:00:00Z', cause: 'unplanned', id: true },
        { start: '2026-06-03T10:00:00Z', cause: 'unplanned', timeZone: 'Nowhere' },
      ],
      { onError: 'skip' },
    );
    expect([...reader]).toEqual([]);
    expect(reader.summary.errors.map((e) => [e.code, e.details['row'], e.details.path])).toEqual([
      ['INVALID_INCIDENT', 1, 'end'],
      ['INVALID_INCIDENT', 2, 'start'],
      ['INVALID_INCIDENT', 3, 'cause'],
      ['INVALID_INCIDENT', 4, 'id'],
      ['INVALID_TIME_ZONE', 5, 'timeZone'],
    ]);
    expectSlaError(() => readIncidents([], { causes: { x: 'gremlins' as never } }), 'INVALID_ARGUMENT', 'options.causes.x');
  });
});
