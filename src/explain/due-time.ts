import { openStretches } from '../calendar/open-intervals.js';
import { engineOf } from '../calendar/create-calendar.js';
import { holidayDaysNear, WEEKDAYS } from '../calendar/holidays.js';
import type { Calendar } from '../calendar/types.js';
import { formatCivilDate, MS_PER_DAY, weekdayOf, civilFields } from '../core/civil-date.js';
import { clipIntervals, type Interval, intervalsLength, subtractIntervals, unionIntervals } from '../core/interval.js';
import { formatOffset, formatZoned, wallMs, type ZoneRules } from '../core/time-zone.js';
import type { Clause, DstChange, DueTimeExplanation, ExplainedPause, ExplainedStretch, SkippedDay } from './types.js';

/** What a due time is explained with besides its range. */
export interface DueTimeFacts {
  readonly label?: string;
  readonly businessDays?: number;
  /** A deadline target in words (`'by 16:00 on the next business day'`). */
  readonly deadline?: string;
  readonly source?: Clause;
  /** Where the clock runs again at or after the due time (a case's target, epoch ms). */
  readonly breachedAfter?: number;
  /** The pauses that carry a reason; a span left out names the reasons of those it overlaps. */
  readonly reasons?: readonly { readonly start: number; readonly end: number; readonly reason: string }[];
}

const iso = (ms: number): string => new Date(ms).toISOString();
const minutes = (ms: number): number => ms / 60_000;

/** `'HH:mm'`, with `:ss` and `.sss` only when they are not zero. */
function wallClock(msOfDay: number): string {
  const two = (n: number): string => String(n).padStart(2, '0');
  let text = `${two(Math.floor(msOfDay / 3_600_000))}:${two(Math.floor(msOfDay / 60_000) % 60)}`;
  if (msOfDay % 60_000 !== 0) text += `:${two(Math.floor(msOfDay / 1000) % 60)}`;
  if (msOfDay % 1000 !== 0) text += `.${String(msOfDay % 1000).padStart(3, '0')}`;
  return text;
}

/** The local day number of an instant and the instant the next local day starts. */
function dayAt(zone: ZoneRules, epochMs: number): { day: number; next: number } {
  const wall = zone.toWall(epochMs);
  const day = Math.floor(wall / MS_PER_DAY);
  let next = zone.toInstant(wallMs(day + 1, 0));
  // A day repeated by a change at midnight: the next day starts a wall day after this instant.
  if (next <= epochMs) next = epochMs + (day + 1) * MS_PER_DAY - wall;
  return { day, next };
}

/** The counted intervals cut at local midnights, as stretches. */
function stretchesOf(zone: ZoneRules, counted: readonly Interval[]): ExplainedStretch[] {
  const result: ExplainedStretch[] = [];
  for (const interval of counted) {
    let cursor = interval.start;
    while (cursor < interval.end) {
      const { day, next } = dayAt(zone, cursor);
      const end = Math.min(interval.end, next);
      const endWall = zone.toWall(end);
      result.push({
        date: formatCivilDate(day),
        weekday: WEEKDAYS[weekdayOf(day)] as ExplainedStretch['weekday'],
        from: wallClock(zone.toWall(cursor) - day * MS_PER_DAY),
        to: end === next ? '24:00' : wallClock(endWall - day * MS_PER_DAY),
        utcOffset: formatOffset(zone.offsetAt(cursor)),
        endUtcOffset: formatOffset(zone.offsetAt(end)),
        start: iso(cursor),
        end: iso(end),
        ms: end - cursor,
        minutes: minutes(end - cursor),
      });
      cursor = end;
    }
  }
  return result;
}

/** The local days that `[from, to)` touches and that have no open time at all, and why. */
function skippedDaysOf(calendar: Calendar, from: number, to: number): SkippedDay[] {
  const engine = engineOf(calendar);
  const { zone, compiled } = engine;
  const found: SkippedDay[] = [];
  let holidays: Set<number> | undefined;
  let holidayYear = NaN;
  for (let cursor = from; cursor < to; ) {
    const { day, next } = dayAt(zone, cursor);
    if (openStretches(calendar, zone.toInstant(wallMs(day, 0)), next).length === 0) {
      const year = civilFields(day).year;
      if (year !== holidayYear) {
        // Yearly rules, dated holidays and a holiday set's days of the years around `year`.
        holidays = holidayDaysNear(compiled.holidayList.rules, year);
        const { set } = compiled.holidaySource;
        for (const list of [compiled.holidayList, ...(set === null ? [] : [set(year - 1), set(year), set(year + 1)])]) for (const d of list.closedDays) holidays.add(d);
        holidayYear = year;
      }
      const reason = compiled.overrides.has(day) ? 'override' : (holidays as Set<number>).has(day) ? 'holiday' : 'closed';
      found.push({ date: formatCivilDate(day), weekday: WEEKDAYS[weekdayOf(day)] as SkippedDay['weekday'], reason });
    }
    cursor = next;
  }
  return found;
}

/** The offset changes in `(from, to]`; steps of six hours find every change of real zones. */
function dstChangesOf(zone: ZoneRules, from: number, to: number): DstChange[] {
  const found: DstChange[] = [];
  const STEP = 6 * 3_600_000;
  let previous = from;
  let offset = zone.offsetAt(from);
  while (previous < to) {
    const probe = Math.min(to, previous + STEP);
    const next = zone.offsetAt(probe);
    if (next !== offset) {
      // Bisect to the first instant with the new offset.
      let lo = previous;
      let hi = probe;
      while (hi - lo > 1) {
        const mid = lo + Math.floor((hi - lo) / 2);
        if (zone.offsetAt(mid) === offset) lo = mid;
        else hi = mid;
      }
      const wall = hi + offset;
      const day = Math.floor(wall / MS_PER_DAY);
      found.push({ at: iso(hi), wall: `${formatCivilDate(day)}T${wallClock(wall - day * MS_PER_DAY)}`, from: formatOffset(offset), to: formatOffset(next) });
      offset = next;
    }
    previous = probe;
  }
  return found;
}

/**
 * Explains a due time: the clock time counted in `[start, due)` (the calendar's open time on a
 * business clock, all time on a 24x7 clock) less the spans `off` in which the clock did not run.
 */
export function explainDueTime(calendar: Calendar, clock: 'business' | '24x7', start: number, due: number, off: readonly Interval[], facts: DueTimeFacts): DueTimeExplanation {
  const zone = engineOf(calendar).zone;
  const range = { start, end: Math.max(start, due) };
  const base = clock === 'business' ? openStretches(calendar, range.start, range.end) : [range];
  const holes = clipIntervals(unionIntervals(off), range);
  const counted = subtractIntervals(base, holes);
  const pauses: ExplainedPause[] = holes.map((hole) => {
    const reasons = [...new Set((facts.reasons ?? []).filter((p) => p.start < hole.end && p.end > hole.start).map((p) => p.reason))];
    return {
      start: formatZoned(zone, hole.start),
      end: formatZoned(zone, hole.end),
      ms: intervalsLength(clipIntervals(base, hole)),
      minutes: minutes(intervalsLength(clipIntervals(base, hole))),
      ...(reasons.length === 0 ? {} : { reason: reasons.join(', ') }),
    };
  });
  return {
    kind: 'due-time',
    ...(facts.label === undefined ? {} : { label: facts.label }),
    clock,
    timeZone: zone.timeZone,
    start: formatZoned(zone, start),
    due: formatZoned(zone, due),
    ...(facts.breachedAfter === undefined ? {} : { breachedAfter: formatZoned(zone, facts.breachedAfter) }),
    targetMs: intervalsLength(counted),
    targetMinutes: minutes(intervalsLength(counted)),
    ...(facts.businessDays === undefined ? {} : { businessDays: facts.businessDays }),
    ...(facts.deadline === undefined ? {} : { deadline: facts.deadline }),
    stretches: stretchesOf(zone, counted),
    skippedDays: clock === 'business' ? skippedDaysOf(calendar, range.start, range.end) : [],
    dstChanges: dstChangesOf(zone, range.start, range.end),
    pauses,
    ...(facts.source === undefined ? {} : { source: facts.source }),
  };
}
