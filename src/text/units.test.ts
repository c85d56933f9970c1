import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { unitsOf, unitsToString } from './units.js';

describe('unitsToString and unitsOf', () => {
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

  it('unitsOf gives the code units of any string, lone surrogates included, long or short', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => {
        const u = unitsOf(s);
        expect(u.length).toBeGreaterThanOrEqual(s.length);
        for (let i = 0; i < s.length; i++) expect(u[i], `unit ${i}`).toBe(s.charCodeAt(i));
      }),
      { numRuns: 1000 },
    );
    const big = 'ب\ud800ا'.repeat(30_000);
    const u = unitsOf(big);
    expect(unitsToString(u, 0, big.length)).toBe(big);
    expect(Array.from(unitsOf('\udc00x').subarray(0, 2))).toEqual([0xdc00, 0x78]);
  });
});
