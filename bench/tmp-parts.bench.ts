import { readCases } from '../src/records/index.js';
import { exportMapping, exportRows } from './export-rows.js';
import { timeOnce } from './harness.js';
const N = 50_000;
const rows = [...exportRows(N, false)];
const variants: Record<string, object[]> = {
  full: rows,
  noHistory: rows.map(({ history: _, ...r }) => r),
  openOnly: rows.map(({ history: _, first_reply: __, ...r }) => r),
  numeric: rows.map((r) => ({ ticket: r['ticket'], priority: 2, created_at: Date.parse(r['created_at'] as string) })),
};
const drain = (it: Iterable<unknown>) => { let n = 0; for (const _ of it) n++; return n; };
for (let round = 0; round < 2; round++)
  for (const [name, list] of Object.entries(variants)) console.log(name, ((timeOnce(() => drain(readCases(list as never, exportMapping)), 5) * 1000) / N).toFixed(2), 'µs');
console.log('array iterate', ((timeOnce(() => drain(rows), 5) * 1000) / N).toFixed(3));
function* gen() { for (const r of rows) yield r; }
console.log('generator', ((timeOnce(() => drain(gen()), 5) * 1000) / N).toFixed(3));
console.log('new Date x4', ((timeOnce(() => { let s = 0; for (let i = 0; i < N * 4; i++) s += new Date(i).getTime(); return s; }, 5) * 1000) / N).toFixed(3));
