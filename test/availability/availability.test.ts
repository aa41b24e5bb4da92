import { describe, expect, it } from 'vitest';
import {
  type AvailabilityReport,
  availabilityPercent,
  classifyDowntime,
  type CreditTier,
  type DowntimePolicy,
  errorBudget,
  type Incident,
  INCIDENT_CAUSES,
  measureAvailability,
  type MeasureAvailabilityInput,
  minutesInMonth,
  serviceCredit,
} from '../../src/availability/index.js';
import { REASONS, SCHEDULED_MAINTENANCE } from '../../src/availability/attribute-downtime.js';
import { isSlaError } from '../../src/core/errors.js';
import { createMaintenanceSchedule } from '../../src/maintenance/index.js';
import { niceCloudDowntimePolicy, uniphoreDowntimePolicy, uniphoreMaintenance } from '../../src/presets/index.js';

const MIN = 60_000;
const strict: DowntimePolicy = { excusable: [], maintenanceWindowsOnly: false };
const lenient: DowntimePolicy = { excusable: ['customer-caused', 'third-party', 'scheduled-maintenance'], maintenanceWindowsOnly: false };
const uniphore = createMaintenanceSchedule(uniphoreMaintenance);
const at = (iso: string): number => Date.parse(iso);
const measure = (incidents: Incident[], extra: Partial<MeasureAvailabilityInput> = {}): AvailabilityReport =>
  measureAvailability({ month: '2026-06', incidents, policy: strict, ...extra });
const outage = (start: string, end: string | null, cause: Incident['cause'] = 'unplanned', id?: string): Incident => ({ ...(id !== undefined ? { id } : {}), start, end, cause });

function expectError(run: () => unknown, code: string, ...fragments: string[]): void {
  let thrown: unknown;
  try {
    run();
  } catch (error) {
    thrown = error;
  }
  expect(isSlaError(thrown), String(thrown)).toBe(true);
  expect((thrown as { code: string }).code).toBe(code);
  for (const fragment of fragments) expect((thrown as Error).message).toContain(fragment);
}

describe('rule 1: x is the minutes of the calendar month in its zone (default UTC)', () => {
  it.each([
    ['2026-06', 'UTC', 43_200],
    ['2026-03', 'America/New_York', 44_580],
    ['2026-11', 'America/New_York', 43_260],
    ['2024-02', 'UTC', 41_760],
    ['2026-02', 'UTC', 40_320],
    ['2026-10', 'Australia/Lord_Howe', 44_610],
    ['2026-06', 'Asia/Kolkata', 43_200],
  ])('%s in %s has %d minutes', (month, zone, minutes) => {
    expect(minutesInMonth(month, zone)).toBe(minutes);
    expect(measureAvailability({ month, timeZone: zone, incidents: [], policy: strict }).totalMinutes).toBe(minutes);
  });

  it('the default zone is UTC', () => {
    expect(minutesInMonth('2026-03')).toBe(44_640);
    expect(measure([]).timeZone).toBe('UTC');
  });

  it('the worked June figure: 43,200 minutes, 43.2 minutes down → 99.9 %', () => {
    const report = measure([outage('2026-06-03T10:00:00Z', '2026-06-03T10:43:12Z', 'unplanned', 'INC-1')]);
    expect(report).toMatchObject({ month: '2026-06', totalMinutes: 43_200, excusableMinutes: 0, unscheduledMinutes: 43.2, percent: 99.9, measurable: true });
    expect(report.start.toISOString()).toBe('2026-06-01T00:00:00.000Z');
    expect(report.end.toISOString()).toBe('2026-07-01T00:00:00.000Z');
    expect(report.asOf).toBeNull();
  });

  it('the month follows its zone: a New York month starts at 04:00Z in June', () => {
    const report = measureAvailability({ month: '2026-06', timeZone: 'America/New_York', incidents: [outage('2026-06-01T03:00:00Z', '2026-06-01T05:00:00Z')], policy: strict });
    expect(report.start.toISOString()).toBe('2026-06-01T04:00:00.000Z');
    expect(report.unscheduledMinutes).toBe(60);
  });
});

describe('rule 2: clip to the month, union overlaps, excusable wins', () => {
  it('two overlapping outages count once: 10:00–11:00 and 10:30–11:30 are 90 minutes, not 120', () => {
    const report = measure([outage('2026-06-03T10:00:00Z', '2026-06-03T11:00:00Z', 'unplanned', 'A'), outage('2026-06-03T10:30:00Z', '2026-06-03T11:30:00Z', 'unplanned', 'B')]);
    expect(report.unscheduledMinutes).toBe(90);
    expect(report.segments.map((s) => [s.incidentId, s.start.toISOString(), s.end.toISOString()])).toEqual([
      ['A', '2026-06-03T10:00:00.000Z', '2026-06-03T11:00:00.000Z'],
      ['B', '2026-06-03T11:00:00.000Z', '2026-06-03T11:30:00.000Z'],
    ]);
  });

  it('an outage inside another adds nothing; touching outages add up exactly', () => {
    expect(measure([outage('2026-06-03T10:00:00Z', '2026-06-03T12:00:00Z'), outage('2026-06-03T10:30:00Z', '2026-06-03T11:00:00Z')]).unscheduledMinutes).toBe(120);
    expect(measure([outage('2026-06-03T10:00:00Z', '2026-06-03T11:00:00Z'), outage('2026-06-03T11:00:00Z', '2026-06-03T12:00:00Z')]).unscheduledMinutes).toBe(120);
  });

  it('an outage across 31 May / 1 June counts in each month for its own part', () => {
    const incidents = [outage('2026-05-31T23:00:00Z', '2026-06-01T01:30:00Z', 'unplanned', 'X')];
    const may = measureAvailability({ month: '2026-05', incidents, policy: strict });
    const june = measure(incidents);
    expect([may.unscheduledMinutes, june.unscheduledMinutes]).toEqual([60, 90]);
    expect(may.segments[0]?.end.toISOString()).toBe('2026-06-01T00:00:00.000Z');
    expect(june.segments[0]?.start.toISOString()).toBe('2026-06-01T00:00:00.000Z');
    expect(june.percent).toBe((100 * (43_200 - 90)) / 43_200);
  });

  it('an outage wholly outside the month counts nothing', () => {
    expect(measure([outage('2026-07-01T00:00:00Z', '2026-07-01T01:00:00Z'), outage('2026-05-01T00:00:00Z', '2026-06-01T00:00:00Z')]).unscheduledMinutes).toBe(0);
  });

  it('where excusable and unscheduled downtime overlap, the minute is excusable', () => {
    const report = measureAvailability({
      month: '2026-06',
      incidents: [outage('2026-06-03T10:00:00Z', '2026-06-03T12:00:00Z', 'unplanned', 'U'), outage('2026-06-03T11:00:00Z', '2026-06-03T13:00:00Z', 'customer-caused', 'C')],
      policy: lenient,
    });
    expect([report.excusableMinutes, report.unscheduledMinutes]).toEqual([120, 60]);
    expect(report.segments.map((s) => `${s.incidentId} ${s.reason} ${s.excusable}`)).toEqual(['U unscheduled-cause false', 'C excusable-cause true']);
    expect(report.byCause['unplanned']).toEqual({ excusableMinutes: 0, unscheduledMinutes: 60, droppedMinutes: 0 });
    expect(report.byCause['customer-caused']).toEqual({ excusableMinutes: 120, unscheduledMinutes: 0, droppedMinutes: 0 });
  });

  it('an excusable incident inside an unscheduled one cuts it into three segments', () => {
    const segments = classifyDowntime(
      [outage('2026-06-03T10:00:00Z', '2026-06-03T13:00:00Z', 'unplanned', 'U'), outage('2026-06-03T11:00:00Z', '2026-06-03T12:00:00Z', 'third-party', 'T')],
      lenient,
      { from: '2026-06-01T00:00:00Z', to: '2026-07-01T00:00:00Z' },
    );
    expect(segments.map((s) => `${s.incidentId} ${s.start.toISOString().slice(11, 16)}-${s.end.toISOString().slice(11, 16)}`)).toEqual(['U 10:00-11:00', 'T 11:00-12:00', 'U 12:00-13:00']);
  });

  it('among overlapping incidents of one kind, the one that started first; then the longer; then cause, id, position', () => {
    const first = classifyDowntime(
      [outage('2026-06-03T10:30:00Z', '2026-06-03T12:00:00Z', 'third-party', 'late'), outage('2026-06-03T10:00:00Z', '2026-06-03T11:00:00Z', 'customer-caused', 'early')],
      lenient,
      { from: '2026-06-03T00:00:00Z', to: '2026-06-04T00:00:00Z' },
    );
    expect(first.map((s) => s.incidentId)).toEqual(['early', 'late']);
    const ties = (incidents: Incident[]): (string | number | undefined)[] => classifyDowntime(incidents, strict, { from: 0, to: at('2027-01-01T00:00:00Z') }).map((s) => s.incidentId ?? s.incidentIndex);
    const s = '2026-06-03T10:00:00Z';
    expect(ties([outage(s, '2026-06-03T11:00:00Z', 'unplanned', 'short'), outage(s, '2026-06-03T12:00:00Z', 'unplanned', 'long')])).toEqual(['long']);
    expect(ties([outage(s, '2026-06-03T11:00:00Z', 'third-party', 'a'), outage(s, '2026-06-03T11:00:00Z', 'unplanned', 'b')])).toEqual(['b']);
    expect(ties([outage(s, '2026-06-03T11:00:00Z', 'unplanned', 'b'), outage(s, '2026-06-03T11:00:00Z', 'unplanned', 'a')])).toEqual(['a']);
    expect(ties([outage(s, '2026-06-03T11:00:00Z', 'unplanned', 'a'), outage(s, '2026-06-03T11:00:00Z', 'unplanned', 'b')])).toEqual(['a']);
    expect(ties([outage(s, '2026-06-03T11:00:00Z', 'unplanned'), outage(s, '2026-06-03T11:00:00Z', 'unplanned', 'z')])).toEqual(['z']);
    expect(ties([outage(s, '2026-06-03T11:00:00Z', 'unplanned', 'z'), outage(s, '2026-06-03T11:00:00Z', 'unplanned')])).toEqual(['z']);
    expect(ties([outage(s, '2026-06-03T11:00:00Z'), outage(s, '2026-06-03T11:00:00Z')])).toEqual([0]);
  });

  it('an incident that began in another millennium is ordered and clipped like any other', () => {
    const report = measureAvailability({
      month: '2026-06',
      incidents: [outage('2026-06-01T12:00:00Z', '2026-06-03T00:00:00Z', 'unplanned', 'recent'), { id: 'ancient', start: -8e15, end: '2026-06-02T00:00:00Z', cause: 'unplanned' }],
      policy: strict,
    });
    expect(report.unscheduledMinutes).toBe(2 * 1440);
    expect(report.segments.map((s) => s.incidentId)).toEqual(['ancient', 'recent']);
  });

  it('hence 0 ≤ y + z ≤ x, even when incidents cover the month many times over', () => {
    const report = measureAvailability({
      month: '2026-06',
      incidents: [outage('2026-05-01T00:00:00Z', '2026-08-01T00:00:00Z'), outage('2026-06-10T00:00:00Z', '2026-06-20T00:00:00Z', 'customer-caused'), outage('2026-06-01T00:00:00Z', '2026-07-01T00:00:00Z')],
      policy: lenient,
    });
    expect(report.excusableMinutes + report.unscheduledMinutes).toBe(43_200);
    expect(report.excusableMinutes).toBe(10 * 1440);
    expect(report.percent).toBe(0);
  });
});

describe('scheduled maintenance is excusable only inside a window when the policy says so', () => {
  // Wednesday 8 July 2026, 08:00–11:00 IST: the EU window is 08:00–10:30 IST, so 30 minutes overrun.
  const overrun = outage('2026-07-08T08:00:00+05:30', '2026-07-08T11:00:00+05:30', 'scheduled-maintenance', 'MAINT');
  const emergency = outage('2026-07-08T11:00:00+05:30', '2026-07-08T11:20:00+05:30', 'emergency-maintenance', 'FIX');
  const july = (policy: DowntimePolicy, incidents: Incident[]): AvailabilityReport =>
    measureAvailability({ month: '2026-07', incidents, policy, maintenance: uniphore, region: 'EU' });

  it.each([
    ['NICE (niceCloudDowntimePolicy)', niceCloudDowntimePolicy],
    ['Uniphore (uniphoreDowntimePolicy)', uniphoreDowntimePolicy],
  ])('under %s the 150 minutes inside the EU window are excusable and the 30-minute overrun is unscheduled', (_name, policy) => {
    const report = july(policy, [overrun]);
    expect([report.excusableMinutes, report.unscheduledMinutes]).toEqual([150, 30]);
    expect(report.segments.map((s) => [s.start.toISOString(), s.end.toISOString(), s.reason])).toEqual([
      ['2026-07-08T02:30:00.000Z', '2026-07-08T05:00:00.000Z', 'inside-maintenance-window'],
      ['2026-07-08T05:00:00.000Z', '2026-07-08T05:30:00.000Z', 'outside-maintenance-window'],
    ]);
    expect(report.percent).toBe((100 * (44_640 - 150 - 30)) / (44_640 - 150));
  });

  it('the emergency fix that follows: excusable for NICE, unscheduled for Uniphore', () => {
    const nice = july(niceCloudDowntimePolicy, [overrun, emergency]);
    const uni = july(uniphoreDowntimePolicy, [overrun, emergency]);
    expect([nice.excusableMinutes, nice.unscheduledMinutes]).toEqual([170, 30]);
    expect([uni.excusableMinutes, uni.unscheduledMinutes]).toEqual([150, 50]);
    expect(nice.percent).toBe((100 * 44_440) / 44_470);
    expect(uni.percent).toBe((100 * 44_440) / 44_490);
  });

  it('the windows of another region do not excuse it; regional windows without a region are refused, never any region’s', () => {
    const us = measureAvailability({ month: '2026-07', incidents: [overrun], policy: uniphoreDowntimePolicy, maintenance: uniphore, region: 'US' });
    expect([us.excusableMinutes, us.unscheduledMinutes]).toEqual([0, 180]);
    expect(us.segments.map((s) => s.reason)).toEqual(['outside-maintenance-window']);
    expectError(() => measureAvailability({ month: '2026-07', incidents: [overrun], policy: uniphoreDowntimePolicy, maintenance: uniphore }), 'INVALID_ARGUMENT', 'region', 'the maintenance windows are regional (India, Australia, US, EU, UK)');
  });

  it('maintenance that spans two windows is cut at every window edge', () => {
    const dc = createMaintenanceSchedule({ timeZone: 'UTC', windows: [{ day: 'wed', start: '01:00', end: '02:00' }, { day: 'wed', start: '03:00', end: '04:00' }] });
    const report = measureAvailability({ month: '2026-07', incidents: [outage('2026-07-08T00:30:00Z', '2026-07-08T04:30:00Z', 'scheduled-maintenance')], policy: uniphoreDowntimePolicy, maintenance: dc });
    expect(report.segments.map((s) => `${s.start.toISOString().slice(11, 16)} ${s.reason}`)).toEqual([
      '00:30 outside-maintenance-window',
      '01:00 inside-maintenance-window',
      '02:00 outside-maintenance-window',
      '03:00 inside-maintenance-window',
      '04:00 outside-maintenance-window',
    ]);
    expect([report.excusableMinutes, report.unscheduledMinutes]).toEqual([120, 120]);
  });

  it('maintenanceWindowsOnly: false excuses scheduled maintenance anywhere, and needs no schedule', () => {
    const report = measureAvailability({ month: '2026-07', incidents: [overrun], policy: { ...uniphoreDowntimePolicy, maintenanceWindowsOnly: false } });
    expect([report.excusableMinutes, report.unscheduledMinutes]).toEqual([180, 0]);
  });

  it('scheduled maintenance not listed as excusable is unscheduled everywhere', () => {
    const report = measureAvailability({ month: '2026-07', incidents: [overrun], policy: strict, maintenance: uniphore, region: 'EU' });
    expect([report.excusableMinutes, report.unscheduledMinutes]).toEqual([0, 180]);
    expect(report.segments[0]?.reason).toBe('unscheduled-cause');
  });
});

describe('rule 3: x − y = 0 is not measurable', () => {
  it('a month that is excusable end to end has measurable: false and percent: null, not NaN and not 100', () => {
    const report = measureAvailability({ month: '2026-06', incidents: [outage('2026-05-20T00:00:00Z', '2026-07-02T00:00:00Z', 'force-majeure')], policy: niceCloudDowntimePolicy });
    expect(report).toMatchObject({ measurable: false, percent: null, excusableMinutes: 43_200, unscheduledMinutes: 0 });
  });

  it('availabilityPercent rejects negative inputs, y > x, z > x − y and x − y = 0', () => {
    expect(availabilityPercent(43_200, 0, 43.2)).toBe(99.9);
    expect(availabilityPercent(43_200, 0, 0)).toBe(100);
    expect(availabilityPercent(43_200, 200, 43_000)).toBe(0);
    expect(availabilityPercent(10, 0, 1e-300)).toBe(100);
    expectError(() => availabilityPercent(-1, 0, 0), 'INVALID_AVAILABILITY', 'x');
    expectError(() => availabilityPercent(10, -1, 0), 'INVALID_AVAILABILITY', 'y');
    expectError(() => availabilityPercent(10, 0, -0.5), 'INVALID_AVAILABILITY', 'z');
    expectError(() => availabilityPercent(10, 11, 0), 'INVALID_AVAILABILITY', 'y: 11 is more than x');
    expectError(() => availabilityPercent(10, 4, 7), 'INVALID_AVAILABILITY', 'z: 7 is more than x − y (6)');
    expectError(() => availabilityPercent(10, 10, 0), 'INVALID_AVAILABILITY', 'not measurable');
    expectError(() => availabilityPercent(0, 0, 0), 'INVALID_AVAILABILITY');
    expectError(() => availabilityPercent(NaN, 0, 0), 'INVALID_AVAILABILITY');
    expectError(() => availabilityPercent(Infinity, 0, 0), 'INVALID_AVAILABILITY');
    expectError(() => availabilityPercent('10' as unknown as number, 0, 0), 'INVALID_AVAILABILITY');
  });
});

describe('rule 4: exact to the millisecond, fractional minutes, rounding once at the end', () => {
  it('minutes are fractional: 90.5 seconds are 1.508333… minutes', () => {
    const report = measure([outage('2026-06-03T10:00:00Z', '2026-06-03T10:01:30.500Z')]);
    expect(report.unscheduledMinutes).toBe(90_500 / MIN);
    expect(report.percent).toBe((100 * (43_200 * MIN - 90_500)) / (43_200 * MIN));
  });

  describe("partialMinutes: 'drop-under-one-minute'", () => {
    const drop: DowntimePolicy = { excusable: ['customer-caused'], maintenanceWindowsOnly: false, partialMinutes: 'drop-under-one-minute' };
    const dropped = (incidents: Incident[], month = '2026-06'): AvailabilityReport => measureAvailability({ month, incidents, policy: drop });

    it('a period of 59.999 s is dropped, one of 60 s counts in full, one of 61.5 s counts exactly', () => {
      expect(dropped([outage('2026-06-03T10:00:00Z', '2026-06-03T10:00:59.999Z')])).toMatchObject({ unscheduledMinutes: 0, droppedMinutes: 59_999 / MIN, percent: 100 });
      expect(dropped([outage('2026-06-03T10:00:00Z', '2026-06-03T10:01:00Z')])).toMatchObject({ unscheduledMinutes: 1, droppedMinutes: 0 });
      expect(dropped([outage('2026-06-03T10:00:00Z', '2026-06-03T10:01:01.500Z')]).unscheduledMinutes).toBe(61_500 / MIN);
    });

    it('a period is the merged downtime: two touching or overlapping 40 s outages are one 80 s period', () => {
      expect(dropped([outage('2026-06-03T10:00:00Z', '2026-06-03T10:00:40Z'), outage('2026-06-03T10:00:40Z', '2026-06-03T10:01:20Z')]).unscheduledMinutes).toBe(80_000 / MIN);
      expect(dropped([outage('2026-06-03T10:00:00Z', '2026-06-03T10:00:40Z'), outage('2026-06-03T10:00:30Z', '2026-06-03T10:01:10Z')]).unscheduledMinutes).toBe(70_000 / MIN);
    });

    it('excusable downtime ends a period: 40 s, excusable 10 s, 30 s are two short periods', () => {
      const report = dropped([outage('2026-06-03T10:00:00Z', '2026-06-03T10:01:20Z'), outage('2026-06-03T10:00:40Z', '2026-06-03T10:00:50Z', 'customer-caused')]);
      expect(report).toMatchObject({ unscheduledMinutes: 0, excusableMinutes: 10_000 / MIN, droppedMinutes: 70_000 / MIN });
      expect(report.segments.map((s) => [s.excusable, s.counted])).toEqual([[false, false], [true, true], [false, false]]);
      expect(report.byCause.unplanned.droppedMinutes).toBe(70_000 / MIN);
    });

    it('a period across a month edge is measured whole: 40 s in May and 40 s in June both count', () => {
      const incidents = [outage('2026-05-31T23:59:20Z', '2026-06-01T00:00:40Z')];
      expect(dropped(incidents, '2026-05').unscheduledMinutes).toBe(40_000 / MIN);
      expect(dropped(incidents, '2026-06').unscheduledMinutes).toBe(40_000 / MIN);
      const short = [outage('2026-05-31T23:59:40Z', '2026-06-01T00:00:10Z')];
      expect(dropped(short, '2026-05').droppedMinutes).toBe(20_000 / MIN);
      expect(dropped(short, '2026-06').droppedMinutes).toBe(10_000 / MIN);
    });

    it('a period that continues into the next month through other incidents is measured whole', () => {
      const incidents = [outage('2026-06-30T23:59:30Z', '2026-07-01T00:00:20Z'), outage('2026-07-01T00:00:10Z', '2026-07-01T00:05:00Z')];
      expect(dropped(incidents).unscheduledMinutes).toBe(0.5);
    });
  });

  describe('rounding of the percentage, exact and once', () => {
    // z = 129,600 ms of a 43,200-minute month: exactly 99.995 %; 388,800 ms: exactly 99.985 %.
    const pct = (z: number, rounding: DowntimePolicy['rounding']): number | null =>
      measureAvailability({ month: '2026-06', incidents: [{ start: at('2026-06-03T10:00:00Z'), end: at('2026-06-03T10:00:00Z') + z, cause: 'unplanned' }], policy: { ...strict, ...(rounding ? { rounding } : {}) } }).percent;

    it('none by default', () => {
      expect(pct(129_600, undefined)).toBe(99.995);
    });

    it.each([
      [129_600, 'down', 99.99],
      [129_600, 'up', 100],
      [129_600, 'half-up', 100],
      [129_600, 'half-even', 100],
      [388_800, 'half-up', 99.99],
      [388_800, 'half-even', 99.98],
      [388_800, 'down', 99.98],
      [388_800, 'up', 99.99],
      [388_801, 'half-up', 99.98],
      [388_799, 'half-even', 99.99],
    ] as const)('z = %d ms, %s to 2 places → %d', (z, mode, expected) => {
      expect(pct(z, { decimals: 2, mode })).toBe(expected);
    });

    it("rounds the exact value, not its binary approximation ((99.985).toFixed(2) is '99.98')", () => {
      expect((99.985).toFixed(2)).toBe('99.98');
      expect(pct(388_800, { decimals: 2, mode: 'half-up' })).toBe(99.99);
    });

    it('0 and 10 decimals; 0 % and 100 % stay put', () => {
      expect(pct(129_600, { decimals: 0, mode: 'down' })).toBe(99);
      expect(pct(1, { decimals: 10, mode: 'down' })).toBe(99.9999999614);
      expect(pct(1, { decimals: 10, mode: 'up' })).toBe(99.9999999615);
      expect(pct(0, { decimals: 3, mode: 'up' })).toBe(100);
      const down = measureAvailability({ month: '2026-06', incidents: [outage('2026-06-01T00:00:00Z', '2026-07-01T00:00:00Z')], policy: { ...strict, rounding: { decimals: 3, mode: 'up' } } });
      expect(down.percent).toBe(0);
    });
  });
});

describe('ongoing incidents (end: null) end at asOf', () => {
  it('counts up to asOf; x is still the whole month', () => {
    const report = measure([outage('2026-06-29T22:00:00Z', null, 'unplanned', 'LIVE')], { asOf: '2026-06-29T23:30:00Z' });
    expect(report).toMatchObject({ unscheduledMinutes: 90, totalMinutes: 43_200 });
    expect(report.asOf?.toISOString()).toBe('2026-06-29T23:30:00.000Z');
  });

  it('an asOf after the month clips at the month end', () => {
    expect(measure([outage('2026-06-30T23:00:00Z', null)], { asOf: '2026-07-15T00:00:00Z' }).unscheduledMinutes).toBe(60);
  });

  it('without asOf → INVALID_INCIDENT naming the incident; asOf before its start → INVALID_INCIDENT', () => {
    expectError(() => measure([outage('2026-06-03T10:00:00Z', '2026-06-03T11:00:00Z'), outage('2026-06-29T22:00:00Z', null, 'unplanned', 'LIVE')]), 'INVALID_INCIDENT', 'incidents[1].end', "(incident 'LIVE')", 'asOf');
    expectError(() => measure([outage('2026-06-29T22:00:00Z', null)], { asOf: '2026-06-29T21:00:00Z' }), 'INVALID_INCIDENT', 'incidents[0].end', 'before its start');
  });
});

describe('internal tables match the public lists', () => {
  it("the literal rank of 'scheduled-maintenance' is its place in INCIDENT_CAUSES; reasons are in code order", () => {
    expect(INCIDENT_CAUSES[SCHEDULED_MAINTENANCE]).toBe('scheduled-maintenance');
    expect(REASONS).toEqual(['excusable-cause', 'unscheduled-cause', 'inside-maintenance-window', 'outside-maintenance-window', 'not-announced', 'short-notice', 'past-planned-end', 'no-planned-end']);
  });
});

describe('segments and byCause account for every minute', () => {
  const incidents: Incident[] = [
    outage('2026-05-31T22:00:00Z', '2026-06-01T02:00:00Z', 'unplanned', 'A'),
    outage('2026-06-01T01:00:00Z', '2026-06-01T03:00:00Z', 'third-party', 'B'),
    outage('2026-06-01T02:30:00Z', '2026-06-01T04:00:00Z', 'emergency-maintenance', 'C'),
    outage('2026-06-30T23:00:00Z', '2026-07-01T01:00:00Z', 'customer-caused', 'D'),
  ];
  const report = measureAvailability({ month: '2026-06', incidents, policy: uniphoreDowntimePolicy, maintenance: uniphore });

  it('segments are sorted, disjoint and inside the month', () => {
    expect(report.segments.map((s) => `${s.incidentId} ${s.start.toISOString().slice(5, 16)}–${s.end.toISOString().slice(5, 16)} ${s.excusable ? 'y' : 'z'}`)).toEqual([
      'A 06-01T00:00–06-01T01:00 z',
      'B 06-01T01:00–06-01T03:00 y',
      'C 06-01T03:00–06-01T04:00 z',
      'D 06-30T23:00–07-01T00:00 y',
    ]);
  });

  it('byCause adds up to y and z, and lists every cause', () => {
    expect(Object.keys(report.byCause)).toEqual([...INCIDENT_CAUSES]);
    expect(report.byCause['third-party'].excusableMinutes + report.byCause['customer-caused'].excusableMinutes).toBe(report.excusableMinutes);
    expect(report.byCause.unplanned.unscheduledMinutes + report.byCause['emergency-maintenance'].unscheduledMinutes).toBe(report.unscheduledMinutes);
    expect([report.excusableMinutes, report.unscheduledMinutes]).toEqual([180, 120]);
  });
});

describe('rule 5: service credits from half-open tiers', () => {
  const tiers: CreditTier[] = [
    { atLeast: 99, below: 99.99, creditPercent: 10 },
    { atLeast: 95, below: 99, creditPercent: 25 },
    { atLeast: 0, below: 95, creditPercent: 100 },
  ];

  it('atLeast ≤ percent < below', () => {
    expect(serviceCredit(99.5, tiers)).toEqual({ creditPercent: 10, tier: tiers[0] });
    expect(serviceCredit(99, tiers).creditPercent).toBe(10);
    expect(serviceCredit(98.999, tiers).creditPercent).toBe(25);
    expect(serviceCredit(95, tiers).creditPercent).toBe(25);
    expect(serviceCredit(0, tiers).creditPercent).toBe(100);
    expect(serviceCredit(99.99, tiers)).toEqual({ creditPercent: 0, tier: null });
    expect(serviceCredit(100, tiers)).toEqual({ creditPercent: 0, tier: null });
  });

  it('a percentage in a gap between tiers earns nothing; an empty table earns nothing', () => {
    expect(serviceCredit(50, [{ atLeast: 90, below: 99, creditPercent: 5 }])).toEqual({ creditPercent: 0, tier: null });
    expect(serviceCredit(50, [])).toEqual({ creditPercent: 0, tier: null });
  });

  it('does not change the tiers it is given', () => {
    const copy = JSON.parse(JSON.stringify(tiers)) as CreditTier[];
    serviceCredit(97, tiers);
    expect(tiers).toEqual(copy);
  });

  it('bad input', () => {
    expectError(() => serviceCredit(null as unknown as number, tiers), 'INVALID_AVAILABILITY', 'percent');
    expectError(() => serviceCredit(NaN, tiers), 'INVALID_AVAILABILITY', 'percent');
    expectError(() => serviceCredit(100.5, tiers), 'INVALID_AVAILABILITY', 'percent');
    expectError(() => serviceCredit(-1, tiers), 'INVALID_AVAILABILITY', 'percent');
    expectError(() => serviceCredit(99, 'tiers' as never), 'INVALID_POLICY', 'tiers');
    expectError(() => serviceCredit(99, [{ atLeast: 99, below: 99, creditPercent: 10 }]), 'INVALID_POLICY', 'tiers[0].below');
    expectError(() => serviceCredit(99, [{ atLeast: 99, below: 101, creditPercent: 10 }]), 'INVALID_POLICY', 'tiers[0].below');
    expectError(() => serviceCredit(99, [{ atLeast: 99, below: 100, creditPercent: -5 }]), 'INVALID_POLICY', 'tiers[0].creditPercent');
    expectError(() => serviceCredit(99, [{ atLeast: 99, below: 100 } as CreditTier]), 'INVALID_POLICY', 'tiers[0].creditPercent');
    expectError(() => serviceCredit(99, [{ atLeast: 'x', below: 100, creditPercent: 5 } as unknown as CreditTier]), 'INVALID_POLICY', 'tiers[0].atLeast');
    expectError(() => serviceCredit(99, [tiers[0]!, { atLeast: 98, below: 99.5, creditPercent: 25 }]), 'INVALID_POLICY', 'tiers[1]', 'overlaps tiers[0]');
    expectError(() => serviceCredit(99, [{ ...tiers[0]!, extra: 1 } as CreditTier]), 'INVALID_POLICY', 'tiers[0].extra');
  });
});

describe('errorBudget: allowed, used, remaining and burn rate', () => {
  const june = measure([outage('2026-06-03T10:00:00Z', '2026-06-03T10:21:36Z')]);

  it('half the budget used at half the month is a burn rate of 1', () => {
    expect(errorBudget(june, 99.9, { asOf: '2026-06-16T00:00:00Z' })).toEqual({
      targetPercent: 99.9,
      allowedMinutes: 43.2,
      usedMinutes: 21.6,
      remainingMinutes: 21.6,
      elapsedShare: 0.5,
      burnRate: 1,
      asOf: new Date('2026-06-16T00:00:00Z'),
    });
  });

  it('the allowance is over x − y, and the remaining budget goes negative once overspent', () => {
    const report = measureAvailability({
      month: '2026-06',
      incidents: [outage('2026-06-01T00:00:00Z', '2026-06-01T12:00:00Z', 'customer-caused'), outage('2026-06-03T10:00:00Z', '2026-06-03T11:00:00Z')],
      policy: lenient,
    });
    const budget = errorBudget(report, 99.95);
    expect(budget.allowedMinutes).toBe(((43_200 - 720) * 5) / 10_000);
    expect(budget.remainingMinutes).toBeCloseTo(21.24 - 60, 12);
    expect(budget.elapsedShare).toBe(1);
    expect(budget.asOf.toISOString()).toBe('2026-07-01T00:00:00.000Z');
    expect(budget.burnRate).toBeCloseTo(60 / 21.24, 12);
  });

  it("asOf defaults to the report's asOf; after the month the elapsed share is 1; at its start 0 gives no burn rate", () => {
    const live = measure([outage('2026-06-10T00:00:00Z', null)], { asOf: '2026-06-10T00:43:12Z' });
    const budget = errorBudget(live, 99.9);
    expect(budget.asOf.toISOString()).toBe('2026-06-10T00:43:12.000Z');
    expect(budget.elapsedShare).toBe((9 * 1440 + 43.2) / 43_200);
    expect(errorBudget(june, 99.9, { asOf: '2026-08-01T00:00:00Z' }).elapsedShare).toBe(1);
    expect(errorBudget(june, 99.9, { asOf: '2026-06-01T00:00:00Z' })).toMatchObject({ elapsedShare: 0, burnRate: null });
  });

  it('a 100 % target allows nothing (burn rate null); an unmeasurable month has no budget', () => {
    expect(errorBudget(june, 100)).toMatchObject({ allowedMinutes: 0, remainingMinutes: -21.6, burnRate: null });
    // Issue 15: a target outside (0, 100] is an error (it was read as "allows everything").
    expectError(() => errorBudget(june, 0), 'INVALID_AVAILABILITY', 'targetPercent');
    const all = measureAvailability({ month: '2026-06', incidents: [outage('2026-06-01T00:00:00Z', '2026-07-01T00:00:00Z', 'force-majeure')], policy: niceCloudDowntimePolicy });
    expect(errorBudget(all, 99.9)).toMatchObject({ allowedMinutes: 0, usedMinutes: 0, remainingMinutes: 0, burnRate: null });
  });

  it('a target with more than 10 decimals still works', () => {
    expect(errorBudget(june, 99.123456789012).allowedMinutes).toBeCloseTo(43_200 * 0.00876543210988, 9);
  });

  it('bad input', () => {
    expectError(() => errorBudget(june, 101), 'INVALID_AVAILABILITY', 'targetPercent');
    expectError(() => errorBudget(june, NaN), 'INVALID_AVAILABILITY', 'targetPercent');
    expectError(() => errorBudget(june, '99.9' as unknown as number), 'INVALID_AVAILABILITY', 'targetPercent');
    expectError(() => errorBudget(june, 99.9, { asOf: '2026-05-31T00:00:00Z' }), 'INVALID_ARGUMENT', 'asOf', 'before the month starts');
    expectError(() => errorBudget(june, 99.9, { asOf: 'soon' }), 'INVALID_DATE', 'asOf');
    expectError(() => errorBudget(null as never, 99.9), 'INVALID_ARGUMENT', 'report');
    expectError(() => errorBudget({ ...june, start: '2026-06-01' } as never, 99.9), 'INVALID_ARGUMENT', 'report.start');
    expectError(() => errorBudget({ ...june, unscheduledMinutes: NaN }, 99.9), 'INVALID_ARGUMENT', 'report.unscheduledMinutes');
  });
});

describe('bad input names the incident and never yields NaN or an Invalid Date', () => {
  const ok = outage('2026-06-03T10:00:00Z', '2026-06-03T11:00:00Z');

  it.each<[unknown[], ...string[]]>([
    [[ok, outage('2026-06-03T11:00:00Z', '2026-06-03T10:00:00Z', 'unplanned', 'INC-9')], 'incidents[1].end', "(incident 'INC-9')", 'before its start'],
    [[{ ...ok, start: '2026-06-03T10:00' }], 'incidents[0].start', 'no offset'],
    [[{ ...ok, end: new Date(NaN), id: 'X' }], 'incidents[0].end', "(incident 'X')"],
    [[{ ...ok, end: undefined }], 'incidents[0].end'],
    [[ok, ok, { ...ok, cause: 'aliens' }], 'incidents[2].cause', 'aliens'],
    [[{ ...ok, id: '' }], 'incidents[0].id'],
    [[{ ...ok, id: 42 }], 'incidents[0].id'],
    [[null], 'incidents[0]'],
    [['2026-06-03'], 'incidents[0]'],
    [[{ ...ok, start: 1.5 }], 'incidents[0].start', 'whole number'],
  ])('%j → INVALID_INCIDENT', (incidents, ...fragments) => {
    expectError(() => measure(incidents as Incident[]), 'INVALID_INCIDENT', ...fragments);
  });

  it('the error carries the index and id for programs', () => {
    try {
      measure([outage('2026-06-03T11:00:00Z', '2026-06-03T10:00:00Z', 'unplanned', 'INC-9')]);
    } catch (error) {
      expect((error as { details: unknown }).details).toMatchObject({ path: 'incidents[0].end', incidentIndex: 0, incidentId: 'INC-9' });
    }
    expect.assertions(1);
  });

  it("'2026-13' and other bad months → INVALID_DATE; a bad zone → INVALID_TIME_ZONE", () => {
    expectError(() => measureAvailability({ month: '2026-13', incidents: [], policy: strict }), 'INVALID_DATE', 'month');
    expectError(() => measureAvailability({ month: '2026-6', incidents: [], policy: strict }), 'INVALID_DATE', 'month');
    expectError(() => minutesInMonth('2026-00'), 'INVALID_DATE', 'month');
    expectError(() => measureAvailability({ month: '2026-06', timeZone: 'Mars/Base', incidents: [], policy: strict }), 'INVALID_TIME_ZONE');
    expectError(() => minutesInMonth('2026-06', 'EST5EDT6'), 'INVALID_TIME_ZONE');
  });

  it('an unknown region, a region without a schedule, a schedule the policy needs but lacks → INVALID_ARGUMENT', () => {
    expectError(() => measure([], { maintenance: uniphore, region: 'Mars' }), 'INVALID_ARGUMENT', 'region', 'India, Australia, US, EU, UK');
    expectError(() => measure([], { region: 'EU' }), 'INVALID_ARGUMENT', 'region', 'without a maintenance schedule');
    expectError(
      () => measureAvailability({ month: '2026-06', incidents: [ok, outage('2026-01-01T00:00:00Z', '2026-01-01T01:00:00Z', 'scheduled-maintenance')], policy: uniphoreDowntimePolicy }),
      'INVALID_ARGUMENT',
      'maintenance',
      'incidents[1]',
    );
    expectError(() => measure([], { maintenance: uniphoreMaintenance as never }), 'INVALID_ARGUMENT', 'maintenance');
  });

  it('a policy that is not one → INVALID_POLICY naming the field', () => {
    const bad = (policy: unknown, path: string): void => expectError(() => measure([ok], { policy: policy as DowntimePolicy }), 'INVALID_POLICY', path);
    bad(null, 'policy');
    bad({ maintenanceWindowsOnly: true }, 'policy.excusable');
    bad({ excusable: ['unplanned', 'gremlins'], maintenanceWindowsOnly: true }, 'policy.excusable[1]');
    bad({ excusable: [] }, 'policy.maintenanceWindowsOnly');
    bad({ excusable: [], maintenanceWindowsOnly: 'yes' }, 'policy.maintenanceWindowsOnly');
    bad({ excusable: [], maintenanceWindowsOnly: true, partialMinutes: 'round' }, 'policy.partialMinutes');
    bad({ excusable: [], maintenanceWindowsOnly: true, rounding: 2 }, 'policy.rounding');
    bad({ excusable: [], maintenanceWindowsOnly: true, rounding: { decimals: 11, mode: 'down' } }, 'policy.rounding.decimals');
    bad({ excusable: [], maintenanceWindowsOnly: true, rounding: { decimals: 1.5, mode: 'down' } }, 'policy.rounding.decimals');
    bad({ excusable: [], maintenanceWindowsOnly: true, rounding: { decimals: 2, mode: 'nearest' } }, 'policy.rounding.mode');
    bad({ excusable: [], maintenanceWindowsOnly: true, extra: 1 }, 'policy.extra');
  });

  it('inputs that are not objects or lists → INVALID_ARGUMENT', () => {
    expectError(() => measureAvailability(null as never), 'INVALID_ARGUMENT', 'input');
    expectError(() => measureAvailability({ month: '2026-06', incidents: [], policy: strict, zone: 'UTC' } as never), 'INVALID_ARGUMENT', 'input.zone');
    expectError(() => measure('none' as never), 'INVALID_ARGUMENT', 'incidents');
    expectError(() => measure([], { asOf: 'now' }), 'INVALID_DATE', 'asOf');
  });

  it('classifyDowntime: bad options', () => {
    expectError(() => classifyDowntime([ok], strict, null as never), 'INVALID_ARGUMENT', 'options');
    expectError(() => classifyDowntime([ok], strict, { from: '2026-06-01T00:00:00Z' } as never), 'INVALID_DATE', 'to');
    expectError(() => classifyDowntime([ok], strict, { from: '2026-06-02T00:00:00Z', to: '2026-06-01T00:00:00Z' }), 'INVALID_INTERVAL', 'to');
    expectError(() => classifyDowntime([ok], strict, { from: 0, to: 1, region: 'EU' }), 'INVALID_ARGUMENT', 'region');
  });

  it('classifyDowntime over an empty range has no segments', () => {
    expect(classifyDowntime([ok], strict, { from: '2026-06-03T10:30:00Z', to: '2026-06-03T10:30:00Z' })).toEqual([]);
  });

  it('zero-length incidents count nothing', () => {
    expect(measure([outage('2026-06-03T10:00:00Z', '2026-06-03T10:00:00Z')])).toMatchObject({ unscheduledMinutes: 0, percent: 100, segments: [] });
  });
});
