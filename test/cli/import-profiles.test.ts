// --from, --date-format and --records-at: a tool's export read as it is, and a date format problem said once.
import { describe, expect, it } from 'vitest';
import { cli } from './in-process.js';

const CONTRACT = ['--contract', 'uniphore', '--params', 'test/cli/fixtures/uniphore-params.json', '--tz', 'America/New_York', '--now', '2026-11-02T12:00:00Z'];
const JIRA = ['Issue key,Issue id,Priority,Created,Resolved', 'SD-1,10001,High,01/Oct/26 6:09 AM,02/Oct/26 5:00 PM', 'SD-2,10002,High,01/Oct/26 7:09 AM,', 'SD-3,10003,High,01/Oct/26 8:09 AM,', ''].join('\n');
const MAP = ['--map', 'Issue id=id,Priority=severity,Created=openedAt,Resolved=resolutionNoticeAt'];

describe('a tool’s dates and columns read with one flag', () => {
  it('a date format problem is said once, with the format it looks like and the count of such rows', () => {
    const { code, stderr } = cli(['cases', '-', ...CONTRACT, ...MAP, '--input-tz', 'Europe/London'], JIRA);
    expect(code).toBe(1);
    expect(stderr).toContain("row 2, column Created: '01/Oct/26 6:09 AM' is not ISO 8601; it looks like `dd/MMM/yy h:mm a` (Jira): give --date-format or --from jira\n");
    expect(stderr).toContain('… and 2 more rows of column Created in that form\n');
    expect(stderr.match(/01\/Oct\/26/g)).toHaveLength(1);
  });

  it('every bad row is said or counted once: a date form said for its column even after the cap, other problems listed to the cap, the rest in "… and N more", across chunks', () => {
    // 600 rows with an unknown severity (more than are listed, over several chunks), then 200 with Jira's dates, in small chunks (each lists its own first problems).
    const rows = Array.from({ length: 800 }, (_, i) => (i >= 600 ? `SD-${i},${20000 + i},High,01/Oct/26 6:09 AM,` : `SD-${i},${20000 + i},P9,2026-10-01T06:09:00Z,`));
    process.env['SLAKIT_CHUNK_CHARS'] = String(1 << 12);
    try {
      const { code, stderr } = cli(['cases', '-', ...CONTRACT, ...MAP, '--input-tz', 'Europe/London'], ['Issue key,Issue id,Priority,Created,Resolved', ...rows, ''].join('\n'));
      expect(code).toBe(1);
      expect(stderr.match(/01\/Oct\/26/g)).toHaveLength(1);
      expect(stderr).toContain('… and 199 more rows of column Created in that form\n');
      const severities = stderr.split('\n').filter((line) => /^ {2}row \d+, column Priority: /.test(line)).length;
      expect(severities).toBeGreaterThan(50);
      expect(severities).toBeLessThan(600);
      expect(stderr).toContain(`\n  … and ${600 - severities} more\n`);
    } finally {
      delete process.env['SLAKIT_CHUNK_CHARS'];
    }
  });

  it('--date-format reads them, the same cases as --from jira', () => {
    const formatted = cli(['cases', '-', ...CONTRACT, ...MAP, '--input-tz', 'Europe/London', '--date-format', 'dd/MMM/yy h:mm a', '--json'], JIRA);
    const profiled = cli(['cases', '-', ...CONTRACT, '--from', 'jira', '--input-tz', 'Europe/London', '--json'], JIRA);
    expect(formatted.code).toBe(0);
    expect(profiled.code).toBe(0);
    expect(JSON.parse(profiled.stdout)).toEqual(JSON.parse(formatted.stdout));
    expect(JSON.parse(profiled.stdout).cases[0].openedAt).toBe('2026-10-01T05:09:00.000Z');
  });

  it('rows not in the given --date-format are said once per column, with their count', () => {
    const text = ['id,severity,openedAt', '1,2,2026/10/01', '2,2,2026/10/02', ''].join('\n');
    const { code, stderr } = cli(['cases', '-', ...CONTRACT, '--input-tz', 'UTC', '--date-format', 'dd/MMM/yy h:mm a'], text);
    expect(code).toBe(1);
    expect(stderr).toContain("column openedAt: 2 rows are not in the date format 'dd/MMM/yy h:mm a' (--date-format) nor ISO 8601 (first row 2: '2026/10/01')");
  });

  it('a bad --date-format or --from is a usage mistake naming the option', () => {
    const bad = cli(['cases', '-', ...CONTRACT, '--date-format', 'YYYY-MM-dd'], JIRA);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--date-format: INVALID_ARGUMENT: 'YYYY-MM-dd' uses Y or D");
    const tool = cli(['cases', '-', ...CONTRACT, '--from', 'remedy'], JIRA);
    expect(tool.code).toBe(2);
    expect(tool.stderr).toContain("--from: 'remedy' is not a tool slakit has a profile of; expected one of zendesk, jira, servicenow, freshdesk");
  });

  it('--map overrides a column of the profile', () => {
    const text = JIRA.replace('Issue id', 'Ticket');
    const { code, stdout } = cli(['cases', '-', ...CONTRACT, '--from', 'jira', '--map', 'Ticket=id', '--input-tz', 'Europe/London', '--json'], text);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).cases.map((c: { id: string }) => c.id)).toEqual(['10001', '10002', '10003']);
  });

  it('availability takes no --from (the profiles read cases)', () => {
    const { code, stderr } = cli(['availability', '-', '--contract', 'uniphore', '--month', '2026-10', '--from', 'servicenow'], '');
    expect(code).toBe(2);
    expect(stderr).toContain('from');
  });
});

describe('JSON exports: the records under a key of the top-level object', () => {
  const tickets = JSON.stringify({ tickets: [{ id: 1, severity: 2, openedAt: '2026-10-01T09:00:00Z' }], count: 1 });

  it('--records-at tickets reads { "tickets": [...] }', () => {
    const { code, stdout } = cli(['cases', '-', ...CONTRACT, '--records-at', 'tickets', '--json'], tickets);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).cases).toHaveLength(1);
  });

  it('without it, the object is refused with the key to give', () => {
    const { code, stderr } = cli(['cases', '-', ...CONTRACT], tickets);
    expect(code).toBe(1);
    expect(stderr).toContain("expected a JSON array of records, got an object with the keys tickets, count; --records-at tickets reads the records under 'tickets'");
  });

  it('a key the object lacks, or one that holds no list, is named', () => {
    expect(cli(['cases', '-', ...CONTRACT, '--records-at', 'issues'], tickets).stderr).toContain("the top-level object has no key 'issues' (--records-at); its keys are tickets, count");
    expect(cli(['cases', '-', ...CONTRACT, '--records-at', 'count'], tickets).stderr).toContain("'count' (--records-at) holds number, not an array of records");
  });

  it('the ServiceNow profile reads a JSONv2 export’s records', () => {
    const json = JSON.stringify({ records: [{ number: 'INC0010001', priority: '1 - Critical', opened_at: '2026-10-01 09:00:00', resolved_at: '2026-10-01 11:00:00' }] });
    const { code, stdout } = cli(['cases', '-', ...CONTRACT, '--from', 'servicenow', '--input-tz', 'Europe/London', '--json'], json);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).cases[0]).toMatchObject({ id: 'INC0010001', severity: 1, openedAt: '2026-10-01T08:00:00.000Z' });
  });
});

describe('a tool’s business minutes are a cross-check, not the answer', () => {
  const zendesk = [
    '\uFEFFId,Status,Priority,Created at,Solved at,Organization,First reply time in minutes,First reply time in minutes within business hours',
    '1,Solved,High,2026-10-01 09:12:00,2026-10-02 09:12:00,Acme,45,45',
    '2,Open,High,2026-10-05 09:12:00,,Acme,45,300',
    '',
  ].join('\n');
  const args = ['compliance', '-', ...CONTRACT, '--from', 'zendesk', '--input-tz', 'America/New_York', '--month', '2026-10'];

  it('rows where slakit’s business time and the tool’s disagree are reported on stderr and in JSON', () => {
    const { code, stdout, stderr } = cli([...args, '--json'], zendesk);
    expect(code).toBe(0);
    expect(stderr).toContain("cross-check: First reply time in minutes within business hours disagrees with slakit's business time on the case's calendar in 1 of 2 rows by more than one minute (row 3: slakit 45, the tool 300)");
    expect(JSON.parse(stdout).crossCheck).toEqual([{ column: 'First reply time in minutes within business hours', field: 'respondedAt', unit: 'minutes', checked: 2, disagreements: 1, examples: [{ where: 'row 3', slakit: 45, tool: 300 }] }]);
    // The answer uses the calendar minutes: both replies came 45 minutes after the opening.
    expect(JSON.parse(stdout)).toMatchObject({ total: 2, met: 2 });
  });

  it('the same figures with --jobs 2 (the cross-check merges over chunks)', () => {
    const one = cli([...args, '--json'], zendesk);
    const two = cli([...args, '--json', '--jobs', '2'], zendesk);
    expect(two.stdout).toBe(one.stdout);
  });
});
