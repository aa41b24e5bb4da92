// `npm run wasm`: assembles src/cli/cell-scan.wat (WebAssembly's text format) with wabt, the
// WebAssembly project's own assembler, into src/cli/cell-scan-wasm.ts, the bytes the command line
// loads. test/cli/cell-scan.test.ts assembles the text again and checks that the two agree.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import wabt from 'wabt';

const WAT = fileURLToPath(new URL('../src/cli/cell-scan.wat', import.meta.url));
const OUT = fileURLToPath(new URL('../src/cli/cell-scan-wasm.ts', import.meta.url));

/** The bytes of src/cli/cell-scan.wat, assembled. */
export async function assembleCellScan() {
  const tools = await wabt();
  const module = tools.parseWat('cell-scan.wat', readFileSync(WAT, 'utf8'), { simd: true });
  try {
    module.validate();
    return new Uint8Array(module.toBinary({}).buffer);
  } finally {
    module.destroy();
  }
}

/** The text of src/cli/cell-scan-wasm.ts for `bytes`. */
export function cellScanSource(bytes) {
  return [
    '// Written by `npm run wasm` (scripts/wasm.mjs) from cell-scan.wat: do not edit.',
    '',
    '/** The WebAssembly module of cell-scan.wat, in base64. */',
    `export const CELL_SCAN_WASM = '${Buffer.from(bytes).toString('base64')}';`,
    '',
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const bytes = await assembleCellScan();
  writeFileSync(OUT, cellScanSource(bytes));
  console.log(`src/cli/cell-scan-wasm.ts: ${bytes.length} bytes of WebAssembly`);
}
