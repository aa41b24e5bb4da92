import { fail } from '../core/errors.js';
import { compileSpec } from './compile-spec.js';
import { type CalendarEngine, createEngine } from './engine.js';
import type { Calendar, CalendarSpec } from './types.js';

// Engines this copy of slakit made; a forged `{ engine: {} }` is not one of them.
let madeEngines: WeakSet<CalendarEngine> | undefined;

/**
 * Validates a {@link CalendarSpec} and compiles it into an immutable {@link Calendar}. The spec is
 * copied: changing it later does not change the calendar. Each year's open time is expanded once,
 * on first use, into a table that every query looks up by day.
 *
 * @throws SlaError `INVALID_CALENDAR` naming the offending field (`hours.tue[1]`).
 * @example
 * ```ts
 * import { createCalendar } from 'slakit/calendar';
 *
 * const calendar = createCalendar({
 *   timeZone: 'America/New_York',
 *   hours: { mon: [['08:00', '17:00']], tue: [['08:00', '17:00']], wed: [['08:00', '17:00']],
 *            thu: [['08:00', '17:00']], fri: [['08:00', '17:00']] },
 *   holidays: [{ month: 12, day: 25, observed: 'nearest-weekday' }, { month: 11, weekday: 'thu', nth: 4 }],
 * });
 * ```
 */
export function createCalendar(spec: CalendarSpec): Calendar {
  const engine = createEngine(compileSpec(spec));
  (madeEngines ??= new WeakSet()).add(engine);
  const calendar = { timeZone: engine.compiled.spec.timeZone, toJSON: (): CalendarSpec => copySpec(engine.compiled.spec) };
  Object.defineProperty(calendar, 'engine', { value: engine, enumerable: false });
  return Object.freeze(calendar) as Calendar;
}

/** The compiled engine of a calendar argument, or an error naming the argument. */
export function engineOf(calendar: Calendar, path = 'calendar'): CalendarEngine {
  const engine = typeof calendar === 'object' && calendar !== null ? (calendar as { engine?: CalendarEngine }).engine : undefined;
  if (engine === undefined || madeEngines?.has(engine) !== true) return fail('INVALID_ARGUMENT', path, calendar, 'is not a Calendar made by createCalendar');
  return engine;
}

/** A deep, mutable copy of a spec (the stored one is frozen). */
export function copySpec(spec: CalendarSpec): CalendarSpec {
  return JSON.parse(JSON.stringify(spec)) as CalendarSpec;
}
