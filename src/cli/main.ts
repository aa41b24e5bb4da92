// `slakit`: the command line. The only code in slakit that touches Node (files, stdin, exit codes).
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { isSlaError } from '../core/errors.js';
import type { Command } from './command.js';
import { commands } from './commands/index.js';
import { CsvSyntaxError } from './csv.js';
import { DataError } from './data-error.js';
import { UsageError } from './usage-error.js';

const COMMON = {
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

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

function readInput(path: string): string {
  try {
    return readFileSync(path === '-' ? 0 : path, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read ${path === '-' ? 'standard input' : `'${path}'`}: ${(error as Error).message}`);
  }
}

function writeOutput(path: string, text: string): void {
  try {
    writeFileSync(path, text);
  } catch (error) {
    throw new UsageError(`cannot write '${path}': ${(error as Error).message}`);
  }
}

/** Runs the command line and returns the exit code; output goes through the given writers. */
export function run(argv: readonly string[], out: (text: string) => void, err: (text: string) => void): number {
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
  try {
    const { values, positionals } = parseArgs({ args: [...rest], options: { ...COMMON, ...command.options }, allowPositionals: true, strict: true });
    if (values.help === true) {
      out(commandHelp(command));
      return 0;
    }
    if (command.inputs !== 'any' && positionals.length !== command.inputs) {
      throw new UsageError(command.inputs === 0 ? `takes no input file (got '${positionals.join(' ')}')` : 'needs one input file (or - for standard input)');
    }
    const result = command.run({ values, positionals, readInput, writeOutput });
    for (const note of result.notes ?? []) err(note);
    out(values.json === true ? JSON.stringify(result.json, null, 2) : result.text);
    return 0;
  } catch (error) {
    if (error instanceof DataError) {
      err(`slakit ${name}: bad data, nothing was processed:\n${error.problems.map((p) => `  ${p}`).join('\n')}`);
      return 1;
    }
    if (error instanceof CsvSyntaxError || isSlaError(error)) {
      err(`slakit ${name}: bad data: ${(error as Error).message}`);
      return 1;
    }
    if (error instanceof UsageError || (error as { code?: unknown }).code?.toString().startsWith('ERR_PARSE_ARGS')) {
      err(`slakit ${name}: ${(error as Error).message}\nRun 'slakit ${name} --help' for usage.`);
      return 2;
    }
    throw error;
  }
}

process.exitCode = run(process.argv.slice(2), (text) => process.stdout.write(`${text}\n`), (text) => process.stderr.write(`${text}\n`));
