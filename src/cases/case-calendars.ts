import type { Calendar, CalendarSpec } from '../calendar/types.js';
import { fail } from '../core/errors.js';
import { plainObject } from '../core/plain-data.js';

/** Holidays as a calendar spec takes them: a list or a holiday set. */
type Holidays = CalendarSpec['holidays'];

/**
 * Which calendar a case gets: the business hours `build` makes (say
 * `(zone, holidays) => contract.calendarFor(zone, holidays === undefined ? {} : { holidays })`), in
 * the case's own zone, else `defaults.timeZone`, with the case's own holidays, else
 * `defaults.holidays`, else the builder's own (the contract's). One calendar per zone and holiday
 * set, built once: `slakit compliance`, `slakit cases` and the service report all get a case's
 * calendar through it.
 *
 * @throws SlaError `INVALID_ARGUMENT` for an unknown key of `defaults` or a `build` that is not a
 * function; (from the returned lookup) `INVALID_CASE` at `timeZone` when neither the case
 * nor `defaults` names a zone; the builder's errors.
 * @example
 * ```ts
 * import { caseCalendars } from 'slakit/cases';
 * import { loadContract } from 'slakit/contract';
 *
 * const contract = loadContract({ businessHours: { hours: { mon: [['09:00', '17:00']] } } });
 * const calendarOf = caseCalendars((zone, holidays) => contract.calendarFor(zone, holidays === undefined ? {} : { holidays }), { timeZone: 'America/New_York' });
 * calendarOf(undefined).timeZone; //=> 'America/New_York'
 * calendarOf('Australia/Sydney', ['2026-10-05']).timeZone; //=> 'Australia/Sydney'
 * calendarOf('Asia/Tokyo') === calendarOf('Asia/Tokyo'); //=> true
 * ```
 */
export function caseCalendars(
  build: (timeZone: string, holidays: Holidays | undefined) => Calendar,
  defaults: { readonly timeZone?: string | undefined; readonly holidays?: Holidays | undefined } = {},
): (timeZone: string | undefined, holidays?: Holidays) => Calendar {
  plainObject(defaults, 'defaults', 'INVALID_ARGUMENT', ['timeZone', 'holidays']);
  if (typeof build !== 'function') fail('INVALID_ARGUMENT', 'build', build, 'is not a function from a zone and holidays to a calendar');
  // Keyed by the holidays value itself (holiday sets are shared objects), then by zone.
  const built = new Map<unknown, Map<string, Calendar>>();
  return (ownZone, ownHolidays) => {
    const zone = ownZone ?? defaults.timeZone;
    if (zone === undefined) return fail('INVALID_CASE', 'timeZone', ownZone, 'is missing and no default zone was given: name the customer’s zone');
    const holidays = ownHolidays ?? defaults.holidays;
    let byZone = built.get(holidays);
    if (byZone === undefined) built.set(holidays, (byZone = new Map()));
    let calendar = byZone.get(zone);
    if (calendar === undefined) byZone.set(zone, (calendar = build(zone, holidays)));
    return calendar;
  };
}
