// `--holidays US|FILE`: the observed holidays of a run, which replace a contract's own.
import type { Holiday } from '../calendar/types.js';
import type { CommandContext } from './command.js';
import { US_FEDERAL_HOLIDAYS } from './holidays.js';
import { readJsonOption, stringOption } from './options.js';
import { UsageError } from './usage-error.js';

/** The holidays of `--holidays`, or `undefined` when it is not given. */
export function holidaysOption(context: CommandContext): readonly Holiday[] | undefined {
  const text = stringOption(context, 'holidays');
  if (text === undefined) return undefined;
  if (text === 'US') return US_FEDERAL_HOLIDAYS;
  const list = readJsonOption(context, 'holidays', text);
  if (!Array.isArray(list)) throw new UsageError(`--holidays: '${text}' does not hold a JSON list of holidays`);
  return list as Holiday[];
}
