/**
 * The root export, `import { … } from 'slakit'`: everything the subpaths below export, plus these
 * shared primitives: `SlaError`, instants, civil dates, durations, intervals and time zones.
 *
 * @module slakit
 */
export { SlaError, isSlaError } from './errors.js';
export type { SlaErrorCode, SlaErrorDetails } from './errors.js';
export { parseInstant, toEpochMs } from './instant.js';
export type { DateInput } from './instant.js';
export { addDaysToCivilDate, addMonthsToCivilDate, civilDateToDays, isCivilDate, parseYearMonth } from './civil-date.js';
export type { CivilDate } from './civil-date.js';
export { parseDuration } from './duration.js';
export type { DurationInput, DurationObject, ParseDurationOptions } from './duration.js';
export { assertInterval, clipIntervals, intersectIntervals, intervalsLength, subtractIntervals, unionIntervals } from './interval.js';
export type { Interval } from './interval.js';
export { instantToZonedTime, isValidTimeZone, zonedTimeToInstant } from './time-zone.js';
export { monthInterval } from './month.js';
export { formatPercent, parseRate } from './percent.js';
