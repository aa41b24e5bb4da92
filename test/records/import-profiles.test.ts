// Import profiles: plain data an app and the CLI share, read by readCases as the options they stand for.
import { describe, expect, it } from 'vitest';
import { type ImportProfile, importProfiles, readCases, serviceNowProfile, zendeskProfile } from '../../src/records/index.js';
import { expectSlaError } from '../expect-sla-error.js';

describe('import profiles', () => {
  it('each profile says which columns it reads: its column map and its derived times, nothing else', () => {
    for (const profile of Object.values(importProfiles)) {
      expect([...profile.reads].sort()).toEqual([...new Set([...Object.keys(profile.columns), ...profile.derived.map((d) => d.column)])].sort());
      expect(profile.source.url).toMatch(/^https:\/\//);
      expect(profile.leaves.length).toBeGreaterThan(0);
    }
  });

  it('Zendesk: the first reply is the opening plus "First reply time in minutes" (calendar minutes), in the account zone', () => {
    const [c] = [...readCases([{ Id: 7, Priority: 'Urgent', 'Created at': '2026-10-01 09:12:00', 'First reply time in minutes': '45', 'First reply time in minutes within business hours': '30', Organization: 'Acme' }], { profile: zendeskProfile, timeZone: 'America/New_York', severities: { Urgent: 1 } })];
    expect(c?.openedAt).toEqual(new Date('2026-10-01T13:12:00Z'));
    expect(c?.events).toEqual([{ type: 'responded', at: new Date('2026-10-01T13:57:00Z') }]);
    // The business minutes are the tool's own: carried for a cross-check, never the answer.
    expect(c?.attributes).toEqual({ Organization: 'Acme', 'First reply time in minutes within business hours': '30' });
  });

  it('a derived time gives way to the field’s own column when that holds an instant', () => {
    const [c] = [...readCases([{ Id: 1, Priority: 2, 'Created at': '2026-10-01 09:00', 'Solved at': '2026-10-02 10:00', 'Full resolution time in minutes': '5' }], { profile: zendeskProfile, timeZone: 'UTC' })];
    expect(c?.events).toEqual([{ type: 'resolution-notice', at: new Date('2026-10-02T10:00:00Z') }]);
  });

  it('Freshdesk hours after the opening name the instant when "Initial response time" is blank', () => {
    const [c] = [...readCases([{ 'Ticket ID': 3, Priority: 1, 'Created time': '2026-10-01 09:00:00', 'Initial response time': '', 'First response time (in hrs)': '1.5' }], { profile: importProfiles.freshdesk, timeZone: 'UTC' })];
    expect(c?.events).toEqual([{ type: 'responded', at: new Date('2026-10-01T10:30:00Z') }]);
  });

  it('a duration that is not a number is refused at its column', () => {
    const reader = readCases([{ Id: 1, Priority: 2, 'Created at': '2026-10-01 09:00', 'First reply time in minutes': 'soon' }], { profile: zendeskProfile, timeZone: 'UTC', onError: 'skip', firstRow: 2 });
    expect([...reader]).toEqual([]);
    expect(reader.summary.errors[0]?.message).toBe("INVALID_CASE: row 2, First reply time in minutes: 'soon' is not a number of minutes after the opening");
  });

  it('ServiceNow: "1 - Critical" is level 1 by the profile’s labels; the given labels win over the profile’s', () => {
    const rows = [{ number: 'INC1', priority: '1 - Critical', opened_at: '2026-10-01 09:00:00' }];
    expect([...readCases(rows, { profile: serviceNowProfile, timeZone: 'UTC' })][0]?.severity).toBe(1);
    expect([...readCases(rows, { profile: serviceNowProfile, timeZone: 'UTC', severities: { '1 - Critical': 2 } })][0]?.severity).toBe(2);
  });

  it('Jira: dates in dd/MMM/yy h:mm a in the exporting user’s zone, across a DST change (one policy)', () => {
    const rows = [
      { 'Issue id': '1', Priority: 1, Created: '25/Oct/26 1:30 AM' },
      { 'Issue id': '2', Priority: 1, Created: '29/Mar/26 1:30 AM' },
    ];
    const reader = readCases(rows, { profile: importProfiles.jira, timeZone: 'Europe/London' });
    const cases = [...reader];
    expect(cases.map((c) => c.openedAt)).toEqual([new Date('2026-10-25T00:30:00Z'), new Date('2026-03-29T01:30:00Z')]);
    expect([reader.summary.dstOverlaps, reader.summary.dstGaps]).toEqual([1, 1]);
  });

  it('--map’s library twin: a given column or date format overrides the profile’s', () => {
    const rows = [{ 'Issue id': '1', Priority: 1, Opened: '2026-10-01 09:00', Created: 'x' }];
    const [c] = [...readCases(rows, { profile: importProfiles.jira, columns: { Opened: 'openedAt' }, dateFormat: 'yyyy-MM-dd HH:mm', timeZone: 'UTC' })];
    expect(c?.openedAt).toEqual(new Date('2026-10-01T09:00:00Z'));
  });

  it('a profile whose times are UTC reads them so without a timeZone option', () => {
    const utc: ImportProfile = { ...zendeskProfile, name: 'utc-desk', inputTimeZone: 'UTC' };
    expect([...readCases([{ Id: 1, Priority: 1, 'Created at': '2026-10-01 09:00' }], { profile: utc })][0]?.openedAt).toEqual(new Date('2026-10-01T09:00:00Z'));
  });

  it('a date that is not in the given format is refused naming the format', () => {
    const reader = readCases([{ id: 1, severity: 1, openedAt: '2026/10/01' }], { dateFormat: 'dd/MMM/yy h:mm a', timeZone: 'UTC', onError: 'skip' });
    [...reader];
    expect(reader.summary.errors[0]?.message).toBe("INVALID_CASE: row 1, openedAt: '2026/10/01' is not in the date format 'dd/MMM/yy h:mm a' (nor ISO 8601)");
  });

  it('a derived duration is a number of digits (a fraction and blanks around allowed), at most 1e8 units; anything else is refused at its column', () => {
    const derived = [{ column: 'mins', field: 'respondedAt', unit: 'minutes', clock: 'calendar' }] as const;
    const read = (mins: string) => readCases([{ openedAt: '2026-10-01T00:00:00Z', severity: 1, mins }], { derived: [...derived], onError: 'skip' });
    const at = (mins: string): string | undefined => {
      const [c] = [...read(mins)];
      return (c?.events?.[0]?.at as Date | undefined)?.toISOString();
    };
    expect(at('90')).toBe('2026-10-01T01:30:00.000Z');
    expect(at('007')).toBe('2026-10-01T00:07:00.000Z');
    expect(at(' 90 ')).toBe('2026-10-01T01:30:00.000Z');
    expect(at('1.5')).toBe('2026-10-01T00:01:30.000Z');
    expect(at('100000000')).toBe(new Date(Date.parse('2026-10-01T00:00:00Z') + 1e8 * 60_000).toISOString());
    for (const bad of ['x', '-5', '1e3', '9a', '1000000000', '100000001']) {
      const reader = read(bad);
      expect([...reader]).toEqual([]);
      expect(reader.summary.errors[0]?.message).toContain(`mins: '${bad}' is not a number of minutes after the opening`);
    }
  });

  it('a bad profile or derived time is refused with its path', () => {
    expectSlaError(() => readCases([], { profile: { ...zendeskProfile, inputTimeZone: 'mars' as 'UTC' } }), 'INVALID_ARGUMENT', 'options.profile.inputTimeZone');
    expectSlaError(() => readCases([], { derived: [{ column: 'x', field: 'openedAt' as 'closedAt', unit: 'minutes', clock: 'calendar' }] }), 'INVALID_ARGUMENT', 'options.derived[0].field');
    expectSlaError(() => readCases([], { derived: [{ column: 'x', field: 'closedAt', unit: 'days' as 'hours', clock: 'calendar' }] }), 'INVALID_ARGUMENT', 'options.derived[0].unit');
    expectSlaError(() => readCases([], { derived: [{ column: 'x', field: 'closedAt', unit: 'hours', clock: 'wall' as 'calendar' }] }), 'INVALID_ARGUMENT', 'options.derived[0].clock');
    expectSlaError(() => readCases([], { derived: [{ column: '', field: 'closedAt', unit: 'hours', clock: 'calendar' }] }), 'INVALID_ARGUMENT', 'options.derived[0].column');
    expectSlaError(() => readCases([], { derived: 'x' as unknown as [] }), 'INVALID_ARGUMENT', 'options.derived');
    expectSlaError(() => readCases([], { profile: { ...zendeskProfile, derived: 'x' as unknown as [] } }), 'INVALID_ARGUMENT', 'options.profile.derived');
    expectSlaError(() => readCases([], { profile: { ...zendeskProfile, columns: { Id: 3 as unknown as string } } }), 'INVALID_ARGUMENT', 'options.profile.columns.Id');
    expectSlaError(() => readCases([], { dateFormat: 'HH:mm' }), 'INVALID_ARGUMENT', 'options.dateFormat');
  });
});

describe('date formats in the readers', () => {
  it('a pattern with an offset reads instants, whatever the timeZone option', () => {
    const [c] = [...readCases([{ id: 1, severity: 1, openedAt: '2026-10-01 09:00 +02:00' }], { dateFormat: 'yyyy-MM-dd HH:mm XXX', timeZone: 'America/New_York' })];
    expect(c?.openedAt).toEqual(new Date('2026-10-01T07:00:00Z'));
  });

  it('a cell in neither the format nor ISO 8601 with an offset falls back to ISO 8601', () => {
    const [c] = [...readCases([{ id: 1, severity: 1, openedAt: '2026-10-01T09:00:00Z' }], { dateFormat: 'dd/MMM/yy h:mm a' })];
    expect(c?.openedAt).toEqual(new Date('2026-10-01T09:00:00Z'));
  });

  it('readIncidents takes the date format too', async () => {
    const { readIncidents } = await import('../../src/records/index.js');
    const [incident] = [...readIncidents([{ start: '01/Oct/26 9:00 AM', end: '01/Oct/26 9:30 AM', cause: 'unplanned' }], { dateFormat: 'dd/MMM/yy h:mm a', timeZone: 'UTC' })];
    expect(incident?.start).toEqual(new Date('2026-10-01T09:00:00Z'));
  });
});
