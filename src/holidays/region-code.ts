import { fail } from '../core/errors.js';
import type { DateHolidaysClass, DateHolidaysDirectory } from './types.js';

/** A country, state and region as date-holidays names them. */
export interface RegionCode {
  readonly country: string;
  readonly state?: string;
  readonly region?: string;
}

const CODE = /^([A-Za-z]{2})(?:-([A-Za-z0-9]{1,3}))?(?:-([A-Za-z0-9]{1,4}))?$/;

/**
 * Reads an ISO 3166 code such as `'US'`, `'us-ny'` or `'GB-ENG'` (any case) and checks that
 * date-holidays knows it.
 */
export function readRegionCode(code: unknown, Holidays: DateHolidaysClass, path = 'country'): { code: string; region: RegionCode } {
  const m = typeof code === 'string' ? CODE.exec(code.trim()) : null;
  const unknown = (what: string): never =>
    fail('INVALID_ARGUMENT', path, code, `is not ${what} date-holidays knows; expected an ISO 3166 code such as 'US', 'US-NY', 'GB-ENG', 'IN-KA' or 'AU-NSW'`);
  if (m === null) return unknown('a country or region code');
  const directory: DateHolidaysDirectory = new Holidays(m[1] as string);
  // The directory's own spelling of a code, matched without regard to case.
  const known = (list: Record<string, string> | undefined, part: string): string | undefined =>
    Object.keys(list ?? {}).find((key) => key.toUpperCase() === part.toUpperCase());
  const country = known(directory.getCountries(), m[1] as string) ?? unknown('a country');
  const state = m[2] === undefined ? undefined : known(directory.getStates(country), m[2]) ?? unknown(`a state or region of ${country}`);
  const region = m[3] === undefined || state === undefined ? undefined : known(directory.getRegions(country, state), m[3]) ?? unknown(`a region of ${country}-${state}`);
  return {
    code: [country, state, region].filter((part) => part !== undefined).join('-').toUpperCase(),
    region: { country, ...(state === undefined ? {} : { state }), ...(region === undefined ? {} : { region }) },
  };
}
