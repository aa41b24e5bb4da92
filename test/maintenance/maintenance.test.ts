import { describe, expect, it } from 'vitest';
import {
  checkAdvanceNotice,
  createMaintenanceSchedule,
  describeWindow,
  hasAdvanceNotice,
  maintenanceWindowAt,
  maintenanceWindowsBetween,
  type MaintenanceScheduleSpec,
  nextMaintenanceWindow,
  type NoticeRule,
  type WindowOccurrence,
} from '../../src/maintenance/index.js';
import { uniphoreMaintenance } from '../../src/presets/index.js';
import { expectSlaError } from '../expect-sla-error.js';

const H = 3_600_000;
const uniphore = createMaintenanceSchedule(uniphoreMaintenance);
const span = (w: WindowOccurrence | null): [string, string] | null => (w === null ? null : [w.start.toISOString(), w.end.toISOString()]);


describe('a schedule is plain data, validated and compiled once', () => {
  it('copies the spec: changing it later changes nothing, and JSON gives it back', () => {
    const spec = { timeZone: 'UTC', windows: [{ id: 'a', region: 'EU', day: 'mon' as const, start: '01:00', end: '02:00', label: 'x' }] };
    const schedule = createMaintenanceSchedule(spec);
    spec.windows[0]!.start = '05:00';
    expect(JSON.parse(JSON.stringify(schedule))).toEqual({ timeZone: 'UTC', windows: [{ id: 'a', region: 'EU', day: 'mon', start: '01:00', end: '02:00', label: 'x' }] });
    const json = schedule.toJSON();
    (json.windows as unknown as { start: string }[])[0]!.start = '09:00';
    expect(schedule.toJSON().windows[0]?.start).toBe('01:00');
    expect(maintenanceWindowAt(schedule, '2026-07-06T01:30:00Z')?.id).toBe('a');
    expect(Object.isFrozen(schedule)).toBe(true);
  });

  it('lists its regions in the order they first appear', () => {
    expect(uniphore.regions).toEqual(['India', 'Australia', 'US', 'EU', 'UK']);
    expect(createMaintenanceSchedule({ timeZone: 'UTC', windows: [{ day: 'mon', start: '01:00', end: '02:00' }] }).regions).toEqual([]);
  });
});

describe('a window whose end is not after its start crosses midnight', () => {
  it('the India window, Monday 23:30 – Tuesday 01:30 IST, ends on Tuesday', () => {
    const w = nextMaintenanceWindow(uniphore, '2026-07-06T00:00:00+05:30', { region: 'India' });
    expect(span(w)).toEqual(['2026-07-06T18:00:00.000Z', '2026-07-06T20:00:00.000Z']);
    expect(describeWindow(w, 'Asia/Kolkata')).toEqual({
      timeZone: 'Asia/Kolkata',
      startDate: '2026-07-06',
      startDay: 'mon',
      start: '23:30',
      endDate: '2026-07-07',
      endDay: 'tue',
      end: '01:30',
      utcOffset: '+05:30',
      endUtcOffset: '+05:30',
    });
    // Tuesday 00:30 IST is inside Monday's window.
    expect(maintenanceWindowAt(uniphore, '2026-07-07T00:30:00+05:30', { region: 'India' })?.region).toBe('India');
  });

  it("'24:00' is the next midnight and '00:00'–'24:00' is a whole day", () => {
    const s = createMaintenanceSchedule({ timeZone: 'UTC', windows: [{ day: 'fri', start: '00:00', end: '24:00' }, { day: 'sun', start: '22:00', end: '24:00' }] });
    expect(span(nextMaintenanceWindow(s, '2026-07-01T00:00:00Z'))).toEqual(['2026-07-03T00:00:00.000Z', '2026-07-04T00:00:00.000Z']);
    expect(span(nextMaintenanceWindow(s, '2026-07-04T00:00:00Z'))).toEqual(['2026-07-05T22:00:00.000Z', '2026-07-06T00:00:00.000Z']);
  });

  it('an occurrence over New Year is one window, not two pieces', () => {
    const s = createMaintenanceSchedule({ timeZone: 'UTC', windows: [{ day: 'thu', start: '23:00', end: '01:00' }] });
    expect(span(maintenanceWindowAt(s, '2027-01-01T00:30:00Z'))).toEqual(['2026-12-31T23:00:00.000Z', '2027-01-01T01:00:00.000Z']);
    expect(span(maintenanceWindowAt(s, '2026-12-31T23:30:00Z'))).toEqual(['2026-12-31T23:00:00.000Z', '2027-01-01T01:00:00.000Z']);
    expect(maintenanceWindowsBetween(s, '2026-12-31T00:00:00Z', '2027-01-02T00:00:00Z').map(span)).toEqual([['2026-12-31T23:00:00.000Z', '2027-01-01T01:00:00.000Z']]);
  });
});

describe('windows keep their identity (EU and UK share one window)', () => {
  it('maintenanceWindowsBetween returns both, EU first as listed', () => {
    const found = maintenanceWindowsBetween(uniphore, '2026-07-08T00:00:00Z', '2026-07-09T00:00:00Z');
    expect(found).toEqual([
      { start: new Date('2026-07-08T02:30:00Z'), end: new Date('2026-07-08T05:00:00Z'), id: 'eu', region: 'EU' },
      { start: new Date('2026-07-08T02:30:00Z'), end: new Date('2026-07-08T05:00:00Z'), id: 'uk', region: 'UK' },
    ]);
  });

  it('maintenanceWindowAt returns the one that started first, then the one listed first; a region selects', () => {
    expect(maintenanceWindowAt(uniphore, '2026-07-08T03:00:00Z')?.region).toBe('EU');
    expect(maintenanceWindowAt(uniphore, '2026-07-08T03:00:00Z', { region: 'UK' })?.region).toBe('UK');
    const s = createMaintenanceSchedule({
      timeZone: 'UTC',
      windows: [
        { id: 'late', day: 'mon', start: '02:00', end: '04:00' },
        { id: 'early', day: 'mon', start: '01:00', end: '03:00' },
      ],
    });
    expect(maintenanceWindowAt(s, '2026-07-06T02:30:00Z')?.id).toBe('early');
    expect(maintenanceWindowAt(s, '2026-07-06T03:30:00Z')?.id).toBe('late');
  });

  it('a label is copied to every occurrence', () => {
    const s = createMaintenanceSchedule({ timeZone: 'UTC', windows: [{ day: 'mon', start: '01:00', end: '02:00', label: 'patching' }] });
    expect(maintenanceWindowAt(s, '2026-07-06T01:00:00Z')).toEqual({ start: new Date('2026-07-06T01:00:00Z'), end: new Date('2026-07-06T02:00:00Z'), label: 'patching' });
  });
});

describe('maintenanceWindowAt: occurrences are half-open', () => {
  it('contains its start, not its end', () => {
    expect(maintenanceWindowAt(uniphore, '2026-07-08T08:00:00+05:30', { region: 'EU' })?.id).toBe('eu');
    expect(maintenanceWindowAt(uniphore, '2026-07-08T10:29:59.999+05:30', { region: 'EU' })?.id).toBe('eu');
    expect(maintenanceWindowAt(uniphore, '2026-07-08T10:30:00+05:30', { region: 'EU' })).toBeNull();
    expect(maintenanceWindowAt(uniphore, '2026-07-08T07:59:59.999+05:30', { region: 'EU' })).toBeNull();
  });

  it('accepts a Date and epoch ms', () => {
    const at = Date.parse('2026-07-08T03:00:00Z');
    expect(maintenanceWindowAt(uniphore, at)?.id).toBe('eu');
    expect(maintenanceWindowAt(uniphore, new Date(at))?.id).toBe('eu');
  });
});

describe('nextMaintenanceWindow: the earliest start at or after the instant', () => {
  it('a window starting exactly then is next; one in progress is not', () => {
    expect(nextMaintenanceWindow(uniphore, '2026-07-08T02:30:00Z', { region: 'EU' }).start.toISOString()).toBe('2026-07-08T02:30:00.000Z');
    expect(nextMaintenanceWindow(uniphore, '2026-07-08T02:30:00.001Z', { region: 'EU' }).start.toISOString()).toBe('2026-07-15T02:30:00.000Z');
  });

  it('of windows starting together, the one listed first', () => {
    expect(nextMaintenanceWindow(uniphore, '2026-07-07T00:00:00Z').id).toBe('eu');
  });

  it('no window within 50 years (the end of Date) → NO_OPEN_TIME', () => {
    expectSlaError(() => nextMaintenanceWindow(uniphore, 8.64e15), 'NO_OPEN_TIME');
  });

  it('an occurrence that would end past the range of Date → NO_OPEN_TIME, never an Invalid Date', () => {
    const days = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
    const nightly = createMaintenanceSchedule({ timeZone: 'UTC', windows: days.map((day) => ({ day, start: '23:00', end: '01:00' })) });
    expectSlaError(() => maintenanceWindowAt(nightly, 8.64e15 - 30 * 60_000), 'NO_OPEN_TIME');
  });
});

describe('maintenanceWindowsBetween: whole occurrences that overlap [from, to)', () => {
  it('includes the window in progress at from, whole; excludes one starting at to', () => {
    const found = maintenanceWindowsBetween(uniphore, '2026-07-08T03:00:00Z', '2026-07-13T05:00:00Z', { region: 'EU' });
    expect(found.map(span)).toEqual([['2026-07-08T02:30:00.000Z', '2026-07-08T05:00:00.000Z']]);
    const us = maintenanceWindowsBetween(uniphore, '2026-07-06T07:00:00Z', '2026-07-20T05:00:00Z', { region: 'US' });
    expect(us.map(span)).toEqual([['2026-07-13T05:00:00.000Z', '2026-07-13T07:00:00.000Z']]);
  });

  it('a month of the five Uniphore windows, in order', () => {
    const july = maintenanceWindowsBetween(uniphore, '2026-07-01T00:00:00+05:30', '2026-08-01T00:00:00+05:30');
    expect(july).toHaveLength(4 * 3 + 5 * 2); // 4 Mondays × 3 windows, 5 Wednesdays × 2
    expect(july.map((w) => w.start.getTime())).toEqual([...july.map((w) => w.start.getTime())].sort((a, b) => a - b));
  });

  it('an empty range has none; to before from → INVALID_INTERVAL', () => {
    expect(maintenanceWindowsBetween(uniphore, '2026-07-08T03:00:00Z', '2026-07-08T03:00:00Z')).toEqual([]);
    expectSlaError(() => maintenanceWindowsBetween(uniphore, '2026-07-08T03:00:00Z', '2026-07-08T02:00:00Z'), 'INVALID_INTERVAL', 'to');
  });
});

describe('windows follow the DST policy of the calendar engine', () => {
  const ny: MaintenanceScheduleSpec = { timeZone: 'America/New_York', windows: [{ id: 'night', day: 'sun', start: '01:30', end: '02:30' }] };
  const s = createMaintenanceSchedule(ny);

  it('an end in the spring gap moves forward: 01:30 EST – 03:30 EDT is one hour', () => {
    expect(span(nextMaintenanceWindow(s, '2026-03-07T00:00:00Z'))).toEqual(['2026-03-08T06:30:00.000Z', '2026-03-08T07:30:00.000Z']);
  });

  it('a repeated wall time takes the earlier instant: 01:30 EDT – 02:30 EST is two hours', () => {
    const w = nextMaintenanceWindow(s, '2026-10-31T00:00:00Z');
    expect(span(w)).toEqual(['2026-11-01T05:30:00.000Z', '2026-11-01T07:30:00.000Z']);
    expect(describeWindow(w, 'America/New_York')).toMatchObject({ start: '01:30', end: '02:30', utcOffset: '-04:00', endUtcOffset: '-05:00' });
  });

  it('a window wholly inside the gap is skipped that week', () => {
    const gap = createMaintenanceSchedule({ timeZone: 'America/New_York', windows: [{ day: 'sun', start: '02:00', end: '03:00' }] });
    expect(nextMaintenanceWindow(gap, '2026-03-07T00:00:00Z').start.toISOString()).toBe('2026-03-15T06:00:00.000Z');
  });
});

describe('describeWindow: wall times in any zone, DST applied on that date', () => {
  it('the US window is 01:00–03:00 EDT in July and 00:00–02:00 EST in December', () => {
    const july = describeWindow(nextMaintenanceWindow(uniphore, '2026-07-01T00:00:00Z', { region: 'US' }), 'America/New_York');
    expect(july).toEqual({ timeZone: 'America/New_York', startDate: '2026-07-06', startDay: 'mon', start: '01:00', endDate: '2026-07-06', endDay: 'mon', end: '03:00', utcOffset: '-04:00', endUtcOffset: '-04:00' });
    const december = describeWindow(nextMaintenanceWindow(uniphore, '2026-12-01T00:00:00Z', { region: 'US' }), 'America/New_York');
    expect(december).toEqual({ timeZone: 'America/New_York', startDate: '2026-12-07', startDay: 'mon', start: '00:00', endDate: '2026-12-07', endDay: 'mon', end: '02:00', utcOffset: '-05:00', endUtcOffset: '-05:00' });
  });

  it('the start can fall on another weekday in another zone', () => {
    const w = nextMaintenanceWindow(uniphore, '2026-07-01T00:00:00Z', { region: 'US' });
    expect(describeWindow(w, 'Pacific/Honolulu')).toMatchObject({ startDate: '2026-07-05', startDay: 'sun', start: '19:00', end: '21:00', utcOffset: '-10:00' });
  });

  it('shows seconds and milliseconds only when they are not zero', () => {
    const d = describeWindow({ start: new Date('2026-07-06T01:02:03Z'), end: new Date('2026-07-06T01:02:03.456Z') }, 'UTC');
    expect([d.start, d.end]).toEqual(['01:02:03', '01:02:03.456']);
    expect(describeWindow({ start: new Date(0), end: new Date(0) }, 'Asia/Kathmandu')).toMatchObject({ start: '05:30', utcOffset: '+05:30' });
  });

  it('bad input', () => {
    const w = nextMaintenanceWindow(uniphore, '2026-07-01T00:00:00Z');
    expectSlaError(() => describeWindow(w, 'Mars/Olympus_Mons'), 'INVALID_TIME_ZONE');
    expectSlaError(() => describeWindow(null as unknown as WindowOccurrence, 'UTC'), 'INVALID_ARGUMENT', 'occurrence');
    expectSlaError(() => describeWindow({ start: new Date(NaN), end: new Date(0) }, 'UTC'), 'INVALID_DATE', 'occurrence.start');
    expectSlaError(() => describeWindow({ start: new Date(1), end: new Date(0) }, 'UTC'), 'INVALID_ARGUMENT', 'occurrence.end');
  });
});

const DAY_MS = 86_400_000;
const BEST_EFFORT_WEEK: NoticeRule = { kind: 'best-effort', upTo: { weeks: 1 } };

describe('notice rules: what a contract promises about notice before maintenance', () => {
  it('Uniphore Support SLAs, "Uniphore Cloud (X-Platform)": "will endeavor to provide up to one week advance notice" is best-effort, so three days is no violation', () => {
    expect(uniphoreMaintenance.notice).toEqual(BEST_EFFORT_WEEK);
    expect(uniphore.notice).toEqual(BEST_EFFORT_WEEK);
    expect(hasAdvanceNotice('2026-07-05T05:00:00Z', '2026-07-08T05:00:00Z', uniphore.notice)).toBe(true);
    expect(checkAdvanceNotice('2026-07-05T05:00:00Z', '2026-07-08T05:00:00Z', uniphore.notice)).toEqual({
      promised: 'best-effort',
      lead: 3 * DAY_MS,
      promisedLead: 7 * DAY_MS,
      met: true,
      shortBy: 4 * DAY_MS,
    });
    // A notice after the start breaks no endeavour either; a full week falls short by nothing.
    expect(checkAdvanceNotice('2026-07-08T06:00:00Z', '2026-07-08T05:00:00Z', BEST_EFFORT_WEEK)).toMatchObject({ lead: -3_600_000, met: true, shortBy: 7 * DAY_MS + 3_600_000 });
    expect(checkAdvanceNotice('2026-06-20T05:00:00Z', '2026-07-08T05:00:00Z', BEST_EFFORT_WEEK).shortBy).toBe(0);
  });

  it("a minimum: exactly the minimum is enough, a millisecond less is not, a notice after the start never counts", () => {
    const week: NoticeRule = { kind: 'minimum', atLeast: { days: 7 } };
    expect(hasAdvanceNotice('2026-07-01T05:00:00Z', '2026-07-08T05:00:00Z', week)).toBe(true);
    expect(hasAdvanceNotice('2026-07-01T05:00:00.001Z', '2026-07-08T05:00:00Z', week)).toBe(false);
    expect(checkAdvanceNotice('2026-07-05T05:00:00Z', '2026-07-08T05:00:00Z', week)).toEqual({ promised: 'minimum', lead: 3 * DAY_MS, promisedLead: 7 * DAY_MS, met: false, shortBy: 4 * DAY_MS });
    expect(hasAdvanceNotice('2026-07-08T06:00:00Z', '2026-07-08T05:00:00Z', { kind: 'minimum', atLeast: 0 })).toBe(false);
    expect(hasAdvanceNotice('2026-07-08T05:00:00Z', new Date('2026-07-08T05:00:00Z'), { kind: 'minimum', atLeast: 'PT0S' })).toBe(true);
  });

  it('a bare duration is shorthand for a minimum (as before)', () => {
    expect(hasAdvanceNotice('2026-07-07T05:00:00Z', '2026-07-08T05:00:00Z', 'PT24H')).toBe(true);
    expect(hasAdvanceNotice('2026-07-07T05:00:01Z', '2026-07-08T05:00:00Z', { days: 1 })).toBe(false);
    expect(hasAdvanceNotice('2026-07-08T06:00:00Z', '2026-07-08T05:00:00Z', 0)).toBe(false);
    expect(hasAdvanceNotice('2026-07-08T05:00:00Z', new Date('2026-07-08T05:00:00Z'), 0)).toBe(true);
  });

  it('none: nothing promised, nothing missed; a schedule without a notice rule promises none', () => {
    expect(checkAdvanceNotice('2026-07-08T06:00:00Z', '2026-07-08T05:00:00Z', { kind: 'none' })).toEqual({ promised: 'none', lead: -3_600_000, promisedLead: null, met: true, shortBy: 0 });
    const plain = createMaintenanceSchedule({ timeZone: 'UTC', windows: [{ day: 'mon', start: '01:00', end: '02:00' }] });
    expect(plain.notice).toEqual({ kind: 'none' });
    expect(plain.toJSON()).not.toHaveProperty('notice');
  });

  it('a schedule keeps its notice rule: copied, frozen, and given back by toJSON', () => {
    const upTo = { days: 3 };
    const spec: MaintenanceScheduleSpec = { timeZone: 'UTC', windows: [{ day: 'mon', start: '01:00', end: '02:00' }], notice: { kind: 'best-effort', upTo } };
    const schedule = createMaintenanceSchedule(spec);
    upTo.days = 99;
    expect(schedule.notice).toEqual({ kind: 'best-effort', upTo: { days: 3 } });
    expect(Object.isFrozen(schedule.notice)).toBe(true);
    expect(JSON.parse(JSON.stringify(schedule))).toEqual({ ...spec, notice: { kind: 'best-effort', upTo: { days: 3 } } });
  });

  it('bad input', () => {
    expectSlaError(() => hasAdvanceNotice('2026-07-01', '2026-07-08T05:00:00Z', 0), 'INVALID_DATE', 'noticeAt');
    expectSlaError(() => hasAdvanceNotice('2026-07-01T00:00:00Z', 'x', 0), 'INVALID_DATE', 'windowStart');
    expectSlaError(() => hasAdvanceNotice('2026-07-01T00:00:00Z', '2026-07-08T05:00:00Z', -1), 'INVALID_DURATION', 'rule.atLeast');
    expectSlaError(() => (hasAdvanceNotice as (a: string, b: string) => boolean)('2026-07-01T00:00:00Z', '2026-07-08T05:00:00Z'), 'INVALID_ARGUMENT', 'rule');
    expectSlaError(() => checkAdvanceNotice(0, 1, { kind: 'soon' } as never), 'INVALID_ARGUMENT', 'rule');
    expectSlaError(() => checkAdvanceNotice(0, 1, { kind: 'minimum' } as never), 'INVALID_ARGUMENT', 'rule.atLeast');
    expectSlaError(() => checkAdvanceNotice(0, 1, { kind: 'best-effort', upTo: 'a week' }), 'INVALID_DURATION', 'rule.upTo');
    expectSlaError(() => checkAdvanceNotice(0, 1, { kind: 'none', upTo: 1 } as never), 'INVALID_ARGUMENT', 'rule.upTo');
    expectSlaError(() => checkAdvanceNotice(0, 1, { kind: 'minimum', atLeast: 1, upTo: 2 } as never), 'INVALID_ARGUMENT', 'rule.upTo');
    const windows = [{ day: 'mon' as const, start: '01:00', end: '02:00' }];
    expectSlaError(() => createMaintenanceSchedule({ timeZone: 'UTC', windows, notice: 'one week' as never }), 'INVALID_SCHEDULE', 'notice');
    expectSlaError(() => createMaintenanceSchedule({ timeZone: 'UTC', windows, notice: { kind: 'best-effort' } as never }), 'INVALID_SCHEDULE', 'notice.upTo');
    expectSlaError(() => createMaintenanceSchedule({ timeZone: 'UTC', windows, notice: { kind: 'minimum', atLeast: -5 } }), 'INVALID_DURATION', 'notice.atLeast');
  });
});

describe('bad input', () => {
  const window = { day: 'mon', start: '01:00', end: '02:00' };
  const bad = (spec: unknown, path: string): void => expectSlaError(() => createMaintenanceSchedule(spec as MaintenanceScheduleSpec), 'INVALID_SCHEDULE', path);

  it('a window with start === end → INVALID_SCHEDULE', () => {
    bad({ timeZone: 'UTC', windows: [window, { day: 'tue', start: '02:00', end: '02:00' }] }, 'windows[1]');
    bad({ timeZone: 'UTC', windows: [{ day: 'tue', start: '00:00', end: '00:00' }] }, 'windows[0]');
  });

  it.each([
    [{ timeZone: 'Mars/Base', windows: [window] }, 'timeZone'],
    [{ timeZone: 'UTC', windows: [] }, 'windows'],
    [{ timeZone: 'UTC', windows: 'mon' }, 'windows'],
    [{ timeZone: 'UTC' }, 'windows'],
    [{ timeZone: 'UTC', windows: [{ ...window, day: 'monday' }] }, 'windows[0].day'],
    [{ timeZone: 'UTC', windows: [{ ...window, start: '25:00' }] }, 'windows[0].start'],
    [{ timeZone: 'UTC', windows: [{ ...window, start: '24:00' }] }, 'windows[0].start'],
    [{ timeZone: 'UTC', windows: [{ ...window, end: '8am' }] }, 'windows[0].end'],
    [{ timeZone: 'UTC', windows: [{ ...window, region: '' }] }, 'windows[0].region'],
    [{ timeZone: 'UTC', windows: [{ ...window, id: 7 }] }, 'windows[0].id'],
    [{ timeZone: 'UTC', windows: [{ ...window, label: null }] }, 'windows[0].label'],
    [{ timeZone: 'UTC', windows: [{ ...window, id: 'a' }, { ...window, day: 'tue', id: 'a' }] }, 'windows[1].id'],
    [{ timeZone: 'UTC', windows: [{ ...window, zone: 'UTC' }] }, 'windows[0].zone'],
    [{ timeZone: 'UTC', windows: [window], extra: 1 }, 'spec.extra'],
    [{ timeZone: 'UTC', windows: [JSON.parse('{"__proto__": 1, "day": "mon", "start": "01:00", "end": "02:00"}')] }, 'windows[0].__proto__'],
    [{ timeZone: 'UTC', windows: ['mon 01:00'] }, 'windows[0]'],
    [{ timeZone: 'UTC', windows: [new Date()] }, 'windows[0]'],
    [null, 'spec'],
    [[], 'spec'],
  ])('%j → INVALID_SCHEDULE at %s', (spec, path) => bad(spec, path));

  it('an unknown region → INVALID_ARGUMENT naming the known ones', () => {
    expectSlaError(() => maintenanceWindowAt(uniphore, 0, { region: 'Mars' }), 'INVALID_ARGUMENT', 'options.region');
    expect(() => nextMaintenanceWindow(uniphore, 0, { region: 'eu' })).toThrow(/expected one of India, Australia, US, EU, UK/);
    const plain = createMaintenanceSchedule({ timeZone: 'UTC', windows: [window as never] });
    expect(() => maintenanceWindowsBetween(plain, 0, 1, { region: 'EU' })).toThrow(/no window of the schedule names a region/);
    expectSlaError(() => maintenanceWindowAt(uniphore, 0, { region: 5 as unknown as string }), 'INVALID_ARGUMENT', 'options.region');
  });

  it('options that are not an object, a schedule that is not one, a bad instant', () => {
    expectSlaError(() => maintenanceWindowAt(uniphore, 0, 'EU' as never), 'INVALID_ARGUMENT', 'options');
    expectSlaError(() => maintenanceWindowAt(uniphoreMaintenance as never, 0), 'INVALID_ARGUMENT', 'schedule');
    expectSlaError(() => nextMaintenanceWindow(null as never, 0), 'INVALID_ARGUMENT', 'schedule');
    expectSlaError(() => maintenanceWindowAt(uniphore, '2026-07-08T03:00'), 'INVALID_DATE', 'at');
    expectSlaError(() => maintenanceWindowsBetween(uniphore, NaN, 0), 'INVALID_DATE', 'from');
    expectSlaError(() => maintenanceWindowsBetween(uniphore, 0, 'x'), 'INVALID_DATE', 'to');
  });

  it('an hour-long query at the end of Date still answers', () => {
    expect(maintenanceWindowsBetween(uniphore, 8.64e15 - H, 8.64e15)).toEqual([]);
  });
});
