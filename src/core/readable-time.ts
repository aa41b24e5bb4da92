// Instants as people read them in a zone ("Tue 6 Oct 10:30 AEDT"): the wall time from the one
// zone converter (zoneRules), only the zone's abbreviation from Intl.
import { formatOffset, zoneRules } from './time-zone.js';
import { civilFields, MS_PER_DAY } from './civil-date.js';

const WEEKDAY = ['Thu', 'Fri', 'Sat', 'Sun', 'Mon', 'Tue', 'Wed'];
const MONTH = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
// English locales whose short zone names cover most zones (EDT, BST, CEST, AEDT, NZDT, IST).
const LOCALES = ['en-US', 'en-GB', 'en-AU', 'en-NZ', 'en-IN'];

/**
 * The abbreviation people use for a zone at an instant (`EDT`, `CEST`, `AEDT`), from Intl's short
 * zone names in a few English locales; `UTC±HH:mm` (the offset of the zone's rules) where none has
 * one (Asia/Tokyo: `UTC+09:00`).
 */
export function zoneAbbreviation(timeZone: string, epochMs: number): string {
  const rules = zoneRules(timeZone);
  for (const locale of LOCALES) {
    let name: string | undefined;
    try {
      name = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'short' }).formatToParts(epochMs).find((p) => p.type === 'timeZoneName')?.value;
    } catch {
      break; // an engine without this zone's names: the offset says it
    }
    if (name !== undefined && !/^(GMT|UTC)[+\-−]/.test(name)) return name;
  }
  const offset = rules.offsetAt(epochMs);
  return offset === 0 ? 'UTC' : `UTC${formatOffset(offset)}`;
}

/** `'Tue 6 Oct 10:30 AEDT'`: weekday, day, month, 24-hour time and zone abbreviation. */
export function readableInstant(timeZone: string, epochMs: number): string {
  const rules = zoneRules(timeZone);
  const wall = epochMs + rules.offsetAt(epochMs);
  const days = Math.floor(wall / MS_PER_DAY);
  const minutes = Math.floor((wall - days * MS_PER_DAY) / 60_000);
  const { month, day } = civilFields(days);
  const two = (n: number): string => String(n).padStart(2, '0');
  // 1970-01-01 (day 0) was a Thursday.
  return `${WEEKDAY[((days % 7) + 7) % 7] as string} ${day} ${MONTH[month - 1] as string} ${two(Math.floor(minutes / 60))}:${two(minutes % 60)} ${zoneAbbreviation(timeZone, epochMs)}`;
}
