import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CaseEvent, type CaseInput, evaluateCase } from '../../src/cases/index.js';
import { businessHours8to5 } from '../../src/presets/index.js';
import { joinStatusHistory, readStatusHistory } from '../../src/records/index.js';
import type { Row } from '../../src/records/types.js';
import { helpDeskPolicy, helpDeskScenarios } from '../cases/help-desk-arbitraries.js';
import { expectSlaError } from '../expect-sla-error.js';

const PAUSES = { pauseStatuses: ['Waiting for customer', 'Pending'] };
const events = (rows: Row[], options: object = PAUSES, id = 'C-1') => readStatusHistory(rows, options).events.get(id);
const change = (at: string, from: string | undefined, to: string, caseId = 'C-1'): Row => (from === undefined ? { caseId, at, to } : { caseId, at, from, to });

describe('readStatusHistory: status changes into pauses and reopenings', () => {
  it('entering a pause status pauses the case with the status as the option spells it as reason; leaving it resumes', () => {
    expect(events([change('2026-10-02T10:00Z', 'Open', 'waiting FOR  customer'), change('2026-10-03T10:00Z', 'Waiting for customer', 'In progress')])).toEqual([
      { type: 'paused', at: new Date('2026-10-02T10:00Z'), reason: 'Waiting for customer' },
      { type: 'resumed', at: new Date('2026-10-03T10:00Z') },
    ]);
  });

  it('moving from one pause status to another resumes and pauses again at the same instant, with the new reason', () => {
    expect(events([change('2026-10-02T10:00Z', 'Open', 'Waiting for customer'), change('2026-10-03T10:00Z', 'Waiting for customer', 'Pending')])).toEqual([
      { type: 'paused', at: new Date('2026-10-02T10:00Z'), reason: 'Waiting for customer' },
      { type: 'resumed', at: new Date('2026-10-03T10:00Z') },
      { type: 'paused', at: new Date('2026-10-03T10:00Z'), reason: 'Pending' },
    ]);
  });

  it('a change between statuses that neither pause nor reopen gives no event; re-entering the same status neither', () => {
    expect(events([change('2026-10-02T10:00Z', 'Open', 'In progress'), change('2026-10-02T11:00Z', 'In progress', 'Pending'), change('2026-10-02T12:00Z', 'Pending', 'pending')])).toEqual([
      { type: 'paused', at: new Date('2026-10-02T11:00Z'), reason: 'Pending' },
    ]);
  });

  it('a case paused at the end of its history stays paused', () => {
    const history = readStatusHistory([change('2026-10-02T10:00Z', 'Open', 'Pending')], PAUSES);
    expect(history.events.get('C-1')).toEqual([{ type: 'paused', at: new Date('2026-10-02T10:00Z'), reason: 'Pending' }]);
    const [joined] = [...joinStatusHistory([{ id: 'C-1', severity: 3, openedAt: '2026-10-01T10:00Z' }], history)];
    const status = evaluateCase(helpDeskPolicy(), businessHours8to5('UTC'), joined as CaseInput, { now: '2026-10-20T00:00Z' });
    expect(status.state).toBe('paused');
  });

  it('entering a reopen status is a reopening', () => {
    expect(events([change('2026-10-02T10:00Z', 'Resolved', 'Reopened'), change('2026-10-02T11:00Z', 'Reopened', 'In progress')], { reopenStatuses: ['Reopened'] })).toEqual([{ type: 'reopened', at: new Date('2026-10-02T10:00Z') }]);
    // Leaving a pause for a reopen status: resumed, then reopened.
    expect(events([change('2026-10-02T10:00Z', 'Open', 'Pending'), change('2026-10-02T11:00Z', 'Pending', 'Reopened')], { ...PAUSES, reopenStatuses: ['Reopened'] })?.map((e) => e.type)).toEqual(['paused', 'resumed', 'reopened']);
  });

  it('rows out of order are taken by time, stably', () => {
    const rows = [change('2026-10-04T10:00Z', 'Pending', 'In progress'), change('2026-10-02T10:00Z', 'Open', 'Pending'), change('2026-10-03T10:00Z', 'Pending', 'Pending')];
    expect(events(rows)?.map((e) => [e.type, (e.at as Date).toISOString()])).toEqual([
      ['paused', '2026-10-02T10:00:00.000Z'],
      ['resumed', '2026-10-04T10:00:00.000Z'],
    ]);
    expect(readStatusHistory(rows, { ...PAUSES, firstRow: 2 }).rows.get('C-1')).toEqual([3, 2]);
  });

  it('changes at the same instant are ordered by their from → to chain, whatever the file order', () => {
    const rows = [change('2026-10-02T10:00Z', 'Triage', 'Pending'), change('2026-10-02T10:00Z', 'Open', 'Triage'), change('2026-10-03T10:00Z', 'Pending', 'Open')];
    expect(events(rows)?.map((e) => e.type)).toEqual(['paused', 'resumed']);
    // Later in a history too: the change leaving the current status comes first.
    const later = [change('2026-10-01T10:00Z', 'Open', 'In progress'), change('2026-10-02T10:00Z', 'Waiting for customer', 'In progress'), change('2026-10-02T10:00Z', 'In progress', 'Waiting for customer')];
    expect(events(later)?.map((e) => e.type)).toEqual(['paused', 'resumed']);
  });

  it('changes at the same instant without a from to chain them are taken in file order', () => {
    const rows = [change('2026-10-02T10:00Z', undefined, 'Pending'), change('2026-10-02T10:00Z', undefined, 'In progress')];
    expect(events(rows)?.map((e) => e.type)).toEqual(['paused', 'resumed']);
  });

  it('history times without an offset are local times of the timeZone option, under the one DST policy', () => {
    const history = readStatusHistory([change('2026-03-08 02:30', 'Open', 'Pending'), change('2026-11-01 01:30', 'Pending', 'Open')], { ...PAUSES, timeZone: 'America/New_York' });
    expect(history.events.get('C-1')?.map((e) => e.at)).toEqual([new Date('2026-03-08T07:30:00Z'), new Date('2026-11-01T05:30:00Z')]);
    expect([history.summary.dstGaps, history.summary.dstOverlaps]).toEqual([1, 1]);
    expectSlaError(() => readStatusHistory([change('2026-10-02 10:00', 'Open', 'Pending')], PAUSES), 'INVALID_CASE', 'at', 'has no offset');
  });

  it('a from that is not the status the case was in is refused: the history has a gap', () => {
    expectSlaError(() => readStatusHistory([change('2026-10-02T10:00Z', 'Open', 'Pending'), change('2026-10-03T10:00Z', 'In progress', 'Closed')], { ...PAUSES, firstRow: 2 }), 'INVALID_CASE', 'from', "row 3, from: \"In progress\" is not the status case 'C-1' was in after its change before (row 2: 'Pending')");
  });

  it("a case whose first change leaves a pause status is refused: the pause's start is unknown", () => {
    expectSlaError(() => readStatusHistory([change('2026-10-03T10:00Z', 'Pending', 'Open')], PAUSES), 'INVALID_CASE', 'from', 'the history does not say when that pause began');
  });

  it('a row without case id, time or new status is refused with its row and column', () => {
    expectSlaError(() => readStatusHistory([{ at: '2026-10-02T10:00Z', to: 'Pending' }], PAUSES), 'INVALID_CASE', 'caseId', 'row 1');
    expectSlaError(() => readStatusHistory([{ Key: 'C-1', to: 'Pending' }], { ...PAUSES, columns: { Key: 'caseId' } }), 'INVALID_CASE', 'at');
    expectSlaError(() => readStatusHistory([{ caseId: 'C-1', at: '2026-10-02T10:00Z', to: ' ' }], PAUSES), 'INVALID_CASE', 'to', 'is empty');
    expectSlaError(() => readStatusHistory([{ caseId: 'C-1', at: '2026-10-02T10:00Z', to: { x: 1 } }], PAUSES), 'INVALID_CASE', 'to', 'is not a status');
  });

  it('options: a status to read is required, a status cannot both pause and reopen, rows are never skipped', () => {
    expectSlaError(() => readStatusHistory([], {}), 'INVALID_ARGUMENT', 'options.pauseStatuses');
    expectSlaError(() => readStatusHistory([], { pauseStatuses: ['Pending'], reopenStatuses: [' pending'] }), 'INVALID_ARGUMENT', 'options.reopenStatuses', 'is also a pause status');
    expectSlaError(() => readStatusHistory([], { pauseStatuses: ['Pending'], onError: 'skip' }), 'INVALID_ARGUMENT', 'options.onError');
    expectSlaError(() => readStatusHistory([], { pauseStatuses: 'Pending' as never }), 'INVALID_ARGUMENT', 'options.pauseStatuses');
    expectSlaError(() => readStatusHistory([], { pauseStatuses: [''] }), 'INVALID_ARGUMENT', 'options.pauseStatuses[0]');
  });
});

describe('joinStatusHistory', () => {
  const history = readStatusHistory([change('2026-10-02T10:00Z', 'Open', 'Pending'), change('2026-10-03T10:00Z', 'Pending', 'Open'), change('2026-10-02T10:00Z', 'Open', 'Pending', 'C-404')], { ...PAUSES, firstRow: 2 });

  it('a case id of the history that no case has is listed in unmatched, never silently dropped', () => {
    const joined = joinStatusHistory([{ id: 'C-1', severity: 2, openedAt: '2026-10-01T00:00Z' }], history);
    expect(joined.unmatched).toEqual([]);
    expect([...joined]).toHaveLength(1);
    expect(joined.unmatched).toEqual(['C-404']);
  });

  it('a case the history does not name is returned as it is; a joined case is a new object (the input is not changed)', () => {
    const other: CaseInput = { id: 'C-2', severity: 2, openedAt: '2026-10-01T00:00Z', events: [] };
    const mine: CaseInput = { id: 'C-1', severity: 2, openedAt: '2026-10-01T00:00Z', events: [{ type: 'responded', at: '2026-10-01T01:00Z' }] };
    const [a, b] = [...joinStatusHistory([other, mine], history)];
    expect(a).toBe(other);
    expect(mine.events).toHaveLength(1);
    expect(b?.events?.map((e) => e.type)).toEqual(['responded', 'paused', 'resumed']);
  });

  it('numeric case ids match the history’s text ids', () => {
    const numeric = readStatusHistory([change('2026-10-02T10:00Z', 'Open', 'Pending', '7' as never)], PAUSES);
    expect([...joinStatusHistory([{ id: 7, severity: 2, openedAt: '2026-10-01T00:00Z' }], numeric)][0]?.events).toHaveLength(1);
  });

  it("a history that does not fit the case's own events is refused, naming the history row", () => {
    const paused: CaseInput = { id: 'C-1', severity: 2, openedAt: '2026-10-01T00:00Z', events: [{ type: 'paused', at: '2026-10-01T12:00Z' }] };
    expectSlaError(() => [...joinStatusHistory([paused], history)], 'INVALID_CASE', 'events', 'the status history, row 2');
  });

  it("an error in the case's own events is its own, not the history's", () => {
    const bad: CaseInput = { id: 'C-1', severity: 2, openedAt: '2026-10-01T00:00Z', events: [{ type: 'resumed', at: '2026-10-01T01:00Z' }] };
    expectSlaError(() => [...joinStatusHistory([bad], history)], 'INVALID_CASE', 'events[0]', "comes without a 'paused' before it");
  });

  it('numeric statuses are read as text', () => {
    expect(events([{ caseId: 'C-1', at: '2026-10-02T10:00Z', from: 1, to: 2 }], { pauseStatuses: ['2'] })).toEqual([{ type: 'paused', at: new Date('2026-10-02T10:00Z'), reason: '2' }]);
  });

  it('bad arguments are refused', () => {
    expectSlaError(() => joinStatusHistory([], {} as never), 'INVALID_ARGUMENT', 'history');
    expectSlaError(() => joinStatusHistory(5 as never, history), 'INVALID_ARGUMENT', 'cases');
  });
});

/** Status names for the generator's pause reasons (a pause without one: Pending). */
const STATUS: Record<string, string> = { 'waiting-on-customer': 'Waiting for customer', 'on-hold': 'On hold', 'waiting-on-third-party': 'Waiting for vendor' };
const statusOf = (reason: string | undefined): string => (reason === undefined ? 'Pending' : (STATUS[reason] as string));

/** The status history a case's pauses and reopenings would leave, and the case's other events. */
function asHistory(events: readonly CaseEvent[]): { rows: Row[]; rest: CaseEvent[]; representable: boolean } {
  const rows: Row[] = [];
  const rest: CaseEvent[] = [];
  let status = 'Open';
  // A case reopened while paused has no one status a help desk could show: not a history.
  let representable = true;
  const move = (at: unknown, to: string): void => {
    rows.push({ caseId: 'C', at: new Date(at as number).toISOString(), from: status, to });
    status = to;
  };
  for (const event of events) {
    if (event.type === 'paused') move(event.at, statusOf(event.reason));
    else if (event.type === 'resumed') move(event.at, 'In progress');
    else if (event.type === 'reopened') {
      if (status !== 'Open' && status !== 'In progress') representable = false;
      // Two changes at the same instant: a chain the reader must put in order.
      move(event.at, 'Reopened');
      move(event.at, 'In progress');
    } else rest.push(event);
  }
  return { rows, rest, representable };
}

describe('property: the pauses from a history equal the pauses written in the events', () => {
  it('the same evaluation, whichever order the history rows come in', () => {
    const policy = helpDeskPolicy({ pausedBy: ['Waiting for customer', 'Pending'] });
    fc.assert(
      fc.property(helpDeskScenarios(true), fc.integer(), (s, seed) => {
        const direct = s.events.map((e) => (e.type === 'paused' ? { type: 'paused' as const, at: e.at, reason: statusOf(e.reason) } : e));
        const { rows, rest, representable } = asHistory(s.events);
        fc.pre(representable);
        // Shuffled (a fixed permutation from the seed): the reader sorts.
        const shuffled = rows.map((row, i) => ({ row, key: Math.imul(i + 1, seed | 1) >>> 0 })).sort((a, b) => a.key - b.key).map((x) => x.row);
        const history = readStatusHistory(shuffled, { pauseStatuses: ['Waiting for customer', 'On hold', 'Waiting for vendor', 'Pending'], reopenStatuses: ['Reopened'] });
        const [joined] = [...joinStatusHistory([{ id: 'C', severity: s.severity, openedAt: s.openedAt, events: rest }], history)];
        const expected = evaluateCase(policy, s.calendar, { id: 'C', severity: s.severity, openedAt: s.openedAt, events: direct }, { now: s.now });
        expect(evaluateCase(policy, s.calendar, joined as CaseInput, { now: s.now })).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});
