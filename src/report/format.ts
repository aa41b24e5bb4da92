// How the report renderers write numbers, so the HTML and the Markdown never differ.
import { formatPercent } from '../core/percent.js';

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
