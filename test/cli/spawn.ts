// The built `slakit` binary in a child process, as users run it.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const BIN = 'dist/cli.js';

/** `slakit ...args` with `stdin` as standard input. */
export function slakit(args: readonly string[], stdin?: string, env: Record<string, string> = {}): { code: number | null; stdout: string; stderr: string } {
  if (!existsSync(BIN)) throw new Error(`${BIN} is missing: run the build (npm test does) before these tests`);
  const run = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', input: stdin ?? '', maxBuffer: 1 << 30, env: { ...process.env, ...env } });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}
