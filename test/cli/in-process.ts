// Runs `slakit` in this process, with standard input from memory: fast enough for many cases.
import { readFileChunks, run } from '../../src/cli/run.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** `slakit ...args` with `stdin` as the input of `-`. */
export function cli(args: readonly string[], stdin: string | Uint8Array = ''): CliRun {
  let stdout = '';
  let stderr = '';
  const bytes = typeof stdin === 'string' ? new TextEncoder().encode(stdin) : stdin;
  const code = run(args, {
    out: (text) => {
      stdout += `${text}\n`;
    },
    err: (text) => {
      stderr += `${text}\n`;
    },
    open: (path) => (path === '-' ? [bytes] : readFileChunks(path)),
  });
  return { code, stdout, stderr };
}
