// Plans x versions (issue 25): historyComplianceReport over versions whose support terms state plans.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CaseInput, complianceByPlan, complianceReport, historyComplianceReport } from '../../src/cases/index.js';
import { loadContractHistory } from '../../src/contract/index.js';
import type { Contract, ContractDocument } from '../../src/contract/types.js';
import { addPlanReports } from '../../src/cases/add-plan-reports.js';
import { expectSlaError } from '../expect-sla-error.js';

const sources = [{ id: 'sla', title: 'SLA' }];
const severities = { 1: { label: 'P1' }, 2: { label: 'P2' } };
const levels = (p1: string, share: number, resolution = 'PT8H') => ({
  1: { response: { after: p1, clock: '24x7', complianceTarget: share }, resolution: { after: resolution, clock: '24x7', complianceTarget: 0.9 } },
  2: { response: { after: 'PT8H', clock: '24x7' }, resolution: { after: 'PT48H', clock: '24x7', complianceTarget: 0.8 } },
});
/** Two plans: premium (its P1 response `premium`, 95%) and standard (P1 in 4 h, 90%). */
const planned = (premium: string, effective?: ContractDocument['effective'], select?: object[]): ContractDocument =>
  ({
    name: 'SLA',
    sources,
    businessHours: { hours: '24x7' },
    severities,
    ...(effective === undefined ? {} : { effective }),
    support: {
      severityChange: 'restart',
      plans: { premium: { levels: levels(premium, 0.95) }, standard: { levels: levels('PT4H', 0.9) } },
      select: select ?? [{ when: { tier: 'premium' }, plan: 'premium' }, { plan: 'standard' }],
    },
  }) as unknown as ContractDocument;
const plain = (p1: string, effective?: ContractDocument['effective']): ContractDocument =>
  ({ name: 'SLA', sources, businessHours: { hours: '24x7' }, severities, ...(effective === undefined ? {} : { effective }), support: { levels: levels(p1, 0.9) } }) as unknown as ContractDocument;

const calendarOf = (c: Contract) => c.calendarFor('UTC');
const now = '2026-11-01T00:00:00Z';
const at = (iso: string, minutes: number): Date => new Date(Date.parse(iso) + minutes * 60_000);
/** A case of `tier` opened at `openedAt`, responded after `minutes`. */
const responded = (id: string, openedAt: string, minutes: number, tier?: string, severity = 1): CaseInput => ({
  id,
  openedAt,
  severity,
  ...(tier === undefined ? {} : { attributes: { tier } }),
  events: [{ type: 'responded', at: at(openedAt, minutes) }],
});

describe('historyComplianceReport under plans: each case under the version in force when it opened, and the plan its fields select there', () => {
  const history = loadContractHistory([planned('PT1H'), planned('PT30M', { from: '2026-10-15' })]);
  const cases = [
    responded('A', '2026-10-14T09:00:00Z', 45, 'premium'), // v0 premium: 45 min < 1 h, met
    responded('B', '2026-10-15T09:00:00Z', 45, 'premium'), // v1 premium: 45 min > 30 min, breached
    responded('C', '2026-10-15T10:00:00Z', 180, 'basic'), // v1 standard: 3 h < 4 h, met
    responded('D', '2026-10-14T23:00:00Z', 300), // v0 standard (no tier: the catch-all): 5 h > 4 h, breached
  ];
  const parts = historyComplianceReport(history, calendarOf, cases, { now, outcomes: 'all' });

  it('each version lists every plan, each plan its own cases against its own targets', () => {
    expect(parts.map((p) => [p.version, p.cases, Object.keys(p.plans ?? {})])).toEqual([
      [0, [0, 3], ['premium', 'standard']],
      [1, [1, 2], ['premium', 'standard']],
    ]);
    const counts = parts.map((p) => Object.entries(p.plans ?? {}).map(([plan, r]) => [plan, r.total, r.met, r.breached, r.bySeverity[1]?.target]));
    expect(counts).toEqual([
      [['premium', 1, 1, 0, 0.95], ['standard', 1, 0, 1, 0.9]],
      [['premium', 1, 0, 1, 0.95], ['standard', 1, 1, 0, 0.9]],
    ]);
    expect(parts[1]?.plans?.premium?.outcomes?.map((o) => [o.index, o.id])).toEqual([[1, 'B']]);
  });

  it('a plan no case of the version chose is listed with zero counts', () => {
    const only = historyComplianceReport(history, calendarOf, [cases[0] as CaseInput], { now });
    expect(only.map((p) => [p.version, p.plans?.premium?.total, p.plans?.standard?.total, p.plans?.standard?.rate])).toEqual([[0, 1, 0, null]]);
  });

  it('report is the version’s cases over all its plans: counts add, rates from the sums, a target only where the plans agree', () => {
    const v0 = parts[0]?.report;
    expect([v0?.total, v0?.met, v0?.breached, v0?.rate]).toEqual([2, 1, 1, 0.5]);
    // P1 response: 95% (premium) against 90% (standard): no shared target, no verdict.
    expect([v0?.bySeverity[1]?.target, v0?.bySeverity[1]?.meetsTarget]).toEqual([null, null]);
    // P1 resolution and P2 resolution: both plans say 90% and 80%, kept.
    expect([v0?.resolution.bySeverity[1]?.target, v0?.resolution.bySeverity[2]?.target]).toEqual([0.9, 0.8]);
    expect(v0?.outcomes?.map((o) => o.index)).toEqual([0, 3]);
  });

  it('report only counts the plans that judged a case: their shared targets stay', () => {
    const [part] = historyComplianceReport(history, calendarOf, [cases[0] as CaseInput], { now });
    expect(part?.report).toEqual(part?.plans?.premium);
  });

  it('an options.target sets one target for every plan, which report keeps', () => {
    const [v0] = historyComplianceReport(history, calendarOf, cases, { now, target: 0.5 });
    expect([v0?.report.bySeverity[1]?.target, v0?.report.bySeverity[1]?.meetsTarget]).toEqual([0.5, true]);
  });

  it('a case no rule of its version’s support.select matches is refused, naming the case', () => {
    const strict = loadContractHistory([planned('PT1H', undefined, [{ when: { tier: 'premium' }, plan: 'premium' }, { when: { tier: 'basic' }, plan: 'standard' }]), planned('PT30M', { from: '2026-10-15' })]);
    // Under the amendment (a catch-all rule) a case without tier is fine; before it, not.
    expect(historyComplianceReport(strict, calendarOf, [cases[2] as CaseInput, responded('E', '2026-10-20T09:00:00Z', 5)], { now })).toHaveLength(1);
    expectSlaError(() => historyComplianceReport(strict, calendarOf, [cases[0] as CaseInput, responded('G', '2026-10-14T09:00:00Z', 5, 'gold')], { now }), 'INVALID_CASE', 'cases[1].attributes', "case 'G' has no plan (tier = 'gold')");
  });

  it('an error of complianceReport names the case by its place in the whole input', () => {
    const bad: CaseInput = { ...responded('X', '2026-10-15T09:00:00Z', 5, 'premium'), events: [{ type: 'responded', at: '2026-10-15T08:00:00Z' }] };
    expectSlaError(() => historyComplianceReport(history, calendarOf, [cases[0] as CaseInput, cases[2] as CaseInput, bad], { now }), 'INVALID_CASE', 'cases[2].events[0].at');
  });

  it('a history mixing plain levels and plans: plans is null for the plain version', () => {
    const mixed = loadContractHistory([plain('PT2H'), planned('PT30M', { from: '2026-10-15' })]);
    const r = historyComplianceReport(mixed, calendarOf, cases, { now });
    expect(r.map((p) => [p.version, p.plans === null, p.report.met, p.report.breached])).toEqual([
      [0, true, 1, 1],
      [1, false, 1, 1],
    ]);
  });

  it("judgeAt 'event': cases of one plan judged with and without re-targeted levels are counted together, outcomes in input order", () => {
    const raised: CaseInput = { id: 'R', openedAt: '2026-10-14T20:00:00Z', severity: 2, attributes: { tier: 'premium' }, events: [{ type: 'severity-changed', at: '2026-10-15T01:00:00Z', severity: 1 }, { type: 'responded', at: '2026-10-15T01:45:00Z' }] };
    const plainCase = responded('P', '2026-10-14T21:00:00Z', 50, 'premium');
    for (const outcomes of ['all', undefined] as const) {
      const [v0] = historyComplianceReport(history, calendarOf, [raised, plainCase], { now, judgeAt: 'event', ...(outcomes === undefined ? {} : { outcomes }) });
      expect([v0?.plans?.premium?.total, v0?.plans?.premium?.met, v0?.plans?.premium?.breached]).toEqual([2, 1, 1]);
      expect(v0?.plans?.premium?.outcomes?.map((o) => o.id)).toEqual(outcomes === undefined ? undefined : ['R', 'P']);
    }
  });

  it('an error of complianceReport that names no case, or a later version without support targets, is passed on', () => {
    expectSlaError(() => historyComplianceReport(history, calendarOf, [cases[0] as CaseInput], { now, target: 2 }), 'INVALID_ARGUMENT', 'options.target');
    const bare = loadContractHistory([planned('PT1H'), { name: 'SLA', effective: { from: '2026-10-15' } } as ContractDocument]);
    expectSlaError(() => historyComplianceReport(bare, calendarOf, [cases[1] as CaseInput], { now }), 'INVALID_ARGUMENT', 'history.versions[1].support', 'in force from 2026-10-15');
  });

  it("judgeAt 'event': a change of severity takes the level's targets from the plan the case's fields select in the version in force at the change", () => {
    // Opened as P2 under v0 (premium), raised to P1 after the amendment: under 'event' premium's P1 of v1 (30 min).
    const raised: CaseInput = { id: 'R', openedAt: '2026-10-14T20:00:00Z', severity: 2, attributes: { tier: 'premium' }, events: [{ type: 'severity-changed', at: '2026-10-15T01:00:00Z', severity: 1 }, { type: 'responded', at: '2026-10-15T01:45:00Z' }] };
    const byOpened = historyComplianceReport(history, calendarOf, [raised], { now });
    const byEvent = historyComplianceReport(history, calendarOf, [raised], { now, judgeAt: 'event' });
    expect(byOpened.map((p) => [p.version, p.plans?.premium?.met, p.plans?.premium?.breached])).toEqual([[0, 1, 0]]);
    expect(byEvent.map((p) => [p.version, p.plans?.premium?.met, p.plans?.premium?.breached])).toEqual([[0, 0, 1]]);
    // The compliance target stays the opening version's plan's.
    expect(byEvent[0]?.plans?.premium?.bySeverity[1]?.target).toBe(0.95);
    // A standard case raised the same way: standard's P1 is 4 h in both versions, nothing changes.
    const standard: CaseInput = { ...raised, attributes: { tier: 'basic' } };
    expect(historyComplianceReport(history, calendarOf, [standard], { now, judgeAt: 'event' })).toEqual(historyComplianceReport(history, calendarOf, [standard], { now }));
  });
});

// Properties.
const START = Date.parse('2026-10-01T00:00:00Z');
const aCase = fc
  .record({ at: fc.integer({ min: 0, max: 30 * 1440 }), severity: fc.constantFrom(1, 2), respond: fc.integer({ min: 1, max: 600 }), resolve: fc.integer({ min: 1, max: 4000 }), tier: fc.constantFrom('premium', 'basic', undefined) })
  .map(({ at, severity, respond, resolve, tier }, ): CaseInput => {
    const openedAt = START + at * 60_000;
    return { openedAt: new Date(openedAt), severity, ...(tier === undefined ? {} : { attributes: { tier } }), events: [{ type: 'responded', at: new Date(openedAt + respond * 60_000) }, { type: 'resolution-notice', at: new Date(openedAt + resolve * 60_000) }] };
  });
const splitDay = fc.integer({ min: 2, max: 29 }).map((d) => `2026-10-${String(d).padStart(2, '0')}`);
const options = { now: '2026-12-01T00:00:00Z', outcomes: 'all' as const, groupBy: 'severity' as const };

describe('properties of plans x versions', () => {
  it('with one version, plans equals complianceByPlan and cases are every case', () => {
    const history = loadContractHistory([planned('PT1H')]);
    const contract = history.versions[0]!.contract;
    fc.assert(
      fc.property(fc.array(aCase, { minLength: 1, maxLength: 12 }), (cases) => {
        const [part, ...rest] = historyComplianceReport(history, calendarOf, cases, options);
        expect(rest).toEqual([]);
        expect(part?.plans).toEqual(complianceByPlan(contract, calendarOf(contract), cases, options));
        expect(part?.cases).toEqual(cases.map((_, i) => i));
      }),
      { seed: 20261225, numRuns: 80 },
    );
  });

  it('report counts are the sums of the plans’ counts, and its outcomes every case in input order', () => {
    const history = loadContractHistory([planned('PT1H'), planned('PT30M', { from: '2026-10-15' })]);
    fc.assert(
      fc.property(fc.array(aCase, { minLength: 1, maxLength: 12 }), (cases) => {
        for (const part of historyComplianceReport(history, calendarOf, cases, options)) {
          const plans = Object.values(part.plans ?? {});
          for (const key of ['total', 'met', 'breached', 'pending', 'cancelled'] as const) {
            expect(part.report[key]).toBe(plans.reduce((sum, r) => sum + r[key], 0));
            expect(part.report.resolution[key]).toBe(plans.reduce((sum, r) => sum + r.resolution[key], 0));
            for (const level of [1, 2]) expect(part.report.bySeverity[level]?.[key]).toBe(plans.reduce((sum, r) => sum + (r.bySeverity[level]?.[key] ?? 0), 0));
          }
          const { met, breached } = part.report;
          expect(part.report.rate).toBe(met + breached === 0 ? null : met / (met + breached));
          expect(part.report.outcomes?.map((o) => o.index)).toEqual(part.cases);
        }
      }),
      { seed: 20261226, numRuns: 80 },
    );
  });

  it('with plans in each version, every plan of every version equals complianceByPlan of the cases opened under that version', () => {
    fc.assert(
      fc.property(fc.array(aCase, { minLength: 1, maxLength: 12 }), splitDay, (cases, day) => {
        const history = loadContractHistory([planned('PT1H'), planned('PT30M', { from: day })]);
        for (const part of historyComplianceReport(history, calendarOf, cases, options)) {
          const contract = history.versions[part.version]!.contract;
          const own = complianceByPlan(contract, calendarOf(contract), part.cases.map((i) => cases[i] as CaseInput), options);
          for (const [plan, report] of Object.entries(own)) {
            expect(part.plans?.[plan]).toEqual({ ...report, outcomes: report.outcomes?.map((o) => ({ ...o, index: part.cases[o.index] })) });
          }
        }
      }),
      { seed: 20261227, numRuns: 60 },
    );
  });

  it('without plans, each version gives what it gave before: plans null, report complianceReport of its cases', () => {
    fc.assert(
      fc.property(fc.array(aCase, { minLength: 1, maxLength: 12 }), splitDay, (cases, day) => {
        const history = loadContractHistory([plain('PT1H'), plain('PT30M', { from: day })]);
        const parts = historyComplianceReport(history, calendarOf, cases, options);
        expect(parts.flatMap((p) => p.cases).sort((a, b) => a - b)).toEqual(cases.map((_, i) => i));
        for (const part of parts) {
          const contract = history.versions[part.version]!.contract;
          const report = complianceReport(contract.support!, calendarOf(contract), part.cases.map((i) => cases[i] as CaseInput), options);
          expect(part.plans).toBeNull();
          expect(part.report).toEqual({ ...report, outcomes: report.outcomes?.map((o) => ({ ...o, index: part.cases[o.index] })) });
        }
      }),
      { seed: 20261228, numRuns: 60 },
    );
  });
});

describe('addPlanReports: the plans of one version added into one report', () => {
  const policy = (reply: boolean) => ({ levels: { 1: { label: 'P1', response: { after: { hours: 1 }, clock: '24x7' as const }, ...(reply ? { reply: { after: { hours: 2 }, clock: '24x7' as const } } : {}) }, 2: { label: 'P2', response: { after: { hours: 8 }, clock: '24x7' as const } } } });
  const calendar = loadContractHistory([plain('PT1H')]).versions[0]!.contract.calendarFor('UTC');
  const asked: CaseInput = { id: 'Q', openedAt: '2026-10-05T09:00:00Z', severity: 1, attributes: { team: 'a' }, events: [{ type: 'responded', at: '2026-10-05T09:10:00Z' }, { type: 'customer-message', at: '2026-10-05T10:00:00Z' }, { type: 'responded', at: '2026-10-05T11:00:00Z' }] };
  const other: CaseInput = { ...asked, id: 'R', attributes: { team: 'b' } };
  const options = { now, groupBy: { attribute: 'team' }, outcomes: 'all' as const };

  it('reply counts are kept when one plan has reply targets; every group counts them', () => {
    const withReply = complianceReport(policy(true), calendar, [asked], options);
    const without = complianceReport(policy(false), calendar, [other], options);
    const sum = addPlanReports([without, withReply]);
    expect([sum.replies?.total, sum.replies?.met, sum.total]).toEqual([1, 1, 2]);
    expect(Object.entries(sum.groups ?? {}).map(([key, g]) => [key, g.replies?.total])).toEqual([['b', 0], ['a', 1]]);
    expect(sum.outcomes?.map((o) => o.id)).toEqual(['R', 'Q']);
  });

  it('groups of one key add; an empty list or reports of different levels are refused', () => {
    const a = complianceReport(policy(false), calendar, [asked], options);
    const b = complianceReport(policy(false), calendar, [asked], options);
    expect(addPlanReports([a, b]).groups?.['a']?.total).toBe(2);
    expectSlaError(() => addPlanReports([]), 'INVALID_ARGUMENT', 'reports');
    const one = complianceReport({ levels: { 1: { label: 'P1', response: { after: { hours: 1 }, clock: '24x7' } } } }, calendar, [], { now });
    expectSlaError(() => addPlanReports([a, one]), 'INVALID_ARGUMENT', 'b.bySeverity');
  });
});
