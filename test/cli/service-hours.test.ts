// availability.serviceHours on the command line: the summary says which minutes count, and the
// figure is the library's (one figure, one path).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { measureAvailability } from '../../src/availability/index.js';
import { loadContract, serviceHoursCalendar } from '../../src/contract/index.js';
import { cli } from './in-process.js';

const CONTRACT = 'test/cli/fixtures/service-hours-contract.json';
const csv = 'id,start,end,cause\nN-1,2026-06-03T18:00:00Z,2026-06-03T22:00:00Z,unplanned\nW-1,2026-06-06T10:00:00Z,2026-06-06T12:00:00Z,unplanned\n';

describe('slakit availability with service hours', () => {
  it('x, y and z count only the service minutes; the summary names the hours and the downtime outside them', () => {
    const run = cli(['availability', '-', '--contract', CONTRACT, '--month', '2026-06'], csv);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('service hours:           mon 07:00–20:00; tue 07:00–20:00; wed 07:00–20:00; thu 07:00–20:00; fri 07:00–20:00 (Europe/London): x, y and z count only these minutes; 300 min of downtime outside them not counted');
    expect(run.stdout).toContain('z  unscheduled downtime: 60');
  });

  it('the JSON figure is the library’s for the same contract and incidents', () => {
    const json = JSON.parse(cli(['availability', '-', '--contract', CONTRACT, '--month', '2026-06', '--json'], csv).stdout) as { totalMinutes: number; percent: number; outsideServiceHoursMinutes: number };
    const contract = loadContract(JSON.parse(readFileSync(CONTRACT, 'utf8')));
    const report = measureAvailability({
      month: '2026-06',
      policy: contract.downtime!,
      serviceHours: serviceHoursCalendar(contract, 'UTC')!,
      incidents: [
        { id: 'N-1', start: '2026-06-03T18:00:00Z', end: '2026-06-03T22:00:00Z', cause: 'unplanned' },
        { id: 'W-1', start: '2026-06-06T10:00:00Z', end: '2026-06-06T12:00:00Z', cause: 'unplanned' },
      ],
    });
    expect([json.totalMinutes, json.percent, json.outsideServiceHoursMinutes]).toEqual([report.totalMinutes, report.percent, 300]);
    expect(json.totalMinutes).toBe(22 * 13 * 60);
  });

  it('contract check lists the service hours on the availability line', () => {
    const run = cli(['contract', 'check', CONTRACT]);
    expect(run.stdout).toContain('; service hours mon 07:00–20:00, tue 07:00–20:00, wed 07:00–20:00, thu 07:00–20:00, fri 07:00–20:00 Europe/London (x, y and z count only these)');
  });
});
