import { createCalendar } from '../calendar/create-calendar.js';
import type { Weekday } from '../calendar/types.js';
import { fail } from '../core/errors.js';
import { parseTimeOfDay } from '../core/time-of-day.js';
import { isValidTimeZone } from '../core/time-zone.js';
import { optionalName, plainObject, readOptions } from '../core/plain-data.js';
import { copyNoticeRule, readNoticeRule } from './notice-rule.js';
import type { CompiledSchedule, CompiledWindow, MaintenanceSchedule, MaintenanceScheduleSpec, MaintenanceWindowSpec, NoticeRule } from './types.js';

const SPEC_KEYS = ['timeZone', 'windows', 'notice'];
const WINDOW_KEYS = ['id', 'region', 'day', 'start', 'end', 'label', 'timeZone'];
const DAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const NO_NOTICE: NoticeRule = Object.freeze({ kind: 'none' });

function compileWindow(value: unknown, index: number, timeZone: string): CompiledWindow {
  const path = `windows[${index}]`;
  const object = plainObject(value, path, 'INVALID_SCHEDULE', WINDOW_KEYS);
  const id = optionalName(object['id'], `${path}.id`, 'INVALID_SCHEDULE');
  const region = optionalName(object['region'], `${path}.region`, 'INVALID_SCHEDULE');
  const label = optionalName(object['label'], `${path}.label`, 'INVALID_SCHEDULE');
  const own = object['timeZone'];
  if (own !== undefined && !isValidTimeZone(own)) fail('INVALID_SCHEDULE', `${path}.timeZone`, own, "is not an IANA time zone such as 'America/Chicago'");
  const day = object['day'];
  if (typeof day !== 'string' || !(DAYS as readonly string[]).includes(day)) fail('INVALID_SCHEDULE', `${path}.day`, day, `is not a weekday; expected one of ${DAYS.join(', ')}`);
  const start = object['start'];
  const end = object['end'];
  const startSeconds = parseTimeOfDay(start, `${path}.start`, 'INVALID_SCHEDULE', false);
  const endSeconds = parseTimeOfDay(end, `${path}.end`, 'INVALID_SCHEDULE', true);
  if (startSeconds === endSeconds) fail('INVALID_SCHEDULE', path, [start, end], 'is empty: its start and end are the same');
  const spec: MaintenanceWindowSpec = Object.freeze({
    ...(id !== undefined ? { id } : {}),
    ...(region !== undefined ? { region } : {}),
    day: day as Weekday,
    start: start as string,
    end: end as string,
    ...(label !== undefined ? { label } : {}),
    ...(own !== undefined ? { timeZone: own } : {}),
  });
  // The calendar engine already turns weekly wall-time ranges into instants (DST, overnight ranges,
  // year tables); one calendar per window keeps each window's identity even where windows overlap.
  const calendar = createCalendar({ timeZone: own ?? timeZone, hours: { [day as Weekday]: [[start as string, end as string]] } });
  return { index, spec, calendar };
}

/**
 * Validates a {@link MaintenanceScheduleSpec} and compiles it into an immutable
 * {@link MaintenanceSchedule}. The spec is copied. A window with a `timeZone` of its own is in
 * that zone, the others in the schedule's. Each window becomes a one-range business
 * calendar, so its weekly occurrences are laid out by the same engine and DST policy as business
 * hours: a wall time in a DST gap moves forward, a repeated one takes the earlier instant, and an
 * occurrence whose converted end is not after its start is skipped that week.
 *
 * @throws SlaError `INVALID_SCHEDULE` naming the field (`windows[2].end`): an unknown zone, no
 * windows, a bad weekday or time, a window whose start equals its end, a duplicate `id`, an empty
 * `id`/`region`/`label`, a window's unknown `timeZone`, unknown keys, a `notice` that is not a {@link NoticeRule}
 * (`INVALID_DURATION` for its duration).
 * @example
 * ```ts
 * import { createMaintenanceSchedule } from 'slakit/maintenance';
 *
 * const schedule = createMaintenanceSchedule({
 *   timeZone: 'Asia/Kolkata',
 *   windows: [{ id: 'india', region: 'India', day: 'mon', start: '23:30', end: '01:30' }],
 * });
 * schedule.timeZone; //=> 'Asia/Kolkata'
 * schedule.notice; //=> { kind: 'none' }
 * createMaintenanceSchedule({ timeZone: 'UTC', windows: [{ day: 'mon', start: '02:00', end: '02:00' }] });
 * // throws SlaError INVALID_SCHEDULE (windows[0]: start and end are the same)
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function createMaintenanceSchedule(spec: MaintenanceScheduleSpec): MaintenanceSchedule {
  const object = plainObject(spec, 'spec', 'INVALID_SCHEDULE', SPEC_KEYS);
  const timeZone = object['timeZone'];
  if (!isValidTimeZone(timeZone)) fail('INVALID_SCHEDULE', 'timeZone', timeZone, "is not an IANA time zone such as 'Asia/Kolkata'");
  const windowsInput = object['windows'];
  if (!Array.isArray(windowsInput) || windowsInput.length === 0) fail('INVALID_SCHEDULE', 'windows', windowsInput, 'is not a non-empty list of windows');
  // A plain loop, so a hole in the array is read (as undefined) and rejected.
  const windows: CompiledWindow[] = [];
  for (let i = 0; i < windowsInput.length; i++) windows.push(compileWindow(windowsInput[i], i, timeZone));
  const ids = new Map<string, number>();
  const byRegion = new Map<string, CompiledWindow[]>();
  for (const window of windows) {
    const { id, region } = window.spec;
    if (id !== undefined) {
      const other = ids.get(id);
      if (other !== undefined) fail('INVALID_SCHEDULE', `windows[${window.index}].id`, id, `is already the id of windows[${other}]`);
      ids.set(id, window.index);
    }
    if (region !== undefined) {
      const list = byRegion.get(region);
      if (list === undefined) byRegion.set(region, [window]);
      else list.push(window);
    }
  }
  const given = object['notice'] === undefined ? undefined : readNoticeRule(object['notice'], 'notice', 'INVALID_SCHEDULE').rule;
  const notice = given ?? NO_NOTICE;
  const normalized: MaintenanceScheduleSpec = Object.freeze({ timeZone, windows: Object.freeze(windows.map((w) => w.spec)), ...(given === undefined ? {} : { notice }) });
  const compiled: CompiledSchedule = { spec: normalized, windows, byRegion };
  const schedule = { timeZone, regions: Object.freeze([...byRegion.keys()]), notice };
  // Not enumerable: two schedules of one spec compare equal member by member.
  Object.defineProperty(schedule, 'toJSON', {
    value: (): MaintenanceScheduleSpec => ({ timeZone, windows: normalized.windows.map((w) => ({ ...w })), ...(given === undefined ? {} : { notice: copyNoticeRule(given) }) }),
    enumerable: false,
  });
  Object.defineProperty(schedule, 'compiled', { value: compiled, enumerable: false });
  (madeSchedules ??= new WeakSet()).add(compiled);
  return Object.freeze(schedule) as MaintenanceSchedule;
}

// Schedules this copy of slakit made; a forged `{ compiled: {} }` is not one of them.
let madeSchedules: WeakSet<CompiledSchedule> | undefined;

/** The compiled form of a schedule argument, or an error naming the argument. */
export function compiledScheduleOf(schedule: unknown, path = 'schedule'): CompiledSchedule {
  const compiled = typeof schedule === 'object' && schedule !== null ? (schedule as { compiled?: CompiledSchedule }).compiled : undefined;
  if (compiled === undefined || madeSchedules?.has(compiled) !== true) return fail('INVALID_ARGUMENT', path, schedule, 'is not a MaintenanceSchedule made by createMaintenanceSchedule');
  return compiled;
}

/**
 * The windows a query looks at: all of them, or those of one region with the windows that name no
 * region (they apply in every region).
 *
 * @throws SlaError `INVALID_ARGUMENT` for a region no window of the schedule names.
 */
export function windowsOf(compiled: CompiledSchedule, region: unknown, path = 'options.region'): readonly CompiledWindow[] {
  if (region === undefined) return compiled.windows;
  const windows = typeof region === 'string' ? compiled.byRegion.get(region) : undefined;
  if (windows === undefined) {
    const known = [...compiled.byRegion.keys()];
    return fail('INVALID_ARGUMENT', path, region, known.length === 0 ? 'is given, but no window of the schedule names a region' : `is not a region of the schedule; expected one of ${known.join(', ')}`);
  }
  // Windows that name no region apply in every region (filtered per query: no list per region to hold).
  return compiled.windows.filter((w) => w.spec.region === undefined || w.spec.region === region);
}

/** Reads the `region` of a query's options object. */
export function regionOption(options: unknown): unknown {
  return readOptions(options, 'options', ['region'])['region'];
}
