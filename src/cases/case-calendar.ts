import type { Calendar } from '../calendar/types.js';
import { withTimeZone } from '../calendar/with-time-zone.js';
import type { CaseInput } from './types.js';

/** The calendar of a case: the one given, moved to the case's own zone when it names one (cached per zone). */
export function calendarFor(calendar: Calendar, zones: Map<string, Calendar>, input: CaseInput): Calendar {
  const zone = input.timeZone;
  if (zone === undefined || zone === calendar.timeZone) return calendar;
  let moved = zones.get(zone);
  if (moved === undefined) {
    moved = withTimeZone(calendar, zone);
    zones.set(zone, moved);
  }
  return moved;
}
