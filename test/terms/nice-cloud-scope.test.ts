// NiCE Cloud Services Terms §7.1: the SLA covers "one (1) Production environment". The built-in
// contract says so (availability.appliesTo); an incident whose environment is unknown is refused
// (or placed by --environment, which the user gives), never guessed into or out of scope.
import { describe, expect, it } from 'vitest';
import { measureAvailability } from '../../src/availability/index.js';
import { niceCloudAvailabilityScope } from '../../src/presets/index.js';
import { expectSlaError } from '../expect-sla-error.js';
import { cli } from '../cli/in-process.js';

const PARAMS = ['--params', 'test/cli/fixtures/nice-cloud-params.json', '--maintenance', 'test/cli/fixtures/uniphore-windows.json', '--region', 'EU'];
const nice = (csv: string, ...extra: string[]) => cli(['availability', '-', '--month', '2026-06', '--contract', 'nice-cloud', ...PARAMS, ...extra], csv);

describe('NiCE Cloud availability applies to the Production environment only (NiCE Cloud Services Terms §7.1)', () => {
  const withColumn = 'id,start,end,cause,environment\nP-1,2026-06-03T10:00:00Z,2026-06-03T11:00:00Z,unplanned,production\nS-1,2026-06-04T10:00:00Z,2026-06-04T16:00:00Z,unplanned,staging\n';
  const withoutColumn = 'id,start,end,cause\nP-1,2026-06-03T10:00:00Z,2026-06-03T11:00:00Z,unplanned\nP-2,2026-06-04T10:00:00Z,2026-06-04T10:30:00Z,unplanned\n';

  it('incidents in other environments are listed as out of scope, not counted', () => {
    const run = nice(withColumn, '--json');
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout) as { unscheduledMinutes: number; outOfScope: { incidentId: string; environment: string }[] };
    expect(json.unscheduledMinutes).toBe(60);
    expect(json.outOfScope).toEqual([{ incidentIndex: 1, incidentId: 'S-1', environment: 'staging' }]);
    expect(nice(withColumn).stdout).toContain('out of scope:            S-1 (staging): not counted; the SLA applies to production');
  });

  it('a file without an environment column is refused once, naming --environment, not guessed to be production', () => {
    const run = nice(withoutColumn);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain("--environment is required: row 2 (incident 'P-1') names no environment, and the contract's availability applies to production only (availability.appliesTo)");
    expect(run.stderr.match(/names no environment/g)).toHaveLength(1);
  });

  it('--environment NAME places the incidents whose row names none; a row that names one keeps it', () => {
    const run = nice(withoutColumn, '--environment', 'production', '--json');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ unscheduledMinutes: 90, outOfScope: [] });
    const staging = nice(withoutColumn, '--environment', 'staging', '--json');
    expect(JSON.parse(staging.stdout)).toMatchObject({ unscheduledMinutes: 0 });
    expect((JSON.parse(staging.stdout) as { outOfScope: unknown[] }).outOfScope).toHaveLength(2);
    const mixed = nice(`${withColumn}P-3,2026-06-05T10:00:00Z,2026-06-05T10:10:00Z,unplanned,\n`, '--environment', 'production', '--json');
    expect(JSON.parse(mixed.stdout)).toMatchObject({ unscheduledMinutes: 70, outOfScope: [{ incidentId: 'S-1', environment: 'staging' }] });
  });

  it('--environment under a contract that states no scope is a usage error (nothing to scope)', () => {
    const run = cli(['availability', '-', '--month', '2026-06', '--contract', 'uniphore', '--environment', 'production'], withoutColumn);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--environment: the contract\'s availability applies to every environment');
  });

  it('the library refuses an incident without an environment under appliesTo, saying it is missing', () => {
    expectSlaError(
      () => measureAvailability({ month: '2026-06', incidents: [{ id: 'P-1', start: '2026-06-03T10:00:00Z', end: '2026-06-03T11:00:00Z', cause: 'unplanned' }], policy: { excusable: [], maintenanceWindowsOnly: false }, appliesTo: niceCloudAvailabilityScope }),
      'INVALID_INCIDENT',
      'incidents[0].environment',
      'is missing; the measurement applies to production only',
    );
  });
});
