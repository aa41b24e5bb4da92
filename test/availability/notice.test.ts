import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyDowntime, describeNotice, type DowntimePolicy, type Incident, measureAvailability } from '../../src/availability/index.js';
import { loadContract } from '../../src/contract/index.js';
import { explainAvailability, formatExplanation } from '../../src/explain/index.js';
import { createMaintenanceSchedule } from '../../src/maintenance/index.js';
import { availabilityReportOf, availabilityShard, mergeAvailabilityShards, readIncidents } from '../../src/records/index.js';
import { expectSlaError } from '../expect-sla-error.js';

const H = 3_600_000;
const announced: DowntimePolicy = {
  excusable: ['scheduled-maintenance', 'customer-caused'],
  maintenanceWindowsOnly: false,
  conditions: [{ cause: 'scheduled-maintenance', notice: 'PT72H', until: 'plannedEnd' }],
};
const work = (announcedAt: string | null, plannedEnd: string | null, extra: Partial<Incident> = {}): Incident => ({
  id: 'MW-1',
  start: '2026-06-10T02:00:00Z',
  end: '2026-06-10T04:00:00Z',
  cause: 'scheduled-maintenance',
  ...(announcedAt === null ? {} : { announcedAt }),
  ...(plannedEnd === null ? {} : { plannedEnd }),
  ...extra,
});
const measure = (incidents: Incident[], policy: DowntimePolicy = announced) => measureAvailability({ month: '2026-06', incidents, policy });

describe('an excusable cause that requires notice (ExcuseCondition)', () => {
  it('announced at least the notice ahead and ended by plannedEnd: excusable', () => {
    const report = measure([work('2026-06-06T02:00:00Z', '2026-06-10T04:00:00Z')]);
    expect([report.excusableMinutes, report.unscheduledMinutes]).toEqual([120, 0]);
    const [segment] = report.segments;
    expect(segment?.reason).toBe('excusable-cause');
    expect(segment?.notice).toEqual({ announcedAt: new Date('2026-06-06T02:00:00Z'), aheadMs: 96 * H, requiredMs: 72 * H, plannedEnd: new Date('2026-06-10T04:00:00Z') });
    expect(describeNotice(segment!)).toBe('announced 96 h ahead, 72 h required');
  });

  it('announced exactly the notice ahead is enough (the notice is a least time)', () => {
    expect(measure([work('2026-06-07T02:00:00Z', '2026-06-10T04:00:00Z')]).excusableMinutes).toBe(120);
  });

  it('announced later than the notice: the whole incident is unscheduled, and the segment says why', () => {
    const report = measure([work('2026-06-09T02:30:00Z', '2026-06-10T04:00:00Z')]);
    expect([report.excusableMinutes, report.unscheduledMinutes]).toEqual([0, 120]);
    expect(report.segments.map((s) => [s.reason, describeNotice(s)])).toEqual([['short-notice', 'announced 23 h 30 min ahead, 72 h required']]);
  });

  it('not announced: unscheduled', () => {
    const report = measure([work(null, '2026-06-10T04:00:00Z')]);
    expect(report.unscheduledMinutes).toBe(120);
    expect(report.segments.map((s) => [s.reason, describeNotice(s)])).toEqual([['not-announced', 'not announced, 72 h required']]);
  });

  it('announced after it began: said so', () => {
    const report = measure([work('2026-06-10T03:15:00Z', '2026-06-10T04:00:00Z')]);
    expect(describeNotice(report.segments[0]!)).toBe('announced 1 h 15 min after it began, 72 h required');
  });

  it('past plannedEnd the overrun is unscheduled; the announced part stays excusable', () => {
    const report = measure([work('2026-06-01T00:00:00Z', '2026-06-10T03:30:00Z')]);
    expect([report.excusableMinutes, report.unscheduledMinutes]).toEqual([90, 30]);
    expect(report.segments.map((s) => [s.start.toISOString(), s.reason, describeNotice(s)])).toEqual([
      ['2026-06-10T02:00:00.000Z', 'excusable-cause', 'announced 218 h ahead, 72 h required'],
      ['2026-06-10T03:30:00.000Z', 'past-planned-end', 'past the announced end 2026-06-10T03:30:00Z'],
    ]);
  });

  it("until 'plannedEnd' without a plannedEnd: nothing bounds the excuse, so none is given", () => {
    const report = measure([work('2026-06-01T00:00:00Z', null)]);
    expect(report.unscheduledMinutes).toBe(120);
    expect(report.segments[0]?.reason).toBe('no-planned-end');
    expect(describeNotice(report.segments[0]!)).toContain('no announced end');
  });

  it('a condition with only notice, or only until, checks only that', () => {
    const noticeOnly: DowntimePolicy = { ...announced, conditions: [{ cause: 'scheduled-maintenance', notice: { hours: 72 } }] };
    expect(measure([work('2026-06-01T00:00:00Z', null)], noticeOnly).excusableMinutes).toBe(120);
    const untilOnly: DowntimePolicy = { ...announced, conditions: [{ cause: 'scheduled-maintenance', until: 'plannedEnd' }] };
    const report = measure([work(null, '2026-06-10T03:00:00Z')], untilOnly);
    expect([report.excusableMinutes, report.unscheduledMinutes]).toEqual([60, 60]);
    expect(describeNotice(report.segments[0]!)).toBe('not announced');
  });

  it('causes without a condition are untouched, and carry no notice', () => {
    const report = measure([{ start: '2026-06-12T00:00:00Z', end: '2026-06-12T01:00:00Z', cause: 'customer-caused' }]);
    expect(report.excusableMinutes).toBe(60);
    expect(report.segments[0]?.notice).toBeUndefined();
    expect(describeNotice(report.segments[0]!)).toBe('');
  });

  it('works together with weekly windows: excusable only inside a window, announced in time, before plannedEnd', () => {
    // Wednesday 3 June 2026, window 02:00–04:00 UTC.
    const maintenance = createMaintenanceSchedule({ timeZone: 'UTC', windows: [{ id: 'wed', day: 'wed', start: '02:00', end: '04:00' }] });
    const policy: DowntimePolicy = { ...announced, maintenanceWindowsOnly: true };
    const job = (announcedAt: string, plannedEnd: string): Incident => ({ start: '2026-06-03T03:00:00Z', end: '2026-06-03T05:00:00Z', cause: 'scheduled-maintenance', announcedAt, plannedEnd });
    const inTime = measureAvailability({ month: '2026-06', incidents: [job('2026-05-29T00:00:00Z', '2026-06-03T05:00:00Z')], policy, maintenance });
    expect(inTime.segments.map((s) => [s.reason, (s.end.getTime() - s.start.getTime()) / 60_000])).toEqual([
      ['inside-maintenance-window', 60],
      ['outside-maintenance-window', 60],
    ]);
    const shortEnd = measureAvailability({ month: '2026-06', incidents: [job('2026-05-29T00:00:00Z', '2026-06-03T03:30:00Z')], policy, maintenance });
    expect(shortEnd.segments.map((s) => s.reason)).toEqual(['inside-maintenance-window', 'past-planned-end']);
    expect(shortEnd.excusableMinutes).toBe(30);
    const late = measureAvailability({ month: '2026-06', incidents: [job('2026-06-02T00:00:00Z', '2026-06-03T05:00:00Z')], policy, maintenance });
    expect(late.segments.map((s) => s.reason)).toEqual(['short-notice']);
    expect(late.unscheduledMinutes).toBe(120);
  });

  it('a condition never raises y nor lowers z (it only narrows an excuse)', () => {
    const instant = fc.integer({ min: Date.parse('2026-05-28T00:00:00Z'), max: Date.parse('2026-07-03T00:00:00Z') });
    const incident = fc.record({ start: instant, length: fc.integer({ min: 0, max: 30 * H }), ahead: fc.option(fc.integer({ min: -10 * H, max: 100 * H }), { nil: undefined }), planned: fc.option(fc.integer({ min: 0, max: 30 * H }), { nil: undefined }), cause: fc.constantFrom('scheduled-maintenance' as const, 'customer-caused' as const, 'unplanned' as const) });
    fc.assert(
      fc.property(fc.array(incident, { maxLength: 6 }), (list) => {
        const incidents: Incident[] = list.map((i) => ({ start: i.start, end: i.start + i.length, cause: i.cause, ...(i.ahead === undefined ? {} : { announcedAt: i.start - i.ahead }), ...(i.planned === undefined ? {} : { plannedEnd: i.start + i.planned }) }));
        const { conditions: _, ...without } = announced;
        const narrow = measure(incidents);
        const wide = measure(incidents, without);
        expect(narrow.excusableMinutes).toBeLessThanOrEqual(wide.excusableMinutes);
        expect(narrow.unscheduledMinutes).toBeGreaterThanOrEqual(wide.unscheduledMinutes);
        expect(narrow.excusableMinutes + narrow.unscheduledMinutes).toBeCloseTo(wide.excusableMinutes + wide.unscheduledMinutes, 9);
      }),
      { seed: 2506, numRuns: 200 },
    );
  });

  it('the mergeable shards give the same segments and notices as one measurement', () => {
    const incidents = [work('2026-06-09T02:30:00Z', '2026-06-10T04:00:00Z'), work('2026-06-01T00:00:00Z', '2026-06-10T03:30:00Z', { id: 'MW-2', start: '2026-06-10T03:00:00Z', end: '2026-06-10T05:00:00Z' })];
    const whole = measure(incidents);
    const merged = availabilityReportOf(mergeAvailabilityShards(availabilityShard({ month: '2026-06', incidents: incidents.slice(0, 1), policy: announced }), availabilityShard({ month: '2026-06', incidents: incidents.slice(1), policy: announced })));
    expect(merged.segments).toEqual(whole.segments);
    // MW-2's announced part wins the overlap (excusable first); after it, MW-1 started first.
    expect(merged.segments.map((s) => s.reason)).toEqual(['short-notice', 'excusable-cause', 'short-notice', 'past-planned-end']);
  });

  it('classifyDowntime gives the notice on its segments', () => {
    const [segment] = classifyDowntime([work('2026-06-09T02:30:00Z', '2026-06-10T04:00:00Z')], announced, { from: '2026-06-01T00:00:00Z', to: '2026-07-01T00:00:00Z' });
    expect(segment?.notice?.aheadMs).toBe(23.5 * H);
  });
});

describe('the policy and the incidents are checked', () => {
  it('a condition names an excusable cause, once, and states notice or until', () => {
    const withConditions = (conditions: unknown): DowntimePolicy => ({ ...announced, conditions } as DowntimePolicy);
    expectSlaError(() => measure([], withConditions([{ cause: 'unplanned', notice: 'PT1H' }])), 'INVALID_POLICY', 'policy.conditions[0].cause', 'not listed in excusable');
    expectSlaError(() => measure([], withConditions([{ cause: 'customer-caused', notice: 'PT1H' }, { cause: 'customer-caused', until: 'plannedEnd' }])), 'INVALID_POLICY', 'policy.conditions[1].cause', 'already has a condition');
    expectSlaError(() => measure([], withConditions([{ cause: 'customer-caused' }])), 'INVALID_POLICY', 'policy.conditions[0]', 'neither notice nor until');
    expectSlaError(() => measure([], withConditions([{ cause: 'customer-caused', until: 'end' }])), 'INVALID_POLICY', 'policy.conditions[0].until', "'end'");
    expectSlaError(() => measure([], withConditions([{ cause: 'customer-caused', notice: 'P1M' }])), 'INVALID_DURATION', 'policy.conditions[0].notice');
    expectSlaError(() => measure([], withConditions([{ cause: 'bogus', notice: 'PT1H' }])), 'INVALID_POLICY', 'policy.conditions[0].cause', 'not an incident cause');
    expectSlaError(() => measure([], withConditions('PT1H')), 'INVALID_POLICY', 'policy.conditions', 'not a list');
  });

  it('announcedAt and plannedEnd are instants; plannedEnd is not before the start', () => {
    expectSlaError(() => measure([work('yesterday', null)]), 'INVALID_INCIDENT', 'incidents[0].announcedAt', "(incident 'MW-1')");
    expectSlaError(() => measure([work(null, '2026-06-10T01:00:00Z')]), 'INVALID_INCIDENT', 'incidents[0].plannedEnd', 'before its start');
  });
});

describe('the readers take announcedAt and plannedEnd as columns', () => {
  it('reads them like start and end (local times in the row zone, blanks absent, mapped names)', () => {
    const reader = readIncidents(
      [
        { start: '2026-06-10 04:00', end: '2026-06-10 06:00', cause: 'scheduled-maintenance', told: '2026-06-07 04:00', until: '2026-06-10 05:00' },
        { start: '2026-06-11 04:00', end: '2026-06-11 06:00', cause: 'unplanned', told: '', until: '' },
      ],
      { columns: { told: 'announcedAt', until: 'plannedEnd' }, timeZone: 'Europe/Berlin' },
    );
    const [first, second] = [...reader];
    expect(first).toEqual({ start: new Date('2026-06-10T02:00:00Z'), end: new Date('2026-06-10T04:00:00Z'), cause: 'scheduled-maintenance', announcedAt: new Date('2026-06-07T02:00:00Z'), plannedEnd: new Date('2026-06-10T03:00:00Z') });
    expect(second).toEqual({ start: new Date('2026-06-11T02:00:00Z'), end: new Date('2026-06-11T04:00:00Z'), cause: 'unplanned' });
  });

  it('a plannedEnd before the start is a row error naming the field', () => {
    const reader = readIncidents([{ start: '2026-06-10T04:00:00Z', end: '2026-06-10T06:00:00Z', cause: 'unplanned', plannedEnd: '2026-06-10T03:00:00Z' }]);
    expectSlaError(() => [...reader], 'INVALID_INCIDENT', 'plannedEnd', 'before the start');
  });
});

describe('in a contract document', () => {
  const doc = {
    sources: [{ id: 'sla', title: 'Example SLA' }],
    severities: { 1: { label: 'P1' } },
    parameters: { notice: { type: 'duration', description: 'advance notice of scheduled maintenance', example: 'PT72H' } },
    downtime: {
      excusable: [{ cause: 'scheduled-maintenance', notice: { $param: 'notice' }, until: 'plannedEnd', source: { doc: 'sla', section: '4.2', quote: 'at least 72 hours in advance' } }, 'customer-caused'],
      maintenanceWindowsOnly: false,
    },
  } as const;

  it('an excusable cause with notice and until becomes a condition of the policy, its clause kept', () => {
    const contract = loadContract(doc, { parameters: { notice: 'PT72H' } });
    expect(contract.downtime).toEqual({ excusable: ['scheduled-maintenance', 'customer-caused'], maintenanceWindowsOnly: false, conditions: [{ cause: 'scheduled-maintenance', notice: 'PT72H', until: 'plannedEnd' }] });
    expect(contract.clausesOf('downtime.excusable[0]')[0]?.section).toBe('4.2');
    expect(measure([work('2026-06-09T02:30:00Z', '2026-06-10T04:00:00Z')], contract.downtime).unscheduledMinutes).toBe(120);
  });

  it("a bad until or notice is refused with its path", () => {
    expectSlaError(() => loadContract({ ...doc, downtime: { ...doc.downtime, excusable: [{ cause: 'scheduled-maintenance', until: 'end' }] } }), 'INVALID_CONTRACT', 'downtime.excusable[0].until');
    expectSlaError(() => loadContract({ ...doc, parameterValues: { notice: 'soon' } }), 'INVALID_CONTRACT', undefined, "(from parameter 'notice')");
  });
});

describe('explanations say why', () => {
  it('each incident of a cause with a notice rule says how far ahead it was announced, and what that made it', () => {
    const e = explainAvailability({ month: '2026-06', incidents: [work('2026-06-09T02:30:00Z', '2026-06-10T04:00:00Z'), work('2026-06-01T00:00:00Z', '2026-06-10T03:30:00Z', { id: 'MW-2', start: '2026-06-20T03:00:00Z', end: '2026-06-20T05:00:00Z', plannedEnd: '2026-06-20T04:30:00Z' })], policy: announced });
    expect(e.incidents.map((i) => i.notice)).toEqual([
      ['announced 23 h 30 min ahead, 72 h required: unscheduled'],
      ['announced 459 h ahead, 72 h required: excusable', 'past the announced end 2026-06-20T04:30:00Z: unscheduled'],
    ]);
    expect(formatExplanation(e)).toContain('MW-1 (scheduled-maintenance) Wed 10 Jun 2026 02:00–04:00: z +120 min; announced 23 h 30 min ahead, 72 h required: unscheduled');
  });
});
