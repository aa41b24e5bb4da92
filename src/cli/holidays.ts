// `--holidays US|US-NY|GB-ENG|FILE` and `--holiday-types public,bank`: a country's or region's
// holidays from date-holidays (bundled with the command), or a JSON file of holidays.
import { createRequire } from 'node:module';
import type { CalendarSpec, HolidaySet, HolidayType } from '../calendar/types.js';
import { holidaySet } from '../holidays/holiday-set.js';
import type { DateHolidaysClass } from '../holidays/types.js';
import type { CommandContext } from './command.js';
import { fail } from '../core/errors.js';
import { fromOption, readJsonOption, stringOption } from './options.js';
import { UsageError } from './usage-error.js';
import { guide } from './guide.js';

/** The options' `--help` lines. */
export const HOLIDAYS_HELP = [
  '  --holidays CODE     the holidays the contract’s business hours skip (both NiCE texts: NiCE’s',
  '                      observed holidays, which they do not list): an ISO 3166 country or region',
  '                      code (US, US-NY, GB-ENG, IN-KA, AU-NSW; any case), computed by date-holidays;',
  '                      or a JSON FILE: a list of holidays or { "country": "US" }',
  `                      (${guide('calendars')})`,
  '  --holiday-types T   with a code: public (default), bank, optional, school, observance (a,b)',
];

let loaded: DateHolidaysClass | undefined;

/**
 * date-holidays, loaded when a holiday code is first used: with its rules for every country it is
 * 2 MB of code, which a run without a code does not parse. The command ships it as
 * dist/cli-holidays.cjs; from the sources (tests) it is the installed package.
 */
function dateHolidays(): DateHolidaysClass {
  if (loaded === undefined) {
    const require = createRequire(import.meta.url);
    let module: { default?: unknown };
    try {
      module = require('./cli-holidays.cjs') as { default?: unknown };
    } catch (error) {
      if ((error as { code?: unknown }).code !== 'MODULE_NOT_FOUND') throw error;
      module = require('date-holidays') as { default?: unknown };
    }
    loaded = (module.default ?? module) as DateHolidaysClass;
  }
  return loaded;
}

const CODE = /^[A-Za-z]{2}(-[A-Za-z0-9]{1,3}){0,2}$/;
// One set per code and types for the whole run: every time zone's calendar shares its years.
const sets = new Map<string, HolidaySet>();

/** The holidays of `--holidays`, or undefined without it. */
export function holidaysOption(context: CommandContext): CalendarSpec['holidays'] {
  const text = stringOption(context, 'holidays');
  const typesText = stringOption(context, 'holiday-types');
  if (text === undefined) {
    if (typesText !== undefined) throw new UsageError('--holiday-types needs --holidays with a country or region code');
    return undefined;
  }
  const types = typesText?.split(',').map((type) => type.trim().toLowerCase()) as HolidayType[] | undefined;
  if (CODE.test(text)) return setFor(text, types);
  const value = readJsonOption(context, 'holidays', text);
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const reference = value as { country?: unknown; types?: unknown };
    return setFor(reference.country, types ?? (reference.types as HolidayType[] | undefined));
  }
  if (!Array.isArray(value)) throw new UsageError(`--holidays: '${text}' does not hold a JSON list of holidays or { "country": "US" }`);
  if (typesText !== undefined) throw new UsageError('--holiday-types applies to a country or region code, not a list of holidays');
  return value;
}

/** The holiday set of a country or region code, shared by the whole run. */
export function setFor(code: unknown, types: readonly HolidayType[] | undefined): HolidaySet {
  const key = `${String(code).toUpperCase()} ${types?.join(',') ?? ''}`;
  let set = sets.get(key);
  if (set === undefined) {
    set = fromOption((path) => (path === 'types' ? 'holiday-types' : 'holidays'), () =>
      holidaySet(code as string, { Holidays: dateHolidays(), ...(types === undefined ? {} : { types }) }),
    );
    sets.set(key, set);
  }
  return set;
}

/** The run's holidays for a contract's business hours: `--holidays`, else the set the contract names. */
export function contractHolidays(context: CommandContext, named: unknown): CalendarSpec['holidays'] {
  const given = holidaysOption(context);
  if (given !== undefined) return given;
  if (typeof named === 'object' && named !== null && !Array.isArray(named) && typeof (named as { country?: unknown }).country === 'string') {
    const { country, types } = named as { country: string; types?: HolidayType[] };
    return setFor(country, types);
  }
  return undefined;
}

/** The holiday set a case's own `holidays` cell or field names (a country or region code), for this run. */
export function caseHolidays(code: unknown, types: readonly HolidayType[] | undefined): HolidaySet {
  if (typeof code !== 'string' || !CODE.test(code)) return fail('INVALID_CALENDAR', 'holidays', code, 'is not a country or region code such as US-NY');
  const key = `${code.toUpperCase()} ${types?.join(',') ?? ''}`;
  let set = sets.get(key);
  if (set === undefined) {
    set = holidaySet(code, { Holidays: dateHolidays(), ...(types === undefined ? {} : { types }) });
    sets.set(key, set);
  }
  return set;
}
