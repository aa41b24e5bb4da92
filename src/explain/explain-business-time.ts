import { addOpenTime } from '../calendar/add-business-time.js';
import { engineOf } from '../calendar/create-calendar.js';
import { toResultDate } from '../calendar/engine.js';
import type { Calendar } from '../calendar/types.js';
import { type DurationInput, parseDuration } from '../core/duration.js';
import { type DateInput, toEpochMs } from '../core/instant.js';
import { plainObject } from '../core/plain-data.js';
import { clauseSourceOf } from './clause-source.js';
import { explainDueTime } from './due-time.js';
import type { Clause, DueTimeExplanation } from './types.js';

/**
 * Options of {@link explainBusinessTime}.
 *
 * @example
 * ```ts
 * import type { ExplainBusinessTimeOptions } from 'slakit/explain';
 *
 * const options: ExplainBusinessTimeOptions = { source: { doc: 'Support Policy', section: '4.1' } };
 * ```
 */
export interface ExplainBusinessTimeOptions {
  /** The contract clause of the target, carried into the explanation. */
  readonly source?: Clause;
}

/**
 * Explains `addBusinessTime(calendar, start, duration)`: the due time, the open stretches it
 * consumed (one per local day, adding up exactly to `duration`), the closed days and holidays it
 * skipped, and the clock changes it crossed. Render it with {@link formatExplanation}.
 *
 * @throws SlaError `INVALID_DURATION` for a negative or malformed duration, `INVALID_DATE`,
 * `INVALID_ARGUMENT` for a bad `source`, `NO_OPEN_TIME` as `addBusinessTime`.
 * @example
 * ```ts
 * import { explainBusinessTime } from 'slakit/explain';
 * import { businessHours8to5 } from 'slakit/presets';
 *
 * const calendar = businessHours8to5('America/New_York');
 * const e = explainBusinessTime(calendar, '2026-11-20T16:30:00-05:00', { hours: 24 });
 * e.due; //=> '2026-11-25T13:30:00.000-05:00'
 * e.stretches.map((s) => s.minutes / 60); //=> [0.5, 9, 9, 5.5]
 * e.skippedDays.map((d) => `${d.weekday} ${d.reason}`); //=> ['sat closed', 'sun closed']
 * ```
 */
export function explainBusinessTime(calendar: Calendar, start: DateInput, duration: DurationInput, options: ExplainBusinessTimeOptions = {}): DueTimeExplanation {
  engineOf(calendar);
  const from = toEpochMs(start, 'start');
  const ms = parseDuration(duration);
  const source = clauseSourceOf(plainObject(options, 'options', 'INVALID_ARGUMENT', ['source'])['source'], 'options.source');
  const due = toResultDate(addOpenTime(calendar, from, ms), 'duration', duration).getTime();
  return explainDueTime(calendar, 'business', from, due, [], source === undefined ? {} : { source });
}
