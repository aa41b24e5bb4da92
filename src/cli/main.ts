// `slakit`: the command line. The only code in slakit that touches Node (files, stdin, exit codes).
import { writeSync } from 'node:fs';
import { isSlakitWorker, workerFailed } from './jobs.js';
import { run, runWorker } from './run.js';

if (isSlakitWorker()) {
  // A worker answers every chunk, errors included; should it fail on its own, the main thread must not wait for it.
  process.on('uncaughtException', (error) => {
    workerFailed();
    throw error;
  });
  try {
    runWorker();
  } catch (error) {
    workerFailed();
    throw error;
  }
} else main();

/**
 * Writes to a file descriptor before going on: a command that streams a million rows into a slow
 * pipe then holds one block at a time, not the whole output (process.stdout would queue it). A
 * reader that stops early (`slakit cases … | head -1`) closes the pipe: that is normal use, so the
 * command ends quietly with success.
 */
function writeAll(fd: number, text: string): void {
  const bytes = Buffer.from(text);
  let written = 0;
  while (written < bytes.length) {
    try {
      written += writeSync(fd, bytes, written);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') {
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 2); // a non-blocking pipe is full: wait for the reader
        continue;
      }
      if (code === 'EPIPE') process.exit(fd === 1 ? 0 : process.exitCode ?? 0);
      throw error;
    }
  }
}

function main(): void {
  const io = {
    out: (text: string) => writeAll(1, `${text}\n`),
    err: (text: string) => {
      try {
        writeAll(2, `${text}\n`);
      } catch {
        // Nowhere left to say it.
      }
    },
    workerUrl: new URL(import.meta.url),
  };
  process.exitCode = run(process.argv.slice(2), io);
}
