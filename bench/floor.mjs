// The floor under `slakit compliance` (issue: "closer to the floor"): only what any tool must do
// with a case file: read it in 1 MiB chunks, decode UTF-8, split records and cells (RFC 4180
// quotes), and parse two instants per row (openedAt and respondedAt). No validation, no clocks.
// `node bench/floor.mjs FILE` prints the rows read; bench/cli.bench.ts times it like a command.
import { openSync, readSync, closeSync } from 'node:fs';

const file = process.argv[2];
const fd = openSync(file, 'r');
const buffer = Buffer.alloc(1 << 20);
const decoder = new TextDecoder();
let carry = '';
let rows = 0;
let header = null;
let opened = -1;
let responded = -1;
let checksum = 0;

function cellsOf(line) {
  const cells = [];
  let i = 0;
  while (i <= line.length) {
    if (line.charCodeAt(i) === 34) {
      let text = '';
      let j = i + 1;
      for (;;) {
        const q = line.indexOf('"', j);
        if (q < 0) throw new Error('unclosed quote');
        text += line.slice(j, q);
        if (line.charCodeAt(q + 1) === 34) { text += '"'; j = q + 2; } else { i = q + 2; break; }
      }
      cells.push(text);
    } else {
      let end = line.indexOf(',', i);
      if (end < 0) end = line.length;
      cells.push(line.slice(i, end));
      i = end + 1;
    }
  }
  return cells;
}

function record(line) {
  const cells = cellsOf(line);
  if (header === null) {
    header = cells;
    opened = cells.indexOf('openedAt');
    responded = cells.indexOf('respondedAt');
    return;
  }
  rows++;
  const a = Date.parse(cells[opened]);
  const b = cells[responded] === '' ? 0 : Date.parse(cells[responded]);
  checksum += (a % 7) + (b % 3);
}

for (;;) {
  const n = readSync(fd, buffer, 0, buffer.length, null);
  const text = carry + decoder.decode(buffer.subarray(0, n), { stream: n > 0 });
  // The generated files quote only the events cell, which holds no line break: a record ends at \n.
  let start = 0;
  for (let end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
    record(text.slice(start, end));
    start = end + 1;
  }
  carry = text.slice(start);
  if (n === 0) break;
}
if (carry !== '') record(carry);
closeSync(fd);
console.log(JSON.stringify({ rows, checksum: Number.isFinite(checksum) }));
