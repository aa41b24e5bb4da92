import { describe, expect, it } from 'vitest';
import { readCases } from '../../src/records/index.js';

// The events column and JSON events take pause reasons, customer messages and assignments.

const read = (events: unknown) => {
  const reader = readCases([{ id: 'T-1', severity: 3, openedAt: '2026-10-05T09:00Z', events }], { onError: 'skip' });
  return { cases: [...reader], errors: reader.summary.errors.map((e) => [e.message, e.details.path]) };
};

describe('readCases: help-desk events', () => {
  it('reads paused:reason@…, customer-message@… and assigned:team@… from the events column', () => {
    const { cases, errors } = read('assigned:L1@2026-10-05T09:00Z;customer-message@2026-10-05T09:30Z;paused:waiting-on-customer@2026-10-05T10:00Z;resumed@2026-10-05T11:00Z;paused@2026-10-05T12:00Z;resumed@2026-10-05T12:30Z;assigned:L2@2026-10-05T13:00Z');
    expect(errors).toEqual([]);
    expect(cases[0]?.events).toEqual([
      { type: 'assigned', at: new Date('2026-10-05T09:00Z'), team: 'L1' },
      { type: 'customer-message', at: new Date('2026-10-05T09:30Z') },
      { type: 'paused', at: new Date('2026-10-05T10:00Z'), reason: 'waiting-on-customer' },
      { type: 'resumed', at: new Date('2026-10-05T11:00Z') },
      { type: 'paused', at: new Date('2026-10-05T12:00Z') },
      { type: 'resumed', at: new Date('2026-10-05T12:30Z') },
      { type: 'assigned', at: new Date('2026-10-05T13:00Z'), team: 'L2' },
    ]);
  });

  it('reads reason and team from a JSON list of events', () => {
    const { cases } = read([
      { type: 'paused', at: '2026-10-05T10:00Z', reason: 'on-hold' },
      { type: 'resumed', at: '2026-10-05T11:00Z' },
      { type: 'assigned', at: '2026-10-05T11:00Z', team: 'L2' },
    ]);
    expect(cases[0]?.events?.map((e) => ('reason' in e ? e.reason : 'team' in e ? e.team : e.type))).toEqual(['on-hold', 'resumed', 'L2']);
  });

  it('a bad reason or team fails with its row and column', () => {
    expect(read('paused:  @2026-10-05T10:00Z').errors).toEqual([["INVALID_CASE: row 1, events: '  ' is not a pause reason such as waiting-on-customer (a non-empty text of at most 100 characters)", 'events']]);
    expect(read([{ type: 'assigned', at: '2026-10-05T10:00Z', team: 7 }]).errors).toEqual([['INVALID_CASE: row 1, events[0].team: 7 is not a team name such as L2 (a non-empty text of at most 100 characters)', 'events[0].team']]);
    expect(read('paused:@2026-10-05T10:00Z').errors[0]?.[0]).toContain('is not an event such as responded@2026-10-02T10:00:00Z, severity-changed:2@…, paused:waiting-on-customer@… or assigned:L2@…');
    expect(read('customer-message@2026-10-05T10:00Z;closed@2026-10-05T11:00Z;customer-message@2026-10-05T12:00Z').errors).toEqual([
      ["INVALID_CASE: row 1, events: 'customer-message' comes after the case was closed at events[1]; expected 'reopened' first", 'events'],
    ]);
  });
});
