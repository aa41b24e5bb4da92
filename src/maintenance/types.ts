import type { Calendar, Weekday } from '../calendar/types.js';
import type { DurationInput } from '../core/duration.js';

/**
 * One weekly maintenance window as plain data: a wall-time range in the schedule's zone that
 * starts on `day`. An `end` at or before `start` crosses midnight and ends the next day
 * (`day: 'mon', start: '23:30', end: '01:30'` ends Tuesday 01:30); `'24:00'` is the next midnight.
 *
 * @example
 * ```ts
 * import type { MaintenanceWindowSpec } from 'slakit/maintenance';
 *
 * const india: MaintenanceWindowSpec = { id: 'india', region: 'India', day: 'mon', start: '23:30', end: '01:30' };
 * ```
 */
export interface MaintenanceWindowSpec {
  /** A name for this window, unique in its schedule; copied to every occurrence. */
  readonly id?: string;
  /** The region the window applies to (`'EU'`); queries can select one region. */
  readonly region?: string;
  /** The weekday, in the schedule's zone, on which the window starts. */
  readonly day: Weekday;
  /** Wall time the window starts, `'HH:mm'` or `'HH:mm:ss'`. */
  readonly start: string;
  /** Wall time the window ends, `'HH:mm'`, `'HH:mm:ss'` or `'24:00'`; at or before `start` means the next day. */
  readonly end: string;
  /** Free text copied to every occurrence. */
  readonly label?: string;
  /** The IANA zone of this window's wall times, when it is not the schedule's. */
  readonly timeZone?: string;
}

/**
 * What a contract promises about notice before maintenance, as plain JSON:
 * - `{ kind: 'none' }` — no notice period is promised;
 * - `{ kind: 'best-effort', upTo }` — the vendor endeavours to give up to `upTo` of notice, a
 *   ceiling and no minimum, so a shorter notice is not a breach (Uniphore Support SLAs, "Uniphore
 *   Cloud (X-Platform)": "Uniphore will endeavor to provide up to one week advance notice");
 * - `{ kind: 'minimum', atLeast }` — notice at least `atLeast` before the window starts.
 *
 * @example
 * ```ts
 * import type { NoticeRule } from 'slakit/maintenance';
 *
 * const uniphore: NoticeRule = { kind: 'best-effort', upTo: { weeks: 1 } };
 * const strict: NoticeRule = { kind: 'minimum', atLeast: { days: 7 } };
 * ```
 */
export type NoticeRule =
  | { readonly kind: 'none' }
  | { readonly kind: 'best-effort'; readonly upTo: DurationInput }
  | { readonly kind: 'minimum'; readonly atLeast: DurationInput };

/**
 * How a notice stands against a {@link NoticeRule}, from {@link checkAdvanceNotice}. Durations are
 * in ms.
 *
 * @example
 * ```ts
 * import type { AdvanceNoticeCheck } from 'slakit/maintenance';
 *
 * const check: AdvanceNoticeCheck = { promised: 'best-effort', lead: 259_200_000, promisedLead: 604_800_000, met: true, shortBy: 345_600_000 };
 * ```
 */
export interface AdvanceNoticeCheck {
  /** The kind of the rule: what the contract promises. */
  promised: NoticeRule['kind'];
  /** The notice given: window start − notice; negative when the notice came after the start. */
  lead: number;
  /** The rule's `upTo` or `atLeast`; `null` for `'none'`. */
  promisedLead: number | null;
  /** Whether the promise was kept: always for `'none'` and `'best-effort'`, `lead >= atLeast` for `'minimum'`. */
  met: boolean;
  /** How far `lead` falls short of `promisedLead` (0 when it reaches it or nothing is promised). */
  shortBy: number;
}

/**
 * A maintenance schedule as plain JSON: weekly windows whose wall times are in one IANA zone (a
 * window may name its own `timeZone`).
 *
 * @example
 * ```ts
 * import type { MaintenanceScheduleSpec } from 'slakit/maintenance';
 *
 * const spec: MaintenanceScheduleSpec = {
 *   timeZone: 'Asia/Kolkata',
 *   windows: [{ region: 'EU', day: 'wed', start: '08:00', end: '10:30' }],
 * };
 * ```
 */
export interface MaintenanceScheduleSpec {
  /** The IANA zone whose wall times the windows are in (those that name no zone of their own). */
  readonly timeZone: string;
  /** At least one window. Windows may overlap (two regions can share the same window). */
  readonly windows: readonly MaintenanceWindowSpec[];
  /** What the contract promises about notice before a window. Default `{ kind: 'none' }`. */
  readonly notice?: NoticeRule;
}

/** @internal One window compiled into a one-range calendar (the calendar engine lays out its weeks). */
export interface CompiledWindow {
  readonly index: number;
  readonly spec: MaintenanceWindowSpec;
  readonly calendar: Calendar;
}

/** @internal The compiled form of a schedule. */
export interface CompiledSchedule {
  readonly spec: MaintenanceScheduleSpec;
  readonly windows: readonly CompiledWindow[];
  readonly byRegion: ReadonlyMap<string, readonly CompiledWindow[]>;
}

/**
 * A validated, immutable maintenance schedule made by {@link createMaintenanceSchedule}. Pass it
 * to the query functions; `JSON.stringify(schedule)` gives its spec back.
 *
 * @example
 * ```ts
 * import { createMaintenanceSchedule, type MaintenanceSchedule } from 'slakit/maintenance';
 *
 * const schedule: MaintenanceSchedule = createMaintenanceSchedule({
 *   timeZone: 'Asia/Kolkata',
 *   windows: [{ region: 'EU', day: 'wed', start: '08:00', end: '10:30' }],
 * });
 * schedule.regions; //=> ['EU']
 * ```
 */
export interface MaintenanceSchedule {
  /** The IANA zone whose wall times the windows are in (those that name no zone of their own). */
  readonly timeZone: string;
  /** The distinct regions named by the windows, in the order they first appear. */
  readonly regions: readonly string[];
  /** The spec's notice rule; `{ kind: 'none' }` when it names none. */
  readonly notice: NoticeRule;
  /** The spec, so that `JSON.stringify(schedule)` serialises it. */
  toJSON(): MaintenanceScheduleSpec;
  /** @internal The compiled form; not part of the public API. */
  readonly compiled: CompiledSchedule;
}

/**
 * One occurrence of a window, `[start, end)`, with the window's `id`, `region`, `label` and
 * `timeZone` (of a window in a zone other than the schedule's) when it has them.
 *
 * @example
 * ```ts
 * import type { WindowOccurrence } from 'slakit/maintenance';
 *
 * const w: WindowOccurrence = {
 *   start: new Date('2026-07-06T05:00:00Z'), end: new Date('2026-07-06T07:00:00Z'), region: 'US',
 * };
 * ```
 */
export interface WindowOccurrence {
  start: Date;
  end: Date;
  id?: string;
  region?: string;
  label?: string;
  timeZone?: string;
}

/**
 * Options of the window queries.
 *
 * @example
 * ```ts
 * import type { WindowQueryOptions } from 'slakit/maintenance';
 *
 * const options: WindowQueryOptions = { region: 'EU' };
 * ```
 */
export interface WindowQueryOptions {
  /** Only the windows of this region; omitted: every window of the schedule. */
  region?: string;
}

/**
 * A window occurrence as wall times in one zone, with the offsets in force at its start and end
 * (DST applied on that date). Times are `'HH:mm'`, with seconds (and milliseconds) only when they
 * are not zero.
 *
 * @example
 * ```ts
 * import type { WindowDescription } from 'slakit/maintenance';
 *
 * const us: WindowDescription = {
 *   timeZone: 'America/New_York',
 *   startDate: '2026-07-06', startDay: 'mon', start: '01:00',
 *   endDate: '2026-07-06', endDay: 'mon', end: '03:00',
 *   utcOffset: '-04:00', endUtcOffset: '-04:00',
 * };
 * ```
 */
export interface WindowDescription {
  timeZone: string;
  /** Local date of the start, `'YYYY-MM-DD'`. */
  startDate: string;
  startDay: Weekday;
  /** Local wall time of the start. */
  start: string;
  /** Local date of the end, `'YYYY-MM-DD'` (the next day for a window that crosses midnight). */
  endDate: string;
  endDay: Weekday;
  /** Local wall time of the end. */
  end: string;
  /** Offset from UTC at the start, `'±HH:mm'`. */
  utcOffset: string;
  /** Offset from UTC at the end; differs from `utcOffset` only when a DST change falls inside the window. */
  endUtcOffset: string;
}
