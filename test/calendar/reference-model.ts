// A slow, obviously correct calendar: lay out every local day's ranges as instants, union them,
// and answer each question by walking the list. It shares only the tested core primitives
// (the DST policy, the interval union) with the engine, never the engine itself.
import { civilDateToDays, civilFields, dayNumber, daysInMonth, formatCivilDate, MS_PER_DAY, weekdayOf } from '../../src/core/civil-date.js';
import { type Interval, unionIntervals } from '../../src/core/interval.js';
import { wallMs, zoneRules } from '../../src/core/time-zone.js';
import type { CalendarSpec, Holiday, TimeRange } from '../../src/calendar/types.js';

const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;

function seconds(text: string): number {
  const [h, m, s] = text.split(':').map(Number) as [number, number, number?];
  return h * 3600 + m * 60 + (s ?? 0);
}

function isHoliday(holidays: readonly Holiday[], day: number): boolean {
  const { year } = civilFields(day);
  return holidays.some((holiday) => {
    if (typeof holiday === 'string') return civilDateToDays(holiday) === day;
    if ('date' in holiday) return holiday.closed === undefined && civilDateToDays(holiday.date) === day;
    for (const y of [year - 1, year, year + 1]) {
      if ('weekday' in holiday) {
        const matching: number[] = [];
        for (let d = 1; d <= daysInMonth(y, holiday.month); d++) {
          const candidate = dayNumber(y, holiday.month, d);
          if (WEEKDAYS[weekdayOf(candidate)] === holiday.weekday) matching.push(candidate);
        }
        const pick = holiday.nth > 0 ? matching[holiday.nth - 1] : matching[matching.length + holiday.nth];
        if (pick === day) return true;
      } else {
        if (holiday.day > daysInMonth(y, holiday.month)) continue;
        let observed = dayNumber(y, holiday.month, holiday.day);
        const weekday = weekdayOf(observed);
        if (holiday.observed === 'nearest-weekday') observed += weekday === 6 ? -1 : weekday === 0 ? 1 : 0;
        if (holiday.observed === 'next-weekday') observed += weekday === 6 ? 2 : weekday === 0 ? 1 : 0;
        if (observed === day) return true;
      }
    }
    return false;
  });
}

/** A day's ranges in seconds after its midnight (the end may pass 86,400). */
export function rangesOn(spec: CalendarSpec, day: number): readonly (readonly [number, number])[] {
  const inSeconds = (ranges: readonly TimeRange[]): [number, number][] =>
    ranges.map(([from, to]) => [seconds(from), seconds(to) <= seconds(from) ? seconds(to) + 86_400 : seconds(to)]);
  const override = spec.overrides?.[formatCivilDate(day)];
  if (override !== undefined) return inSeconds(override);
  const holidays = Array.isArray(spec.holidays) ? (spec.holidays as readonly Holiday[]) : [];
  if (isHoliday(holidays, day)) return [];
  let ranges = inSeconds(spec.hours === '24x7' ? [['00:00', '24:00']] : (spec.hours[WEEKDAYS[weekdayOf(day)] as keyof typeof spec.hours] ?? []));
  // A closed part of the day: the open seconds inside it go; '24:00' closes the rest of the day's ranges.
  for (const holiday of holidays) {
    if (typeof holiday !== 'object' || !('date' in holiday) || holiday.closed === undefined || civilDateToDays(holiday.date) !== day) continue;
    const from = seconds(holiday.closed[0]);
    const to = holiday.closed[1] === '24:00' ? Infinity : seconds(holiday.closed[1]);
    ranges = ranges.flatMap(([a, b]): [number, number][] => [...(a < Math.min(b, from) ? [[a, Math.min(b, from)] as [number, number]] : []), ...(Math.max(a, to) < b ? [[Math.max(a, to), b] as [number, number]] : [])]);
  }
  return ranges;
}

/** The model over the local days [firstDay, lastDay]; answers are trusted well inside them. */
export class ReferenceCalendar {
  readonly intervals: Interval[];
  readonly businessDays = new Set<number>();

  constructor(readonly spec: CalendarSpec, readonly firstDay: number, readonly lastDay: number) {
    const zone = zoneRules(spec.timeZone);
    const raw: Interval[] = [];
    for (let day = firstDay; day <= lastDay; day++) {
      for (const [start, end] of rangesOn(spec, day)) {
        const a = zone.toInstant(wallMs(day, start));
        const b = zone.toInstant(wallMs(day, end));
        if (b > a) {
          raw.push({ start: a, end: b });
          this.businessDays.add(day);
        }
      }
    }
    this.intervals = unionIntervals(raw);
  }

  isOpen(t: number): boolean {
    return this.intervals.some((i) => i.start <= t && t < i.end);
  }

  between(a: number, b: number): number {
    if (b < a) return -this.between(b, a);
    return this.intervals.reduce((sum, i) => sum + Math.max(0, Math.min(b, i.end) - Math.max(a, i.start)), 0);
  }

  /** Earliest u >= t with between(t, u) = d (d > 0), latest u <= t with between(u, t) = -d (d < 0). */
  add(t: number, d: number): number | undefined {
    if (d === 0) return t;
    let left = Math.abs(d);
    const list = d > 0 ? this.intervals : [...this.intervals].reverse();
    for (const i of list) {
      const from = d > 0 ? Math.max(t, i.start) : Math.min(t, i.end);
      const length = d > 0 ? i.end - from : from - i.start;
      if (length <= 0) continue;
      if (left <= length) return d > 0 ? from + left : from - left;
      left -= length;
    }
    return undefined;
  }

  nextOpen(t: number): number | undefined {
    if (this.isOpen(t)) return t;
    return this.intervals.find((i) => i.start > t)?.start;
  }

  nextClose(t: number): number | undefined {
    return this.intervals.find((i) => i.end >= t)?.end;
  }

  openIntervals(a: number, b: number): Interval[] {
    return this.intervals.map((i) => ({ start: Math.max(a, i.start), end: Math.min(b, i.end) })).filter((i) => i.end > i.start);
  }

  /** The latest instant at or before t at which an open stretch ends (t closed). */
  previousClose(t: number): number | undefined {
    return this.intervals.filter((i) => i.end <= t).at(-1)?.end;
  }

  /** From closed time, counts from the next opening (n > 0) or the previous close (n < 0). */
  addBusinessDays(t: number, n: number): number | undefined {
    if (n === 0) return this.nextOpen(t);
    const from = this.isOpen(t) ? t : n > 0 ? this.nextOpen(t) : this.previousClose(t);
    if (from === undefined) return undefined;
    const zone = zoneRules(this.spec.timeZone);
    const wall = zone.toWall(from);
    let day = Math.floor(wall / MS_PER_DAY);
    const timeOfDay = wall - day * MS_PER_DAY;
    for (let left = Math.abs(n); left > 0; ) {
      day += Math.sign(n);
      if (day < this.firstDay || day > this.lastDay) return undefined;
      if (this.businessDays.has(day)) left--;
    }
    return this.nextOpen(zone.toInstant(day * MS_PER_DAY + timeOfDay));
  }
}
