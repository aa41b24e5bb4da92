// `--ics [--now INSTANT] [--out FILE]`: a command's dates as an iCalendar feed instead of a table.
import { parseInstant } from '../core/instant.js';
import { plural } from '../report/format.js';
import type { CommandContext, CommandResult } from './command.js';
import { fromOption, stringOption } from './options.js';
import { UsageError } from './usage-error.js';

/** The options of a command that can write a feed. */
export const ICS_OPTIONS = { ics: { type: 'boolean' }, now: { type: 'string' }, out: { type: 'string' } } as const;

/** Their `--help` lines. */
export const ICS_HELP = [
  '  --ics               write an iCalendar (.ics) feed instead of the table: import it into a calendar;',
  '                      events keep their UIDs, so importing a later feed updates them',
  '  --now INSTANT       the feed’s DTSTAMP (default: now); give it for output that does not change',
  '  --out FILE          write the feed to FILE instead of standard output',
];

/** Whether `--ics` was given, and the feed's `now`. */
export function icsRequest(context: CommandContext): { now: Date } | undefined {
  if (context.values['ics'] !== true) {
    // A feed's options without a feed would be ignored silently: refuse them.
    const given = ['out', 'now', 'reminder-days'].filter((name) => context.values[name] !== undefined);
    if (given.length > 0) throw new UsageError(`${given.map((name) => `--${name}`).join(' and ')} only ${given.length === 1 ? 'works' : 'work'} with --ics (they shape the feed; the table has no use for them)`);
    return undefined;
  }
  const text = stringOption(context, 'now');
  return { now: text === undefined ? new Date() : fromOption('now', () => parseInstant(text)) };
}

/** The result of a feed: written to `--out`, or printed. */
export function icsResult(context: CommandContext, ics: string, events: number): CommandResult {
  const out = stringOption(context, 'out');
  if (out === undefined) return { text: ics.trimEnd(), json: { ics } };
  context.writeOutput(out, ics);
  return { text: `wrote ${out} (${plural(events, 'event', 'events')})`, json: { out, events } };
}
