import { engineOf } from '../calendar/create-calendar.js';
import type { Calendar } from '../calendar/types.js';
import { fail } from '../core/errors.js';
import type { CaseInput } from './types.js';

/** Where the calendars of a report's cases come from: the calendar given, and `calendarFor` for other zones (cached). */
export interface CaseCalendars {
  readonly calendar: Calendar;
  readonly calendarFor: ((timeZone: string) => Calendar) | undefined;
  readonly zones: Map<string, Calendar>;
}

/** The calendar of a case: the one given, or for a case in another zone, `calendarFor(zone)`. */
export function calendarFor({ calendar, calendarFor, zones }: CaseCalendars, input: CaseInput): Calendar {
  const zone = input.timeZone;
  if (zone === undefined || zone === calendar.timeZone) return calendar;
  let moved = zones.get(zone);
  if (moved === undefined) {
    if (calendarFor === undefined) fail('INVALID_CASE', 'timeZone', zone, `is not the calendar's zone (${calendar.timeZone}); pass options.calendarFor, e.g. (zone) => withTimeZone(calendar, zone)`);
    moved = calendarFor(zone);
    engineOf(moved, 'options.calendarFor');
    zones.set(zone, moved);
  }
  return moved;
}
