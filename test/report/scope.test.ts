// The report measures availability as `slakit availability` does: the contract's scope
// (availability.appliesTo) and service hours count in both, from the one measurement.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { measureAvailability } from '../../src/availability/index.js';
import { loadContract, serviceHoursCalendar } from '../../src/contract/index.js';
import { buildServiceReport } from '../../src/report/index.js';

const doc = JSON.parse(readFileSync('examples/contracts/larkspur-saas.json', 'utf8')) as { availability: Record<string, unknown> };
const incidents = [
  { id: 'P-1', start: '2026-10-06T14:00:00Z', end: '2026-10-06T16:00:00Z', cause: 'unplanned' as const, environment: 'production' },
  { id: 'S-1', start: '2026-10-07T14:00:00Z', end: '2026-10-07T20:00:00Z', cause: 'unplanned' as const, environment: 'staging' },
  { id: 'P-2', start: '2026-10-10T02:00:00Z', end: '2026-10-10T03:00:00Z', cause: 'unplanned' as const, environment: 'production' },
];
const now = '2026-11-02T00:00:00Z';

describe('the report measures the scope and service hours the contract states', () => {
  it('an incident outside availability.appliesTo is not counted in the report either', () => {
    const contract = loadContract(doc);
    const report = buildServiceReport({ contract, month: '2026-10', timeZone: 'UTC', now, incidents });
    // The example's service hours (Monday to Saturday) count in both.
    const measured = measureAvailability({ month: '2026-10', timeZone: 'UTC', incidents, policy: contract.downtime!, asOf: now, appliesTo: contract.availability!.appliesTo!, maintenance: contract.maintenance!, serviceHours: serviceHoursCalendar(contract, 'UTC')! });
    expect(measured.outOfScope?.map((o) => o.incidentId)).toEqual(['S-1']);
    expect([report.availability?.x, report.availability?.z, report.availability?.percent]).toEqual([measured.totalMinutes, measured.unscheduledMinutes, measured.percent]);
    expect(report.availability?.z).toBe(180);
  });

  it('availability.serviceHours: the report counts only the minutes inside them, as the measurement does', () => {
    const withHours = loadContract({ ...doc, availability: { ...doc.availability, serviceHours: { hours: { mon: [['07:00', '20:00']], tue: [['07:00', '20:00']], wed: [['07:00', '20:00']], thu: [['07:00', '20:00']], fri: [['07:00', '20:00']] } } } });
    const report = buildServiceReport({ contract: withHours, month: '2026-10', timeZone: 'UTC', now, incidents });
    const measured = measureAvailability({ month: '2026-10', timeZone: 'UTC', incidents, policy: withHours.downtime!, asOf: now, appliesTo: withHours.availability!.appliesTo!, serviceHours: serviceHoursCalendar(withHours, 'UTC')! });
    // P-2 falls on a Saturday night, outside the service hours.
    expect([report.availability?.x, report.availability?.z, report.availability?.percent]).toEqual([measured.totalMinutes, measured.unscheduledMinutes, measured.percent]);
    expect(report.availability?.z).toBe(120);
  });
});
