import { civilDateToDays, formatCivilDate } from '../core/civil-date.js';

// A small RFC 5545 writer: content lines end in CRLF and fold at 75 octets, TEXT values are
// escaped, instants are written in UTC, dates as VALUE=DATE.

/** One property: `NAME;PARAM=…:value`, value already in iCalendar form. */
export type Property = readonly [nameAndParams: string, value: string];

/** A component: `BEGIN:NAME`, its properties, its sub-components, `END:NAME`. */
export interface Component {
  readonly name: string;
  readonly properties: readonly Property[];
  readonly components?: readonly Component[];
}

/** Escapes a TEXT value (RFC 5545 §3.3.11). */
export function text(value: string): string {
  return value.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, '\\n');
}

function octets(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/** Folds a content line into lines of at most 75 octets, never inside a UTF-8 character (§3.1). */
export function fold(line: string): string {
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const n = octets(char.codePointAt(0) as number);
    if (size + n > 75) {
      parts.push(current);
      current = ' ';
      size = 1;
    }
    current += char;
    size += n;
  }
  parts.push(current);
  return parts.join('\r\n');
}

/** An instant as a UTC DATE-TIME, `YYYYMMDDTHHMMSSZ` (whole seconds). */
export function utc(epochMs: number): string {
  return new Date(Math.floor(epochMs / 1000) * 1000).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** A civil date as a DATE, `YYYYMMDD`; `days` shifts it. */
export function date(civil: string, days = 0): string {
  return formatCivilDate(civilDateToDays(civil) + days).replace(/-/g, '');
}

function lines(component: Component, out: string[]): void {
  out.push(`BEGIN:${component.name}`);
  for (const [name, value] of component.properties) out.push(fold(`${name}:${value}`));
  for (const child of component.components ?? []) lines(child, out);
  out.push(`END:${component.name}`);
}

/** A VCALENDAR with the given events, as iCalendar text. */
export function calendarText(name: string | undefined, events: readonly Component[]): string {
  const properties: Property[] = [
    ['VERSION', '2.0'],
    ['PRODID', '-//slakit//slakit//EN'],
    ['CALSCALE', 'GREGORIAN'],
    ['METHOD', 'PUBLISH'],
  ];
  if (name !== undefined) properties.push(['X-WR-CALNAME', text(name)]);
  const out: string[] = [];
  lines({ name: 'VCALENDAR', properties, components: events }, out);
  return `${out.join('\r\n')}\r\n`;
}

/** A UID that stays the same for the same thing, so a re-import updates the event. */
export function uid(parts: readonly (string | number)[], domain: string): string {
  return `${parts.map((p) => encodeURIComponent(String(p))).join('-')}@${domain}`;
}
