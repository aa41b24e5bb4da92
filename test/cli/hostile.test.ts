// The command line against hostile and large input (issue 15) and at scale (issue 12): in-process
// runs through src/cli/run.ts, and the built binary where a real pipe matters.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { complianceReport } from '../../src/cases/compliance-report.js';
import { complianceByLevel } from '../../src/cases/compliance-by-level.js';
import { parseCsv } from '../../src/records/csv.js';
import { formatTable } from '../../src/cli/table.js';
import { businessHours8to5 } from '../../src/presets/support.js';
import { uniphoreSupport } from '../../src/presets/support.js';
import { cli } from './in-process.js';

const CASES = 'examples/data/cases-2026-10.csv';
const INCIDENTS = 'examples/data/incidents-2026-10.csv';
const NY = ['--tz', 'America/New_York'];
const NOW = ['--now', '2026-11-02T12:00:00Z'];
const CASE_ARGS = ['--contract', 'uniphore', '--params', 'test/cli/fixtures/uniphore-params.json', ...NY, ...NOW];

function caseRows(n: number, id: (i: number) => string = (i) => `C-${i}`): string {
  const lines = ['id,severity,openedAt,respondedAt'];
  for (let i = 0; i < n; i++) lines.push(`${id(i)},${(i % 4) + 1},2026-10-${String((i % 28) + 1).padStart(2, '0')}T10:00:00Z,2026-10-${String((i % 28) + 1).padStart(2, '0')}T12:00:00Z`);
  return `${lines.join('\n')}\n`;
}

describe('a closed output pipe (`slakit cases … | head -1`)', () => {
  it('ends quietly with exit code 0, no EPIPE stack trace', async () => {
    if (!existsSync('dist/cli.js')) throw new Error('dist/cli.js is missing: run the build first');
    const file = join(mkdtempSync(join(tmpdir(), 'slakit-')), 'cases.csv');
    writeFileSync(file, caseRows(20_000));
    const child = spawn(process.execPath, ['dist/cli.js', 'cases', file, ...CASE_ARGS], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    child.stdout.once('data', () => child.stdout.destroy()); // like `head -1`: read a little, close the pipe
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});

describe('large valid input', () => {
  it('formatTable lays out 200,000 rows (Math.max(...rows) overflowed the stack)', () => {
    const rows = Array.from({ length: 200_000 }, (_, i) => [String(i), 'x']);
    const text = formatTable([{ title: 'n', align: 'right' }, { title: 'v' }], rows);
    expect(text.split('\n')).toHaveLength(200_002);
    expect(text.split('\n')[2]).toBe('     0  x');
  });

  it('compliance over 40,000 rows: the same counts as complianceReport', () => {
    const csv = caseRows(40_000);
    const { code, stdout } = cli(['compliance', '-', '--json', '--contract', 'uniphore', '--params', 'test/cli/fixtures/uniphore-params.json', '--tz', 'UTC', '--month', '2026-10', ...NOW, '--intentionally-empty', 'updates'], csv);
    expect(code).toBe(0);
    const { rows } = parseCsv(csv);
    const expected = complianceReport(
      uniphoreSupport,
      businessHours8to5('UTC'),
      rows.map((r) => ({ severity: Number(r.values['severity']) as 1, openedAt: r.values['openedAt'] as string, events: [{ type: 'responded' as const, at: r.values['respondedAt'] as string }] })),
      { now: '2026-11-02T12:00:00Z' },
    );
    // typicalTimes is checked by test/report/document.test.ts and test/cases/typical-times.test.ts.
    const { month: _m, now: _n, typicalTimes: _t, ...report } = JSON.parse(stdout) as { month: string; now: string; typicalTimes: unknown; bySeverity: { level: number; label: string }[] };
    // Response, resolution and update compliance, exactly the library's, listed by level (labels: the contract's).
    const severities = report.bySeverity.map(({ level, label }) => ({ level, label }));
    expect(severities.map((s) => s.level)).toEqual([1, 2, 3, 4]);
    expect(report).toEqual(JSON.parse(JSON.stringify({ asOf: expected.asOf, ...complianceByLevel(expected, severities) })));
  });

  it('availability: 20,000 incidents measured once, segments listed', () => {
    const lines = ['id,start,end,cause'];
    for (let i = 0; i < 20_000; i++) lines.push(`I${i},2026-10-01T00:00:${String(i % 60).padStart(2, '0')}Z,2026-10-01T00:01:00Z,unplanned`);
    const { code, stdout } = cli(['availability', '-', '--json', '--month', '2026-10', '--contract', 'nice-cloud', '--environment', 'production', '--maintenance', 'test/cli/fixtures/uniphore-windows.json'], lines.join('\n'));
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as { unscheduledMinutes: number }).unscheduledMinutes).toBe(1);
  });
});

describe('control characters and encodings', () => {
  it('escapes NUL, ESC (an OSC title sequence) and other C0/C1 controls in table cells', () => {
    const csv = 'id,severity,openedAt\n"\u001b]0;pwned\u0007",1,2026-10-01T10:00:00Z\n"a\u0000b\u009bc\u202ed",2,2026-10-01T10:00:00Z\n';
    const { code, stdout } = cli(['cases', '-', ...CASE_ARGS], csv);
    expect(code).toBe(0);
    expect(stdout).toContain('\\x1B]0;pwned\\x07');
    expect(stdout).toContain('a\\x00b\\x9Bc\\u202Ed');
    expect(stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/);
  });

  const text = 'id,start,end,cause\nA,2026-06-03T10:00:00Z,2026-06-03T10:43:12Z,unplanned\n';
  const utf16 = (bom: boolean, big: boolean): Uint8Array => {
    const body = Buffer.from(`${bom ? '\ufeff' : ''}${text}`, 'utf16le');
    if (big) body.swap16();
    return body;
  };
  it.each([
    ['UTF-16 (little-endian) with a BOM', utf16(true, false)],
    ['UTF-16 (little-endian) without a BOM', utf16(false, false)],
    ['UTF-16 (big-endian) with a BOM', utf16(true, true)],
    ['UTF-16 (big-endian) without a BOM', utf16(false, true)],
  ])('a %s file is named as such, not "row 3: has 1 fields"', (name, bytes) => {
    const { code, stderr } = cli(['availability', '-', '--month', '2026-06', '--contract', 'nice-cloud', '--environment', 'production'], bytes);
    expect(code).toBe(1);
    expect(stderr).toContain(`standard input is ${name.replace(/ with(out)? a BOM/, '')}; save it as UTF-8`);
  });

  it('a Latin-1 file names the row and the byte that is not UTF-8', () => {
    const bytes = Buffer.from('id,start,end,cause\nA,2026-06-03T10:00:00Z,2026-06-03T10:43:12Z,unplanned\nCaf\u00e9,2026-06-03T10:00:00Z,2026-06-03T10:43:12Z,unplanned\n', 'latin1');
    const { code, stderr } = cli(['availability', '-', '--month', '2026-06', '--contract', 'nice-cloud', '--environment', 'production'], bytes);
    expect(code).toBe(1);
    expect(stderr).toContain('standard input is not UTF-8: row 3 has the byte 0xE9');
  });

  it('reads UTF-8 with and without a BOM alike', () => {
    const args = ['availability', '-', '--json', '--month', '2026-06', '--contract', 'nice-cloud', '--environment', 'production'];
    expect(cli(args, `\ufeff${text}`).stdout).toBe(cli(args, text).stdout);
    expect(cli(args, text).code).toBe(0);
  });
});

describe('--csv', () => {
  const hostile = ['=HYPERLINK("http://x","y")', '+1', '-2+3', '@SUM(A1)', '\tx', '\rx', 'plain, "quoted"'];
  it('escapes formula-like cells with a quote and round-trips through a CSV parser', () => {
    const csv = `id,severity,openedAt\n${hostile.map((id) => `"${id.replace(/"/g, '""')}",1,2026-10-01T10:00:00Z`).join('\n')}\n`;
    const { code, stdout } = cli(['cases', '-', '--csv', ...CASE_ARGS], csv);
    expect(code).toBe(0);
    const { header, rows } = parseCsv(stdout);
    expect(header).toEqual(['id', 'sev', 'state', 'opened', 'response due', 'response', 'used', 'next update due', 'missed', 'escalates']);
    // Input cells are trimmed (so '\tx' is read as 'x'); what is left is escaped when it looks like a formula.
    expect(rows.map((r) => r.values['id'])).toEqual(hostile.map((id) => id.trim()).map((id) => (/^[=+\-@]/.test(id) ? `'${id}` : id)));
    expect(stdout).toContain(`"'=HYPERLINK(""http://x"",""y"")"`);
  });

  it.each([
    ['cases', ['cases', CASES, ...CASE_ARGS]],
    ['compliance', ['compliance', CASES, ...CASE_ARGS, '--month', '2026-10', '--by', 'severity']],
    ['availability', ['availability', INCIDENTS, '--month', '2026-10', '--contract', 'uniphore', '--param', 'maintenance.dataCenterTimeZone=America/Chicago', '--region', 'EU', '--segments']],
    ['windows', ['windows', '--contract', 'uniphore', '--params', 'test/cli/fixtures/uniphore-params.json', '--from', '2026-10-19', '--weeks', '1', ...NY]],
    ['renewal', ['renewal', '--fee', '100', '--cpi', '3.1%', '--start', '2026-03-15']],
  ])('%s --csv prints its table as CSV', (_name, args) => {
    const { code, stdout } = cli([...args, '--csv']);
    expect(code).toBe(0);
    const { header, rows } = parseCsv(stdout);
    expect(header.length).toBeGreaterThan(2);
    expect(rows.length).toBeGreaterThan(0);
  });

  it('--csv and --json together are a usage mistake', () => {
    expect(cli(['renewal', '--fee', '100', '--cpi', '3%', '--start', '2026-03-15', '--csv', '--json']).code).toBe(2);
  });
});

describe('rates as people write them', () => {
  it.each([
    ['renewal', ['renewal', '--fee', '120000', '--cpi', '3.1', '--start', '2026-03-15'], '--cpi: 3.1 would be a 310% rise; write 3.1% or 0.031'],
    ['renewal --floor', ['renewal', '--fee', '120000', '--cpi', '3%', '--floor', '5', '--start', '2026-03-15'], '--floor: 5 would be a 500% rise; write 5% or 0.05'],
    ['compliance --target', ['compliance', CASES, ...CASE_ARGS, '--month', '2026-10', '--target', '90'], '--target: 90 would be a 9000% rise; write 90% or 0.9'],
  ])('%s: a bare number above 1 is a usage error showing both readings', (_name, args, message) => {
    const { code, stderr } = cli(args);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
  });

  it('--cpi 3.1% and --cpi 0.031 are the same', () => {
    const run = (cpi: string): string => cli(['renewal', '--json', '--fee', '120000', '--cpi', cpi, '--years', '3', '--start', '2026-03-15']).stdout;
    expect(run('3.1%')).toBe(run('0.031'));
  });

  it('compliance --target 95% sets the target', () => {
    const { stdout } = cli(['compliance', CASES, '--json', ...CASE_ARGS, '--month', '2026-10', '--target', '95%']);
    expect((JSON.parse(stdout) as { target: number }).target).toBe(0.95);
  });
});

describe('errors in the command’s own words', () => {
  it('an ongoing incident without --as-of names --as-of and the row and column', () => {
    const csv = 'id,start,end,cause\nA,2026-06-03T10:00:00Z,,unplanned\n';
    const { code, stderr } = cli(['availability', '-', '--month', '2026-06', '--contract', 'nice-cloud', '--environment', 'production'], csv);
    expect(code).toBe(1);
    expect(stderr).toContain("row 2, column end: INVALID_INCIDENT: '' means the incident is still going on; give --as-of INSTANT");
    expect(stderr).not.toContain('asOf');
    expect(stderr).not.toContain('null');
  });

  it('a JSON file that does not parse names the line and column', () => {
    const { code, stderr } = cli(['cases', '-', ...CASE_ARGS], '[\n  {"severity": 1,\n   "openedAt": }\n]');
    expect(code).toBe(1);
    expect(stderr).toMatch(/standard input is not valid JSON at line 3, column \d+/);
  });

  it('a case without a zone names --tz and the row', () => {
    const { code, stderr } = cli(['cases', '-', '--contract', 'uniphore', '--params', 'test/cli/fixtures/uniphore-params.json', ...NOW], 'severity,openedAt\n1,2026-10-01T10:00:00Z\n');
    expect(code).toBe(2);
    expect(stderr).toContain('--tz is required: row 2, column timeZone names no time zone of its own');
  });
});

describe('--strict', () => {
  it('columns that are not read are reported, and an error under --strict', () => {
    const csv = 'id,start,end,cause,note\nA,2026-06-03T10:00:00Z,2026-06-03T11:00:00Z,unplanned,x\n';
    const args = ['availability', '-', '--month', '2026-06', '--contract', 'nice-cloud', '--environment', 'production'];
    expect(cli(args, csv).stderr).toContain('columns not read: note');
    const strict = cli([...args, '--strict'], csv);
    expect(strict.code).toBe(1);
    expect(strict.stdout).toBe('');
    expect(strict.stderr).toContain('--strict: note: columns not read: note');
  });

  it('skipped rows are an error under --strict', () => {
    const args = ['availability', 'test/cli/fixtures/bad-incidents.csv', '--month', '2026-06', '--contract', 'nice-cloud', '--environment', 'production', '--skip-bad-rows'];
    expect(cli(args).code).toBe(0);
    const strict = cli([...args, '--strict']);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain('--strict: skipped row 3, column end');
  });

  it('partial minutes that the policy does not count are reported, and an error under --strict', () => {
    const csv = 'id,start,end,cause\nA,2026-06-03T10:00:00Z,2026-06-03T10:00:30Z,unplanned\n';
    const contract = join(mkdtempSync(join(tmpdir(), 'slakit-')), 'contract.json');
    writeFileSync(contract, JSON.stringify({ downtime: { excusable: [], maintenanceWindowsOnly: false, partialMinutes: 'drop-under-one-minute' } }));
    const args = ['availability', '-', '--month', '2026-06', '--contract', contract];
    const { code, stderr } = cli(args, csv);
    expect(code).toBe(0);
    expect(stderr).toContain('minutes of downtime not counted');
    expect(cli([...args, '--strict'], csv).code).toBe(1);
  });
});

describe('one vocabulary', () => {
  it('--digits N sets the decimals of table percentages; JSON keeps full precision', () => {
    const args = ['availability', INCIDENTS, '--month', '2026-10', '--contract', 'uniphore', '--param', 'maintenance.dataCenterTimeZone=America/Chicago', '--region', 'EU'];
    expect(cli(args).stdout).toContain('availability:            99.3702%');
    expect(cli([...args, '--digits', '2']).stdout).toContain('availability:            99.37%');
    expect((JSON.parse(cli([...args, '--json', '--digits', '2']).stdout) as { percent: number }).percent).toBe(99.37022857531205);
  });

  it('region names are matched without regard to case', () => {
    const args = ['availability', INCIDENTS, '--month', '2026-10', '--contract', 'uniphore', '--json'];
    expect(cli([...args, '--region', 'eu']).stdout).toBe(cli([...args, '--region', 'EU']).stdout);
    const windows = ['windows', '--contract', 'uniphore', '--params', 'test/cli/fixtures/uniphore-params.json', '--from', '2026-10-19', '--weeks', '1', ...NY, '--json'];
    expect(cli([...windows, '--region', 'us']).stdout).toBe(cli([...windows, '--region', 'US']).stdout);
  });

  it('--delimiter, or a delimiter detected from the header and said so', () => {
    const csv = 'id;start;end;cause\nA;2026-06-03T10:00:00Z;2026-06-03T10:43:12Z;unplanned\n';
    const args = ['availability', '-', '--json', '--month', '2026-06', '--contract', 'uniphore', '--param', 'maintenance.dataCenterTimeZone=America/Chicago'];
    const detected = cli(args, csv);
    expect(detected.code).toBe(0);
    expect(detected.stderr).toContain("reading fields separated by ';' (detected from the header");
    expect((JSON.parse(detected.stdout) as { unscheduledMinutes: number }).unscheduledMinutes).toBe(43.2);
    const given = cli([...args, '--delimiter', ';'], csv);
    expect(given.stderr).toBe('');
    expect(given.stdout).toBe(detected.stdout);
    expect(cli([...args, '--delimiter', 'tab'], csv.replace(/;/g, '\t')).stdout).toBe(detected.stdout);
    expect(cli([...args, '--delimiter', '|'], csv).code).toBe(2);
  });
});

describe('cases --breached and --month, compliance --by', () => {
  it('cases --breached lists only the breached cases (a target breached or an update missed)', () => {
    const { code, stdout } = cli(['cases', CASES, '--json', '--breached', ...CASE_ARGS, '--holidays', 'US']);
    expect(code).toBe(0);
    const { cases } = JSON.parse(stdout) as { cases: { response: { outcome: string }; resolution: { outcome: string } | null; missedUpdates: number }[] };
    expect(cases.length).toBeGreaterThan(0);
    for (const c of cases) expect(c.response.outcome === 'breached' || c.resolution?.outcome === 'breached' || c.missedUpdates > 0).toBe(true);
  });

  it('cases --month keeps the cases opened in that month', () => {
    expect(cli(['cases', CASES, '--json', '--month', '2026-09', ...CASE_ARGS]).stdout).toContain('"cases": []');
    expect((JSON.parse(cli(['cases', CASES, '--json', '--month', '2026-10', ...CASE_ARGS]).stdout) as { cases: unknown[] }).cases).toHaveLength(20);
  });

  it('compliance --by month and --by customer add one line per group; the groups add up to all', () => {
    const csv = 'id,severity,openedAt,respondedAt,customer\n1,1,2026-10-01T10:00:00Z,2026-10-01T10:30:00Z,Acme\n2,1,2026-11-01T10:00:00Z,2026-11-01T13:00:00Z,Acme\n3,2,2026-10-05T10:00:00Z,2026-10-05T10:30:00Z,Zeta\n';
    const args = ['compliance', '-', '--json', '--contract', 'uniphore', '--params', 'test/cli/fixtures/uniphore-params.json', '--tz', 'UTC', '--now', '2026-12-01T00:00:00Z', '--intentionally-empty', 'updates'];
    const byMonth = JSON.parse(cli([...args, '--by', 'month'], csv).stdout) as { total: number; groups: { month: string; met: number; breached: number }[] };
    expect(byMonth.total).toBe(3);
    expect(byMonth.groups.map((g) => [g.month, g.met, g.breached])).toEqual([['2026-10', 2, 0], ['2026-11', 0, 1]]);
    const byCustomer = JSON.parse(cli([...args, '--by', 'customer', '--month', '2026-10'], csv).stdout) as { groups: { customer: string; total: number }[] };
    expect(byCustomer.groups.map((g) => [g.customer, g.total])).toEqual([['Acme', 1], ['Zeta', 1]]);
    expect(cli([...args, '--by', 'customer', '--month', '2026-10'], csv).stderr).toBe('');
  });
});

describe('csvCell (OWASP: CSV Injection)', () => {
  it('quotes and prefixes cells starting with = + - @ tab or CR; plain negative numbers stay numbers', async () => {
    const { csvCell } = await import('../../src/cli/table.js');
    expect(['=1+1', '+1', '-2+3', '@A1', '\tx', '\rx', '-5', '-1.5%', 'a,b', 'ok'].map(csvCell)).toEqual([
      `"'=1+1"`,
      `"'+1"`,
      `"'-2+3"`,
      `"'@A1"`,
      `"'\tx"`,
      `"'\rx"`,
      '-5',
      '-1.5%',
      '"a,b"',
      'ok',
    ]);
  });
});
