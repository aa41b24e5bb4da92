// How the report renderers write numbers, so the HTML and the Markdown never differ.
import { formatPercent } from '../core/percent.js';
import { readableInstant } from '../core/readable-time.js';
import { isValidTimeZone } from '../core/time-zone.js';
import type { ReportBreach } from './types.js';

/** A share (0–1) as a percentage by the one formatter (rounded, as the command's tables show it); `—` for none. */
export const percent = (share: number | null, digits = 1): string => (share === null ? '—' : formatPercent(share * 100, digits));

/** Minutes: whole as they are, fractions to two places. */
export const minutes = (value: number): string => (Number.isInteger(value) ? String(value) : value.toFixed(2));

/** A duration as people read it: `45 min`, `3 h 20 min`, `2 d 4 h` (rounded to the minute; `< 1 min` above zero). */
export function duration(ms: number): string {
  const minutesTotal = Math.round(Math.abs(ms) / 60_000);
  if (minutesTotal === 0) return ms === 0 ? '0 min' : '< 1 min';
  const d = Math.floor(minutesTotal / 1440);
  const h = Math.floor((minutesTotal % 1440) / 60);
  const m = minutesTotal % 60;
  if (d > 0) return h === 0 ? `${d} d` : `${d} d ${h} h`;
  if (h > 0) return m === 0 ? `${h} h` : `${h} h ${m} min`;
  return `${m} min`;
}

/**
 * An ISO instant of the report in a zone, as people read it (`Tue 6 Oct 10:30 AEDT`); `—` for
 * none. A stored report read back may hold a zone or instant that is not one: then the text as it is.
 */
export function local(iso: string, timeZone: string): string {
  if (iso === '') return '—';
  const at = Date.parse(iso);
  return Number.isFinite(at) && isValidTimeZone(timeZone) ? readableInstant(timeZone, at) : iso;
}

/** How late a breach was, in wall and business terms (`3 d 4 h late (14 h business time)`), or the updates missed. */
export function lateness(b: ReportBreach): string {
  if (b.kind === 'updates') return `${plural(b.overrunMinutes, 'update', 'updates')} missed`;
  const wall = duration(b.overrunMinutes * 60_000);
  const business = duration(b.overrunBusinessMinutes * 60_000);
  return `${wall} late${business === wall ? '' : ` (${business} business time)`}`;
}

/**
 * The region cell of a maintenance window in a table: its region, or `every region` for a window
 * that names none (an empty cell read as a missing value). A table of windows none of which names
 * a region has no region column ({@link namesRegions}).
 */
export const windowRegion = (region: string | undefined): string => region ?? 'every region';

/** Whether any of the windows names a region: a table of them has a region column. */
export const namesRegions = (windows: readonly { readonly region?: string | undefined }[]): boolean => windows.some((w) => w.region !== undefined);

/** `n` and its noun, in the singular for one: `plural(1, 'breach', 'breaches')` is `1 breach`. */
export const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** A count, or `—` for a figure not measured. */
export const count = (value: number | null): string => (value === null ? '—' : String(value));

/** The words for a metric not measured: no case's input fed it, so its figures are blank, never 0%. */
export const notMeasuredText = (metric: 'response' | 'resolution' | 'updates'): string =>
  `Not measured: no case in the input has ${{ response: 'a reply', resolution: 'a resolution', updates: 'an update' }[metric]}, so its figures are left blank (—) rather than counted as missed.`;
