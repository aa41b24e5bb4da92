// decodeUtf8 reads a file's bytes in pieces that end after a line feed, through one buffer it
// reuses (a reader may reuse its own): the text equals TextDecoder's of the whole file, however
// the bytes arrive, and a byte that is not UTF-8 is named by row.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeUtf8, PIECE_BYTES } from '../../src/cli/encoding.js';
import { DataError } from '../../src/cli/data-error.js';

/** The bytes cut at `cuts`, handed out through one reused buffer, as readFileChunks does. */
function* reused(bytes: Uint8Array, cuts: readonly number[]): Generator<Uint8Array> {
  const buffer = new Uint8Array(bytes.length + 1);
  let from = 0;
  for (const to of [...cuts.filter((c) => c > 0 && c < bytes.length).sort((a, b) => a - b), bytes.length]) {
    if (to <= from) continue;
    buffer.set(bytes.subarray(from, to));
    yield buffer.subarray(0, to - from);
    buffer.fill(0x3f); // what a reused buffer holds next: never what was handed out
    from = to;
  }
}

const decodeAll = (bytes: Uint8Array, cuts: readonly number[]): string[] => [...decodeUtf8('f', reused(bytes, cuts))];
const reference = (bytes: Uint8Array): string => new TextDecoder('utf-8', { fatal: true }).decode(bytes);

function dataErrorOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(DataError);
    return (error as DataError).problems.join('\n');
  }
  throw new Error('expected a DataError');
}

describe('decodeUtf8', () => {
  it('equals TextDecoder on any text, cut anywhere, through a reused buffer (property)', () => {
    const line = fc.string({ unit: fc.constantFrom('a', 'é', '€', '𝄞', ',', '"', '\r', ' ', 'Z'), maxLength: 40 });
    fc.assert(
      fc.property(fc.array(line, { maxLength: 200 }), fc.boolean(), fc.array(fc.nat({ max: 20_000 }), { maxLength: 30 }), (lines, bom, cuts) => {
        const text = lines.join('\n');
        const bytes = new TextEncoder().encode((bom ? '\uFEFF' : '') + text);
        const pieces = decodeAll(bytes, cuts);
        expect(pieces.join('')).toBe(reference(new TextEncoder().encode(text)));
        expect(pieces.join('')).toBe(text);
      }),
      { numRuns: 300 },
    );
  });

  it('a large file comes in pieces of up to PIECE_BYTES (64 KiB), each ending a line (ASCII and not)', () => {
    for (const unit of ['abc,def,2026-10-01T00:00:00Z\n', 'zoë,€,2026-10-01T00:00:00Z\n']) {
      const text = unit.repeat(300_000);
      const bytes = new TextEncoder().encode(text);
      const pieces = decodeAll(bytes, Array.from({ length: Math.ceil(bytes.length / 262_144) }, (_, i) => i * 262_144));
      expect(pieces.join('')).toBe(text);
      expect(pieces.length).toBeGreaterThan(1);
      for (const piece of pieces.slice(0, -1)) {
        expect(piece.endsWith('\n')).toBe(true);
        const length = new TextEncoder().encode(piece).length;
        expect(length).toBeLessThanOrEqual(PIECE_BYTES);
        expect(length).toBeGreaterThan(PIECE_BYTES - unit.length * 2);
      }
    }
  });

  it('a line longer than a piece is cut between characters, never inside one', () => {
    const text = 'é€𝄞'.repeat(500_000);
    const bytes = new TextEncoder().encode(text);
    const pieces = decodeAll(bytes, Array.from({ length: 40 }, (_, i) => i * 262_147));
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.join('')).toBe(text);
  });

  it('a line longer than a piece ends its piece at its own line feed', () => {
    const long = `${'x'.repeat(3 * PIECE_BYTES)}\n`;
    const text = `${long}a,b\n`.repeat(3);
    // Read at once: the line feed that ends the long line is held when its piece is cut.
    const pieces = decodeAll(new TextEncoder().encode(text), []);
    expect(pieces.join('') === text).toBe(true);
    expect(pieces.map((piece) => piece.length)).toEqual([long.length, 4, long.length, 4, long.length, 4]);
  });

  it('a BOM that arrives a byte at a time is dropped; one inside the text is kept', () => {
    const bytes = new TextEncoder().encode('\uFEFFid\n1\uFEFF\n');
    expect(decodeAll(bytes, [1, 2, 3, 4]).join('')).toBe('id\n1\uFEFF\n');
  });

  it('a byte that is not UTF-8 is named with its row, in any piece', () => {
    const head = new TextEncoder().encode('id,name\n'.repeat(200_000));
    const bad = new Uint8Array([...head, ...new TextEncoder().encode('1,Ren'), 0xe9, ...new TextEncoder().encode('\n')]);
    expect(dataErrorOf(() => decodeAll(bad, [100, 1 << 20]))).toContain('f is not UTF-8: row 200001 has the byte 0xE9');
  });

  it('overlong forms, surrogates and code points past U+10FFFF are refused as TextDecoder refuses them', () => {
    for (const sequence of [[0xc0, 0x80], [0xe0, 0x80, 0x80], [0xed, 0xa0, 0x80], [0xf0, 0x80, 0x80, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xf5, 0x80, 0x80, 0x80]]) {
      const bytes = new Uint8Array([0x61, 0x0a, ...sequence, 0x0a]);
      expect(() => reference(bytes)).toThrow();
      expect(dataErrorOf(() => decodeAll(bytes, []))).toContain(`row 2 has the byte 0x${(sequence[0] as number).toString(16).toUpperCase()}`);
    }
  });

  it('a file that ends inside a character says so', () => {
    const bytes = new Uint8Array([0x61, 0x0a, 0xe2, 0x82]);
    expect(dataErrorOf(() => decodeAll(bytes, [3]))).toContain('ends inside a multi-byte character');
  });

  it('a file in UTF-16 is named, and an empty file is no text', () => {
    const utf16 = new Uint8Array([0xff, 0xfe, 0x61, 0x00]);
    expect(dataErrorOf(() => decodeAll(utf16, [1, 2]))).toContain('f is UTF-16 (little-endian)');
    expect(decodeAll(new Uint8Array(0), [])).toEqual([]);
  });
});
