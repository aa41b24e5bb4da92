import { fail } from './errors.js';

const TIME_OF_DAY = /^(\d{2}):(\d{2})(?::(\d{2}))?$/;

/**
 * Parses `'HH:mm'` or `'HH:mm:ss'` into seconds after midnight. `'24:00'` (the next midnight) is
 * accepted only where `allowEndOfDay` is set, i.e. as the end of a range.
 *
 * @throws the given `code` with the path for anything else (`'25:00'`, `'8am'`, `'24:30'`).
 */
export function parseTimeOfDay(
  value: unknown,
  path: string,
  code: 'INVALID_CALENDAR' | 'INVALID_SCHEDULE',
  allowEndOfDay: boolean,
): number {
  const m = typeof value === 'string' ? TIME_OF_DAY.exec(value) : null;
  if (m) {
    const hours = Number(m[1]);
    const minutes = Number(m[2]);
    const seconds = m[3] === undefined ? 0 : Number(m[3]);
    if (hours < 24 && minutes < 60 && seconds < 60) return hours * 3600 + minutes * 60 + seconds;
    if (allowEndOfDay && hours === 24 && minutes === 0 && seconds === 0) return 86_400;
  }
  return fail(code, path, value, allowEndOfDay
    ? "is not a time of day; expected 'HH:mm' or 'HH:mm:ss' from '00:00' to '24:00'"
    : "is not a time of day; expected 'HH:mm' or 'HH:mm:ss' from '00:00' to '23:59:59'");
}
