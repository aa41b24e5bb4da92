// Issue 20, "a metric with no input is not measured, never 0%".
import { describe, expect, it } from 'vitest';
import { cli } from '../cli/in-process.js';

// Northwind sets response, update and (for P1) resolution targets.
const RUN = ['compliance', '-', '--contract', 'examples/contracts/northwind-cloud.json', '--tz', 'UTC', '--month', '2026-03', '--now', '2026-04-01T00:00:00Z'];
const NO_REPLY = 'id,severity,openedAt,resolutionNoticeAt\n1,P1,2026-03-02T10:00:00Z,2026-03-02T12:00:00Z\n2,P3,2026-03-03T10:00:00Z,2026-03-05T10:00:00Z\n';
const NO_RESOLUTION = 'id,severity,openedAt,respondedAt,events\n1,P1,2026-03-02T10:00:00Z,2026-03-02T10:10:00Z,updated@2026-03-02T11:00:00Z\n2,P3,2026-03-03T10:00:00Z,2026-03-03T11:00:00Z,\n';
const NOTHING = 'id,severity,openedAt\n1,P1,2026-03-02T10:00:00Z\n2,P3,2026-03-03T10:00:00Z\n';

describe('a metric with no input is "not measured", never 0%', () => {
  it('a file without any reply: the response rate is — in the table, null in JSON, and a line on stderr', () => {
    const table = cli(RUN, NO_REPLY);
    expect(table.code).toBe(0);
    expect(table.stderr).toContain('response not measured: no case has a reply (respondedAt, or responded events); if none was sent, give --intentionally-empty response');
    const all = table.stdout.split('\n').find((line) => line.startsWith('all')) as string;
    expect(all.split(/\s+/).slice(0, 7)).toEqual(['all', '2', '—', '—', '—', '0', '—']);
    expect(table.stdout).not.toMatch(/\b0%/);
    const json = JSON.parse(cli([...RUN, '--json'], NO_REPLY).stdout) as { rate: unknown; met: unknown; breached: unknown; notMeasured: string[]; resolution: { rate: number } };
    expect([json.rate, json.met, json.breached]).toEqual([null, null, null]);
    expect(json.notMeasured).toEqual(['response', 'updates']);
    expect(json.resolution.rate).not.toBeNull();
  });

  it('a file without any resolution: the resolution rate is not measured, the response rate is', () => {
    const run = cli([...RUN, '--json'], NO_RESOLUTION);
    const json = JSON.parse(run.stdout) as { rate: number; notMeasured: string[]; resolution: { rate: unknown; bySeverity: Record<string, { rate: unknown }> } };
    expect(json.notMeasured).toEqual(['resolution']);
    expect(json.rate).toBe(1);
    expect(json.resolution.rate).toBeNull();
    expect(Object.values(json.resolution.bySeverity).every((c) => c.rate === null)).toBe(true);
    expect(run.stderr).toContain('resolution not measured');
  });

  it('--intentionally-empty response: the user says no reply was sent, and the cases are judged (breached)', () => {
    const run = cli([...RUN, '--json', '--intentionally-empty', 'response,resolution,updates'], NOTHING);
    const json = JSON.parse(run.stdout) as { rate: number; breached: number; notMeasured?: unknown };
    expect([json.rate, json.breached, json.notMeasured]).toEqual([0, 2, undefined]);
    expect(run.stderr).toBe('');
    expect(cli([...RUN, '--intentionally-empty', 'replies'], NOTHING).stderr).toContain("--intentionally-empty: 'replies' is not a metric; expected some of response, resolution, updates");
  });
});
