// Each tool's export, written from its documentation (test/fixtures/exports/generate.ts), read with
// --from alone (plus --input-tz and the customer-zone column) gives the figures of the same cases
// in slakit's canonical columns.
import { describe, expect, it } from 'vitest';
import { cli } from './in-process.js';
import { EXPORT_FIXTURES, EXPORTS_CONTRACT, EXPORTS_DIR, exportArgs } from './export-fixtures.js';

const DIR = EXPORTS_DIR;
const CONTRACT = EXPORTS_CONTRACT;
const TOOLS = EXPORT_FIXTURES;
const QUERIES = [
  ['compliance', '--month', '2026-10', '--by', 'severity', '--json'],
  ['compliance', '--month', '2026-11', '--by', 'customer', '--json'],
  ['compliance', '--by', 'month', '--json'],
  ['cases', '--json'],
];

/** The JSON of a run, without the cross-check (only an export has the tool's business minutes). */
function figures(args: string[]): Record<string, unknown> {
  const { code, stdout, stderr } = cli(args);
  expect(code, stderr).toBe(0);
  expect(stderr).not.toMatch(/skipped|bad data/);
  const { crossCheck: _crossCheck, ...json } = JSON.parse(stdout) as Record<string, unknown>;
  return json;
}

describe('--from: a tool’s export gives the canonical file’s figures', () => {
  describe.each(TOOLS)('$tool ($file)', (fixture) => {
    const { tool } = fixture;
    const exported = exportArgs(fixture);
    it.each(QUERIES.map((q) => [q.join(' '), q] as const))('%s', (_name, [command, ...query]) => {
      const canonical = figures([command as string, `${DIR}/${tool}-canonical.csv`, ...CONTRACT, ...query]);
      expect(figures([command as string, ...exported, ...CONTRACT, ...query])).toEqual(canonical);
    });
  });

  it.each([TOOLS[0], TOOLS[1]])('slakit report --cases: the $tool export gives the canonical report', (fixture) => {
    const { tool } = fixture;
    const report = ['report', '--contract', `${DIR}/contract.json`, '--month', '2026-10', '--tz', 'America/New_York', '--now', '2026-11-20T00:00:00Z', '--format', 'json'];
    const canonical = cli([...report, '--cases', `${DIR}/${tool}-canonical.csv`]);
    const exported = cli([...report, '--cases', ...exportArgs(fixture)]);
    expect(exported.code, exported.stderr).toBe(0);
    expect(exported.stdout).toBe(canonical.stdout);
  });

  it('--from jira --history: the issue history gives the pauses of the canonical file, with the profile’s statuses and columns', () => {
    const exported = [`${DIR}/jira-issues.csv`, '--from', 'jira', '--input-tz', 'Europe/London', '--map', 'Custom field (Customer time zone)=timeZone', '--local-times-in', 'input-tz', '--history', `${DIR}/jira-issue-history.csv`];
    for (const query of QUERIES) {
      const [command, ...rest] = query;
      const canonical = figures([command as string, `${DIR}/jira-canonical-with-pauses.csv`, ...CONTRACT, ...rest]);
      expect(figures([command as string, ...exported, ...CONTRACT, ...rest])).toEqual(canonical);
    }
    // Without the history the pauses are missing: the comparison can fail.
    const without = figures(['compliance', ...exported.slice(0, -2), ...CONTRACT, '--month', '2026-10', '--by', 'severity', '--json']);
    expect(without).not.toEqual(figures(['compliance', `${DIR}/jira-canonical-with-pauses.csv`, ...CONTRACT, '--month', '2026-10', '--by', 'severity', '--json']));
  });

  it('the comparison can fail: the account zone read as another zone gives other figures', () => {
    const query = ['compliance', '--month', '2026-10', '--by', 'severity', '--json'];
    const canonical = figures([query[0] as string, `${DIR}/zendesk-canonical.csv`, ...CONTRACT, ...query.slice(1)]);
    const wrong = figures([query[0] as string, `${DIR}/zendesk-tickets.csv`, '--from', 'zendesk', '--input-tz', 'Europe/London', '--map', 'Customer time zone=timeZone', '--local-times-in', 'input-tz', ...CONTRACT, ...query.slice(1)]);
    expect(wrong).not.toEqual(canonical);
  });

  it('the fixtures hold 2,000+ cases of three customer zones across both DST changes', () => {
    const { stdout } = cli(['compliance', `${DIR}/zendesk-canonical.csv`, ...CONTRACT, '--by', 'month', '--json']);
    const json = JSON.parse(stdout) as { total: number; groups: { month: string }[] };
    expect(json.total).toBeGreaterThanOrEqual(2000);
    expect(json.groups.map((g) => g.month)).toEqual(['2026-10', '2026-11']);
    const customers = JSON.parse(cli(['compliance', `${DIR}/jira-canonical.csv`, ...CONTRACT, '--by', 'customer', '--month', '2026-10', '--json']).stdout) as { groups: { customer: string }[] };
    expect(customers.groups.map((g) => g.customer)).toEqual(['Acme Corp', 'Globex Ltd', 'Initech India']);
  });

  it('Zendesk: the tool’s business minutes are cross-checked, one ticket in 40 disagreeing by an hour', () => {
    const { stdout, stderr } = cli(['compliance', `${DIR}/zendesk-tickets.csv`, '--from', 'zendesk', '--input-tz', 'America/New_York', '--map', 'Customer time zone=timeZone', '--local-times-in', 'input-tz', ...CONTRACT, '--by', 'month', '--json']);
    const checks = (JSON.parse(stdout) as { crossCheck: { column: string; checked: number; disagreements: number }[] }).crossCheck;
    expect(checks.map((c) => c.column)).toEqual(['First reply time in minutes within business hours', 'Full resolution time in minutes within business hours']);
    for (const c of checks) {
      expect(c.disagreements).toBeGreaterThan(0);
      expect(c.disagreements).toBeLessThan(c.checked / 30);
    }
    expect(stderr).toContain('cross-check: First reply time in minutes within business hours disagrees with slakit');
  });
});
