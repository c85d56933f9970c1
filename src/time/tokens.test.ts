import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { origin, tokenView, twoStep } from './tokens.js';

/** Characters that exercise every branch: letters, clitics, digits of three systems, marks, tatweel, controls, spaces, punctuation. */
const UNITS = 'اأإآبتةثجحخدذرزسشصضطظعغفقكلمنهويىؤئءوفل0123456789٠١٢٣٤٥٦٧٨٩۱۲۳abcXYZ ـًٌٍَُِّْٰ\u200b\u200c\u200d\u200f\u00a0\u2009\n\t/-.,:()،؛٫%'.split('');
const LIGATURES = '\ufefb\ufdf2\ufe8d'.split('');

describe('tokenView', () => {
  it('cuts a text as normalize + tokenizeNormalized do, with the same original ranges', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...UNITS), maxLength: 40 }), (text) => {
        const a = tokenView(text);
        const b = twoStep(text);
        expect(a.tokens.map((t) => [t.kind, t.t, t.s, t.e, t.os, t.oe, t.n, t.spaceBefore])).toEqual(
          b.tokens.map((t) => [t.kind, t.t, t.s, t.e, t.os, t.oe, t.n, t.spaceBefore]),
        );
        for (let x = 0; x < a.tokens.length; x++) {
          for (let skip = 0; skip < a.tokens[x]!.t.length; skip++) {
            expect(origin(a, x, a.tokens.length, skip)).toEqual(origin(b, x, b.tokens.length, skip));
          }
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('takes the two-step path when a character expands (lam-alef ligature)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...UNITS, ...LIGATURES), maxLength: 30 }), (text) => {
        const a = tokenView(text);
        expect(a.tokens.map((t) => [t.t, t.os, t.oe])).toEqual(twoStep(text).tokens.map((t) => [t.t, t.os, t.oe]));
      }),
    );
    const v = tokenView('\ufefbيام');
    expect(v.tokens[0]!.t).toBe('لايام');
    expect(v.norm).not.toBeNull();
  });

  it('gives a word its marks and tatweel, and a number its value', () => {
    const v = tokenView('في يـــنـــايـرَ ٢٠٢١،');
    expect(v.tokens.map((t) => t.t)).toEqual(['في', 'يناير', '2021', ',']);
    expect(v.original.slice(v.tokens[1]!.os, v.tokens[1]!.oe)).toBe('يـــنـــايـرَ');
    expect(v.tokens[2]!.n).toBe(2021);
    expect(v.tokens[3]!.spaceBefore).toBe(false);
  });
});
