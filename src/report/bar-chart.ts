// A horizontal bar chart as static SVG whose every label lies inside the drawing, whatever the
// value (0%, 100%) and however long the label: the columns are sized from the texts' widths
// (estimated generously: CHAR_WIDTH per character at FONT px), never the other way round.
import { percent } from './format.js';

/** One bar: a share of 0–1 and its target, also a share, when there is one. */
export interface Bar {
  readonly label: string;
  readonly rate: number;
  readonly target: number | null;
  readonly below: boolean;
}

export const FONT = 12;
/** An upper bound of the advance of one character of the chart's font, in px (a wide `W` is about 0.9 em). */
export const CHAR_WIDTH = FONT * 0.68;
const BAR = 22;
const GAP = 8;
const PLOT = 240;

const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** The width a text may take, estimated generously. */
export const textWidth = (text: string): number => Math.ceil([...text].length * CHAR_WIDTH);

/** The value label of a bar: `89.3%`, `77.7% — below target`. */
const valueLabel = (bar: Bar): string => `${percent(bar.rate)}${bar.below ? ' — below target' : ''}`;

/** The bars as an inline SVG with a title and a description, sized to hold its labels. */
export function barChart(bars: readonly Bar[], id: string, title: string): string {
  const left = Math.max(...bars.map((b) => textWidth(b.label))) + 10;
  const right = Math.max(...bars.map((b) => textWidth(valueLabel(b)))) + 10;
  const width = left + PLOT + right;
  const height = bars.length * (BAR + GAP);
  const body = bars
    .map((b, i) => {
      const y = i * (BAR + GAP);
      const w = Math.round(Math.min(Math.max(b.rate, 0), 1) * PLOT);
      const tx = left + (b.target === null ? 0 : Math.min(Math.max(b.target, 0), 1) * PLOT);
      const target = b.target === null ? '' : `<line x1="${tx}" x2="${tx}" y1="${y}" y2="${y + BAR}" stroke="#1b1f24" stroke-width="2" stroke-dasharray="3 2"/>`;
      return `<text x="0" y="${y + 15}" font-size="${FONT}" fill="#1b1f24">${escape(b.label)}</text><rect x="${left}" y="${y}" width="${PLOT}" height="${BAR}" fill="#eef1f4"/><rect x="${left}" y="${y}" width="${w}" height="${BAR}" fill="${b.below ? '#b42318' : '#1a7f37'}"/>${target}<text x="${left + PLOT + 6}" y="${y + 15}" font-size="${FONT}" fill="#1b1f24">${escape(valueLabel(b))}</text>`;
    })
    .join('');
  const desc = bars.map((b) => `${b.label}: ${percent(b.rate)} met${b.target === null ? '' : ` against a target of ${percent(b.target)}`}`).join('; ');
  return `<svg role="img" aria-labelledby="${id}-t ${id}-d" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" style="max-width:100%;height:auto" font-family="system-ui, sans-serif" xmlns="http://www.w3.org/2000/svg"><title id="${id}-t">${escape(title)}</title><desc id="${id}-d">${escape(desc)}.</desc>${body}</svg>`;
}
