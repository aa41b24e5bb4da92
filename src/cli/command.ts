import type { ParseArgsConfig } from 'node:util';

/** What a subcommand receives: its parsed options and positionals, and a reader for input files. */
export interface CommandContext {
  readonly values: Readonly<Record<string, string | boolean | readonly string[] | undefined>>;
  readonly positionals: readonly string[];
  /** The text of a file, or of standard input for `-`. */
  readInput(path: string): string;
  /** Writes a file the command makes (`--out`). */
  writeOutput(path: string, text: string): void;
}

/** What a subcommand produces: a table for people, data for `--json`, and notes for stderr. */
export interface CommandResult {
  readonly text: string;
  readonly json: unknown;
  /** Reported on stderr (e.g. the rows `--skip-bad-rows` skipped). */
  readonly notes?: readonly string[];
}

/** One `slakit <name>` subcommand. */
export interface Command {
  readonly name: string;
  readonly summary: string;
  /** The synopsis line after `slakit `. */
  readonly usage: string;
  /** Option and input documentation shown by `--help`. */
  readonly help: string;
  readonly example: string;
  readonly options: NonNullable<ParseArgsConfig['options']>;
  /** How many positionals (input files) the command takes; `'any'`: the command checks them itself. */
  readonly inputs: 0 | 1 | 'any';
  run(context: CommandContext): CommandResult;
}
