// Reading command-line option values. A bad option value is a usage mistake (exit code 2): the
// SlaError that the library throws for it is reported under the option's name.
import { isSlaError } from '../core/errors.js';
import type { CommandContext } from './command.js';
import { UsageError } from './usage-error.js';

/**
 * Runs `read`; an SlaError it throws becomes a UsageError naming the option: `option` itself, or
 * the option that `option(path)` maps the error's field path to.
 */
export function fromOption<T>(option: string | ((path: string) => string), read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (!isSlaError(error)) throw error;
    const name = typeof option === 'string' ? option : option(error.details.path ?? '');
    throw new UsageError(`--${name}: ${error.code}: ${messageWithoutPath(error.message, error.code)}`);
  }
}

/** An SlaError's message without its `CODE: path:` prefix, for callers that name the place themselves. */
export function messageWithoutPath(message: string, code: string): string {
  const rest = message.startsWith(`${code}: `) ? message.slice(code.length + 2) : message;
  const colon = rest.indexOf(': ');
  return colon > 0 && !rest.slice(0, colon).includes(' ') ? rest.slice(colon + 2) : rest;
}

/** A string option, or a UsageError when it is required and missing. */
export function stringOption(context: CommandContext, name: string, required: true): string;
export function stringOption(context: CommandContext, name: string, required?: false): string | undefined;
export function stringOption(context: CommandContext, name: string, required = false): string | undefined {
  const value = context.values[name];
  if (typeof value === 'string') return value;
  if (required) throw new UsageError(`--${name} is required`);
  return undefined;
}

/** A whole-number option within bounds. */
export function integerOption(context: CommandContext, name: string, fallback: number, min: number, max: number): number {
  const text = stringOption(context, name);
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!/^-?\d+$/.test(text) || value < min || value > max) throw new UsageError(`--${name}: '${text}' is not a whole number from ${min} to ${max}`);
  return value;
}

/** One of a fixed set of choices. */
export function choiceOption<T extends string>(context: CommandContext, name: string, choices: readonly T[], fallback?: T): T {
  const text = stringOption(context, name);
  if (text === undefined) {
    if (fallback !== undefined) return fallback;
    throw new UsageError(`--${name} is required: one of ${choices.join(', ')}`);
  }
  if (!(choices as readonly string[]).includes(text)) throw new UsageError(`--${name}: '${text}' is not one of ${choices.join(', ')}`);
  return text as T;
}

/** JSON for `--json`: bigints as strings (JSON has no bigint), Dates as ISO strings. */
export function toJson(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value, (_key, v: unknown) => (typeof v === 'bigint' ? v.toString() : v))) as unknown;
}

/** The JSON in the file an option names; unreadable or invalid JSON is a usage mistake. */
export function readJsonOption(context: CommandContext, option: string, path: string): unknown {
  try {
    return JSON.parse(context.readInput(path)) as unknown;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`--${option}: '${path}' is not valid JSON: ${(error as Error).message}`);
  }
}

/** `--digits N`: decimals of the percentages in a table (default 4); JSON keeps full precision. */
export const DIGITS_OPTION = { digits: { type: 'string' } } as const;
export const DIGITS_HELP = '  --digits N          decimals of the percentages in the table, rounded (default 4; JSON keeps all)';

/** `--csv`: the table as CSV for spreadsheets. */
export const CSV_OPTION = { csv: { type: 'boolean' } } as const;
export const CSV_HELP = '  --csv               print the table as CSV (cells that a spreadsheet would run as formulas escaped)';

/** `--strict`, which every command takes. */
export const STRICT_HELP = '  --strict            fail (exit 1) instead of skipping, defaulting or not reading anything';

/** The `--digits` value. */
export function digitsOption(context: CommandContext): number {
  return integerOption(context, 'digits', 4, 0, 12);
}
