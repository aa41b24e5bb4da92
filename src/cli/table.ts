// Aligned plain-text tables for people; `--json` is the form for programs.

/** A column: its heading and whether numbers align right. */
export interface Column {
  readonly title: string;
  readonly align?: 'left' | 'right';
}

/** Formats rows under headings, padded so the columns line up, with a rule under the heading. */
export function formatTable(columns: readonly Column[], rows: readonly (readonly string[])[]): string {
  const widths = columns.map((c, i) => Math.max(c.title.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]): string =>
    columns
      .map((c, i) => {
        const cell = cells[i] ?? '';
        return c.align === 'right' ? cell.padStart(widths[i] as number) : cell.padEnd(widths[i] as number);
      })
      .join('  ')
      .trimEnd();
  return [line(columns.map((c) => c.title)), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/** Formats `label: value` pairs, labels padded to one width. */
export function formatPairs(pairs: readonly (readonly [string, string])[]): string {
  const width = Math.max(...pairs.map(([label]) => label.length));
  return pairs.map(([label, value]) => `${`${label}:`.padEnd(width + 1)} ${value}`).join('\n');
}
