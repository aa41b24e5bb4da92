import { describe, expect, it } from 'vitest';
import { cli } from './in-process.js';

// --cause TEXT=CAUSE and --causes FILE: a status page's free texts read as slakit's causes, on
// `availability` and `report`, with the map readIncidents takes.

const INCIDENTS = 'test/cli/fixtures/status-page-incidents-2026-10.csv';
const CAUSES = 'test/cli/fixtures/status-page-causes.json';
const MONTH = ['--month', '2026-10', '--contract', 'uniphore', '--param', 'maintenance.dataCenterTimeZone=America/Chicago', '--region', 'EU'];
const FLAGS = ['--cause', 'scheduled maintenance=scheduled-maintenance', '--cause', 'customer network=customer-caused', '--cause', '*=unplanned'];

describe('--cause and --causes', () => {
  it('availability with --cause: golden', async () => {
    const { code, stdout, stderr } = cli(['availability', INCIDENTS, ...MONTH, ...FLAGS]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    await expect(stdout).toMatchFileSnapshot('golden/availability-cause-map.txt');
  });

  it('--causes FILE gives the same figures as the same map in --cause flags', () => {
    const flags = cli(['availability', INCIDENTS, ...MONTH, ...FLAGS, '--json']);
    const file = cli(['availability', INCIDENTS, ...MONTH, '--causes', CAUSES, '--json']);
    expect(file.code).toBe(0);
    expect(file.stdout).toBe(flags.stdout);
  });

  it('the figures equal those of the file with the causes written in slakit’s names', () => {
    const canonical = [
      'id,start,end,cause',
      'SP-1,2026-10-02T14:05:00Z,2026-10-02T14:47:30Z,unplanned',
      'SP-2,2026-10-07T02:30:00Z,2026-10-07T04:30:00Z,scheduled-maintenance',
      'SP-3,2026-10-12T09:00:00Z,2026-10-12T09:40:00Z,unplanned',
      'SP-4,2026-10-15T18:00:00Z,2026-10-15T18:20:00Z,customer-caused',
      'SP-5,2026-10-21T03:00:00Z,2026-10-21T03:30:00Z,scheduled-maintenance',
      'SP-6,2026-10-27T11:00:00Z,2026-10-27T11:15:00Z,unplanned',
    ].join('\n');
    const mapped = cli(['availability', INCIDENTS, ...MONTH, ...FLAGS, '--json']);
    const plain = cli(['availability', '-', ...MONTH, '--json'], canonical);
    expect(plain.code).toBe(0);
    expect(mapped.stdout).toBe(plain.stdout);
  });

  it("a text not in the map and no '*' stops the run, naming the text and the known ones", () => {
    const { code, stderr } = cli(['availability', INCIDENTS, ...MONTH, '--cause', 'scheduled maintenance=scheduled-maintenance']);
    expect(code).toBe(1);
    expect(stderr).toContain("row 2, column cause: INVALID_INCIDENT: 'Degraded performance' is not an incident cause; expected one of unplanned, scheduled-maintenance");
    expect(stderr).toContain('scheduled maintenance');
    expect(stderr).toContain("row 4, column cause: INVALID_INCIDENT: 'DDoS'");
  });

  it('a --cause that is not TEXT=CAUSE, or names no cause of slakit’s, is a usage error', () => {
    expect(cli(['availability', INCIDENTS, ...MONTH, '--cause', 'DDoS']).stderr).toContain("--cause: 'DDoS' is not TEXT=CAUSE");
    const wrong = cli(['availability', INCIDENTS, ...MONTH, '--cause', 'DDoS=attack']);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain("--cause: 'attack' (from 'DDoS=attack') is not an incident cause; expected one of unplanned");
  });

  it('a text given two causes (in the flags, or folding alike) is a usage error', () => {
    expect(cli(['availability', INCIDENTS, ...MONTH, '--cause', 'DDoS=unplanned', '--cause', 'DDoS=customer-caused']).stderr).toContain("--cause: 'DDoS' is given both as unplanned and as customer-caused");
    const folded = cli(['availability', INCIDENTS, ...MONTH, '--causes', CAUSES, '--cause', 'Customer  Network=unplanned']);
    expect(folded.code).toBe(2);
    expect(folded.stderr).toContain("--cause/--causes: INVALID_ARGUMENT: 'Customer  Network' already means customer-caused (as 'customer network')");
  });

  it('--causes that is not a JSON object is a usage error', () => {
    const { code, stderr } = cli(['availability', INCIDENTS, ...MONTH, '--causes', 'test/cli/fixtures/status-page-incidents-2026-10.csv']);
    expect(code).toBe(2);
    expect(stderr).toContain('--causes:');
  });

  it('report --incidents reads the same map: its availability equals the command’s', () => {
    const report = cli(['report', '--contract', 'uniphore', '--params', 'test/cli/fixtures/uniphore-params.json', '--region', 'EU', '--month', '2026-10', '--tz', 'UTC', '--now', '2026-11-02T00:00:00Z', '--incidents', INCIDENTS, ...FLAGS, '--format', 'json']);
    expect(report.stderr).toBe('');
    const availability = JSON.parse(cli(['availability', INCIDENTS, ...MONTH, ...FLAGS, '--json']).stdout) as { percent: number };
    const json = JSON.parse(report.stdout) as { availability: { percent: number } };
    expect(typeof availability.percent).toBe('number');
    expect(json.availability.percent).toBe(availability.percent);
    const without = cli(['report', '--contract', 'uniphore', '--params', 'test/cli/fixtures/uniphore-params.json', '--region', 'EU', '--month', '2026-10', '--tz', 'UTC', '--incidents', INCIDENTS, '--format', 'json']);
    expect(without.code).toBe(1);
    expect(without.stderr).toContain("'DDoS' is not an incident cause");
  });
});
