// `npm run bench`: runs every bench/*.bench.ts in one process each and writes their tables into
// bench/RESULTS.md, between two markers: the rest of the file (measurements written by hand, with
// how they were taken) stays as it is. A file without the markers gets the block at its end.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
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
const START = '<!-- npm run bench: start (this block is rewritten by each run) -->';
const END = '<!-- npm run bench: end -->';
const block = [
  START,
  '',
  `Measured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: Node ${process.version}, ${machine}, host TZ=UTC.`,
  'Ratios compare implementations on the same workload in the same run. Numbers move with the machine;',
  'the ratios and the flatness across spans are what the issues ask for.',
  '',
  sections.join('\n\n'),
  '',
  END,
].join('\n');
const path = 'bench/RESULTS.md';
const before = existsSync(path) ? readFileSync(path, 'utf8') : '# Benchmark results\n';
const start = before.indexOf(START);
const end = before.indexOf(END);
const text = start >= 0 && end > start ? `${before.slice(0, start)}${block}${before.slice(end + END.length)}` : `${before.trimEnd()}\n\n## The latest \`npm run bench\`\n\n${block}\n`;
writeFileSync(path, text);
console.log(block);
