// Renewal module: renewFee throughput (exact rational uplift, integer money) and
// peakConcurrentUsers over 1,000,000 sessions of one month (sort and sweep).
import { peakConcurrentUsers, renewalSchedule, renewFee } from '../src/renewal/index.js';
import { type BenchGroup, report, timeOnce } from './harness.js';

// Deterministic random numbers.
let seed = 42;
const random = (): number => {
  seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
  return seed / 2 ** 31;
};

const fees = Array.from({ length: 1024 }, () => Math.floor(random() * 100_000_000));
const bigFees = fees.map((fee) => BigInt(fee) * 10n ** 12n);
const cpis = Array.from({ length: 1024 }, () => Math.round((random() * 0.1 - 0.01) * 10_000) / 10_000); // -1.00% … 9.00%
const pairs = Array.from({ length: 1024 }, () => ({ previous: 300 + Math.round(random() * 20_000) / 1000, current: 300 + Math.round(random() * 40_000) / 1000 }));
let i = 0;

const groups: BenchGroup[] = [
  {
    workload: 'renewFee, number fee, CPI-U as a fraction',
    target: '≥ 1,000,000 ops/s',
    tasks: [{ name: 'slakit', fn: () => renewFee(fees[i & 1023] as number, { cpi: cpis[i++ & 1023] as number }) }],
  },
  {
    workload: 'renewFee, bigint fee (~10^20), CPI-U as a fraction',
    target: '—',
    tasks: [{ name: 'slakit', fn: () => renewFee(bigFees[i & 1023] as bigint, { cpi: cpis[i++ & 1023] as number, rounding: 'half-even' }) }],
  },
  {
    workload: 'renewFee, number fee, CPI-U as two index values (2,048 distinct values)',
    target: '—',
    tasks: [{ name: 'slakit', fn: () => renewFee(fees[i & 1023] as number, { cpi: pairs[i++ & 1023] as { previous: number; current: number } }) }],
  },
  {
    workload: 'renewalSchedule, 10 renewals',
    target: '—',
    tasks: [
      {
        name: 'slakit',
        fn: () => renewalSchedule({ feeMinor: fees[i & 1023] as number, start: '2026-03-15', renewals: cpis.slice(i & 1000, (i++ & 1000) + 10).map((cpi) => ({ cpi })) }),
      },
    ],
  },
];
await report('Renewal terms (slakit/renewal)', groups);

// 1,000,000 sessions in June 2026 (America/New_York): logins spread over the month, 5 minutes to
// 10 hours long, some crossing the month's edges.
function sessions(count: number, users: number): { user: string; start: number; end: number }[] {
  const from = Date.UTC(2026, 5, 1, 4) - 86_400_000;
  const span = 32 * 86_400_000;
  const names = Array.from({ length: users }, (_, u) => `agent-${u}`);
  return Array.from({ length: count }, (_, k) => {
    const start = from + Math.floor(random() * span);
    return { user: names[k % users] as string, start, end: start + 300_000 + Math.floor(random() * 36_000_000) };
  });
}
const rows = [
  ['1,000,000 sessions, 5,000 agents', sessions(1_000_000, 5_000)],
  ['1,000,000 sessions, 100,000 agents', sessions(1_000_000, 100_000)],
  ['1,000,000 sessions, 1,000,000 agents (one each)', sessions(1_000_000, 1_000_000)],
] as const;
const lines = ['| workload | best of 5 (ms) | peak | target |', '| --- | ---: | ---: | --- |'];
for (const [name, data] of rows) {
  let peak = 0;
  const ms = timeOnce(() => {
    peak = peakConcurrentUsers(data, { month: '2026-06', timeZone: 'America/New_York' }).peak;
  });
  lines.push(`| peakConcurrentUsers, ${name} | ${ms.toFixed(0)} | ${peak.toLocaleString('en-US')} | ≤ 1,000 ms |`);
}
console.log(lines.join('\n') + '\n');
