// Issue 22, "Feeds": a lone surrogate in a window id or contract name threw `URIError: URI
// malformed`; NUL, ESC and DEL were written raw into TEXT values (RFC 5545 excludes controls).
import { describe, expect, it } from 'vitest';
import { maintenanceWindowsToIcs, renewalDeadlinesToIcs } from '../../src/ics/index.js';
import { createMaintenanceSchedule } from '../../src/maintenance/index.js';
import { renewalSchedule } from '../../src/renewal/index.js';
import { cli } from '../cli/in-process.js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const terms = renewalSchedule({ feeMinor: 1_200_000, start: '2026-03-15', renewals: [{ cpi: 0.031 }] });
const windowFeed = (id: string, name?: string): string =>
  maintenanceWindowsToIcs(createMaintenanceSchedule({ timeZone: 'UTC', windows: [{ id, label: id, day: 'mon', start: '02:00', end: '04:00' }] }), {
    from: '2026-07-06T00:00:00Z',
    to: '2026-07-07T00:00:00Z',
    now: '2026-07-01T00:00:00Z',
    ...(name === undefined ? {} : { name }),
  });
// RFC 5545 §3.1: content lines are CONTROL-free but for HTAB; CRLF only ends (and folds) lines.
const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f]/;
const lines = (ics: string): string[] => ics.split('\r\n').slice(0, -1);
const unfolded = (ics: string): string => ics.replace(/\r\n /g, '');
const WELL_FORMED = (text: string): boolean => !/[\ud800-\udbff](?![\udc00-\udfff])|(?:^|[^\ud800-\udbff])[\udc00-\udfff]/.test(text);

describe('issue 22: feeds with lone surrogates', () => {
  it('a lone surrogate in a window id and label: a feed (it threw URIError), the UID percent-encoded as WTF-8, the text shown as \\uD800', () => {
    const ics = windowFeed('w\ud800x');
    expect(unfolded(ics)).toContain('UID:maintenance-w%ED%A0%80x-2026-07-06@slakit');
    expect(unfolded(ics)).toContain('w\\\\uD800x');
    expect(WELL_FORMED(ics)).toBe(true);
  });

  it('two ids that differ only in their lone surrogate keep different UIDs; a surrogate pair stays itself', () => {
    const uidOf = (id: string): string => unfolded(windowFeed(id)).match(/^UID:(.*)$/m)?.[1] ?? '';
    expect(uidOf('w\ud800')).not.toBe(uidOf('w\ud801'));
    expect(uidOf('w\udc00')).not.toBe(uidOf('w\ufffd'));
    expect(uidOf('w😀')).toBe(`maintenance-w${encodeURIComponent('😀')}-2026-07-06@slakit`);
  });

  it('a lone surrogate in a contract or calendar name (renewal feed)', () => {
    const ics = renewalDeadlinesToIcs(terms, { contract: 'acme\udfff', name: 'Deadlines \ud83d', now: '2026-03-15T00:00:00Z' });
    expect(unfolded(ics)).toContain('UID:renewal-notice-acme%ED%BF%BF-term-1@slakit');
    expect(unfolded(ics)).toContain('X-WR-CALNAME:Deadlines \\\\uD83D');
    expect(WELL_FORMED(ics)).toBe(true);
  });

  it('the command line: exit 0 with a feed, not exit 70', () => {
    const contract = join(mkdtempSync(join(tmpdir(), 'slakit-feed-')), 'c.json');
    writeFileSync(contract, JSON.stringify({ name: 'Acme', severities: { 1: { label: 'P1' } }, maintenance: { timeZone: 'UTC', windows: [{ id: 'w\\ud800', day: 'mon', start: '02:00', end: '04:00' }] } }).replace('\\\\ud800', '\\ud800'));
    const run = cli(['windows', '--contract', contract, '--from', '2026-07-06', '--weeks', '1', '--ics', '--now', '2026-07-01T00:00:00Z']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('%ED%A0%80');
  });
});

describe('issue 22: control characters in TEXT values', () => {
  it('NUL, ESC, DEL and other controls in a window label and a calendar name are written as visible escapes, never raw; a tab stays', () => {
    const ics = windowFeed('a\u0000b\u001bc\u007fd\te\u0007', 'Feed \u001b[31m');
    for (const line of lines(ics)) expect(line).not.toMatch(CONTROL);
    expect(unfolded(ics)).toContain('a\\\\x00b\\\\x1Bc\\\\x7Fd\te\\\\x07');
    expect(unfolded(ics)).toContain('X-WR-CALNAME:Feed \\\\x1B[31m');
  });

  it('line breaks in a value are still the TEXT escape \\n', () => {
    const ics = renewalDeadlinesToIcs(terms, { contract: 'a\r\nb\nc', now: '2026-03-15T00:00:00Z' });
    expect(unfolded(ics)).toMatch(/SUMMARY:[^\r\n]*a\\nb\\nc/);
  });
});
