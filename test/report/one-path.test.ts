// The library owners of "one figure, one path": which month a case belongs to, which calendar it
// gets, what a breached case is, a level's label, and a report built from a compliance report.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { caseCalendars, caseMonth, caseTimes, complianceReport, evaluateCase, isBreachedCase, metricsFedBy } from '../../src/cases/index.js';
import type { CaseInput } from '../../src/cases/types.js';
import { loadContract, severityLabel } from '../../src/contract/index.js';
import { buildServiceReport } from '../../src/report/index.js';
import { expectSlaError } from '../expect-sla-error.js';

const northwind = loadContract(JSON.parse(readFileSync('examples/contracts/northwind-cloud.json', 'utf8')));
const now = '2026-11-02T12:00:00Z';
const calendarOf = caseCalendars((zone, holidays) => northwind.calendarFor(zone, holidays === undefined ? {} : { holidays }), { timeZone: 'America/New_York' });

describe('caseMonth: a case belongs to the month of its opening in its own zone', () => {
  it('the same instant is in October in New York and in November in Tokyo', () => {
    expect(caseMonth(calendarOf('America/New_York'), Date.parse('2026-10-31T20:00:00Z'))).toBe('2026-10');
    expect(caseMonth(calendarOf('Asia/Tokyo'), new Date('2026-10-31T20:00:00Z'))).toBe('2026-11');
    expect(caseMonth(calendarOf('Asia/Tokyo'), Date.parse('2026-09-30T16:00:00Z'))).toBe('2026-10');
  });
  it('complianceReport’s groupBy month places cases by the same rule', () => {
    const opened = '2026-10-31T20:00:00Z';
    const report = complianceReport(northwind.support!, calendarOf(undefined), [{ severity: 1, openedAt: opened, timeZone: 'Asia/Tokyo' }, { severity: 1, openedAt: opened }], { now, groupBy: 'month', calendarFor: (zone) => calendarOf(zone) });
    expect(Object.keys(report.groups!).sort()).toEqual(['2026-10', '2026-11']);
  });
});

describe('caseCalendars: which calendar a case gets', () => {
  it('the case’s zone, else the default; one calendar per zone and holiday set', () => {
    expect(calendarOf(undefined).timeZone).toBe('America/New_York');
    expect(calendarOf('Asia/Tokyo')).toBe(calendarOf('Asia/Tokyo'));
    const holidays = ['2026-10-05'];
    expect(calendarOf('Asia/Tokyo', holidays)).not.toBe(calendarOf('Asia/Tokyo'));
    expect(calendarOf('Asia/Tokyo', holidays)).toBe(calendarOf('Asia/Tokyo', holidays));
  });
  it('an opening that is not an instant, unknown defaults and a builder that is not a function are refused', () => {
    expectSlaError(() => caseMonth(calendarOf(undefined), Number.NaN), 'INVALID_DATE', 'openedAt');
    expectSlaError(() => caseMonth(calendarOf(undefined), '2026-10-01' as never), 'INVALID_DATE', 'openedAt');
    expectSlaError(() => caseCalendars((zone) => northwind.calendarFor(zone), { zone: 'UTC' } as never), 'INVALID_ARGUMENT', 'defaults.zone');
    expectSlaError(() => caseCalendars(null as never), 'INVALID_ARGUMENT', 'build');
  });
  it('no zone at all is refused', () => {
    const zoneless = caseCalendars((zone) => northwind.calendarFor(zone));
    expectSlaError(() => zoneless(undefined), 'INVALID_CASE', 'timeZone');
  });
});

describe('isBreachedCase: one meaning of a breached case', () => {
  it('a missed update makes a case breached though its response was met', () => {
    // P1: response within 30 minutes (met at 10:10), updates hourly: none by 12:00.
    const status = evaluateCase(northwind.support!, calendarOf(undefined), { severity: 1, openedAt: '2026-10-06T10:00:00-04:00', events: [{ type: 'responded', at: '2026-10-06T10:10:00-04:00' }] }, { now: '2026-10-06T12:00:00-04:00' });
    expect(status.response.outcome).toBe('met');
    expect(status.missedUpdates).toBeGreaterThan(0);
    expect(isBreachedCase(status)).toBe(true);
    expect(isBreachedCase({ ...status, missedUpdates: 0 })).toBe(false);
    expectSlaError(() => isBreachedCase({ response: null } as never), 'INVALID_ARGUMENT', 'case');
  });
});

describe('severityLabel: a level’s label from the contract’s severities', () => {
  it('names each level, and refuses one the contract does not define', () => {
    expect([1, 2, 3, 4, 5].map((level) => severityLabel(northwind, level))).toEqual(['P1', 'P2', 'P3', 'P4', 'P5']);
    expectSlaError(() => severityLabel(northwind, 6), 'INVALID_ARGUMENT', 'level');
  });
});

describe('buildServiceReport: the support section', () => {
  // Opened P3 at 09:00 (8 business hours: due 17:00), answered at 20:00, raised to P1 the next day:
  // the response was judged as a P3 (the level in force at the first response); the case ends P1.
  const raised: CaseInput = { id: 'R-1', severity: 3, openedAt: '2026-10-06T09:00:00-04:00', events: [{ type: 'responded', at: '2026-10-06T20:00:00-04:00' }, { type: 'severity-changed', severity: 1, at: '2026-10-07T09:00:00-04:00' }] };

  it('a response breach is labelled with the level the response was counted under', () => {
    const report = buildServiceReport({ contract: northwind, month: '2026-10', timeZone: 'America/New_York', now, cases: [raised] });
    const counted = report.compliance!.response.find((r) => (r.breached ?? 0) > 0)!;
    const breach = report.compliance!.breaches.find((b) => b.kind === 'response')!;
    expect([breach.level, breach.label]).toEqual([3, 'P3']);
    expect([counted.level, counted.label]).toEqual([3, 'P3']);
  });

  it('built from a compliance report given as support: the same section as from the cases', () => {
    const cases: CaseInput[] = [raised, { id: 'M-1', severity: 2, openedAt: '2026-10-07T09:00:00-04:00', events: [{ type: 'responded', at: '2026-10-07T09:30:00-04:00' }] }];
    const fromCases = buildServiceReport({ contract: northwind, month: '2026-10', timeZone: 'America/New_York', now, cases });
    const report = complianceReport(northwind.support!, calendarOf(undefined), cases, { now, outcomes: 'breached' });
    const all = complianceReport(northwind.support!, calendarOf(undefined), cases, { now, outcomes: 'all' });
    const times = all.outcomes!.map((o) => caseTimes(o, calendarOf(cases[o.index]!.timeZone), now));
    // With the metrics the cases fed: no resolution and no update here, so neither is measured.
    const fed = [...new Set(cases.flatMap((c) => metricsFedBy(c.events)))];
    const support = { report, breached: report.outcomes!.map((o) => ({ input: cases[o.index]!, calendar: calendarOf(cases[o.index]!.timeZone) })), times, fed };
    expect(fromCases.compliance?.notMeasured).toEqual(['resolution', 'updates']);
    expect(buildServiceReport({ contract: northwind, month: '2026-10', timeZone: 'America/New_York', now, support }).compliance).toEqual(fromCases.compliance);
  });

  it('support that does not fit is refused', () => {
    const report = complianceReport(northwind.support!, calendarOf(undefined), [raised], { now, outcomes: 'breached' });
    const base = { contract: northwind, month: '2026-10', timeZone: 'America/New_York', now };
    const breached = [{ input: raised, calendar: calendarOf(undefined) }];
    expectSlaError(() => buildServiceReport({ ...base, cases: [raised], support: { report, breached } }), 'INVALID_ARGUMENT', 'input.support');
    expectSlaError(() => buildServiceReport({ ...base, support: { report: { ...report, outcomes: undefined as never }, breached } }), 'INVALID_ARGUMENT', 'input.support.report.outcomes');
    expectSlaError(() => buildServiceReport({ ...base, support: { report, breached: [] } }), 'INVALID_ARGUMENT', 'input.support.breached');
    expectSlaError(() => buildServiceReport({ ...base, now: '2026-11-03T00:00:00Z', support: { report, breached } }), 'INVALID_ARGUMENT', 'input.support.report.asOf');
    expectSlaError(() => buildServiceReport({ ...base, support: { report: null as never, breached } }), 'INVALID_ARGUMENT', 'input.support.report');
  });
});

describe('the zone of the measured availability month is a term of the contract', () => {
  const incidents = [{ id: 'EDGE', start: '2026-10-31T23:00:00Z', end: '2026-11-01T01:00:00Z', cause: 'unplanned' as const }];
  const base = { contract: northwind, month: '2026-10', now, incidents, region: 'Americas' };

  it('the report’s zone changes how the month is shown, not which minutes count', () => {
    const utc = buildServiceReport({ ...base, timeZone: 'UTC' }).availability!;
    const newYork = buildServiceReport({ ...base, timeZone: 'America/New_York' }).availability!;
    expect(newYork.percent).toBe(utc.percent);
    expect([newYork.timeZone, newYork.z]).toEqual(['UTC', 60]);
  });

  it('availability.timeZone in the contract, or availabilityTimeZone explicitly, measures another month', () => {
    const doc = JSON.parse(readFileSync('examples/contracts/northwind-cloud.json', 'utf8')) as { availability: Record<string, unknown> };
    doc.availability['timeZone'] = 'America/New_York';
    const newYorkContract = loadContract(doc);
    expect(newYorkContract.availability!.timeZone).toBe('America/New_York');
    // 19:00–21:00 New York time on 31 October: all 120 minutes in New York's October.
    expect(buildServiceReport({ ...base, contract: newYorkContract, timeZone: 'UTC' }).availability!.z).toBe(120);
    expect(buildServiceReport({ ...base, timeZone: 'UTC', availabilityTimeZone: 'America/New_York' }).availability!.z).toBe(120);
  });

  it('a zone that is not one is refused', () => {
    const doc = JSON.parse(readFileSync('examples/contracts/northwind-cloud.json', 'utf8')) as { availability: Record<string, unknown> };
    doc.availability['timeZone'] = 'Mars/Olympus';
    expectSlaError(() => loadContract(doc), 'INVALID_CONTRACT');
    expectSlaError(() => buildServiceReport({ ...base, timeZone: 'UTC', availabilityTimeZone: 'Mars/Olympus' }), 'INVALID_TIME_ZONE');
  });
});
