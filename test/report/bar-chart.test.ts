// Charts that fit: every label of the compliance chart lies inside its SVG box, at 0%, at 100% and
// with long labels (the widths are estimated generously; the browser test measures them).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { barChart, type Bar, CHAR_WIDTH, textWidth } from '../../src/report/bar-chart.js';

/** Each text of the SVG with its x and its content, and the drawing's width and height. */
function layout(svg: string) {
  const [, width, height] = /viewBox="0 0 (\d+(?:\.\d+)?) (\d+(?:\.\d+)?)"/.exec(svg)!.map(Number) as [number, number, number];
  const unescape = (t: string): string => t.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
  const texts = [...svg.matchAll(/<text x="([\d.]+)" y="([\d.]+)"[^>]*>([^<]*)<\/text>/g)].map((m) => ({ x: Number(m[1]), y: Number(m[2]), text: unescape(m[3]!) }));
  return { width, height, texts };
}

function expectInside(svg: string): void {
  const { width, height, texts } = layout(svg);
  for (const t of texts) {
    expect(t.x).toBeGreaterThanOrEqual(0);
    expect(t.x + textWidth(t.text)).toBeLessThanOrEqual(width);
    expect(t.y).toBeLessThanOrEqual(height);
  }
}

describe('barChart: every label inside the drawing', () => {
  it('at 0% and 100%, below target and met', () => {
    const bars: Bar[] = [
      { label: 'P1', rate: 0, target: 0.95, below: true },
      { label: 'P2', rate: 1, target: 0.9, below: false },
      { label: 'P3', rate: 0.893, target: 0.9, below: true },
    ];
    const svg = barChart(bars, 'c', 'Response compliance');
    expectInside(svg);
    expect(svg).toContain('89.3% — below target');
    expect(svg).toContain('0% — below target');
  });

  it('with long labels the label column grows: nothing is clipped', () => {
    const svg = barChart([{ label: 'Severity 1 — critical: production down for all users (NiCE Cloud)', rate: 0.777, target: 0.95, below: true }], 'c', 'Response');
    expectInside(svg);
    expect(layout(svg).width).toBeGreaterThan(textWidth('Severity 1 — critical: production down for all users (NiCE Cloud)') + 240);
  });

  it('for any labels and rates (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ label: fc.string({ minLength: 1, maxLength: 80 }), rate: fc.double({ min: 0, max: 1, noNaN: true }), target: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null }), below: fc.boolean() }), { minLength: 1, maxLength: 8 }), (bars) => {
        expectInside(barChart(bars, 'c', 'Chart'));
      }),
    );
  });

  it('the width estimate is generous: at least 0.68 em per character', () => {
    expect(CHAR_WIDTH).toBeGreaterThanOrEqual(12 * 0.68);
    expect(textWidth('100%')).toBe(Math.ceil(4 * CHAR_WIDTH));
  });
});
