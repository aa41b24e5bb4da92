// The one reading of a severity label, for every reader: a contract's `severityOf`, `readCases`
// (and so every command's case file) and the checks that refuse two levels sharing a name.
import type { SeverityLevel } from './types.js';
import { MAX_SEVERITY_LEVELS } from './validate-support-policy.js';

const LEVEL_TEXT = /^(?:[1-9]|10)$/;

/** A label as it is compared: trimmed, each run of white space one space, lower case (`' Sev  1'` is `'sev 1'`). */
export function foldSeverityLabel(label: string): string {
  return label.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** A name of a level (a label or alias) and where it was given, for {@link severityNames}. */
export interface SeverityName {
  readonly name: string;
  readonly level: SeverityLevel;
  readonly path: string;
}

/** A name that would name two levels: another level's number, label or alias after folding. */
export interface SeverityNameClash {
  readonly path: string;
  readonly name: string;
  readonly other: SeverityLevel;
  /** What is wrong, after the name: `is the number of level 3; …`. */
  readonly message: string;
}

/**
 * The folded names of a scale's levels, and every name that clashes: one that folds to another
 * level's number (`'3'` on level 1) or to a name of another level (`'Sev 1'` and `'sev  1'`).
 */
export function severityNames(names: Iterable<SeverityName>): { names: Map<string, SeverityLevel>; clashes: SeverityNameClash[] } {
  const folded = new Map<string, SeverityLevel>();
  const clashes: SeverityNameClash[] = [];
  for (const { name, level, path } of names) {
    const key = foldSeverityLabel(name);
    const other = LEVEL_TEXT.test(key) ? Number(key) : folded.get(key);
    if (other !== undefined && other !== level) {
      const what = LEVEL_TEXT.test(key) ? `is the number of level ${other}` : `already names level ${other}`;
      clashes.push({ path, name, other, message: what });
      continue;
    }
    folded.set(key, level);
  }
  return { names: folded, clashes };
}

/**
 * The level a severity names: a level number (`2`, `'2'`), or a label or alias in `names` (from
 * {@link severityNames}) compared after {@link foldSeverityLabel}; `undefined` when it names none.
 */
export function severityOf(value: unknown, names: ReadonlyMap<string, SeverityLevel>): SeverityLevel | undefined {
  if (typeof value === 'number') return Number.isInteger(value) && value >= 1 && value <= MAX_SEVERITY_LEVELS ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const text = foldSeverityLabel(value);
  return LEVEL_TEXT.test(text) ? Number(text) : names.get(text);
}
