// The availability target is judged once (availabilityTarget, slakit/availability): the table of
// `slakit availability`, its --json and the service report show the same target, met and credit.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from './in-process.js';

const NORTHWIND = 'examples/contracts/northwind-cloud.json';
const dir = mkdtempSync(join(tmpdir(), 'slakit-availability-target-'));
const FLAGS = ['--contract', NORTHWIND, '--month', '2026-10', '--region', 'Americas'];

interface Outcome { target: number | null; met: boolean | null; creditPercent: number | null; creditTier: { atLeast: number; below: number; creditPercent: number } | null }

function out(args: readonly string[]): string {
  const run = cli(args);
  if (run.code !== 0) throw new Error(`slakit ${args.join(' ')}: exit ${run.code}\n${run.stderr}`);
  return run.stdout;
}

/** Incidents of `minutes` unscheduled minutes in October. */
function incidents(minutes: number): string {
  const path = join(dir, `down-${minutes}.csv`);
  const end = new Date(Date.parse('2026-10-07T10:00:00Z') + minutes * 60_000).toISOString();
  writeFileSync(path, `id,start,end,cause\nI-1,2026-10-07T10:00:00Z,${end},unplanned\n`);
  return path;
}

describe('the availability target is judged once: the table, --json and the report agree', () => {
  // 44,640 minutes: 10 min is 99.9776% (met), 30 min 99.9328% (5%), 300 min 99.3280% (10%), 600 min 98.656% (25%).
  it.each([10, 30, 300, 600, 22.32])('%s unscheduled minutes: one target, met and credit in all three outputs', (minutes) => {
    const file = incidents(minutes);
    const json = JSON.parse(out(['availability', file, '--json', ...FLAGS])) as Outcome & { percent: number };
    const report = (JSON.parse(out(['report', '--format', 'json', '--incidents', file, '--tz', 'America/New_York', '--now', '2026-11-02T12:00:00Z', ...FLAGS])) as { availability: Outcome & { percent: number } }).availability;
    const pick = (o: Outcome): Outcome => ({ target: o.target, met: o.met, creditPercent: o.creditPercent, creditTier: o.creditTier });
    expect(pick(report)).toEqual(pick(json));
    expect(report.percent).toBe(json.percent);
    // The table says the same.
    const table = out(['availability', file, ...FLAGS]);
    expect(table).toContain(`target:                  ${json.target}% — ${json.met ? 'met' : 'missed'}`);
    expect(table).toMatch(json.creditTier === null ? /service credit:\s+none/ : new RegExp(`service credit:\\s+${json.creditPercent}% \\(tier ${json.creditTier.atLeast}% to below ${json.creditTier.below}%\\)`));
  });

  it('the JSON names the credit percentage and its tier as the report does; `credit` is the money of --monthly-fee only', () => {
    const file = incidents(300);
    const plain = JSON.parse(out(['availability', file, '--json', ...FLAGS])) as Record<string, unknown>;
    expect(plain).toMatchObject({ target: 99.95, met: false, creditPercent: 10, creditTier: { atLeast: 99, below: 99.9, creditPercent: 10 } });
    expect(plain).not.toHaveProperty('credit');
    const money = JSON.parse(out(['availability', file, '--json', ...FLAGS, '--monthly-fee', '4000.00'])) as { creditPercent: number; credit: { amount: number; creditPercent: number } };
    expect(money.creditPercent).toBe(10);
    expect([money.credit.creditPercent, money.credit.amount]).toEqual([10, 40_000]);
  });
});
