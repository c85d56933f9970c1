import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { RangeSet, foldTable } from './range-set.js';
import { stringUnits } from './units.js';

const unit = fc.constantFrom(...'ابتةأإآيىa'.split(''));

describe('RangeSet', () => {
  it('answers as a Set of the folded range would', () => {
    const fold = foldTable([
      [0x0623, 0x0627],
      [0x0625, 0x0627],
      [0x0622, 0x0627],
    ]);
    const f = (w: string) => w.replace(/[أإآ]/g, 'ا');
    fc.assert(
      fc.property(fc.array(fc.string({ unit, maxLength: 6 }), { maxLength: 40 }), fc.string({ unit, maxLength: 8 }), fc.nat(8), fc.nat(8), (words, text, x, y) => {
        const start = Math.min(x, y, text.length);
        const end = Math.min(Math.max(x, y), text.length);
        const buf = stringUnits(text);
        const plain = new RangeSet(words);
        const folded = new RangeSet(words, fold);
        const slice = text.slice(start, end);
        expect(plain.has(buf, start, end)).toBe(words.includes(slice));
        expect(folded.has(buf, start, end)).toBe(words.includes(f(slice)));
        expect(plain.hasString(slice)).toBe(words.includes(slice));
      }),
      { numRuns: 2000 },
    );
  });

  it('holds many words, long ones and the empty word', () => {
    const words = Array.from({ length: 5000 }, (_, i) => `w${i}`);
    words.push('', 'x'.repeat(40));
    const set = new RangeSet(words);
    expect(set.size).toBe(5002);
    for (const w of words) expect(set.hasString(w)).toBe(true);
    expect(set.hasString('w5000')).toBe(false);
    expect(set.hasString('x'.repeat(39))).toBe(false);
  });
});
