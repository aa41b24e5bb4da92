import fc from 'fast-check';
import type { Calendar } from '../../src/calendar/index.js';
import { describe, expect, it } from 'vitest';
import { type CaseInput, type ComplianceReport, complianceReport, evaluateCase } from '../../src/cases/index.js';
import { mergeComplianceReports } from '../../src/records/index.js';
import { businessHours8to5, uniphoreSupport } from '../../src/presets/index.js';
import { withTimeZone } from '../../src/calendar/index.js';
import { expectSlaError } from '../expect-sla-error.js';
import { CALENDARS, fullPolicy, HOUR, POLICIES, scenario } from './arbitraries.js';

const calendar = businessHours8to5('America/New_York');
const now = '2026-11-23T15:00:00-05:00';

describe('complianceReport: resolution, updates, evidence and groups', () => {
  it('resolution compliance counts the cases whose level has a resolution target, per level', () => {
    const resolvedInTime: CaseInput = { severity: 1, openedAt: '2026-11-23T06:00:00-05:00', events: [{ type: 'responded', at: '2026-11-23T06:10:00-05:00' }, { type: 'resolution-notice', at: '2026-11-23T09:00:00-05:00' }] };
    const late: CaseInput = { severity: 1, openedAt: '2026-11-23T05:00:00-05:00', events: [{ type: 'responded', at: '2026-11-23T05:10:00-05:00' }] };
    const noTarget: CaseInput = { severity: 4, openedAt: '2026-11-23T09:00:00-05:00' };
    const report = complianceReport(fullPolicy, calendar, [resolvedInTime, late, noTarget], { now });
    expect(report.resolution).toMatchObject({ total: 2, met: 1, breached: 1, pending: 0, cancelled: 0, rate: 0.5, target: null, meetsTarget: null });
    expect(report.resolution.bySeverity[1]).toMatchObject({ total: 2, met: 1, breached: 1 });
    expect(report.resolution.bySeverity[4]!.total).toBe(0);
  });

  it('update compliance: met without a missed update, breached with one, pending before the first contact', () => {
    const silent: CaseInput = { severity: 1, openedAt: '2026-11-23T11:00:00-05:00', events: [{ type: 'responded', at: '2026-11-23T11:10:00-05:00' }] };
    const updated: CaseInput = { severity: 1, openedAt: '2026-11-23T14:00:00-05:00', events: [{ type: 'responded', at: '2026-11-23T14:10:00-05:00' }] };
    const waiting: CaseInput = { severity: 1, openedAt: '2026-11-23T14:50:00-05:00' };
    const report = complianceReport(fullPolicy, calendar, [silent, updated, waiting], { now });
    // silent: updates due 12:10, 13:10, 14:10 passed: 3 missed.
    expect(report.updates).toMatchObject({ total: 3, met: 1, breached: 1, pending: 1, missedUpdates: 3, rate: 0.5 });
    expect(report.updates.bySeverity[1]!.missedUpdates).toBe(3);
  });

  it('outcomes: for a breach, the due time, the actual time or now, the overrun in business and wall time, and the pauses honoured', () => {
    const paused: CaseInput = {
      id: 'P',
      severity: 3,
      openedAt: '2026-11-20T16:00:00-05:00',
      events: [{ type: 'paused', at: '2026-11-20T16:30:00-05:00' }, { type: 'resumed', at: '2026-11-23T09:00:00-05:00' }],
    };
    const met: CaseInput = { id: 'M', severity: 1, openedAt: '2026-11-23T09:00:00-05:00', events: [{ type: 'resolution-notice', at: '2026-11-23T09:20:00-05:00' }] };
    expect(complianceReport(uniphoreSupport, calendar, [met, paused], { now: '2026-11-25T12:00:00-05:00', outcomes: 'breached' }).outcomes).toEqual([]);
    const report = complianceReport(uniphoreSupport, calendar, [met, paused], { now: '2026-11-25T12:00:00-05:00', outcomes: 'all' });
    const outcome = report.outcomes?.[1];
    expect(outcome).toMatchObject({ index: 1, id: 'P', severity: 3, missedUpdates: 0, resolution: null });
    // 24 business hours: 0.5 h Friday, paused to Monday 09:00, then 9 + 9 + 5.5 h: Wednesday 14:30.
    expect(outcome?.response).toEqual({
      outcome: 'pending',
      dueAt: new Date('2026-11-25T19:30:00Z'),
      breachedAfter: new Date('2026-11-25T19:30:00Z'),
      at: new Date('2026-11-25T17:00:00Z'),
      overrunBusiness: 0,
      overrunWall: 0,
      pauses: [{ start: new Date('2026-11-20T21:30:00Z'), end: new Date('2026-11-23T14:00:00Z') }],
    });
    expect(report.outcomes?.[0]?.response.outcome).toBe('met');
    const late = complianceReport(uniphoreSupport, calendar, [met, paused], { now: '2026-11-26T10:00:00-05:00', outcomes: 'breached' });
    expect(late.outcomes?.map((o) => [o.index, o.response.outcome])).toEqual([[1, 'breached']]);
    // Due Wednesday 14:30; now Thursday 10:00: 2.5 + 2 business hours, 19.5 wall hours.
    expect(late.outcomes?.[0]?.response).toMatchObject({ at: new Date('2026-11-26T15:00:00Z'), overrunBusiness: 4.5 * HOUR, overrunWall: 19.5 * HOUR });
  });

  it("groups by month of opening in each case's zone, by severity and by an attribute", () => {
    const lateEvening: CaseInput = { severity: 2, openedAt: '2026-12-01T01:30:00Z', timeZone: 'America/New_York', attributes: { customer: 'acme' } };
    const utc: CaseInput = { severity: 2, openedAt: '2026-12-01T01:30:00Z', attributes: { customer: '__proto__' } };
    const none: CaseInput = { severity: 3, openedAt: '2026-11-02T10:00:00Z', timeZone: 'UTC' };
    const cases = [lateEvening, utc, none];
    const utcCalendar = businessHours8to5('UTC');
    const at = { now: '2026-12-02T00:00:00Z', calendarFor: (zone: string) => withTimeZone(utcCalendar, zone) };
    expect(Object.keys(complianceReport(uniphoreSupport, utcCalendar, cases, { ...at, groupBy: 'month' }).groups ?? {})).toEqual(['2026-11', '2026-12']);
    const byMonth = complianceReport(uniphoreSupport, utcCalendar, cases, { ...at, groupBy: 'month' }).groups ?? {};
    expect([byMonth['2026-11']?.total, byMonth['2026-12']?.total]).toEqual([2, 1]);
    const bySeverity = complianceReport(uniphoreSupport, utcCalendar, cases, { ...at, groupBy: 'severity' }).groups ?? {};
    expect(Object.keys(bySeverity)).toEqual(['2', '3']);
    const byCustomer = complianceReport(uniphoreSupport, utcCalendar, cases, { ...at, groupBy: { attribute: 'customer' } }).groups ?? {};
    expect(Object.keys(byCustomer)).toEqual(['acme', '__proto__', '']);
    expect(Object.getPrototypeOf(byCustomer)).toBe(Object.prototype);
    expect(byCustomer['__proto__']?.total).toBe(1);
  });

  it("a case's timeZone picks its calendar: calendarFor(zone), called once per zone", () => {
    const input: CaseInput = { severity: 3, openedAt: '2026-11-23T16:00:00Z', timeZone: 'Europe/London' };
    const london = businessHours8to5('Europe/London');
    const zones: string[] = [];
    const calendarFor = (zone: string) => (zones.push(zone), withTimeZone(calendar, zone));
    const report = complianceReport(uniphoreSupport, calendar, [input, input], { now: '2026-11-24T16:00:00Z', calendarFor, outcomes: 'all' });
    expect(zones).toEqual(['Europe/London']);
    const status = evaluateCase(uniphoreSupport, london, input, { now: '2026-11-24T16:00:00Z' });
    expect(report.outcomes?.[0]?.response.dueAt).toEqual(status.response.dueAt);
    expectSlaError(() => evaluateCase(uniphoreSupport, calendar, input, { now: '2026-11-24T16:00:00Z' }), 'INVALID_CASE', 'timeZone', 'pass options.calendarFor');
    expectSlaError(() => complianceReport(uniphoreSupport, calendar, [input], { now, calendarFor: 5 as never }), 'INVALID_ARGUMENT', 'options.calendarFor');
    expectSlaError(() => complianceReport(uniphoreSupport, calendar, [input], { now, calendarFor: () => ({}) as never }), 'INVALID_ARGUMENT', 'cases[0].options.calendarFor');
    expectSlaError(() => complianceReport(uniphoreSupport, calendar, [{ ...input, timeZone: 'Mars/Base' }], { now, calendarFor: (zone) => withTimeZone(calendar, zone) }), 'INVALID_TIME_ZONE', 'cases[0].timeZone');
    expectSlaError(() => complianceReport(uniphoreSupport, calendar, [{ ...input, timeZone: 5 as never }], { now }), 'INVALID_CASE', 'cases[0].timeZone');
    expectSlaError(() => complianceReport(uniphoreSupport, calendar, [{ ...input, attributes: { customer: 5 } as never }], { now }), 'INVALID_CASE', 'cases[0].attributes');
  });

  it('bad options', () => {
    expectSlaError(() => complianceReport(uniphoreSupport, calendar, [], { now, outcomes: 'some' as never }), 'INVALID_ARGUMENT', 'options.outcomes');
    expectSlaError(() => complianceReport(uniphoreSupport, calendar, [], { now, groupBy: 'year' as never }), 'INVALID_ARGUMENT', 'options.groupBy');
    expectSlaError(() => complianceReport(uniphoreSupport, calendar, [], { now, groupBy: { attribute: 1 } as never }), 'INVALID_ARGUMENT', 'options.groupBy');
  });
});

describe('mergeComplianceReports', () => {
  const met: CaseInput = { severity: 1, openedAt: '2026-11-23T09:00:00-05:00', events: [{ type: 'responded', at: '2026-11-23T09:40:00-05:00' }] };
  it('merges reports that crossed JSON', () => {
    const a = complianceReport(uniphoreSupport, calendar, [met], { now });
    const wired = JSON.parse(JSON.stringify(a)) as ComplianceReport;
    expect(mergeComplianceReports(wired, a)).toEqual(complianceReport(uniphoreSupport, calendar, [met, met], { now }));
  });

  it('refuses reports that cannot be merged', () => {
    const a = complianceReport(uniphoreSupport, calendar, [met], { now });
    expectSlaError(() => mergeComplianceReports(a, complianceReport(uniphoreSupport, calendar, [met], { now: '2026-11-24T00:00:00Z' })), 'INVALID_ARGUMENT', 'b.asOf');
    expectSlaError(() => mergeComplianceReports(a, complianceReport(uniphoreSupport, calendar, [met], { now, target: 0.5 })), 'INVALID_ARGUMENT', 'b.target');
    expectSlaError(() => mergeComplianceReports(a, complianceReport({ ...uniphoreSupport, levels: { ...uniphoreSupport.levels, 2: { ...uniphoreSupport.levels[2]!, complianceTarget: 0.5 } } }, calendar, [met], { now })), 'INVALID_ARGUMENT', 'b.bySeverity.2.target');
    expectSlaError(() => mergeComplianceReports(a, complianceReport(uniphoreSupport, calendar, [met], { now, groupBy: 'month' })), 'INVALID_ARGUMENT', 'b.groups');
    expectSlaError(() => mergeComplianceReports(a, complianceReport(uniphoreSupport, calendar, [met], { now, outcomes: 'all' })), 'INVALID_ARGUMENT', 'b.outcomes');
  });

  // Random cases (each in its own zone), a random policy, and a random partition into three shards.
  const shards = fc
    .record({
      cases: fc.array(scenario(), { maxLength: 12 }),
      policy: fc.constantFrom(...POLICIES),
      parts: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 12, maxLength: 12 }),
      groupBy: fc.constantFrom(undefined, 'month' as const, 'severity' as const, { attribute: 'customer' }),
      outcomes: fc.constantFrom(undefined, 'breached' as const, 'all' as const),
    })
    .map(({ cases, policy, parts, groupBy, outcomes }) => {
      const now = Math.max(Date.UTC(2026, 0, 1), ...cases.map((c) => c.now));
      const inputs = cases.map((c, i): CaseInput => ({ ...c.input, timeZone: c.zone, attributes: { customer: `c${i % 3}` } }));
      const split = [0, 1, 2].map((k) => inputs.filter((_, i) => parts[i] === k));
      const options = { now, ...(groupBy === undefined ? {} : { groupBy }), ...(outcomes === undefined ? {} : { outcomes }) };
      const base = CALENDARS.get('Asia/Kolkata') as Calendar;
      const report = (list: CaseInput[]): ComplianceReport => complianceReport(policy, base, list, { ...options, calendarFor: (zone) => CALENDARS.get(zone) ?? withTimeZone(base, zone) });
      return { split, report };
    });

  it('merge(report(A), report(B)) equals report(A followed by B), for random partitions; merging is associative', () => {
    fc.assert(
      fc.property(shards, ({ split, report }) => {
        const [a, b, c] = split as [CaseInput[], CaseInput[], CaseInput[]];
        const [ra, rb, rc] = [report(a), report(b), report(c)];
        expect(mergeComplianceReports(ra, rb)).toEqual(report([...a, ...b]));
        expect(mergeComplianceReports(mergeComplianceReports(ra, rb), rc)).toEqual(mergeComplianceReports(ra, mergeComplianceReports(rb, rc)));
        expect(mergeComplianceReports(mergeComplianceReports(ra, rb), rc)).toEqual(report([...a, ...b, ...c]));
      }),
      { numRuns: 60 },
    );
  });

  it('merging is commutative in every count', () => {
    fc.assert(
      fc.property(shards, ({ split, report }) => {
        const [a, b] = split as [CaseInput[], CaseInput[]];
        const strip = ({ groups: _g, outcomes: _o, ...counts }: ComplianceReport) => counts;
        expect(strip(mergeComplianceReports(report(a), report(b)))).toEqual(strip(mergeComplianceReports(report(b), report(a))));
      }),
      { numRuns: 40 },
    );
  });

  it('the counts agree with evaluateCase case by case', () => {
    fc.assert(
      fc.property(fc.array(scenario(), { minLength: 1, maxLength: 8 }), fc.constantFrom(...POLICIES), (cases, policy) => {
        const now = Math.max(...cases.map((c) => c.now));
        const inputs = cases.map((c): CaseInput => ({ ...c.input, timeZone: c.zone }));
        const report = complianceReport(policy, CALENDARS.get('America/New_York') as Calendar, inputs, { now, outcomes: 'all', calendarFor: (zone) => CALENDARS.get(zone) as Calendar });
        inputs.forEach((input, i) => {
          const status = evaluateCase(policy, CALENDARS.get(cases[i]?.zone as string) ?? businessHours8to5('UTC'), { ...input, timeZone: undefined } as never, { now });
          const outcome = report.outcomes?.[i];
          expect(outcome?.response.outcome).toBe(status.response.outcome);
          expect(outcome?.response.dueAt).toEqual(status.response.dueAt);
          expect(outcome?.resolution?.outcome ?? null).toBe(status.resolution?.outcome ?? null);
          expect(outcome?.missedUpdates).toBe(status.missedUpdates);
          if (outcome?.response.outcome === 'breached') expect(outcome.response.overrunWall).toBeGreaterThan(0);
        });
        expect(report.resolution.met + report.resolution.breached + report.resolution.pending).toBe(report.resolution.total);
      }),
      { numRuns: 60 },
    );
  });
});
