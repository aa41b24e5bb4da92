// Shared bench runner: each bench file calls `report` with groups of tasks on the same workload.
// Rows in one group are compared as ratios against the group's first task (slakit).
import { Bench } from 'tinybench';

export interface BenchTask {
  name: string;
  fn: () => unknown;
}

export interface BenchGroup {
  /** The workload, e.g. 'addBusinessTime 24 h, New York, warm calendar'. */
  workload: string;
  /** slakit first; peers after it. */
  tasks: BenchTask[];
  /** Target for the first task, shown in the table (e.g. '≥ 1,000,000 ops/s'). */
  target?: string;
}

function formatOps(hz: number): string {
  return Math.round(hz).toLocaleString('en-US');
}

/** Runs each group and prints one markdown table; returns the measured ops/s per task. */
export async function report(title: string, groups: BenchGroup[], options: { time?: number } = {}): Promise<Map<string, number>> {
  const measured = new Map<string, number>();
  const lines = [`### ${title}`, '', '| workload | implementation | ops/s | mean (µs) | slakit is × faster | target |', '| --- | --- | ---: | ---: | ---: | --- |'];
  for (const group of groups) {
    const bench = new Bench({ time: options.time ?? 500, warmupTime: 100 });
    for (const task of group.tasks) bench.add(task.name, task.fn);
    await bench.run();
    const first = bench.tasks[0]?.result;
    const baseHz = first && 'throughput' in first ? first.throughput.mean : 0;
    bench.tasks.forEach((task, i) => {
      const result = task.result;
      const hz = result && 'throughput' in result ? result.throughput.mean : 0;
      const meanMs = result && 'latency' in result ? result.latency.mean : 0;
      measured.set(`${group.workload} / ${task.name}`, hz);
      const ratio = i === 0 ? '—' : `${(baseHz / hz).toFixed(0)}×`;
      lines.push(`| ${i === 0 ? group.workload : ''} | ${task.name} | ${formatOps(hz)} | ${(meanMs * 1000).toFixed(2)} | ${ratio} | ${i === 0 ? (group.target ?? '') : ''} |`);
    });
  }
  console.log(lines.join('\n') + '\n');
  return measured;
}

/** Times one run of a heavy function (best of `runs`), in milliseconds. */
export function timeOnce(fn: () => unknown, runs = 5): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    fn();
    best = Math.min(best, performance.now() - started);
  }
  return best;
}
