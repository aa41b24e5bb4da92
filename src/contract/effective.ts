import { civilDateToDays, isCivilDate } from '../core/civil-date.js';
import { describeValue, SlaError } from '../core/errors.js';
import { hasOwn } from '../core/plain-data.js';
import { isValidTimeZone, wallMs, zoneRules } from '../core/time-zone.js';
import type { ContractEffective } from './types.js';

type Json = Record<string, unknown>;

/** `INVALID_CONTRACT` for one problem at `path`, in the shape `loadContract`'s errors have. */
function refuse(path: string, value: unknown, message: string): never {
  const full = `${describeValue(value)} ${message}`;
  throw new SlaError('INVALID_CONTRACT', `${path}: ${full}`, { path, value, problems: [{ path, message: full }] });
}

/** 00:00 of a civil date in a zone, as epoch ms (a midnight that a DST gap skips moves forward, as everywhere). */
export function dayStart(date: string, timeZone: string): number {
  return zoneRules(timeZone).toInstant(wallMs(civilDateToDays(date), 0));
}

/**
 * The `effective` member of a document that passed the schema, read: its dates, the zone they
 * start in (`effective.timeZone`, else `availability.timeZone`, else UTC) and their instants.
 * `parameters` resolves an `availability.timeZone` given as a parameter.
 */
export function effectiveOf(doc: Json, parameters: { readonly [name: string]: unknown } | undefined): ContractEffective | undefined {
  const effective = doc['effective'] as { from?: string; to?: string; timeZone?: string } | undefined;
  if (effective === undefined) return undefined;
  const from = effective.from ?? null;
  const to = effective.to ?? null;
  let timeZone = effective.timeZone;
  if (timeZone === undefined) {
    const stated = (doc['availability'] as Json | undefined)?.['timeZone'];
    if (typeof stated === 'object' && stated !== null) {
      // availability.timeZone is a parameter: its value, from the options or the document.
      const name = (stated as { $param: string }).$param;
      const given = parameters !== undefined && hasOwn(parameters, name) ? parameters[name] : (doc['parameterValues'] as Json | undefined)?.[name];
      if (typeof given !== 'string') return refuse('effective.timeZone', undefined, `is needed: availability.timeZone is the parameter '${name}', which has no value here; state the zone the effective dates start in`);
      timeZone = given;
    } else timeZone = (stated as string | undefined) ?? 'UTC';
  }
  if (!isValidTimeZone(timeZone)) return refuse(effective.timeZone === undefined ? 'availability.timeZone' : 'effective.timeZone', timeZone, 'is not an IANA time zone such as Europe/Berlin');
  if (from !== null && !isCivilDate(from)) return refuse('effective.from', from, 'is not a date of the calendar');
  if (to !== null && !isCivilDate(to)) return refuse('effective.to', to, 'is not a date of the calendar');
  if (from !== null && to !== null && to < from) return refuse('effective.to', to, `is before effective.from (${from}); to is the last day in force, at least from`);
  const start = from === null ? null : dayStart(from, timeZone);
  // `to` is the last day in force: the version ends at the next midnight.
  const end = to === null ? null : zoneRules(timeZone).toInstant(wallMs(civilDateToDays(to) + 1, 0));
  return { from, to, timeZone, start: start === null ? null : new Date(start), end: end === null ? null : new Date(end) };
}
