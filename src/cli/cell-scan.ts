// Where the cells of a CSV text start and end, found 16 bytes at a time by a small WebAssembly
// module (cell-scan.wat, SIMD) instead of an `indexOf` call per cell. A Zendesk export's row has
// 16 cells: the calls cost about 9 ns each, and the module finds them all in a fraction of that.
// It reads ASCII text only (where a character is one byte, a mark's byte position is its index in
// the string); any other text, and a runtime without WebAssembly (e.g. `node --jitless`), is left
// to `indexOf`.
import { Buffer } from 'node:buffer';
import { CELL_SCAN_WASM } from './cell-scan-wasm.js';

/**
 * The marks of a text: the positions, in order, of its delimiters and line feeds, at
 * `marks[first]` to `marks[first + count - 1]`; and the line feeds among them: `marks[feedsAt + j]`
 * is the index (counted from `first`) of the mark of the text's j-th line feed.
 */
export interface CellMarks {
  /** A view of the scanner's memory, valid until its next scan. */
  readonly marks: Int32Array;
  readonly first: number;
  readonly count: number;
  readonly feedsAt: number;
  readonly feeds: number;
}

/** Scans a text for its marks; undefined for a text it does not read (not ASCII, or longer than {@link SCAN_MAX_CHARS}). */
export type CellScanner = (text: string) => CellMarks | undefined;

/**
 * The longest text scanned: the scanner's memory holds the text and 8 bytes per character for its
 * marks, and a WebAssembly memory never shrinks (a decoded piece is 64 KiB; only a record longer than
 * that makes a longer text).
 */
export const SCAN_MAX_CHARS = 1 << 20;

const PAGE = 65_536;

/**
 * A scanner of texts whose cells `delimiter` (one character) separates, with a memory of its own;
 * null where WebAssembly cannot run it.
 */
export function cellScanner(delimiter: string): CellScanner | null {
  const code = delimiter.charCodeAt(0);
  if (delimiter.length !== 1 || code > 127 || code === 10) return null;
  let memory: WebAssembly.Memory;
  let scan: (length: number, delimiter: number, marks: number, feeds: number) => number;
  let feedCount: () => number;
  try {
    const instance = new WebAssembly.Instance(new WebAssembly.Module(Buffer.from(CELL_SCAN_WASM, 'base64')), {});
    memory = instance.exports['memory'] as WebAssembly.Memory;
    scan = instance.exports['scan'] as typeof scan;
    feedCount = instance.exports['feedCount'] as typeof feedCount;
  } catch {
    return null;
  }
  const encoder = new TextEncoder();
  let bytes = new Uint8Array(memory.buffer);
  let marks = new Int32Array(memory.buffer);
  return (text) => {
    const length = text.length;
    if (length > SCAN_MAX_CHARS) return undefined;
    // The text, 16 bytes the last load may read past it, then room for a mark and a line feed per character.
    const marksAt = (length + 31) & ~15;
    const feedsAt = marksAt + 4 * length;
    const needed = feedsAt + 4 * length;
    if (needed > bytes.length) {
      memory.grow(Math.ceil((needed - bytes.length) / PAGE));
      bytes = new Uint8Array(memory.buffer);
      marks = new Int32Array(memory.buffer);
    }
    // A character past ASCII takes two bytes or more: then the text does not fit and is not read.
    if (encoder.encodeInto(text, bytes.subarray(0, length)).read !== length) return undefined;
    const count = scan(length, code, marksAt, feedsAt);
    return { marks, first: marksAt >> 2, count, feedsAt: feedsAt >> 2, feeds: feedCount() };
  };
}
