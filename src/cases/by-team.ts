import type { Calendar } from '../calendar/types.js';
import { type ClockScan, measure } from './case-clock.js';
import type { Timeline } from './case-timeline.js';
import { ASSIGNED } from './validate-support-policy.js';

/** Adds `ms` to `totals[key]`, as an own data property even for a key such as `'__proto__'` read from data. */
function addTo(totals: { [team: string]: number }, key: string, ms: number): void {
  const before = Object.prototype.hasOwnProperty.call(totals, key) ? (totals[key] as number) : 0;
  Object.defineProperty(totals, key, { value: before + ms, enumerable: true, writable: true, configurable: true });
}

/**
 * A scanned clock's time per team: the clock time (pauses left out) from its start to its stop
 * (or `now`) while each team held the case, by the `assigned` events; `''` for the time no team
 * held it (before the first assignment, or after one without a team). Teams with no time are left
 * out, so the values add up to the clock's `elapsed`.
 */
export function byTeamOf(calendar: Calendar, kind: number, scan: ClockScan, timeline: Timeline): { [team: string]: number } {
  const totals: { [team: string]: number } = {};
  const { n, type, at, note } = timeline;
  const { start, stopAt, off } = scan;
  let team = '';
  let from = start;
  for (let k = 0; k < n; k++) {
    if (type[k] !== ASSIGNED) continue;
    const time = at[k] as number;
    if (time >= stopAt) break;
    if (time > from) {
      const ms = measure(calendar, kind, from, time, off);
      if (ms > 0) addTo(totals, team, ms);
      from = time;
    }
    team = note[k] ?? '';
  }
  const ms = measure(calendar, kind, from, stopAt, off);
  if (ms > 0) addTo(totals, team, ms);
  return totals;
}

/** The team that holds the case at `now` (the last assignment up to it), `''` when none. */
export function teamAt(timeline: Timeline, now: number): string {
  const { n, type, at, note } = timeline;
  let team = '';
  for (let k = 0; k < n && (at[k] as number) <= now; k++) if (type[k] === ASSIGNED) team = note[k] ?? '';
  return team;
}
