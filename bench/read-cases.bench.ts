// readCases alone, per row: the rows are generated beforehand (text cells, as a CSV parser gives
// them), so only the reader is timed. N rows (default 100,000), best of 10 runs.
//   node --expose-gc --import tsx bench/read-cases.bench.ts
import { readCases, readIncidents, type Row } from '../src/records/index.js';
import { exportMapping, exportRows } from './export-rows.js';
import { timeOnce } from './harness.js';

const N = Number(process.env['N'] ?? 100_000);
const isoRows = [...exportRows(N, false)];
const localRows = [...exportRows(N, true)];
const incidentRows: Row[] = isoRows.map((row) => ({ id: row['ticket'], start: row['created_at'], end: row['first_reply'], cause: 'unplanned' }));
const localOptions = { ...exportMapping, timeZone: 'America/New_York', onError: 'skip' as const };

const drain = (rows: Iterable<unknown>): number => {
  let n = 0;
  for (const _ of rows) n++;
  return n;
};
const microsPerRow = (fn: () => unknown): string => {
  (globalThis as { gc?: () => void }).gc?.();
  return ((timeOnce(fn, 10) * 1000) / N).toFixed(2);
};

console.log(
  [
    `### readCases per row (${N.toLocaleString('en-US')} rows generated beforehand)`,
    '',
    '| workload | µs per row |',
    '| --- | ---: |',
    `| readCases, ISO instants with offsets | ${microsPerRow(() => drain(readCases(isoRows, exportMapping)))} |`,
    `| readCases, local times in America/New_York | ${microsPerRow(() => drain(readCases(localRows, localOptions)))} |`,
    `| readIncidents, ISO instants with offsets | ${microsPerRow(() => drain(readIncidents(incidentRows)))} |`,
    '',
  ].join('\n'),
);
