import { createCalendar } from '../calendar/create-calendar.js';
import type { Calendar, CalendarSpec } from '../calendar/types.js';
import { fail, isSlaError } from '../core/errors.js';
import type { SchemaProblem } from './check-schema.js';
import type { Contract, ContractServiceHours } from './types.js';

/** A contract's `availability.serviceHours`, checked: `'businessHours'` needs business hours; a spec must compile. */
export function readServiceHours(value: unknown, hasBusinessHours: boolean): 'businessHours' | ContractServiceHours | { problem: SchemaProblem } | undefined {
  if (value === undefined) return undefined;
  if (value === 'businessHours') {
    return hasBusinessHours ? value : { problem: { path: 'availability.serviceHours', message: "is 'businessHours', the contract's business hours, but the contract defines no businessHours" } };
  }
  const spec = value as ContractServiceHours;
  try {
    createCalendar({ ...spec, timeZone: spec.timeZone ?? 'UTC' } as CalendarSpec);
  } catch (error) {
    if (!isSlaError(error)) throw error;
    const inner = String(error.details.path ?? '');
    return { problem: { path: `availability.serviceHours${inner === '' || inner.startsWith('[') ? inner : `.${inner.replace(/^spec\.?/, '')}`}`.replace(/\.$/, ''), message: `${error.message.replace(/^[A-Z_]+: /, '').replace(`${inner}: `, '')} (${error.code})` } };
  }
  return spec;
}

/**
 * The calendar of a contract's availability service hours (`availability.serviceHours`), for
 * `measureAvailability`'s `serviceHours`: a calendar spec in its own zone (or, when it names none,
 * `timeZone`, the zone of the measured period), or the contract's business hours in `timeZone`
 * (`'businessHours'`). `undefined` when the contract states no service hours (every minute counts).
 *
 * @throws SlaError `INVALID_CONTRACT` when the service hours are the business hours and the
 * contract was loaded without them (load the `businessHours` part too); `INVALID_TIME_ZONE`.
 * @example
 * ```ts
 * import { loadContract, serviceHoursCalendar } from 'slakit/contract';
 * import { measureAvailability } from 'slakit/availability';
 *
 * const contract = loadContract({ availability: { serviceHours: { hours: { mon: [['07:00', '20:00']], tue: [['07:00', '20:00']], wed: [['07:00', '20:00']], thu: [['07:00', '20:00']], fri: [['07:00', '20:00']] } } } });
 * const report = measureAvailability({
 *   month: '2026-06',
 *   incidents: [{ id: 'N-1', start: '2026-06-03T19:00:00Z', end: '2026-06-03T23:00:00Z', cause: 'unplanned' }],
 *   policy: { excusable: [], maintenanceWindowsOnly: false },
 *   serviceHours: serviceHoursCalendar(contract, 'UTC')!,
 * });
 * [report.totalMinutes, report.unscheduledMinutes, report.outsideServiceHoursMinutes]; //=> [17160, 60, 180]
 * ```
 */
export function serviceHoursCalendar(contract: Contract, timeZone: string): Calendar | undefined {
  if (typeof contract !== 'object' || contract === null || typeof contract.calendarFor !== 'function') return fail('INVALID_ARGUMENT', 'contract', contract, 'is not a Contract from loadContract');
  const availability: unknown = contract.availability;
  if (availability === undefined) return undefined;
  if (typeof availability !== 'object' || availability === null) return fail('INVALID_ARGUMENT', 'contract.availability', availability, 'is not the availability terms of a Contract from loadContract');
  const hours = (availability as { serviceHours?: unknown }).serviceHours as ContractServiceHours | 'businessHours' | undefined;
  if (hours === undefined) return undefined;
  if (typeof hours !== 'object' && hours !== 'businessHours') return fail('INVALID_ARGUMENT', 'contract.availability.serviceHours', hours, "is not a calendar spec or 'businessHours'");
  if (hours === null) return fail('INVALID_ARGUMENT', 'contract.availability.serviceHours', hours, "is not a calendar spec or 'businessHours'");
  if (hours === 'businessHours') {
    if (contract.businessHours === undefined) return fail('INVALID_CONTRACT', 'availability.serviceHours', hours, "is the contract's business hours, which were not loaded; load the businessHours part too");
    return contract.calendarFor(timeZone);
  }
  return createCalendar({ ...hours, timeZone: hours.timeZone ?? timeZone } as CalendarSpec);
}
