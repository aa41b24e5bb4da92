// Issue 22: the non-SlaError throws the second adversarial pass found, and shards made under
// different downtime policies, which merged without a word.
import { describe, expect, it } from 'vitest';
import { formatExplanation, explainBusinessTime } from '../../src/explain/index.js';
import { availabilityReportOf, availabilityShard, mergeAvailabilityShards, mergeComplianceReports } from '../../src/records/index.js';
import { contractToJSON } from '../../src/contract/index.js';
import { businessHours8to5 } from '../../src/presets/index.js';
import { complianceReport } from '../../src/cases/index.js';
import { uniphoreSupport } from '../../src/presets/index.js';
import { createMaintenanceSchedule } from '../../src/maintenance/index.js';
import { expectSlaError } from '../expect-sla-error.js';

describe('issue 22: non-SlaError throws are SlaErrors naming the field', () => {
  const calendar = businessHours8to5('America/New_York');
  it('formatExplanation of {} / null / a case without parts / a date that is not a text', () => {
    expectSlaError(() => formatExplanation({} as never), 'INVALID_ARGUMENT', 'explanation.kind');
    expectSlaError(() => formatExplanation(null as never), 'INVALID_ARGUMENT', 'explanation.kind');
    expectSlaError(() => formatExplanation({ kind: 'case', severity: 1 } as never), 'INVALID_ARGUMENT', 'explanation.response');
    const e = explainBusinessTime(calendar, '2026-11-20T16:30:00-05:00', { hours: 24 });
    expectSlaError(() => formatExplanation({ ...e, stretches: [{ ...e.stretches[0], date: 5 }] } as never), 'INVALID_ARGUMENT', 'explanation.stretches[0].date');
    expect(formatExplanation(JSON.parse(JSON.stringify(e)) as never)).toBe(formatExplanation(e)); // a stored one still renders
  });

  it('mergeComplianceReports of {} / null / a report with a level missing', () => {
    const report = complianceReport(uniphoreSupport, calendar, [{ severity: 1, openedAt: '2026-11-23T09:00:00-05:00' }], { now: '2026-11-23T12:00:00-05:00' });
    expectSlaError(() => mergeComplianceReports({} as never, {} as never), 'INVALID_ARGUMENT', 'a.met');
    expectSlaError(() => mergeComplianceReports(null as never, report), 'INVALID_ARGUMENT', 'a');
    const { 2: _, ...partial } = report.bySeverity;
    expectSlaError(() => mergeComplianceReports(report, { ...report, bySeverity: partial } as never), 'INVALID_ARGUMENT', 'b.bySeverity');
    expect(mergeComplianceReports(report, JSON.parse(JSON.stringify(report)) as never).total).toBe(2);
  });

  it('availabilityReportOf and mergeAvailabilityShards of {} / null / a segment of an unknown cause', () => {
    const shard = availabilityShard({ month: '2026-06', policy: { excusable: [], maintenanceWindowsOnly: false }, incidents: [{ start: '2026-06-03T10:00:00Z', end: '2026-06-03T11:00:00Z', cause: 'unplanned' }] });
    expectSlaError(() => availabilityReportOf({} as never), 'INVALID_ARGUMENT', 'shard.month');
    expectSlaError(() => availabilityReportOf(null as never), 'INVALID_ARGUMENT', 'shard');
    expectSlaError(() => mergeAvailabilityShards({} as never, {} as never), 'INVALID_ARGUMENT', 'a.month');
    expectSlaError(() => mergeAvailabilityShards(shard, { ...shard, segments: [{ ...shard.segments[0]!, cause: 'gremlins' as never }] }), 'INVALID_ARGUMENT', 'b.segments[0].cause');
    expectSlaError(() => availabilityReportOf({ ...shard, segments: [{ ...shard.segments[0]!, incidentIndex: 5 }] }), 'INVALID_ARGUMENT', 'shard.segments[0].incidentIndex');
  });

  it("contractToJSON of {} / null; businessHours8to5('UTC', [1])", () => {
    expectSlaError(() => contractToJSON({} as never), 'INVALID_ARGUMENT', 'contract');
    expectSlaError(() => contractToJSON(null as never), 'INVALID_ARGUMENT', 'contract');
    expectSlaError(() => businessHours8to5('UTC', [1 as never]), 'INVALID_CALENDAR', 'holidays[0]');
    expectSlaError(() => businessHours8to5('UTC', [null as never]), 'INVALID_CALENDAR', 'holidays[0]');
  });
});

describe('issue 22: mergeAvailabilityShards refuses shards made under different downtime policies', () => {
  const incidents = [{ start: '2026-06-03T10:00:00Z', end: '2026-06-03T11:00:00Z', cause: 'customer-caused' as const }];
  const shardUnder = (excusable: ('customer-caused' | 'third-party')[], extra: object = {}) => availabilityShard({ month: '2026-06', policy: { excusable, maintenanceWindowsOnly: false }, incidents, ...extra });

  it('a shard records the policy it was computed under', () => {
    expect(shardUnder(['customer-caused'])).toMatchObject({ excusable: ['customer-caused'], maintenanceWindowsOnly: false, maintenance: null, region: null });
  });

  it('excusable causes that differ are refused (the merge gave z = 0, 100%)', () => {
    expectSlaError(() => mergeAvailabilityShards(shardUnder(['customer-caused']), shardUnder([])), 'INVALID_ARGUMENT', 'b.excusable');
    expectSlaError(() => mergeAvailabilityShards(shardUnder([]), shardUnder(['third-party'])), 'INVALID_ARGUMENT', 'b.excusable');
  });

  it('maintenanceWindowsOnly, the maintenance schedule and the region that differ are refused', () => {
    const a = availabilityShard({ month: '2026-06', policy: { excusable: ['scheduled-maintenance'], maintenanceWindowsOnly: false }, incidents: [] });
    const b = availabilityShard({ month: '2026-06', policy: { excusable: ['scheduled-maintenance'], maintenanceWindowsOnly: true }, incidents: [], maintenance: createMaintenanceSchedule({ timeZone: 'UTC', windows: [{ region: 'EU', day: 'sun', start: '02:00', end: '04:00' }] }) });
    expectSlaError(() => mergeAvailabilityShards(a, b), 'INVALID_ARGUMENT', 'b.maintenanceWindowsOnly');
    const schedule = (start: string) => createMaintenanceSchedule({ timeZone: 'UTC', windows: [{ region: 'EU', day: 'sun', start, end: '04:00' }, { region: 'US', day: 'sun', start, end: '04:00' }] });
    const under = (start: string, region: string) => availabilityShard({ month: '2026-06', policy: { excusable: ['scheduled-maintenance'], maintenanceWindowsOnly: true }, incidents: [], maintenance: schedule(start), region });
    expectSlaError(() => mergeAvailabilityShards(under('02:00', 'EU'), under('01:00', 'EU')), 'INVALID_ARGUMENT', 'b.maintenance');
    expectSlaError(() => mergeAvailabilityShards(under('02:00', 'EU'), under('02:00', 'US')), 'INVALID_ARGUMENT', 'b.region');
    expect(mergeAvailabilityShards(under('02:00', 'EU'), JSON.parse(JSON.stringify(under('02:00', 'EU'))) as never).incidentCount).toBe(0);
  });

  it('notice conditions and appliesTo that differ are refused (a shard records them too)', () => {
    const policy = (conditions?: object[]): never => ({ excusable: ['scheduled-maintenance' as const], maintenanceWindowsOnly: false, ...(conditions === undefined ? {} : { conditions }) }) as never;
    const plain = availabilityShard({ month: '2026-06', policy: policy(), incidents: [] });
    const noticed = availabilityShard({ month: '2026-06', policy: policy([{ cause: 'scheduled-maintenance', notice: 'PT72H' }]), incidents: [] });
    expect(noticed.conditions).toEqual([{ cause: 'scheduled-maintenance', notice: 'PT72H' }]);
    expectSlaError(() => mergeAvailabilityShards(plain, noticed), 'INVALID_ARGUMENT', 'b.conditions');
    const scoped = availabilityShard({ month: '2026-06', policy: policy(), incidents: [], appliesTo: { environment: ['production'] } });
    expectSlaError(() => mergeAvailabilityShards(plain, scoped), 'INVALID_ARGUMENT', 'b.appliesTo');
    expect(mergeAvailabilityShards(scoped, JSON.parse(JSON.stringify(scoped)) as never).appliesTo).toEqual({ environment: ['production'] });
  });

  it('like shards still merge to the shard of the union', () => {
    const merged = mergeAvailabilityShards(shardUnder(['customer-caused']), shardUnder(['customer-caused']));
    expect(availabilityReportOf(merged).percent).toBe(100);
    expect(merged.incidentCount).toBe(2);
  });
});

describe('issue 22: the shape checks name each kind of misfit', () => {
  const shard = availabilityShard({ month: '2026-06', policy: { excusable: [], maintenanceWindowsOnly: false }, incidents: [{ id: 'A', start: '2026-06-03T10:00:00Z', end: '2026-06-03T11:00:00Z', cause: 'unplanned' }, { start: '2026-06-04T10:00:00Z', end: '2026-06-04T11:00:00Z', cause: 'unplanned' }] });
  const [first, second] = shard.segments as [typeof shard.segments[0], typeof shard.segments[0]];
  it.each<[string, object, string]>([
    ['an end not after the start', { end: shard.start }, 'shard.end'],
    ['an instant past the range of a Date', { asOf: 9e15 }, 'shard.asOf'],
    ['a rounding that is not an object', { rounding: 2 }, 'shard.rounding'],
    ['rounding decimals out of range', { rounding: { decimals: 11, mode: 'down' } }, 'shard.rounding.decimals'],
    ['a rounding mode not known', { rounding: { decimals: 2, mode: 'sideways' } }, 'shard.rounding.mode'],
    ['a region that is not JSON data', { region: 10n }, 'shard.region'],
    ['a maintenance spec holding NaN', { maintenance: { windows: [Number.NaN] } }, 'shard.maintenance.windows.0'],
    ['a month that is not a text', { month: 6 }, 'shard.month'],
    ['dropShortPeriods not a boolean', { dropShortPeriods: 'yes' }, 'shard.dropShortPeriods'],
    ['segments not a list', { segments: {} }, 'shard.segments'],
    ['a segment that is not an object', { segments: [1] }, 'shard.segments[0]'],
    ['a reason not known', { segments: [{ ...first, reason: 'gremlins' }] }, 'shard.segments[0].reason'],
    ['an incident id that is not a text', { segments: [{ ...first, incidentId: 5 }] }, 'shard.segments[0].incidentId'],
    ['segments out of order', { segments: [second, first] }, 'shard.segments[1]'],
    ['a segment that ends before it starts', { segments: [{ ...first, end: first.start }] }, 'shard.segments[0]'],
  ])('a shard with %s', (_, change, path) => {
    expectSlaError(() => availabilityReportOf({ ...shard, ...change } as never), 'INVALID_ARGUMENT', path);
  });

  const calendar = businessHours8to5('America/New_York');
  const report = complianceReport(uniphoreSupport, calendar, [{ id: 'C-1', severity: 1, openedAt: '2026-11-23T09:00:00-05:00' }], { now: '2026-11-23T12:00:00-05:00', outcomes: 'all', groupBy: 'severity' });
  it.each<[string, object, string]>([
    ['groups that are not an object', { groups: 5 }, 'b.groups'],
    ['a group of the wrong shape', { groups: { x: {} } }, 'b.groups.x.met'],
    ['outcomes that are not a list', { outcomes: {} }, 'b.outcomes'],
    ['an outcome holding NaN', { outcomes: [{ ...report.outcomes![0], missedUpdates: Number.NaN }] }, 'b.outcomes[0].missedUpdates'],
    ['an outcome holding an Invalid Date', { outcomes: [{ ...report.outcomes![0], openedAt: new Date(Number.NaN) }] }, 'b.outcomes[0].openedAt'],
    ['an outcome holding a function', { outcomes: [{ ...report.outcomes![0], id: () => 1 }] }, 'b.outcomes[0].id'],
    ['resolution counts of other levels', { resolution: { ...report.resolution, bySeverity: { 1: report.resolution.bySeverity[1] } } }, 'b.resolution.bySeverity'],
    ['update counts of other levels', { updates: { ...report.updates, bySeverity: { 1: report.updates.bySeverity[1] } } }, 'b.updates.bySeverity'],
    ['a target that is not a number', { target: '90%' }, 'b.target'],
  ])('a compliance report with %s', (_, change, path) => {
    expectSlaError(() => mergeComplianceReports(report, { ...report, ...change } as never), 'INVALID_ARGUMENT', path);
  });

  it('an outcome nested deeper than an outcome is', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 12; i++) deep = { deep };
    expectSlaError(() => mergeComplianceReports(report, { ...report, outcomes: [{ ...report.outcomes![0], deep }] } as never), 'INVALID_ARGUMENT');
  });

  it('a case explanation whose id is neither a text nor a number', () => {
    const e = { kind: 'case', id: {}, severity: 1, response: explainBusinessTime(calendar, '2026-11-20T16:30:00-05:00', { hours: 1 }), resolution: null, update: null };
    expectSlaError(() => formatExplanation(e as never), 'INVALID_ARGUMENT', 'explanation.id', 'is not a text or a number');
    expect(formatExplanation({ ...e, id: 7 } as never)).toMatch(/^Case 7, severity 1/);
  });
});
