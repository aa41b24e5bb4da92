// Running one `slakit` command line: parse the options, run the command, print, and map every
// failure to an exit code (1 bad data, 2 bad usage) with a message in the command's own words.
import { closeSync, openSync, readSync, realpathSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { isSlaError } from '../core/errors.js';
import type { Command, CommandContext } from './command.js';
import { commands } from './commands/index.js';
import { DataError } from './data-error.js';
import { decodeUtf8 } from './encoding.js';
import { serveChunks, workerArgv, workerStartedAt } from './jobs.js';
import { formatCsv } from './table.js';
import { UsageError } from './usage-error.js';

/** Where a run's output goes and where its input comes from. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** The bytes of a file (or standard input for `-`), chunk by chunk; default: the file system. */
  open?(path: string): Iterable<Uint8Array>;
  /** Writes a file a command makes (`--out`); default: the file system. */
  write?(path: string, text: string): void;
  /** The `slakit` program, for `--jobs` worker threads; without it the chunks are worked on in this thread. */
  workerUrl?: URL;
}

/**
 * Writes `text` to `path` through a temporary file in the same folder renamed into place, so a
 * failed or interrupted write never leaves half a file where a whole one was.
 */
function writeFile(path: string, text: string): void {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now().toString(36)}.slakit-tmp`);
  try {
    writeFileSync(temporary, text, { flag: 'wx' });
    renameSync(temporary, path);
  } catch (error) {
    try {
      unlinkSync(temporary);
    } catch {
      // never written, or already renamed
    }
    throw new UsageError(`cannot write '${path}': ${(error as Error).message}`);
  }
}

/** What names one file: device and inode when it exists, else its absolute path (with symbolic links resolved where they exist). */
function fileIdentity(path: string): string {
  try {
    const stat = statSync(path);
    if (stat.ino !== 0) return `${stat.dev}:${stat.ino}`;
  } catch {
    // not a file (yet): compare by path
  }
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

/** Refuses an output path that names one of the files the run read (the same file, by inode, not the same string). */
export function refuseInputAsOutput(output: string, inputs: Iterable<string>): void {
  const target = fileIdentity(output);
  for (const input of inputs) {
    if (input === '-') continue;
    if (fileIdentity(input) === target) throw new UsageError(`--out '${output}' is the input file '${input}': it would be overwritten; write the output to another file`);
  }
}

/** Exit code for a failure that is slakit's own fault (EX_SOFTWARE): never 1 or 2, so tests see it. */
export const INTERNAL_ERROR = 70;

const COMMON = {
  json: { type: 'boolean' },
  strict: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

const CHUNK = 1 << 18;

function describeFile(path: string): string {
  return path === '-' ? 'standard input' : `'${path}'`;
}

/** A file (or standard input) read chunk by chunk, synchronously, into one buffer: a chunk is valid until the next is read. */
export function* readFileChunks(path: string): Generator<Uint8Array> {
  let fd: number;
  try {
    fd = path === '-' ? 0 : openSync(path, 'r');
  } catch (error) {
    throw new UsageError(`cannot read ${describeFile(path)}: ${(error as Error).message}`);
  }
  // One buffer for the whole file: a chunk is valid until the next is read (decodeUtf8 copies it).
  const buffer = Buffer.allocUnsafe(CHUNK);
  try {
    for (;;) {
      let read: number;
      try {
        read = readSync(fd, buffer, 0, CHUNK, null);
      } catch (error) {
        const code = (error as { code?: string }).code;
        if (code === 'EAGAIN') {
          Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5); // a non-blocking stdin: wait for data
          continue;
        }
        if (code === 'EOF') return;
        throw new UsageError(`cannot read ${describeFile(path)}: ${(error as Error).message}`);
      }
      if (read === 0) return;
      yield buffer.subarray(0, read);
    }
  } finally {
    if (fd !== 0) closeSync(fd);
  }
}

function mainHelp(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    'slakit — service levels from support and cloud contracts',
    '',
    'Usage: slakit <command> [options]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    "Run 'slakit <command> --help' for a command's options and an example.",
    'Every command prints an aligned table, or JSON with --json.',
    'Exit codes: 0 success, 1 bad data, 2 bad usage.',
  ].join('\n');
}

function commandHelp(command: Command): string {
  return [`Usage: slakit ${command.usage}`, '', command.summary, '', command.help, '', 'Example:', `  ${command.example}`].join('\n');
}

/** A command's options and positionals from its command line. */
function parseCommandLine(command: Command, args: readonly string[]): { values: CommandContext['values']; positionals: string[] } {
  const parsed = parseArgs({ args: [...args], options: { ...COMMON, ...command.options }, allowPositionals: true, strict: true });
  // `--contract` repeats for the versions of a contract (contract-history.ts); once, it is a string.
  const values = parsed.values as Record<string, unknown>;
  if (Array.isArray(values['contract']) && values['contract'].length === 1) values['contract'] = values['contract'][0] as string;
  return { values: parsed.values as CommandContext['values'], positionals: parsed.positionals };
}

/**
 * A `--jobs` worker thread: reads the command line it was given as the main thread did and works
 * on the chunks of the input file the main thread sends.
 */
export function runWorker(): void {
  const [name, ...rest] = workerArgv();
  const command = commands.find((c) => c.name === name);
  if (command?.shard === undefined) throw new Error(`slakit: no command '${String(name)}' that works in chunks`);
  const { values, positionals } = parseCommandLine(command, rest);
  const fail = (): never => {
    throw new Error('a worker thread reads only its chunks');
  };
  serveChunks({ values, positionals, startedAt: workerStartedAt(), readInput: (path) => [...decodeUtf8(describeFile(path), readFileChunks(path))].join(''), openInput: fail, writeOutput: fail, writeOut: fail }, command.shard);
}

/** Runs the command line and returns the exit code; output goes through the given writers. */
export function run(argv: readonly string[], io: CliIo): number {
  const { out, err } = io;
  const open = io.open ?? readFileChunks;
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    (name === undefined ? err : out)(mainHelp());
    return name === undefined ? 2 : 0;
  }
  if (name === '--version') {
    out('slakit 0.1.0');
    return 0;
  }
  const command = commands.find((c) => c.name === name);
  if (command === undefined) {
    err(`slakit: unknown command '${name}'\n\n${mainHelp()}`);
    return 2;
  }
  let streamed = false;
  try {
    const { values, positionals } = parseCommandLine(command, rest);
    if (values['help'] === true) {
      out(commandHelp(command));
      return 0;
    }
    if (command.inputs !== 'any' && positionals.length !== command.inputs) {
      throw new UsageError(command.inputs === 0 ? `takes no input file (got '${positionals.join(' ')}')` : 'needs one input file (or - for standard input)');
    }
    if (values['json'] === true && values['csv'] === true) throw new UsageError('give --json or --csv, not both');
    const inputs = new Set<string>(positionals);
    const openInput = (path: string): Iterable<Uint8Array> => {
      inputs.add(path);
      return open(path);
    };
    const readInput = (path: string): string => [...decodeUtf8(describeFile(path), openInput(path))].join('');
    const writeOutput = (path: string, text: string): void => {
      refuseInputAsOutput(path, inputs);
      (io.write ?? writeFile)(path, text);
    };
    const writeOut = (text: string): void => {
      streamed = true;
      out(text);
    };
    const context: CommandContext = { values, positionals, startedAt: Date.now(), readInput, openInput, writeOutput, writeOut, argv, ...(io.workerUrl === undefined ? {} : { workerUrl: io.workerUrl }) };
    const result = command.run(context);
    for (const note of result.notes ?? []) err(note);
    const lapses = result.lapses ?? [];
    if (lapses.length > 0 && values['strict'] === true) throw new DataError(lapses.map((l) => `--strict: ${l}`));
    for (const lapse of lapses) err(lapse);
    if (result.streamed === true) {
      if (result.text !== '') out(result.text);
    } else out(values['json'] === true ? JSON.stringify(result.json, null, 2) : values['csv'] === true && result.table !== undefined ? formatCsv(result.table) : result.text);
    return 0;
  } catch (error) {
    if (error instanceof DataError) {
      const what = streamed ? 'found after output was written (the output above is partial: do not trust it)' : 'nothing was processed';
      err(`slakit ${name}: bad data, ${what}:\n${error.problems.map((p) => `  ${p}`).join('\n')}`);
      return 1;
    }
    if (isSlaError(error)) {
      err(`slakit ${name}: bad data${streamed ? ', found after output was written (the output above is partial: do not trust it)' : ''}: ${(error as Error).message}`);
      return 1;
    }
    if (error instanceof UsageError || (error as { code?: unknown } | null)?.code?.toString().startsWith('ERR_PARSE_ARGS')) {
      err(`slakit ${name}: ${(error as Error).message}\nRun 'slakit ${name} --help' for usage.`);
      return 2;
    }
    // A fault of slakit's own: one line, never a stack trace.
    err(`slakit ${name}: internal error: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)} (please report this with the command line)`);
    return INTERNAL_ERROR;
  }
}
