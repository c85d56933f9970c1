import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { unitsToString } from './units.js';

describe('unitsToString', () => {
  it('is String.fromCharCode of the range, lone surrogates included, at every length', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 300 }), fc.nat(300), fc.nat(300), (codes, x, y) => {
        const buf = Uint16Array.from(codes);
        const start = Math.min(x, y, codes.length);
        const end = Math.min(Math.max(x, y), codes.length);
        let expected = '';
        for (let i = start; i < end; i++) expected += String.fromCharCode(codes[i]!);
        expect(unitsToString(buf, start, end)).toBe(expected);
      }),
      { numRuns: 2000 },
    );
    const big = new Uint16Array(20_000).map((_, i) => 0x0621 + (i % 40));
    expect(unitsToString(big, 3, 19_999)).toBe(String.fromCharCode(...big.subarray(3, 19_999)));
  });
});
