// Issue 20, "words and numbers people read": contract errors in the author's words, one message for
// a column of unreadable dates, the parameters a command needs named, feeds in the zone asked for.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContract } from '../../src/contract/index.js';
import { maintenanceWindowsToIcs } from '../../src/ics/index.js';
import { createMaintenanceSchedule } from '../../src/maintenance/index.js';
import { readCases } from '../../src/records/index.js';
import { cli } from '../cli/in-process.js';

const problemsOf = (document: unknown): string[] => {
  try {
    loadContract(document);
  } catch (error) {
    return ((error as { details: { problems: { path: string; message: string }[] } }).details.problems ?? []).map((p) => `${p.path}: ${p.message}`);
  }
  return [];
};
const SOURCES = [{ id: 'a', title: 'A' }];
const dir = mkdtempSync(join(tmpdir(), 'slakit-words-'));
const file = (name: string, text: string): string => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

describe('contract errors in the author’s words', () => {
  it('thur is named as an unknown weekday, not "an object is not 24x7"', () => {
    const problems = problemsOf({ sources: SOURCES, businessHours: { hours: { thur: [['08:00', '17:00']] } } });
    expect(problems).toEqual(["businessHours.hours.thur: is not a known key here; 'thur' is not one of 'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'"]);
  });

  it('a bad duration shows an example (PT4H), never the regular expression; "4h" is not "shorter than 3 characters"', () => {
    for (const after of ['4h', 'P', 'PT', 'PT4X']) {
      const [problem] = problemsOf({ support: { levels: { 1: { label: 'P1', response: { after, clock: '24x7' } } } } });
      expect(problem).toBe(`support.levels.1.response.after: '${after}' is not a duration: milliseconds, an ISO-8601 duration such as 'PT4H' or 'P3D' (no years or months), or { hours: 4 }`);
    }
  });

  it('a value of the wrong form is said in words with an example, never as a pattern', () => {
    const problems = problemsOf({ sources: SOURCES, businessHours: { hours: { mon: [['8am', '17:00']] }, holidays: ['25/12/2026'] } });
    expect(problems).toContain("businessHours.hours.mon[0][0]: '8am' is not a time of day 'HH:MM' such as '08:00' ('24:00' ends a day)");
    expect(problems.join('\n')).toContain("'25/12/2026' is not");
    expect(problems.join('\n')).not.toMatch(/\^|\$'|\\d/);
  });

  it('a blank severity in a file is "empty", never "undefined"', () => {
    const reader = readCases([{ id: '1', severity: ' ', openedAt: '2026-03-02T10:00:00Z' }, { id: '2', openedAt: '2026-03-02T10:00:00Z' }], { onError: 'skip' });
    [...reader];
    const messages = reader.summary.errors.map((e) => e.message);
    expect(messages).toHaveLength(2);
    for (const message of messages) {
      expect(message).toContain("'' is empty; expected a severity level 1–10");
      expect(message).not.toContain('undefined');
    }
  });

  it('an invalid document exits 1 (bad data), not 2 (usage)', () => {
    const path = file('thur.json', JSON.stringify({ name: 'T', sources: SOURCES, businessHours: { hours: { thur: [['08:00', '17:00']] } } }));
    const check = cli(['contract', 'check', path]);
    expect(check.code).toBe(1);
    expect(check.stderr).toContain("businessHours.hours.thur: is not a known key here; 'thur' is not one of");
    const due = cli(['due', '--contract', path, '--severity', '1', '--opened', '2026-03-02T10:00:00Z', '--tz', 'UTC']);
    expect(due.code).toBe(1);
  });

  it('availability --contract nice-cloud without its window parameters names them instead of "undefined is missing"', () => {
    const run = cli(['availability', '-', '--month', '2026-03', '--contract', 'nice-cloud', '--environment', 'production'], 'start,end,cause\n2026-03-01T01:00:00Z,2026-03-01T02:00:00Z,scheduled-maintenance\n');
    expect(run.code).toBe(2);
    expect(run.stderr).not.toContain('undefined');
    expect(run.stderr).toContain('maintenance.timeZone (time-zone)');
    expect(run.stderr).toContain('maintenance.windows (maintenance-windows)');
    expect(run.stderr).toContain('--maintenance FILE');
  });
});

describe('a date format the reader cannot read is said once with a hint', () => {
  it('one line for the column, with the count, the first row and the ISO 8601 hint', () => {
    const rows = Array.from({ length: 30 }, (_, i) => `${i + 1},P1,03/02/2026 10:00`).join('\n');
    const run = cli(['cases', '-', '--contract', 'uniphore', '--params', 'test/cli/fixtures/uniphore-params.json', '--tz', 'UTC', '--now', '2026-03-10T00:00:00Z'], `id,severity,openedAt\n${rows}\n`);
    expect(run.code).toBe(1);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain("column openedAt: 30 rows hold times in a form slakit does not read (first row 2: '03/02/2026 10:00'); write ISO 8601");
    expect(lines[1]).toContain('--input-tz');
  });

  it('a single bad date is still listed by its row', () => {
    const run = cli(['cases', '-', '--contract', 'uniphore', '--params', 'test/cli/fixtures/uniphore-params.json', '--tz', 'UTC', '--now', '2026-03-10T00:00:00Z'], 'id,severity,openedAt\n1,P1,03/02/2026 10:00\n2,P1,2026-03-02T10:00:00Z\n');
    expect(run.stderr).toContain("row 2, column openedAt: INVALID_CASE: '03/02/2026 10:00' is not an ISO-8601 instant");
  });
});

describe('feeds: window descriptions use the zone asked for', () => {
  const schedule = createMaintenanceSchedule({ timeZone: 'Asia/Kolkata', windows: [{ id: 'us', region: 'US', day: 'mon', start: '10:30', end: '12:30' }] });
  const horizon = { from: '2026-10-19T00:00:00Z', to: '2026-10-20T00:00:00Z', now: '2026-10-01T00:00:00Z' };
  const description = (ics: string): string => ics.replace(/\r\n /g, '').split('\r\n').find((line) => line.startsWith('DESCRIPTION')) as string;

  it('maintenanceWindowsToIcs timeZone: the wall times in that zone first, the schedule’s after; the UIDs unchanged', () => {
    const berlin = maintenanceWindowsToIcs(schedule, { ...horizon, timeZone: 'Europe/Berlin' });
    expect(description(berlin)).toBe("DESCRIPTION:2026-10-19 07:00 to 2026-10-19 09:00 Europe/Berlin (UTC+02:00)\\; the schedule's 2026-10-19 10:30 to 2026-10-19 12:30 Asia/Kolkata (UTC+05:30)");
    const own = maintenanceWindowsToIcs(schedule, horizon);
    expect(description(own)).toBe('DESCRIPTION:2026-10-19 10:30 to 2026-10-19 12:30 Asia/Kolkata (UTC+05:30)');
    expect(berlin.match(/UID:.*/g)).toEqual(own.match(/UID:.*/g));
  });

  it('slakit windows --tz ZONE --ics describes each window in ZONE', () => {
    const run = cli(['windows', '--contract', 'uniphore', '--params', 'test/cli/fixtures/uniphore-params.json', '--region', 'US', '--from', '2026-10-19', '--weeks', '1', '--tz', 'America/New_York', '--ics', '--now', '2026-10-01T00:00:00Z']);
    expect(description(run.stdout)).toMatch(/^DESCRIPTION:2026-10-19 01:00 to 2026-10-19 03:00 America\/New_York \(UTC-04:00\)/);
  });
});
