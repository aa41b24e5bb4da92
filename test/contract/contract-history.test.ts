import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { measureAvailability } from '../../src/availability/measure-availability.js';
import type { Incident, IncidentCause } from '../../src/availability/types.js';
import { complianceReport } from '../../src/cases/compliance-report.js';
import type { CaseInput } from '../../src/cases/types.js';
import { historyAvailability } from '../../src/availability/index.js';
import { historyComplianceReport } from '../../src/cases/index.js';
import { loadContract, loadContractHistory } from '../../src/contract/index.js';
import type { Contract, ContractDocument } from '../../src/contract/types.js';
import { expectSlaError } from '../expect-sla-error.js';

const larkspur = JSON.parse(readFileSync(new URL('../fixtures/contracts/larkspur-saas-levels.json', import.meta.url), 'utf8')) as ContractDocument;
const doc = (effective?: ContractDocument['effective'], extra: Partial<ContractDocument> = {}): ContractDocument => ({ name: 'SLA', ...(effective === undefined ? {} : { effective }), ...extra });

describe('effective dates (loadContract)', () => {
  it('from starts at 00:00 of the day in availability.timeZone; to is the last day in force (inclusive)', () => {
    const c = loadContract(doc({ from: '2026-10-15', to: '2026-10-31' }, { availability: { timeZone: 'Europe/Berlin' } }));
    expect(c.effective).toEqual({ from: '2026-10-15', to: '2026-10-31', timeZone: 'Europe/Berlin', start: new Date('2026-10-14T22:00:00Z'), end: new Date('2026-10-31T23:00:00Z') });
  });
  it('effective.timeZone wins over availability.timeZone; UTC when neither is stated', () => {
    expect(loadContract(doc({ from: '2026-10-15', timeZone: 'Asia/Kolkata' }, { availability: { timeZone: 'Europe/Berlin' } })).effective?.start).toEqual(new Date('2026-10-14T18:30:00Z'));
    expect(loadContract(doc({ from: '2026-10-15' })).effective?.start).toEqual(new Date('2026-10-15T00:00:00Z'));
  });
  it('availability.timeZone given as a parameter is read from the parameter values', () => {
    const parametered = doc({ from: '2026-10-15' }, { availability: { timeZone: { $param: 'zone' } }, parameters: { zone: { type: 'time-zone', description: 'zone' } } });
    expect(loadContract(parametered, { parameters: { zone: 'Europe/Berlin' } }).effective?.timeZone).toBe('Europe/Berlin');
    expectSlaError(() => loadContract(parametered, { parts: ['support'] }), 'INVALID_CONTRACT', 'effective.timeZone');
  });
  it('a contract without effective has none', () => {
    expect(loadContract(doc()).effective).toBeUndefined();
  });
  it('to before from, or a date not of the calendar, is refused', () => {
    expectSlaError(() => loadContract(doc({ from: '2026-10-15', to: '2026-10-14' })), 'INVALID_CONTRACT', 'effective.to');
    expectSlaError(() => loadContract(doc({ from: '2026-02-30' })), 'INVALID_CONTRACT', 'effective.from');
    expectSlaError(() => loadContract(doc({ from: '2026-10-15', timeZone: 'Mars/Olympus' })), 'INVALID_CONTRACT');
    expectSlaError(() => loadContract(doc({ to: '2026-02-30' })), 'INVALID_CONTRACT', 'effective.to');
    expectSlaError(() => loadContract(doc({ from: '2026-10-15' }, { availability: { timeZone: 'Mars/Olympus' } }), { parts: ['support'] }), 'INVALID_CONTRACT', 'availability.timeZone');
  });
  it('effective carries its clause', () => {
    const c = loadContract({ ...doc({ from: '2026-10-15', source: { doc: 'a1', section: '1' } }), sources: [{ id: 'a1', title: 'Amendment 1' }] });
    expect(c.clausesOf('effective')).toEqual([{ doc: 'a1', section: '1' }]);
  });
});

describe('loadContractHistory', () => {
  it('orders the versions by from; a version without to ends where the next begins', () => {
    const h = loadContractHistory([doc({ from: '2026-10-15' }), doc()]);
    expect(h.versions.map((v) => [v.from, v.start, v.end])).toEqual([
      [null, null, new Date('2026-10-15T00:00:00Z')],
      ['2026-10-15', new Date('2026-10-15T00:00:00Z'), null],
    ]);
    expect(h.versionAt('2026-10-14T23:59:59.999Z').index).toBe(0);
    expect(h.versionAt('2026-10-15T00:00:00Z').index).toBe(1);
  });
  it('to is inclusive: to 2026-10-14 and from 2026-10-15 meet with no gap', () => {
    const h = loadContractHistory([doc({ to: '2026-10-14' }), doc({ from: '2026-10-15' })]);
    expect(h.versions[0]?.end).toEqual(new Date('2026-10-15T00:00:00Z'));
  });
  it('a version whose to reaches the next from is refused as an overlap, with the dates', () => {
    expectSlaError(() => loadContractHistory([doc({ to: '2026-10-15' }), doc({ from: '2026-10-15' })]), 'INVALID_CONTRACT_HISTORY', undefined, '2026-10-15 to 2026-10-15 is in both');
    expectSlaError(() => loadContractHistory([doc({ from: '2026-10-15' }), doc({ from: '2026-10-15' })]), 'INVALID_CONTRACT_HISTORY', undefined, 'both are in force from 2026-10-15');
    expectSlaError(() => loadContractHistory([doc(), doc()]), 'INVALID_CONTRACT_HISTORY', undefined, 'overlap');
  });
  it('days between one to and the next from are refused as a gap, with the dates', () => {
    expectSlaError(() => loadContractHistory([doc({ to: '2026-10-13' }), doc({ from: '2026-10-15' })]), 'INVALID_CONTRACT_HISTORY', undefined, 'after 2026-10-13 and before 2026-10-15');
  });
  it('the kind of the refusal is in details.kind', () => {
    for (const [docs, kind] of [
      [[doc({ to: '2026-10-20' }), doc({ from: '2026-10-15' })], 'overlap'],
      [[doc({ to: '2026-10-10' }), doc({ from: '2026-10-15' })], 'gap'],
      [[doc(), { ...doc({ from: '2026-10-15' }), name: 'Other SLA' }], 'mixed'],
    ] as const) {
      try {
        loadContractHistory(docs);
        expect.unreachable();
      } catch (error) {
        expect((error as { details: { kind: string } }).details.kind).toBe(kind);
      }
    }
  });
  it('versions of different contracts (name, vendor), without a name, or in different zones are refused as mixed', () => {
    expectSlaError(() => loadContractHistory([doc(), { ...doc({ from: '2026-10-15' }), name: 'Other SLA' }]), 'INVALID_CONTRACT_HISTORY', 'documents[1].name');
    expectSlaError(() => loadContractHistory([doc(), { ...doc({ from: '2026-10-15' }), vendor: 'Acme' }]), 'INVALID_CONTRACT_HISTORY', 'documents[1].vendor');
    expectSlaError(() => loadContractHistory([{}, { effective: { from: '2026-10-15' } }]), 'INVALID_CONTRACT_HISTORY', 'documents[0].name');
    expectSlaError(() => loadContractHistory([doc(), doc({ from: '2026-10-15', timeZone: 'Europe/Berlin' })]), 'INVALID_CONTRACT_HISTORY', 'documents[1].effective.timeZone');
  });
  it('a version that does not load is named by its position', () => {
    expectSlaError(() => loadContractHistory([doc(), doc({ from: '2026-13-01' })]), 'INVALID_CONTRACT', undefined, 'documents[1]');
    expectSlaError(() => loadContractHistory([]), 'INVALID_ARGUMENT', 'documents');
  });
  it('a parameter only one version declares is given to that version only', () => {
    const p = { parameters: { t: { type: 'percent' as const, description: 'target' } }, availability: { target: { $param: 't' } } };
    const h = loadContractHistory([doc(), doc({ from: '2026-10-15' }, p)], { parameters: { t: 99.9 } });
    expect(h.versions[1]?.contract.availability?.target).toBe(99.9);
    expectSlaError(() => loadContractHistory([doc(), doc({ from: '2026-10-15' })], { parameters: { t: 99.9 } }), 'INVALID_CONTRACT');
  });
  it('an instant outside every version is CONTRACT_NOT_IN_FORCE', () => {
    const h = loadContractHistory([doc({ from: '2026-10-01', to: '2026-10-31' })]);
    expectSlaError(() => h.versionAt('2026-09-30T23:59:59Z'), 'CONTRACT_NOT_IN_FORCE', 'at', 'from 2026-10-01 to 2026-10-31');
    expectSlaError(() => h.versionAt('2026-11-01T00:00:00Z'), 'CONTRACT_NOT_IN_FORCE', 'at');
    expectSlaError(() => h.versionsBetween('2026-10-15T00:00:00Z', '2026-11-02T00:00:00Z'), 'CONTRACT_NOT_IN_FORCE');
  });
  it('versionsBetween splits an interval at each change', () => {
    const h = loadContractHistory([doc(), doc({ from: '2026-10-15' })]);
    expect(h.versionsBetween('2026-10-01T00:00:00Z', '2026-11-01T00:00:00Z').map((p) => [p.version.index, p.start.toISOString(), p.end.toISOString()])).toEqual([
      [0, '2026-10-01T00:00:00.000Z', '2026-10-15T00:00:00.000Z'],
      [1, '2026-10-15T00:00:00.000Z', '2026-11-01T00:00:00.000Z'],
    ]);
    expect(h.versionsBetween('2026-10-01T00:00:00Z', '2026-10-01T00:00:00Z')).toEqual([]);
    expectSlaError(() => h.versionsBetween('2026-10-02T00:00:00Z', '2026-10-01T00:00:00Z'), 'INVALID_INTERVAL', 'end');
  });
});

const responded = (openedAt: string, minutes: number, severity = 1): CaseInput => ({ openedAt, severity, events: [{ type: 'responded', at: new Date(Date.parse(openedAt) + minutes * 60_000) }] });
const policy = (excusable: IncidentCause[]): NonNullable<ContractDocument['downtime']> => ({ excusable, maintenanceWindowsOnly: false });

describe('historyAvailability: each minute under the version in force at that minute', () => {
  it('an incident across the change is split at it, each part judged by its version', () => {
    const h = loadContractHistory([doc(undefined, { downtime: policy([]) }), doc({ from: '2026-10-15' }, { downtime: policy(['third-party']) })]);
    const r = historyAvailability(h, { month: '2026-10', incidents: [{ id: 'X', start: '2026-10-14T23:00:00Z', end: '2026-10-15T01:00:00Z', cause: 'third-party' }] });
    expect([r.unscheduledMinutes, r.excusableMinutes, r.totalMinutes]).toEqual([60, 60, 44640]);
    expect(r.versions.map((v) => [v.version, v.totalMinutes, v.unscheduledMinutes, v.excusableMinutes])).toEqual([
      [0, 14 * 1440, 60, 0],
      [1, 17 * 1440, 0, 60],
    ]);
    expect(r.segments.map((s) => [s.start.toISOString(), s.excusable])).toEqual([
      ['2026-10-14T23:00:00.000Z', false],
      ['2026-10-15T00:00:00.000Z', true],
    ]);
  });
  it('the target, credit tiers and rounding of the period are those of the version in force at its end', () => {
    const h = loadContractHistory([doc(undefined, { downtime: policy([]), availability: { target: 99.9 } }), doc({ from: '2026-10-31' }, { downtime: policy([]), availability: { target: 99.95 } })]);
    expect(historyAvailability(h, { month: '2026-10', incidents: [] }).termsVersion).toBe(1);
    expect(historyAvailability(h, { month: '2026-09', incidents: [] }).termsVersion).toBe(0);
  });
  it('the rounding and monthMinutes of the version in force at the end of the period apply to the whole period', () => {
    const rounded = { excusable: [], maintenanceWindowsOnly: false, monthMinutes: 'days' as const, rounding: { decimals: 2, mode: 'down' as const } };
    const h = loadContractHistory([doc(undefined, { downtime: policy([]) }), doc({ from: '2026-10-15' }, { downtime: rounded })]);
    const r = historyAvailability(h, { month: '2026-10', incidents: [{ start: '2026-10-02T00:00:00Z', end: '2026-10-02T01:00:00Z', cause: 'unplanned' }] });
    expect(r.percent).toBe(99.86);
    expect(r.totalMinutes).toBe(31 * 1440);
  });
  it('a version in force without a downtime policy, or versions in different zones, are refused', () => {
    const h = loadContractHistory([doc(), doc({ from: '2026-10-15' }, { downtime: policy([]) })]);
    expectSlaError(() => historyAvailability(h, { month: '2026-10', incidents: [] }), 'INVALID_ARGUMENT', 'history.versions[0].downtime');
    const zones = loadContractHistory([doc({ timeZone: 'UTC' }, { downtime: policy([]), availability: { timeZone: 'Europe/Berlin' } }), doc({ from: '2026-10-15', timeZone: 'UTC' }, { downtime: policy([]) })]);
    expectSlaError(() => historyAvailability(zones, { month: '2026-10', incidents: [] }), 'INVALID_ARGUMENT', 'history');
    expectSlaError(() => historyAvailability(h, { month: '2026-10', incidents: [], zone: 'UTC' } as never), 'INVALID_ARGUMENT');
  });
  it('a month before the history is CONTRACT_NOT_IN_FORCE', () => {
    const h = loadContractHistory([doc({ from: '2026-10-15' }, { downtime: policy([]) })]);
    expectSlaError(() => historyAvailability(h, { month: '2026-10', incidents: [] }), 'CONTRACT_NOT_IN_FORCE');
  });
  it('out-of-scope incidents are listed once, whichever version scoped them', () => {
    const scoped = { downtime: policy([]), availability: { appliesTo: { environment: ['production'] } } };
    const h = loadContractHistory([doc(undefined, scoped), doc({ from: '2026-10-15' }, scoped)]);
    const r = historyAvailability(h, { month: '2026-10', incidents: [{ start: '2026-10-14T23:00:00Z', end: '2026-10-15T01:00:00Z', cause: 'unplanned', environment: 'staging' }] });
    expect(r.outOfScope).toEqual([{ incidentIndex: 0, environment: 'staging' }]);
  });
});

describe('historyComplianceReport: each case under the version in force when it opened', () => {
  const level = (after: string) => ({ levels: { 1: { label: 'P1', response: { after, clock: '24x7' as const } } } });
  const h = loadContractHistory([doc(undefined, { businessHours: { hours: '24x7' }, support: level('PT1H') }), doc({ from: '2026-10-15' }, { businessHours: { hours: '24x7' }, support: level('PT30M') })]);
  it('a case opened before the change keeps the old target even when it runs past it', () => {
    const cases = [responded('2026-10-14T23:30:00Z', 45), responded('2026-10-15T00:00:00Z', 45)];
    const parts = historyComplianceReport(h, (c) => c.calendarFor('UTC'), cases, { now: '2026-11-01T00:00:00Z', outcomes: 'all' });
    expect(parts.map((p) => [p.version, p.cases, p.report.met, p.report.breached])).toEqual([
      [0, [0], 1, 0],
      [1, [1], 0, 1],
    ]);
    expect(parts[1]?.report.outcomes?.[0]?.index).toBe(1);
  });
  it('a case opened outside the history, or with a bad openedAt, names the case', () => {
    const late = loadContractHistory([doc({ to: '2026-10-31' }, { businessHours: { hours: '24x7' }, support: level('PT1H') })]);
    expectSlaError(() => historyComplianceReport(late, (c) => c.calendarFor('UTC'), [responded('2026-11-01T00:00:00Z', 5)], { now: '2026-11-02T00:00:00Z' }), 'CONTRACT_NOT_IN_FORCE', 'cases[0].openedAt');
    expectSlaError(() => historyComplianceReport(h, (c) => c.calendarFor('UTC'), [{ openedAt: 'soon', severity: 1 }], { now: '2026-11-02T00:00:00Z' }), 'INVALID_DATE', 'cases[0].openedAt');
    expectSlaError(() => historyComplianceReport(h, 'UTC' as never, [], { now: '2026-11-02T00:00:00Z' }), 'INVALID_ARGUMENT', 'calendarOf');
    expectSlaError(() => historyComplianceReport(h, (c) => c.calendarFor('UTC'), 7 as never, { now: '2026-11-02T00:00:00Z' }), 'INVALID_ARGUMENT', 'cases');
    expectSlaError(() => historyAvailability({ versions: [] } as never, { month: '2026-10', incidents: [] }), 'INVALID_ARGUMENT', 'history');
  });
  it('a version without support targets is refused when a case opened under it', () => {
    const bare = loadContractHistory([doc(), doc({ from: '2026-10-15' }, { businessHours: { hours: '24x7' }, support: level('PT1H') })]);
    expectSlaError(() => historyComplianceReport(bare, () => h.versions[0]!.contract.calendarFor('UTC'), [responded('2026-10-01T00:00:00Z', 5)], { now: '2026-11-02T00:00:00Z' }), 'INVALID_ARGUMENT', 'history.versions[0].support');
  });
});

describe("historyComplianceReport judgeAt 'event': a change of severity takes the new level's targets from the version in force at the change", () => {
  const levels = (p1: string, p2 = 'PT4H', resolution = false) => ({
    severityChange: 'restart',
    levels: {
      1: { label: 'P1', response: { after: p1, clock: '24x7' as const, complianceTarget: 0.95 }, ...(resolution ? { resolution: { after: 'PT8H', clock: '24x7' as const } } : {}) },
      2: { label: 'P2', response: { after: p2, clock: '24x7' as const } },
    },
  });
  const v = (support: object, effective?: ContractDocument['effective']) => doc(effective, { businessHours: { hours: '24x7' }, support: support as NonNullable<ContractDocument['support']> });
  const h = loadContractHistory([v(levels('PT1H')), v(levels('PT30M'), { from: '2026-10-15' })]);
  const raised: CaseInput = { openedAt: '2026-10-14T20:00:00Z', severity: 2, events: [{ type: 'severity-changed', at: '2026-10-15T01:00:00Z', severity: 1 }, { type: 'responded', at: '2026-10-15T01:45:00Z' }] };
  const options = { now: '2026-11-01T00:00:00Z' };
  const calendar = (c: Contract) => c.calendarFor('UTC');
  it("under 'opened' the P1 target is the opening version's (1 h: met); under 'event' the amendment's (30 min: breached)", () => {
    const byOpened = historyComplianceReport(h, calendar, [raised], options);
    const byEvent = historyComplianceReport(h, calendar, [raised], { ...options, judgeAt: 'event' });
    expect(byOpened.map((p) => [p.version, p.report.met, p.report.breached])).toEqual([[0, 1, 0]]);
    expect(byEvent.map((p) => [p.version, p.report.met, p.report.breached])).toEqual([[0, 0, 1]]);
    // The compliance target stays the opening version's, so the version's cases are counted against one share.
    expect(byEvent[0]?.report.bySeverity[1]?.target).toBe(0.95);
  });
  it("cases of one version judged with and without re-targeted levels are counted together, outcomes in input order", () => {
    const plain: CaseInput = { openedAt: '2026-10-14T21:00:00Z', severity: 1, events: [{ type: 'responded', at: '2026-10-14T21:50:00Z' }] };
    const parts = historyComplianceReport(h, calendar, [raised, plain], { ...options, judgeAt: 'event', outcomes: 'all' });
    expect(parts.map((p) => [p.version, p.cases, p.report.total, p.report.met, p.report.breached])).toEqual([[0, [0, 1], 2, 1, 1]]);
    expect(parts[0]?.report.outcomes?.map((o) => o.index)).toEqual([0, 1]);
  });
  it('a change within the opening version, or to a level the versions agree on, changes nothing', () => {
    const early: CaseInput = { ...raised, events: [{ type: 'severity-changed', at: '2026-10-14T21:00:00Z', severity: 1 }, { type: 'responded', at: '2026-10-14T21:45:00Z' }] };
    expect(historyComplianceReport(h, calendar, [early], { ...options, judgeAt: 'event' })).toEqual(historyComplianceReport(h, calendar, [early], options));
  });
  it('a level held under two versions with other targets, a target added or dropped, or a change outside the history is refused', () => {
    const back: CaseInput = { openedAt: '2026-10-14T20:00:00Z', severity: 1, events: [{ type: 'severity-changed', at: '2026-10-14T21:00:00Z', severity: 2 }, { type: 'severity-changed', at: '2026-10-15T01:00:00Z', severity: 1 }] };
    expectSlaError(() => historyComplianceReport(h, calendar, [back], { ...options, judgeAt: 'event' }), 'INVALID_CASE', 'cases[0].events[1]');
    const adds = loadContractHistory([v(levels('PT1H')), v(levels('PT1H', 'PT4H', true), { from: '2026-10-15' })]);
    expectSlaError(() => historyComplianceReport(adds, calendar, [raised], { ...options, judgeAt: 'event' }), 'INVALID_CASE', 'cases[0].events', 'adds its resolution target');
    const bounded = loadContractHistory([v(levels('PT1H'), { to: '2026-10-14' }), v(levels('PT30M'), { from: '2026-10-15', to: '2026-10-15' })]);
    const late: CaseInput = { ...raised, events: [{ type: 'severity-changed', at: '2026-10-16T01:00:00Z', severity: 1 }] };
    expectSlaError(() => historyComplianceReport(bounded, calendar, [late], { ...options, judgeAt: 'event' }), 'CONTRACT_NOT_IN_FORCE', 'cases[0].events[0].at');
    expectSlaError(() => historyComplianceReport(h, calendar, [raised], { ...options, judgeAt: 'later' as never }), 'INVALID_ARGUMENT', 'options.judgeAt');
  });
});

// Properties: a history of one version is the contract; two identical versions split anywhere change no figure.
const START = Date.parse('2026-09-25T00:00:00Z');
const causes: IncidentCause[] = ['unplanned', 'scheduled-maintenance', 'customer-caused', 'force-majeure', 'third-party'];
const incident = fc.record({ at: fc.integer({ min: 0, max: 40 * 1440 }), minutes: fc.integer({ min: 0, max: 3 * 1440 }), cause: fc.constantFrom(...causes), ahead: fc.integer({ min: 0, max: 100 }), environment: fc.constantFrom('production', 'staging') }).map(
  ({ at, minutes, cause, ahead, environment }): Incident => {
    const start = START + at * 60_000;
    return { start: new Date(start), end: new Date(start + minutes * 60_000), cause, environment, ...(cause === 'scheduled-maintenance' ? { announcedAt: new Date(start - ahead * 3_600_000), plannedEnd: new Date(start + 60 * 60_000) } : {}) };
  },
);
const splitDay = fc.integer({ min: 0, max: 60 }).map((d) => new Date(Date.parse('2026-09-20T00:00:00Z') + d * 86_400_000).toISOString().slice(0, 10));
const dayBefore = (date: string): string => new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
const { effective: _none, ...base } = larkspur;
const versionsSplitAt = (day: string): ContractDocument[] => [{ ...base, effective: { to: dayBefore(day) } }, { ...base, effective: { from: day } }];

describe('properties of histories', () => {
  it('a history of one version gives what the plain contract gives (availability and compliance)', () => {
    const contract = loadContract(larkspur);
    const history = loadContractHistory([larkspur]);
    fc.assert(
      fc.property(fc.array(incident, { maxLength: 8 }), (incidents) => {
        const plain = measureAvailability({ month: '2026-10', incidents, policy: contract.downtime!, appliesTo: contract.availability!.appliesTo! });
        const { versions, termsVersion, ...under } = historyAvailability(history, { month: '2026-10', incidents });
        expect(under).toEqual(plain);
        expect(termsVersion).toBe(0);
        expect(versions).toHaveLength(1);
      }),
      { seed: 20261206, numRuns: 150 },
    );
    const cases: CaseInput[] = [responded('2026-10-02T13:00:00Z', 50, 1), responded('2026-10-20T13:00:00Z', 300, 2)];
    const plain = complianceReport(contract.support!, contract.calendarFor('UTC'), cases, { now: '2026-11-01T00:00:00Z', outcomes: 'all' });
    expect(historyComplianceReport(history, (c) => c.calendarFor('UTC'), cases, { now: '2026-11-01T00:00:00Z', outcomes: 'all' })).toEqual([{ version: 0, from: null, to: null, cases: [0, 1], report: plain, plans: null }]);
  });
  it('splitting the contract into two identical versions at any date changes no figure of availability', () => {
    const contract = loadContract(larkspur);
    fc.assert(
      fc.property(fc.array(incident, { maxLength: 8 }), splitDay, (incidents, day) => {
        const plain = measureAvailability({ month: '2026-10', incidents, policy: contract.downtime!, appliesTo: contract.availability!.appliesTo! });
        const split = historyAvailability(loadContractHistory(versionsSplitAt(day)), { month: '2026-10', incidents });
        for (const key of ['totalMinutes', 'excusableMinutes', 'unscheduledMinutes', 'droppedMinutes', 'percent', 'measurable', 'byCause', 'outOfScope'] as const) expect(split[key]).toEqual(plain[key]);
        expect(split.versions.reduce((sum, v) => sum + v.unscheduledMinutes, 0)).toBeCloseTo(plain.unscheduledMinutes, 9);
      }),
      { seed: 20261207, numRuns: 150 },
    );
  });
  it('splitting the contract into two identical versions at any date changes no count of compliance', () => {
    const contract = loadContract(larkspur);
    const calendar = contract.calendarFor('America/New_York');
    const aCase = fc.record({ at: fc.integer({ min: 0, max: 40 * 1440 }), severity: fc.constantFrom(1, 2, 3), respond: fc.integer({ min: 1, max: 3000 }), resolve: fc.integer({ min: 1, max: 9000 }) }).map(
      ({ at, severity, respond, resolve }): CaseInput => {
        const openedAt = START + at * 60_000;
        return { openedAt: new Date(openedAt), severity, events: [{ type: 'responded', at: new Date(openedAt + respond * 60_000) }, { type: 'resolution-notice', at: new Date(openedAt + resolve * 60_000) }] };
      },
    );
    fc.assert(
      fc.property(fc.array(aCase, { maxLength: 10 }), splitDay, (cases, day) => {
        const options = { now: '2026-12-31T00:00:00Z' };
        const plain = complianceReport(contract.support!, calendar, cases, options);
        const parts = historyComplianceReport(loadContractHistory(versionsSplitAt(day)), (c) => c.calendarFor('America/New_York'), cases, options);
        for (const key of ['total', 'met', 'breached', 'pending', 'cancelled'] as const) expect(parts.reduce((sum, p) => sum + p.report[key], 0)).toBe(plain[key]);
        for (const key of ['met', 'breached'] as const) expect(parts.reduce((sum, p) => sum + p.report.resolution[key], 0)).toBe(plain.resolution[key]);
        expect(parts.flatMap((p) => p.cases).sort((a, b) => a - b)).toEqual(cases.map((_, i) => i));
      }),
      { seed: 20261208, numRuns: 100 },
    );
  });
});
