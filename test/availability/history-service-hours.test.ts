// Service hours under a contract history: each version's service hours over its part of the period.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { historyAvailability, measureAvailability } from '../../src/availability/index.js';
import type { Incident } from '../../src/availability/types.js';
import { loadContract, loadContractHistory, serviceHoursCalendar } from '../../src/contract/index.js';
import type { Contract, ContractDocument } from '../../src/contract/types.js';
import { expectSlaError } from '../expect-sla-error.js';

const weekdays = (open: string, close: string) => Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri'].map((day) => [day, [[open, close]]]));
const doc = (serviceHours: object | undefined, effective?: ContractDocument['effective']): ContractDocument =>
  ({
    name: 'SLA',
    ...(effective === undefined ? {} : { effective }),
    downtime: { excusable: [], maintenanceWindowsOnly: false },
    availability: { target: 99.9, ...(serviceHours === undefined ? {} : { serviceHours }) },
  }) as unknown as ContractDocument;
const serviceHoursOf = (c: Contract) => serviceHoursCalendar(c, 'UTC');
// Monday 12 October and Monday 19 October 2026, 06:00 to 10:00 UTC.
const incidents: Incident[] = [
  { id: 'A', start: '2026-10-12T06:00:00Z', end: '2026-10-12T10:00:00Z', cause: 'unplanned' },
  { id: 'B', start: '2026-10-19T06:00:00Z', end: '2026-10-19T10:00:00Z', cause: 'unplanned' },
];

describe('historyAvailability with service hours', () => {
  it('each version’s service hours count over its part: x their minutes, y and z the downtime inside them', () => {
    // 08:00–18:00 weekdays before 15 October, 07:00–20:00 from it.
    const history = loadContractHistory([doc({ hours: weekdays('08:00', '18:00') }), doc({ hours: weekdays('07:00', '20:00') }, { from: '2026-10-15' })]);
    const r = historyAvailability(history, { month: '2026-10', incidents, serviceHoursOf });
    // Weekdays 1–14 October: 10 (× 600 min); 15–31 October: 12 (× 780 min).
    expect(r.versions.map((v) => [v.totalMinutes, v.unscheduledMinutes])).toEqual([
      [6000, 120],
      [9360, 180],
    ]);
    expect([r.totalMinutes, r.unscheduledMinutes, r.outsideServiceHoursMinutes]).toEqual([15360, 300, 180]);
  });

  it('a version without service hours counts all its minutes', () => {
    const history = loadContractHistory([doc(undefined), doc({ hours: weekdays('07:00', '20:00') }, { from: '2026-10-15' })]);
    const r = historyAvailability(history, { month: '2026-10', incidents, serviceHoursOf });
    expect(r.versions.map((v) => v.totalMinutes)).toEqual([14 * 1440, 9360]);
    expect([r.totalMinutes, r.unscheduledMinutes]).toEqual([14 * 1440 + 9360, 240 + 180]);
  });

  it('a version that states service hours is refused without serviceHoursOf, rather than measured without them', () => {
    const history = loadContractHistory([doc(undefined), doc({ hours: weekdays('07:00', '20:00') }, { from: '2026-10-15' })]);
    expectSlaError(() => historyAvailability(history, { month: '2026-10', incidents }), 'INVALID_ARGUMENT', 'input.serviceHoursOf', 'from 2026-10-15 states availability.serviceHours');
    expectSlaError(() => historyAvailability(history, { month: '2026-10', incidents, serviceHoursOf: 'UTC' as never }), 'INVALID_ARGUMENT', 'input.serviceHoursOf');
    expectSlaError(() => historyAvailability(loadContractHistory([doc({ hours: weekdays('07:00', '20:00') })]), { month: '2026-10', incidents }), 'INVALID_ARGUMENT', 'input.serviceHoursOf', 'in force first states');
    // A history none of whose versions in force states them needs none.
    expect(historyAvailability(loadContractHistory([doc(undefined)]), { month: '2026-10', incidents }).totalMinutes).toBe(31 * 1440);
  });

  it('a history of one version with service hours gives what measureAvailability gives with them', () => {
    const document = doc({ hours: weekdays('07:00', '20:00') });
    const contract = loadContract(document);
    const history = loadContractHistory([document]);
    const incident = fc.record({ at: fc.integer({ min: 0, max: 31 * 1440 }), minutes: fc.integer({ min: 0, max: 2 * 1440 }) }).map(({ at, minutes }): Incident => {
      const start = Date.parse('2026-10-01T00:00:00Z') + at * 60_000;
      return { start: new Date(start), end: new Date(start + minutes * 60_000), cause: 'unplanned' };
    });
    fc.assert(
      fc.property(fc.array(incident, { maxLength: 6 }), (list) => {
        const plain = measureAvailability({ month: '2026-10', incidents: list, policy: contract.downtime!, serviceHours: serviceHoursOf(contract)! });
        const { versions, termsVersion: _, ...under } = historyAvailability(history, { month: '2026-10', incidents: list, serviceHoursOf });
        expect(under).toEqual(plain);
        expect(versions[0]?.totalMinutes).toBe(plain.totalMinutes);
      }),
      { seed: 20261229, numRuns: 100 },
    );
  });
});
