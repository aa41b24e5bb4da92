import { toResultDate } from '../calendar/engine.js';
import type { Interval } from '../core/interval.js';
import type { CompiledWindow, WindowOccurrence } from './types.js';

/** An occurrence of a window as the public shape, carrying the window's id, region, label and zone. */
export function toOccurrence(window: CompiledWindow, stretch: Interval, path: string, value: unknown): WindowOccurrence {
  const { id, region, label, timeZone } = window.spec;
  const occurrence: WindowOccurrence = { start: toResultDate(stretch.start, path, value), end: toResultDate(stretch.end, path, value) };
  if (id !== undefined) occurrence.id = id;
  if (region !== undefined) occurrence.region = region;
  if (label !== undefined) occurrence.label = label;
  if (timeZone !== undefined) occurrence.timeZone = timeZone;
  return occurrence;
}

/** Order of occurrences: earlier start first, then the window listed first in the schedule. */
export function compareOccurrences(a: { start: number; index: number }, b: { start: number; index: number }): number {
  return a.start - b.start || a.index - b.index;
}
