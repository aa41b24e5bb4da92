// Uniphore Support SLAs as its text writes them: exclusion "(iii) Program backup" is its own cause,
// and emergency maintenance ("will be counted as unscheduled downtime. Customer will be notified
// immediately.") carries a best-effort notice, which excuses with any notice and so never changes a figure.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeNotice, type DowntimePolicy, type Incident, measureAvailability } from '../../src/availability/index.js';
import { loadContract } from '../../src/contract/index.js';
import { explainAvailability, formatExplanation } from '../../src/explain/index.js';
import { uniphoreDowntimePolicy } from '../../src/presets/index.js';
import { availabilityReportOf, availabilityShard, mergeAvailabilityShards } from '../../src/records/index.js';
import { expectSlaError } from '../expect-sla-error.js';

const uniphore = JSON.parse(readFileSync('contracts/uniphore-support.json', 'utf8')) as Record<string, unknown>;
const contract = loadContract(uniphore, { parts: ['downtime'] });
const month = '2026-06';

describe('Uniphore exclusion (iii) Program backup is its own cause', () => {
  it('the built-in contract excuses program-backup, citing "(iii) Program backup" (SLA Exclusions)', () => {
    expect(contract.downtime?.excusable).toContain('program-backup');
    const index = (contract.document.downtime?.excusable ?? []).findIndex((e) => typeof e !== 'string' && e.cause === 'program-backup');
    const [clause] = contract.clausesOf(`downtime.excusable[${index}]`);
    expect(clause).toMatchObject({ doc: 'uniphore', section: 'SLA Exclusions' });
    expect(clause?.quote).toMatch(/^\(iii\) Program backup in instances where the Uniphore services are deployed fully or partially on-premises/);
  });

  it('backup downtime counts as excusable (y) under Uniphore, and as unscheduled (z) under a policy that does not list it', () => {
    const incidents: Incident[] = [{ id: 'BK-1', start: '2026-06-07T01:00:00Z', end: '2026-06-07T02:30:00Z', cause: 'program-backup' }];
    const report = measureAvailability({ month, incidents, policy: contract.downtime as DowntimePolicy });
    expect([report.excusableMinutes, report.unscheduledMinutes, report.byCause['program-backup'].excusableMinutes]).toEqual([90, 0, 90]);
    expect(measureAvailability({ month, incidents, policy: { excusable: [], maintenanceWindowsOnly: false } }).unscheduledMinutes).toBe(90);
  });

  it('the document reproduces the preset (program-backup and the best-effort notice included)', () => {
    expect(contract.downtime).toEqual(uniphoreDowntimePolicy);
  });
});

describe('a notice rule of kind best-effort: emergency maintenance "notified immediately"', () => {
  it('the built-in contract states emergency maintenance as unscheduled with a best-effort notice, citing its sentence', () => {
    expect(contract.document.downtime?.unscheduled).toMatchObject([{ cause: 'emergency-maintenance', notice: 'best-effort' }]);
    expect(contract.downtime?.excusable).not.toContain('emergency-maintenance');
    expect(contract.downtime?.conditions).toEqual([{ cause: 'emergency-maintenance', notice: 'best-effort' }]);
    expect(contract.clausesOf('downtime.unscheduled[0]')[0]?.quote).toContain('will be counted as unscheduled downtime. Customer will be notified immediately.');
  });

  const instant = fc.date({ noInvalidDate: true, min: new Date('2026-05-25T00:00:00Z'), max: new Date('2026-06-30T00:00:00Z') });
  const incident = fc.record({ start: instant, minutes: fc.integer({ min: 0, max: 600 }), announced: fc.option(instant, { nil: undefined }), cause: fc.constantFrom('emergency-maintenance' as const, 'unplanned' as const, 'customer-caused' as const) });

  it('best-effort notice excuses with any notice: the figures equal those without the rule, whatever was announced (property)', () => {
    const excusing: DowntimePolicy = { excusable: ['emergency-maintenance', 'customer-caused'], maintenanceWindowsOnly: false };
    fc.assert(
      fc.property(fc.array(incident, { maxLength: 6 }), fc.boolean(), (drawn, excused) => {
        const incidents: Incident[] = drawn.map((d, i) => ({ id: `I-${i}`, start: d.start, end: new Date(d.start.getTime() + d.minutes * 60_000), cause: d.cause, ...(d.announced === undefined ? {} : { announcedAt: d.announced }) }));
        const base = excused ? excusing : uniphoreDowntimePolicy;
        const plain = measureAvailability({ month, incidents, policy: { ...base, conditions: [] } });
        const ruled = measureAvailability({ month, incidents, policy: { ...base, conditions: [{ cause: 'emergency-maintenance', notice: 'best-effort' }] } });
        expect([ruled.excusableMinutes, ruled.unscheduledMinutes, ruled.percent]).toEqual([plain.excusableMinutes, plain.unscheduledMinutes, plain.percent]);
        // Segments of the cause carry the announcement, marked best-effort.
        for (const s of ruled.segments) expect(s.notice?.bestEffort).toBe(s.cause === 'emergency-maintenance' ? true : undefined);
      }),
    );
  });

  it('segments, describeNotice and explanations say what was given and that it does not change the count', () => {
    const incidents: Incident[] = [{ id: 'EM-1', start: '2026-06-03T10:00:00Z', end: '2026-06-03T10:45:00Z', cause: 'emergency-maintenance', announcedAt: '2026-06-03T09:50:00Z' }, { id: 'EM-2', start: '2026-06-04T10:00:00Z', end: '2026-06-04T10:30:00Z', cause: 'emergency-maintenance' }];
    const report = measureAvailability({ month, incidents, policy: uniphoreDowntimePolicy });
    expect(report.unscheduledMinutes).toBe(75);
    expect(report.segments[0]?.notice).toEqual({ announcedAt: new Date('2026-06-03T09:50:00Z'), aheadMs: 600_000, requiredMs: null, plannedEnd: null, bestEffort: true });
    expect(report.segments.map(describeNotice)).toEqual([
      'announced 10 min ahead; best-effort notice, no minimum: the notice given does not change how it counts',
      'not announced; best-effort notice, no minimum: the notice given does not change how it counts',
    ]);
    const excused = measureAvailability({ month, incidents, policy: { excusable: ['emergency-maintenance'], maintenanceWindowsOnly: false, conditions: [{ cause: 'emergency-maintenance', notice: 'best-effort' }] } });
    expect(excused.excusableMinutes).toBe(75);
    expect(describeNotice(excused.segments[1] as (typeof excused.segments)[number])).toBe('not announced; best-effort notice, no minimum: excused with any notice, or none');
    const text = formatExplanation(explainAvailability({ month, incidents, policy: uniphoreDowntimePolicy }));
    expect(text).toContain('announced 10 min ahead; best-effort notice, no minimum: the notice given does not change how it counts: unscheduled');
  });

  it('shards carry the best-effort mark and merge to the whole report', () => {
    const incidents: Incident[] = [{ id: 'EM-1', start: '2026-06-03T10:00:00Z', end: '2026-06-03T10:45:00Z', cause: 'emergency-maintenance', announcedAt: '2026-06-03T09:50:00Z' }, { id: 'U-1', start: '2026-06-03T10:30:00Z', end: '2026-06-03T11:00:00Z', cause: 'unplanned' }];
    const whole = measureAvailability({ month, incidents, policy: uniphoreDowntimePolicy });
    const shard = (list: Incident[]) => availabilityShard({ month, incidents: list, policy: uniphoreDowntimePolicy });
    expect(availabilityReportOf(mergeAvailabilityShards(shard(incidents.slice(0, 1)), shard(incidents.slice(1))))).toEqual(whole);
  });

  it('a minimum notice still needs an excusable cause; best-effort with until does too; a cause cannot be both excusable and unscheduled', () => {
    expectSlaError(() => measureAvailability({ month, incidents: [], policy: { excusable: [], maintenanceWindowsOnly: false, conditions: [{ cause: 'emergency-maintenance', notice: 'PT1H' }] } }), 'INVALID_POLICY', 'policy.conditions[0].cause', 'only notice');
    expectSlaError(() => measureAvailability({ month, incidents: [], policy: { excusable: [], maintenanceWindowsOnly: false, conditions: [{ cause: 'emergency-maintenance', notice: 'best-effort', until: 'plannedEnd' }] } }), 'INVALID_POLICY', 'policy.conditions[0].cause');
    expectSlaError(() => loadContract({ downtime: { excusable: ['emergency-maintenance'], unscheduled: ['emergency-maintenance'], maintenanceWindowsOnly: false } }), 'INVALID_CONTRACT', 'downtime.unscheduled[0]', 'not both');
    expectSlaError(() => loadContract({ downtime: { excusable: [], unscheduled: [{ cause: 'emergency-maintenance', notice: 'PT1H' }], maintenanceWindowsOnly: false } }), 'INVALID_CONTRACT', 'downtime.unscheduled[0].notice');
    expect(loadContract({ downtime: { excusable: [{ cause: 'emergency-maintenance', notice: 'best-effort' }], maintenanceWindowsOnly: false } }).downtime?.conditions).toEqual([{ cause: 'emergency-maintenance', notice: 'best-effort' }]);
  });
});
