// How the report renderers write numbers, so the HTML and the Markdown never differ.
import { formatPercent } from '../core/percent.js';

/** A share (0–1) as a percentage by the one formatter (rounded, as the command's tables show it); `—` for none. */
export const percent = (share: number | null, digits = 1): string => (share === null ? '—' : formatPercent(share * 100, digits));

/** Minutes: whole as they are, fractions to two places. */
export const minutes = (value: number): string => (Number.isInteger(value) ? String(value) : value.toFixed(2));

/** A count, or `—` for a figure not measured. */
export const count = (value: number | null): string => (value === null ? '—' : String(value));

/** The words for a metric not measured: no case's input fed it, so its figures are blank, never 0%. */
export const notMeasuredText = (metric: 'response' | 'resolution' | 'updates'): string =>
  `Not measured: no case in the input has ${{ response: 'a reply', resolution: 'a resolution', updates: 'an update' }[metric]}, so its figures are left blank (—) rather than counted as missed.`;
