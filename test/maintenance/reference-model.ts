// A slow, obviously correct maintenance schedule: lay out every week's windows naively, one local
// date at a time, with zonedTimeToInstant (the tested DST policy), and answer each question by
// scanning the list. It shares nothing with the calendar engine.
import { formatCivilDate, MS_PER_DAY, weekdayOf } from '../../src/core/civil-date.js';
import type { Interval } from '../../src/core/interval.js';
import { zonedTimeToInstant } from '../../src/core/time-zone.js';
import type { MaintenanceScheduleSpec } from '../../src/maintenance/types.js';

const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;

export interface ReferenceOccurrence extends Interval {
  readonly index: number;
}

function seconds(text: string): number {
  const [h, m, s] = text.split(':').map(Number) as [number, number, number?];
  return h * 3600 + m * 60 + (s ?? 0);
}

function wallText(day: number, secondsOfDay: number): string {
  const date = formatCivilDate(day + Math.floor(secondsOfDay / 86_400));
  const rest = secondsOfDay % 86_400;
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${date}T${pad(Math.floor(rest / 3600))}:${pad(Math.floor(rest / 60) % 60)}:${pad(rest % 60)}`;
}

/** The model over the local dates [firstDay, lastDay]; answers are trusted well inside them. */
export class ReferenceSchedule {
  readonly occurrences: ReferenceOccurrence[] = [];

  constructor(readonly spec: MaintenanceScheduleSpec, firstDay: number, lastDay: number) {
    spec.windows.forEach((window, index) => {
      const from = seconds(window.start);
      let to = seconds(window.end);
      if (to <= from) to += 86_400; // crosses midnight
      for (let day = firstDay; day <= lastDay; day++) {
        if (WEEKDAYS[weekdayOf(day)] !== window.day) continue;
        const zone = window.timeZone ?? spec.timeZone; // a window in a zone of its own
        const start = zonedTimeToInstant(zone, wallText(day, from)).getTime();
        const end = zonedTimeToInstant(zone, wallText(day, to)).getTime();
        if (end > start) this.occurrences.push({ start, end, index });
      }
    });
    this.occurrences.sort((a, b) => a.start - b.start || a.index - b.index);
  }

  static around(spec: MaintenanceScheduleSpec, t: number, days = 60): ReferenceSchedule {
    const day = Math.floor(t / MS_PER_DAY);
    return new ReferenceSchedule(spec, day - days, day + days);
  }

  private select(region: string | undefined): ReferenceOccurrence[] {
    // A region's windows, and those that name no region (they apply in every region).
    return this.occurrences.filter((o) => region === undefined || [region, undefined].includes(this.spec.windows[o.index]?.region));
  }

  at(t: number, region?: string): ReferenceOccurrence | null {
    return this.select(region).find((o) => o.start <= t && t < o.end) ?? null;
  }

  next(t: number, region?: string): ReferenceOccurrence | null {
    return this.select(region).find((o) => o.start >= t) ?? null;
  }

  between(from: number, to: number, region?: string): ReferenceOccurrence[] {
    if (to <= from) return [];
    return this.select(region).filter((o) => o.start < to && o.end > from);
  }

  /** Whether t lies inside any selected window (for the availability reference). */
  inside(t: number, region?: string): boolean {
    return this.at(t, region) !== null;
  }

  /** All window edges, for breakpoints. */
  edges(region?: string): number[] {
    return this.select(region).flatMap((o) => [o.start, o.end]);
  }
}

