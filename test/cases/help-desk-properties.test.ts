import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addBusinessTime, businessTimeBetween, type Calendar } from '../../src/calendar/index.js';
import { type CaseEvent, type CaseInput, type CaseTargetStatus, complianceReport, evaluateCase } from '../../src/cases/index.js';
import { HOUR } from './arbitraries.js';
import { helpDeskPolicy, helpDeskScenario, helpDeskScenarios, type HelpDeskScenario } from './help-desk-arbitraries.js';

const caseOf = (s: HelpDeskScenario, events: readonly CaseEvent[] = s.events): CaseInput => ({ severity: s.severity, openedAt: s.openedAt, events });
const clocks = (status: ReturnType<typeof evaluateCase>) => ({ response: status.response, resolution: status.resolution, replies: status.replies });

/** The events without the pauses (and the resumptions that end them) whose reason `keep` does not list. */
function withoutPauses(events: readonly CaseEvent[], keep: (reason: string | undefined) => boolean): CaseEvent[] {
  const out: CaseEvent[] = [];
  let dropping = false;
  for (const event of events) {
    if (event.type === 'paused' && !keep(event.reason)) dropping = true;
    else if (event.type === 'resumed' && dropping) dropping = false;
    else out.push(event);
  }
  return out;
}

describe('pause reasons', () => {
  const policy = helpDeskPolicy({ pausedBy: ['waiting-on-customer'] });

  it('a pause whose reason a target does not list never moves that target', () => {
    fc.assert(
      fc.property(fc.oneof(helpDeskScenario, helpDeskScenarios(true)), fc.boolean(), (s, cycles) => {
        const judged = cycles ? { ...policy, reopen: 'new-cycle' as const } : policy;
        const all = evaluateCase(judged, s.calendar, caseOf(s), { now: s.now });
        const listedOnly = evaluateCase(judged, s.calendar, caseOf(s, withoutPauses(s.events, (r) => r === undefined || r === 'waiting-on-customer')), { now: s.now });
        expect(clocks(all)).toEqual(clocks(listedOnly));
      }),
      { numRuns: 300 },
    );
  });

  it('a pause without a reason pauses every clock, as a policy without pausedBy does', () => {
    fc.assert(
      fc.property(helpDeskScenario, (s) => {
        const events = s.events.map((e) => (e.type === 'paused' ? { type: 'paused' as const, at: e.at } : e));
        const reasoned = evaluateCase(policy, s.calendar, caseOf(s, events), { now: s.now });
        const plain = evaluateCase(helpDeskPolicy(), s.calendar, caseOf(s, events), { now: s.now });
        expect(clocks(reasoned)).toEqual(clocks(plain));
      }),
      { numRuns: 200 },
    );
  });
});

/** The reference: `amount` of clock time from `from`, skipping the spans, by addBusinessTime and businessTimeBetween only. */
function dueByAddBusinessTime(calendar: Calendar, business: boolean, from: number, amount: number, spans: readonly { start: number; end: number }[]): number {
  const add = (at: number, ms: number): number => (business ? addBusinessTime(calendar, at, ms).getTime() : at + ms);
  const between = (a: number, b: number): number => (business ? businessTimeBetween(calendar, a, b) : b - a);
  let cursor = from;
  let remaining = amount;
  for (const { start, end } of spans) {
    if (end <= cursor) continue;
    if (start > cursor) {
      const available = between(cursor, start);
      if (remaining <= available) return add(cursor, remaining);
      remaining -= available;
    }
    cursor = end;
  }
  return add(cursor, remaining);
}

describe('reply clocks', () => {
  const REPLY_MS = [0, 2 * HOUR, 4 * HOUR, 8 * HOUR];

  it("a reply clock's due time equals addBusinessTime from its message less the honoured pauses", () => {
    const policy = helpDeskPolicy({ pausedBy: ['waiting-on-customer'] });
    fc.assert(
      fc.property(helpDeskScenario, (s) => {
        const status = evaluateCase(policy, s.calendar, caseOf(s), { now: s.now });
        const known = s.events.filter((e) => (e.at as number) <= s.now);
        // The reference's own reading of the events: which messages start clocks, and the honoured pauses.
        const expected: { message: number; reply: number | null; due: number }[] = [];
        for (let i = 0; i < known.length; i++) {
          const event = known[i] as CaseEvent;
          if (event.type !== 'customer-message') continue;
          if (expected.length > 0 && ((expected[expected.length - 1]?.reply ?? Infinity) as number) > (event.at as number)) continue;
          const message = event.at as number;
          const replyAt = known.slice(i + 1).find((e) => e.type === 'responded')?.at as number | undefined;
          const stop = replyAt ?? s.now;
          const spans: { start: number; end: number }[] = [];
          known.forEach((e, k) => {
            if (e.type !== 'paused' || (e.reason !== undefined && e.reason !== 'waiting-on-customer')) return;
            const resumed = known.slice(k + 1).find((r) => r.type === 'resumed')?.at as number | undefined;
            const start = Math.max(message, e.at as number);
            const end = Math.min(stop, resumed ?? s.now);
            if (end > start) spans.push({ start, end });
          });
          const due = dueByAddBusinessTime(s.calendar, s.severity !== 1, message, REPLY_MS[s.severity] as number, spans);
          expected.push({ message, reply: replyAt ?? null, due });
        }
        expect(status.replies?.map((r) => [r.messageAt.getTime(), r.repliedAt?.getTime() ?? null, r.dueAt.getTime()])).toEqual(expected.map((e) => [e.message, e.reply, e.due]));
        for (const r of status.replies ?? []) {
          expect(r.outcome).toBe(r.repliedAt === null ? (r.dueAt.getTime() < s.now ? 'breached' : 'pending') : r.repliedAt <= r.dueAt ? 'met' : 'breached');
        }
      }),
      { numRuns: 300 },
    );
  });

  it('complianceReport counts every reply clock of evaluateCase, per level', () => {
    const policy = helpDeskPolicy();
    fc.assert(
      fc.property(fc.array(helpDeskScenario, { minLength: 1, maxLength: 6 }), (list) => {
        const now = Math.max(...list.map((s) => s.now));
        const calendar = list[0]?.calendar as Calendar;
        const report = complianceReport(policy, calendar, list.map((s) => caseOf(s)), { now });
        const counts = { met: 0, breached: 0, pending: 0, cancelled: 0 };
        for (const s of list) for (const r of evaluateCase(policy, calendar, caseOf(s), { now }).replies ?? []) counts[r.outcome]++;
        expect(report.replies).toMatchObject({ ...counts, total: counts.met + counts.breached + counts.pending + counts.cancelled });
      }),
      { numRuns: 100 },
    );
  });
});

describe('warningAt', () => {
  it('warningAt for 100% equals dueAt, and the instants come in the order of their shares', () => {
    const policy = helpDeskPolicy({ warnAt: [0.25, 0.5, 1], pausedBy: ['waiting-on-customer'] });
    fc.assert(
      fc.property(helpDeskScenario, (s) => {
        const status = evaluateCase(policy, s.calendar, caseOf(s), { now: s.now });
        const targets: CaseTargetStatus[] = [status.response, ...(status.resolution === null ? [] : [status.resolution]), ...(status.replies ?? [])];
        for (const t of targets) {
          const at = (t.warningAt ?? []).map((w) => w.at.getTime());
          expect(t.warningAt?.map((w) => w.share)).toEqual([0.25, 0.5, 1]);
          expect(at[2]).toBe(t.dueAt.getTime());
          expect(at[0] as number).toBeLessThanOrEqual(at[1] as number);
          expect(at[1] as number).toBeLessThanOrEqual(at[2] as number);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('reopen cycles', () => {
  const lifecycle = helpDeskScenarios(true);

  it("cycles' business time adds up to the case's (the resolution clock under reopen: 'continue')", () => {
    const pausedBy = ['waiting-on-customer'];
    fc.assert(
      fc.property(lifecycle, (s) => {
        const cycles = evaluateCase({ ...helpDeskPolicy({ pausedBy }), reopen: 'new-cycle' }, s.calendar, caseOf(s), { now: s.now }).resolution;
        const whole = evaluateCase({ ...helpDeskPolicy({ pausedBy }), reopen: 'continue' }, s.calendar, caseOf(s), { now: s.now }).resolution;
        const reopenings = s.events.filter((e) => e.type === 'reopened' && (e.at as number) <= s.now).length;
        expect(cycles?.cycles).toHaveLength(reopenings + 1);
        expect((cycles?.cycles ?? []).reduce((sum, c) => sum + c.elapsed, 0)).toBe(whole?.elapsed);
        // The first cycle starts at the opening, each later one at its reopening; the last is `resolution`.
        expect(cycles?.cycles?.[0]?.startedAt.getTime()).toBe(s.openedAt);
        expect({ ...cycles?.cycles?.at(-1), cycles: undefined }).toEqual({ ...cycles, cycles: undefined });
      }),
      { numRuns: 300 },
    );
  });

  it('compliance counts each cycle under new-cycle and each case under continue', () => {
    fc.assert(
      fc.property(fc.array(lifecycle, { minLength: 1, maxLength: 5 }), (list) => {
        const now = Math.max(...list.map((s) => s.now));
        const calendar = list[0]?.calendar as Calendar;
        const policy = { ...helpDeskPolicy(), reopen: 'new-cycle' as const };
        const report = complianceReport(policy, calendar, list.map((s) => caseOf(s)), { now });
        const counts = { met: 0, breached: 0, pending: 0, cancelled: 0 };
        for (const s of list) for (const c of evaluateCase(policy, calendar, caseOf(s), { now }).resolution?.cycles ?? []) counts[c.outcome]++;
        expect(report.resolution).toMatchObject(counts);
        expect(complianceReport(helpDeskPolicy(), calendar, list.map((s) => caseOf(s)), { now }).resolution.total).toBe(list.length);
      }),
      { numRuns: 100 },
    );
  });
});

describe('time per team', () => {
  it("each clock's time per team adds up to its elapsed time, and only teams assigned before it stopped appear", () => {
    const policy = { ...helpDeskPolicy({ pausedBy: ['waiting-on-customer'] }), reopen: 'new-cycle' as const };
    fc.assert(
      fc.property(helpDeskScenarios(true), (s) => {
        const status = evaluateCase(policy, s.calendar, caseOf(s), { now: s.now });
        const assigned = s.events.some((e) => e.type === 'assigned' && (e.at as number) <= s.now);
        const clocks: CaseTargetStatus[] = [status.response, ...(status.resolution?.cycles ?? []), ...(status.replies ?? [])];
        for (const clock of clocks) {
          if (!assigned) {
            expect(clock.byTeam).toBeUndefined();
            continue;
          }
          const teams = Object.values(clock.byTeam ?? {});
          expect(teams.reduce((a, b) => a + b, 0)).toBe(clock.elapsed);
          expect(teams.every((ms) => ms > 0)).toBe(true);
          const stop = (clock.metAt ?? new Date(s.now)).getTime();
          const known = new Set(['', ...s.events.filter((e) => e.type === 'assigned' && (e.at as number) < stop).map((e) => (e as { team?: string }).team ?? '')]);
          for (const team of Object.keys(clock.byTeam ?? {})) expect(known.has(team)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
