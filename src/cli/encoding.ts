// Input files are UTF-8, with or without a byte order mark. Anything else is named for what it
// looks like (UTF-16, UTF-32, a legacy 8-bit code page), so that the user is told to re-save the
// file, not that "row 3 has 1 field".
import { DataError } from './data-error.js';

function encodingOf(head: Uint8Array): string | null {
  const [a, b, c, d] = head;
  if (a === 0xff && b === 0xfe && c === 0 && d === 0) return 'UTF-32 (little-endian)';
  if (a === 0 && b === 0 && c === 0xfe && d === 0xff) return 'UTF-32 (big-endian)';
  if (a === 0xff && b === 0xfe) return 'UTF-16 (little-endian)';
  if (a === 0xfe && b === 0xff) return 'UTF-16 (big-endian)';
  // Without a BOM: text in UTF-16 has a zero byte in every other place (for ASCII characters).
  const n = Math.min(head.length, 4096) & ~1;
  if (n >= 4) {
    let even = 0;
    let odd = 0;
    for (let i = 0; i < n; i += 2) {
      if (head[i] === 0) even++;
      if (head[i + 1] === 0) odd++;
    }
    const half = n / 2;
    if (odd > half * 0.4 && even < half * 0.1) return 'UTF-16 (little-endian)';
    if (even > half * 0.4 && odd < half * 0.1) return 'UTF-16 (big-endian)';
  }
  return null;
}

/** The offset of the first byte that is not valid UTF-8 (at most `bytes.length`). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    const n = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (n < 0) return i;
    for (let k = 1; k <= n; k++) {
      const next = bytes[i + k];
      if (next === undefined) return i + k < bytes.length ? i : bytes.length; // cut at the chunk's end
      if ((next & 0xc0) !== 0x80) return i;
    }
    i += n + 1;
  }
  return i;
}

function countLines(bytes: Uint8Array, end: number): number {
  let lines = 0;
  for (let i = bytes.indexOf(10); i >= 0 && i < end; i = bytes.indexOf(10, i + 1)) lines++;
  return lines;
}

/**
 * The text of `chunks` decoded as UTF-8 (a leading BOM dropped), chunk by chunk.
 *
 * @throws DataError naming the file's encoding when it is UTF-16 or UTF-32, or the row and byte
 * of the first sequence that is not UTF-8.
 */
export function* decodeUtf8(name: string, chunks: Iterable<Uint8Array>): Generator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let first = true;
  let lines = 0;
  for (const chunk of chunks) {
    if (first && chunk.length > 0) {
      first = false;
      const encoding = encodingOf(chunk);
      if (encoding !== null) throw new DataError([`${name} is ${encoding}; save it as UTF-8 (e.g. "CSV UTF-8" in a spreadsheet's Save As)`]);
    }
    try {
      yield decoder.decode(chunk, { stream: true });
    } catch {
      const at = firstInvalidUtf8(chunk);
      const row = lines + countLines(chunk, Math.min(at, chunk.length)) + 1;
      const byte = chunk[Math.min(at, chunk.length - 1)] as number;
      throw new DataError([`${name} is not UTF-8: row ${row} has the byte 0x${byte.toString(16).toUpperCase().padStart(2, '0')}, which UTF-8 does not allow (a Latin-1 or Windows-1252 file?); save it as UTF-8`]);
    }
    lines += countLines(chunk, chunk.length);
  }
  try {
    yield decoder.decode();
  } catch {
    throw new DataError([`${name} is not UTF-8: it ends inside a multi-byte character; save it as UTF-8`]);
  }
}
