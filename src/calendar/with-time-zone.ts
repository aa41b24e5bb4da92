import { fail } from '../core/errors.js';
import { isValidTimeZone } from '../core/time-zone.js';
import { createCalendar, engineOf } from './create-calendar.js';
import type { Calendar } from './types.js';

/**
 * The same hours, holidays and special days, read as wall times in another zone: for a customer's
 * local business hours, `withTimeZone(vendorCalendar, customerZone)`.
 *
 * @throws SlaError `INVALID_TIME_ZONE` for an unknown zone.
 * @example
 * ```ts
 * import { createCalendar, withTimeZone } from 'slakit/calendar';
 *
 * const newYork = createCalendar({ timeZone: 'America/New_York', hours: { mon: [['08:00', '17:00']] } });
 * const london = withTimeZone(newYork, 'Europe/London');
 * london.timeZone; //=> 'Europe/London'
 * ```
 */
export function withTimeZone(calendar: Calendar, timeZone: string): Calendar {
  const spec = engineOf(calendar).compiled.spec;
  if (!isValidTimeZone(timeZone)) return fail('INVALID_TIME_ZONE', 'timeZone', timeZone, "is not an IANA time zone such as 'America/New_York'");
  return createCalendar({ ...spec, timeZone });
}
