import { businessDayAfter } from '../calendar/business-day-after.js';
import { engineOf } from '../calendar/create-calendar.js';
import type { Calendar } from '../calendar/types.js';
import { MS_PER_DAY } from '../core/civil-date.js';
import { wallMs } from '../core/time-zone.js';

// A deadline target (`{ businessDays: N, by: 'HH:MM' }`, "by 16:00 on the next business day"):
// the local time `by` on the N-th business day after the local day the clock starts on. It runs on
// the wall clock: it passes at `by`, whatever the day's open hours (the calendar only says which
// days are business days), and a pause the target honours pushes it back by the pause's length.

/** A deadline's `by` time of day, `'HH:MM'` (00:00–23:59). */
export const DEADLINE_TIME = /^(?:[01]\d|2[0-3]):[0-5]\d$/;

/** Seconds since local midnight of a `'HH:MM'` time. */
export function secondsOfTime(text: string): number {
  return Number(text.slice(0, 2)) * 3600 + Number(text.slice(3, 5)) * 60;
}

/**
 * The instant of the deadline for a clock started at `from` (epoch ms): `bySeconds` after local
 * midnight on the `days`-th business day after `from`'s local day, in the calendar's zone. A
 * local time in a DST gap moves forward by the gap's length and a repeated one takes the earlier
 * instant (the one DST policy, as zonedTimeToInstant).
 */
export function deadlineAt(calendar: Calendar, from: number, days: number, bySeconds: number): number {
  const zone = engineOf(calendar).zone;
  const startDay = Math.floor(zone.toWall(from) / MS_PER_DAY);
  return zone.toInstant(wallMs(businessDayAfter(calendar, startDay, days), bySeconds));
}

const ORDINALS = ['next', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];

/** `by 16:00 on the next business day`, `by 12:00 on the 15th business day`. */
export function deadlineText(days: number, by: string): string {
  const ordinal = ORDINALS[days - 1] ?? `${days}${days % 100 >= 11 && days % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][days % 10] ?? 'th')}`;
  return `by ${by} on the ${ordinal} business day`;
}
