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

// Control characters RFC 5545 excludes from TEXT (all but HTAB; line breaks are written as \n),
// and UTF-16 surrogates, of which a lone one cannot be written as UTF-8 at all.
const UNWRITABLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]|[\ud800-\udbff][\udc00-\udfff]|[\ud800-\udfff]/g;

const hex = (c: string, digits: number): string => c.charCodeAt(0).toString(16).toUpperCase().padStart(digits, '0');

/**
 * Escapes a TEXT value (RFC 5545 §3.3.11). A control character or a lone surrogate, which a TEXT
 * value cannot hold, is written visibly as `\x1B` or `\uD800` (so nothing is dropped silently).
 */
export function text(value: string): string {
  const writable = value.replace(UNWRITABLE, (c) => (c.length === 2 ? c : c.charCodeAt(0) <= 0x7f ? `\\x${hex(c, 2)}` : `\\u${hex(c, 4)}`));
  return writable.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, '\\n');
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
  return `${parts.map((p) => uidPart(String(p))).join('-')}@${domain}`;
}

/**
 * A part of a UID, percent-encoded. A lone surrogate (which `encodeURIComponent` refuses with a
 * URIError) is written as the three bytes it would have in WTF-8, `%ED%A0%80`: no well-formed text
 * encodes to those, so two different ids never share a UID.
 */
function uidPart(part: string): string {
  return part.replace(/[\ud800-\udbff][\udc00-\udfff]|[\ud800-\udfff]|[^\ud800-\udfff]+/g, (piece) => {
    if (piece.length !== 1 || piece.charCodeAt(0) < 0xd800 || piece.charCodeAt(0) > 0xdfff) return encodeURIComponent(piece);
    const u = piece.charCodeAt(0);
    return [0xe0 | (u >> 12), 0x80 | ((u >> 6) & 0x3f), 0x80 | (u & 0x3f)].map((b) => `%${b.toString(16).toUpperCase()}`).join('');
  });
}
