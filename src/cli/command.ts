import type { ParseArgsConfig } from 'node:util';
import type { InputRecords } from './input.js';
import type { Table } from './table.js';

/** What a subcommand receives: its parsed options and positionals, and a reader for input files. */
export interface CommandContext {
  readonly values: Readonly<Record<string, string | boolean | readonly string[] | undefined>>;
  readonly positionals: readonly string[];
  /** The text of a file (UTF-8), or of standard input for `-`: for option files such as `--policy`. */
  readInput(path: string): string;
  /** The bytes of an input file, or of standard input for `-`, chunk by chunk. */
  openInput(path: string): Iterable<Uint8Array>;
  /** Writes a file the command makes (`--out`). */
  writeOutput(path: string, text: string): void;
  /** Writes to standard output now, for commands that stream their output. */
  writeOut(text: string): void;
  /** The records to read instead of the input file: one chunk of it (`--jobs`). */
  readonly input?: InputRecords;
  /** Where the `slakit` program is, for worker threads (`--jobs`); absent when run in-process. */
  readonly workerUrl?: URL;
  /** The command line after `slakit`, for worker threads. */
  readonly argv?: readonly string[];
  /** When the run started (epoch ms): the one `now` of a run without `--now`, in every thread. */
  readonly startedAt?: number;
}

/** What a subcommand produces: a table for people, data for `--json`, and notes for stderr. */
export interface CommandResult {
  readonly text: string;
  readonly json: unknown;
  /** Reported on stderr (e.g. the delimiter that was detected). */
  readonly notes?: readonly string[];
  /**
   * Input that was skipped, defaulted or not read (rows `--skip-bad-rows` left out, columns not
   * read, empty cells that took a default): reported on stderr, and errors under `--strict`.
   */
  readonly lapses?: readonly string[];
  /** The command's main table, for `--csv`. */
  readonly table?: Table;
  /** The output was written as it came (`writeOut`); only `text`, if any, is left to print. */
  readonly streamed?: boolean;
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
  /** For `--jobs`: the work on one chunk of the input file, as a worker thread does it. */
  readonly shard?: (context: CommandContext) => unknown;
}
