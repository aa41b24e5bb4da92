// Deadlines by the clock: `{ businessDays: N, by: 'HH:MM' }` is the local time `by` on the N-th
// business day after the local day the clock starts on (issue 25).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Calendar, createCalendar, isBusinessDay } from '../../src/calendar/index.js';
import { type CaseInput, complianceReport, evaluateCase, type SupportPolicy, validateSupportPolicy } from '../../src/cases/index.js';
import { formatCivilDate, MS_PER_DAY } from '../../src/core/civil-date.js';
import { instantToZonedTime, zonedTimeToInstant } from '../../src/core/index.js';
import { explainCase, formatExplanation } from '../../src/explain/index.js';
import { expectSlaError } from '../expect-sla-error.js';
import { CALENDARS, HOUR, MINUTE, ZONES } from './arbitraries.js';

const week = (from: string, to: string) => {
  const day = [[from, to]] as [string, string][];
  return { mon: day, tue: day, wed: day, thu: day, fri: day };
};
const sydney = createCalendar({ timeZone: 'Australia/Sydney', hours: week('08:00', '18:00'), holidays: ['2026-10-07'] });
const policy = (response: object, resolution?: object): SupportPolicy =>
  ({ levels: { 1: { label: 'P1', response, ...(resolution === undefined ? {} : { resolution }) } } }) as unknown as SupportPolicy;
const NEXT_DAY_16 = policy({ businessDays: 1, by: '16:00' });
const dueAt = (calendar: Calendar, p: SupportPolicy, openedAt: string, events: CaseInput['events'] = []): string =>
  evaluateCase(p, calendar, { severity: 1, openedAt, events }, { now: openedAt }).response.dueAt.toISOString();
const local = (calendar: Calendar, iso: string): string => instantToZonedTime(calendar.timeZone, iso).slice(0, 16);

describe('a deadline is `by` on the N-th business day after the day the clock starts', () => {
  it('opened Mon 12:30: by 16:00 on the next business day is Tue 16:00', () => {
    expect(local(sydney, dueAt(sydney, NEXT_DAY_16, '2026-10-05T12:30:00+11:00'))).toBe('2026-10-06T16:00');
  });

  it('the start day never counts, whatever the hour: opened Mon 07:00 (before opening) or 23:59 is due Tue 16:00 too', () => {
    for (const opened of ['2026-10-05T07:00:00+11:00', '2026-10-05T23:59:00+11:00']) expect(local(sydney, dueAt(sydney, NEXT_DAY_16, opened))).toBe('2026-10-06T16:00');
  });

  it('days without open hours are skipped: opened Tue, the next business day is Thu (Wed 7 Oct a holiday); opened Sat, Mon', () => {
    expect(local(sydney, dueAt(sydney, NEXT_DAY_16, '2026-10-06T09:00:00+11:00'))).toBe('2026-10-08T16:00');
    expect(local(sydney, dueAt(sydney, NEXT_DAY_16, '2026-10-10T09:00:00+11:00'))).toBe('2026-10-12T16:00');
  });

  it('N counts business days: by 12:00 on the 3rd business day after Fri 2 Oct is Thu 8 Oct (Wed a holiday)', () => {
    expect(local(sydney, dueAt(sydney, policy({ businessDays: 3, by: '12:00' }), '2026-10-02T17:00:00+10:00'))).toBe('2026-10-08T12:00');
  });

  it('`by` outside the day’s open hours stays the deadline: by 20:00 with hours to 18:00 is Tue 20:00, and a reply at 20:01 is breached', () => {
    const p = policy({ businessDays: 1, by: '20:00' });
    const due = dueAt(sydney, p, '2026-10-05T12:30:00+11:00');
    expect(local(sydney, due)).toBe('2026-10-06T20:00');
    const late = evaluateCase(p, sydney, { severity: 1, openedAt: '2026-10-05T12:30:00+11:00', events: [{ type: 'responded', at: '2026-10-06T20:01:00+11:00' }] }, { now: '2026-10-06T21:00:00+11:00' });
    expect(late.response.outcome).toBe('breached');
    expect(late.response.breachedAfter.toISOString()).toBe(due);
  });

  it('a reply at the deadline is met; one ms after it is breached (the wall clock, no grace)', () => {
    const opened = '2026-10-05T12:30:00+11:00';
    const due = Date.parse(dueAt(sydney, NEXT_DAY_16, opened));
    const reply = (at: number) => evaluateCase(NEXT_DAY_16, sydney, { severity: 1, openedAt: opened, events: [{ type: 'responded', at }] }, { now: at }).response.outcome;
    expect(reply(due)).toBe('met');
    expect(reply(due + 1)).toBe('breached');
  });

  it('a `by` in a DST gap moves forward by the gap (the one DST policy): 02:30 on Sun 4 Oct 2026 in Sydney is 03:30 AEDT', () => {
    const everyDay = createCalendar({ timeZone: 'Australia/Sydney', hours: '24x7' });
    const due = dueAt(everyDay, policy({ businessDays: 1, by: '02:30' }), '2026-10-03T12:00:00+10:00');
    expect(due).toBe(zonedTimeToInstant('Australia/Sydney', '2026-10-04T02:30').toISOString());
    expect(local(everyDay, due)).toBe('2026-10-04T03:30');
  });

  it('a repeated `by` takes the earlier instant: 02:30 on Sun 5 Apr 2026 in Sydney is 02:30 AEDT (+11:00)', () => {
    const everyDay = createCalendar({ timeZone: 'Australia/Sydney', hours: '24x7' });
    expect(dueAt(everyDay, policy({ businessDays: 1, by: '02:30' }), '2026-04-04T12:00:00+11:00')).toBe('2026-04-04T15:30:00.000Z');
  });

  it('an honoured pause pushes the deadline back by its whole length (wall clock): a 64 h weekend pause moves Mon 16:00 to Thu 08:00', () => {
    const events: CaseInput['events'] = [
      { type: 'paused', at: '2026-10-09T17:00:00+11:00' },
      { type: 'resumed', at: '2026-10-12T09:00:00+11:00' },
    ];
    const status = evaluateCase(NEXT_DAY_16, sydney, { severity: 1, openedAt: '2026-10-09T10:00:00+11:00', events }, { now: '2026-10-12T10:00:00+11:00' });
    expect(local(sydney, status.response.dueAt.toISOString())).toBe('2026-10-15T08:00');
    expect(status.response.targetMs).toBe(3 * 24 * HOUR + 6 * HOUR); // Fri 10:00 → Mon 16:00, wall time
    expect(status.response.elapsed).toBe(8 * HOUR); // Fri 10:00–17:00, Mon 09:00–10:00
  });

  it('a pause the target does not honour (pausedBy) leaves the deadline where it is', () => {
    const p = policy({ businessDays: 1, by: '16:00', pausedBy: ['waiting-on-customer'] });
    const events: CaseInput['events'] = [
      { type: 'paused', at: '2026-10-05T13:00:00+11:00', reason: 'parts' },
      { type: 'resumed', at: '2026-10-05T14:00:00+11:00' },
    ];
    expect(local(sydney, dueAt(sydney, p, '2026-10-05T12:30:00+11:00', events))).toBe('2026-10-06T16:00');
  });

  it('target, elapsed and remaining run on the wall clock and add up; warnAt shares are of that time', () => {
    const p = policy({ businessDays: 1, by: '16:00', warnAt: [0.5] });
    const s = evaluateCase(p, sydney, { severity: 1, openedAt: '2026-10-05T12:00:00+11:00' }, { now: '2026-10-05T14:00:00+11:00' });
    expect(s.response.clock).toBe('24x7');
    expect(s.response.targetMs).toBe(28 * HOUR);
    expect(s.response.elapsed + s.response.remaining).toBe(s.response.targetMs);
    expect(s.response.warningAt?.[0]?.at.toISOString()).toBe('2026-10-05T15:00:00.000Z'); // 14 h after Mon 12:00 (01:00Z)
  });

  it('resolution, reply and auto-close take a deadline; compliance judges it as evaluateCase does', () => {
    const p = {
      autoClose: { businessDays: 2, by: '09:00' },
      levels: { 1: { label: 'P1', response: { after: 'PT1H', clock: '24x7' }, resolution: { businessDays: 2, by: '12:00' }, reply: { businessDays: 1, by: '10:00' } } },
    } as unknown as SupportPolicy;
    const input: CaseInput = { severity: 1, openedAt: '2026-10-05T12:00:00+11:00', events: [{ type: 'resolution-notice', at: '2026-10-08T12:01:00+11:00' }] };
    const s = evaluateCase(p, sydney, input, { now: '2026-10-08T13:00:00+11:00' });
    expect(local(sydney, (s.resolution?.dueAt as Date).toISOString())).toBe('2026-10-08T12:00'); // Tue, Thu (Wed a holiday)
    expect(s.resolution?.outcome).toBe('breached');
    expect(local(sydney, (s.autoCloseAt as Date).toISOString())).toBe('2026-10-12T09:00'); // Fri, Mon after Thu
    const report = complianceReport(p, sydney, [input], { now: '2026-10-08T13:00:00+11:00' });
    expect(report.resolution.breached).toBe(1);
  });

  it('the explanation says it in words, then the instant', () => {
    const e = explainCase(NEXT_DAY_16, sydney, { severity: 1, openedAt: '2026-10-05T12:30:00+11:00' }, { now: '2026-10-05T13:00:00+11:00' });
    expect(e.response.deadline).toBe('by 16:00 on the next business day');
    expect(formatExplanation(e.response).split('\n')[0]).toBe(
      'Response due by 16:00 on the next business day: Tue 6 Oct 2026 16:00 (Australia/Sydney, UTC+11:00) = 11.5 + 16 hours from Mon 5 Oct 2026 12:30',
    );
    const third = explainCase(policy({ businessDays: 3, by: '12:00' }), sydney, { severity: 1, openedAt: '2026-10-05T12:30:00+11:00' }, { now: '2026-10-05T13:00:00+11:00' });
    expect(third.response.deadline).toBe('by 12:00 on the third business day');
  });
});

describe('a deadline target is refused where it has no meaning', () => {
  it('updates take no deadline (a cadence repeats; a deadline does not)', () => {
    expectSlaError(
      () => validateSupportPolicy({ levels: { 1: { label: 'P1', response: { businessDays: 1 }, updates: { businessDays: 1, by: '16:00' } } } }),
      'INVALID_POLICY',
      'levels.1.updates.by',
      'an update cadence does not take',
    );
  });

  it('`by` on an escalation names who escalates, never a time', () => {
    expectSlaError(() => validateSupportPolicy({ levels: { 1: { label: 'P1', response: { businessDays: 1 }, escalation: { businessDays: 1, by: '16:00' } } } }), 'INVALID_POLICY', 'levels.1.escalation.by');
    expect(validateSupportPolicy({ levels: { 1: { label: 'P1', response: { businessDays: 1 }, escalation: { businessDays: 1, by: 'customer' } } } })).toBeTruthy();
  });

  it('a time that is not HH:MM from 00:00 to 23:59 is refused, naming the field', () => {
    for (const by of ['24:00', '4pm', '16:00:00', 16, 'vendor']) expectSlaError(() => validateSupportPolicy(policy({ businessDays: 1, by })), 'INVALID_POLICY', 'levels.1.response.by');
  });

  it('a duration target takes no `by`', () => {
    expectSlaError(() => validateSupportPolicy(policy({ after: 'PT1H', clock: '24x7', by: '16:00' })), 'INVALID_POLICY', 'levels.1.response.by');
  });
});

/** The slow reference: walk the local days one by one with isBusinessDay, then read `by` there. */
function referenceDeadline(calendar: Calendar, from: number, days: number, by: string): number {
  const wall = Date.parse(instantToZonedTime(calendar.timeZone, from).slice(0, 10));
  let day = Math.floor(wall / MS_PER_DAY);
  for (let seen = 0; seen < days; ) if (isBusinessDay(calendar, formatCivilDate(++day))) seen++;
  return zonedTimeToInstant(calendar.timeZone, `${formatCivilDate(day)}T${by}`).getTime();
}

const BY = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
const CASE = fc.record({
  zone: fc.constantFrom(...ZONES),
  opened: fc.date({ noInvalidDate: true, min: new Date('2026-01-01T00:00:00Z'), max: new Date('2026-12-20T00:00:00Z') }).map((d) => Math.floor(d.getTime() / MINUTE) * MINUTE),
  days: fc.integer({ min: 1, max: 12 }),
  by: BY,
});

describe('deadline properties', () => {
  it('the deadline equals the day-by-day reference model', () => {
    fc.assert(
      fc.property(CASE, ({ zone, opened, days, by }) => {
        const calendar = CALENDARS.get(zone) as Calendar;
        expect(Date.parse(dueAt(calendar, policy({ businessDays: days, by }), new Date(opened).toISOString()))).toBe(referenceDeadline(calendar, opened, days, by));
      }),
      { numRuns: 300 },
    );
  });

  it('without pauses the deadline is after the start, on a business day, at `by` local time (or later by a DST gap only)', () => {
    fc.assert(
      fc.property(CASE, ({ zone, opened, days, by }) => {
        const calendar = CALENDARS.get(zone) as Calendar;
        const due = dueAt(calendar, policy({ businessDays: days, by }), new Date(opened).toISOString());
        const wall = instantToZonedTime(zone, due);
        expect(Date.parse(due)).toBeGreaterThan(opened);
        expect(isBusinessDay(calendar, wall.slice(0, 10))).toBe(true);
        const moved = Date.parse(`${wall.slice(0, 16)}Z`) - Date.parse(`${wall.slice(0, 10)}T${by}Z`);
        // Exactly `by`, unless `by` fell in a gap (moved forward by the gap, at most an hour).
        expect(moved === 0 || zonedTimeToInstant(zone, `${wall.slice(0, 10)}T${by}`).toISOString() === due).toBe(true);
        expect(moved >= 0 && moved <= HOUR).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('a later start never gives an earlier deadline (monotone), and an honoured pause pushes it back by exactly its length', () => {
    fc.assert(
      fc.property(CASE, fc.integer({ min: 0, max: 600 }), fc.integer({ min: 1, max: 3000 }), ({ zone, opened, days, by }, step, pauseMinutes) => {
        const calendar = CALENDARS.get(zone) as Calendar;
        const p = policy({ businessDays: days, by });
        const a = Date.parse(dueAt(calendar, p, new Date(opened).toISOString()));
        const b = Date.parse(dueAt(calendar, p, new Date(opened + step * MINUTE).toISOString()));
        expect(b).toBeGreaterThanOrEqual(a);
        const start = opened + MINUTE;
        const end = start + pauseMinutes * MINUTE;
        if (end >= a) return;
        const events: CaseInput['events'] = [{ type: 'paused', at: start }, { type: 'resumed', at: end }];
        const pushed = evaluateCase(p, calendar, { severity: 1, openedAt: opened, events }, { now: end }).response.dueAt.getTime();
        expect(pushed).toBe(a + (end - start));
      }),
      { numRuns: 200 },
    );
  });
});
