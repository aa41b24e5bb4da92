import { describe, expect, it } from 'vitest';
import { type Incident, measureAvailability } from '../../src/availability/index.js';
import { loadContract } from '../../src/contract/index.js';
import { explainAvailability } from '../../src/explain/index.js';
import { availabilityReportOf, availabilityShard, mergeAvailabilityShards, readIncidents } from '../../src/records/index.js';
import { expectSlaError } from '../expect-sla-error.js';

// availability.appliesTo: only incidents of the covered environments count (NiCE Cloud Services
// Terms §7.1 limits its SLA to one Production environment); the others are listed, not counted.
const policy = { excusable: [], maintenanceWindowsOnly: false };
const appliesTo = { environment: ['production'] };
const incidents: Incident[] = [
  { id: 'P-1', start: '2026-06-03T10:00:00Z', end: '2026-06-03T11:00:00Z', cause: 'unplanned', environment: 'production' },
  { id: 'S-1', start: '2026-06-04T10:00:00Z', end: '2026-06-04T16:00:00Z', cause: 'unplanned', environment: 'staging' },
  { id: 'P-2', start: '2026-06-05T10:00:00Z', end: '2026-06-05T10:30:00Z', cause: 'unplanned', environment: 'Production' },
];

describe('appliesTo: incidents outside the covered environments are listed, not counted', () => {
  it('counts the production incidents only (environment names ignore case) and lists the others', () => {
    const report = measureAvailability({ month: '2026-06', incidents, policy, appliesTo });
    expect(report.unscheduledMinutes).toBe(90);
    expect(report.outOfScope).toEqual([{ incidentIndex: 1, incidentId: 'S-1', environment: 'staging' }]);
    expect(report.segments.map((s) => s.incidentIndex)).toEqual([0, 2]);
  });

  it('without appliesTo every incident counts and the report has no outOfScope', () => {
    const report = measureAvailability({ month: '2026-06', incidents, policy });
    expect(report.unscheduledMinutes).toBe(450);
    expect(report).not.toHaveProperty('outOfScope');
  });

  it('an incident without an environment cannot be placed, and is refused', () => {
    expectSlaError(() => measureAvailability({ month: '2026-06', incidents: [{ start: '2026-06-03T10:00:00Z', end: null, cause: 'unplanned' }], policy, appliesTo, asOf: '2026-06-04T00:00:00Z' }), 'INVALID_INCIDENT', 'incidents[0].environment', 'production only');
    expectSlaError(() => measureAvailability({ month: '2026-06', incidents, policy, appliesTo: { environment: [] } }), 'INVALID_ARGUMENT', 'appliesTo.environment');
  });

  it('shards merge to the same report, out-of-scope incidents numbered across shards', () => {
    const whole = measureAvailability({ month: '2026-06', incidents, policy, appliesTo });
    const merged = availabilityReportOf(mergeAvailabilityShards(availabilityShard({ month: '2026-06', incidents: incidents.slice(0, 1), policy, appliesTo }), availabilityShard({ month: '2026-06', incidents: incidents.slice(1), policy, appliesTo })));
    expect(merged).toEqual(whole);
  });

  it('explanations leave the out-of-scope incidents out of x, y and z', () => {
    const e = explainAvailability({ month: '2026-06', incidents, policy, appliesTo });
    expect(e.incidents.map((i) => i.id)).toEqual(['P-1', 'P-2']);
    expect(e.z).toBe(90);
  });

  it('the readers take environment as a column', () => {
    const [incident] = [...readIncidents([{ start: '2026-06-03T10:00:00Z', end: '2026-06-03T11:00:00Z', cause: 'unplanned', env: ' staging ' }], { columns: { env: 'environment' } })];
    expect(incident?.environment).toBe('staging');
  });

  it('a contract states it in availability.appliesTo, with its clause', () => {
    const contract = loadContract({ sources: [{ id: 'ncs', title: 'NiCE Cloud Services Terms' }], availability: { target: 99.9, appliesTo: { environment: ['production'], source: { doc: 'ncs', section: '7.1' } } } });
    expect(contract.availability?.appliesTo).toEqual({ environment: ['production'] });
    expect(contract.clausesOf('availability.appliesTo')[0]?.section).toBe('7.1');
    expectSlaError(() => loadContract({ availability: { appliesTo: { environment: [] } } }), 'INVALID_CONTRACT', 'availability.appliesTo.environment');
  });
});
