// Input files are UTF-8, with or without a byte order mark. Anything else is named for what it
// looks like (UTF-16, UTF-32, a legacy 8-bit code page), so that the user is told to re-save the
// file, not that "row 3 has 1 field".
import * as buffer from 'node:buffer';
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

/** The offset of the first byte that is not valid UTF-8 (at most `bytes.length`), by the WHATWG decoder's rules. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    const n = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (n < 0) return i;
    // The second byte's range excludes overlong forms, surrogates and code points past U+10FFFF.
    const low = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
    const high = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
    for (let k = 1; k <= n; k++) {
      const next = bytes[i + k];
      if (next === undefined) return bytes.length; // cut at the text's end
      if (k === 1 ? next < low || next > high : (next & 0xc0) !== 0x80) return i;
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
 * Bytes decoded into one string: a piece. A string of up to 64 KiB is an ordinary object of
 * V8's young generation; a larger one is allocated by itself in fresh memory (measured: 2 MiB
 * strings took 3.4 ns a byte to make, 64 KiB strings 0.6 ns).
 */
export const PIECE_BYTES = 1 << 16;

/** Node's native checks (Node 18.15 and later; a fatal TextDecoder otherwise). */
const native = buffer as { isAscii?: (bytes: Uint8Array) => boolean; isUtf8?: (bytes: Uint8Array) => boolean };

/** Where `bytes` (a line's start, no line feed in it) can be cut between two characters: before its last character's start. */
function characterCut(bytes: Uint8Array): number {
  let at = bytes.length;
  while (at > 0 && bytes.length - at < 4 && ((bytes[at - 1] as number) & 0xc0) === 0x80) at--;
  return at > 0 && (bytes[at - 1] as number) >= 0xc0 ? at - 1 : bytes.length;
}

/**
 * The text of `chunks` decoded as UTF-8 (a leading BOM dropped), in pieces of up to
 * {@link PIECE_BYTES} bytes, each ending after a line feed where there is one (a longer line ends
 * its piece at its own line feed, or, with no line feed held, the piece ends between two characters).
 *
 * Each piece is decoded from its bytes at once, never by joining strings: a file of ASCII bytes
 * is copied into flat one-byte strings (joined strings were flattened again by every search).
 *
 * @throws DataError naming the file's encoding when it is UTF-16 or UTF-32, or the row and byte
 * of the first sequence that is not UTF-8.
 */
export function* decodeUtf8(name: string, chunks: Iterable<Uint8Array>): Generator<string> {
  const fallback = native.isUtf8 === undefined || native.isAscii === undefined ? new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }) : undefined;
  let lines = 0;
  let checked = false;
  // The bytes not yet decoded, copied out of each chunk (a reader may reuse its buffer), in one
  // buffer reused for the whole file: fresh memory for every megabyte costs more than the copy.
  let held = new Uint8Array(0);
  let length = 0;
  const decode = (bytes: Uint8Array, final: boolean): string => {
    let text: string | undefined;
    if (fallback !== undefined) {
      try {
        text = fallback.decode(bytes);
      } catch {
        text = undefined;
      }
    } else if ((native.isAscii as (bytes: Uint8Array) => boolean)(bytes)) text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('latin1');
    else if ((native.isUtf8 as (bytes: Uint8Array) => boolean)(bytes)) text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('utf8');
    if (text === undefined) {
      const at = firstInvalidUtf8(bytes);
      if (at >= bytes.length && final) throw new DataError([`${name} is not UTF-8: it ends inside a multi-byte character; save it as UTF-8`]);
      const row = lines + countLines(bytes, Math.min(at, bytes.length)) + 1;
      const byte = bytes[Math.min(at, bytes.length - 1)] as number;
      throw new DataError([`${name} is not UTF-8: row ${row} has the byte 0x${byte.toString(16).toUpperCase().padStart(2, '0')}, which UTF-8 does not allow (a Latin-1 or Windows-1252 file?); save it as UTF-8`]);
    }
    // Counted in the string: its search is cheaper per call than a byte array's.
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines++;
    return text;
  };
  /** The file's encoding checked on its first bytes, and its BOM dropped, once. */
  const head = (): void => {
    checked = true;
    const encoding = encodingOf(held.subarray(0, length));
    if (encoding !== null) throw new DataError([`${name} is ${encoding}; save it as UTF-8 (e.g. "CSV UTF-8" in a spreadsheet's Save As)`]);
    if (held[0] === 0xef && held[1] === 0xbb && held[2] === 0xbf) {
      held.copyWithin(0, 3, length);
      length -= 3;
    }
  };
  for (const chunk of chunks) {
    if (length + chunk.length > held.length) {
      const grown = new Uint8Array(Math.max(2 * held.length, length + chunk.length, PIECE_BYTES + chunk.length));
      grown.set(held.subarray(0, length));
      held = grown;
    }
    held.set(chunk, length);
    length += chunk.length;
    // The head is checked on its first 4 bytes at least (a BOM may come a byte at a time on a pipe).
    if (!checked && length >= 4) head();
    if (!checked) continue;
    let start = 0;
    while (length - start >= PIECE_BYTES) {
      // Up to the last line feed in a piece's length; a longer line, up to its own line feed, else as far as held.
      let end = start + held.subarray(start, start + PIECE_BYTES).lastIndexOf(10) + 1;
      if (end === start) {
        const lf = held.subarray(0, length).indexOf(10, start + PIECE_BYTES);
        end = lf >= 0 ? lf + 1 : start + characterCut(held.subarray(start, length));
      }
      yield decode(held.subarray(start, end), false);
      start = end;
    }
    if (start > 0) {
      held.copyWithin(0, start, length);
      length -= start;
    }
  }
  if (!checked) head();
  if (length > 0) yield decode(held.subarray(0, length), true);
}
