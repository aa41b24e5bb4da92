import { describe, expect, it } from 'vitest';
import { auditPauses, type CaseEvent, type CaseInput, complianceReport, endPausesAtCustomerMessage, evaluateCase, soonestDue, type SupportPolicy, validateSupportPolicy } from '../../src/cases/index.js';
import { explainCase, formatExplanation } from '../../src/explain/index.js';
import { businessHours8to5, uniphoreSupport } from '../../src/presets/index.js';
import { mergeComplianceReports } from '../../src/records/index.js';
import { expectSlaError } from '../expect-sla-error.js';

const calendar = businessHours8to5('America/New_York');
const HOUR = 3_600_000;
const iso = (d: Date | null | undefined): string | null => (d == null ? null : d.toISOString());
// Mon 23 Nov 2026, New York (UTC-5).
const at = (day: number, hour: number, minute = 0): string => `2026-11-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00-05:00`;

/** Uniphore's policy with a business-hours reply target at Sev 3 (and `extra` on it). */
function withReply(extra: object = {}, responseExtra: object = {}): SupportPolicy {
  const level = uniphoreSupport.levels[3] as SupportPolicy['levels'][number];
  return { ...uniphoreSupport, levels: { ...uniphoreSupport.levels, 3: { ...level, response: { ...level.response, ...responseExtra }, reply: { after: 'PT8H', clock: 'business', ...extra } } } } as SupportPolicy;
}
const sev3 = (events: CaseEvent[]): CaseInput => ({ id: 'C-1', severity: 3, openedAt: at(23, 9), events });

describe('policy: pausedBy, warnAt and the reply target', () => {
  it('accepts pausedBy and warnAt on the response, resolution and reply targets', () => {
    expect(validateSupportPolicy(withReply({ pausedBy: ['waiting-on-customer', 'on-hold'], warnAt: [0.5, 1] }, { pausedBy: ['on-hold'] })).levels[3]?.reply).toEqual({
      after: 'PT8H',
      clock: 'business',
      pausedBy: ['waiting-on-customer', 'on-hold'],
      warnAt: [0.5, 1],
    });
  });

  it('refuses a bad pausedBy or warnAt, naming the field', () => {
    expectSlaError(() => validateSupportPolicy(withReply({ pausedBy: [] })), 'INVALID_POLICY', 'levels.3.reply.pausedBy', 'is not a non-empty list of pause reasons');
    expectSlaError(() => validateSupportPolicy(withReply({ pausedBy: 'on-hold' })), 'INVALID_POLICY', 'levels.3.reply.pausedBy');
    expectSlaError(() => validateSupportPolicy(withReply({ pausedBy: ['on-hold', ' '] })), 'INVALID_POLICY', 'levels.3.reply.pausedBy[1]', 'is not a non-empty text');
    expectSlaError(() => validateSupportPolicy(withReply({ pausedBy: ['on-hold', 'on-hold'] })), 'INVALID_POLICY', 'levels.3.reply.pausedBy[1]', 'appears twice');
    expectSlaError(() => validateSupportPolicy(withReply({ pausedBy: ['x'.repeat(101)] })), 'INVALID_POLICY', 'levels.3.reply.pausedBy[0]', 'is longer than 100 characters');
    expectSlaError(() => validateSupportPolicy(withReply({ warnAt: [0] })), 'INVALID_POLICY', 'levels.3.reply.warnAt[0]', 'is not a share above 0 and at most 1');
    expectSlaError(() => validateSupportPolicy(withReply({ warnAt: [1.5] })), 'INVALID_POLICY', 'levels.3.reply.warnAt[0]');
    expectSlaError(() => validateSupportPolicy(withReply({ warnAt: [0.5, 0.5] })), 'INVALID_POLICY', 'levels.3.reply.warnAt[1]', 'appears twice');
    expectSlaError(() => validateSupportPolicy(withReply({ warnAt: 0.5 })), 'INVALID_POLICY', 'levels.3.reply.warnAt', 'is not a list of shares');
  });

  it('takes pausedBy and warnAt only on the clocks a case runs (not on updates, escalation or autoClose)', () => {
    const level = uniphoreSupport.levels[3];
    expectSlaError(() => validateSupportPolicy({ ...uniphoreSupport, levels: { ...uniphoreSupport.levels, 3: { ...level, updates: { businessDays: 3, pausedBy: ['on-hold'] } } } }), 'INVALID_POLICY', 'levels.3.updates.pausedBy', 'is not a known key');
    expectSlaError(() => validateSupportPolicy({ ...uniphoreSupport, autoClose: { businessDays: 3, warnAt: [0.5] } }), 'INVALID_POLICY', 'autoClose.warnAt');
  });

  it('an eventOrder of the eight event types puts assigned and customer-message first', () => {
    const order = ['resumed', 'responded', 'severity-changed', 'updated', 'resolution-notice', 'reopened', 'closed', 'paused'] as const;
    const status = evaluateCase({ ...withReply(), eventOrder: order }, calendar, sev3([{ type: 'responded', at: at(23, 10) }, { type: 'customer-message', at: at(23, 10) }]), { now: at(23, 12) });
    // The message comes first: the response at the same minute answers it.
    expect(status.replies?.map((r) => [r.outcome, iso(r.repliedAt)])).toEqual([['met', '2026-11-23T15:00:00.000Z']]);
    expectSlaError(() => validateSupportPolicy({ ...uniphoreSupport, eventOrder: ['responded'] }), 'INVALID_POLICY', 'eventOrder', 'expected all eight event types');
  });
});

describe('case events: reasons, messages and assignments', () => {
  it('refuses a bad reason or team and a field an event does not take', () => {
    const run = (event: unknown) => () => evaluateCase(withReply(), calendar, sev3([event as CaseEvent]), { now: at(24, 9) });
    expectSlaError(run({ type: 'paused', at: at(23, 10), reason: '' }), 'INVALID_CASE', 'events[0].reason', 'is not a pause reason such as waiting-on-customer');
    expectSlaError(run({ type: 'paused', at: at(23, 10), reason: 3 }), 'INVALID_CASE', 'events[0].reason');
    expectSlaError(run({ type: 'assigned', at: at(23, 10), team: ' ' }), 'INVALID_CASE', 'events[0].team', 'is not a team name');
    expectSlaError(run({ type: 'responded', at: at(23, 10), reason: 'on-hold' }), 'INVALID_CASE', 'events[0].reason', 'is not a known key; expected type, at');
    expectSlaError(run({ type: 'resumed', at: at(23, 10), team: 'L2' }), 'INVALID_CASE', 'events[0].team', 'is not a known key');
  });

  it('a customer message after the case closed is refused, as any event but a reopening', () => {
    expectSlaError(
      () => evaluateCase(withReply(), calendar, sev3([{ type: 'closed', at: at(23, 10) }, { type: 'customer-message', at: at(23, 11) }]), { now: at(24, 9) }),
      'INVALID_CASE',
      'events[1]',
      'comes after the case was closed',
    );
  });

  it('a case without the new events is judged as before; statuses carry replies only under a policy with a reply target', () => {
    const input = sev3([{ type: 'responded', at: at(23, 10) }, { type: 'paused', at: at(23, 11) }, { type: 'resumed', at: at(23, 13) }]);
    const before = evaluateCase(uniphoreSupport, calendar, input, { now: at(25, 12) });
    expect(before.replies).toBeUndefined();
    const after = evaluateCase(withReply(), calendar, input, { now: at(25, 12) });
    expect(after.replies).toEqual([]);
    expect({ ...after, replies: undefined }).toEqual({ ...before, replies: undefined });
    expect(complianceReport(uniphoreSupport, calendar, [input], { now: at(25, 12) }).replies).toBeUndefined();
  });
});

describe('pause reasons', () => {
  const events: CaseEvent[] = [
    { type: 'paused', at: at(23, 10), reason: 'on-hold' },
    { type: 'resumed', at: at(23, 12) },
  ];

  it('a pause whose reason the target lists stops it; one it does not list leaves it running', () => {
    const listed = evaluateCase(withReply({}, { pausedBy: ['on-hold'] }), calendar, sev3(events), { now: at(23, 13) });
    const other = evaluateCase(withReply({}, { pausedBy: ['waiting-on-customer'] }), calendar, sev3(events), { now: at(23, 13) });
    expect(listed.response.dueAt.getTime() - other.response.dueAt.getTime()).toBe(2 * HOUR);
    expect([listed.response.elapsed, other.response.elapsed]).toEqual([2 * HOUR, 4 * HOUR]);
    // The resolution target lists no reason: every pause stops it.
    expect(listed.resolution?.dueAt).toEqual(other.resolution?.dueAt);
  });

  it('a pause standing at now is paused for a target that lists its reason only', () => {
    const open: CaseEvent[] = [{ type: 'paused', at: at(23, 10), reason: 'on-hold' }];
    expect(evaluateCase(withReply({}, { pausedBy: ['on-hold'] }), calendar, sev3(open), { now: at(23, 13) }).response.paused).toBe(true);
    expect(evaluateCase(withReply({}, { pausedBy: ['waiting-on-customer'] }), calendar, sev3(open), { now: at(23, 13) }).response.paused).toBe(false);
  });

  it('the explanation of a due time names each honoured pause and its reason', () => {
    const policy = withReply({}, { pausedBy: ['on-hold'] });
    const e = explainCase(policy, calendar, sev3([...events, { type: 'paused', at: at(23, 14) }, { type: 'resumed', at: at(23, 15) }]), { now: at(23, 16) });
    expect(e.response.pauses.map((p) => [p.start, p.reason])).toEqual([
      ['2026-11-23T10:00:00.000-05:00', 'on-hold'],
      ['2026-11-23T14:00:00.000-05:00', undefined],
    ]);
    expect(formatExplanation(e.response)).toContain('Paused Mon 23 Nov 2026 10:00 – Mon 23 Nov 2026 12:00 (on-hold): 2 business hours not counted');
  });
});

describe('reply clocks', () => {
  it('a customer message starts a reply clock unless one runs; the next responded stops it', () => {
    const status = evaluateCase(
      withReply(),
      calendar,
      sev3([
        { type: 'responded', at: at(23, 9, 30) },
        { type: 'customer-message', at: at(23, 10) },
        { type: 'customer-message', at: at(23, 11) }, // a clock runs: starts none
        { type: 'updated', at: at(23, 12) }, // an update is not a reply
        { type: 'responded', at: at(24, 9) },
        { type: 'customer-message', at: at(24, 10) },
      ]),
      { now: at(25, 12) },
    );
    expect(status.replies?.map((r) => [iso(r.messageAt), iso(r.repliedAt), iso(r.dueAt), r.outcome])).toEqual([
      ['2026-11-23T15:00:00.000Z', '2026-11-24T14:00:00.000Z', '2026-11-24T14:00:00.000Z', 'met'], // 7 + 1 business hours: Tue 09:00
      ['2026-11-24T15:00:00.000Z', null, '2026-11-25T14:00:00.000Z', 'breached'],
    ]);
  });

  it('a reply clock is paused by the pauses its target lists, cancelled by a closing before it is due, and pending until then', () => {
    const policy = withReply({ pausedBy: ['waiting-on-customer'] });
    const paused = evaluateCase(
      policy,
      calendar,
      sev3([
        { type: 'customer-message', at: at(23, 10) },
        { type: 'paused', at: at(23, 11), reason: 'waiting-on-customer' },
        { type: 'resumed', at: at(23, 14) },
        { type: 'paused', at: at(23, 15), reason: 'on-hold' },
      ]),
      { now: at(23, 16) },
    );
    expect(paused.replies?.map((r) => [iso(r.dueAt), r.outcome, r.elapsed, r.paused])).toEqual([['2026-11-24T17:00:00.000Z', 'pending', 3 * HOUR, false]]);
    const closed = evaluateCase(policy, calendar, sev3([{ type: 'customer-message', at: at(23, 10) }, { type: 'closed', at: at(23, 11) }]), { now: at(30, 12) });
    expect(closed.replies?.map((r) => r.outcome)).toEqual(['cancelled']);
    const late = evaluateCase(policy, calendar, sev3([{ type: 'customer-message', at: at(23, 10) }, { type: 'closed', at: at(25, 11) }]), { now: at(30, 12) });
    expect(late.replies?.map((r) => r.outcome)).toEqual(['breached']);
  });

  it('a reply clock is judged at the level in force when it stops', () => {
    const input: CaseInput = { severity: 2, openedAt: at(23, 9), events: [{ type: 'customer-message', at: at(23, 10) }, { type: 'severity-changed', at: at(23, 11), severity: 3 }] };
    expect(evaluateCase(withReply(), calendar, input, { now: at(23, 12) }).replies?.map((r) => [r.severity, iso(r.dueAt)])).toEqual([[3, '2026-11-24T14:00:00.000Z']]);
  });

  it('a message at a level without a reply target starts no clock', () => {
    const status = evaluateCase(withReply(), calendar, { severity: 2, openedAt: at(23, 9), events: [{ type: 'customer-message', at: at(23, 10) }] }, { now: at(23, 12) });
    expect(status.replies).toEqual([]);
  });

  it('complianceReport counts replies per level; reports with replies merge, and not with reports without', () => {
    const policy = withReply();
    const now = at(25, 12);
    const a = complianceReport(policy, calendar, [sev3([{ type: 'customer-message', at: at(23, 10) }, { type: 'responded', at: at(23, 11) }])], { now, groupBy: 'severity' });
    const b = complianceReport(policy, calendar, [sev3([{ type: 'customer-message', at: at(23, 10) }])], { now, groupBy: 'severity' });
    expect(a.replies?.bySeverity[3]).toMatchObject({ total: 1, met: 1, breached: 0, pending: 0, rate: 1 });
    const both = mergeComplianceReports(a, b);
    expect(both.replies).toMatchObject({ total: 2, met: 1, breached: 1, rate: 0.5 });
    expect(both.groups?.['3']?.replies).toMatchObject({ total: 2, met: 1, breached: 1 });
    const plain = complianceReport(uniphoreSupport, calendar, [], { now, groupBy: 'severity' });
    expectSlaError(() => mergeComplianceReports(a, plain), 'INVALID_ARGUMENT', 'b.replies', 'is given for one report only');
  });

  it('explainCase explains each reply due time', () => {
    const e = explainCase(withReply(), calendar, sev3([{ type: 'customer-message', at: at(23, 10) }]), { now: at(23, 12) });
    expect(e.replies?.map((r) => [r.label, r.due, r.targetMinutes])).toEqual([['reply', '2026-11-24T09:00:00.000-05:00', 480]]);
    expect(formatExplanation(e)).toContain('Reply due Tue 24 Nov 2026 09:00 (America/New_York): 8 business hours = 7 + 1 business hours from Mon 23 Nov 2026 10:00');
  });
});

describe('warningAt', () => {
  it('gives the instant each share of the target is used, pauses left out', () => {
    const status = evaluateCase(withReply({ warnAt: [0.5, 0.75, 1] }), calendar, sev3([{ type: 'customer-message', at: at(23, 10) }, { type: 'paused', at: at(23, 11) }, { type: 'resumed', at: at(23, 12) }]), { now: at(23, 13) });
    expect(status.replies?.[0]?.warningAt?.map((w) => [w.share, iso(w.at)])).toEqual([
      [0.5, '2026-11-23T20:00:00.000Z'], // 4 business hours: 10–11, 12–15
      [0.75, '2026-11-23T22:00:00.000Z'],
      [1, '2026-11-24T15:00:00.000Z'], // Tue 10:00: the hour paused pushes it back
    ]);
    expect(status.response.warningAt).toBeUndefined();
  });
});

describe('soonestDue', () => {
  it('is the pending clock that runs and is due first: response, resolution or a reply; a paused or settled clock is left out', () => {
    const policy = withReply({ pausedBy: ['waiting-on-customer'] });
    const replyFirst = evaluateCase(policy, calendar, sev3([{ type: 'responded', at: at(23, 9, 30) }, { type: 'customer-message', at: at(23, 10) }]), { now: at(23, 11) });
    expect(soonestDue(replyFirst)).toEqual({ clock: 'reply', dueAt: new Date('2026-11-24T14:00:00.000Z'), reply: 0 });
    const waiting = evaluateCase(policy, calendar, sev3([{ type: 'responded', at: at(23, 9, 30) }, { type: 'customer-message', at: at(23, 10) }, { type: 'paused', at: at(23, 10, 30), reason: 'waiting-on-customer' }]), { now: at(23, 11) });
    // The reply clock is paused; the resolution clock too (every pause stops it): nothing can breach.
    expect(soonestDue(waiting)).toBeNull();
    const open = evaluateCase(uniphoreSupport, calendar, { severity: 3, openedAt: at(23, 9) }, { now: at(23, 11) });
    expect(soonestDue(open)).toEqual({ clock: 'response', dueAt: open.response.dueAt });
    const late = evaluateCase(uniphoreSupport, calendar, { severity: 1, openedAt: at(23, 9) }, { now: at(23, 11) });
    expect(soonestDue(late)).toBeNull(); // breached already: not a clock about to breach
  });

  it('reads a status that crossed JSON, and refuses what is not a status, naming the field', () => {
    const open = evaluateCase(uniphoreSupport, calendar, { severity: 3, openedAt: at(23, 9) }, { now: at(23, 11) });
    expect(soonestDue(JSON.parse(JSON.stringify(open)) as typeof open)).toEqual({ clock: 'response', dueAt: open.response.dueAt });
    expectSlaError(() => soonestDue(null as never), 'INVALID_ARGUMENT', 'status');
    expectSlaError(() => soonestDue({ ...open, response: undefined } as never), 'INVALID_ARGUMENT', 'status.response');
    expectSlaError(() => soonestDue({ ...open, response: { ...open.response, outcome: 'late' } } as never), 'INVALID_ARGUMENT', 'status.response.outcome');
    expectSlaError(() => soonestDue({ ...open, response: { ...open.response, paused: 'no' } } as never), 'INVALID_ARGUMENT', 'status.response.paused');
    expectSlaError(() => soonestDue({ ...open, response: { ...open.response, dueAt: 'soon' } } as never), 'INVALID_DATE', 'status.response.dueAt');
    expectSlaError(() => soonestDue({ ...open, replies: {} } as never), 'INVALID_ARGUMENT', 'status.replies');
  });
});

describe('reopen cycles', () => {
  // Uniphore Sev 3 has no resolution target: give it 9 business hours.
  const cyclePolicy = (reopen?: 'new-cycle' | 'continue'): SupportPolicy => {
    const level = uniphoreSupport.levels[3] as SupportPolicy['levels'][number];
    return { ...uniphoreSupport, ...(reopen === undefined ? {} : { reopen }), levels: { ...uniphoreSupport.levels, 3: { ...level, resolution: { after: 'PT9H', clock: 'business' } } } };
  };
  const events: CaseEvent[] = [
    { type: 'resolution-notice', at: at(23, 15) }, // 6 h: met
    { type: 'reopened', at: at(24, 9) },
    { type: 'resolution-notice', at: at(25, 12) }, // 8 + 4 = 12 h from the reopening: breached
  ];

  it("under 'new-cycle' each reopening starts a cycle with its own due time and outcome; resolution is the last", () => {
    const status = evaluateCase(cyclePolicy('new-cycle'), calendar, sev3(events), { now: at(26, 12) });
    expect(status.resolution?.cycles?.map((c) => [iso(c.startedAt), iso(c.dueAt), iso(c.metAt), c.outcome, c.elapsed / HOUR])).toEqual([
      ['2026-11-23T14:00:00.000Z', '2026-11-24T14:00:00.000Z', '2026-11-23T20:00:00.000Z', 'met', 6], // 8 + 1 business hours: Tue 09:00
      ['2026-11-24T14:00:00.000Z', '2026-11-25T14:00:00.000Z', '2026-11-25T17:00:00.000Z', 'breached', 12],
    ]);
    expect([status.resolution?.outcome, iso(status.resolution?.dueAt)]).toEqual(['breached', '2026-11-25T14:00:00.000Z']);
  });

  it("under 'continue' (the default) the clock runs on: one outcome, no cycles", () => {
    const status = evaluateCase(cyclePolicy(), calendar, sev3(events), { now: at(26, 12) });
    expect([status.resolution?.cycles, status.resolution?.elapsed, status.resolution?.outcome]).toEqual([undefined, 18 * HOUR, 'breached']);
    expect(evaluateCase(cyclePolicy('continue'), calendar, sev3(events), { now: at(26, 12) })).toEqual(status);
  });

  it('compliance counts cycles under new-cycle (the evidence is the last cycle) and cases under continue', () => {
    const now = at(26, 12);
    const cycles = complianceReport(cyclePolicy('new-cycle'), calendar, [sev3(events)], { now, outcomes: 'breached' });
    expect(cycles.resolution).toMatchObject({ total: 2, met: 1, breached: 1 });
    expect(cycles.outcomes?.[0]?.resolution).toMatchObject({ outcome: 'breached', overrunBusiness: 3 * HOUR });
    expect(complianceReport(cyclePolicy('continue'), calendar, [sev3(events)], { now }).resolution).toMatchObject({ total: 1, breached: 1 });
  });

  it('refuses a reopen rule it does not know', () => {
    expectSlaError(() => validateSupportPolicy({ ...uniphoreSupport, reopen: 'restart' as 'continue' }), 'INVALID_POLICY', 'reopen', "is not 'new-cycle' or 'continue'");
  });
});

describe('reopen cycles: the explanation', () => {
  it("explainCase explains the last cycle's resolution due time, as evaluateCase gives it", () => {
    const level = uniphoreSupport.levels[3] as SupportPolicy['levels'][number];
    const policy: SupportPolicy = { ...uniphoreSupport, reopen: 'new-cycle', levels: { ...uniphoreSupport.levels, 3: { ...level, resolution: { after: 'PT9H', clock: 'business' } } } };
    const input = sev3([{ type: 'resolution-notice', at: at(23, 15) }, { type: 'reopened', at: at(24, 9) }]);
    const e = explainCase(policy, calendar, input, { now: at(24, 10) });
    expect(e.resolution?.due).toBe('2026-11-25T09:00:00.000-05:00');
    expect(new Date(e.resolution?.due as string)).toEqual(evaluateCase(policy, calendar, input, { now: at(24, 10) }).resolution?.dueAt);
  });
});

describe('time per team', () => {
  const events: CaseEvent[] = [
    { type: 'assigned', at: at(23, 9), team: 'L1' },
    { type: 'assigned', at: at(23, 11), team: 'L2' },
    { type: 'paused', at: at(23, 12), reason: 'waiting-on-customer' },
    { type: 'resumed', at: at(23, 13) },
    { type: 'responded', at: at(23, 15) },
  ];

  it("byTeam gives each clock's time while each team held the case, pauses left out", () => {
    const status = evaluateCase(withReply(), calendar, sev3(events), { now: at(23, 16) });
    expect(status.response.byTeam).toEqual({ L1: 2 * HOUR, L2: 3 * HOUR });
    expect(status.response.elapsed).toBe(5 * HOUR);
    const unassigned = evaluateCase(withReply(), calendar, sev3(events.slice(1)), { now: at(23, 16) });
    expect(unassigned.response.byTeam).toEqual({ '': 2 * HOUR, L2: 3 * HOUR });
    expect(evaluateCase(withReply(), calendar, sev3(events.slice(2)), { now: at(23, 16) }).response.byTeam).toBeUndefined();
  });

  it("a team named '__proto__' is an ordinary key", () => {
    const status = evaluateCase(withReply(), calendar, sev3([{ type: 'assigned', at: at(23, 10), team: '__proto__' }]), { now: at(23, 12) });
    expect(Object.keys(status.response.byTeam ?? {})).toEqual(['', '__proto__']);
    expect(Object.getPrototypeOf(status.response.byTeam)).toBe(Object.prototype);
  });

  it("complianceReport groups by the team holding the case at now ('' when none)", () => {
    const report = complianceReport(withReply(), calendar, [sev3(events), sev3(events.slice(0, 1)), sev3([])], { now: at(23, 16), groupBy: 'team' });
    expect(Object.entries(report.groups ?? {}).map(([team, g]) => [team, g.total])).toEqual([['L2', 1], ['L1', 1], ['', 1]]);
    expectSlaError(() => complianceReport(uniphoreSupport, calendar, [], { now: 0, groupBy: 'teams' as 'team' }), 'INVALID_ARGUMENT', 'options.groupBy');
  });
});

describe('pause audit', () => {
  const events: CaseEvent[] = [
    { type: 'paused', at: at(23, 10), reason: 'waiting-on-customer' },
    { type: 'customer-message', at: at(23, 11) },
    { type: 'customer-message', at: at(23, 12) },
    { type: 'resumed', at: at(23, 14) },
    { type: 'paused', at: at(23, 15) }, // no reason: not audited
    { type: 'customer-message', at: at(23, 15, 30) },
    { type: 'resumed', at: at(23, 16) },
    { type: 'paused', at: at(24, 9), reason: 'on-hold' }, // another reason: not audited
    { type: 'customer-message', at: at(24, 10) },
    { type: 'resumed', at: at(24, 11) },
    { type: 'customer-message', at: at(24, 12) }, // at the very start of the pause: before it
    { type: 'paused', at: at(24, 12), reason: 'waiting-on-customer' },
    { type: 'customer-message', at: at(24, 13) }, // at the very end: not inside
    { type: 'resumed', at: at(24, 13) },
  ];

  it('flags a waiting-on-customer pause during which the customer wrote, from the first message inside it', () => {
    expect(auditPauses(uniphoreSupport, sev3(events), { now: at(25, 9) })).toEqual([
      { pausedAt: new Date(at(23, 10)), messageAt: new Date(at(23, 11)), resumedAt: new Date(at(23, 14)), heldMs: 3 * HOUR, event: 0 },
    ]);
    // A pause standing at now is held up to now; a message after now is not yet known.
    const open = sev3([{ type: 'paused', at: at(23, 10), reason: 'waiting-on-customer' }, { type: 'customer-message', at: at(23, 11) }]);
    expect(auditPauses(uniphoreSupport, open, { now: at(23, 12) }).map((a) => [a.resumedAt, a.heldMs])).toEqual([[null, HOUR]]);
    expect(auditPauses(uniphoreSupport, open, { now: at(23, 10, 30) })).toEqual([]);
    expectSlaError(() => auditPauses(uniphoreSupport, open, { now: at(22, 10) }), 'INVALID_ARGUMENT', 'options.now', "is before the case's openedAt");
  });

  it('endPausesAtCustomerMessage moves the resumption to the message (or adds one), without touching the input', () => {
    const input = sev3(events);
    const copy = JSON.parse(JSON.stringify(input)) as CaseInput;
    const fixed = endPausesAtCustomerMessage(uniphoreSupport, input);
    expect(input).toEqual(copy);
    expect(fixed.events?.[3]).toEqual({ type: 'resumed', at: at(23, 11) });
    expect(fixed.events?.filter((e, i) => e !== input.events?.[i])).toHaveLength(1);
    const open = sev3([{ type: 'paused', at: at(23, 10), reason: 'waiting-on-customer' }, { type: 'customer-message', at: at(23, 11) }]);
    expect(endPausesAtCustomerMessage(uniphoreSupport, open).events?.at(-1)).toEqual({ type: 'resumed', at: at(23, 11) });
    const clean = sev3([{ type: 'responded', at: at(23, 10) }]);
    expect(endPausesAtCustomerMessage(uniphoreSupport, clean)).toBe(clean);
    // Judged with the pause ended at the message, the response clock runs from 11:00.
    expect(evaluateCase(uniphoreSupport, calendar, endPausesAtCustomerMessage(uniphoreSupport, open), { now: at(23, 12) }).response.elapsed).toBe(2 * HOUR);
  });
});

describe('reply clocks follow "within N business hours": met while no open time has passed beyond the target', () => {
  // A message Tue 09:00 under an 8-business-hour reply target on 08:00–17:00: due Tue 17:00.
  const replyAt = (reply: string): CaseInput => sev3([
    { type: 'responded', at: at(23, 10) },
    { type: 'customer-message', at: at(24, 9) },
    { type: 'responded', at: reply },
  ]);
  const outcomeOf = (reply: string) => evaluateCase(withReply(), calendar, replyAt(reply), { now: at(26, 12) }).replies?.[0];

  it('a reply in the closed time after the due time, before business time resumes, is met', () => {
    expect(outcomeOf(at(24, 18, 30))).toMatchObject({ outcome: 'met', dueAt: new Date(at(24, 17)), breachedAfter: new Date(at(25, 8)) });
    expect(outcomeOf(at(25, 8))?.outcome).toBe('met');
    expect(outcomeOf('2026-11-25T08:00:00.001-05:00')?.outcome).toBe('breached');
  });

  it('complianceReport counts the reply the same way', () => {
    const report = complianceReport(withReply(), calendar, [replyAt(at(24, 18, 30)), replyAt('2026-11-25T08:00:00.001-05:00')], { now: at(26, 12) });
    expect(report.replies).toMatchObject({ met: 1, breached: 1 });
  });
});
