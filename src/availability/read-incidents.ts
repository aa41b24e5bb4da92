import { describeValue, fail, SlaError } from '../core/errors.js';
import { toEpochMs } from '../core/instant.js';
import { INCIDENT_CAUSES } from './incident-causes.js';
import type { OutOfScopeIncident } from './types.js';

/** Validated incidents as columns: epoch ms, cause rank in {@link INCIDENT_CAUSES}, id. */
export interface IncidentTable {
  readonly count: number;
  readonly start: Float64Array;
  readonly end: Float64Array;
  readonly cause: Uint8Array;
  readonly ids: readonly (string | undefined)[];
  /** `announcedAt` in epoch ms; NaN: not announced. */
  readonly announced: Float64Array;
  /** `plannedEnd` in epoch ms; NaN: none given. */
  readonly plannedEnd: Float64Array;
  /** With a scope: the incidents outside it (their end is set to their start, so they count nowhere). */
  readonly outOfScope: OutOfScopeIncident[];
}

function incidentError(path: string, value: unknown, expected: string, index: number, id: string | undefined, absent = false): never {
  const named = id === undefined ? '' : ` (incident '${id}')`;
  throw new SlaError('INVALID_INCIDENT', `${path}: ${absent ? '' : `${describeValue(value)} `}${expected}${named}`, {
    path,
    value,
    incidentIndex: index,
    ...(id !== undefined ? { incidentId: id } : {}),
  });
}

function instant(value: unknown, path: string, index: number, id: string | undefined): number {
  try {
    return toEpochMs(value, path);
  } catch (error) {
    // Re-raised under the incident's code, naming the incident. toEpochMs throws only SlaErrors,
    // whose message is 'CODE: path: value reason'.
    const { code, message } = error as SlaError;
    return incidentError(path, value, message.slice(`${code}: ${path}: ${describeValue(value)} `.length), index, id);
  }
}

/**
 * Validates a list of incidents. An ongoing incident (`end: null`) ends at `asOf`.
 *
 * @throws SlaError `INVALID_ARGUMENT` when the list is not an array; `INVALID_INCIDENT` naming
 * the incident's index (and id) for anything wrong in one incident.
 */
export function readIncidents(incidents: unknown, asOf: number | null, path = 'incidents', scope: readonly string[] | null = null): IncidentTable {
  if (!Array.isArray(incidents)) return fail('INVALID_ARGUMENT', path, incidents, 'is not a list of incidents');
  const count = incidents.length;
  const start = new Float64Array(count);
  const end = new Float64Array(count);
  const cause = new Uint8Array(count);
  const ids: (string | undefined)[] = new Array<string | undefined>(count);
  const announced = new Float64Array(count);
  const plannedEnd = new Float64Array(count);
  const outOfScope: OutOfScopeIncident[] = [];
  for (let i = 0; i < count; i++) {
    const incident: unknown = incidents[i];
    const at = `${path}[${i}]`;
    if (typeof incident !== 'object' || incident === null) incidentError(at, incident, 'is not an incident { start, end, cause }', i, undefined);
    const { id, start: s, end: e, cause: c, announcedAt: a, plannedEnd: p, environment } = incident as { id?: unknown; start?: unknown; end?: unknown; cause?: unknown; announcedAt?: unknown; plannedEnd?: unknown; environment?: unknown };
    if (id !== undefined && (typeof id !== 'string' || id.length === 0)) incidentError(`${at}.id`, id, 'is not a non-empty string', i, undefined);
    const name = id as string | undefined;
    start[i] = instant(s, `${at}.start`, i, name);
    if (e === null) {
      if (asOf === null) incidentError(`${at}.end`, e, 'means the incident is ongoing, which needs asOf', i, name);
      if (asOf < (start[i] as number)) incidentError(`${at}.end`, e, `means ongoing until asOf (${new Date(asOf).toISOString()}), which is before its start`, i, name);
      end[i] = asOf;
    } else {
      end[i] = instant(e, `${at}.end`, i, name);
      if ((end[i] as number) < (start[i] as number)) incidentError(`${at}.end`, e, `is before its start ${describeValue(s)}`, i, name);
    }
    const rank = INCIDENT_CAUSES.indexOf(c as never);
    if (rank < 0) incidentError(`${at}.cause`, c, `is not an incident cause; expected one of ${INCIDENT_CAUSES.join(', ')}`, i, name);
    cause[i] = rank;
    ids[i] = name;
    announced[i] = a === undefined || a === null ? NaN : instant(a, `${at}.announcedAt`, i, name);
    plannedEnd[i] = p === undefined || p === null ? NaN : instant(p, `${at}.plannedEnd`, i, name);
    if ((plannedEnd[i] as number) < (start[i] as number)) incidentError(`${at}.plannedEnd`, p, `is before its start ${describeValue(s)}`, i, name);
    if (scope !== null) {
      // Never a guess: an incident without an environment is refused, not counted as in or out of scope.
      if (environment === undefined || environment === null) incidentError(`${at}.environment`, environment, `is missing; the measurement applies to ${scope.join(', ')} only, so every incident needs an environment`, i, name, true);
      if (typeof environment !== 'string' || environment.trim() === '') incidentError(`${at}.environment`, environment, `is not an environment; the measurement applies to ${scope.join(', ')} only, so every incident needs one`, i, name);
      const known = scope.some((e) => e.toLowerCase() === environment.trim().toLowerCase());
      if (!known) {
        outOfScope.push(name === undefined ? { incidentIndex: i, environment } : { incidentIndex: i, incidentId: name, environment });
        end[i] = start[i] as number;
      }
    }
  }
  return { count, start, end, cause, ids, announced, plannedEnd, outOfScope };
}
