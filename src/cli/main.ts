// `slakit`: the command line. The only code in slakit that touches Node (files, stdin, exit codes).
import { run, runWorker } from './run.js';
import { isSlakitWorker } from './jobs.js';

if (isSlakitWorker()) runWorker();
else main();

function main(): void {
  // A reader that stops early (`slakit cases … | head -1`) closes the pipe: that is normal use, so
  // the command ends quietly with success.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    process.stderr.write(`slakit: cannot write the output: ${error.message}\n`);
    process.exit(1);
  });
  process.stderr.on('error', () => undefined);

  const io = { out: (text: string) => process.stdout.write(`${text}\n`), err: (text: string) => process.stderr.write(`${text}\n`), workerUrl: new URL(import.meta.url) };
  process.exitCode = run(process.argv.slice(2), io);
}
