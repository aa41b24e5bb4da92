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
// A window of the user's own (the contract's zone), and one written in another zone.
const OWN = file('own.json', { timeZone: 'Asia/Kolkata', windows: [{ id: 'patching', day: 'fri', start: '22:00', end: '23:00' }] });
const ELSEWHERE = file('utc.json', { timeZone: 'UTC', windows: [{ id: 'utc', day: 'wed', start: '21:00', end: '23:00' }] });
const WINDOWS = ['windows', '--contract', 'uniphore', '--from', '2026-10-19', '--weeks', '1', '--tz', 'Asia/Kolkata', '--json'];
const ZONE = ['--param', 'maintenance.dataCenterTimeZone=America/Chicago'];
type Listed = { windows: { id?: string; start: string; timeZone?: string }[] };

describe('--maintenance FILE adds to the contract’s windows or replaces them, as the user says', () => {
  it('without --maintenance-mode, a contract with windows of its own is a usage error naming both choices', () => {
    const run = cli([...WINDOWS, '--maintenance', OWN]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('the contract has maintenance windows of its own; give --maintenance-mode add');
  });

  it('add: the contract’s windows (the data center’s too) and the file’s; replace: the file’s only', () => {
    const ids = (...args: string[]) => (JSON.parse(cli([...WINDOWS, ...args]).stdout) as Listed).windows.map((w) => w.id);
    expect(ids('--maintenance', OWN, '--maintenance-mode', 'add', ...ZONE)).toEqual(expect.arrayContaining(['india', 'us', 'eu', 'data-center-wed', 'data-center-sun', 'patching']));
    expect(ids('--maintenance', OWN, '--maintenance-mode', 'replace')).toEqual(['patching']);
  });

  it('add keeps each of the file’s windows in the file’s zone; the mode needs a file', () => {
    const run = cli([...WINDOWS, '--maintenance', ELSEWHERE, '--maintenance-mode', 'add', ...ZONE]);
    expect(run.code).toBe(0);
    const utc = (JSON.parse(run.stdout) as Listed).windows.find((w) => w.id === 'utc');
    expect(utc).toMatchObject({ start: '2026-10-21T21:00:00.000Z', timeZone: 'UTC' });
    expect(cli([...WINDOWS, '--maintenance-mode', 'add']).stderr).toContain('--maintenance-mode goes with --maintenance FILE');
  });
});
