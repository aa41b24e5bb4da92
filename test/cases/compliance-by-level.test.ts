// One shape per concept: per-level counts are a list of { level, label, …counts } ordered by level,
// and a metric no input fed is not measured (its figures null), never 0%.
import { describe, expect, it } from 'vitest';
import { complianceByLevel, complianceReport, metricsFedBy, metricsNotMeasured } from '../../src/cases/index.js';
import { businessHours8to5, uniphoreSupport } from '../../src/presets/index.js';
import { renewalSchedule, renewalTermRows } from '../../src/renewal/index.js';
import { expectSlaError } from '../expect-sla-error.js';

const calendar = businessHours8to5('America/New_York');
const severities = [1, 2, 3, 4].map((level) => ({ level, label: `Sev ${level}` }));
const report = complianceReport(
  uniphoreSupport,
  calendar,
  [
    { id: 'A', severity: 1, openedAt: '2026-11-23T09:00:00-05:00', events: [{ type: 'responded', at: '2026-11-23T09:30:00-05:00' }] },
    { id: 'B', severity: 3, openedAt: '2026-11-23T09:00:00-05:00', events: [{ type: 'responded', at: '2026-11-27T09:30:00-05:00' }] },
  ],
  { now: '2026-12-01T00:00:00Z', groupBy: 'severity' },
);

describe('complianceByLevel: per-level counts are a list ordered by level, each with its label', () => {
  it('lists every level of the report in order, with the counts of bySeverity', () => {
    const json = complianceByLevel(report, severities);
    expect(json.bySeverity.map((r) => [r.level, r.label])).toEqual([[1, 'Sev 1'], [2, 'Sev 2'], [3, 'Sev 3'], [4, 'Sev 4']]);
    json.bySeverity.forEach((row) => expect(row).toEqual({ level: row.level, label: row.label, ...report.bySeverity[row.level] }));
    expect(json.updates.bySeverity[0]).toHaveProperty('missedUpdates', report.updates.bySeverity[1]!.missedUpdates);
    expect(json.resolution.bySeverity).toHaveLength(4);
    expect([json.total, json.met, json.breached]).toEqual([report.total, report.met, report.breached]);
    expect(json).not.toHaveProperty('asOf');
    expect(json).not.toHaveProperty('groups');
  });
  it('a group of the report takes the same shape', () => {
    const group = complianceByLevel(report.groups!['3']!, severities);
    expect(group.bySeverity.find((r) => r.level === 3)?.total).toBe(1);
  });
  it('a metric not measured has its figures null, whole and per level; the others are untouched', () => {
    const json = complianceByLevel(report, severities, ['updates']);
    expect([json.updates.met, json.updates.rate, json.updates.missedUpdates, json.updates.total]).toEqual([null, null, null, report.updates.total]);
    for (const row of json.updates.bySeverity) expect([row.met, row.breached, row.pending, row.rate, row.meetsTarget, row.missedUpdates]).toEqual([null, null, null, null, null, null]);
    expect(json.rate).toBe(report.rate);
    const response = complianceByLevel(report, severities, ['response']);
    expect([response.met, response.rate, response.bySeverity[0]!.rate]).toEqual([null, null, null]);
    expect(response.resolution.met).toBe(report.resolution.met);
  });
  it('refuses what is not compliance counts, and a level without a label', () => {
    expectSlaError(() => complianceByLevel(null as never, severities), 'INVALID_ARGUMENT', 'group');
    expectSlaError(() => complianceByLevel({ ...report, rate: 2 }, severities), 'INVALID_ARGUMENT', 'group.rate');
    expectSlaError(() => complianceByLevel({ ...report, replies: { ...report.resolution, bySeverity: null as never } }, severities), 'INVALID_ARGUMENT', 'group.replies.bySeverity');
    expectSlaError(() => complianceByLevel({ ...report, meetsTarget: 'yes' as never }, severities), 'INVALID_ARGUMENT', 'group.meetsTarget');
    expectSlaError(() => complianceByLevel(report, severities.slice(0, 2)), 'INVALID_ARGUMENT', 'level');
    expectSlaError(() => complianceByLevel(report, severities, 'updates' as never), 'INVALID_ARGUMENT', 'notMeasured');
  });
});

describe('metricsFedBy and metricsNotMeasured: a metric with no input is not measured, never 0%', () => {
  it('each metric is fed by its own events', () => {
    expect(metricsFedBy([{ type: 'responded', at: 0 }])).toEqual(['response']);
    expect(metricsFedBy([{ type: 'resolution-notice', at: 0 }, { type: 'updated', at: 0 }])).toEqual(['resolution', 'updates']);
    expect(metricsFedBy([{ type: 'closed', at: 0 }])).toEqual(['resolution']);
    expect(metricsFedBy([])).toEqual([]);
    expectSlaError(() => metricsFedBy('responded' as never), 'INVALID_CASE', 'events');
  });
  it('a metric no case fed is not measured unless said intentionally empty; one without a target in the policy never is', () => {
    expect(metricsNotMeasured(uniphoreSupport, [])).toEqual(['response', 'updates']);
    expect(metricsNotMeasured(uniphoreSupport, new Set(['response', 'updates'] as const))).toEqual([]);
    expect(metricsNotMeasured(uniphoreSupport, [], ['response'])).toEqual(['updates']);
    const withResolution = { ...uniphoreSupport, levels: { ...uniphoreSupport.levels, 1: { ...uniphoreSupport.levels[1]!, resolution: { after: 'PT8H', clock: '24x7' as const } } } };
    expect(metricsNotMeasured(withResolution, ['response', 'updates'])).toEqual(['resolution']);
  });
  it('refuses names that are not metrics', () => {
    expectSlaError(() => metricsNotMeasured(uniphoreSupport, ['replies' as never]), 'INVALID_ARGUMENT', 'fed');
    expectSlaError(() => metricsNotMeasured(uniphoreSupport, [], ['x' as never]), 'INVALID_ARGUMENT', 'intentionallyEmpty[0]');
    expectSlaError(() => metricsNotMeasured(uniphoreSupport, 3 as never), 'INVALID_ARGUMENT', 'fed');
    expectSlaError(() => metricsNotMeasured(uniphoreSupport, [], 'x' as never), 'INVALID_ARGUMENT', 'intentionallyEmpty');
    expectSlaError(() => metricsNotMeasured(null as never, []), 'INVALID_POLICY', 'policy.levels');
  });
});

describe('renewalTermRows: a renewal fee has one shape in every output', () => {
  it('each fee in exact minor units and as people read it', () => {
    const terms = renewalSchedule({ feeMinor: 12_000_000, start: '2026-03-15', renewals: [{ cpi: 0.031 }] });
    const rows = renewalTermRows(terms, 'usd');
    expect(rows.map((r) => [r.feeMinor, r.fee])).toEqual([[12_000_000, '120,000.00'], [12_600_000, '126,000.00']]);
    expect(renewalTermRows(terms, 'JPY')[0]?.fee).toBe('12,000,000');
    const big = renewalTermRows(renewalSchedule({ feeMinor: 10n ** 20n, start: '2026-03-15', renewals: [] }), 'USD');
    expect([big[0]?.feeMinor, big[0]?.fee]).toEqual(['100000000000000000000', '1,000,000,000,000,000,000.00']);
  });
  it('refuses what is not a schedule or a currency', () => {
    const terms = renewalSchedule({ feeMinor: 100, start: '2026-03-15', renewals: [] });
    expectSlaError(() => renewalTermRows(null as never, 'USD'), 'INVALID_ARGUMENT', 'terms');
    expectSlaError(() => renewalTermRows(terms, 'dollars'), 'INVALID_ARGUMENT', 'currency');
    expectSlaError(() => renewalTermRows([null] as never, 'USD'), 'INVALID_ARGUMENT', 'terms[0]');
    expectSlaError(() => renewalTermRows([{ ...terms[0]!, term: 0 }], 'USD'), 'INVALID_ARGUMENT', 'terms[0].term');
    expectSlaError(() => renewalTermRows([{ ...terms[0]!, end: '2026-13-01' }], 'USD'), 'INVALID_ARGUMENT', 'terms[0].end');
    expectSlaError(() => renewalTermRows([{ ...terms[0]!, feeMinor: 1.5 }], 'USD'), 'INVALID_MONEY', 'terms[0].feeMinor');
    expectSlaError(() => renewalTermRows([{ ...terms[0]!, rate: Number.NaN }], 'USD'), 'INVALID_ARGUMENT', 'terms[0].rate');
    expectSlaError(() => renewalTermRows([{ ...terms[0]!, rule: 1 as never }], 'USD'), 'INVALID_ARGUMENT', 'terms[0].rule');
  });
});
