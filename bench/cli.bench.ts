// The `slakit` command at scale (issues 12 and 15): generated case and incident files through the
// built dist/cli.js, in a child process each, timed and measured by /usr/bin/time -v (peak RSS)
// when present. Not part of the tests: run `npm run build` first.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeCaseCsv, writeExportCsv, writeIncidentCsv } from './cli-data.js';

if (!existsSync('dist/cli.js')) throw new Error('dist/cli.js is missing: run npm run build first');
const dir = mkdtempSync(join(tmpdir(), 'slakit-bench-'));
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

interface Measured {
  wall: number;
  cpu: number;
  rss: number | null;
}

// One core, as the targets are stated: taskset pins the child (and its worker threads) when present.
const TASKSET = existsSync('/usr/bin/taskset') ? ['/usr/bin/taskset', '-c', '0'] : [];

function measure(args: string[], script = 'dist/cli.js', oneCore = false): Measured {
  const started = performance.now();
  const command = [...(oneCore ? TASKSET : []), ...(TIME === null ? [] : [TIME, '-v']), process.execPath, script, ...args];
  const run = spawnSync(command[0] as string, command.slice(1), { encoding: 'utf8', maxBuffer: 1 << 30 });
  const wall = (performance.now() - started) / 1000;
  if (run.status !== 0) throw new Error(`slakit ${args.join(' ')} failed: ${run.stderr.slice(-2000)}`);
  const field = (name: string): number => Number(new RegExp(`${name}: ([\\d.]+)`).exec(run.stderr)?.[1] ?? NaN);
  if (TIME === null) return { wall, cpu: NaN, rss: null };
  return { wall, cpu: field('User time \\(seconds\\)') + field('System time \\(seconds\\)'), rss: field('Maximum resident set size \\(kbytes\\)') / 1024 };
}

const CONTRACT = ['--contract', 'uniphore', '--params', 'test/cli/fixtures/uniphore-params.json'];
const CASES = [...CONTRACT, '--tz', 'America/New_York', '--now', '2026-11-02T12:00:00Z'];
const EXPORT_MAP = ['--map', 'Ticket ID=id,Created at=openedAt,Priority=severity,First reply at=respondedAt,History=events,Account=customer', '--input-tz', 'America/New_York'];

const lines = [
  '### The command line at scale (dist/cli.js)',
  '',
  'Generated files (bench/cli-data.ts), one child process per run. CPU time is user + system of the process',
  '(all its threads); wall time is what a user waits. `compliance` reports response, resolution and update',
  'compliance through complianceReport; `availability` merges mergeable shards of 50,000 incidents.',
  '',
  '| command | rows | file (MB) | CPU time (s) | wall time (s) | µs CPU per row | peak RSS (MB) | target |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
];
const row = (name: string, rows: number, file: string, m: Measured, target: string): void => {
  lines.push(
    `| ${name} | ${rows.toLocaleString('en-US')} | ${(statSync(file).size / 1e6).toFixed(1)} | ${m.cpu.toFixed(2)} | ${m.wall.toFixed(2)} | ${((m.cpu / rows) * 1e6).toFixed(1)} | ${m.rss === null ? '—' : m.rss.toFixed(0)} | ${target} |`,
  );
};

const SIZES = (process.env['SIZES'] ?? '10000,100000,1000000').split(',').map(Number);
const LARGEST = Math.max(...SIZES);
for (const rows of SIZES) {
  const file = join(dir, `cases-${rows}.csv`);
  writeCaseCsv(file, rows);
  const args = ['compliance', file, ...CASES, '--month', '2026-10', '--by', 'severity'];
  row('compliance --by severity', rows, file, measure(args), rows === 1_000_000 ? '≤ 10 s on one core, ≤ 250 MB' : 'linear');
  if (rows === LARGEST) {
    // The floor: read, split and parse two instants per row, nothing else (bench/floor.mjs).
    const floor = measure([file], 'bench/floor.mjs', true);
    const oneCore = measure([...args, '--jobs', '1'], 'dist/cli.js', true);
    row('floor: read, split, two instants a row (bench/floor.mjs), one core', rows, file, floor, 'the floor');
    row('compliance --by severity --jobs 1, one core', rows, file, oneCore, `${(oneCore.cpu / floor.cpu).toFixed(2)}× the floor (target ≤ 2×)`);
    row('compliance --by severity --jobs 2', rows, file, measure([...args, '--jobs', '2']), 'same output');
    row('cases --csv (every case’s status)', rows, file, measure(['cases', file, ...CASES, '--csv']), rows === 1_000_000 ? '≤ 15 s, flat memory' : 'flat memory');
  }
  rmSync(file);
}
{
  const rows = LARGEST;
  const file = join(dir, `export-${rows}.csv`);
  writeExportCsv(file, rows);
  row('compliance of a ticketing export (; local times, P1–P4, --map, --input-tz)', rows, file, measure(['compliance', file, ...CASES, '--month', '2026-10', ...EXPORT_MAP]), '—');
  rmSync(file);
}
{
  const rows = 40_000;
  const file = join(dir, `cases-${rows}.csv`);
  writeCaseCsv(file, rows);
  row('compliance (was 71.6 s, quadratic)', rows, file, measure(['compliance', file, ...CASES, '--month', '2026-10']), 'well under 1 s');
}
for (const rows of SIZES) {
  const file = join(dir, `incidents-${rows}.csv`);
  writeIncidentCsv(file, rows);
  // The contract's maintenance windows are regional: the region whose windows excuse scheduled maintenance is named.
  const args = ['availability', file, '--month', '2026-10', ...CONTRACT, '--region', 'US'];
  row('availability --contract uniphore --region US', rows, file, measure(args), rows === 1_000_000 ? 'was 36 s, 2.6 GB; flat memory' : 'linear');
  if (rows === LARGEST) row('availability --contract uniphore --region US --jobs 2', rows, file, measure([...args, '--jobs', '2']), 'same output');
  rmSync(file);
}
rmSync(dir, { recursive: true, force: true });
console.log(lines.join('\n'));
