// Aligned plain-text tables for people, CSV for spreadsheets; `--json` is the form for programs.

/** A column: its heading and whether numbers align right. */
export interface Column {
  readonly title: string;
  readonly align?: 'left' | 'right';
}

/** Rows under headings. */
export interface Table {
  readonly columns: readonly Column[];
  readonly rows: readonly (readonly string[])[];
}

// C0 and C1 controls, DEL, and the Unicode line and paragraph separators and bidi overrides that
// reorder or hide text on a terminal.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

// The same, less tab, CR and LF: data that a CSV cell carries inside quotes (RFC 4180).
const CSV_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

function escapeControl(c: string): string {
  if (c === '\n') return '\\n';
  if (c === '\r') return '\\r';
  if (c === '\t') return '\\t';
  const code = c.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).toUpperCase().padStart(2, '0')}` : `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** A cell with control characters shown as escapes (`\x1B`, `\n`), so that a file cannot drive the terminal. */
export function visible(cell: string): string {
  return cell.replace(CONTROL, escapeControl);
}

/** Formats rows under headings, padded so the columns line up, with a rule under the heading. */
export function formatTable(columns: readonly Column[], rows: readonly (readonly string[])[]): string {
  const lines: string[] = [];
  const writer = tableWriter(columns, (text) => lines.push(text), Infinity);
  for (const row of rows) writer.push(row);
  writer.end();
  return lines.join('\n');
}

/**
 * A table written as its rows come, for outputs too large to hold: the column widths are taken
 * from the first `block` rows, and a longer cell later widens its column from there on.
 */
export function tableWriter(columns: readonly Column[], write: (lines: string) => void, block = 1000): { push(row: readonly string[]): void; end(): void } {
  const widths = columns.map((c) => c.title.length);
  let held: string[][] | null = [];
  let out: string[] = [];
  const line = (cells: readonly string[]): string =>
    columns
      .map((c, i) => {
        const cell = cells[i] ?? '';
        return c.align === 'right' ? cell.padStart(widths[i] as number) : cell.padEnd(widths[i] as number);
      })
      .join('  ')
      .trimEnd();
  const widen = (row: readonly string[]): void => {
    for (let i = 0; i < widths.length; i++) {
      const length = (row[i] ?? '').length;
      if (length > (widths[i] as number)) widths[i] = length;
    }
  };
  const flush = (): void => {
    if (out.length > 0) write(out.join('\n'));
    out = [];
  };
  const start = (): void => {
    out.push(line(columns.map((c) => c.title)), line(widths.map((w) => '-'.repeat(w))));
    for (const row of held as string[][]) out.push(line(row));
    held = null;
    flush();
  };
  return {
    push(row) {
      const shown = row.map(visible);
      widen(shown);
      if (held !== null) {
        held.push(shown);
        if (held.length >= block) start();
        return;
      }
      out.push(line(shown));
      if (out.length >= block) flush();
    },
    end() {
      if (held !== null) start();
      flush();
    },
  };
}

/**
 * One CSV cell (RFC 4180). A cell that a spreadsheet would run as a formula (it starts with `=`
 * `+` `-` `@`, a tab or a carriage return) gets a leading `'` and quotes, as OWASP's "CSV
 * Injection" page advises; a plain negative number is left alone so that it stays a number.
 * Control characters other than tab, CR and LF are written as escapes (`\x1B`), as in the table.
 */
export function csvCell(cell: string): string {
  if (plainCsvCell(cell)) return cell;
  // Control characters are escaped as in the table (`\x1B`), so a file cannot drive the terminal.
  const shown = cell.replace(CSV_CONTROL, escapeControl);
  const formula = /^[=+\-@\t\r]/.test(shown) && !/^-\d+(\.\d+)?%?$/.test(shown);
  const text = formula ? `'${shown}` : shown;
  return formula || /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

// Most cells (times, numbers, ids) need no escape, no quotes and no formula guard: one pass over
// the characters answers that without the three regular expressions.
function plainCsvCell(cell: string): boolean {
  const first = cell.charCodeAt(0);
  if (first === 0x3d || first === 0x2b || first === 0x2d || first === 0x40) return false;
  for (let i = 0; i < cell.length; i++) {
    const c = cell.charCodeAt(i);
    if (c < 0x20 || c === 0x22 || c === 0x2c || (c >= 0x7f && c <= 0x9f) || (c >= 0x2028 && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)) return false;
  }
  return true;
}

/** The table as CSV: a header row of the column titles, then the rows. */
export function formatCsv(table: Table): string {
  const lines = [table.columns.map((c) => csvCell(c.title)).join(',')];
  for (const row of table.rows) lines.push(row.map(csvCell).join(','));
  return lines.join('\n');
}

/** Formats `label: value` pairs, labels padded to one width. */
export function formatPairs(pairs: readonly (readonly [string, string])[]): string {
  let width = 0;
  for (const [label] of pairs) width = Math.max(width, label.length);
  return pairs.map(([label, value]) => `${`${label}:`.padEnd(width + 1)} ${visible(value)}`).join('\n');
}

/** Percentages are shown by the library's one formatter: rounded, identically in every output. */
export { formatPercent } from '../core/percent.js';
