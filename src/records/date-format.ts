import { parse } from 'date-fns/parse';
import { dayNumber, daysInMonth, MS_PER_DAY } from '../core/civil-date.js';
import { fail } from '../core/errors.js';

// Dates in a tool's own format (`01/Oct/26 9:12 AM`), read with date-fns `parse` tokens. A pattern
// is compiled once into a list of steps; the common tokens (years, months by number or English
// name, days, 12- and 24-hour clocks, AM/PM, minutes, seconds, milliseconds, literals) are read by
// those steps with charCodeAt arithmetic, per row. A pattern with any other token is read by
// date-fns `parse` itself (slower; property tests hold the two equal on the common tokens).

/** A compiled date format: wall milliseconds of a text (or epoch ms when the pattern has an offset), NaN when it does not match. */
export interface DateFormat {
  readonly pattern: string;
  /** Whether the pattern reads an offset (`X`, `x`): then `read` gives an instant, not a wall time. */
  readonly hasOffset: boolean;
  read(text: string): number;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
// Two-digit years are read within 50 years of 2000 (1950–2049), as date-fns reads them against a
// reference date in 2000: never against the host's clock, so a file reads the same every year.
const REFERENCE = Date.UTC(2000, 0, 1);

// Each step of a pattern is a field's code (a literal is TEXT): the per-row loop switches on it.
const TEXT = 0;
// The numeric fields, 1–10 (the per-row loop tests for them first).
const YEAR = 1;
const YEAR4 = 2;
const YEAR2 = 3;
const MONTH = 4;
const DAY = 5;
const HOUR = 6;
const HOUR12 = 7;
const MINUTE = 8;
const SECOND = 9;
const MILLIS = 10;
const MONTH_NAME = 11;
const MONTH_SHORT = 12;
const AMPM = 13;
type Step = { readonly code: number; readonly literal: string; readonly max: number };

function step(code: number, literal: string, max: number): Step {
  return { code, literal, max };
}

// Numeric tokens: the field's code and the most digits read.
const NUMERIC: { readonly [token: string]: readonly [number, number] } = {
  yyyy: [YEAR4, 4],
  yy: [YEAR2, 2],
  y: [YEAR, 4],
  MM: [MONTH, 2],
  M: [MONTH, 2],
  dd: [DAY, 2],
  d: [DAY, 2],
  HH: [HOUR, 2],
  H: [HOUR, 2],
  hh: [HOUR12, 2],
  h: [HOUR12, 2],
  mm: [MINUTE, 2],
  m: [MINUTE, 2],
  ss: [SECOND, 2],
  s: [SECOND, 2],
  SSS: [MILLIS, 3],
};

/** The steps of a pattern, or undefined when it has a token the steps do not read. */
function compileSteps(pattern: string): Step[] | undefined {
  const steps: Step[] = [];
  for (let i = 0; i < pattern.length; ) {
    const c = pattern[i] as string;
    if (c === "'") {
      // 'quoted text', with '' for a quote.
      if (pattern[i + 1] === "'") {
        steps.push(step(TEXT, "'", 0));
        i += 2;
        continue;
      }
      let text = '';
      let j = i + 1;
      for (; j < pattern.length; j++) {
        if (pattern[j] === "'") {
          if (pattern[j + 1] === "'") {
            text += "'";
            j++;
            continue;
          }
          break;
        }
        text += pattern[j];
      }
      steps.push(step(TEXT, text, 0));
      i = j + 1;
      continue;
    }
    if (!/[A-Za-z]/.test(c)) {
      steps.push(step(TEXT, c, 0));
      i++;
      continue;
    }
    let j = i;
    while (pattern[j] === c) j++;
    const token = pattern.slice(i, j);
    i = j;
    const numeric = NUMERIC[token];
    if (numeric !== undefined) steps.push(step(numeric[0], '', numeric[1]));
    else if (token === 'MMM') steps.push(step(MONTH_SHORT, '', 3));
    else if (token === 'MMMM') steps.push(step(MONTH_NAME, '', 9));
    else if (token === 'a' || token === 'aa') steps.push(step(AMPM, '', 2));
    else return undefined;
  }
  return steps;
}

/**
 * Whether `text` at `at` holds the first `length` letters of the lower-case ASCII `word`, in any
 * case (no allocation per row). The only other character whose lower case is an ASCII letter is
 * the Kelvin sign (k), which no month name or AM/PM holds: the same as comparing `toLowerCase()`.
 */
function letters(text: string, at: number, word: string, length: number): boolean {
  if (at + length > text.length) return false;
  for (let i = 0; i < length; i++) if ((text.charCodeAt(at + i) | 0x20) !== word.charCodeAt(i)) return false;
  return true;
}

// The month of a name's second and third letters (lowered): (b + c) & 31 differs for the twelve
// names, so one look-up finds the only candidate, whose three letters are then compared.
const MONTH_BY_LETTERS = [-1, 6, 3, 5, -1, 10, -1, 1, 11, -1, -1, -1, -1, -1, -1, 0, -1, -1, -1, 2, -1, 8, -1, 9, -1, -1, 4, -1, 7, -1, -1, -1];

// Each month's first three letters, lowered, as one number (a << 16 | b << 8 | c).
const MONTH_KEYS = [0x6a616e, 0x666562, 0x6d6172, 0x617072, 0x6d6179, 0x6a756e, 0x6a756c, 0x617567, 0x736570, 0x6f6374, 0x6e6f76, 0x646563];

/**
 * The month (0–11) whose name's first three letters `text` holds at `at`, in any case, or -1.
 * (`| 0x20` lowers an ASCII capital; no other character lowers to a letter this way.)
 */
function monthAt(text: string, at: number): number {
  const a = text.charCodeAt(at) | 0x20;
  const b = text.charCodeAt(at + 1) | 0x20;
  const c = text.charCodeAt(at + 2) | 0x20;
  const m = MONTH_BY_LETTERS[(b + c) & 31] as number;
  // Only ASCII letters can be a name's (a wider code would reach into the other letters' bits).
  return m >= 0 && (a | b | c) < 0x80 && MONTH_KEYS[m] === ((a << 16) | (b << 8) | c) ? m : -1;
}

/** Steps as parallel arrays: the per-row loop reads numbers, not objects. */
interface Program {
  readonly codes: Int32Array;
  /** A literal of one character: its code (-1 for a field or a longer literal). */
  readonly chars: Int32Array;
  readonly maxes: Int32Array;
  /** Literals of more than one character, by step (others ''). */
  readonly literals: readonly string[];
}

function program(steps: readonly Step[]): Program {
  return {
    codes: Int32Array.from(steps, (s) => s.code),
    chars: Int32Array.from(steps, (s) => (s.literal.length === 1 ? s.literal.charCodeAt(0) : -1)),
    maxes: Int32Array.from(steps, (s) => s.max),
    literals: steps.map((s) => (s.literal.length > 1 ? s.literal : '')),
  };
}

/** Reads `text` with the steps: wall ms, or NaN. */
function readSteps(steps: Program, text: string): number {
  const { codes, chars, maxes, literals } = steps;
  const length = text.length;
  let at = 0;
  // -1: the pattern has no year. Every field stays a small integer (no NaN), so the arithmetic stays in integers.
  let year = -1;
  let month = 1;
  let day = 1;
  let hour = 0;
  let minute = 0;
  let second = 0;
  let millis = 0;
  let pm = -1;
  let twelve = false;
  // Past the text's end charCodeAt gives NaN, which is no literal, letter or AM/PM: those steps fail there.
  for (let k = 0; k < codes.length; k++) {
    const code = codes[k] as number;
    if (code >= YEAR && code <= MILLIS) {
      // One to `max` digits; the first is required.
      let value = at < length ? text.charCodeAt(at) - 48 : -1;
      if (value < 0 || value > 9) return NaN;
      const max = maxes[k] as number;
      let digits = 1;
      at++;
      while (digits < max && at < length) {
        const digit = text.charCodeAt(at) - 48;
        if (digit < 0 || digit > 9) break;
        value = value * 10 + digit;
        digits++;
        at++;
      }
      switch (code) {
        // date-fns refuses the year 0 (its years of y and yyyy start at 1).
        case YEAR:
          if (value === 0) return NaN;
          year = value;
          break;
        case YEAR4:
          if (digits !== 4 || value === 0) return NaN;
          year = value;
          break;
        case YEAR2:
          if (digits !== 2) return NaN;
          year = value >= 50 ? 1900 + value : 2000 + value;
          break;
        case MONTH:
          month = value;
          break;
        case DAY:
          day = value;
          break;
        case HOUR:
          hour = value;
          break;
        case HOUR12:
          if (value < 1 || value > 12) return NaN;
          hour = value;
          twelve = true;
          break;
        case MINUTE:
          minute = value;
          break;
        case SECOND:
          second = value;
          break;
        default:
          // Milliseconds: three digits.
          if (digits !== 3) return NaN;
          millis = value;
      }
    } else if (code === TEXT) {
      const char = chars[k] as number;
      if (char >= 0) {
        if (text.charCodeAt(at) !== char) return NaN;
        at++;
      } else {
        const literal = literals[k] as string;
        if (!text.startsWith(literal, at)) return NaN;
        at += literal.length;
      }
    } else if (code === AMPM) {
      // AM or PM.
      const a = text.charCodeAt(at) | 0x20;
      if ((a !== 0x61 && a !== 0x70) || (text.charCodeAt(at + 1) | 0x20) !== 0x6d) return NaN;
      pm = a === 0x70 ? 1 : 0;
      at += 2;
    } else {
      // A month's name (MMMM) or its first three letters (MMM).
      const found = monthAt(text, at);
      if (found < 0) return NaN;
      const name = MONTHS[found] as string;
      if (code === MONTH_NAME && !letters(text, at, name, name.length)) return NaN;
      at += code === MONTH_SHORT ? 3 : name.length;
      month = found + 1;
    }
  }
  if (at !== length) return NaN;
  // A pattern without a year takes 2000's, as date-fns does with its reference date.
  if (year < 0) year = 2000;
  if (twelve || pm >= 0) {
    if (pm === 1 && hour < 12) hour += 12;
    else if (pm === 0 && hour === 12) hour = 0;
  }
  if (!(month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month) && hour <= 23 && minute <= 59 && second <= 59)) return NaN;
  return dayNumber(year, month, day) * MS_PER_DAY + ((hour * 60 + minute) * 60 + second) * 1000 + millis;
}

/** Jira's default date format (its profile's), read by {@link readJiraDate}. */
const JIRA_FORMAT = 'dd/MMM/yy h:mm a';

/** Up to two digits at `at`: their value × 4 + how many (0 when there is no digit). */
function oneOrTwoDigits(text: string, at: number): number {
  const a = text.charCodeAt(at) - 48;
  if (!(a >= 0 && a <= 9)) return 0;
  const b = text.charCodeAt(at + 1) - 48;
  return b >= 0 && b <= 9 ? (a * 10 + b) * 4 + 2 : a * 4 + 1;
}

/**
 * Jira's default format, `dd/MMM/yy h:mm a` (`01/Oct/26 9:12 AM`), read in one pass: exactly what
 * its steps read (a property test holds the two equal), without the loop over the steps, which cost
 * as much as the reading (a Jira export has two or three such dates a row).
 */
function readJiraDate(text: string): number {
  const day = oneOrTwoDigits(text, 0);
  let at = day & 3;
  if (at === 0 || text.charCodeAt(at) !== 47) return NaN;
  const month = monthAt(text, at + 1);
  if (month < 0 || text.charCodeAt(at + 4) !== 47) return NaN;
  const year = oneOrTwoDigits(text, at + 5);
  if ((year & 3) !== 2 || text.charCodeAt(at + 7) !== 32) return NaN;
  const hour = oneOrTwoDigits(text, at + 8);
  at += 8 + (hour & 3);
  if ((hour & 3) === 0 || text.charCodeAt(at) !== 58) return NaN;
  const minute = oneOrTwoDigits(text, at + 1);
  at += 1 + (minute & 3);
  if ((minute & 3) === 0 || text.charCodeAt(at) !== 32) return NaN;
  // AM or PM, in any case, and nothing after it.
  const a = text.charCodeAt(at + 1) | 0x20;
  if ((a !== 0x61 && a !== 0x70) || (text.charCodeAt(at + 2) | 0x20) !== 0x6d || at + 3 !== text.length) return NaN;
  const yy = year >> 2;
  const y = yy >= 50 ? 1900 + yy : 2000 + yy;
  const d = day >> 2;
  const m = minute >> 2;
  let h = hour >> 2;
  if (h < 1 || h > 12 || d < 1 || d > daysInMonth(y, month + 1) || m > 59) return NaN;
  if (a === 0x70 && h < 12) h += 12;
  else if (a === 0x61 && h === 12) h = 0;
  return dayNumber(y, month + 1, d) * MS_PER_DAY + (h * 60 + m) * 60_000;
}

/**
 * A Date whose local fields are its UTC fields: date-fns `parse` builds its result in this context,
 * so the fields it sets are the wall time read, whatever the host's zone (its own DST gaps too).
 */
class UtcDate extends Date {
  /** date-fns builds its next dates from this one with this method (its `constructFromSymbol`). */
  constructFrom(value: number | Date): UtcDate {
    return new UtcDate(+value);
  }
  override getFullYear(): number {
    return this.getUTCFullYear();
  }
  override getMonth(): number {
    return this.getUTCMonth();
  }
  override getDate(): number {
    return this.getUTCDate();
  }
  override getDay(): number {
    return this.getUTCDay();
  }
  override getHours(): number {
    return this.getUTCHours();
  }
  override getMinutes(): number {
    return this.getUTCMinutes();
  }
  override getSeconds(): number {
    return this.getUTCSeconds();
  }
  override getMilliseconds(): number {
    return this.getUTCMilliseconds();
  }
  override getTimezoneOffset(): number {
    return 0;
  }
  override setFullYear(...args: [number, number?, number?]): number {
    return this.setUTCFullYear(...(args as [number]));
  }
  override setMonth(...args: [number, number?]): number {
    return this.setUTCMonth(...(args as [number]));
  }
  override setDate(date: number): number {
    return this.setUTCDate(date);
  }
  override setHours(...args: [number, number?, number?, number?]): number {
    return this.setUTCHours(...(args as [number]));
  }
  override setMinutes(...args: [number, number?, number?]): number {
    return this.setUTCMinutes(...(args as [number]));
  }
  override setSeconds(...args: [number, number?]): number {
    return this.setUTCSeconds(...(args as [number]));
  }
  override setMilliseconds(ms: number): number {
    return this.setUTCMilliseconds(ms);
  }
}

// The symbol is added on first use, so that the module has nothing to run at import time.
let keyed = false;
const inUtc = (value: Date | number | string): UtcDate => {
  if (!keyed) {
    Object.defineProperty(UtcDate.prototype, Symbol.for('constructDateFrom'), { value: UtcDate.prototype.constructFrom });
    keyed = true;
  }
  return new UtcDate(+new Date(value));
};

/**
 * date-fns `parse` in UTC: its fields are the wall time read (or, with an offset token, the instant).
 * Internal; the tests hold the compiled reader to it.
 *
 * @example
 * dateFnsWall('dd/MMM/yy h:mm a', '03/Oct/10 2:00 AM'); // Date.UTC(2010, 9, 3, 2), in any host zone
 */
export function dateFnsWall(pattern: string, text: string): number {
  return parse(text, pattern, REFERENCE, { in: inUtc }).getTime();
}

/**
 * Compiles a date-fns `parse` pattern (`'dd/MMM/yy h:mm a'`) once, for many cells.
 *
 * @throws SlaError `INVALID_ARGUMENT` for a pattern that is empty or has no field of a date.
 */
export function compileDateFormat(pattern: unknown, path: string): DateFormat {
  if (typeof pattern !== 'string' || pattern.trim() === '' || pattern.length > 100) fail('INVALID_ARGUMENT', path, pattern, "is not a date format such as 'dd/MMM/yy h:mm a' (date-fns parse tokens)");
  const unquoted = pattern.replace(/'[^']*'/g, '');
  if (/'/.test(pattern.replace(/'[^']*'/g, ''))) fail('INVALID_ARGUMENT', path, pattern, "has a quote that is not closed; quote literal text as 'at' and write a quote as ''");
  if (!/[yMd]/.test(unquoted)) fail('INVALID_ARGUMENT', path, pattern, "has no year, month or day token (y, M, d); date-fns parse tokens such as 'dd/MMM/yy h:mm a'");
  // date-fns writes a warning to the console for these before it refuses them: refused here first.
  if (/[YD]/.test(unquoted)) fail('INVALID_ARGUMENT', path, pattern, 'uses Y or D (the week-numbering year, the day of the year); write yyyy for the year and dd for the day of the month');
  const unknown = /[A-Za-z]/.exec(unquoted.replace(/[GyRuQqMLwIdEecabBhHKkmsSXxtTPp]/g, ''));
  if (unknown !== null) fail('INVALID_ARGUMENT', path, pattern, `has '${unknown[0]}', which is not a date-fns parse token; quote literal text ('T')`);
  const hasOffset = /[Xx]/.test(unquoted);
  const steps = hasOffset ? undefined : compileSteps(pattern);
  if (steps !== undefined) {
    const compiled = program(steps);
    return { pattern, hasOffset, read: pattern === JIRA_FORMAT ? readJiraDate : (text) => readSteps(compiled, text) };
  }
  try {
    dateFnsWall(pattern, '');
  } catch (error) {
    fail('INVALID_ARGUMENT', path, pattern, `is not a date-fns parse pattern: ${(error as Error).message.split('; see:')[0] as string}`);
  }
  return {
    pattern,
    hasOffset,
    read(text) {
      try {
        return dateFnsWall(pattern, text);
      } catch {
        return NaN;
      }
    },
  };
}

/** Known tools' date formats, for the hint when a file's dates are not ISO 8601. */
const KNOWN_FORMATS: readonly { readonly pattern: string; readonly tool: string; readonly profile?: string }[] = [
  { pattern: 'dd/MMM/yy h:mm a', tool: 'Jira', profile: 'jira' },
  { pattern: 'dd/MMM/yyyy h:mm a', tool: 'Jira with four-digit years' },
  { pattern: 'dd-MMM-yyyy HH:mm:ss', tool: 'ServiceNow with a month name' },
  { pattern: 'MMM d, yyyy h:mm a', tool: 'a spreadsheet’s long date' },
  { pattern: 'MMM d, yyyy HH:mm', tool: 'a spreadsheet’s long date' },
];

/**
 * The first known tool format a text is written in (`01/Oct/26 6:09 AM` → Jira's). Only formats with a month name are known: a date
 * such as 03/02/2026 is not guessed (2 March in one country, 3 February in another).
 */
export function guessDateFormat(text: string): { readonly pattern: string; readonly tool: string; readonly profile?: string } | undefined {
  return KNOWN_FORMATS.find((known) => {
    const wall = readSteps(program(compileSteps(known.pattern) as Step[]), text);
    return wall === wall;
  });
}
