// How the report renderers write numbers, so the HTML and the Markdown never differ.

/** A share (0–1) as a percentage; `—` for none. */
export const percent = (share: number | null, digits = 1): string => (share === null ? '—' : `${(share * 100).toFixed(digits)}%`);

/** Minutes: whole as they are, fractions to two places. */
export const minutes = (value: number): string => (Number.isInteger(value) ? String(value) : value.toFixed(2));
