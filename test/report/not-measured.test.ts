// Issue 20, "a metric with no input is not measured, never 0%", in the service report: the same
// rule as `slakit compliance` (metricsNotMeasured), in its JSON (null), HTML and Markdown ("—" and
// the words "not measured"), with --intentionally-empty honoured.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContract } from '../../src/contract/index.js';
import { buildServiceReport, serviceReportToHtml, serviceReportToMarkdown } from '../../src/report/index.js';
import { cli } from '../cli/in-process.js';

const NORTHWIND = 'examples/contracts/northwind-cloud.json';
const dir = mkdtempSync(join(tmpdir(), 'slakit-report-not-measured-'));
const file = (name: string, text: string): string => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
// Northwind sets response, update and (for P1) resolution targets. No resolution column at all:
const NO_RESOLUTION = file('no-resolution.csv', 'id,severity,openedAt,respondedAt,events\n1,P1,2026-03-02T10:00:00Z,2026-03-02T10:10:00Z,updated@2026-03-02T11:00:00Z\n2,P3,2026-03-03T10:00:00Z,2026-03-03T11:00:00Z,\n');
const RUN = ['report', '--cases', NO_RESOLUTION, '--contract', NORTHWIND, '--tz', 'UTC', '--month', '2026-03', '--now', '2026-04-01T00:00:00Z'];

interface Row { level: number; met: number | null; breached: number | null; pending: number | null; rate: number | null; meetsTarget: boolean | null }
interface Json { compliance: { notMeasured: string[]; response: Row[]; resolution: Row[]; updates: Row[] } }

describe('the service report: a metric with no input is not measured, never 0%', () => {
  it('JSON: a metric with no input is not measured: null figures, listed in notMeasured, as compliance --json gives them', () => {
    const run = cli([...RUN, '--format', 'json']);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as Json;
    expect(report.compliance.notMeasured).toEqual(['resolution']);
    for (const row of report.compliance.resolution) expect([row.met, row.breached, row.pending, row.rate, row.meetsTarget]).toEqual([null, null, null, null, null]);
    expect(report.compliance.response.find((r) => r.level === 1)?.rate).toBe(1);
    expect(run.stderr).toContain('resolution not measured: no case has a resolution');
    // The same rows as `slakit compliance --json`.
    const compliance = JSON.parse(cli(['compliance', NO_RESOLUTION, '--json', '--contract', NORTHWIND, '--tz', 'UTC', '--month', '2026-03', '--now', '2026-04-01T00:00:00Z']).stdout) as { notMeasured: string[]; resolution: { bySeverity: Row[] } };
    expect(compliance.notMeasured).toEqual(report.compliance.notMeasured);
    expect(report.compliance.resolution).toEqual(compliance.resolution.bySeverity);
  });

  it('HTML: a metric with no input is not measured: "not measured" and — in its table, never 0%', () => {
    const html = cli([...RUN, '--format', 'html']).stdout;
    const resolution = html.slice(html.indexOf('<h3>Resolution</h3>'), html.indexOf('<h3>Breaches</h3>'));
    expect(resolution).toContain('data-not-measured="resolution"');
    expect(resolution).toContain('Not measured: no case in the input has a resolution');
    expect(resolution).toMatch(/<td class="num">—<\/td><td class="num">—<\/td><td class="num">—<\/td><td class="num">—<\/td>/);
    expect(resolution).not.toMatch(/>0%</);
    expect(html.slice(html.indexOf('<h3>Response</h3>'), html.indexOf('<h3>Updates</h3>'))).not.toContain('not-measured');
  });

  it('Markdown: a metric with no input is not measured: "not measured" and — in its table, never 0%', () => {
    const md = cli([...RUN, '--format', 'md']).stdout;
    const resolution = md.slice(md.indexOf('### Resolution'), md.indexOf('### Breaches'));
    expect(resolution).toContain('Not measured: no case in the input has a resolution');
    expect(resolution).toMatch(/\| P1 \| — \| — \| — \| — \|/);
    expect(resolution).not.toMatch(/\b0%/);
  });

  it('--intentionally-empty resolution: the user says none was sent, and the report measures it (0%, breached)', () => {
    const run = cli([...RUN, '--format', 'json', '--intentionally-empty', 'resolution']);
    const report = JSON.parse(run.stdout) as Json;
    expect(report.compliance.notMeasured).toEqual([]);
    expect(report.compliance.resolution.find((r) => r.level === 1)).toMatchObject({ breached: 1, rate: 0 });
    expect(run.stderr).not.toContain('not measured');
    expect(cli([...RUN, '--intentionally-empty', 'replies']).stderr).toContain("--intentionally-empty: 'replies' is not a metric");
  });

  it('the library applies the same rule to the cases it is given, and honours intentionallyEmpty', () => {
    const contract = loadContract(JSON.parse(readFileSync(NORTHWIND, 'utf8')));
    const cases = [{ id: '1', severity: 1, openedAt: '2026-03-02T10:00:00Z', events: [{ type: 'responded' as const, at: '2026-03-02T10:10:00Z' }] }];
    const input = { contract, month: '2026-03', timeZone: 'UTC', now: '2026-04-01T00:00:00Z', cases };
    const report = buildServiceReport(input);
    expect(report.compliance?.notMeasured).toEqual(['resolution', 'updates']);
    expect(report.compliance?.updates[0]).toMatchObject({ rate: null, missedUpdates: null });
    expect(serviceReportToMarkdown(report)).toContain('Not measured: no case in the input has an update');
    expect(serviceReportToHtml(report)).toContain('data-not-measured="updates"');
    expect(buildServiceReport({ ...input, intentionallyEmpty: ['resolution', 'updates'] }).compliance?.notMeasured).toEqual([]);
  });
});
