import { describe, expect, it } from 'vitest';
import { cli } from './in-process.js';

// The command line's help-desk views: the queue of cases due soon (--due-within).

const PARAMS = ['--contract', 'uniphore', '--params', 'test/cli/fixtures/uniphore-params.json', '--tz', 'America/New_York'];
const CSV = [
  'id,severity,openedAt,events',
  'A,3,2026-11-23T09:00:00-05:00,responded@2026-11-23T09:30:00-05:00',
  'B,1,2026-11-23T15:30:00-05:00,',
  'C,3,2026-11-20T16:30:00-05:00,',
  'D,1,2026-11-23T15:00:00-05:00,paused@2026-11-23T15:10:00-05:00',
  'E,4,2026-11-23T15:00:00-05:00,closed@2026-11-23T15:10:00-05:00',
  'F,2,2026-11-23T15:45:00-05:00,',
].join('\n');
const NOW = ['--now', '2026-11-23T16:00:00-05:00'];

describe('slakit cases --due-within', () => {
  it('lists the open cases whose next running clock breaches within that much business time, soonest first', () => {
    const { code, stdout } = cli(['cases', '-', ...PARAMS, ...NOW, '--due-within', '2h', '--csv'], CSV);
    expect(code).toBe(0);
    // B (Sev 1, 1 h around the clock) is due 16:30, F (Sev 2, 2 h around the clock) 17:45; D is paused, E closed, C due Wednesday.
    expect(stdout.trim().split('\n')).toEqual(['id,sev,state,clock,due,business time left', 'B,1,awaiting-response,response,2026-11-23 16:30 -05:00,0:30', 'F,2,awaiting-response,response,2026-11-23 17:45 -05:00,1:00']);
  });

  it('--json gives each case with its soonest clock and its status, in the same order', () => {
    const { code, stdout } = cli(['cases', '-', ...PARAMS, ...NOW, '--due-within', 'PT20H', '--json'], CSV);
    expect(code).toBe(0);
    const out = JSON.parse(stdout) as { now: string; dueWithin: number; cases: { id: string; soonest: { clock: string; dueAt: string; businessTimeLeft: number } }[] };
    expect([out.now, out.dueWithin]).toEqual(['2026-11-23T21:00:00.000Z', 20 * 3_600_000]);
    expect(out.cases.map((c) => [c.id, c.soonest.dueAt, c.soonest.businessTimeLeft])).toEqual([
      ['B', '2026-11-23T21:30:00.000Z', 1_800_000],
      ['F', '2026-11-23T22:45:00.000Z', 3_600_000],
      ['C', '2026-11-25T18:30:00.000Z', 15.5 * 3_600_000],
    ]);
  });

  it('refuses a length it cannot read, and --breached with it', () => {
    expect(cli(['cases', '-', ...PARAMS, ...NOW, '--due-within', '2x'], CSV)).toMatchObject({ code: 2, stderr: expect.stringContaining("--due-within: '2x' is not a length of business time above zero, such as 2h, 30m or PT2H") });
    expect(cli(['cases', '-', ...PARAMS, ...NOW, '--due-within', '0h'], CSV).code).toBe(2);
    expect(cli(['cases', '-', ...PARAMS, ...NOW, '--due-within', '2h', '--breached'], CSV)).toMatchObject({ code: 2, stderr: expect.stringContaining('leave out --breached') });
  });
});

describe('slakit compliance --by team', () => {
  it('adds one line per team holding the case at --now, (none) for cases never assigned', () => {
    const csv = [
      'id,severity,openedAt,events',
      'A,3,2026-11-02T09:00:00-05:00,assigned:L1@2026-11-02T09:00:00-05:00;responded@2026-11-02T10:00:00-05:00',
      'B,1,2026-11-02T09:00:00-05:00,assigned:L1@2026-11-02T09:00:00-05:00;assigned:L2@2026-11-02T09:30:00-05:00;responded@2026-11-02T11:00:00-05:00',
      'C,1,2026-11-03T09:00:00-05:00,responded@2026-11-03T09:20:00-05:00',
    ].join('\n');
    const { code, stdout } = cli(['compliance', '-', ...PARAMS, '--month', '2026-11', '--now', '2026-11-30T00:00:00Z', '--by', 'team', '--json'], csv);
    expect(code).toBe(0);
    const out = JSON.parse(stdout) as { by: string; groups: { team: string; total: number; met: number; breached: number }[] };
    expect(out.by).toBe('team');
    expect(out.groups.map((g) => [g.team, g.total, g.met, g.breached])).toEqual([
      ['', 1, 1, 0],
      ['L1', 1, 1, 0],
      ['L2', 1, 0, 1],
    ]);
    expect(cli(['compliance', '-', ...PARAMS, '--month', '2026-11', '--now', '2026-11-30T00:00:00Z', '--by', 'team'], csv).stdout).toMatch(/^team +total/m);
  });
});

describe('slakit cases --audit-pauses and --end-pauses-at-message', () => {
  const csv = [
    'id,severity,openedAt,events',
    'A,3,2026-11-02T09:00:00-05:00,responded@2026-11-02T10:00:00-05:00;paused:waiting-on-customer@2026-11-02T11:00:00-05:00;customer-message@2026-11-02T12:00:00-05:00;resumed@2026-11-03T12:00:00-05:00',
    'B,3,2026-11-02T09:00:00-05:00,responded@2026-11-02T10:00:00-05:00;paused:on-hold@2026-11-02T11:00:00-05:00;customer-message@2026-11-02T12:00:00-05:00;resumed@2026-11-03T12:00:00-05:00',
    'C,3,2026-11-02T09:00:00-05:00,paused:waiting-on-customer@2026-11-02T09:30:00-05:00;customer-message@2026-11-02T16:00:00-05:00',
    'D,1,2026-11-02T09:00:00-05:00,paused:waiting-on-customer@2026-11-02T09:10:00-05:00;customer-message@2026-11-02T09:20:00-05:00',
  ].join('\n');
  const now = ['--now', '2026-11-04T09:00:00-05:00'];

  it('lists each waiting-on-customer pause during which the customer wrote, with the time it went on', () => {
    const { code, stdout } = cli(['cases', '-', ...PARAMS, ...now, '--audit-pauses', '--csv'], csv);
    expect(code).toBe(0);
    expect(stdout.trim().split('\n')).toEqual([
      'id,paused,customer wrote,resumed,held after the message',
      'A,2026-11-02 11:00 -05:00,2026-11-02 12:00 -05:00,2026-11-03 12:00 -05:00,24:00',
      'C,2026-11-02 09:30 -05:00,2026-11-02 16:00 -05:00,—,41:00',
      'D,2026-11-02 09:10 -05:00,2026-11-02 09:20 -05:00,—,47:40',
    ]);
    const json = JSON.parse(cli(['cases', '-', ...PARAMS, ...now, '--audit-pauses', '--json'], csv).stdout) as { pauses: { id: string; heldMs: number; event: number }[] };
    expect(json.pauses.map((p) => [p.id, p.heldMs, p.event])).toEqual([['A', 24 * 3_600_000, 1], ['C', 41 * 3_600_000, 0], ['D', 47 * 3_600_000 + 40 * 60_000, 0]]);
  });

  it('--end-pauses-at-message judges such a pause as ended at the message, in cases and compliance', () => {
    const rows = (extra: string[]) => cli(['cases', '-', ...PARAMS, ...now, '--csv', ...extra], csv).stdout.trim().split('\n');
    // C waits for its response: paused from 09:30, the clock runs again from the message at 16:00 when the pause is ended there.
    expect(rows([]).find((r) => r.startsWith('C,'))).toBe('C,3,paused,2026-11-02 09:00 -05:00,2026-11-06 14:30 -05:00,pending,2.0833%,—,0,—');
    expect(rows(['--end-pauses-at-message']).find((r) => r.startsWith('C,'))).toBe('C,3,awaiting-response,2026-11-02 09:00 -05:00,2026-11-05 12:30 -05:00,pending,47.9167%,—,0,—');
    // D (Sev 1, 1 hour around the clock) stood paused 10 minutes in; ended at the message, it ran out.
    const compliance = (extra: string[]) => JSON.parse(cli(['compliance', '-', ...PARAMS, '--month', '2026-11', ...now, '--json', ...extra], csv).stdout) as { breached: number; pending: number };
    expect([compliance([]).breached, compliance(['--end-pauses-at-message']).breached]).toEqual([0, 1]);
  });
});
