// Issue 20: --maintenance FILE adds to the contract's windows or replaces them, as the user says.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../cli/in-process.js';

const dir = mkdtempSync(join(tmpdir(), 'slakit-maintenance-'));
const file = (name: string, spec: unknown): string => {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(spec));
  return path;
};
// Uniphore's data-centre "Standard Maintenance Window" (Weds: 9pm to 1 am), written in the contract's zone.
const DATA_CENTRE = file('dc.json', { timeZone: 'Asia/Kolkata', windows: [{ id: 'data-center-wed', day: 'wed', start: '21:00', end: '01:00' }] });
const ELSEWHERE = file('utc.json', { timeZone: 'UTC', windows: [{ day: 'wed', start: '21:00', end: '23:00' }] });
const WINDOWS = ['windows', '--contract', 'uniphore', '--from', '2026-10-19', '--weeks', '1', '--tz', 'Asia/Kolkata', '--json'];

describe('--maintenance FILE adds to the contract’s windows or replaces them, as the user says', () => {
  it('without --maintenance-mode, a contract with windows of its own is a usage error naming both choices', () => {
    const run = cli([...WINDOWS, '--maintenance', DATA_CENTRE]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('the contract has maintenance windows of its own; give --maintenance-mode add');
  });

  it('add: the contract’s windows and the file’s; replace: the file’s only', () => {
    const ids = (mode: string) => (JSON.parse(cli([...WINDOWS, '--maintenance', DATA_CENTRE, '--maintenance-mode', mode]).stdout) as { windows: { id?: string }[] }).windows.map((w) => w.id);
    expect(ids('add')).toEqual(expect.arrayContaining(['india', 'us', 'eu', 'data-center-wed']));
    expect(ids('replace')).toEqual(['data-center-wed']);
  });

  it('add refuses windows in another zone (a schedule has one zone); the mode needs a file', () => {
    expect(cli([...WINDOWS, '--maintenance', ELSEWHERE, '--maintenance-mode', 'add']).stderr).toContain("the file's windows are in UTC and the contract's in Asia/Kolkata");
    expect(cli([...WINDOWS, '--maintenance-mode', 'add']).stderr).toContain('--maintenance-mode goes with --maintenance FILE');
  });
});
