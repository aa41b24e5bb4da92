// availability.serviceHours: x, y and z count only the minutes inside the service hours
// ("availability between 07:00 and 20:00"). Rules, properties, and a minute-by-minute reference.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type DowntimePolicy, type Incident, type IncidentCause, measureAvailability } from '../../src/availability/index.js';
import { createCalendar } from '../../src/calendar/index.js';
import { loadContract, serviceHoursCalendar } from '../../src/contract/index.js';
import { explainAvailability, formatExplanation } from '../../src/explain/index.js';
import { availabilityReportOf, availabilityShard, mergeAvailabilityShards } from '../../src/records/index.js';
import { expectSlaError } from '../expect-sla-error.js';

const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;
const daytime = createCalendar({ timeZone: 'UTC', hours: Object.fromEntries(WEEKDAYS.map((d) => [d, [['07:00', '20:00']]])) });
const always = createCalendar({ timeZone: 'UTC', hours: '24x7' });
const policy: DowntimePolicy = { excusable: ['customer-caused'], maintenanceWindowsOnly: false };
const month = '2026-06';

describe('serviceHours: only minutes inside the service hours count', () => {
  it('x is the service minutes of the month; y and z only the downtime inside them; the rest is reported outside', () => {
    const incidents: Incident[] = [
      // Wed 3 June 19:00–23:00: one hour inside (19:00–20:00), three outside.
      { id: 'N-1', start: '2026-06-03T19:00:00Z', end: '2026-06-03T23:00:00Z', cause: 'unplanned' },
      // Sat 6 June: all outside.
      { id: 'W-1', start: '2026-06-06T10:00:00Z', end: '2026-06-06T12:00:00Z', cause: 'unplanned' },
      // Mon 8 June 06:30–07:30, customer-caused: 30 min of y inside.
      { id: 'C-1', start: '2026-06-08T06:30:00Z', end: '2026-06-08T07:30:00Z', cause: 'customer-caused' },
    ];
    const report = measureAvailability({ month, incidents, policy, serviceHours: daytime });
    expect(report.totalMinutes).toBe(22 * 13 * 60);
    expect([report.excusableMinutes, report.unscheduledMinutes, report.outsideServiceHoursMinutes]).toEqual([30, 60, 180 + 120 + 30]);
    expect(report.percent).toBeCloseTo(((17160 - 30 - 60) / (17160 - 30)) * 100, 10);
    expect(report.segments.map((s) => [s.incidentId, s.start.toISOString().slice(8, 16), s.end.toISOString().slice(8, 16)])).toEqual([
      ['N-1', '03T19:00', '03T20:00'],
      ['C-1', '08T07:00', '08T07:30'],
    ]);
    expect(report.byCause.unplanned.unscheduledMinutes).toBe(60);
  });

  it('without serviceHours the report has no outsideServiceHoursMinutes', () => {
    expect(measureAvailability({ month, incidents: [], policy })).not.toHaveProperty('outsideServiceHoursMinutes');
  });

  it('a service-hours value that is not a calendar, or together with monthMinutes days, is refused', () => {
    expectSlaError(() => measureAvailability({ month, incidents: [], policy, serviceHours: { hours: '24x7' } as never }), 'INVALID_ARGUMENT', 'serviceHours');
    expectSlaError(() => measureAvailability({ month, incidents: [], policy: { ...policy, monthMinutes: 'days' }, serviceHours: daytime }), 'INVALID_ARGUMENT', 'serviceHours', "monthMinutes 'days'");
  });

  it('service hours in another zone: x follows their wall clock (Europe/London, BST in June)', () => {
    const london = createCalendar({ timeZone: 'Europe/London', hours: { mon: [['07:00', '20:00']] } });
    const report = measureAvailability({ month, incidents: [{ start: '2026-06-01T05:30:00Z', end: '2026-06-01T06:30:00Z', cause: 'unplanned' }], policy, serviceHours: london });
    expect(report.totalMinutes).toBe(5 * 13 * 60);
    expect(report.unscheduledMinutes).toBe(30); // 06:00Z is 07:00 BST
  });

  it('shards carry the service hours and merge to the whole report; shards under other hours are refused', () => {
    const incidents: Incident[] = [
      { id: 'A', start: '2026-06-03T19:00:00Z', end: '2026-06-03T21:00:00Z', cause: 'unplanned' },
      { id: 'B', start: '2026-06-03T19:30:00Z', end: '2026-06-03T20:30:00Z', cause: 'customer-caused' },
    ];
    const whole = measureAvailability({ month, incidents, policy, serviceHours: daytime });
    const shard = (list: Incident[], serviceHours = daytime) => availabilityShard({ month, incidents: list, policy, serviceHours });
    expect(availabilityReportOf(mergeAvailabilityShards(shard(incidents.slice(0, 1)), shard(incidents.slice(1))))).toEqual(whole);
    expectSlaError(() => mergeAvailabilityShards(shard([]), shard([], always)), 'INVALID_ARGUMENT', 'b.serviceHours');
  });

  it('explanations count the time outside the service hours as not counted, not as overlap', () => {
    const e = explainAvailability({ month, incidents: [{ id: 'N-1', start: '2026-06-03T19:00:00Z', end: '2026-06-03T23:00:00Z', cause: 'unplanned' }], policy, serviceHours: daytime });
    expect(e.incidents[0]).toMatchObject({ unscheduledMinutes: 60, overlappedMinutes: 0, outsideServiceHoursMinutes: 180 });
    expect(e.outsideServiceHours).toBe(180);
    const text = formatExplanation(e);
    expect(text).toContain('Service hours: x, y and z count only minutes inside them; 180 min of downtime outside them not counted');
    expect(text).toContain('N-1 (unplanned) Wed 3 Jun 2026 19:00–23:00: z +60 min; 180 min outside service hours, not counted');
  });
});

// Draws: incidents at whole minutes in a small month, service hours of whole-minute weekly ranges.
const CAUSES: IncidentCause[] = ['unplanned', 'customer-caused', 'emergency-maintenance'];
const FEB = { month: '2026-02', from: Date.UTC(2026, 1, 1), to: Date.UTC(2026, 2, 1) };
const minuteOf = (h: number, m: number) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
const range = fc.tuple(fc.integer({ min: 0, max: 23 * 60 }), fc.integer({ min: 1, max: 12 * 60 })).map(([s, len]) => [s, Math.min(24 * 60, s + len)] as const);
const weekly = fc.dictionary(fc.constantFrom('sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'), range, { minKeys: 1, maxKeys: 7 });
const incidentsArb = fc.array(fc.record({ start: fc.integer({ min: -600, max: 28 * 1440 + 600 }), minutes: fc.integer({ min: 0, max: 3000 }), cause: fc.constantFrom(...CAUSES) }), { maxLength: 6 });
const toIncidents = (drawn: { start: number; minutes: number; cause: IncidentCause }[]): Incident[] =>
  drawn.map((d, i) => ({ id: `I-${i}`, start: FEB.from + d.start * 60_000, end: FEB.from + (d.start + d.minutes) * 60_000, cause: d.cause }));
const calendarOf = (spec: Record<string, readonly [number, number]>) =>
  createCalendar({ timeZone: 'UTC', hours: Object.fromEntries(Object.entries(spec).map(([day, [s, e]]) => [day, [[minuteOf(Math.floor(s / 60), s % 60), e === 1440 ? '24:00' : minuteOf(Math.floor(e / 60), e % 60)]]])) });

describe('serviceHours: properties', () => {
  it('with service hours 24x7 the figures equal those without them', () => {
    fc.assert(
      fc.property(incidentsArb, (drawn) => {
        const incidents = toIncidents(drawn);
        const { outsideServiceHoursMinutes, ...withHours } = measureAvailability({ month: FEB.month, incidents, policy, serviceHours: always });
        expect(outsideServiceHoursMinutes).toBe(0);
        expect(withHours).toEqual(measureAvailability({ month: FEB.month, incidents, policy }));
      }),
      { numRuns: 60 },
    );
  });

  it('y and z with service hours are at most those without, and with the time outside they add up to them', () => {
    fc.assert(
      fc.property(incidentsArb, weekly, (drawn, spec) => {
        const incidents = toIncidents(drawn);
        const all = measureAvailability({ month: FEB.month, incidents, policy });
        const some = measureAvailability({ month: FEB.month, incidents, policy, serviceHours: calendarOf(spec) });
        expect(some.totalMinutes).toBeLessThanOrEqual(all.totalMinutes);
        expect(some.excusableMinutes).toBeLessThanOrEqual(all.excusableMinutes);
        expect(some.unscheduledMinutes).toBeLessThanOrEqual(all.unscheduledMinutes);
        expect(some.excusableMinutes + some.unscheduledMinutes + (some.outsideServiceHoursMinutes as number)).toBeCloseTo(all.excusableMinutes + all.unscheduledMinutes, 9);
      }),
      { numRuns: 60 },
    );
  });
});

/** Minute by minute: a minute counts if it is inside the service hours; it is y if any incident of an excusable cause covers it, else z if any covers it. */
function referenceMinutes(incidents: readonly Incident[], spec: Record<string, readonly [number, number]>): { x: number; y: number; z: number } {
  const days = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
  let x = 0;
  let y = 0;
  let z = 0;
  for (let t = FEB.from; t < FEB.to; t += 60_000) {
    const date = new Date(t);
    const hours = spec[days[date.getUTCDay()] as string];
    const minute = date.getUTCHours() * 60 + date.getUTCMinutes();
    if (hours === undefined || minute < hours[0] || minute >= hours[1]) continue;
    x++;
    const covering = incidents.filter((i) => (i.start as number) <= t && t < (i.end as number));
    if (covering.some((i) => policy.excusable.includes(i.cause))) y++;
    else if (covering.length > 0) z++;
  }
  return { x, y, z };
}

describe('serviceHours: the slow reference model (minute by minute, February 2026)', () => {
  it('x, y and z equal the minute-by-minute count', () => {
    fc.assert(
      fc.property(incidentsArb, weekly, (drawn, spec) => {
        const incidents = toIncidents(drawn);
        const report = measureAvailability({ month: FEB.month, incidents, policy, serviceHours: calendarOf(spec) });
        expect({ x: report.totalMinutes, y: report.excusableMinutes, z: report.unscheduledMinutes }).toEqual(referenceMinutes(incidents, spec));
      }),
      { numRuns: 25 },
    );
  });
});

describe('availability.serviceHours in a contract', () => {
  const sources = [{ id: 'sla', title: 'Example SLA' }];
  const hours = Object.fromEntries(WEEKDAYS.map((d) => [d, [['07:00', '20:00']]]));

  it('a calendar spec with its clause: serviceHoursCalendar gives the calendar, in its own zone or the measured one', () => {
    const contract = loadContract({ sources, availability: { serviceHours: { hours, source: { doc: 'sla', section: '2.1', quote: 'availability between 07:00 and 20:00' } } } });
    expect(contract.availability?.serviceHours).toEqual({ hours });
    expect(contract.clausesOf('availability.serviceHours')[0]?.section).toBe('2.1');
    const report = measureAvailability({ month, incidents: [], policy, serviceHours: serviceHoursCalendar(contract, 'UTC') as never });
    expect(report.totalMinutes).toBe(17160);
    const london = loadContract({ availability: { serviceHours: { hours, timeZone: 'Europe/London' } } });
    expect(serviceHoursCalendar(london, 'UTC')?.timeZone).toBe('Europe/London');
    expect(serviceHoursCalendar(loadContract({ availability: { target: 99.9 } }), 'UTC')).toBeUndefined();
  });

  it("'businessHours' means the contract's own business hours, and needs them", () => {
    const contract = loadContract({ businessHours: { hours: { mon: [['08:00', '17:00']] } }, availability: { serviceHours: 'businessHours' } });
    expect(measureAvailability({ month, incidents: [], policy, serviceHours: serviceHoursCalendar(contract, 'UTC') as never }).totalMinutes).toBe(5 * 9 * 60);
    expectSlaError(() => loadContract({ availability: { serviceHours: 'businessHours' } }), 'INVALID_CONTRACT', 'availability.serviceHours', 'defines no businessHours');
    const partial = loadContract({ businessHours: { hours: { mon: [['08:00', '17:00']] } }, availability: { serviceHours: 'businessHours' } }, { parts: ['availability'] });
    expectSlaError(() => serviceHoursCalendar(partial, 'UTC'), 'INVALID_CONTRACT', 'availability.serviceHours', 'load the businessHours part');
  });

  it('bad service hours are refused at their path', () => {
    expectSlaError(() => loadContract({ availability: { serviceHours: { hours: { thur: [['07:00', '20:00']] } } } }), 'INVALID_CONTRACT');
    expectSlaError(() => loadContract({ availability: { serviceHours: { hours: { mon: [['20:00', '20:00']] } } } }), 'INVALID_CONTRACT');
  });
});
