// Issue 20, "which zone are these local times in?": the zone the file's local times are written in
// and the zone of a case's business hours are kept apart; neither is picked silently.
import { describe, expect, it } from 'vitest';
import { readCases, readIncidents } from '../../src/records/index.js';
import { expectSlaError } from '../expect-sla-error.js';
import { cli } from '../cli/in-process.js';

// A Zendesk-style export: times in the account's zone (New York), a customer in London.
const ZENDESK = 'id,severity,openedAt,respondedAt,timeZone\nZ-1,P3,2026-03-02 11:30,2026-03-02 13:30,Europe/London\n';
const RUN = ['compliance', '-', '--contract', 'uniphore', '--params', 'test/cli/fixtures/uniphore-params.json', '--tz', 'UTC', '--month', '2026-03', '--now', '2026-04-01T00:00:00Z', '--input-tz', 'America/New_York', '--intentionally-empty', 'updates', '--json'];

describe('the zone of local times and the zone of business hours are kept apart', () => {
  it('readCases: a row whose zone differs from the timeZone option is refused, naming both, unless localTimesIn says which', () => {
    const rows = [{ severity: 3, openedAt: '2026-03-02 11:30', timeZone: 'Europe/London' }];
    expectSlaError(() => [...readCases(rows, { timeZone: 'America/New_York' })], 'INVALID_CASE', 'openedAt', "two zones could apply: the file's (the timeZone option, America/New_York) and the row's timeZone (Europe/London)");
    const [file] = [...readCases(rows, { timeZone: 'America/New_York', localTimesIn: 'timeZone' })];
    expect([(file?.openedAt as Date).toISOString(), file?.timeZone]).toEqual(['2026-03-02T16:30:00.000Z', 'Europe/London']);
    const [row] = [...readCases(rows, { timeZone: 'America/New_York', localTimesIn: 'row' })];
    expect((row?.openedAt as Date).toISOString()).toBe('2026-03-02T11:30:00.000Z');
    expectSlaError(() => readCases(rows, { localTimesIn: 'customer' as never }), 'INVALID_ARGUMENT', 'options.localTimesIn');
  });

  it('readCases: one zone only, or the same zone twice, needs no choice', () => {
    const [own] = [...readCases([{ severity: 3, openedAt: '2026-03-02 11:30', timeZone: 'Europe/London' }])];
    expect((own?.openedAt as Date).toISOString()).toBe('2026-03-02T11:30:00.000Z');
    const [same] = [...readCases([{ severity: 3, openedAt: '2026-03-02 11:30', timeZone: 'America/New_York' }], { timeZone: 'America/New_York' })];
    expect((same?.openedAt as Date).toISOString()).toBe('2026-03-02T16:30:00.000Z');
    const [offset] = [...readCases([{ severity: 3, openedAt: '2026-03-02T11:30:00Z', timeZone: 'Europe/London' }], { timeZone: 'America/New_York' })];
    expect(offset?.timeZone).toBe('Europe/London');
  });

  it('readIncidents: an incident’s timeZone is the zone of its local times (it has no other meaning)', () => {
    const [incident] = [...readIncidents([{ start: '2026-06-03 10:00', end: '2026-06-03 11:00', cause: 'unplanned', timeZone: 'Asia/Kolkata' }], { timeZone: 'UTC' })];
    expect(incident?.start).toEqual(new Date('2026-06-03T04:30:00Z'));
  });

  it('the Zendesk-style example (New York times, London customer): refused with both zones named, then read as the user says', () => {
    const refused = cli(RUN.slice(0, -1), ZENDESK);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('--local-times-in is required: row 2, column openedAt');
    expect(refused.stderr).toContain('--input-tz (America/New_York) and the row\'s timeZone (Europe/London, the zone of its business hours)');
    // Opened 11:30 New York = 15:30 London, P3 (4 business hours on London's 08:00–17:00): the reply
    // at 13:30 New York (17:30 London) is within 1.5 business hours.
    const account = JSON.parse(cli([...RUN, '--local-times-in', 'input-tz'], ZENDESK).stdout) as { met: number; breached: number };
    expect([account.met, account.breached]).toEqual([1, 0]);
    const cases = JSON.parse(cli(['cases', '-', ...RUN.slice(2, 6), '--now', '2026-04-01T00:00:00Z', '--input-tz', 'America/New_York', '--local-times-in', 'input-tz', '--json'], ZENDESK).stdout) as { cases: { openedAt?: string }[] } | { openedAt?: string }[];
    expect(JSON.stringify(cases)).toContain('2026-03-02T16:30:00.000Z');
  });
});
