// `npm run bench`: runs every bench/*.bench.ts in one process each and writes bench/RESULTS.md.
import { spawnSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';

const files = readdirSync('bench').filter((f) => f.endsWith('.bench.ts')).sort();
const sections = [];
for (const file of files) {
  console.error(`running bench/${file} …`);
  const run = spawnSync('node', ['--expose-gc', '--import', 'tsx', `bench/${file}`], { encoding: 'utf8', env: { ...process.env, TZ: 'UTC' } });
  if (run.status !== 0) {
    console.error(run.stdout, run.stderr);
    process.exit(1);
  }
  sections.push(run.stdout.trim());
}
const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB`;
const header = [
  '# Benchmark results',
  '',
  `Measured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: Node ${process.version}, ${machine}, host TZ=UTC.`,
  'Ratios compare implementations on the same workload in the same run. Numbers move with the machine;',
  'the ratios and the flatness across spans are what the issues ask for.',
  '',
].join('\n');
const text = `${header}\n${sections.join('\n\n')}\n`;
writeFileSync('bench/RESULTS.md', text);
console.log(text);
