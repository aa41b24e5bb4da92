// The cell scanner (src/cli/cell-scan.ts and its WebAssembly module, cell-scan.wat) against the
// plain reading of a text: every delimiter and line feed, in order, or nothing for a text that is
// not ASCII. The lean reader's use of it is compared to the byte in lean-compliance.test.ts.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type CellMarks, cellScanner, type CellScanner, SCAN_MAX_CHARS } from '../../src/cli/cell-scan.js';
import { assembleCellScan, cellScanSource } from '../../scripts/wasm.mjs';

/** The marks and line feeds of a scan, as plain arrays. */
function read(scan: CellMarks): { marks: number[]; feeds: number[] } {
  const marks = Array.from(scan.marks.subarray(scan.first, scan.first + scan.count));
  const feeds = Array.from(scan.marks.subarray(scan.feedsAt, scan.feedsAt + scan.feeds));
  return { marks, feeds };
}

/** The slow reading: each character's position where it is the delimiter or a line feed; the line feeds' places among them. */
function reference(text: string, delimiter: string): { marks: number[]; feeds: number[] } {
  const marks: number[] = [];
  const feeds: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\n') feeds.push(marks.length);
    if (text[i] === delimiter || text[i] === '\n') marks.push(i);
  }
  return { marks, feeds };
}

const scannerOf = (delimiter: string): CellScanner => {
  const scanner = cellScanner(delimiter);
  if (scanner === null) throw new Error('no WebAssembly');
  return scanner;
};

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('cellScanner', () => {
  it('the module it loads is cell-scan.wat as wabt assembles it (npm run wasm writes it)', async () => {
    const bytes = await assembleCellScan();
    expect(readFileSync('src/cli/cell-scan-wasm.ts', 'utf8')).toBe(cellScanSource(bytes));
  });

  // The characters past ASCII include ones whose low byte is a comma (U+012C) or a line feed (U+010A).
  const CHARS = [',', ';', '\t', '\n', '\r', '"', 'a', 'Z', '0', ' ', 'é', 'Ĭ', 'Ċ', '😀'];

  it('finds every delimiter and line feed of an ASCII text, in order, across 16-byte blocks; a text past ASCII is not read', () => {
    // One scanner per delimiter for all the texts: a text's bytes past its end are the last longer text's.
    const scanners: Record<string, CellScanner> = { ',': scannerOf(','), ';': scannerOf(';'), '\t': scannerOf('\t') };
    fc.assert(
      fc.property(fc.constantFrom(',', ';', '\t'), fc.array(fc.constantFrom(...CHARS), { maxLength: 200 }), fc.boolean(), (delimiter, chars, ascii) => {
        const text = (ascii ? chars.filter((c) => c.charCodeAt(0) < 128) : chars).join('');
        const scan = (scanners[delimiter] as CellScanner)(text);
        if (/[^\x00-\x7f]/.test(text)) expect(scan).toBeUndefined();
        else expect(read(scan as CellMarks)).toEqual(reference(text, delimiter));
      }),
      { numRuns: 500 },
    );
  });

  it('one scanner reads texts of every length in turn, its memory grown for a long one and kept for the next', () => {
    const scanner = scannerOf(',');
    const line = 'a,bb,ccc,\n';
    for (const length of [0, 1, 15, 16, 17, 31, 32, 33, 600_000, 5, SCAN_MAX_CHARS, 40]) {
      const text = line.repeat(Math.ceil(length / line.length)).slice(0, length);
      const scan = scanner(text) as CellMarks;
      expect(scan.count, String(length)).toBe(reference(text, ',').marks.length);
      expect(read(scan), String(length)).toEqual(reference(text, ','));
    }
  });

  it('a text longer than SCAN_MAX_CHARS is left to indexOf', () => {
    expect(scannerOf(',')('a'.repeat(SCAN_MAX_CHARS + 1))).toBeUndefined();
  });

  it('is null for a delimiter it cannot scan, and where WebAssembly is missing (node --jitless)', () => {
    expect(cellScanner('\n')).toBeNull();
    expect(cellScanner(',,')).toBeNull();
    expect(cellScanner('é')).toBeNull();
    vi.stubGlobal('WebAssembly', undefined);
    expect(cellScanner(',')).toBeNull();
  });
});
