import ICAL from 'ical.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maintenanceWindowsToIcs, renewalDeadlinesToIcs } from '../../src/ics/index.js';
import { fold, text } from '../../src/ics/ics-text.js';
import { createMaintenanceSchedule, maintenanceWindowsBetween, type MaintenanceScheduleSpec } from '../../src/maintenance/index.js';
import { uniphoreMaintenance } from '../../src/presets/index.js';
import { nonRenewalNoticeDeadline, renewalSchedule } from '../../src/renewal/index.js';
import { expectSlaError } from '../expect-sla-error.js';

const NOW = '2026-03-01T12:00:00Z';

interface ParsedEvent {
  uid: string;
  start: number | string;
  end: number | string;
  summary: string;
  description: string;
  stamp: number;
  triggerSeconds?: number;
}

/** Parses a feed with ical.js, an independent RFC 5545 parser. */
function parse(ics: string): { name: string | null; events: ParsedEvent[] } {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const events = calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    const moment = (t: ICAL.Time): number | string => (t.isDate ? t.toString() : t.toJSDate().getTime());
    const alarm = component.getFirstSubcomponent('valarm');
    const trigger = alarm?.getFirstPropertyValue('trigger') as ICAL.Duration | undefined;
    return {
      uid: event.uid,
      start: moment(event.startDate),
      end: moment(event.endDate),
      summary: event.summary,
      description: event.description,
      stamp: (component.getFirstPropertyValue('dtstamp') as ICAL.Time).toJSDate().getTime(),
      ...(trigger === undefined ? {} : { triggerSeconds: trigger.toSeconds() }),
    };
  });
  return { name: calendar.getFirstPropertyValue('x-wr-calname') as string | null, events };
}

/** Every line ends in CRLF and is at most 75 octets. */
function expectWellFormed(ics: string): void {
  expect(ics.endsWith('\r\n')).toBe(true);
  expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
}

describe('maintenanceWindowsToIcs', () => {
  it('each occurrence over the horizon is one event whose instants, read by ical.js, are those of maintenanceWindowsBetween', () => {
    const schedule = createMaintenanceSchedule(uniphoreMaintenance);
    const from = '2026-01-01T00:00:00Z';
    const to = '2027-01-01T00:00:00Z';
    const ics = maintenanceWindowsToIcs(schedule, { from, to, now: NOW, name: 'Uniphore maintenance' });
    expectWellFormed(ics);
    const { name, events } = parse(ics);
    expect(name).toBe('Uniphore maintenance');
    const occurrences = maintenanceWindowsBetween(schedule, from, to);
    expect(events.map((e) => [e.start, e.end])).toEqual(occurrences.map((o) => [o.start.getTime(), o.end.getTime()]));
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
    expect(events.every((e) => e.stamp === Date.parse(NOW))).toBe(true);
  });

  it('is exact through DST changes in the window’s own zone (New York, Lord Howe)', () => {
    for (const timeZone of ['America/New_York', 'Australia/Lord_Howe']) {
      const spec: MaintenanceScheduleSpec = { timeZone, windows: [{ id: 'sun', day: 'sun', start: '01:30', end: '03:30' }, { id: 'sat', day: 'sat', start: '23:00', end: '02:00', region: 'R' }] };
      const schedule = createMaintenanceSchedule(spec);
      const ics = maintenanceWindowsToIcs(schedule, { from: '2026-01-01T00:00:00Z', to: '2027-12-31T00:00:00Z', now: NOW });
      const occurrences = maintenanceWindowsBetween(schedule, '2026-01-01T00:00:00Z', '2027-12-31T00:00:00Z');
      expect(parse(ics).events.map((e) => [e.start, e.end])).toEqual(occurrences.map((o) => [o.start.getTime(), o.end.getTime()]));
    }
  });

  it('stable UIDs: two feeds over overlapping horizons give the same UID to the same occurrence', () => {
    const schedule = createMaintenanceSchedule(uniphoreMaintenance);
    const first = parse(maintenanceWindowsToIcs(schedule, { from: '2026-07-01T00:00:00Z', to: '2026-08-01T00:00:00Z', now: NOW })).events;
    const second = parse(maintenanceWindowsToIcs(schedule, { from: '2026-07-15T00:00:00Z', to: '2026-09-01T00:00:00Z', now: '2026-07-14T00:00:00Z' })).events;
    const byStart = new Map(first.map((e) => [`${e.start}|${e.summary}`, e.uid]));
    const shared = second.filter((e) => byStart.has(`${e.start}|${e.summary}`));
    expect(shared.length).toBeGreaterThan(5);
    for (const e of shared) expect(e.uid).toBe(byStart.get(`${e.start}|${e.summary}`));
    // A window moved to another time of the same day keeps its UIDs.
    const moved = createMaintenanceSchedule({ ...uniphoreMaintenance, windows: uniphoreMaintenance.windows.map((w) => ({ ...w, start: '09:00', end: '10:00' })) });
    const after = parse(maintenanceWindowsToIcs(moved, { from: '2026-07-01T00:00:00Z', to: '2026-08-01T00:00:00Z', now: NOW })).events;
    expect(after.map((e) => e.uid).sort()).toEqual(first.map((e) => e.uid).sort());
  });

  it('a window without an id is keyed by its region and start time; the summary carries region and label, escaped', () => {
    const schedule = createMaintenanceSchedule({ timeZone: 'Asia/Kolkata', windows: [{ day: 'wed', start: '21:00', end: '01:00', label: 'Patching; DB, network\nand storage — «critical» 🔧 work that runs well past the seventy-five octet line limit' }, { region: 'EU', day: 'wed', start: '08:00', end: '10:30' }] });
    const ics = maintenanceWindowsToIcs(schedule, { from: '2026-07-01T00:00:00Z', to: '2026-07-09T00:00:00Z', now: NOW, uidDomain: 'example.com' });
    expectWellFormed(ics);
    const events = parse(ics).events;
    expect(events.map((e) => e.uid)).toEqual(['maintenance-EU-08%3A00-2026-07-01@example.com', 'maintenance-window-21%3A00-2026-07-01@example.com', 'maintenance-EU-08%3A00-2026-07-08@example.com', 'maintenance-window-21%3A00-2026-07-08@example.com']);
    expect(events[0]?.summary).toBe('Maintenance window (EU)');
    expect(events[1]?.summary).toBe('Maintenance window: Patching; DB, network\nand storage — «critical» 🔧 work that runs well past the seventy-five octet line limit');
    expect(events[1]?.description).toBe('2026-07-01 21:00 to 2026-07-02 01:00 Asia/Kolkata (UTC+05:30)');
  });

  it('only the chosen region; an empty horizon gives an empty calendar', () => {
    const schedule = createMaintenanceSchedule(uniphoreMaintenance);
    const events = parse(maintenanceWindowsToIcs(schedule, { from: '2026-07-01T00:00:00Z', to: '2026-08-01T00:00:00Z', region: 'UK', now: NOW })).events;
    expect(events.length).toBe(5);
    expect(events.every((e) => e.summary === 'Maintenance window (UK)')).toBe(true);
    const empty = maintenanceWindowsToIcs(schedule, { from: 0, to: 0, now: NOW });
    expect(empty).toBe('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//slakit//slakit//EN\r\nCALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\nEND:VCALENDAR\r\n');
  });

  it('rejects a missing now, bad options, an unknown region, a bad horizon', () => {
    const schedule = createMaintenanceSchedule(uniphoreMaintenance);
    const horizon = { from: '2026-07-01T00:00:00Z', to: '2026-08-01T00:00:00Z' };
    expectSlaError(() => maintenanceWindowsToIcs(schedule, horizon as never), 'INVALID_ARGUMENT', 'options.now');
    expectSlaError(() => maintenanceWindowsToIcs(schedule, { ...horizon, now: 'then' }), 'INVALID_DATE', 'options.now');
    expectSlaError(() => maintenanceWindowsToIcs(schedule, { ...horizon, now: NOW, name: '' }), 'INVALID_ARGUMENT', 'options.name');
    expectSlaError(() => maintenanceWindowsToIcs(schedule, { ...horizon, now: NOW, uidDomain: 'a b' }), 'INVALID_ARGUMENT', 'options.uidDomain');
    expectSlaError(() => maintenanceWindowsToIcs(schedule, { ...horizon, now: NOW, zone: 'UTC' } as never), 'INVALID_ARGUMENT', 'options.zone');
    expectSlaError(() => maintenanceWindowsToIcs(schedule, { ...horizon, now: NOW, region: 'Mars' }), 'INVALID_ARGUMENT');
    expectSlaError(() => maintenanceWindowsToIcs(schedule, { from: horizon.to, to: horizon.from, now: NOW }), 'INVALID_INTERVAL', 'to');
  });
});

describe('renewalDeadlinesToIcs', () => {
  const terms = renewalSchedule({ feeMinor: 1_200_000, start: '2026-03-15', renewals: [{ cpi: 0.031 }, { cpi: 0.0612 }] });

  it('each term’s notice deadline is an all-day event with a reminder N days before, read back by ical.js', () => {
    const ics = renewalDeadlinesToIcs(terms, { contract: 'Acme, Inc.', reminderDays: 30, now: NOW, name: 'Renewals' });
    expectWellFormed(ics);
    const { name, events } = parse(ics);
    expect(name).toBe('Renewals');
    expect(events.map((e) => [e.uid, e.start, e.end, e.triggerSeconds])).toEqual([
      ['renewal-notice-Acme%2C%20Inc.-term-1@slakit', '2027-01-13', '2027-01-14', -30 * 86_400],
      ['renewal-notice-Acme%2C%20Inc.-term-2@slakit', '2028-01-14', '2028-01-15', -30 * 86_400],
      ['renewal-notice-Acme%2C%20Inc.-term-3@slakit', '2029-01-13', '2029-01-14', -30 * 86_400],
    ]);
    expect(events.map((e) => e.start)).toEqual(terms.map((t) => nonRenewalNoticeDeadline(t.end)));
    expect(events[0]?.summary).toBe('Acme, Inc.: last day for a Non-Renewal Notice (term 1 ends 2027-03-14)');
  });

  it('the same contract and term keep their UID when the deadlines move (a 90-day notice period)', () => {
    const later = renewalSchedule({ feeMinor: 1_200_000, start: '2026-03-15', renewals: [{ cpi: 0.031 }, { cpi: 0.0612 }], noticeDays: 90 });
    const a = parse(renewalDeadlinesToIcs(terms, { now: NOW })).events;
    const b = parse(renewalDeadlinesToIcs(later, { now: NOW })).events;
    expect(b.map((e) => e.uid)).toEqual(a.map((e) => e.uid));
    expect(b.map((e) => e.start)).toEqual(['2026-12-14', '2027-12-15', '2028-12-14']);
    expect(a.every((e) => e.triggerSeconds === -14 * 86_400)).toBe(true);
    expect(parse(renewalDeadlinesToIcs(terms.slice(0, 1), { now: NOW, reminderDays: 0 })).events[0]?.triggerSeconds).toBe(0);
  });

  it('rejects bad terms and options', () => {
    expectSlaError(() => renewalDeadlinesToIcs('terms' as never, { now: NOW }), 'INVALID_ARGUMENT', 'terms');
    expectSlaError(() => renewalDeadlinesToIcs([{ term: 0, end: '2027-03-14', noticeDeadline: '2027-01-13' }], { now: NOW }), 'INVALID_ARGUMENT', 'terms[0].term');
    expectSlaError(() => renewalDeadlinesToIcs([{ term: 1, end: '2027-03-14', noticeDeadline: '2027-02-30' }], { now: NOW }), 'INVALID_DATE', 'terms[0].noticeDeadline');
    expectSlaError(() => renewalDeadlinesToIcs([null as never], { now: NOW }), 'INVALID_ARGUMENT', 'terms[0]');
    expectSlaError(() => renewalDeadlinesToIcs(terms, { now: NOW, reminderDays: 1.5 }), 'INVALID_ARGUMENT', 'options.reminderDays');
    expectSlaError(() => renewalDeadlinesToIcs(terms, { now: NOW, contract: '' }), 'INVALID_ARGUMENT', 'options.contract');
  });
});

describe('the iCalendar text writer', () => {
  it('folds at 75 octets without splitting a UTF-8 character, and unfolding gives the line back', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (value) => {
        const line = `DESCRIPTION:${text(value)}`;
        const folded = fold(line);
        for (const part of folded.split('\r\n')) expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
        expect(folded.replace(/\r\n /g, '')).toBe(line);
      }),
    );
  });

  it('escapes backslash, semicolon, comma and newlines in TEXT', () => {
    expect(text('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });
});
