import { describe, expect, it } from 'vitest';
import { type CaseInput, complianceReport, type SupportPolicy } from '../../src/cases/index.js';
import { loadContract } from '../../src/contract/index.js';
import { businessHours8to5 } from '../../src/presets/index.js';
import { mergeComplianceReports } from '../../src/records/index.js';
import { expectSlaError } from '../expect-sla-error.js';

// A compliance target on every metric: a level's resolution and update targets carry their own
// share, and compliance reports judge that level's counts of the target by it.
const calendar = businessHours8to5('America/New_York');
const now = '2026-11-30T12:00:00-05:00';
const policy: SupportPolicy = {
  levels: {
    1: {
      label: 'P1',
      response: { after: 'PT1H', clock: '24x7', complianceTarget: 0.95 },
      updates: { after: 'PT2H', clock: '24x7', complianceTarget: 0.5 },
      resolution: { after: 'PT8H', clock: '24x7', complianceTarget: 0.9 },
    },
    2: { label: 'P2', response: { after: 'PT4H', clock: 'business' }, resolution: { after: 'PT45H', clock: 'business', complianceTarget: 0.5 }, complianceTarget: 0.8 },
  },
};
const resolvedIn = (severity: number, opened: string, hours: number): CaseInput => {
  const openedAt = new Date(opened).getTime();
  return {
    severity,
    openedAt: opened,
    events: [
      { type: 'responded', at: new Date(openedAt + 1_800_000).toISOString() },
      { type: 'resolution-notice', at: new Date(openedAt + hours * 3_600_000).toISOString() },
    ],
  };
};
const cases = [resolvedIn(1, '2026-11-02T09:00:00-05:00', 5), resolvedIn(1, '2026-11-03T09:00:00-05:00', 10), resolvedIn(2, '2026-11-04T09:00:00-05:00', 6)];

describe('a complianceTarget on every metric target', () => {
  it("a level's resolution counts are judged by its resolution target's complianceTarget; the whole carries none", () => {
    const report = complianceReport(policy, calendar, cases, { now });
    expect(report.resolution.bySeverity[1]).toMatchObject({ met: 1, breached: 1, rate: 0.5, target: 0.9, meetsTarget: false });
    expect(report.resolution.bySeverity[2]).toMatchObject({ met: 1, rate: 1, target: 0.5, meetsTarget: true });
    expect(report.resolution).toMatchObject({ target: null, meetsTarget: null });
  });

  it("a level's update counts are judged by its updates target's complianceTarget", () => {
    const report = complianceReport(policy, calendar, cases, { now });
    expect(report.updates.bySeverity[1]?.target).toBe(0.5);
    expect(report.updates.bySeverity[2]?.target).toBeNull();
  });

  it("the response target's complianceTarget is the level's response target", () => {
    const report = complianceReport(policy, calendar, cases, { now });
    expect(report.bySeverity[1]).toMatchObject({ target: 0.95, meetsTarget: true });
    expect(report.bySeverity[2]).toMatchObject({ target: 0.8 });
  });

  it('options.target overrides the response targets only', () => {
    const report = complianceReport(policy, calendar, cases, { now, target: 0.1 });
    expect([report.bySeverity[1]?.target, report.resolution.bySeverity[1]?.target]).toEqual([0.1, 0.9]);
  });

  it("a response compliance target given on the level and on its response target is refused: which one holds is not clear", () => {
    const both: SupportPolicy = { levels: { 1: { label: 'P1', response: { after: 'PT1H', clock: '24x7', complianceTarget: 0.9 }, complianceTarget: 0.95 } } };
    expectSlaError(() => complianceReport(both, calendar, [], { now }), 'INVALID_POLICY', 'levels.1.response.complianceTarget', 'give one');
  });

  it('a share outside 0 to 1 is refused at its path; escalation targets carry none', () => {
    const bad = { levels: { 1: { label: 'P1', response: { after: 'PT1H', clock: '24x7' }, resolution: { after: 'PT8H', clock: '24x7', complianceTarget: 90 } } } } as unknown as SupportPolicy;
    expectSlaError(() => complianceReport(bad, calendar, [], { now }), 'INVALID_POLICY', 'levels.1.resolution.complianceTarget');
    const escalation = { levels: { 1: { label: 'P1', response: { after: 'PT1H', clock: '24x7' }, escalation: { after: 'PT8H', clock: '24x7', complianceTarget: 0.9 } } } } as unknown as SupportPolicy;
    expectSlaError(() => complianceReport(escalation, calendar, [], { now }), 'INVALID_POLICY', 'levels.1.escalation.complianceTarget');
  });

  it('merged reports keep the targets, and reports under other targets are refused', () => {
    const a = complianceReport(policy, calendar, cases.slice(0, 1), { now });
    const b = complianceReport(policy, calendar, cases.slice(1), { now });
    const merged = mergeComplianceReports(a, b);
    expect(merged.resolution).toEqual(complianceReport(policy, calendar, cases, { now }).resolution);
    const other: SupportPolicy = { ...policy, levels: { ...policy.levels, 2: { ...policy.levels[2]!, resolution: { after: 'PT45H', clock: 'business', complianceTarget: 0.6 } } } };
    expectSlaError(() => mergeComplianceReports(a, complianceReport(other, calendar, [], { now })), 'INVALID_ARGUMENT', 'b.resolution.bySeverity.2.target');
  });

  it('a contract states it on the target, with the clause, and may take it from a parameter', () => {
    const contract = loadContract(
      {
        sources: [{ id: 'sla', title: 'Example SLA' }],
        severities: { 1: { label: 'P1' } },
        parameters: { share: { type: 'share', description: 'share of P1 cases resolved in time', example: 0.9 } },
        support: { levels: { 1: { response: { after: 'PT1H', clock: '24x7' }, resolution: { after: 'PT45H', clock: 'business', complianceTarget: { $param: 'share' }, source: { doc: 'sla', section: '2.3' } } } } },
      },
      { parameters: { share: 0.9 } },
    );
    expect(contract.support?.levels[1]?.resolution).toEqual({ after: 'PT45H', clock: 'business', complianceTarget: 0.9 });
    expect(complianceReport(contract.support!, calendar, [], { now }).resolution.bySeverity[1]?.target).toBe(0.9);
  });
});
