// A ticketing system's export (its own column names, `;`, a BOM, local times without an offset,
// P1–P4 labels) read through the command line and through the library gives the same cases as the
// canonical CSV of the same cases.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/records/csv.js';
import { loadContract } from '../../src/contract/index.js';
import { readCases } from '../../src/records/index.js';
import { slakit } from './spawn.js';

const CANONICAL = 'examples/data/cases-2026-10.csv';
const EXPORT = 'test/cli/fixtures/ticketing-export-2026-10.csv';
// The export writes each customer's times in the customer's zone (Customer zone), the others in New
// York: --local-times-in row says so.
const MAP = 'Ticket ID=id,Created at=openedAt,Priority=severity,First reply at=respondedAt,Solved at=resolutionNoticeAt,Closed at=closedAt,History=events,Customer zone=timeZone';
const CONTRACT = ['--contract', 'uniphore', '--params', 'test/cli/fixtures/uniphore-params.json', '--tz', 'America/New_York'];
const NOW = ['--now', '2026-11-02T12:00:00Z'];

describe('a ticketing-style export gives the same cases as the canonical CSV', () => {
  it('slakit cases: the same table, with the delimiter said on stderr', () => {
    const canonical = slakit(['cases', CANONICAL, ...CONTRACT, ...NOW]);
    const exported = slakit(['cases', EXPORT, ...CONTRACT, ...NOW, '--map', MAP, '--input-tz', 'America/New_York', '--local-times-in', 'row']);
    expect(canonical.code).toBe(0);
    expect(exported.code).toBe(0);
    expect(exported.stdout).toBe(canonical.stdout);
    expect(exported.stderr).toBe("note: reading fields separated by ';' (detected from the header; --delimiter chooses)\n");
  });

  it('slakit compliance --json: the same report, the map given in two --map options', () => {
    const [first, second] = [MAP.split(',').slice(0, 4).join(','), MAP.split(',').slice(4).join(',')];
    const args = ['--month', '2026-10', '--by', 'severity', '--json', ...CONTRACT, ...NOW];
    const canonical = slakit(['compliance', CANONICAL, ...args]);
    const exported = slakit(['compliance', EXPORT, ...args, '--map', first as string, '--map', second as string, '--input-tz', 'America/New_York', '--local-times-in', 'row', '--delimiter', ';']);
    expect(exported.code).toBe(0);
    expect(JSON.parse(exported.stdout)).toEqual(JSON.parse(canonical.stdout));
    expect(exported.stderr).toBe('');
  });

  it('readCases: the same CaseInputs from the parsed export as from the canonical rows', () => {
    const severities = Object.fromEntries(loadContract(JSON.parse(readFileSync('contracts/uniphore-support.json', 'utf8')), { parts: ['severities'] }).severities.flatMap((s) => [s.label, ...s.aliases].map((label) => [label, s.level])));
    const columns = Object.fromEntries(MAP.split(',').map((pair) => pair.split('=') as [string, string]));
    const canonical = [...readCases(parseCsv(readFileSync(CANONICAL, 'utf8')).rows.map((r) => r.values))];
    const exported = [...readCases(parseCsv(readFileSync(EXPORT, 'utf8'), ';').rows.map((r) => r.values), { columns, severities, timeZone: 'America/New_York', localTimesIn: 'row' })];
    expect(exported).toHaveLength(20);
    expect(exported).toEqual(canonical);
  });

  it('without --input-tz, a local time is a usage mistake naming the row, the column and the option', () => {
    const { code, stdout, stderr } = slakit(['cases', EXPORT, ...CONTRACT, ...NOW, '--map', MAP]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain("--input-tz is required: row 2, column Created at: \"2026-10-01 03:12\" is a local time without a UTC offset");
  });

  it('without --map, the missing columns are named with a pointer to --map', () => {
    const { code, stderr } = slakit(['cases', EXPORT, ...CONTRACT, ...NOW]);
    expect(code).toBe(1);
    expect(stderr).toContain('row 1: missing columns severity, openedAt (the header has Ticket ID, Created at, Priority');
    expect(stderr).toContain('--map created_at=openedAt');
  });

  it('a bad --map is a usage mistake: an unknown field, a column not in the file, a field mapped twice', () => {
    expect(slakit(['cases', EXPORT, ...CONTRACT, '--map', 'Priority=urgency']).stderr).toContain("--map: 'urgency' (from 'Priority=urgency') is not a field; expected one of id, severity, openedAt");
    expect(slakit(['cases', EXPORT, ...CONTRACT, '--map', 'Prio=severity']).stderr).toContain("--map: 'Prio' is not a column of the file");
    const twice = slakit(['cases', EXPORT, ...CONTRACT, '--map', 'Priority=severity,Ticket ID=severity']);
    expect(twice.code).toBe(2);
    expect(twice.stderr).toContain("--map: the field severity is mapped from both 'Priority' and 'Ticket ID'");
  });

  it('local times in a DST gap or overlap are counted on stderr, and --strict refuses them', () => {
    const csv = 'id,severity,openedAt,respondedAt\nD-1,P2,2026-03-08 02:30,2026-03-08 03:45\nD-2,P3,2026-11-01 01:30,2026-11-01 01:45\n';
    const run = slakit(['cases', '-', ...CONTRACT, '--now', '2026-11-02T12:00:00Z', '--input-tz', 'America/New_York'], csv);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain("1 local time fell in a DST gap and was moved forward by the gap's length");
    expect(run.stderr).toContain('2 local times occur twice (a DST overlap); the earlier instant was taken');
    // Each is said once.
    expect(run.stderr.split('fell in a DST gap').length - 1).toBe(1);
    expect(run.stderr.split('(a DST overlap)').length - 1).toBe(1);
    const strict = slakit(['cases', '-', ...CONTRACT, '--now', '2026-11-02T12:00:00Z', '--input-tz', 'America/New_York', '--strict'], csv);
    expect(strict.code).toBe(1);
    expect(strict.stdout).toBe('');
  });
});
