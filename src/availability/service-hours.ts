import { engineOf } from '../calendar/create-calendar.js';
import { openStretches } from '../calendar/open-intervals.js';
import type { Calendar } from '../calendar/types.js';
import { intersectIntervals, type Interval } from '../core/interval.js';
import type { RawSegments } from './attribute-downtime.js';

/** The open stretches of a service-hours calendar inside `[from, to)` (epoch ms), validated. */
export function serviceStretches(calendar: unknown, from: number, to: number, path = 'serviceHours'): Interval[] {
  engineOf(calendar as Calendar, path);
  return openStretches(calendar as Calendar, from, to);
}

/**
 * The segments cut to the service hours (sorted, disjoint intervals): only the pieces inside them
 * remain, and the downtime outside them is returned in ms. Segments are sorted and disjoint, so
 * one pass walks both lists.
 */
export function clipToService(raw: RawSegments, service: readonly Interval[]): { raw: RawSegments; outsideMs: number } {
  const start: number[] = [];
  const end: number[] = [];
  const incident: number[] = [];
  const reason: number[] = [];
  const counted: boolean[] = [];
  let outsideMs = 0;
  let j = 0;
  for (let k = 0; k < raw.count; k++) {
    const s = raw.start[k] as number;
    const e = raw.end[k] as number;
    while (j < service.length && (service[j] as Interval).end <= s) j++;
    let last = j;
    while (last < service.length && (service[last] as Interval).start < e) last++;
    let inside = 0;
    for (const piece of intersectIntervals([{ start: s, end: e }], service.slice(j, last))) {
      start.push(piece.start);
      end.push(piece.end);
      incident.push(raw.incident[k] as number);
      reason.push(raw.reason[k] as number);
      counted.push(raw.counted[k] as boolean);
      inside += piece.end - piece.start;
    }
    outsideMs += e - s - inside;
  }
  return { raw: { count: start.length, start, end, incident, reason, counted }, outsideMs };
}
