// "Within N business hours" is kept while no more than N business hours have run: a target that
// ends at a closing is met by a reply at any instant before business time resumes (issue 20).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addBusinessDays, businessTimeBetween } from '../../src/calendar/index.js';
import { type CaseEvent, type CaseInput, complianceReport, evaluateCase, type SupportPolicy } from '../../src/cases/index.js';
import { explainCase, formatExplanation } from '../../src/explain/index.js';
import { businessHours8to5, uniphoreSupport } from '../../src/presets/index.js';
import { CALENDARS, HOUR, MINUTE } from './arbitraries.js';

const calendar = businessHours8to5('America/New_York');
const iso = (d: Date | null | undefined): string | null => (d == null ? null : d.toISOString());
// Sev 3, 24 business hours, opened Monday 11:00: 6 + 9 + 9 hours, due Wednesday 17:00.
const opened = '2026-11-09T11:00:00-05:00';
const WED_17 = '2026-11-11T22:00:00.000Z';
const THU_08 = '2026-11-12T13:00:00.000Z';
const replyAt = (at: string | number, policy: SupportPolicy = uniphoreSupport, type: CaseEvent['type'] = 'responded') =>
  evaluateCase(policy, calendar, { severity: 3, openedAt: opened, events: [{ type, at } as CaseEvent] }, { now: at });

describe('within N business hours: met while no open time has passed beyond the target', () => {
  it('Sev 3, 24 business hours from Mon 11:00 on 08:00–17:00: due Wed 17:00, not breached until business time resumes Thu 08:00', () => {
    const status = evaluateCase(uniphoreSupport, calendar, { severity: 3, openedAt: opened }, { now: '2026-11-10T12:00:00-05:00' });
    expect(iso(status.response.dueAt)).toBe(WED_17);
    expect(iso(status.response.breachedAfter)).toBe(THU_08);
  });

  it('a reply Wed 18:30 or Thu 08:00 is met (100% used); Thu 08:00:00.001 is breached', () => {
    for (const at of ['2026-11-11T18:30:00-05:00', '2026-11-12T08:00:00-05:00']) {
      const { response } = replyAt(at);
      expect(response.outcome).toBe('met');
      expect(response.met).toBe(true);
      expect(response.breached).toBe(false);
      expect(response.percentUsed).toBe(100);
      expect(response.remaining).toBe(0);
    }
    const late = replyAt('2026-11-12T08:00:00.001-05:00').response;
    expect(late.outcome).toBe('breached');
    expect(late.elapsed).toBe(24 * HOUR + 1);
    expect(iso(late.dueAt)).toBe(WED_17);
  });

  it('without a reply, pending until business time resumes, breached at now after it', () => {
    const at = (now: string) => evaluateCase(uniphoreSupport, calendar, { severity: 3, openedAt: opened }, { now }).response.outcome;
    expect(at('2026-11-11T17:00:00-05:00')).toBe('pending');
    expect(at('2026-11-11T23:00:00-05:00')).toBe('pending');
    expect(at('2026-11-12T08:00:00-05:00')).toBe('pending');
    expect(at('2026-11-12T08:00:00.001-05:00')).toBe('breached');
  });

  it('a closing before the first contact in the closed time after the due time cancels the response target', () => {
    const closed = evaluateCase(uniphoreSupport, calendar, { severity: 3, openedAt: opened, events: [{ type: 'closed', at: '2026-11-11T20:00:00-05:00' }] }, { now: '2026-11-13T12:00:00-05:00' });
    expect(closed.response.outcome).toBe('cancelled');
  });

  const levels = uniphoreSupport.levels;
  const policy: SupportPolicy = {
    ...uniphoreSupport,
    levels: {
      ...levels,
      3: { ...levels[3]!, updates: { after: { hours: 9 }, clock: 'business' }, resolution: { after: { hours: 24 }, clock: 'business' }, escalation: { after: { hours: 24 }, clock: 'business' } },
    },
  };

  it('the same rule for resolution: a resolution notice Wed 18:30 meets 24 business hours', () => {
    expect(replyAt('2026-11-11T18:30:00-05:00', policy, 'resolution-notice').resolution?.outcome).toBe('met');
    expect(replyAt('2026-11-12T08:00:00.001-05:00', policy, 'resolution-notice').resolution?.outcome).toBe('breached');
    const open = evaluateCase(policy, calendar, { severity: 3, openedAt: opened }, { now: '2026-11-11T20:00:00-05:00' }).resolution;
    expect(open?.outcome).toBe('pending');
    expect(iso(open?.breachedAfter)).toBe(THU_08);
  });

  it('the same rule for escalation: resolved in the closed time after the threshold, no escalation is owed', () => {
    expect(replyAt('2026-11-11T18:30:00-05:00', policy, 'resolution-notice').escalationDueAt).toBeNull();
    const late = replyAt('2026-11-12T09:00:00-05:00', policy, 'resolution-notice');
    expect(iso(late.escalationDueAt)).toBe(WED_17);
    expect(iso(late.escalatesAfter)).toBe(THU_08);
  });

  it('the same rule for updates: an update due at a closing is missed only once business time resumes', () => {
    // Responded Tuesday 08:00: the next update (9 business hours) is due Tuesday 17:00.
    const events = (extra: CaseEvent[]): CaseInput => ({ severity: 3, openedAt: opened, events: [{ type: 'responded', at: '2026-11-10T08:00:00-05:00' }, ...extra] });
    const evening = evaluateCase(policy, calendar, events([]), { now: '2026-11-10T20:00:00-05:00' });
    expect(iso(evening.nextUpdateDueAt)).toBe('2026-11-10T22:00:00.000Z');
    expect(iso(evening.nextUpdateMissedAfter)).toBe('2026-11-11T13:00:00.000Z');
    expect(evening.missedUpdates).toBe(0);
    expect(evaluateCase(policy, calendar, events([]), { now: '2026-11-11T08:00:00-05:00' }).missedUpdates).toBe(0);
    expect(evaluateCase(policy, calendar, events([]), { now: '2026-11-11T08:00:00.001-05:00' }).missedUpdates).toBe(1);
    const onTime = evaluateCase(policy, calendar, events([{ type: 'updated', at: '2026-11-11T08:00:00-05:00' }]), { now: '2026-11-11T12:00:00-05:00' });
    expect(onTime.missedUpdates).toBe(0);
  });

  it('the same rule in complianceReport: counted met, with breachedAfter in the evidence', () => {
    const cases: CaseInput[] = ['2026-11-11T18:30:00-05:00', '2026-11-12T08:00:00-05:00', '2026-11-12T08:00:00.001-05:00'].map((at, i) => ({
      id: i,
      severity: 3,
      openedAt: opened,
      events: [{ type: 'responded', at }],
    }));
    const report = complianceReport(uniphoreSupport, calendar, cases, { now: '2026-11-13T12:00:00-05:00', outcomes: 'all' });
    expect([report.met, report.breached]).toEqual([2, 1]);
    expect(report.outcomes?.map((o) => [o.response.outcome, iso(o.response.dueAt), iso(o.response.breachedAfter)])).toEqual([
      ['met', WED_17, THU_08],
      ['met', WED_17, THU_08],
      ['breached', WED_17, THU_08],
    ]);
  });

  it('24x7 clocks have no closed time: breached a millisecond after dueAt, as before', () => {
    const open = '2026-11-14T10:00:00-05:00'; // a Saturday; Sev 1 is 1 hour around the clock
    const at = (reply: string) => evaluateCase(uniphoreSupport, calendar, { severity: 1, openedAt: open, events: [{ type: 'responded', at: reply }] }, { now: reply }).response;
    expect(at('2026-11-14T11:00:00-05:00')).toMatchObject({ outcome: 'met', dueAt: new Date('2026-11-14T16:00:00Z'), breachedAfter: new Date('2026-11-14T16:00:00Z') });
    expect(at('2026-11-14T11:00:00.001-05:00').outcome).toBe('breached');
  });

  it('the explanation says it: due Wed 17:00; not breached until business time resumes Thu 08:00', () => {
    const e = explainCase(uniphoreSupport, calendar, { severity: 3, openedAt: opened }, { now: '2026-11-11T20:00:00-05:00' });
    expect(e.response.due).toBe('2026-11-11T17:00:00.000-05:00');
    expect(e.response.breachedAfter).toBe('2026-11-12T08:00:00.000-05:00');
    expect(formatExplanation(e.response).split('\n').slice(0, 2)).toEqual([
      'Response due Wed 11 Nov 2026 17:00 (America/New_York): 24 business hours = 6 + 9 + 9 business hours from Mon 9 Nov 2026 11:00',
      'Not breached until business time resumes Thu 12 Nov 2026 08:00: no clock time passes after the due time before then',
    ]);
    // A due time inside open hours needs no such line.
    const inside = explainCase(uniphoreSupport, calendar, { severity: 3, openedAt: '2026-11-09T12:00:00-05:00' }, { now: '2026-11-09T13:00:00-05:00' });
    expect(inside.response.breachedAfter).toBe(inside.response.due);
    expect(formatExplanation(inside.response)).not.toContain('Not breached');
  });
});

describe('the outcome is "business time between start and reply, less pauses, ≤ target" (against a slow reference)', () => {
  const zones = [...CALENDARS.keys()];
  it('for 24 business hours, 3 business days and 1 hour 24x7, with a pause, at and around the boundary', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.constantFrom(1, 3, 4),
        fc.integer({ min: 0, max: 60 * 24 * 60 }),
        fc.option(fc.tuple(fc.integer({ min: 0, max: 5 * 1440 }), fc.integer({ min: 1, max: 3 * 1440 }))),
        fc.constantFrom('due', 'after', 'after+1', 'between', 'random'),
        fc.integer({ min: 0, max: 8 * 1440 * MINUTE }),
        (zone, severity, openMinute, pause, where, offset) => {
          const cal = CALENDARS.get(zone)!;
          const openedAt = Date.UTC(2026, 9, 1) + openMinute * MINUTE;
          const events: CaseEvent[] = pause === null ? [] : [
            { type: 'paused', at: openedAt + pause[0] * MINUTE },
            { type: 'resumed', at: openedAt + (pause[0] + pause[1]) * MINUTE },
          ];
          const input: CaseInput = { severity, openedAt, events };
          const lastEvent = pause === null ? openedAt : openedAt + (pause[0] + pause[1]) * MINUTE;
          const first = evaluateCase(uniphoreSupport, cal, input, { now: lastEvent }).response;
          const due = first.dueAt.getTime();
          const after = first.breachedAfter.getTime();
          const reply = { due, after, 'after+1': after + 1, between: due + (offset % (after - due + 1)), random: openedAt + offset }[where];
          fc.pre(reply >= lastEvent);
          const status = evaluateCase(uniphoreSupport, cal, { ...input, events: [...events, { type: 'responded', at: reply }] }, { now: reply }).response;
          // The reference: clock time from the opening to the reply, less the pause; the target's length.
          const clock = (from: number, to: number): number => (to <= from ? 0 : severity === 1 ? to - from : businessTimeBetween(cal, from, to));
          const paused = pause === null ? 0 : clock(openedAt + pause[0] * MINUTE, Math.min(reply, openedAt + (pause[0] + pause[1]) * MINUTE));
          const used = clock(openedAt, reply) - paused;
          const target = severity === 1 ? HOUR : severity === 3 ? 24 * HOUR : businessTimeBetween(cal, openedAt, addBusinessDays(cal, openedAt, 3));
          expect(status.elapsed).toBe(used);
          expect(status.outcome).toBe(used <= target ? 'met' : 'breached');
        },
      ),
      { numRuns: 400 },
    );
  });
});
