// Issue 20, "units in contracts", "NCS §7.1", "availability under Uniphore" and "regional maintenance
// windows without --region".
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadContract } from '../../src/contract/index.js';
import { measureAvailability, minutesInMonth } from '../../src/availability/index.js';
import { createMaintenanceSchedule } from '../../src/maintenance/index.js';
import { niceCloudDowntimePolicy, uniphoreDowntimePolicy, uniphoreMaintenance } from '../../src/presets/index.js';
import { availabilityReportOf, availabilityShard, mergeAvailabilityShards } from '../../src/records/index.js';
import { buildServiceReport } from '../../src/report/index.js';
import { expectSlaError } from '../expect-sla-error.js';
import { cli } from '../cli/in-process.js';

const problems = (document: unknown): string[] => {
  try {
    loadContract(document);
  } catch (error) {
    return (error as { details: { problems: { path: string; message: string }[] } }).details.problems.map((p) => `${p.path}: ${p.message}`);
  }
  return [];
};
const LEVEL = { response: { after: 'PT1H', clock: '24x7' } };
const NICE_CLOUD = ['--contract', 'nice-cloud', '--environment', 'production', '--params', 'test/cli/fixtures/nice-cloud-params.json', '--param', 'maintenance.timeZone=UTC', '--param', 'maintenance.windows=[{"day":"sun","start":"00:00","end":"04:00"}]'];
const ONE_HOUR = 'start,end,cause\n2026-03-03T01:00:00Z,2026-03-03T02:00:00Z,unplanned\n';

describe('units in contracts: each field keeps its unit; "%" texts are accepted; implausible numbers are refused with both readings', () => {
  it('availability target and credit bounds are percentages: 99.9 and "99.9%" are the same', () => {
    const a = loadContract({ availability: { target: 99.9, credits: [{ atLeast: 99, below: 99.9, creditPercent: 10 }, { atLeast: 0, below: 99, creditPercent: 25 }] } }).availability;
    const b = loadContract({ availability: { target: '99.9%', credits: [{ atLeast: '99%', below: '99.9%', creditPercent: '10%' }, { atLeast: 0, below: '99 %', creditPercent: '25%' }] } }).availability;
    expect(b).toEqual(a);
    expect(a?.target).toBe(99.9);
  });

  it('an availability target or credit bound at or below 1 is refused with both readings', () => {
    expect(problems({ availability: { target: 0.999 } })).toEqual([
      "availability.target: 0.999 would be read as 0.999%: this field is a percentage, as SLAs print it (99.9 is 99.9%); write 99.9 or '99.9%' for 99.9%, or '0.999%' if 0.999% is meant",
    ]);
    expect(problems({ availability: { credits: [{ atLeast: 0.99, below: 99.9, creditPercent: 25 }] } })[0]).toContain("availability.credits[0].atLeast: 0.99 would be read as 0.99%");
    expect(problems({ availability: { target: 1 } })[0]).toContain("write 100 or '100%'");
    // An explicit "%" cannot be misread, and a bottom tier from 0 stays valid.
    expect(loadContract({ availability: { target: '0.5%', credits: [{ atLeast: 0, below: 50, creditPercent: 5 }] } }).availability?.target).toBe(0.5);
  });

  it('compliance targets and renewal rates are fractions: 0.9 and "90%" are the same; 90 is refused with both readings', () => {
    const doc = (complianceTarget: unknown, upliftFloor: unknown) => ({ severities: { 1: { label: 'P1' } }, support: { complianceTarget, levels: { 1: { ...LEVEL, complianceTarget } } }, renewal: { upliftFloor } });
    const a = loadContract(doc(0.9, 0.05));
    const b = loadContract(doc('90%', '5%'));
    expect([b.support?.complianceTarget, b.support?.levels[1]?.complianceTarget, b.renewal?.floor]).toEqual([0.9, 0.9, 0.05]);
    expect([a.support?.complianceTarget, a.renewal?.floor]).toEqual([0.9, 0.05]);
    expect(problems(doc(90, 0.05))).toContain("support.complianceTarget: 90 would be 9000%; if 90% was meant, write 0.9 or '90%' (this field is a fraction: 0.9 is 90%)");
    expect(problems(doc(0.9, 5))).toEqual(["renewal.upliftFloor: 5 would be 500%; if 5% was meant, write 0.05 or '5%' (this field is a fraction: 0.9 is 90%)"]);
  });

  it('a percent parameter given as "99.9%" on the command line is read exactly; 0.999 is refused (exit 1)', () => {
    const ok = cli(['availability', '-', '--month', '2026-03', ...NICE_CLOUD, '--param', 'availability.target=99.9%', '--json'], ONE_HOUR);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({ target: 99.9, met: false });
    const bad = cli(['availability', '-', '--month', '2026-03', ...NICE_CLOUD, '--param', 'availability.target=0.999'], ONE_HOUR);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain("availability.target: 0.999 would be read as 0.999%");
  });

  it('availability --json has the target, whether it is met and the credit, as the table prints them', () => {
    const json = JSON.parse(cli(['availability', '-', '--month', '2026-03', ...NICE_CLOUD, '--json'], ONE_HOUR).stdout) as { percent: number; target: number; met: boolean; creditPercent: number };
    const table = cli(['availability', '-', '--month', '2026-03', ...NICE_CLOUD], ONE_HOUR).stdout;
    expect(json).toMatchObject({ target: 99.9, met: false, creditPercent: 5, creditTier: { atLeast: 99, below: 99.9, creditPercent: 5 } });
    expect(table).toContain('target:                  99.9% — missed');
    expect(table).toContain('service credit:          5% (tier 99% to below 99.9%)');
    const none = JSON.parse(cli(['availability', '-', '--month', '2026-03', '--contract', 'uniphore', '--json'], ONE_HOUR).stdout) as { target: unknown; met: unknown; creditPercent: unknown; creditTier: unknown };
    expect([none.target, none.met, none.creditPercent, none.creditTier]).toEqual([null, null, null, null]);
  });
});

describe('NCS §7.1: x = 24 × 60 × days', () => {
  const month = { month: '2026-03', timeZone: 'America/New_York', incidents: [{ start: '2026-03-03T01:00:00Z', end: '2026-03-03T02:00:00Z', cause: 'unplanned' as const }] };

  it('the NiCE Cloud policy counts March 2026 in New York as 44,640 minutes (99.8655%), not the 44,580 elapsed', () => {
    const report = measureAvailability({ ...month, policy: niceCloudDowntimePolicy, maintenance: createMaintenanceSchedule({ timeZone: 'UTC', windows: [{ day: 'sun', start: '00:00', end: '04:00' }] }) });
    expect(minutesInMonth('2026-03', 'America/New_York')).toBe(44_580);
    expect(report.totalMinutes).toBe(44_640);
    expect(report.percent).toBe((100 * (44_640 - 60)) / 44_640);
  });

  it('a contract that counts elapsed minutes says monthMinutes: "elapsed" (the default of a policy)', () => {
    const policy = { excusable: [], maintenanceWindowsOnly: false };
    expect(measureAvailability({ ...month, policy }).totalMinutes).toBe(44_580);
    expect(measureAvailability({ ...month, policy: { ...policy, monthMinutes: 'elapsed' as const } }).totalMinutes).toBe(44_580);
    expect(measureAvailability({ ...month, policy: { ...policy, monthMinutes: 'days' as const } }).totalMinutes).toBe(44_640);
    expectSlaError(() => measureAvailability({ ...month, policy: { ...policy, monthMinutes: 'calendar' as never } }), 'INVALID_POLICY', 'policy.monthMinutes');
  });

  it('the built-in nice-cloud contract states it, with the clause; the shards and the command agree', () => {
    const contract = loadContract(JSON.parse(readFileSync('contracts/nice-cloud-services.json', 'utf8')), { parts: ['downtime'] });
    expect(contract.downtime?.monthMinutes).toBe('days');
    expect(contract.clausesOf('downtime').map((c) => c.quote)).toContain('24 hours per day x 60 minutes per hour x 30 days (or 43,200 minutes), as June has 30 calendar days');
    const policy = { excusable: [], maintenanceWindowsOnly: false, monthMinutes: 'days' as const };
    const [a, b] = [month.incidents, []].map((incidents) => availabilityShard({ ...month, incidents, policy }));
    expect(availabilityReportOf(mergeAvailabilityShards(a!, b!))).toEqual(measureAvailability({ ...month, policy }));
    const run = cli(['availability', '-', '--month', '2026-03', '--tz', 'America/New_York', '--month-tz', 'America/New_York', ...NICE_CLOUD, '--json'], ONE_HOUR);
    expect(JSON.parse(run.stdout)).toMatchObject({ totalMinutes: 44_640, percent: (100 * (44_640 - 60)) / 44_640 });
    const table = cli(['availability', '-', '--month', '2026-03', '--tz', 'America/New_York', '--month-tz', 'America/New_York', ...NICE_CLOUD], ONE_HOUR).stdout;
    expect(table).toContain('x  minutes in the month: 44,640 (24 × 60 × 31 days)');
    // Rounded, as every percentage is shown (99.865591…).
    expect(table).toContain('availability:            99.8656%');
  });

  it('a fall-back month down for longer than 24 × 60 × its days is refused, never a negative percentage', () => {
    const policy = { excusable: [], maintenanceWindowsOnly: false, monthMinutes: 'days' as const };
    const whole = [{ start: '2026-11-01T04:00:00Z', end: '2026-12-01T05:00:00Z', cause: 'unplanned' as const }];
    expectSlaError(() => measureAvailability({ month: '2026-11', timeZone: 'America/New_York', incidents: whole, policy }), 'INVALID_AVAILABILITY', 'policy.monthMinutes', "measure it with monthMinutes: 'elapsed'");
  });
});

describe('availability under Uniphore says the formula is borrowed', () => {
  it('in the command output and its JSON', () => {
    const run = cli(['availability', '-', '--month', '2026-03', '--contract', 'uniphore'], ONE_HOUR);
    expect(run.stdout).toContain('note: Uniphore Support SLAs states no availability formula; the figure uses ((x − y − z) / (x − y)) × 100 of NiCE Cloud Services Terms §7.1, borrowed');
    const json = JSON.parse(cli(['availability', '-', '--month', '2026-03', '--contract', 'uniphore', '--json'], ONE_HOUR).stdout) as { borrowedFormula?: string };
    expect(json.borrowedFormula).toContain('borrowed');
    const own = cli(['availability', '-', '--month', '2026-03', ...NICE_CLOUD], ONE_HOUR);
    expect(own.stdout).not.toContain('borrowed');
  });

  it('in the report', () => {
    const contract = loadContract(JSON.parse(readFileSync('contracts/uniphore-support.json', 'utf8')), { parameters: JSON.parse(readFileSync('test/cli/fixtures/uniphore-params.json', 'utf8')) as Record<string, unknown> });
    const report = buildServiceReport({ contract, month: '2026-03', timeZone: 'UTC', now: '2026-04-02T00:00:00Z', region: 'EU', incidents: [{ start: '2026-03-03T01:00:00Z', end: '2026-03-03T02:00:00Z', cause: 'unplanned' }] });
    expect(report.availability?.borrowedFormula).toContain('Uniphore Support SLAs states no availability formula');
    const md = cli(['report', '--contract', 'uniphore', '--params', 'test/cli/fixtures/uniphore-params.json', '--month', '2026-03', '--tz', 'UTC', '--region', 'EU', '--incidents', '-', '--now', '2026-04-02T00:00:00Z', '--format', 'md'], ONE_HOUR);
    expect(md.stdout).toContain('states no availability formula');
  });
});

describe('regional maintenance windows without a region', () => {
  const overrun = { start: '2026-07-08T02:30:00Z', end: '2026-07-08T05:30:00Z', cause: 'scheduled-maintenance' as const };
  const uniphore = createMaintenanceSchedule(uniphoreMaintenance);

  it('are refused when an incident is scheduled maintenance, never counted in any region’s window', () => {
    expectSlaError(() => measureAvailability({ month: '2026-07', incidents: [overrun], policy: uniphoreDowntimePolicy, maintenance: uniphore }), 'INVALID_ARGUMENT', 'region', 'the maintenance windows are regional');
    const eu = measureAvailability({ month: '2026-07', incidents: [overrun], policy: uniphoreDowntimePolicy, maintenance: uniphore, region: 'EU' });
    expect([eu.excusableMinutes, eu.unscheduledMinutes]).toEqual([150, 30]);
  });

  it('need no region when no incident is scheduled maintenance, or when no window names a region', () => {
    expect(measureAvailability({ month: '2026-07', incidents: [{ ...overrun, cause: 'unplanned' }], policy: uniphoreDowntimePolicy, maintenance: uniphore }).unscheduledMinutes).toBe(180);
    const everywhere = createMaintenanceSchedule({ timeZone: 'UTC', windows: [{ day: 'wed', start: '02:00', end: '05:00' }] });
    expect(measureAvailability({ month: '2026-07', incidents: [overrun], policy: uniphoreDowntimePolicy, maintenance: everywhere }).excusableMinutes).toBe(150);
  });

  it('slakit availability without --region is a usage error naming the regions', () => {
    const run = cli(['availability', '-', '--month', '2026-07', '--contract', 'uniphore', '--param', 'maintenance.dataCenterTimeZone=America/Chicago'], `start,end,cause\n${overrun.start},${overrun.end},scheduled-maintenance\n`);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--region');
    expect(run.stderr).toContain('India, Australia, US, EU, UK');
  });
});
