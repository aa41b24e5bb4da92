// The `slakit` command, run as users run it: the built binary in a child process, on fixtures.
// Golden outputs live in test/cli/golden/; the suite runs under two host zones, so they also
// prove that output does not depend on the host's zone.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { slakit } from './spawn.js';

const CASES = 'examples/data/cases-2026-10.csv';
const INCIDENTS = 'examples/data/incidents-2026-10.csv';
const NY = ['--tz', 'America/New_York'];
const NORTHWIND = 'examples/contracts/northwind-cloud.json';
const LARKSPUR = 'examples/contracts/larkspur-saas.json';
const LARKSPUR_INCIDENTS = 'examples/contracts/larkspur-incidents-2026-10.csv';
const LARKSPUR_CASES = 'examples/contracts/larkspur-cases-2026-10.csv';

describe('slakit subcommands: golden outputs', () => {
  const golden: [string, string[]][] = [
    ['help', ['--help']],
    ['due', ['due', '--contract', 'uniphore', '--params', 'test/cli/fixtures/uniphore-params.json', '--severity', '3', '--opened', '2026-11-20T16:30:00-05:00', ...NY, '--holidays', 'US']],
    ['due-sev1-weekend', ['due', '--contract', 'uniphore', '--params', 'test/cli/fixtures/uniphore-params.json', '--severity', '1', '--opened', '2026-11-21T10:00:00-05:00', ...NY]],
    ['cases', ['cases', CASES, '--contract', 'uniphore', '--params', 'test/cli/fixtures/uniphore-params.json', ...NY, '--holidays', 'US', '--now', '2026-11-02T12:00:00Z']],
    ['compliance', ['compliance', CASES, '--contract', 'uniphore', '--params', 'test/cli/fixtures/uniphore-params.json', '--month', '2026-10', ...NY, '--holidays', 'US', '--by', 'severity', '--now', '2026-11-02T12:00:00Z']],
    ['availability-uniphore', ['availability', INCIDENTS, '--month', '2026-10', '--contract', 'uniphore', '--param', 'maintenance.dataCenterTimeZone=America/Chicago', '--region', 'EU', '--segments']],
    ['availability-nice-cloud', ['availability', INCIDENTS, '--month', '2026-10', '--contract', 'nice-cloud', '--environment', 'production', '--params', 'test/cli/fixtures/nice-cloud-params.json', '--maintenance', 'test/cli/fixtures/uniphore-windows.json', '--region', 'EU']],
    ['availability-new-york-month', ['availability', INCIDENTS, '--month', '2026-10', '--contract', 'uniphore', '--param', 'maintenance.dataCenterTimeZone=America/Chicago', '--region', 'US', '--tz', 'America/New_York', '--month-tz', 'America/New_York']],
    ['windows', ['windows', '--contract', 'uniphore', '--params', 'test/cli/fixtures/uniphore-params.json', '--region', 'US', '--from', '2026-10-19', '--weeks', '3', ...NY]],
    ['windows-all-regions-london', ['windows', '--contract', 'uniphore', '--params', 'test/cli/fixtures/uniphore-params.json', '--from', '2026-10-19', '--weeks', '2', '--tz', 'Europe/London']],
    ['renewal', ['renewal', '--fee', '120000.00', '--cpi', '3.1%', '--years', '5', '--start', '2026-03-15']],
    // A fourth, invented vendor: five priorities, its own hours, holidays, windows, credits and a 3% floor.
    ['northwind-due-p5', ['due', '--contract', NORTHWIND, '--severity', 'feature request', '--opened', '2026-11-24T18:30:00-06:00', '--tz', 'America/Chicago']],
    ['northwind-cases', ['cases', CASES, '--contract', NORTHWIND, ...NY, '--now', '2026-11-02T12:00:00Z']],
    ['northwind-compliance', ['compliance', CASES, '--contract', NORTHWIND, '--month', '2026-10', ...NY, '--by', 'severity', '--now', '2026-11-02T12:00:00Z']],
    ['northwind-availability', ['availability', INCIDENTS, '--contract', NORTHWIND, '--month', '2026-10', '--tz', 'America/Chicago', '--region', 'americas']],
    ['northwind-windows', ['windows', '--contract', NORTHWIND, '--from', '2026-11-01', '--weeks', '2', '--tz', 'Europe/Berlin']],
    ['northwind-renewal', ['renewal', '--contract', NORTHWIND, '--fee', '120000.00', '--cpi', '2.1%,9.5%,4%', '--years', '4', '--start', '2026-03-15']],
    ['northwind-report-md', ['report', '--contract', NORTHWIND, '--month', '2026-10', ...NY, '--region', 'Americas', '--cases', CASES, '--incidents', INCIDENTS, '--renewal', 'examples/data/renewal.json', '--now', '2026-11-02T09:00:00-05:00', '--format', 'md']],
    ['northwind-windows-ics', ['windows', '--contract', NORTHWIND, '--region', 'EMEA', '--from', '2026-11-01', '--weeks', '2', '--tz', 'Europe/Berlin', '--ics', '--now', '2026-10-30T12:00:00Z']],
    ['northwind-renewal-ics', ['renewal', '--contract', NORTHWIND, '--fee', '120000.00', '--cpi', '2.1%', '--years', '3', '--start', '2026-03-15', '--ics', '--reminder-days', '30', '--now', '2026-10-30T12:00:00Z']],
    ['contract-check-northwind', ['contract', 'check', NORTHWIND]],
    ['contract-check-nice-cloud', ['contract', 'check', 'nice-cloud']],
    // A customer-facing SaaS SLA that uses every item of the contract language (docs/contracts.md).
    ['larkspur-contract-check', ['contract', 'check', LARKSPUR]],
    ['larkspur-compliance', ['compliance', LARKSPUR_CASES, '--contract', LARKSPUR, '--month', '2026-10', ...NY, '--by', 'severity', '--now', '2026-11-02T12:00:00Z']],
    ['larkspur-due-deadline', ['due', '--contract', LARKSPUR, '--severity', 'P3', '--opened', '2026-10-13T11:00:00-04:00', '--tz', 'America/New_York', '--plan', 'premium']],
    ['larkspur-due-field', ['due', '--contract', LARKSPUR, '--severity', 'P1', '--opened', '2026-10-13T11:00:00-04:00', '--tz', 'America/New_York', '--field', 'tier=basic']],
    ['larkspur-cases', ['cases', LARKSPUR_CASES, '--contract', LARKSPUR, ...NY, '--now', '2026-11-02T12:00:00Z']],
    ['larkspur-compliance-json', ['compliance', LARKSPUR_CASES, '--contract', LARKSPUR, '--month', '2026-10', ...NY, '--now', '2026-11-02T12:00:00Z', '--json']],
    ['larkspur-availability', ['availability', LARKSPUR_INCIDENTS, '--contract', LARKSPUR, '--month', '2026-10', '--segments', '--monthly-fee', '4000.00']],
    ['renewal-cpi-list-jpy', ['renewal', '--fee', '15000000', '--cpi', '2.5%,6.25%,0.049', '--years', '4', '--start', '2026-02-28', '--currency', 'JPY']],
  ];
  it.each(golden)('%s', async (name, args) => {
    const { code, stdout, stderr } = slakit(args);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    await expect(stdout).toMatchFileSnapshot(`golden/${name}.txt`);
  });

  it.each(['due', 'cases', 'compliance', 'availability', 'windows', 'renewal', 'report', 'contract'])('%s --help shows its options and an example', async (name) => {
    const { code, stdout } = slakit([name, '--help']);
    expect(code).toBe(0);
    expect(stdout).toContain(`Usage: slakit ${name}`);
    expect(stdout).toMatch(/Example:\n {2}slakit /);
    await expect(stdout).toMatchFileSnapshot(`golden/${name}-help.txt`);
  });
});

describe('--json', () => {
  it('due: the case status with instants as ISO strings', () => {
    const { code, stdout } = slakit(['due', '--json', '--contract', 'uniphore', '--params', 'test/cli/fixtures/uniphore-params.json', '--severity', '3', '--opened', '2026-11-20T16:30:00-05:00', ...NY]);
    expect(code).toBe(0);
    const json = JSON.parse(stdout) as { status: { response: { dueAt: string; targetMs: number } } };
    expect(json.status.response.dueAt).toBe('2026-11-25T18:30:00.000Z');
    expect(json.status.response.targetMs).toBe(24 * 3_600_000);
  });

  it('renewal: fees in exact minor units', () => {
    const { stdout } = slakit(['renewal', '--json', '--fee', '120000.00', '--cpi', '3.1%', '--years', '3', '--start', '2026-03-15']);
    const json = JSON.parse(stdout) as { terms: { feeMinor: number; rule: string }[] };
    expect(json.terms.map((t) => t.feeMinor)).toEqual([12_000_000, 12_600_000, 13_230_000]);
    expect(json.terms.map((t) => t.rule)).toEqual(['initial', 'floor', 'floor']);
  });

  it('renewal: a fee beyond 2^53 minor units stays exact (a string in JSON)', () => {
    const { stdout } = slakit(['renewal', '--json', '--fee', '123456789012345678.99', '--cpi', '5%', '--years', '2', '--start', '2026-03-15']);
    const json = JSON.parse(stdout) as { terms: { feeMinor: string }[] };
    expect(json.terms.map((t) => t.feeMinor)).toEqual(['12345678901234567899', '12962962846296296294']);
  });

  it('compliance: the counts of the report', () => {
    const { stdout } = slakit(['compliance', CASES, '--json', '--contract', 'uniphore', '--params', 'test/cli/fixtures/uniphore-params.json', '--month', '2026-10', ...NY, '--holidays', 'US', '--now', '2026-11-02T12:00:00Z']);
    const json = JSON.parse(stdout) as { total: number; met: number; breached: number; pending: number; rate: number };
    expect([json.total, json.met, json.breached, json.pending]).toEqual([20, 16, 2, 2]);
    expect(json.rate).toBe(16 / 18);
  });

  it('availability: x, y, z and the percentage', () => {
    const { stdout } = slakit(['availability', INCIDENTS, '--json', '--month', '2026-10', '--contract', 'uniphore', '--param', 'maintenance.dataCenterTimeZone=America/Chicago', '--region', 'EU']);
    const json = JSON.parse(stdout) as { totalMinutes: number; excusableMinutes: number; unscheduledMinutes: number; percent: number };
    expect([json.totalMinutes, json.excusableMinutes, json.unscheduledMinutes]).toEqual([44_640, 497, 278]);
    expect(json.percent).toBe(((44_640 - 497 - 278) / (44_640 - 497)) * 100);
  });
});

describe('input', () => {
  it('reads standard input for -', () => {
    const csv = 'id,start,end,cause\nA,2026-06-03T10:00:00Z,2026-06-03T10:43:12Z,unplanned\n';
    const { code, stdout } = slakit(['availability', '-', '--json', '--month', '2026-06', '--contract', 'nice-cloud', '--environment', 'production'], csv);
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as { unscheduledMinutes: number }).unscheduledMinutes).toBe(43.2);
  });

  it('reads JSON cases, each in its own zone', () => {
    const { code, stdout } = slakit(['cases', 'test/cli/fixtures/cases.json', '--json', '--contract', 'uniphore', '--params', 'test/cli/fixtures/uniphore-params.json', ...NY, '--now', '2026-11-24T18:00:00Z']);
    expect(code).toBe(0);
    const json = JSON.parse(stdout) as { cases: { timeZone: string; response: { dueAt: string; outcome: string } }[] };
    expect(json.cases.map((c) => [c.timeZone, c.response.dueAt, c.response.outcome])).toEqual([
      ['America/New_York', '2026-11-25T18:30:00.000Z', 'met'],
      ['Europe/London', '2026-11-21T11:00:00.000Z', 'breached'],
    ]);
  });

  it('reads quoted CSV fields with commas and a BOM, and notes columns it does not read', () => {
    const csv = '\ufeffid,start,end,cause,note\n"INC, 1",2026-06-03T10:00:00Z,2026-06-03T11:00:00Z,unplanned,"said ""hi"""\n';
    const { code, stdout, stderr } = slakit(['availability', '-', '--json', '--segments', '--month', '2026-06', '--contract', 'nice-cloud', '--environment', 'production'], csv);
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as { segments: { incidentId: string }[] }).segments[0]?.incidentId).toBe('INC, 1');
    expect(stderr).toContain('columns not read: note');
  });
});

describe('files for the contract, holidays and windows', () => {
  it('--contract FILE and --holidays FILE: S3 from Wednesday 16:00, Thanksgiving and the day after closed', () => {
    const { code, stdout } = slakit(['due', '--json', '--contract', 'test/cli/fixtures/contract.json', '--severity', '3', '--opened', '2026-11-25T16:00:00-05:00', ...NY, '--holidays', 'test/cli/fixtures/holidays.json']);
    expect(code).toBe(0);
    // 1 h on Wednesday, Thursday and Friday closed, 7 h on Monday: due Monday 15:00 EST.
    expect((JSON.parse(stdout) as { status: { response: { dueAt: string } } }).status.response.dueAt).toBe('2026-11-30T20:00:00.000Z');
  });

  it('--maintenance FILE: a window that crosses midnight, shown in another zone', () => {
    const { code, stdout } = slakit(['windows', '--json', '--maintenance', 'test/cli/fixtures/schedule.json', '--from', '2026-12-05', '--weeks', '1', '--tz', 'Europe/London']);
    expect(code).toBe(0);
    const json = JSON.parse(stdout) as { windows: { start: string; end: string; local: { start: string; endDay: string } }[] };
    expect(json.windows.map((w) => [w.start, w.end, w.local.start, w.local.endDay])).toEqual([['2026-12-05T16:30:00.000Z', '2026-12-05T20:30:00.000Z', '16:30', 'sat']]);
  });

  it('windows: on screen a window of every region says so and a list without regions has no region column; --csv keeps the column, the cell empty', () => {
    const args = ['windows', '--contract', 'uniphore', '--params', 'test/cli/fixtures/uniphore-params.json', '--region', 'US', '--from', '2026-10-19', '--weeks', '1', ...NY];
    const table = slakit(args).stdout.split('\n');
    expect(table.filter((line) => line.startsWith('every region  data-center-'))).toHaveLength(2);
    expect(table.filter((line) => line.startsWith('US '))).toHaveLength(1);
    const csv = slakit([...args, '--csv']).stdout.split('\n');
    expect(csv[0]).toBe('region,window,starts,ends,UTC offset,in UTC');
    expect(csv.filter((line) => line.startsWith(',data-center-'))).toHaveLength(2);
    // Larkspur's weekly window names no region.
    const larkspur = ['windows', '--contract', 'examples/contracts/larkspur-saas.json', '--from', '2026-10-19', '--weeks', '1', ...NY];
    const plain = slakit(larkspur).stdout.split('\n');
    expect(plain[2]?.startsWith('window ')).toBe(true);
    expect(plain[4]?.startsWith('weekly ')).toBe(true);
    expect(slakit([...larkspur, '--csv']).stdout.split('\n')[1]?.startsWith(',weekly,')).toBe(true);
  });

  it('a file that is not JSON, or a contract that is not valid, is bad data (exit 1) naming every problem by its JSON path', () => {
    const broken = slakit(['due', '--contract', 'test/cli/fixtures/broken.json', '--severity', '1', '--opened', '2026-11-20T16:30:00Z', ...NY]);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain("--contract: 'test/cli/fixtures/broken.json' is not valid JSON");
    const invalid = slakit(['due', '--contract', 'test/cli/fixtures/holidays.json', '--severity', '1', '--opened', '2026-11-20T16:30:00Z', ...NY]);
    expect(invalid.code).toBe(1);
    expect(invalid.stderr).toContain('--contract test/cli/fixtures/holidays.json: INVALID_CONTRACT:\n    (document): ["2026-11-27",{"month":11,"weekday":"thu","nth":4}] is not a contract document (a JSON object)');
  });

  it('a parameter the contract leaves open is a usage error that names it and shows an example value', () => {
    const { code, stderr } = slakit(['due', '--contract', 'nice-cloud', '--severity', '1', '--opened', '2026-11-20T16:30:00Z', ...NY]);
    expect(code).toBe(2);
    expect(stderr).toContain('--contract nice-cloud: 5 parameters need a value');
    expect(stderr).toContain('response.1 (duration): ');
    expect(stderr).toContain('--param response.1=PT30M');
    expect(stderr).not.toContain('maintenance.windows');
  });

  it('a contract that names its holiday set gets it from date-holidays: Thanksgiving closed', () => {
    const { code, stdout } = slakit(['due', '--json', '--contract', 'test/cli/fixtures/contract-us-holidays.json', '--severity', '1', '--opened', '2026-11-25T10:00:00-05:00', ...NY]);
    expect(code).toBe(0);
    // One business day from Wednesday 10:00, Thanksgiving Thursday closed: Friday 10:00 EST.
    expect((JSON.parse(stdout) as { status: { response: { dueAt: string } } }).status.response.dueAt).toBe('2026-11-27T15:00:00.000Z');
  });

  it('a holidays column gives each case its customer’s holiday set; an unknown code names its row and column', () => {
    const csv = 'id,severity,openedAt,holidays\nUS,4,2026-11-25T09:00:00-05:00,US\nGB,4,2026-11-25T09:00:00-05:00,GB-ENG\nNONE,4,2026-11-25T09:00:00-05:00,\n';
    // The file has no reply, resolution or event column: said empty on purpose, so stderr stays empty.
    const { code, stdout, stderr } = slakit(['cases', '-', '--json', '--contract', 'uniphore', '--params', 'test/cli/fixtures/uniphore-params.json', ...NY, '--now', '2026-11-25T10:00:00-05:00', '--intentionally-empty', 'response,resolution,updates'], csv);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const due = (JSON.parse(stdout) as { cases: { id: string; response: { dueAt: string } }[] }).cases.map((c) => [c.id, c.response.dueAt]);
    // Three business days from Wednesday 09:00: Thanksgiving closes Thursday for the US customer only.
    expect(due).toEqual([
      ['US', '2026-12-01T14:00:00.000Z'],
      ['GB', '2026-11-30T14:00:00.000Z'],
      ['NONE', '2026-11-30T14:00:00.000Z'],
    ]);
    const bad = slakit(['cases', '-', '--contract', 'uniphore', '--params', 'test/cli/fixtures/uniphore-params.json', ...NY, '--now', '2026-11-25T10:00:00-05:00'], 'id,severity,openedAt,holidays\nX,4,2026-11-25T09:00:00-05:00,Narnia\n');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('row 2, column holidays');
  });

  it('--param KEY=VALUE and --holidays fill the parameters; the built-in names are case-insensitive', () => {
    const args = ['due', '--contract', 'NICE-Cloud', '--param', 'response.1=PT30M', '--param', 'response.2=PT2H', '--param', 'response.3=PT8H', '--param', 'response.4=PT16H', '--holidays', 'US'];
    const { code, stdout, stderr } = slakit([...args, '--severity', '2', '--opened', '2026-11-25T16:00:00-05:00', ...NY, '--json']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    // 1 h on Wednesday; Thanksgiving closed; 1 h on Friday: due Friday 09:00 EST.
    expect((JSON.parse(stdout) as { status: { response: { dueAt: string } } }).status.response.dueAt).toBe('2026-11-27T14:00:00.000Z');
  });
});

describe('bad data: exit 1, every bad row named by row, column and code, nothing processed', () => {
  it('incidents', () => {
    const { code, stdout, stderr } = slakit(['availability', 'test/cli/fixtures/bad-incidents.csv', '--month', '2026-06', '--contract', 'nice-cloud', '--environment', 'production']);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('nothing was processed');
    expect(stderr).toContain("row 3, column end: INVALID_INCIDENT: '2026-06-31T25:00'");
    expect(stderr).toContain("row 5, column end: INVALID_INCIDENT: '2026-06-12T01:00:00Z' is before the start 2026-06-12T02:00:00.000Z");
    expect(stderr).toContain("row 6, column cause: INVALID_INCIDENT: 'gremlins' is not an incident cause");
    expect(stderr).not.toContain('row 2');
    expect(stderr).not.toContain('row 4');
  });

  it('--skip-bad-rows processes the good rows and reports the skipped ones', () => {
    const { code, stdout, stderr } = slakit(['availability', 'test/cli/fixtures/bad-incidents.csv', '--json', '--month', '2026-06', '--contract', 'nice-cloud', '--environment', 'production', '--skip-bad-rows']);
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as { unscheduledMinutes: number; excusableMinutes: number }).unscheduledMinutes).toBe(43.2);
    expect(stderr).toContain('skipped row 3, column end: INVALID_INCIDENT');
    expect(stderr).toContain('skipped row 6, column cause');
    expect(stderr).toContain('skipped 3 bad records of 5');
  });

  it('cases in CSV: the column each bad event came from', () => {
    const { code, stdout, stderr } = slakit(['cases', 'test/cli/fixtures/bad-cases.csv', '--contract', 'uniphore', '--params', 'test/cli/fixtures/uniphore-params.json', ...NY, '--now', '2026-11-02T12:00:00Z']);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('row 3, column respondedAt: INVALID_CASE: 2026-10-01T15:02:00.000Z is before openedAt 2026-10-02T14:15:00.000Z');
    expect(stderr).toContain("row 4, column events: INVALID_CASE: 'paused' comes while the case is already paused");
    expect(stderr).toContain("row 5, column severity: INVALID_CASE: 'urgent' is not a severity level 1–10 or one of the labels Sev 1 (critical)");
    expect(stderr).toContain("row 6, column events: INVALID_CASE: 'lunch' is not an event type");
  });

  it('cases in JSON: the item and the field path', () => {
    const { code, stderr } = slakit(['compliance', 'test/cli/fixtures/bad-cases.json', '--contract', 'uniphore', '--params', 'test/cli/fixtures/uniphore-params.json', ...NY, '--month', '2026-11', '--now', '2026-11-30T00:00:00Z']);
    expect(code).toBe(1);
    expect(stderr).toContain("item 2, field events[0].at: INVALID_CASE: '2026-11-21' has no offset");
    expect(stderr).toContain('item 3, field severity: INVALID_CASE: 5 is not a severity level');
  });

  it('a CSV that cannot be read at all, and a missing column', () => {
    expect(slakit(['availability', '-', '--month', '2026-06', '--contract', 'uniphore'], 'id,start,end,cause\n"x,2026\n').stderr).toContain('row 2, column 1: a quoted field is not closed');
    const missing = slakit(['availability', '-', '--month', '2026-06', '--contract', 'uniphore'], 'id,start,cause\nx,2026-06-01T00:00:00Z,unplanned\n');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('row 1: missing column end');
  });
});

describe('bad usage: exit 2 with a pointer to --help', () => {
  const usage: [string, string[], string][] = [
    ['no command', [], 'Usage: slakit <command>'],
    ['an unknown command', ['uptime'], "unknown command 'uptime'"],
    ['an unknown option', ['renewal', '--fees', '1'], "Unknown option '--fees'"],
    ['a missing required option', ['availability', INCIDENTS, '--contract', 'uniphore'], '--month is required'],
    ['a bad month', ['availability', INCIDENTS, '--contract', 'uniphore', '--month', '2026-13'], "--month: INVALID_DATE"],
    ['an unknown zone', ['due', '--contract', 'uniphore', '--params', 'test/cli/fixtures/uniphore-params.json', '--severity', '1', '--opened', '2026-11-20T16:30:00Z', '--tz', 'Mars/Olympus'], "--tz: INVALID_TIME_ZONE: 'Mars/Olympus'"],
    ['a severity of 5', ['due', '--contract', 'uniphore', '--params', 'test/cli/fixtures/uniphore-params.json', '--severity', '5', '--opened', '2026-11-20T16:30:00Z', ...NY], "--severity: INVALID_ARGUMENT: '5' is not a severity level, label or alias of this contract"],
    ['an opening without offset', ['due', '--contract', 'uniphore', '--params', 'test/cli/fixtures/uniphore-params.json', '--severity', '1', '--opened', '2026-11-20T16:30', ...NY], '--opened: INVALID_DATE'],
    ['a fee with too many decimals', ['renewal', '--fee', '120000.005', '--cpi', '3%', '--start', '2026-03-15'], "--fee: '120000.005' has 3 decimals; the currency has 2"],
    ['a fee with a float', ['renewal', '--fee', '1.2e5', '--cpi', '3%', '--start', '2026-03-15'], "--fee: '1.2e5' is not an amount"],
    ['a start that is not a date', ['renewal', '--fee', '100', '--cpi', '3%', '--start', '2026-02-30'], '--start: INVALID_DATE'],
    ['an unknown contract', ['due', '--contract', 'nice', '--severity', '1', '--opened', '2026-11-20T16:30:00Z', ...NY], "--contract: 'nice' is not a built-in contract (uniphore, nice-cloud, nice-on-premise) or a .json file"],
    ['no contract', ['due', '--severity', '1', '--opened', '2026-11-20T16:30:00Z', ...NY], '--contract is required: uniphore, nice-cloud, nice-on-premise, or a contract JSON file'],
    ['--preset is gone', ['due', '--preset', 'uniphore', '--severity', '1', '--opened', '2026-11-20T16:30:00Z', ...NY], "Unknown option '--preset'"],
    ['no input file', ['cases', '--contract', 'uniphore', '--params', 'test/cli/fixtures/uniphore-params.json', ...NY], 'needs one input file'],
    ['a missing file', ['cases', 'nope.csv', '--contract', 'uniphore', '--params', 'test/cli/fixtures/uniphore-params.json', ...NY], "cannot read 'nope.csv'"],
    ['scheduled maintenance without windows', ['availability', INCIDENTS, '--month', '2026-10', '--contract', 'nice-cloud', '--environment', 'production'], "the contract's maintenance windows need parameters: maintenance.timeZone"],
    ['--now before a case opened', ['cases', CASES, '--contract', 'uniphore', '--params', 'test/cli/fixtures/uniphore-params.json', ...NY, '--now', '2026-10-01T00:00:00Z'], '--now: 2026-10-01T00:00:00.000Z is before a case was opened'],
  ];
  it.each(usage)('%s', (_name, args, message) => {
    const { code, stdout, stderr } = slakit(args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(message);
  });
});

describe('the README', () => {
  it('shows the output that `slakit due` prints', () => {
    // The command the README shows, with its arguments.
    const hours = '{"mon":[["08:00","17:00"]],"tue":[["08:00","17:00"]],"wed":[["08:00","17:00"]],"thu":[["08:00","17:00"]],"fri":[["08:00","17:00"]]}';
    const { stdout } = slakit(['due', '--contract', 'uniphore', '--param', `businessHours=${hours}`, '--holidays', 'US', '--severity', '3', '--opened', '2026-11-20T16:30:00-05:00', ...NY]);
    expect(readFileSync('README.md', 'utf8')).toContain(`--param 'businessHours=${hours}' \\\n  --holidays US --severity 3 --opened 2026-11-20T16:30:00-05:00 --tz America/New_York`);
    expect(readFileSync('README.md', 'utf8')).toContain(`\`\`\`text\n${stdout}\`\`\``);
  });
});
