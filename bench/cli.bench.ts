// The `slakit` command at scale (issues 12 and 15): generated case and incident files through the
// built dist/cli.js, in a child process each, timed and measured by /usr/bin/time -v (peak RSS)
// when present. Not part of the tests: run `npm run build` first.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeCaseCsv, writeIncidentCsv } from './cli-data.js';

if (!existsSync('dist/cli.js')) throw new Error('dist/cli.js is missing: run npm run build first');
const dir = mkdtempSync(join(tmpdir(), 'slakit-bench-'));
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

interface Measured {
  wall: number;
  cpu: number;
  rss: number | null;
}

function measure(args: string[]): Measured {
  const started = performance.now();
  const run = TIME === null ? spawnSync(process.execPath, ['dist/cli.js', ...args], { encoding: 'utf8', maxBuffer: 1 << 30 }) : spawnSync(TIME, ['-v', process.execPath, 'dist/cli.js', ...args], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const wall = (performance.now() - started) / 1000;
  if (run.status !== 0) throw new Error(`slakit ${args.join(' ')} failed: ${run.stderr.slice(-2000)}`);
  const field = (name: string): number => Number(new RegExp(`${name}: ([\\d.]+)`).exec(run.stderr)?.[1] ?? NaN);
  if (TIME === null) return { wall, cpu: NaN, rss: null };
  return { wall, cpu: field('User time \\(seconds\\)') + field('System time \\(seconds\\)'), rss: field('Maximum resident set size \\(kbytes\\)') / 1024 };
}

const lines = [
  '### The command line at scale (dist/cli.js)',
  '',
  'Generated files (bench/cli-data.ts), one child process per run. CPU time is user + system of that process',
  '(one core: the command is single-threaded); wall time also counts waiting for a core on a shared machine.',
  '',
  '| command | rows | file (MB) | CPU time (s) | wall time (s) | µs CPU per row | peak RSS (MB) | target |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
];
const row = (name: string, rows: number, file: string, m: Measured, target: string): void => {
  lines.push(
    `| ${name} | ${rows.toLocaleString('en-US')} | ${(statSync(file).size / 1e6).toFixed(1)} | ${m.cpu.toFixed(2)} | ${m.wall.toFixed(2)} | ${((m.cpu / rows) * 1e6).toFixed(1)} | ${m.rss === null ? '—' : m.rss.toFixed(0)} | ${target} |`,
  );
};

for (const rows of [10_000, 100_000, 1_000_000]) {
  const file = join(dir, `cases-${rows}.csv`);
  writeCaseCsv(file, rows);
  const m = measure(['compliance', file, '--preset', 'uniphore', '--tz', 'America/New_York', '--month', '2026-10', '--now', '2026-11-02T12:00:00Z', '--by', 'severity']);
  row('compliance --by severity', rows, file, m, rows === 1_000_000 ? '≤ 10 s, ≤ 250 MB' : 'linear');
}
{
  const rows = 40_000;
  const file = join(dir, `cases-${rows}.csv`);
  writeCaseCsv(file, rows);
  row('compliance (was 71.6 s, quadratic)', rows, file, measure(['compliance', file, '--preset', 'uniphore', '--tz', 'America/New_York', '--month', '2026-10', '--now', '2026-11-02T12:00:00Z']), 'well under 1 s');
}
for (const rows of [10_000, 100_000, 1_000_000]) {
  const file = join(dir, `incidents-${rows}.csv`);
  writeIncidentCsv(file, rows);
  row('availability --policy uniphore', rows, file, measure(['availability', file, '--month', '2026-10', '--policy', 'uniphore']), rows === 1_000_000 ? 'was 36 s, 2.6 GB' : 'linear');
}
{
  const rows = 200_000;
  const file = join(dir, `cases-${rows}.csv`);
  writeCaseCsv(file, rows);
  row('cases (full status per case, table)', rows, file, measure(['cases', file, '--preset', 'uniphore', '--tz', 'America/New_York', '--now', '2026-11-02T12:00:00Z']), 'no RangeError');
}
rmSync(dir, { recursive: true, force: true });
console.log(lines.join('\n'));
