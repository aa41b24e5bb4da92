// Issue 20: Uniphore's data-centre window ("Standard Maintenance Window Weds: 9pm to 1 am / Sun:
// 9am to 1pm") is in the contract document. The text names no zone, so the zone is a parameter,
// asked for only when the contract's windows are used.
import fc from 'fast-check';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validate } from '../contract/schema-agreement.js';
import { loadContract } from '../../src/contract/index.js';
import type { SlaError } from '../../src/core/errors.js';
import { measureAvailability } from '../../src/availability/index.js';
import { createMaintenanceSchedule, maintenanceWindowAt, maintenanceWindowsBetween, type WindowOccurrence } from '../../src/maintenance/index.js';
import { uniphoreDataCenterWindows, uniphoreDowntimePolicy } from '../../src/presets/index.js';
import { cli } from '../cli/in-process.js';
import { expectSlaError, thrown } from '../expect-sla-error.js';

const uniphore = JSON.parse(readFileSync('contracts/uniphore-support.json', 'utf8')) as Record<string, unknown>;
const PARAMETER = 'maintenance.dataCenterTimeZone';
const hours = { businessHours: { mon: [['08:00', '17:00']] }, holidays: [] };
const ZONES = ['America/Chicago', 'America/New_York', 'Europe/London', 'Asia/Kolkata', 'Australia/Lord_Howe', 'UTC'] as const;
const DATA_CENTRE = ['data-center-wed', 'data-center-sun'];


const dataCentre = (w: WindowOccurrence): boolean => w.id !== undefined && DATA_CENTRE.includes(w.id);
const plain = ({ start, end, id, label }: WindowOccurrence) => ({ start: start.getTime(), end: end.getTime(), id, label });

describe('Uniphore’s data-centre window: in the contract document, its zone a parameter', () => {
  it('loads without the zone; reading contract.maintenance is CONTRACT_PARAMETER_MISSING naming the parameter', () => {
    const contract = loadContract(uniphore, { parameters: hours });
    expect(contract.support?.levels[1]?.response).toEqual({ after: { hours: 1 }, clock: '24x7' });
    expect(contract.downtime?.maintenanceWindowsOnly).toBe(true);
    const error = thrown(() => contract.maintenance);
    expect(error.code).toBe('CONTRACT_PARAMETER_MISSING');
    expect(error.details.path).toBe('maintenance');
    expect(error.message).toContain(PARAMETER);
    expect((error.details['missing'] as { name: string; type: string }[]).map((p) => [p.name, p.type])).toEqual([[PARAMETER, 'time-zone']]);
    // Comparing or copying the contract does not ask for the windows.
    expect(loadContract(uniphore, { parameters: hours })).toEqual(contract);
  });

  it('a support-only load never asks for it, and names no other parameter', () => {
    const support = loadContract(uniphore, { parameters: hours, parts: ['businessHours', 'support', 'severityRules'] });
    expect(support.maintenance).toBeUndefined();
    expectSlaError(() => loadContract(uniphore), 'CONTRACT_PARAMETER_MISSING', 'parameters');
    const missing = thrown(() => loadContract(uniphore)).details['missing'] as { name: string }[];
    expect(missing.map((p) => p.name)).toEqual(['businessHours', 'holidays']);
  });

  it('a parameter the windows share with another part is demanded at loading, as before', () => {
    const doc = {
      sources: [{ id: 'sla', title: 'SLA' }],
      parameters: { zone: { type: 'time-zone', description: 'the zone' } },
      maintenance: { timeZone: { $param: 'zone' }, windows: [{ day: 'sun', start: '01:00', end: '03:00' }] },
      availability: { timeZone: { $param: 'zone' } },
    };
    expectSlaError(() => loadContract(doc), 'CONTRACT_PARAMETER_MISSING', 'parameters', 'zone');
    expect(loadContract(doc, { parameters: { zone: 'UTC' } }).maintenance?.timeZone).toBe('UTC');
  });

  it('with the parameter given, the windows are those of uniphoreDataCenterWindows(zone), in every region', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), fc.date({ noInvalidDate: true, min: new Date('2024-01-01T00:00:00Z'), max: new Date('2028-01-01T00:00:00Z') }), fc.constantFrom(undefined, 'India', 'EU', 'US'), (zone, from, region) => {
        const schedule = loadContract(uniphore, { parameters: { ...hours, [PARAMETER]: zone }, parts: ['maintenance'] }).maintenance;
        const preset = createMaintenanceSchedule(uniphoreDataCenterWindows(zone));
        const to = from.getTime() + 15 * 86_400_000;
        const options = region === undefined ? {} : { region };
        const own = maintenanceWindowsBetween(schedule as never, from, to, options).filter(dataCentre);
        expect(own.map(plain)).toEqual(maintenanceWindowsBetween(preset, from, to).map(plain));
        expect(own.every((w) => w.timeZone === zone)).toBe(true);
        // The data centre's window answers maintenanceWindowAt where the preset's does (and no regional one overlaps it).
        const at = maintenanceWindowAt(preset, from);
        if (at !== null) expect(maintenanceWindowAt(schedule as never, from, options)).not.toBeNull();
      }),
      { numRuns: 120 },
    );
  });

  it('measured, scheduled maintenance inside the window is excused exactly as under the preset', () => {
    // Wednesday 2026-07-08 21:30–23:30 in Chicago (CDT): inside "Weds: 9pm to 1 am".
    const incidents = [{ start: '2026-07-08T21:30:00-05:00', end: '2026-07-08T23:30:00-05:00', cause: 'scheduled-maintenance' as const }];
    const contract = loadContract(uniphore, { parameters: { ...hours, [PARAMETER]: 'America/Chicago' }, parts: ['downtime', 'maintenance'] });
    const withContract = measureAvailability({ month: '2026-07', incidents, policy: contract.downtime as never, maintenance: contract.maintenance as never, region: 'EU' });
    const withPreset = measureAvailability({ month: '2026-07', incidents, policy: uniphoreDowntimePolicy, maintenance: createMaintenanceSchedule(uniphoreDataCenterWindows('America/Chicago')) });
    expect(withContract.excusableMinutes).toBe(120);
    expect([withContract.excusableMinutes, withContract.unscheduledMinutes, withContract.percent]).toEqual([withPreset.excusableMinutes, withPreset.unscheduledMinutes, withPreset.percent]);
    // Another zone moves the window: the same incident is then unscheduled.
    const kolkata = loadContract(uniphore, { parameters: { ...hours, [PARAMETER]: 'Asia/Kolkata' }, parts: ['downtime', 'maintenance'] });
    expect(measureAvailability({ month: '2026-07', incidents, policy: kolkata.downtime as never, maintenance: kolkata.maintenance as never, region: 'EU' }).unscheduledMinutes).toBe(120);
  });

  it('the schema and the loader agree on a window’s own zone: a zone or a parameter reference, nothing else', () => {
    expect(validate(uniphore)).toBe(true);
    const broken = JSON.parse(JSON.stringify(uniphore)) as { maintenance: { windows: Record<string, unknown>[] } };
    (broken.maintenance.windows[5] as Record<string, unknown>)['timeZone'] = 7;
    expect(validate(broken)).toBe(false);
    expectSlaError(() => loadContract(broken, { parameters: hours }), 'INVALID_CONTRACT', 'maintenance.windows[5].timeZone');
    expectSlaError(() => loadContract(uniphore, { parameters: { ...hours, [PARAMETER]: 'Mars/Olympus' } }), 'INVALID_CONTRACT', 'maintenance.windows[5].timeZone');
    expectSlaError(() => createMaintenanceSchedule({ timeZone: 'UTC', windows: [{ day: 'wed', start: '21:00', end: '01:00', timeZone: 'Mars/Olympus' }] }), 'INVALID_SCHEDULE', 'windows[0].timeZone');
  });
});

describe('slakit: the zone is asked for only where the contract’s windows are used', () => {
  const ZONE = ['--param', `${PARAMETER}=America/Chicago`];
  const dir = mkdtempSync(join(tmpdir(), 'slakit-dc-'));
  const OWN = join(dir, 'own.json');
  writeFileSync(OWN, JSON.stringify({ timeZone: 'UTC', windows: [{ id: 'own', day: 'wed', start: '02:00', end: '04:00' }] }));
  const params = join(dir, 'params.json');
  writeFileSync(params, JSON.stringify(hours));
  const INCIDENT = 'start,end,cause\n2026-07-09T02:30:00Z,2026-07-09T04:30:00Z,scheduled-maintenance\n';
  const WINDOWS = ['windows', '--contract', 'uniphore', '--from', '2026-07-06', '--weeks', '1', '--tz', 'UTC'];

  it('windows without the zone: a usage error naming the parameter and both ways out', () => {
    const run = cli(WINDOWS);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${PARAMETER} (time-zone)`);
    expect(run.stderr).toContain(`--param ${PARAMETER}=America/Chicago`);
    expect(run.stderr).toContain('--maintenance FILE --maintenance-mode replace');
    // add uses the contract's windows too; replace does not.
    expect(cli([...WINDOWS, '--maintenance', OWN, '--maintenance-mode', 'add']).stderr).toContain(PARAMETER);
    const replaced = cli([...WINDOWS, '--maintenance', OWN, '--maintenance-mode', 'replace', '--json']);
    expect(replaced.code).toBe(0);
    expect((JSON.parse(replaced.stdout) as { windows: { id: string }[] }).windows.map((w) => w.id)).toEqual(['own']);
  });

  it('windows with the zone lists the data centre’s windows (every region’s), in a feed too', () => {
    const run = cli([...WINDOWS, ...ZONE, '--region', 'EU', '--json']);
    expect(run.code).toBe(0);
    const listed = (JSON.parse(run.stdout) as { windows: { id: string; start: string }[] }).windows;
    expect(listed.map((w) => [w.id, w.start])).toEqual([
      ['eu', '2026-07-08T02:30:00.000Z'],
      ['data-center-wed', '2026-07-09T02:00:00.000Z'],
      ['data-center-sun', '2026-07-12T14:00:00.000Z'],
    ]);
    const ics = cli([...WINDOWS, ...ZONE, '--ics', '--now', '2026-07-01T00:00:00Z']).stdout.replace(/\r\n /g, '');
    // The UID's date is the window's own local date (Wednesday in Chicago), its description in its zone.
    expect(ics).toContain('UID:maintenance-data-center-wed-2026-07-08@slakit');
    expect(ics).toContain("the window's 2026-07-08 21:00 to 2026-07-09 01:00 America/Chicago (UTC-05:00)");
  });

  it('availability: the windows’ parameter is asked for when they judge an incident; replaced, never', () => {
    const base = ['availability', '-', '--month', '2026-07', '--contract', 'uniphore'];
    const missing = cli([...base, '--region', 'EU'], INCIDENT);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain(PARAMETER);
    expect(missing.stderr).toContain('--maintenance FILE --maintenance-mode replace');
    const given = cli([...base, '--region', 'EU', ...ZONE, '--json'], INCIDENT);
    expect(given.code).toBe(0);
    expect((JSON.parse(given.stdout) as { excusableMinutes: number; unscheduledMinutes: number })).toMatchObject({ excusableMinutes: 120, unscheduledMinutes: 0 });
    const replaced = cli([...base, '--maintenance', OWN, '--maintenance-mode', 'replace', '--json'], INCIDENT);
    expect(replaced.code).toBe(0);
    expect(replaced.stderr).not.toContain(PARAMETER);
    expect((JSON.parse(replaced.stdout) as { excusableMinutes: number; unscheduledMinutes: number })).toMatchObject({ excusableMinutes: 0, unscheduledMinutes: 120 });
    // No incident is scheduled maintenance: the figure does not use the windows, and says so once.
    const unplanned = cli([...base, '--json'], INCIDENT.replace('scheduled-maintenance', 'unplanned'));
    expect(unplanned.code).toBe(0);
    expect(unplanned.stderr).toContain(`maintenance windows not loaded: ${PARAMETER}`);
  });

  it('report lists the windows: it asks for the parameter', () => {
    const run = cli(['report', '--contract', 'uniphore', '--params', params, '--month', '2026-07', '--tz', 'UTC', '--format', 'json', '--now', '2026-08-01T00:00:00Z']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`--param ${PARAMETER}=America/Chicago`);
    expect(cli(['report', '--contract', 'uniphore', '--params', params, ...ZONE, '--month', '2026-07', '--tz', 'UTC', '--format', 'json', '--now', '2026-08-01T00:00:00Z']).code).toBe(0);
  });

  it('compliance, cases, due and contract check never ask for it', () => {
    const cases = 'id,severity,openedAt,respondedAt\nA,3,2026-07-06T09:00:00-04:00,2026-07-06T10:00:00-04:00\n';
    const NY = ['--tz', 'America/New_York'];
    for (const args of [
      ['compliance', '-', '--contract', 'uniphore', '--params', params, '--month', '2026-07', ...NY, '--now', '2026-08-01T00:00:00Z'],
      ['cases', '-', '--contract', 'uniphore', '--params', params, ...NY, '--now', '2026-08-01T00:00:00Z'],
      ['due', '--contract', 'uniphore', '--params', params, '--severity', '3', '--opened', '2026-07-06T09:00:00-04:00', ...NY],
    ]) {
      const run = cli(args, cases);
      expect(run.code, run.stderr).toBe(0);
      expect(run.stderr).not.toContain(PARAMETER);
    }
  });

  it('contract check lists the window with its clause, and says its zone is a parameter', () => {
    const run = cli(['contract', 'check', 'uniphore']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/window data-center-wed: +wed 21:00–01:00, every region, in the zone of parameter maintenance\.dataCenterTimeZone — Uniphore Support SLAs, Uniphore Cloud \(X-Platform\): “Standard Maintenance Window Weds: 9pm to 1 am”/);
    expect(run.stdout).toMatch(/window data-center-sun: +sun 09:00–13:00, every region, in the zone of parameter maintenance\.dataCenterTimeZone — Uniphore Support SLAs, Uniphore Cloud \(X-Platform\): “Sun: 9am to 1pm”/);
    expect(run.stdout).toMatch(/parameter maintenance\.dataCenterTimeZone: time-zone: /);
  });
});
