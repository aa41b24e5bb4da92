// Plans chosen by the case (issue 25): support.plans and support.select.
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loads, validate } from './schema-agreement.js';
import { type CaseInput, complianceByPlan, complianceReport, evaluateCase, evaluateContractCase } from '../../src/cases/index.js';
import { loadContract, selectPlan } from '../../src/contract/index.js';
import { isSlaError } from '../../src/core/errors.js';
import { explainCase, explainContractCase, formatExplanation } from '../../src/explain/index.js';
import { expectSlaError } from '../expect-sla-error.js';

const level = (after: string, extra: object = {}) => ({ 1: { response: { after, clock: '24x7', ...extra } }, 2: { response: { after: 'PT8H', clock: 'business' } } });
const base = {
  sources: [{ id: 'sla', title: 'SLA' }],
  businessHours: { hours: '24x7' },
  severities: { 1: { label: 'P1' }, 2: { label: 'P2' } },
};
const doc = (support: object): Record<string, unknown> => ({ ...base, support });
const twoPlans = {
  complianceTarget: 0.9,
  plans: {
    premium: { name: 'Premium', levels: level('PT1H', { source: { doc: 'sla', section: '2.1', quote: 'Premium: P1 within one hour' } }), complianceTarget: 0.95 },
    standard: { name: 'Standard', levels: level('PT4H') },
  },
  select: [
    { when: { tier: 'premium' }, plan: 'premium', source: { doc: 'sla', section: '1.2', quote: 'Premium tier customers receive Premium support' } },
    { when: { tier: ['standard', 'basic'], region: 'EU' }, plan: 'standard' },
    { plan: 'standard' },
  ],
};
const contract = loadContract(doc(twoPlans));
const calendar = contract.calendarFor('UTC');
const opened = '2026-10-05T10:00:00Z';
const caseOf = (tier: string | undefined, id = 'C-1', extra: Record<string, string> = {}): CaseInput => ({ id, severity: 1, openedAt: opened, attributes: { ...(tier === undefined ? {} : { tier }), ...extra } });

describe('selectPlan: the first rule whose when matches the case’s fields picks the plan', () => {
  it('picks by the first matching rule, and names it', () => {
    expect(selectPlan(contract, caseOf('premium'))).toMatchObject({ plan: 'premium', rule: 0, when: { tier: 'premium' } });
    expect(selectPlan(contract, caseOf('basic', 'C-2', { region: 'EU' }))).toMatchObject({ plan: 'standard', rule: 1 });
    expect(selectPlan(contract, caseOf('basic'))).toMatchObject({ plan: 'standard', rule: 2, when: null });
  });

  it('every field of a when must match; a list matches any of its values', () => {
    expect(selectPlan(contract, caseOf('standard', 'C', { region: 'EU' })).rule).toBe(1);
    expect(selectPlan(contract, caseOf('standard', 'C', { region: 'US' })).rule).toBe(2);
  });

  it('values match exactly: case and spaces count', () => {
    expect(selectPlan(contract, caseOf('Premium')).plan).toBe('standard');
    expect(selectPlan(contract, caseOf(' premium')).plan).toBe('standard');
  });

  it('a case no rule matches is refused, naming the case and the fields tried', () => {
    const strict = loadContract(doc({ ...twoPlans, select: twoPlans.select.slice(0, 2) }));
    expectSlaError(() => selectPlan(strict, caseOf('gold', 'C-7')), 'INVALID_CASE', 'attributes', "case 'C-7' has no plan (tier = 'gold', region = (none))");
    expectSlaError(() => selectPlan(strict, { severity: 1, openedAt: opened } as CaseInput), 'INVALID_CASE', 'attributes', 'the case has no plan');
  });

  it('refuses a contract without plans, and attributes that are not texts', () => {
    expectSlaError(() => selectPlan(loadContract(doc({ levels: level('PT1H') })), caseOf('premium')), 'INVALID_ARGUMENT', 'contract.supportPlans');
    expectSlaError(() => selectPlan(contract, { attributes: { tier: 3 } } as never), 'INVALID_CASE', 'attributes');
  });
});

describe('loading plans', () => {
  it('each plan is a policy: the support part’s settings, then the plan’s own (which win)', () => {
    expect(contract.support).toBeUndefined();
    expect(contract.supportPlans?.plans['premium']).toMatchObject({ name: 'Premium', complianceTarget: 0.95, levels: { 1: { label: 'P1', response: { after: 'PT1H' } } } });
    expect(contract.supportPlans?.plans['standard']).toMatchObject({ name: 'Standard', complianceTarget: 0.9 });
    expect(contract.supportPlans?.select).toEqual([{ when: { tier: 'premium' }, plan: 'premium' }, { when: { tier: ['standard', 'basic'], region: 'EU' }, plan: 'standard' }, { plan: 'standard' }]);
  });

  it('keeps each clause by its path: a plan’s targets and each rule', () => {
    expect(contract.clausesOf('support.plans.premium.levels.1.response')[0]?.section).toBe('2.1');
    expect(contract.clausesOf('support.select[0]')[0]?.section).toBe('1.2');
  });

  it('plain support.levels works unchanged', () => {
    const plain = loadContract(doc({ levels: level('PT1H') }));
    expect(plain.supportPlans).toBeUndefined();
    expect(plain.support?.levels[1]?.response).toEqual({ after: 'PT1H', clock: '24x7' });
  });

  const problems = (support: object, extra: object = {}): string[] => {
    try {
      loadContract({ ...doc(support), ...extra });
    } catch (error) {
      if (isSlaError(error)) return (error.details.problems as { path: string }[]).map((p) => p.path);
      throw error;
    }
    return [];
  };

  it('refuses a rule naming no plan, a rule after a catch-all, a plan no rule picks', () => {
    expect(problems({ ...twoPlans, select: [{ plan: 'gold' }, { plan: 'standard' }] })).toEqual(['support.select[0].plan', 'support.select[1]', 'support.plans.premium']);
  });

  it('refuses plans whose levels differ from severities, and plans without severities', () => {
    expect(problems({ ...twoPlans, plans: { ...twoPlans.plans, standard: { levels: { 1: { response: { after: 'PT4H', clock: '24x7' } } } } } })).toEqual(['support.plans.standard.levels']);
    const { severities: _s, ...noSeverities } = doc(twoPlans);
    let paths: string[] = [];
    try {
      loadContract(noSeverities);
    } catch (error) {
      if (!isSlaError(error)) throw error;
      paths = (error.details.problems as { path: string }[]).map((p) => p.path);
    }
    expect(paths).toContain('support.plans');
  });

  it('refuses levels and plans together, and plans without select', () => {
    expect(problems({ ...twoPlans, levels: level('PT1H') }).length).toBeGreaterThan(0);
    expect(problems({ plans: twoPlans.plans }).length).toBeGreaterThan(0);
  });

  it('checks each plan as a policy, at its path', () => {
    expect(problems({ ...twoPlans, plans: { ...twoPlans.plans, standard: { levels: level('PT4H'), warnAt: { percent: [150] } } } })).toEqual(['support.plans.standard.warnAt.percent[0]']);
  });
});

describe('the schema and loadContract agree on plans', () => {
  const when = fc.constantFrom<unknown>(undefined, { tier: 'premium' }, { tier: ['a', 'b'] }, {}, { tier: '' }, { tier: [] }, { tier: 3 }, { '': 'x' });
  const plan = fc.constantFrom<unknown>('premium', 'standard', 'gold', '', 'pré', '__proto__');
  const rule = fc.record({ when, plan, source: fc.constant({ doc: 'sla', section: '1' }) }, { requiredKeys: ['plan'] });
  const plans = fc.constantFrom<unknown>(twoPlans.plans, { premium: twoPlans.plans.premium }, {}, { 'bad name': twoPlans.plans.premium }, { premium: { levels: level('PT1H'), select: [] } });

  it('on plans and select, valid or broken', () => {
    fc.assert(
      fc.property(plans, fc.array(rule, { maxLength: 3 }), fc.boolean(), (p, select, withLevels) => {
        const d = doc({ plans: p, select, ...(withLevels ? { levels: level('PT1H') } : {}) });
        // The schema cannot see cross-references (a rule's plan exists, reachability): only documents it accepts may differ.
        if (!validate(d)) expect(loads(d)).toBe(false);
        else if (loads(d)) expect(validate(d)).toBe(true);
      }),
      { seed: 20261206, numRuns: 500 },
    );
  });

  it('on the example contract', () => {
    const larkspur = JSON.parse(readFileSync('examples/contracts/larkspur-saas.json', 'utf8')) as unknown;
    expect([validate(larkspur), loads(larkspur)]).toEqual([true, true]);
  });
});

describe('the evaluation path picks the plan per case', () => {
  it('evaluateContractCase: the plan’s targets, and the plan named; plain levels give evaluateCase’s status', () => {
    const premium = evaluateContractCase(contract, calendar, caseOf('premium'), { now: opened });
    expect(premium.response.dueAt.toISOString()).toBe('2026-10-05T11:00:00.000Z');
    expect(premium.plan).toEqual({ name: 'premium', rule: 0, when: { tier: 'premium' } });
    expect(evaluateContractCase(contract, calendar, caseOf('basic'), { now: opened }).response.dueAt.toISOString()).toBe('2026-10-05T14:00:00.000Z');
    const plain = loadContract(doc({ levels: level('PT1H') }));
    expect(evaluateContractCase(plain, calendar, caseOf('basic'), { now: opened })).toEqual(evaluateCase(plain.support!, calendar, caseOf('basic'), { now: opened }));
  });

  it('complianceByPlan: each plan’s cases apart, against its own targets; every plan listed', () => {
    const responded = (c: CaseInput, at: string): CaseInput => ({ ...c, events: [{ type: 'responded', at }] });
    const cases = [responded(caseOf('premium', 'A'), '2026-10-05T12:00:00Z'), responded(caseOf('basic', 'B'), '2026-10-05T12:00:00Z'), responded(caseOf('premium', 'C'), '2026-10-05T10:30:00Z')];
    const byPlan = complianceByPlan(contract, calendar, cases, { now: '2026-10-06T00:00:00Z', outcomes: 'all' });
    expect(Object.keys(byPlan)).toEqual(['premium', 'standard']);
    expect([byPlan['premium']?.met, byPlan['premium']?.breached, byPlan['premium']?.bySeverity[1]?.target]).toEqual([1, 1, 0.95]);
    expect([byPlan['standard']?.met, byPlan['standard']?.bySeverity[1]?.target]).toEqual([1, 0.9]);
    // One figure, one path: a plan's report is complianceReport of its cases under its policy.
    const { outcomes: _o, ...premium } = byPlan['premium']!;
    const { outcomes: _p, ...direct } = complianceReport(contract.supportPlans!.plans['premium']!, calendar, [cases[0]!, cases[2]!], { now: '2026-10-06T00:00:00Z', outcomes: 'all' });
    expect(premium).toEqual(direct);
    // Outcomes name each case's place in the whole input.
    expect(byPlan['premium']?.outcomes?.map((o) => [o.id, o.index])).toEqual([['A', 0], ['C', 2]]);
    expect(byPlan['standard']?.outcomes?.map((o) => o.index)).toEqual([1]);
  });

  it('complianceByPlan names a bad case by its place in the whole input', () => {
    const strict = loadContract(doc({ ...twoPlans, select: twoPlans.select.slice(0, 2) }));
    expectSlaError(() => complianceByPlan(strict, calendar, [caseOf('premium'), caseOf('gold', 'G')], { now: opened }), 'INVALID_CASE', 'cases[1].attributes', "case 'G' has no plan");
    const bad = { ...caseOf('basic', 'X'), openedAt: 'soon' };
    expectSlaError(() => complianceByPlan(contract, calendar, [caseOf('premium'), bad], { now: opened }), 'INVALID_CASE', 'cases[1].openedAt');
  });

  it('complianceByPlan on plain levels: one report under the name \'\'', () => {
    const plain = loadContract(doc({ levels: level('PT1H') }));
    expect(complianceByPlan(plain, calendar, [caseOf(undefined)], { now: opened })['']?.total).toBe(1);
  });

  it('explanations name the plan and the rule that chose it, with the plan’s clauses', () => {
    const e = explainContractCase(contract, calendar, caseOf('premium', 'C-9'), { now: opened });
    expect(e.plan).toEqual({ name: 'premium', rule: 0, when: { tier: 'premium' } });
    expect(e.response.source?.section).toBe('2.1');
    expect(formatExplanation(e).split('\n').slice(0, 2)).toEqual(['Case C-9, severity 1', "Plan premium, chosen by rule 1 of support.select (tier = 'premium')"]);
    const plain = loadContract(doc({ levels: level('PT1H') }));
    expect(explainContractCase(plain, calendar, caseOf('x'), { now: opened })).toEqual(explainCase(plain.support!, calendar, caseOf('x'), { now: opened }));
  });
});

describe('the service report shows each plan apart rather than mixing them', () => {
  it('buildServiceReport with cases under a contract with plans: one part per plan', async () => {
    const { buildServiceReport } = await import('../../src/report/index.js');
    const report = buildServiceReport({ contract, month: '2026-10', timeZone: 'UTC', now: '2026-11-02T00:00:00Z', cases: [caseOf('premium')] });
    expect(report.compliance?.parts?.map((p) => [p.plan, p.cases])).toEqual(Object.keys(contract.supportPlans!.plans).map((plan) => [plan, plan === 'premium' ? 1 : 0]));
  });
});
