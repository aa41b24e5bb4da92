// Tool exports read with --from (issue 23): a million Zendesk-shaped and Jira-shaped rows against the
// same cases in slakit's canonical columns, through the built dist/cli.js, one child process each,
// CPU time and peak RSS from /usr/bin/time -v when present, on one core (taskset -c 0 when present).
// The four runs are repeated REPS times, interleaved (on a shared machine the least CPU time of a
// run is the steadiest measure). Run `npm run build` first.
//   node --import tsx bench/profiles.bench.ts      (ROWS=100000 REPS=1 for a quick run)
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

if (!existsSync('dist/cli.js')) throw new Error('dist/cli.js is missing: run npm run build first');
const dir = mkdtempSync(join(tmpdir(), 'slakit-profiles-'));
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
const ROWS = Number(process.env['ROWS'] ?? 1_000_000);
const REPS = Number(process.env['REPS'] ?? 3);
const TASKSET = existsSync('/usr/bin/taskset') ? ['/usr/bin/taskset', '-c', '0'] : [];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

interface Measured {
  wall: number;
  cpu: number;
  rss: number | null;
}

function measure(args: string[]): Measured {
  const started = performance.now();
  const command = [...TASKSET, ...(TIME === null ? [] : [TIME, '-v']), process.execPath, 'dist/cli.js', ...args];
  const run = spawnSync(command[0] as string, command.slice(1), { encoding: 'utf8', maxBuffer: 1 << 30 });
  const wall = (performance.now() - started) / 1000;
  if (run.status !== 0) throw new Error(`slakit ${args.join(' ')} failed: ${run.stderr.slice(-2000)}`);
  const field = (name: string): number => Number(new RegExp(`${name}: ([\\d.]+)`).exec(run.stderr)?.[1] ?? NaN);
  if (TIME === null) return { wall, cpu: NaN, rss: null };
  return { wall, cpu: field('User time \\(seconds\\)') + field('System time \\(seconds\\)'), rss: field('Maximum resident set size \\(kbytes\\)') / 1024 };
}

/** Writes `rows` lines made by `line` after `header`, a megabyte at a time. */
function write(path: string, header: string, line: (i: number) => string): void {
  const fd = openSync(path, 'w');
  let buffer = header;
  for (let i = 0; i < ROWS; i++) {
    buffer += line(i);
    if (buffer.length > 1 << 20) {
      writeSync(fd, buffer);
      buffer = '';
    }
  }
  writeSync(fd, buffer);
  closeSync(fd);
}

// One case a row, opened through October 2026 at whole minutes in UTC (the files' zone is UTC, so
// the local times and the ISO instants name the same instants).
const opened = (i: number): number => Date.UTC(2026, 9, 1) + (i % 28) * 86_400_000 + (i % 24) * 3_600_000 + (i % 60) * 60_000;
const reply = (i: number): number => 5 + (i % 5) * 30 + (i % 13);
const resolved = (i: number): number => opened(i) + (reply(i) + 600 + (i % 17) * 60) * 60_000;
const pad = (n: number): string => String(n).padStart(2, '0');
const iso = (ms: number): string => new Date(ms).toISOString().slice(0, 19) + 'Z';
const local = (ms: number): string => iso(ms).slice(0, 19).replace('T', ' ');
const jira = (ms: number): string => {
  const d = new Date(ms);
  const h = d.getUTCHours();
  return `${pad(d.getUTCDate())}/${MONTHS[d.getUTCMonth()] as string}/${pad(d.getUTCFullYear() % 100)} ${h % 12 === 0 ? 12 : h % 12}:${pad(d.getUTCMinutes())} ${h < 12 ? 'AM' : 'PM'}`;
};
const ZENDESK_PRIORITY = ['Urgent', 'High', 'Normal', 'Low'];
const JIRA_PRIORITY = ['Highest', 'High', 'Medium', 'Low'];

const files = {
  zendeskCanonical: join(dir, 'zendesk-canonical.csv'),
  zendesk: join(dir, 'zendesk-tickets.csv'),
  jiraCanonical: join(dir, 'jira-canonical.csv'),
  jira: join(dir, 'jira-issues.csv'),
};
write(files.zendeskCanonical, 'id,severity,openedAt,respondedAt,resolutionNoticeAt,customer\n', (i) => `${i},${(i % 4) + 1},${iso(opened(i))},${iso(opened(i) + reply(i) * 60_000)},${iso(resolved(i))},cust-${i % 50}\n`);
write(
  files.zendesk,
  '\uFEFFId,Requester,Assignee,Group,Subject,Status,Priority,Via,Created at,Updated at,Organization,Solved at,Replies,First reply time in minutes,First reply time in minutes within business hours,Full resolution time in minutes\n',
  (i) => `${i},customer${i}@example.com,Dana Agent,Support,Ticket ${i},Solved,${ZENDESK_PRIORITY[i % 4] as string},Email,${local(opened(i))},${local(resolved(i))},cust-${i % 50},${local(resolved(i))},1,${reply(i)},${reply(i)},${(resolved(i) - opened(i)) / 60_000}\n`,
);
write(files.jiraCanonical, 'id,severity,openedAt,resolutionNoticeAt,customer\n', (i) => `${10000 + i},${(i % 4) + 1},${iso(opened(i))},${iso(resolved(i))},cust-${i % 50}\n`);
write(
  files.jira,
  '\uFEFFSummary,Issue key,Issue id,Issue Type,Status,Priority,Resolution,Assignee,Created,Updated,Resolved,Custom field (Organizations)\n',
  (i) => `Request ${i},SD-${i},${10000 + i},Service request,Resolved,${JIRA_PRIORITY[i % 4] as string},Done,Dana Agent,${jira(opened(i))},${jira(resolved(i))},${jira(resolved(i))},cust-${i % 50}\n`,
);

const COMMON = ['--contract', 'test/fixtures/exports/contract.json', '--tz', 'America/New_York', '--now', '2026-11-20T00:00:00Z', '--month', '2026-10', '--by', 'severity'];
const runs = [
  ['Zendesk, canonical columns', files.zendeskCanonical, []],
  ['Zendesk export, --from zendesk', files.zendesk, ['--from', 'zendesk', '--input-tz', 'UTC']],
  ['Jira, canonical columns', files.jiraCanonical, []],
  ['Jira export, --from jira', files.jira, ['--from', 'jira', '--input-tz', 'UTC']],
] as const;
const all = runs.map(() => [] as Measured[]);
for (let rep = 0; rep < REPS; rep++) runs.forEach(([, file, extra], k) => (all[k] as Measured[]).push(measure(['compliance', file, ...COMMON, ...extra])));
const least = (ms: readonly Measured[]): Measured => ms.reduce((a, b) => (b.cpu < a.cpu ? b : a));
const results = runs.map(([name, file], k) => ({ name, file, m: least(all[k] as Measured[]), cpus: (all[k] as Measured[]).map((m) => m.cpu) }));
const lines = [
  `### Tool exports read with --from (${ROWS.toLocaleString('en-US')} rows, compliance --by severity)`,
  '',
  'The same cases as a tool writes them (Zendesk: local times, the first reply as minutes, business minutes',
  'cross-checked; Jira: `dd/MMM/yy h:mm a`, no response column) and in canonical columns (ISO 8601 with Z).',
  `CPU time is user + system of one process on one core, the least of ${REPS} interleaved runs (each run`,
  'under "runs"); the target is the export within 20% of its canonical twin.',
  '',
  '| file | file (MB) | CPU time (s) | runs (CPU s) | wall time (s) | µs CPU per row | peak RSS (MB) | × canonical |',
  '| --- | ---: | ---: | --- | ---: | ---: | ---: | ---: |',
];
results.forEach(({ name, file, m, cpus }, k) => {
  const canonical = (results[k - (k % 2)] as (typeof results)[number]).m;
  lines.push(
    `| ${name} | ${(statSync(file).size / 1e6).toFixed(1)} | ${m.cpu.toFixed(2)} | ${cpus.map((c) => c.toFixed(2)).join(', ')} | ${m.wall.toFixed(2)} | ${((m.cpu / ROWS) * 1e6).toFixed(1)} | ${m.rss === null ? '—' : m.rss.toFixed(0)} | ${k % 2 === 0 ? '—' : `${(m.cpu / canonical.cpu).toFixed(2)}×`} |`,
  );
});
rmSync(dir, { recursive: true, force: true });
console.log(lines.join('\n'));
