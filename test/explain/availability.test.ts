import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Incident, type IncidentCause, INCIDENT_CAUSES, measureAvailability } from '../../src/availability/index.js';
import { explainAvailability, formatExplanation } from '../../src/explain/index.js';
import { createMaintenanceSchedule } from '../../src/maintenance/index.js';
import { niceCloudDowntimePolicy, uniphoreDowntimePolicy, uniphoreMaintenance } from '../../src/presets/index.js';
import { expectSlaError } from '../expect-sla-error.js';

const schedule = createMaintenanceSchedule(uniphoreMaintenance);
const [, ...rows] = readFileSync('examples/data/incidents-2026-10.csv', 'utf8').trim().split('\n');
const october: Incident[] = rows.map((row) => {
  const [id, start, end, cause] = row.split(',') as [string, string, string, IncidentCause];
  return { id, start, end, cause };
});

describe('explainAvailability', () => {
  it('the October sample: x, y, z as measureAvailability, each incident’s minutes by term, the window that excused it, overlaps', () => {
    const e = explainAvailability({ month: '2026-10', incidents: october, policy: uniphoreDowntimePolicy, maintenance: schedule, region: 'EU', sources: { formula: { doc: 'Uniphore SLA', section: 'Availability' }, causes: { 'third-party': { doc: 'Uniphore SLA', section: 'Exclusions' } } } });
    expect([e.x, e.y, e.z, e.percent]).toEqual([44640, 497, 278, 99.37022857531205]);
    const byId = new Map(e.incidents.map((i) => [i.id, i]));
    expect(byId.get('INC-2101')?.start).toBe('2026-10-01T00:00:00.000+00:00');
    expect(byId.get('INC-2103')).toMatchObject({ unscheduledMinutes: 22.5, overlappedMinutes: 17.5 });
    expect(byId.get('INC-2106')).toMatchObject({ excusableMinutes: 150, unscheduledMinutes: 45, windows: [{ id: 'eu', region: 'EU', start: '2026-10-14T02:30:00.000+00:00', end: '2026-10-14T05:00:00.000+00:00', minutes: 150 }] });
    expect(byId.get('INC-2110')?.source).toEqual({ doc: 'Uniphore SLA', section: 'Exclusions' });
    const text = formatExplanation(e).split('\n');
    expect(text[0]).toBe('Availability 2026-10 (UTC): 99.37022857531205% = ((x − y − z) / (x − y)) × 100 with x = 44640, y = 497, z = 278 minutes');
    expect(text).toContain('INC-2103 (unplanned) Fri 2 Oct 2026 14:30–15:10: z +22.5 min; 17.5 min overlapped, counted under another incident');
    expect(text).toContain('INC-2106 (scheduled-maintenance) Wed 14 Oct 2026 02:30–05:45: y +150 min; z +45 min; excused by maintenance window eu Wed 14 Oct 2026 02:30–05:00');
    expect(text).toContain('INC-2110 (third-party) Thu 22 Oct 2026 07:45–08:30: y +45 min; Clause: Uniphore SLA, Exclusions');
    expect(text.at(-1)).toBe('Clause: Uniphore SLA, Availability');
    expect(JSON.parse(JSON.stringify(e))).toEqual(e);
  });

  it('dropped partial minutes, an ongoing incident cut at asOf, an incident across months, ids missing, an unmeasurable month', () => {
    const e = explainAvailability({
      month: '2026-06',
      timeZone: 'America/New_York',
      incidents: [
        { start: '2026-06-03T10:00:00Z', end: '2026-06-03T10:00:30Z', cause: 'unplanned' },
        { id: 'LONG', start: '2026-05-31T23:00:00-04:00', end: null, cause: 'unplanned' },
        { id: 'JULY', start: '2026-07-02T00:00:00Z', end: '2026-07-02T01:00:00Z', cause: 'unplanned' },
      ],
      policy: { ...niceCloudDowntimePolicy, partialMinutes: 'drop-under-one-minute' },
      maintenance: schedule,
      asOf: '2026-06-01T01:00:00-04:00',
    });
    expect(e.incidents.map((i) => [i.id ?? i.index, i.start, i.end, i.unscheduledMinutes, i.droppedMinutes])).toEqual([
      [0, '2026-06-03T06:00:00.000-04:00', '2026-06-03T06:00:30.000-04:00', 0, 0.5],
      ['LONG', '2026-06-01T00:00:00.000-04:00', '2026-06-01T01:00:00.000-04:00', 60, 0],
    ]);
    const dropped = explainAvailability({ month: '2026-06', incidents: [{ start: '2026-06-03T10:00:00Z', end: '2026-06-03T10:00:30Z', cause: 'unplanned' }], policy: { ...niceCloudDowntimePolicy, partialMinutes: 'drop-under-one-minute' }, maintenance: schedule });
    expect([dropped.dropped, dropped.incidents[0]?.droppedMinutes]).toEqual([0.5, 0.5]);
    expect(formatExplanation(dropped).split('\n')).toEqual([
      'Availability 2026-06 (UTC): 100% = ((x − y − z) / (x − y)) × 100 with x = 43200, y = 0, z = 0 minutes',
      'Dropped (under a minute): 0.5 min',
      '#0 (unplanned) Wed 3 Jun 2026 10:00–10:00:30: dropped 0.5 min',
    ]);
    const excused = explainAvailability({ month: '2026-06', incidents: [{ start: '2026-06-01T00:00:00Z', end: '2026-07-01T00:00:00Z', cause: 'customer-caused' }], policy: uniphoreDowntimePolicy });
    expect(formatExplanation(excused).split('\n')[0]).toBe('Availability 2026-06 (UTC): not measurable (x − y = 0) = ((x − y − z) / (x − y)) × 100 with x = 43200, y = 43200, z = 0 minutes');
  });

  it('rejects what measureAvailability rejects, and bad sources', () => {
    const base = { month: '2026-10', incidents: october, policy: uniphoreDowntimePolicy, maintenance: schedule, region: 'EU' };
    expectSlaError(() => explainAvailability({ ...base, month: '2026-13' }), 'INVALID_DATE');
    expectSlaError(() => explainAvailability(null as never), 'INVALID_ARGUMENT', 'input');
    expectSlaError(() => explainAvailability({ ...base, sources: { clauses: {} } as never }), 'INVALID_ARGUMENT', 'sources.clauses');
    expectSlaError(() => explainAvailability({ ...base, sources: { causes: { unplanned: { doc: 'x' } as never } } }), 'INVALID_ARGUMENT', 'sources.causes.unplanned.section');
  });

  it('property: each incident’s time in the month splits exactly into y, z, dropped and overlapped, and the terms add up to the report’s', () => {
    const MONTH_START = Date.UTC(2026, 9, 1);
    const incident = fc.record({
      start: fc.integer({ min: MONTH_START - 86_400_000, max: MONTH_START + 31 * 86_400_000 }),
      length: fc.integer({ min: 0, max: 6 * 3_600_000 }),
      cause: fc.constantFrom(...INCIDENT_CAUSES),
      id: fc.option(fc.constantFrom('A', 'B', 'C'), { nil: undefined }),
    });
    fc.assert(
      fc.property(
        fc.array(incident, { maxLength: 12 }),
        fc.constantFrom(uniphoreDowntimePolicy, niceCloudDowntimePolicy, { ...niceCloudDowntimePolicy, partialMinutes: 'drop-under-one-minute' as const }),
        fc.constantFrom('EU', 'US', 'India'),
        (list, policy, region) => {
          const incidents: Incident[] = list.map((i) => ({ ...(i.id === undefined ? {} : { id: i.id }), start: i.start, end: i.start + i.length, cause: i.cause }));
          const input = { month: '2026-10', incidents, policy, maintenance: schedule, ...(region === undefined ? {} : { region }) };
          const report = measureAvailability(input);
          const e = explainAvailability(input);
          let y = 0;
          let z = 0;
          let dropped = 0;
          for (const i of e.incidents) {
            expect(i.overlappedMs).toBeGreaterThanOrEqual(0);
            expect(i.excusableMs + i.unscheduledMs + i.droppedMs + i.overlappedMs).toBe(Date.parse(i.end) - Date.parse(i.start));
            expect(i.windows.reduce((sum, w) => sum + w.ms, 0)).toBeLessThanOrEqual(i.excusableMs);
            y += i.excusableMs;
            z += i.unscheduledMs;
            dropped += i.droppedMs;
          }
          expect([y / 60_000, z / 60_000, dropped / 60_000]).toEqual([report.excusableMinutes, report.unscheduledMinutes, report.droppedMinutes]);
        },
      ),
      { numRuns: 200 },
    );
  });
});
