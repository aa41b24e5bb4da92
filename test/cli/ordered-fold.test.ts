import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OrderedFold } from '../../src/cli/ordered-fold.js';

describe('OrderedFold', () => {
  it('property: the result is parts.reduce(merge) for an associative, non-commutative merge', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 3 }), { maxLength: 70 }), (parts) => {
        const fold = new OrderedFold((a: string, b: string) => a + b);
        for (const part of parts) fold.push(part);
        expect(fold.result()).toBe(parts.length === 0 ? undefined : parts.join(''));
      }),
    );
  });

  it('merges each part O(log n) times: 1,024 parts of size 1 cost 10 × 1,024 in merged sizes, not ~n²/2', () => {
    let cost = 0;
    const fold = new OrderedFold((a: number, b: number) => {
      cost += a + b;
      return a + b;
    });
    for (let i = 0; i < 1024; i++) fold.push(1);
    expect(fold.result()).toBe(1024);
    expect(cost).toBe(10 * 1024);
  });
});
