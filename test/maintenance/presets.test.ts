import { describe, expect, it } from 'vitest';
import { isSlaError } from '../../src/core/errors.js';
import { createMaintenanceSchedule, describeWindow, maintenanceWindowsBetween, nextMaintenanceWindow } from '../../src/maintenance/index.js';
import { uniphoreDataCenterWindows, uniphoreMaintenance } from '../../src/presets/index.js';

const schedule = createMaintenanceSchedule(uniphoreMaintenance);
const minutes = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

describe('uniphoreMaintenance: the five regional windows exactly as the IST column states', () => {
  it('is plain spec data in Asia/Kolkata with the regions named exactly', () => {
    expect(uniphoreMaintenance).toEqual({
      timeZone: 'Asia/Kolkata',
      windows: [
        { id: 'india', region: 'India', day: 'mon', start: '23:30', end: '01:30' },
        { id: 'australia', region: 'Australia', day: 'mon', start: '20:00', end: '22:30' },
        { id: 'us', region: 'US', day: 'mon', start: '10:30', end: '12:30' },
        { id: 'eu', region: 'EU', day: 'wed', start: '08:00', end: '10:30' },
        { id: 'uk', region: 'UK', day: 'wed', start: '08:00', end: '10:30' },
      ],
      notice: { kind: 'best-effort', upTo: { weeks: 1 } },
    });
    expect(JSON.parse(JSON.stringify(schedule))).toEqual(uniphoreMaintenance);
  });

  it('each window, described in IST, is the published IST range', () => {
    const week = maintenanceWindowsBetween(schedule, '2026-07-06T00:00:00+05:30', '2026-07-13T00:00:00+05:30');
    expect(week.map((w) => { const d = describeWindow(w, 'Asia/Kolkata'); return `${w.region} ${d.startDay} ${d.start} – ${d.endDay} ${d.end}`; })).toEqual([
      'US mon 10:30 – mon 12:30',
      'Australia mon 20:00 – mon 22:30',
      'India mon 23:30 – tue 01:30',
      'EU wed 08:00 – wed 10:30',
      'UK wed 08:00 – wed 10:30',
    ]);
  });
});

describe("the text's converted column is wrong where the computed times say so", () => {
  // The text's own conversions: Australia 12.30 AM - 2.30 AM AEST, US 01.00 AM - 03.00 AM ET,
  // EU and UK 2.30AM - 4.30AM GMT.
  const text = { Australia: ['00:30', '02:30'], US: ['01:00', '03:00'], EU: ['02:30', '04:30'], UK: ['02:30', '04:30'] } as const;
  const computed = (region: string, zone: string, at: string): [string, string] => {
    const d = describeWindow(nextMaintenanceWindow(schedule, at, { region }), zone);
    return [d.start, d.end];
  };
  const diff = (a: readonly [string, string], b: readonly [string, string]): [number, number] => [minutes(b[0]) - minutes(a[0]), minutes(b[1]) - minutes(a[1])];

  it('Australia in AEST (Australia/Brisbane, UTC+10 all year): 00:30–03:00, so the text ends 30 minutes early', () => {
    const aest = computed('Australia', 'Australia/Brisbane', '2026-07-01T00:00:00Z');
    expect(aest).toEqual(['00:30', '03:00']);
    expect(diff(text.Australia, aest)).toEqual([0, 30]);
  });

  it('Australia in Sydney summer (AEDT, UTC+11): 01:30–04:00, an hour later again', () => {
    expect(computed('Australia', 'Australia/Sydney', '2026-01-01T00:00:00Z')).toEqual(['01:30', '04:00']);
  });

  it.each(['EU', 'UK'] as const)('%s in GMT (Europe/London in January): 02:30–05:00, so the text ends 30 minutes early', (region) => {
    const gmt = computed(region, 'Europe/London', '2026-01-01T00:00:00Z');
    expect(gmt).toEqual(['02:30', '05:00']);
    expect(diff(text[region], gmt)).toEqual([0, 30]);
    expect(computed(region, 'Europe/London', '2026-07-01T00:00:00Z')).toEqual(['03:30', '06:00']); // BST
  });

  it('the windows last 2 h 30 min, the converted column says 2 h', () => {
    for (const region of ['Australia', 'EU', 'UK']) {
      const w = nextMaintenanceWindow(schedule, '2026-07-01T00:00:00Z', { region });
      expect((w.end.getTime() - w.start.getTime()) / 60_000).toBe(150);
    }
  });

  it('US in ET: right in EDT (01:00–03:00), an hour off in EST (00:00–02:00)', () => {
    expect(diff(text.US, computed('US', 'America/New_York', '2026-07-01T00:00:00Z'))).toEqual([0, 0]);
    expect(diff(text.US, computed('US', 'America/New_York', '2026-12-01T00:00:00Z'))).toEqual([-60, -60]);
  });
});

describe('uniphoreDataCenterWindows: Wednesday 21:00–01:00 and Sunday 09:00–13:00 in a given zone', () => {
  it('the Wednesday window crosses midnight into Thursday', () => {
    const dc = createMaintenanceSchedule(uniphoreDataCenterWindows('America/Chicago'));
    const week = maintenanceWindowsBetween(dc, '2026-07-01T00:00:00-05:00', '2026-07-06T00:00:00-05:00');
    expect(week.map((w) => { const d = describeWindow(w, 'America/Chicago'); return `${w.id} ${d.startDay} ${d.start} – ${d.endDay} ${d.end}`; })).toEqual([
      'data-center-wed wed 21:00 – thu 01:00',
      'data-center-sun sun 09:00 – sun 13:00',
    ]);
    expect(week[0]?.label).toBe('Standard Maintenance Window');
  });

  it('an unknown zone → INVALID_TIME_ZONE', () => {
    let thrown: unknown;
    try {
      uniphoreDataCenterWindows('Mars/Base');
    } catch (error) {
      thrown = error;
    }
    expect(isSlaError(thrown) && thrown.code).toBe('INVALID_TIME_ZONE');
  });
});
