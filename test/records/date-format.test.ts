// The compiled reader of date-fns patterns against date-fns `parse` itself (the reference model).
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns/format';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileDateFormat, dateFnsWall, guessDateFormat } from '../../src/records/date-format.js';
import { jiraProfile } from '../../src/records/import-profiles.js';
import { expectSlaError } from '../expect-sla-error.js';

const PATTERNS = ['dd/MMM/yy h:mm a', 'yyyy-MM-dd HH:mm:ss', 'MM/dd/yyyy HH:mm', 'd.M.yyyy H:mm', 'MMMM d, yyyy hh:mm:ss a', "yyyy-MM-dd'T'HH:mm:ss.SSS", 'dd-MMM-yyyy HH:mm:ss', 'yyyyMMdd HHmm'];

/**
 * date-fns parse read in UTC: the reference wall ms. Not through a `TZDate(…, 'UTC')` reference date:
 * its setters follow the host's DST gaps (in Lord Howe, `setHours(2)` on 2010-10-03 gives 02:30).
 */
const reference = (text: string, pattern: string): number => dateFnsWall(pattern, text);

describe('a date format is read as date-fns parse reads it', () => {
  it('the compiled reader equals date-fns parse on every text date-fns format writes (common tokens)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PATTERNS), fc.date({ noInvalidDate: true, min: new Date('1950-01-01T00:00:00Z'), max: new Date('2049-12-31T23:59:59Z') }), (pattern, date) => {
        const wall = new TZDate(date.getTime(), 'UTC');
        const text = format(wall, pattern);
        expect(compileDateFormat(pattern, 'p').read(text)).toBe(reference(text, pattern));
      }),
      { numRuns: 2000 },
    );
  });

  it('on a written date with a character added, dropped or changed, it reads what date-fns reads or refuses: never another instant, never a text date-fns refuses', () => {
    const characters = '0123456789/:-., ADFJMNOSPTadfjmnopstuvbcegilry';
    fc.assert(
      fc.property(
        fc.constantFrom(...PATTERNS),
        fc.date({ noInvalidDate: true, min: new Date('1950-01-01T00:00:00Z'), max: new Date('2049-12-31T23:59:59Z') }),
        fc.constantFrom('add', 'drop', 'change'),
        fc.nat(),
        fc.constantFrom(...characters),
        (pattern, date, edit, position, character) => {
          const written = format(new TZDate(date.getTime(), 'UTC'), pattern);
          const at = position % (written.length + 1);
          const text = edit === 'add' ? written.slice(0, at) + character + written.slice(at) : written.slice(0, at) + (edit === 'change' ? character : '') + written.slice(at + 1);
          const read = compileDateFormat(pattern, 'p').read(text);
          let expected: number;
          try {
            expected = reference(text, pattern);
          } catch {
            expected = NaN;
          }
          // date-fns also reads a few looser forms ('A.M', 'AM.', a yyyy year of three digits, SSS of two): those are refused.
          if (read === read) expect(read).toBe(expected);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('a wall time in the host zone’s DST gap reads as written (the seed that failed under Lord Howe)', () => {
    expect(compileDateFormat('dd/MMM/yy h:mm a', 'p').read('03/Oct/10 2:00 AM')).toBe(Date.UTC(2010, 9, 3, 2, 0));
    expect(reference('03/Oct/10 2:00 AM', 'dd/MMM/yy h:mm a')).toBe(Date.UTC(2010, 9, 3, 2, 0));
    // Every Lord Howe spring gap (first Sunday of October, 02:00–02:30) of 1990–2040, in every pattern.
    for (let year = 1990; year <= 2040; year += 1) {
      const firstSunday = 1 + ((7 - new Date(Date.UTC(year, 9, 1)).getUTCDay()) % 7);
      for (const minute of [0, 15, 29]) {
        const wall = Date.UTC(year, 9, firstSunday, 2, minute);
        for (const pattern of PATTERNS) {
          const text = format(new TZDate(wall, 'UTC'), pattern);
          expect(compileDateFormat(pattern, 'p').read(text)).toBe(reference(text, pattern));
        }
      }
    }
  });

  it('the year 0 is refused, as date-fns refuses it (the counterexample a random run of the property above found)', () => {
    for (const [pattern, text] of [
      ['yyyyMMdd HHmm', '0000101 0000'],
      ['yyyyMMdd HHmm', '00000101 0000'],
      ['yyyy-MM-dd HH:mm:ss', '0000-01-01 00:00:00'],
      ['y-M-d H:mm', '0-1-1 0:00'],
    ] as const) {
      expect(reference(text, pattern), text).toBeNaN();
      expect(compileDateFormat(pattern, 'p').read(text), text).toBeNaN();
    }
    // The year 1 is read, by both.
    expect(compileDateFormat('yyyyMMdd HHmm', 'p').read('00010101 0000')).toBe(reference('00010101 0000', 'yyyyMMdd HHmm'));
    expect(compileDateFormat('y-M-d H:mm', 'p').read('1-1-1 0:00')).toBe(reference('1-1-1 0:00', 'y-M-d H:mm'));
  });

  it('a pattern with other tokens (a weekday, an offset) is read by date-fns parse itself', () => {
    const weekday = compileDateFormat('EEE, dd MMM yyyy HH:mm', 'p');
    expect(weekday.read('Thu, 01 Oct 2026 06:09')).toBe(Date.UTC(2026, 9, 1, 6, 9));
    const offset = compileDateFormat("yyyy-MM-dd'T'HH:mmXXX", 'p');
    expect(offset.hasOffset).toBe(true);
    expect(offset.read('2026-10-01T06:09+02:00')).toBe(Date.UTC(2026, 9, 1, 4, 9));
  });

  it('date-fns parse reads in UTC, whatever the host zone: a wall time in Lord Howe’s DST gap stays as written', () => {
    const weekday = compileDateFormat('EEE, dd MMM yyyy HH:mm', 'p');
    expect(weekday.read('Sun, 04 Oct 2026 02:15')).toBe(Date.UTC(2026, 9, 4, 2, 15));
    fc.assert(
      fc.property(fc.date({ noInvalidDate: true, min: new Date('1950-01-01T00:00:00Z'), max: new Date('2049-12-31T23:59:00Z') }), (date) => {
        const text = format(new TZDate(date.getTime(), 'UTC'), 'EEE, dd MMM yyyy HH:mm');
        expect(weekday.read(text)).toBe(Math.floor(date.getTime() / 60_000) * 60_000);
      }),
      { numRuns: 300 },
    );
  });

  it('a text that is not in the format, or not a date of the calendar, reads as NaN', () => {
    const jira = compileDateFormat('dd/MMM/yy h:mm a', 'p');
    expect(jira.read('01/Oct/26 13:09 PM')).toBeNaN();
    expect(jira.read('31/Feb/26 1:09 PM')).toBeNaN();
    expect(jira.read('01/Oct/26 1:09 PM trailing')).toBeNaN();
    expect(jira.read('01/Okt/26 1:09 PM')).toBeNaN();
    expect(jira.read('01/Oc\u0174/26 1:09 PM')).toBeNaN();
    expect(jira.read('01/OCT/26 1:09 pm')).toBe(Date.UTC(2026, 9, 1, 13, 9));
    expect(jira.read('01/Oct/26 12:09 AM')).toBe(Date.UTC(2026, 9, 1, 0, 9));
  });

  it('two-digit years read 1950–2049, never against the host clock', () => {
    const f = compileDateFormat('dd/MM/yy', 'p');
    expect(f.read('01/01/49')).toBe(Date.UTC(2049, 0, 1));
    expect(f.read('01/01/50')).toBe(Date.UTC(1950, 0, 1));
  });

  it('a bad pattern is refused with the field and the value, before date-fns warns on the console', () => {
    expectSlaError(() => compileDateFormat('YYYY-MM-dd', 'options.dateFormat'), 'INVALID_ARGUMENT', 'options.dateFormat');
    expectSlaError(() => compileDateFormat('HH:mm', 'options.dateFormat'), 'INVALID_ARGUMENT', 'options.dateFormat');
    expectSlaError(() => compileDateFormat('', 'options.dateFormat'), 'INVALID_ARGUMENT', 'options.dateFormat');
    expectSlaError(() => compileDateFormat('yyyy-MM-dd jj', 'options.dateFormat'), 'INVALID_ARGUMENT', 'options.dateFormat');
  });

  it('the hint names a known tool format with a month name, and never guesses a numeric day/month order', () => {
    expect(guessDateFormat('01/Oct/26 6:09 AM')).toEqual({ pattern: 'dd/MMM/yy h:mm a', tool: 'Jira', profile: 'jira' });
    expect(guessDateFormat('01/Oct/2026 6:09 AM')?.pattern).toBe('dd/MMM/yyyy h:mm a');
    expect(guessDateFormat('03/02/2026 10:00')).toBeUndefined();
  });
});

describe('the compiled reader’s rules, token by token', () => {
  const read = (pattern: string, text: string): number => compileDateFormat(pattern, 'p').read(text);

  it('quoted text and a doubled quote are literals', () => {
    expect(read("yyyy-MM-dd'T'HH:mm", '2026-10-01T09:05')).toBe(Date.UTC(2026, 9, 1, 9, 5));
    expect(read("dd/MM/yyyy 'at' HH 'o''clock'", "01/10/2026 at 09 o'clock")).toBe(Date.UTC(2026, 9, 1, 9));
    expect(read("yyyy-MM-dd''HH", "2026-10-01'09")).toBe(Date.UTC(2026, 9, 1, 9));
  });

  it('full month names in any case, milliseconds of three digits, a pattern without a year reads 2000', () => {
    expect(read('MMMM d, yyyy HH:mm:ss.SSS', 'OCTOBER 1, 2026 09:05:07.250')).toBe(Date.UTC(2026, 9, 1, 9, 5, 7, 250));
    expect(read('HH:mm:ss.SSS dd/MM/yyyy', '09:05:07.25 01/10/2026')).toBeNaN();
    expect(read('dd/MM HH:mm', '29/02 10:00')).toBe(Date.UTC(2000, 1, 29, 10));
  });

  it('every three letters of A–Z and a–z name a month exactly when a search of the twelve names finds them (the letters’ look-up)', () => {
    const short = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
    const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
    const monthYear = compileDateFormat('MMM yyyy', 'dateFormat');
    let months = 0;
    for (const a of letters) {
      for (const b of letters) {
        for (const c of letters) {
          const m = short.indexOf(`${a}${b}${c}`.toLowerCase());
          const wall = monthYear.read(`${a}${b}${c} 2026`);
          if (m < 0) expect(wall).toBeNaN();
          else {
            expect(wall).toBe(Date.UTC(2026, m, 1));
            months++;
          }
        }
      }
    }
    expect(months).toBe(12 * 8);
  });

  it('a character past ASCII names no month, even one whose code holds a month’s letters in its upper bits', () => {
    const short = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
    const monthYear = compileDateFormat('MMM yyyy', 'dateFormat');
    // The look-up packs the three letters into one number: these codes would reach into a neighbour's bits.
    for (const name of short) {
      const [a, b, c] = [...name].map((letter) => letter.charCodeAt(0)) as [number, number, number];
      for (const word of [String.fromCharCode(a, b, c | (b << 8)), String.fromCharCode(a, b | (a << 8), c), String.fromCharCode(a, b, c | (b << 8)).toUpperCase()]) {
        expect(monthYear.read(`${word} 2026`)).toBeNaN();
      }
    }
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 0xffff }), { minLength: 3, maxLength: 3 }), fc.integer({ min: 0, max: 11 }), (codes, m) => {
        // A month's letters, each kept in either case or swapped for any UTF-16 code unit.
        const name = short[m] as string;
        const word = codes.map((code, i) => (code < 0x8000 ? String.fromCharCode(code) : code < 0xc000 ? (name[i] as string) : (name[i] as string).toUpperCase())).join('');
        const expected = /^[a-z]{3}$/i.test(word) ? short.indexOf(word.toLowerCase()) : -1;
        const wall = monthYear.read(`${word} 2026`);
        if (expected < 0) expect(wall).toBeNaN();
        else expect(wall).toBe(Date.UTC(2026, expected, 1));
      }),
      { numRuns: 5000 },
    );
  });

  it('month names and AM/PM match in any ASCII case, as toLowerCase compares them (any three letters, Unicode look-alikes too)', () => {
    const short = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
    const letter = fc.constantFrom('o', 'O', 'c', 'C', 't', 'T', 'j', 'J', 'a', 'A', 'n', 'N', 'u', 'U', 'l', 'L', 'p', 'P', 'm', 'M', 'İ', 'ı', 'K', 'ſ', 'Ö', '1');
    fc.assert(
      fc.property(fc.array(letter, { minLength: 3, maxLength: 3 }), fc.array(letter, { minLength: 2, maxLength: 2 }), (name, mark) => {
        const m = short.indexOf(name.join('').toLowerCase());
        const ampm = mark.join('').toLowerCase();
        const hour = ampm === 'am' ? 9 : ampm === 'pm' ? 21 : NaN;
        const expected = m < 0 || hour !== hour ? NaN : Date.UTC(2026, m, 1, hour);
        expect(read('MMM d, yyyy h a', `${name.join('')} 1, 2026 9 ${mark.join('')}`)).toBe(expected);
      }),
      { numRuns: 3000 },
    );
  });

  it('a year of the wrong width, an hour 13 on a 12-hour clock, a missing digit or AM/PM are not read', () => {
    expect(read('dd/MM/yy', '01/10/2026')).toBeNaN();
    expect(read('dd/MM/yy', '01/10/6')).toBeNaN();
    expect(read('dd/MM/yyyy', '01/10/26')).toBeNaN();
    expect(read('dd/MM/yyyy h:mm a', '01/10/2026 13:00 PM')).toBeNaN();
    expect(read('dd/MM/yyyy h:mm a', '01/10/2026 1:00 XM')).toBeNaN();
    expect(read('dd/MM/yyyy', '01//2026')).toBeNaN();
    expect(read('d/M/y H:m:s', '1/1/2026 0:0:0')).toBe(Date.UTC(2026, 0, 1));
    expect(read('dd/MM/yyyy HH:mm', '01/10/2026 24:00')).toBeNaN();
  });

  it('an unterminated quote leaves the pattern to date-fns, which refuses it as a pattern', () => {
    expectSlaError(() => compileDateFormat("yyyy-MM-dd 'at", 'options.dateFormat'), 'INVALID_ARGUMENT', 'options.dateFormat');
  });

  it('date-fns reads seconds and milliseconds in UTC too', () => {
    expect(read('EEE, dd MMM yyyy HH:mm:ss.SSS', 'Thu, 01 Oct 2026 09:05:07.250')).toBe(Date.UTC(2026, 9, 1, 9, 5, 7, 250));
  });

  it('a date-fns pattern whose tokens clash reads NaN on every text, never throws', () => {
    expect(read('EEE d HH a', 'Mon 5 10 AM')).toBeNaN();
  });

  it('a date-fns pattern that fails on a text reads NaN, never throws', () => {
    const quarter = compileDateFormat('yyyy QQQ', 'p');
    expect(quarter.read('2026 Q4')).toBe(Date.UTC(2026, 9, 1));
    expect(quarter.read('2026 Q9')).toBeNaN();
  });
});

describe('Jira’s default format, read by a reader of its own', () => {
  // The same steps with the literals quoted: read by the general loop over the steps.
  const jira = compileDateFormat('dd/MMM/yy h:mm a', 'p');
  const steps = compileDateFormat("dd'/'MMM'/'yy h:mm a", 'p');

  it('is the Jira profile’s format, and its reader is the one of its own', () => {
    expect(jiraProfile.dateFormat).toBe('dd/MMM/yy h:mm a');
    expect(compileDateFormat(jiraProfile.dateFormat, 'p').read.name).toBe('readJiraDate');
    expect(steps.read.name).not.toBe('readJiraDate');
  });

  it('reads exactly what the steps read: on dates written in it and in looser or wider forms, and with characters added, dropped or changed', () => {
    const characters = '0123456789/: APMapmOoctJjanNov';
    const forms = ['dd/MMM/yy h:mm a', 'd/MMM/yy h:mm a', 'dd/MMM/yy hh:mm a', 'dd/MMM/yy h:m a', 'dd/MMM/yyyy h:mm a', 'dd/MMMM/yy h:mm a', 'dd/MMM/yy H:mm a', 'dd/MMM/yy h:mm aaaaa', 'dd/MMM/yy h:mm:ss a'];
    let read = 0;
    fc.assert(
      fc.property(
        fc.constantFrom(...forms),
        fc.date({ noInvalidDate: true, min: new Date('1940-01-01T00:00:00Z'), max: new Date('2060-12-31T23:59:59Z') }),
        fc.array(fc.tuple(fc.constantFrom('add', 'drop', 'change'), fc.nat(), fc.constantFrom(...characters)), { maxLength: 2 }),
        fc.boolean(),
        (form, date, edits, upper) => {
          let text = format(new TZDate(date.getTime(), 'UTC'), form);
          if (upper) text = text.toUpperCase();
          for (const [edit, position, character] of edits) {
            const at = position % (text.length + 1);
            text = edit === 'add' ? text.slice(0, at) + character + text.slice(at) : text.slice(0, at) + (edit === 'change' ? character : '') + text.slice(at + 1);
          }
          const wall = jira.read(text);
          expect(wall, text).toBe(steps.read(text));
          if (wall === wall) read++;
        },
      ),
      { numRuns: 5000 },
    );
    // Dates were read, not only refused.
    expect(read).toBeGreaterThan(500);
  });

  it('reads a date of one digit, twelve noon and midnight, and refuses a bad day, hour or year', () => {
    expect(jira.read('1/Oct/26 9:05 AM')).toBe(Date.UTC(2026, 9, 1, 9, 5));
    expect(jira.read('01/oct/26 12:00 pm')).toBe(Date.UTC(2026, 9, 1, 12));
    expect(jira.read('01/OCT/49 12:59 AM')).toBe(Date.UTC(2049, 9, 1, 0, 59));
    expect(jira.read('01/Oct/50 1:00 PM')).toBe(Date.UTC(1950, 9, 1, 13));
    for (const bad of ['29/Feb/26 9:00 AM', '01/Oct/26 13:00 PM', '01/Oct/26 0:00 AM', '01/Oct/2026 9:00 AM', '01/Oct/26 9:60 AM', '01/Oct/26 9:00 AM ', '01/Oct/26 9:00', '001/Oct/26 9:00 AM', '']) {
      expect(jira.read(bad), bad).toBeNaN();
      expect(steps.read(bad), bad).toBeNaN();
    }
  });
});
