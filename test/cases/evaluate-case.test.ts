import { describe, expect, it } from 'vitest';
import { businessTimeBetween, withTimeZone } from '../../src/calendar/index.js';
import { type CaseEvent, type CaseInput, complianceReport, evaluateCase, type SupportPolicy } from '../../src/cases/index.js';
import { businessHours8to5, niceOnPremiseSupport, uniphoreSupport } from '../../src/presets/index.js';
import { expectSlaError } from '../expect-sla-error.js';

const HOUR = 3_600_000;
// New York, Mon–Fri 08:00–17:00, with New Year, Thanksgiving and Christmas.
const newYork = businessHours8to5('America/New_York', [
  { month: 1, day: 1, observed: 'nearest-weekday' },
  { month: 11, weekday: 'thu', nth: 4 },
  { month: 12, day: 25, observed: 'nearest-weekday' },
]);
const iso = (d: Date | null | undefined): string | null => (d == null ? null : d.toISOString());

function evaluate(input: CaseInput, now: string, policy: SupportPolicy = uniphoreSupport) {
  return evaluateCase(policy, newYork, input, { now });
}


describe('Uniphore levels on a New York 08:00–17:00 calendar', () => {
  it('Sev 3 opened Friday 16:30: 0.5 + 9 + 9 + 5.5 business hours, due the following Wednesday 13:30', () => {
    const status = evaluate({ severity: 3, openedAt: '2026-11-20T16:30:00-05:00' }, '2026-11-23T12:00:00-05:00');
    expect(iso(status.response.dueAt)).toBe('2026-11-25T18:30:00.000Z');
    expect(status.response.clock).toBe('business');
    expect(status.response.targetMs).toBe(24 * HOUR);
    expect(status.response.elapsed).toBe(4.5 * HOUR); // Fri 16:30–17:00 and Mon 08:00–12:00
    expect(status.response.remaining).toBe(19.5 * HOUR);
    expect(status.response.percentUsed).toBe(18.75);
    expect(status.response.met).toBeNull();
    expect(status.response.outcome).toBe('pending');
    expect(status.state).toBe('awaiting-response');
  });

  it('Sev 3 across Thanksgiving: opened Tuesday 16:30, due Monday 13:30 (Thursday is closed)', () => {
    const status = evaluate({ severity: 3, openedAt: '2026-11-24T16:30:00-05:00' }, '2026-11-24T17:00:00-05:00');
    expect(iso(status.response.dueAt)).toBe('2026-11-30T18:30:00.000Z');
  });

  it('Sev 3 across the end of DST: opened Friday 16:30 EDT, due Wednesday 13:30 EST, 24 business hours', () => {
    const status = evaluate({ severity: 3, openedAt: '2026-10-30T16:30:00-04:00' }, '2026-11-04T13:30:00-05:00');
    expect(iso(status.response.dueAt)).toBe('2026-11-04T18:30:00.000Z');
    expect(status.response.percentUsed).toBe(100);
    expect(status.response.outcome).toBe('pending');
  });

  it('Sev 3 across the start of DST: opened Friday 16:30 EST, due Wednesday 13:30 EDT', () => {
    const status = evaluate({ severity: 3, openedAt: '2026-03-06T16:30:00-05:00' }, '2026-03-06T17:00:00-05:00');
    expect(iso(status.response.dueAt)).toBe('2026-03-11T17:30:00.000Z');
  });

  it('Sev 1 runs 24x7: opened on a Saturday at 10:00, due at 11:00 the same Saturday', () => {
    const status = evaluate({ severity: 1, openedAt: '2026-11-21T10:00:00-05:00' }, '2026-11-21T10:30:00-05:00');
    expect(iso(status.response.dueAt)).toBe('2026-11-21T16:00:00.000Z');
    expect(status.response.clock).toBe('24x7');
    expect(status.response.percentUsed).toBe(50);
    expect(iso(status.escalationDueAt)).toBe('2026-11-21T16:00:00.000Z');
    expect(status.escalationBy).toBe('vendor');
  });

  it('Sev 1 across the repeated hour: opened at the first 01:30 of 2026-11-01, due at the second 01:30 (EST)', () => {
    const status = evaluate({ severity: 1, openedAt: '2026-11-01T01:30:00-04:00' }, '2026-11-01T01:40:00-04:00');
    expect(iso(status.response.dueAt)).toBe('2026-11-01T06:30:00.000Z'); // 01:30-05:00
  });

  it('Sev 1: a response within the hour is met; updates every 2 business hours; missed updates counted', () => {
    const status = evaluate(
      { severity: 1, openedAt: '2026-11-23T09:00:00-05:00', events: [{ type: 'responded', at: '2026-11-23T09:45:00-05:00' }] },
      '2026-11-23T14:00:00-05:00',
    );
    expect(status.response.met).toBe(true);
    expect(iso(status.response.metAt)).toBe('2026-11-23T14:45:00.000Z');
    expect(status.response.elapsed).toBe(0.75 * HOUR);
    expect(status.missedUpdates).toBe(2); // 11:45 and 13:45
    expect(iso(status.nextUpdateDueAt)).toBe('2026-11-23T20:45:00.000Z'); // 15:45
    expect(status.state).toBe('in-progress');
  });

  it('Sev 1: an update resets the cadence, and the cadence crosses the night on business hours', () => {
    const status = evaluate(
      {
        severity: 1,
        openedAt: '2026-11-23T15:00:00-05:00',
        events: [
          { type: 'responded', at: '2026-11-23T15:10:00-05:00' },
          { type: 'updated', at: '2026-11-23T16:30:00-05:00' },
        ],
      },
      '2026-11-24T08:00:00-05:00',
    );
    expect(status.missedUpdates).toBe(0);
    expect(iso(status.nextUpdateDueAt)).toBe('2026-11-24T14:30:00.000Z'); // 0.5 h Monday + 1.5 h Tuesday: 09:30
  });

  it('Sev 2: 2 hours on the 24x7 clock; a late response is breached; the customer may escalate after 4 hours', () => {
    const status = evaluate(
      { severity: 2, openedAt: '2026-11-20T16:00:00-05:00', events: [{ type: 'responded', at: '2026-11-20T19:00:00-05:00' }] },
      '2026-11-23T09:00:00-05:00',
    );
    expect(iso(status.response.dueAt)).toBe('2026-11-20T23:00:00.000Z');
    expect(status.response.met).toBe(false);
    expect(status.response.breached).toBe(true);
    expect(status.response.percentUsed).toBe(150);
    expect(status.response.remaining).toBe(-HOUR);
    expect(iso(status.escalationDueAt)).toBe('2026-11-21T01:00:00.000Z'); // 20:00
    expect(status.escalationBy).toBe('customer');
    // "daily": one business day after the 19:00 Friday response is Monday 19:00, moved to Tuesday 08:00.
    expect(iso(status.nextUpdateDueAt)).toBe('2026-11-24T13:00:00.000Z');
  });

  it('Sev 2: daily updates step from one due time to the next, each pushed back by its pauses', () => {
    const status = evaluate(
      {
        severity: 2,
        openedAt: '2026-11-16T09:00:00-05:00',
        events: [
          { type: 'responded', at: '2026-11-16T10:00:00-05:00' },
          { type: 'paused', at: '2026-11-16T12:00:00-05:00' },
          { type: 'resumed', at: '2026-11-16T14:00:00-05:00' },
          { type: 'paused', at: '2026-11-17T13:00:00-05:00' },
          { type: 'resumed', at: '2026-11-17T16:00:00-05:00' },
        ],
      },
      '2026-11-19T09:00:00-05:00',
    );
    // 1st: Tue 10:00 + the 2 h paused on Monday = Tue 12:00 (missed). 2nd, from Tue 12:00: Wed 12:00 + the
    // 3 h paused on Tuesday = Wed 15:00 (missed). 3rd, from Wed 15:00: Thu 15:00.
    expect(status.missedUpdates).toBe(2);
    expect(iso(status.nextUpdateDueAt)).toBe('2026-11-19T20:00:00.000Z');
  });

  it('Sev 3: updates every 3 business days, skipping Thanksgiving', () => {
    const status = evaluate(
      { severity: 3, openedAt: '2026-11-23T09:00:00-05:00', events: [{ type: 'responded', at: '2026-11-23T11:00:00-05:00' }] },
      '2026-11-23T12:00:00-05:00',
    );
    expect(iso(status.nextUpdateDueAt)).toBe('2026-11-27T16:00:00.000Z'); // Tue, Wed, (Thanksgiving), Fri 11:00
    expect(status.escalationDueAt).toBeNull();
    expect(status.escalationBy).toBeNull();
  });

  it('Sev 4: 3 business days (same wall time on the third following business day)', () => {
    expect(iso(evaluate({ severity: 4, openedAt: '2026-11-20T16:30:00-05:00' }, '2026-11-20T17:00:00-05:00').response.dueAt)).toBe('2026-11-25T21:30:00.000Z');
    // Across Thanksgiving: Wed, Fri, Mon.
    expect(iso(evaluate({ severity: 4, openedAt: '2026-11-24T10:00:00-05:00' }, '2026-11-24T11:00:00-05:00').response.dueAt)).toBe('2026-11-30T15:00:00.000Z');
    // Opened on a Saturday: counted from Monday 08:00, so Mon, Tue, Wed; Thursday is Thanksgiving: Friday 08:00.
    expect(iso(evaluate({ severity: 4, openedAt: '2026-11-21T10:00:00-05:00' }, '2026-11-21T11:00:00-05:00').response.dueAt)).toBe('2026-11-27T13:00:00.000Z');
    // After hours: Wednesday 18:00 is closed, Thursday is Thanksgiving, so Friday 08:00.
    const late = evaluate({ severity: 4, openedAt: '2026-11-20T18:00:00-05:00' }, '2026-11-20T18:00:00-05:00');
    expect(iso(late.response.dueAt)).toBe('2026-11-27T13:00:00.000Z');
    expect(late.response.targetMs).toBe(27 * HOUR);
    expect(late.nextUpdateDueAt).toBeNull(); // Sev 4 has no update cadence
  });

  it('Uniphore Support SLAs, "Service Levels", Sev 4 "3 Business Days": opened Sunday 03:00 or Saturday 20:00, the case gets what one opened at Monday 08:00 gets', () => {
    // The weekend of 2026-11-28/29 before an ordinary week: 3 × 9 business hours, due Thursday 08:00.
    const opening = evaluate({ severity: 4, openedAt: '2026-11-30T08:00:00-05:00' }, '2026-11-30T09:00:00-05:00').response;
    expect(iso(opening.dueAt)).toBe('2026-12-03T13:00:00.000Z');
    expect(opening.targetMs).toBe(27 * HOUR);
    for (const openedAt of ['2026-11-29T03:00:00-05:00', '2026-11-28T20:00:00-05:00']) {
      const response = evaluate({ severity: 4, openedAt }, '2026-11-30T09:00:00-05:00').response;
      expect(response.targetMs).toBe(27 * HOUR); // Sunday 03:00 used to get 18
      expect(iso(response.dueAt)).toBe(iso(opening.dueAt));
      expect(response.elapsed).toBe(opening.elapsed);
    }
  });

  it("the customer's local time: the same case for a customer in London", () => {
    const london = withTimeZone(newYork, 'Europe/London');
    const status = evaluateCase(uniphoreSupport, london, { severity: 3, openedAt: '2026-11-20T16:30:00Z' }, { now: '2026-11-20T17:00:00Z' });
    expect(iso(status.response.dueAt)).toBe('2026-11-25T13:30:00.000Z');
  });
});

describe('pauses stop the clock', () => {
  const input: CaseInput = {
    severity: 3,
    openedAt: '2026-11-23T09:00:00-05:00',
    events: [
      { type: 'paused', at: '2026-11-23T10:00:00-05:00' },
      { type: 'resumed', at: '2026-11-24T10:00:00-05:00' },
    ],
  };

  it('a pause pushes the due time back by the business time it covers', () => {
    const status = evaluate(input, '2026-11-24T12:00:00-05:00');
    // Without the pause: Wednesday 15:00. The pause covers 7 + 2 business hours; Thursday is closed.
    expect(iso(status.response.dueAt)).toBe('2026-11-27T20:00:00.000Z');
    expect(status.response.elapsed).toBe(3 * HOUR);
    expect(status.response.paused).toBe(false);
  });

  it('while paused at now, dueAt is the due time if the clock ran again from now, and state is paused', () => {
    const paused = evaluate({ ...input, events: (input.events as CaseEvent[]).slice(0, 1) }, '2026-11-23T16:00:00-05:00');
    expect(paused.state).toBe('paused');
    expect(paused.response.paused).toBe(true);
    expect(paused.response.elapsed).toBe(HOUR);
    // 23 business hours left from 16:00 Monday: 1 + 9 + 9 + (Thu closed) + 4 → Friday 12:00.
    expect(iso(paused.response.dueAt)).toBe('2026-11-27T17:00:00.000Z');
  });

  it('a pause does not stop a 24x7 clock from counting hours outside business hours', () => {
    const status = evaluate(
      {
        severity: 1,
        openedAt: '2026-11-21T10:00:00-05:00',
        events: [
          { type: 'paused', at: '2026-11-21T10:20:00-05:00' },
          { type: 'resumed', at: '2026-11-21T12:20:00-05:00' },
        ],
      },
      '2026-11-21T12:30:00-05:00',
    );
    expect(iso(status.response.dueAt)).toBe('2026-11-21T18:00:00.000Z'); // 13:00
    expect(status.response.elapsed).toBe(30 * 60_000);
  });
});

describe('severity changes', () => {
  const upgrade = (at: string): CaseInput => ({
    severity: 3,
    openedAt: '2026-11-23T09:00:00-05:00',
    events: [{ type: 'severity-changed', at, severity: 1 }],
  });
  const restart: SupportPolicy = { ...uniphoreSupport, severityChange: 'restart' };

  it("'retroactive' (default): the clock keeps its start and takes the new target", () => {
    const status = evaluate(upgrade('2026-11-23T09:30:00-05:00'), '2026-11-23T09:40:00-05:00');
    expect(status.severity).toBe(1);
    expect(status.response.severity).toBe(1);
    expect(iso(status.response.startedAt)).toBe('2026-11-23T14:00:00.000Z');
    expect(iso(status.response.dueAt)).toBe('2026-11-23T15:00:00.000Z'); // 10:00
  });

  it("'retroactive': an upgrade after the new target's due time is breached at once", () => {
    const status = evaluate(upgrade('2026-11-23T11:00:00-05:00'), '2026-11-23T11:00:00-05:00');
    expect(status.response.breached).toBe(true);
  });

  it("'restart': a new clock starts at the change", () => {
    const status = evaluate(upgrade('2026-11-23T11:00:00-05:00'), '2026-11-23T11:00:00-05:00', restart);
    expect(iso(status.response.startedAt)).toBe('2026-11-23T16:00:00.000Z');
    expect(iso(status.response.dueAt)).toBe('2026-11-23T17:00:00.000Z'); // 12:00
    expect(status.response.outcome).toBe('pending');
  });

  it("'restart': a change to the same level is not a change", () => {
    const same: CaseInput = { severity: 3, openedAt: '2026-11-23T09:00:00-05:00', events: [{ type: 'severity-changed', at: '2026-11-23T11:00:00-05:00', severity: 3 }] };
    expect(iso(evaluate(same, '2026-11-23T12:00:00-05:00', restart).response.startedAt)).toBe('2026-11-23T14:00:00.000Z');
  });

  it('a change after the response does not re-judge the response', () => {
    const status = evaluate(
      {
        severity: 3,
        openedAt: '2026-11-23T09:00:00-05:00',
        events: [
          { type: 'responded', at: '2026-11-23T12:00:00-05:00' },
          { type: 'severity-changed', at: '2026-11-23T13:00:00-05:00', severity: 1 },
        ],
      },
      '2026-11-23T14:00:00-05:00',
    );
    expect(status.severity).toBe(1);
    expect(status.response.severity).toBe(3);
    expect(status.response.met).toBe(true);
  });

  it('a change at the same instant as the response counts (severity-changed sorts before responded)', () => {
    const input: CaseInput = {
      severity: 3,
      openedAt: '2026-11-23T09:00:00-05:00',
      events: [
        { type: 'responded', at: '2026-11-23T11:00:00-05:00' },
        { type: 'severity-changed', at: '2026-11-23T11:00:00-05:00', severity: 1 },
      ],
    };
    expect(evaluate(input, '2026-11-23T12:00:00-05:00').response.breached).toBe(true);
    // A policy may order them the other way.
    const responseFirst: SupportPolicy = { ...uniphoreSupport, eventOrder: ['resumed', 'responded', 'severity-changed', 'updated', 'resolution-notice', 'reopened', 'closed', 'paused'] };
    expect(evaluate(input, '2026-11-23T12:00:00-05:00', responseFirst).response.met).toBe(true);
  });
});

describe('resolution, escalation, auto-close and state', () => {
  const onPremise = niceOnPremiseSupport({
    response: { 1: { after: { hours: 1 }, clock: '24x7' }, 2: { after: { hours: 4 }, clock: 'business' }, 3: { businessDays: 1 }, 4: { businessDays: 2 } },
    resolution: { 2: { businessDays: 2 } },
    escalation: { 2: { after: { hours: 8 }, clock: 'business' } },
  });
  const resolved: CaseEvent[] = [
    { type: 'responded', at: '2026-11-19T10:00:00-05:00' },
    { type: 'resolution-notice', at: '2026-11-20T15:00:00-05:00' },
  ];
  const opened = '2026-11-19T09:00:00-05:00';

  it('a case closes 2 business days after the resolution notice (NOP §8.2)', () => {
    const pending = evaluateCase(onPremise, newYork, { severity: 2, openedAt: opened, events: resolved }, { now: '2026-11-23T12:00:00-05:00' });
    expect(iso(pending.autoCloseAt)).toBe('2026-11-24T20:00:00.000Z');
    expect(pending.state).toBe('resolved');
    expect(pending.closedAt).toBeNull();
    expect(pending.nextUpdateDueAt).toBeNull();
    const closed = evaluateCase(onPremise, newYork, { severity: 2, openedAt: opened, events: resolved }, { now: '2026-11-24T15:00:00-05:00' });
    expect(closed.state).toBe('closed');
    expect(iso(closed.closedAt)).toBe('2026-11-24T20:00:00.000Z');
  });

  it('On-Premise Support Policy §8.2 "closed two (2) Business Days following the issuance of a Resolution Notice": a notice sent on Sunday leaves two business days to object', () => {
    for (const noticeAt of ['2026-11-22T03:00:00-05:00', '2026-11-22T12:00:00-05:00', '2026-11-21T20:00:00-05:00']) {
      const events: CaseEvent[] = [{ type: 'responded', at: '2026-11-20T10:00:00-05:00' }, { type: 'resolution-notice', at: noticeAt }];
      const status = evaluateCase(onPremise, newYork, { severity: 2, openedAt: '2026-11-20T09:00:00-05:00', events }, { now: '2026-11-23T09:00:00-05:00' });
      // Counted from Monday 08:00: Monday and Tuesday, so the case closes Wednesday 08:00 (Sunday 03:00 used to close Tuesday 08:00).
      expect(iso(status.autoCloseAt)).toBe('2026-11-25T13:00:00.000Z');
      expect(businessTimeBetween(newYork, noticeAt, status.autoCloseAt as Date)).toBe(18 * HOUR);
    }
  });

  it('NOP §8.2: a case stays open only if the customer objects "during such period"; an objection after the auto-close does not reopen it', () => {
    // Notice Fri 15:00, auto-close Tue 15:00, objection Wed 10:00: too late, the case stays closed.
    const late: CaseInput = { severity: 2, openedAt: opened, events: [...resolved, { type: 'reopened', at: '2026-11-25T10:00:00-05:00' }] };
    const status = evaluateCase(onPremise, newYork, late, { now: '2026-11-26T12:00:00-05:00' });
    expect(status.state).toBe('closed');
    expect(iso(status.autoCloseAt)).toBe('2026-11-24T20:00:00.000Z');
    expect(iso(status.closedAt)).toBe('2026-11-24T20:00:00.000Z');
    expect(status.resolution?.outcome).toBe('met');
    expect(iso(status.resolution?.metAt)).toBe('2026-11-20T20:00:00.000Z');
    expect(status.nextUpdateDueAt).toBeNull();
    expect(status.missedUpdates).toBe(0);
    // The same answer as without the late objection, in the report too.
    const without = evaluateCase(onPremise, newYork, { severity: 2, openedAt: opened, events: resolved }, { now: '2026-11-26T12:00:00-05:00' });
    expect(status).toEqual(without);
    const report = complianceReport(onPremise, newYork, [late], { now: '2026-11-26T12:00:00-05:00' });
    expect([report.resolution.met, report.resolution.pending, report.updates.missedUpdates]).toEqual([1, 0, 0]);
    // An objection within the period (Tue 14:59) keeps it open.
    const inTime = evaluateCase(onPremise, newYork, { severity: 2, openedAt: opened, events: [...resolved, { type: 'reopened', at: '2026-11-24T14:59:00-05:00' }] }, { now: '2026-11-26T12:00:00-05:00' });
    expect(inTime.state).toBe('in-progress');
    expect(inTime.closedAt).toBeNull();
    // At the auto-close instant itself the period has ended: closed.
    const atClose = evaluateCase(onPremise, newYork, { severity: 2, openedAt: opened, events: [...resolved, { type: 'reopened', at: '2026-11-24T15:00:00-05:00' }] }, { now: '2026-11-26T12:00:00-05:00' });
    expect(atClose.state).toBe('closed');
  });

  it('reopened within the period clears the auto-close; the resolution clock leaves out the resolved time', () => {
    const events: CaseEvent[] = [...resolved, { type: 'reopened', at: '2026-11-23T09:00:00-05:00' }];
    const status = evaluateCase(onPremise, newYork, { severity: 2, openedAt: opened, events }, { now: '2026-11-23T10:00:00-05:00' });
    expect(status.autoCloseAt).toBeNull();
    expect(status.state).toBe('in-progress');
    expect(status.resolution?.outcome).toBe('pending');
    // 2 business days from Thursday 09:00 is Monday 09:00; resolved Fri 15:00–Mon 09:00 held 3 business hours: Monday 12:00.
    expect(iso(status.resolution?.dueAt)).toBe('2026-11-23T17:00:00.000Z');
    expect(status.resolution?.elapsed).toBe(16 * HOUR);
    // The escalation threshold (8 business hours) passed on Thursday 17:00 while unresolved.
    expect(iso(status.escalationDueAt)).toBe('2026-11-19T22:00:00.000Z');
  });

  it('a resolution before the escalation threshold means no escalation', () => {
    const status = evaluateCase(
      onPremise,
      newYork,
      { severity: 2, openedAt: opened, events: [{ type: 'resolution-notice', at: '2026-11-19T12:00:00-05:00' }] },
      { now: '2026-11-19T13:00:00-05:00' },
    );
    expect(status.escalationDueAt).toBeNull();
    expect(status.resolution?.met).toBe(true);
    expect(iso(status.resolution?.metAt)).toBe('2026-11-19T17:00:00.000Z');
    expect(status.response.met).toBe(true); // the notice is the first contact
  });

  it('an explicit close before the auto-close wins; closing without a response before it was due cancels it', () => {
    const explicit = evaluateCase(
      onPremise,
      newYork,
      { severity: 2, openedAt: opened, events: [...resolved, { type: 'closed', at: '2026-11-23T09:00:00-05:00' }] },
      { now: '2026-11-30T09:00:00-05:00' },
    );
    expect(explicit.autoCloseAt).toBeNull();
    expect(iso(explicit.closedAt)).toBe('2026-11-23T14:00:00.000Z');
    const cancelled = evaluate({ severity: 3, openedAt: opened, events: [{ type: 'closed', at: '2026-11-19T10:00:00-05:00' }] }, '2026-11-30T09:00:00-05:00');
    expect(cancelled.response.outcome).toBe('cancelled');
    expect(cancelled.response.met).toBeNull();
    expect(cancelled.response.breached).toBe(false);
    expect(cancelled.state).toBe('closed');
    const late = evaluate({ severity: 1, openedAt: opened, events: [{ type: 'closed', at: '2026-11-19T11:00:00-05:00' }] }, '2026-11-30T09:00:00-05:00');
    expect(late.response.outcome).toBe('breached');
  });

  it('a reopened case that was closed without a contact runs its response clock again', () => {
    const status = evaluate(
      {
        severity: 1,
        openedAt: '2026-11-23T09:00:00-05:00',
        events: [
          { type: 'closed', at: '2026-11-23T09:20:00-05:00' },
          { type: 'reopened', at: '2026-11-23T10:00:00-05:00' },
        ],
      },
      '2026-11-23T10:10:00-05:00',
    );
    expect(status.state).toBe('awaiting-response');
    expect(iso(status.response.dueAt)).toBe('2026-11-23T15:40:00.000Z'); // 10:40
  });

  it('events after now are not yet known', () => {
    const status = evaluate({ severity: 3, openedAt: opened, events: resolved }, '2026-11-19T09:30:00-05:00');
    expect(status.state).toBe('awaiting-response');
    expect(status.response.outcome).toBe('pending');
  });

  it('warnings at percentages of the target and at lead times, on the target clock', () => {
    const policy: SupportPolicy = { ...uniphoreSupport, warnAt: { percent: [50, 75], before: [{ hours: 1 }] } };
    const status = evaluate({ severity: 3, openedAt: '2026-11-23T09:00:00-05:00' }, '2026-11-24T16:00:00-05:00', policy);
    expect(status.warnings).toEqual([{ clock: 'response', kind: 'percent', value: 50, at: new Date('2026-11-24T17:00:00.000Z') }]); // 12 business hours: Tuesday 12:00
    const later = evaluate({ severity: 3, openedAt: '2026-11-23T09:00:00-05:00' }, '2026-11-25T16:00:00-05:00', policy);
    expect(later.warnings.map((w) => [w.kind, w.value, iso(w.at)])).toEqual([
      ['percent', 50, '2026-11-24T17:00:00.000Z'],
      ['percent', 75, '2026-11-25T14:00:00.000Z'], // 18 business hours: Wednesday 09:00
      ['before', HOUR, '2026-11-25T19:00:00.000Z'], // 1 business hour before Wednesday 15:00
    ]);
    const met = evaluate(
      { severity: 3, openedAt: '2026-11-23T09:00:00-05:00', events: [{ type: 'responded', at: '2026-11-23T12:00:00-05:00' }] },
      '2026-11-30T12:00:00-05:00',
      policy,
    );
    expect(met.warnings).toEqual([]);
  });

  it('echoes the id and reports the opening', () => {
    const status = evaluate({ id: 'CASE-7', severity: 4, openedAt: '2026-11-23T09:00:00-05:00' }, '2026-11-23T09:00:00-05:00');
    expect(status.id).toBe('CASE-7');
    expect(iso(status.openedAt)).toBe('2026-11-23T14:00:00.000Z');
    expect(status.resolution).toBeNull();
    expect('id' in evaluate({ severity: 4, openedAt: '2026-11-23T09:00:00-05:00' }, '2026-11-23T09:00:00-05:00')).toBe(false);
  });
});

describe('bad input', () => {
  const opened = '2026-11-23T09:00:00-05:00';
  const run = (input: unknown, now = '2026-11-24T09:00:00-05:00') => () => evaluateCase(uniphoreSupport, newYork, input as CaseInput, { now });

  it('an event before openedAt is INVALID_CASE with its index', () => {
    expectSlaError(run({ severity: 3, openedAt: opened, events: [{ type: 'responded', at: '2026-11-23T10:00:00-05:00' }, { type: 'updated', at: '2026-11-23T08:00:00-05:00' }] }), 'INVALID_CASE', 'events[1].at', 'is before openedAt');
  });

  it("'resumed' without 'paused' and 'paused' twice", () => {
    expectSlaError(run({ severity: 3, openedAt: opened, events: [{ type: 'resumed', at: opened }] }), 'INVALID_CASE', 'events[0]', "without a 'paused'");
    expectSlaError(
      run({ severity: 3, openedAt: opened, events: [{ type: 'paused', at: '2026-11-23T10:00:00-05:00' }, { type: 'paused', at: '2026-11-23T11:00:00-05:00' }] }),
      'INVALID_CASE',
      'events[1]',
      'already paused since events[0]',
    );
  });

  it('the index is the input index, also when the events are out of order', () => {
    expectSlaError(
      run({ severity: 3, openedAt: opened, events: [{ type: 'resumed', at: '2026-11-23T12:00:00-05:00' }, { type: 'paused', at: '2026-11-23T13:00:00-05:00' }, { type: 'resumed', at: '2026-11-23T14:00:00-05:00' }] }),
      'INVALID_CASE',
      'events[0]',
    );
  });

  it('an unknown event type, a bad instant, unknown keys', () => {
    expectSlaError(run({ severity: 3, openedAt: opened, events: [{ type: 'escalated', at: opened }] }), 'INVALID_CASE', 'events[0].type', 'is not an event type');
    expectSlaError(run({ severity: 3, openedAt: opened, events: [{ type: 'updated', at: '2026-11-23T10:00' }] }), 'INVALID_CASE', 'events[0].at', 'no offset');
    expectSlaError(run({ severity: 3, openedAt: opened, events: [{ type: 'updated', at: opened, by: 'me' }] }), 'INVALID_CASE', 'events[0].by');
    expectSlaError(run({ severity: 3, openedAt: opened, events: [{ type: 'updated', at: opened, severity: 2 }] }), 'INVALID_CASE', 'events[0].severity');
    expectSlaError(run({ severity: 3, openedAt: opened, title: 'x' }), 'INVALID_CASE', 'title');
    expectSlaError(run({ severity: 3, openedAt: opened, events: [null] }), 'INVALID_CASE', 'events[0]');
    expectSlaError(run({ severity: 3, openedAt: opened, events: {} }), 'INVALID_CASE', 'events');
    expectSlaError(run({ severity: 3, openedAt: 'yesterday' }), 'INVALID_CASE', 'openedAt');
    expectSlaError(run({ severity: 3, openedAt: opened, id: { a: 1 } }), 'INVALID_CASE', 'id');
    expectSlaError(run({ severity: 3, openedAt: opened, id: Number.NaN }), 'INVALID_CASE', 'id');
    expectSlaError(run({ severity: 3, openedAt: opened, events: [{ type: 'severity-changed', at: opened, severity: 2, from: 3 }] }), 'INVALID_CASE', 'events[0].from', 'expected type, at, severity');
    expectSlaError(run([]), 'INVALID_CASE', 'case');
  });

  it('a severity of 0 or 5', () => {
    expectSlaError(run({ severity: 0, openedAt: opened }), 'INVALID_CASE', 'severity');
    expectSlaError(run({ severity: 5, openedAt: opened }), 'INVALID_CASE', 'severity');
    expectSlaError(run({ severity: 3, openedAt: opened, events: [{ type: 'severity-changed', at: opened, severity: 5 }] }), 'INVALID_CASE', 'events[0].severity');
  });

  it("'reopened' with nothing to reopen, and events on a closed case", () => {
    expectSlaError(run({ severity: 3, openedAt: opened, events: [{ type: 'reopened', at: opened }] }), 'INVALID_CASE', 'events[0]', 'neither resolved nor closed');
    expectSlaError(
      run({ severity: 3, openedAt: opened, events: [{ type: 'closed', at: opened }, { type: 'updated', at: '2026-11-23T10:00:00-05:00' }] }),
      'INVALID_CASE',
      'events[1]',
      'closed at events[0]',
    );
    // Pauses may still end on a closed case.
    expect(() => run({ severity: 3, openedAt: opened, events: [{ type: 'paused', at: opened }, { type: 'closed', at: '2026-11-23T10:00:00-05:00' }, { type: 'resumed', at: '2026-11-23T11:00:00-05:00' }] })()).not.toThrow();
  });

  it('now before openedAt, a missing now, and a value that is not a calendar', () => {
    expectSlaError(run({ severity: 3, openedAt: opened }, '2026-11-22T09:00:00-05:00'), 'INVALID_ARGUMENT', 'options.now', 'is before');
    expectSlaError(() => evaluateCase(uniphoreSupport, newYork, { severity: 3, openedAt: opened }, {} as never), 'INVALID_ARGUMENT', 'options.now');
    expectSlaError(() => evaluateCase(uniphoreSupport, {} as never, { severity: 3, openedAt: opened }, { now: opened }), 'INVALID_ARGUMENT', 'calendar');
  });

  it('a due time past the range of Date is NO_OPEN_TIME, never an Invalid Date', () => {
    const end = 8.64e15 - 60_000;
    expectSlaError(() => evaluateCase(uniphoreSupport, newYork, { severity: 1, openedAt: end }, { now: end }), 'NO_OPEN_TIME', 'escalationDueAt', 'outside the range of Date');
  });

  it('a bad policy is INVALID_POLICY', () => {
    const { 3: _, ...gap } = uniphoreSupport.levels;
    expectSlaError(() => evaluateCase({ ...uniphoreSupport, levels: gap }, newYork, { severity: 2, openedAt: opened }, { now: opened }), 'INVALID_POLICY', 'levels.3');
  });

  it('a case of a level the policy does not define is INVALID_CASE', () => {
    const { 4: _, ...three } = uniphoreSupport.levels;
    expect(evaluateCase({ ...uniphoreSupport, levels: three }, newYork, { severity: 3, openedAt: opened }, { now: opened }).severity).toBe(3);
    expectSlaError(() => evaluateCase({ ...uniphoreSupport, levels: three }, newYork, { severity: 4, openedAt: opened }, { now: opened }), 'INVALID_CASE', 'severity', 'from 1 to 3');
    expectSlaError(
      () => evaluateCase(uniphoreSupport, newYork, { severity: 1, openedAt: opened, events: [{ type: 'severity-changed', at: opened, severity: 5 }] }, { now: opened }),
      'INVALID_CASE',
      'events[0].severity',
    );
  });
});
