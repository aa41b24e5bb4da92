import { dayNumber, daysInMonth, MS_PER_DAY } from './civil-date.js';

// Fast readers of the common shapes of instants and local times in text, with charCodeAt
// arithmetic and no regex, for readers of many rows (slakit/records). Each gives NaN for any other
// text and leaves it to the full parser (`toEpochMs`, `parseWallTime`); property tests hold them
// equal to those. Kept out of `toEpochMs` so that the modules which read a few instants stay small.

/** The number of two digits at `i`, or NaN. */
function twoDigits(text: string, i: number): number {
  const a = text.charCodeAt(i) - 48;
  const b = text.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : NaN;
}

/**
 * Wall milliseconds of `YYYY-MM-DD[Tt ]HH:MM(:SS([.,]fraction)?)?` in `text[0, end)`, or NaN when
 * it is not that or not a date and time of the calendar. `iso` takes what `toEpochMs`
 * takes (`t`, a comma, up to 9 fraction digits); otherwise only `T`, a space and up to 3 digits, as
 * local times are read.
 */
function scanDateTime(text: string, end: number, iso: boolean): number {
  // The punctuation first, so that other shapes fail before any digit is read.
  if (end < 16 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45 || text.charCodeAt(13) !== 58) return NaN;
  const separator = text.charCodeAt(10);
  if (separator !== 84 && separator !== 32 && !(iso && separator === 116)) return NaN;
  if (end > 16) {
    if (end < 19 || text.charCodeAt(16) !== 58) return NaN;
    if (end > 19) {
      const mark = text.charCodeAt(19);
      if ((mark !== 46 && !(iso && mark === 44)) || end === 20 || end > (iso ? 29 : 23)) return NaN;
    }
  }
  const year = twoDigits(text, 0) * 100 + twoDigits(text, 2);
  const month = twoDigits(text, 5);
  const day = twoDigits(text, 8);
  const hour = twoDigits(text, 11);
  const minute = twoDigits(text, 14);
  const second = end > 16 ? twoDigits(text, 17) : 0;
  let millis = 0;
  for (let i = 20; i < end; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (!(digit >= 0 && digit <= 9)) return NaN;
    // The first three digits are the milliseconds; the rest are cut off.
    if (i < 23) millis = millis * 10 + digit;
  }
  if (end > 20) for (let i = end; i < 23; i++) millis *= 10;
  // NaN fails every comparison, so a field that was not two digits fails here too.
  if (!(month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month) && hour <= 23 && minute <= 59 && second <= 59)) return NaN;
  return dayNumber(year, month, day) * MS_PER_DAY + ((hour * 60 + minute) * 60 + second) * 1000 + millis;
}

/**
 * Epoch ms of `YYYY-MM-DDTHH:MM(:SS(.fraction)?)?` with `Z` or `±HH:MM`, or NaN for any other text
 * (then `toEpochMs` reads it, or names what is wrong). Gives what `toEpochMs` gives, faster.
 */
export function scanIsoInstant(text: string): number {
  const length = text.length;
  const last = text.charCodeAt(length - 1);
  if (last === 90 || last === 122) return scanDateTime(text, length - 1, true);
  const sign = text.charCodeAt(length - 6);
  if ((sign !== 43 && sign !== 45) || text.charCodeAt(length - 3) !== 58) return NaN;
  const hours = twoDigits(text, length - 5);
  const minutes = twoDigits(text, length - 2);
  if (!(hours <= 23 && minutes <= 59)) return NaN;
  const offset = (hours * 60 + minutes) * 60_000;
  return scanDateTime(text, length - 6, true) - (sign === 45 ? -offset : offset);
}

/**
 * Wall milliseconds of a local date and time without an offset (`'2026-03-08 02:30'`,
 * `'2026-03-08T02:30:15.5'`), or NaN when the text is not one. Reads exactly what
 * `parseWallTime(text, true)` reads, faster.
 */
export function scanWallTime(text: string): number {
  // Ends in a digit: an instant with Z fails at once.
  const last = text.charCodeAt(text.length - 1);
  return last >= 48 && last <= 57 ? scanDateTime(text, text.length, false) : NaN;
}
