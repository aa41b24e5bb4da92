import { describe, expect, it } from 'vitest';
import { cli } from './in-process.js';

// A golden month: generated help-desk tickets (customer messages, reasoned pauses, reopenings,
// reassignments) through `cases`, `cases --audit-pauses`, `cases --due-within`, `compliance --by
// team` and the report, under an invented contract with reply targets and reopen cycles.

const CONTRACT = ['--contract', 'test/cli/fixtures/help-desk-contract.json', '--tz', 'America/New_York'];
const NOW = ['--now', '2026-11-02T12:00:00-05:00'];
const REASONS = ['waiting-on-customer', 'on-hold', 'waiting-on-third-party', ''];
const TEAMS = ['L1', 'L2', 'Billing'];
const MINUTE = 60_000;

/** `count` tickets opened from 1 to 28 October 2026 (New York), from a fixed seed. */
export function helpDeskMonth(count: number, seed = 26): string {
  let state = seed;
  const random = (): number => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
  const iso = (ms: number): string => new Date(ms).toISOString().replace('.000Z', 'Z');
  const rows = ['id,severity,openedAt,events'];
  const start = Date.UTC(2026, 9, 1, 4); // 1 October 00:00 in New York
  for (let c = 0; c < count; c++) {
    const severity = 1 + Math.floor(random() * 3);
    const opened = start + Math.floor(random() * 28 * 1440) * MINUTE; // by 29 October, so that a queue can be shown on the 30th
    const events: string[] = [];
    let t = opened;
    let team = 0;
    events.push(`assigned:${TEAMS[0]}@${iso(t)}`);
    let paused = false;
    let resolved = false;
    let closed = false;
    const steps = 2 + Math.floor(random() * 9);
    for (let s = 0; s < steps; s++) {
      t += Math.floor(5 + random() * (severity === 1 ? 120 : 1200)) * MINUTE;
      const pick = random();
      if (closed) {
        events.push(`reopened@${iso(t)}`);
        closed = resolved = false;
      } else if (paused) {
        if (pick < 0.3) events.push(`customer-message@${iso(t)}`);
        else {
          events.push(`resumed@${iso(t)}`);
          paused = false;
        }
      } else if (resolved) {
        if (pick < 0.5) {
          events.push(`closed@${iso(t)}`);
          closed = true;
        } else {
          events.push(`reopened@${iso(t)}`);
          resolved = false;
        }
      } else if (pick < 0.3) events.push(`responded@${iso(t)}`);
      else if (pick < 0.5) events.push(`customer-message@${iso(t)}`);
      else if (pick < 0.65) {
        const reason = REASONS[Math.floor(random() * REASONS.length)] as string;
        events.push(reason === '' ? `paused@${iso(t)}` : `paused:${reason}@${iso(t)}`);
        paused = true;
      } else if (pick < 0.78) {
        team = (team + 1 + Math.floor(random() * 2)) % TEAMS.length;
        events.push(`assigned:${TEAMS[team]}@${iso(t)}`);
      } else {
        events.push(`resolution-notice@${iso(t)}`);
        resolved = true;
      }
    }
    rows.push(`HD-${String(c + 1).padStart(3, '0')},${severity},${iso(opened)},${events.join(';')}`);
  }
  return `${rows.join('\n')}\n`;
}

describe('a month of help-desk tickets, golden', () => {
  const month = helpDeskMonth(60);

  it('the generated tickets', async () => {
    await expect(month).toMatchFileSnapshot('golden/help-desk-2026-10.csv');
  });

  it.each([
    ['help-desk-cases', ['cases', '-', ...CONTRACT, ...NOW, '--month', '2026-10']],
    ['help-desk-audit-pauses', ['cases', '-', ...CONTRACT, ...NOW, '--audit-pauses']],
    ['help-desk-due-within', ['cases', '-', ...CONTRACT, '--now', '2026-10-30T12:00:00-04:00', '--month', '2026-10', '--due-within', '12h']],
    ['help-desk-compliance-by-team', ['compliance', '-', ...CONTRACT, ...NOW, '--month', '2026-10', '--by', 'team']],
    ['help-desk-compliance-by-team-ended-pauses', ['compliance', '-', ...CONTRACT, ...NOW, '--month', '2026-10', '--by', 'team', '--end-pauses-at-message']],
    ['help-desk-report', ['report', ...CONTRACT, ...NOW, '--month', '2026-10', '--cases', '-', '--format', 'md']],
  ])('%s', async (name, args) => {
    const { code, stdout, stderr } = cli(args, month);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    await expect(stdout).toMatchFileSnapshot(`golden/${name}.txt`);
  });

  it('compliance --by team, --json: the teams add up to the whole, and replies and cycles are counted', () => {
    const { stdout } = cli(['compliance', '-', ...CONTRACT, ...NOW, '--month', '2026-10', '--by', 'team', '--json'], month);
    const report = JSON.parse(stdout) as { total: number; resolution: { total: number }; replies: { total: number }; groups: { team: string; total: number; replies: { total: number } }[] };
    expect(report.total).toBe(60);
    expect(report.groups.reduce((sum, g) => sum + g.total, 0)).toBe(60);
    expect(report.groups.reduce((sum, g) => sum + g.replies.total, 0)).toBe(report.replies.total);
    expect(report.replies.total).toBeGreaterThan(0);
    // Reopen cycles: more resolution cycles than cases.
    expect(report.resolution.total).toBeGreaterThan(60);
  });
});
