// One of a thing is said in the singular in the commands' lines ("1 incident", "1 case").
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from './in-process.js';

const NORTHWIND = 'examples/contracts/northwind-cloud.json';
const dir = mkdtempSync(join(tmpdir(), 'slakit-singular-'));

function out(args: readonly string[]): string {
  const run = cli(args);
  if (run.code !== 0) throw new Error(`slakit ${args.join(' ')}: exit ${run.code}\n${run.stderr}`);
  return run.stdout;
}

describe('one incident, one case: said in the singular', () => {
  it('slakit availability says "1 incident"', () => {
    const incidents = join(dir, 'one-incident.csv');
    writeFileSync(incidents, 'id,start,end,cause\nI-1,2026-10-07T10:00:00Z,2026-10-07T10:30:00Z,unplanned\n');
    expect(out(['availability', incidents, '--contract', NORTHWIND, '--month', '2026-10', '--region', 'Americas'])).toContain('Minutes by cause (1 incident; overlaps counted once)');
  });

  it('slakit compliance says "1 case", for a month and for every month', () => {
    const cases = join(dir, 'one-case.csv');
    writeFileSync(cases, 'id,severity,openedAt,respondedAt\nC-1,1,2026-10-06T09:00:00-04:00,2026-10-06T09:05:00-04:00\n');
    const compliance = ['compliance', cases, '--contract', NORTHWIND, '--tz', 'America/New_York', '--now', '2026-11-02T12:00:00Z'];
    expect(out([...compliance, '--month', '2026-10'])).toContain('2026-10: 1 of 1 case opened in the month');
    expect(out([...compliance, '--by', 'month'])).toContain('every month: 1 case,');
  });
});
