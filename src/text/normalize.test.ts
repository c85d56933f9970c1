import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalize, normalizeText, toOriginal } from './normalize.js';

describe('normalize', () => {
  it('folds the search form', () => {
    expect(normalize('أَكَّدَ إلى آمال ٱلله').text).toBe('اكد الي امال الله');
    expect(normalize('مدرسة مؤتمر رئيس').text).toBe('مدرسه موتمر رييس');
    expect(normalize('ﻻ ﷲ').text).toBe('لا الله');
    expect(normalize('کتاب فارسی ۱۲۳ ٤٥٫٦ ٬').text).toBe('كتاب فارسي 123 45.6 ,');
    expect(normalize('نعم، لا؛ ماذا؟').text).toBe('نعم, لا; ماذا?');
    expect(normalize('a\u200fb\u202ac\u2066d').text).toBe('abcd');
    expect(normalize('a\u00a0b\u2003c\u3000d').text).toBe('a b c d');
    expect(normalize('مـــصـر').text).toBe('مصر');
  });

  it('lets each step be switched off', () => {
    expect(normalize('مدرسة', { taMarbuta: false }).text).toBe('مدرسة');
    expect(normalize('مؤتمر', { hamza: false }).text).toBe('مؤتمر');
    expect(normalize('أَحمد', { diacritics: false }).text).toBe('اَحمد');
    expect(normalize('٢٢', { digits: false }).text).toBe('٢٢');
  });

  it('maps normalized ranges back to the word as written, diacritics included', () => {
    const s = 'قال الرئيسُ مُصْطَفَى';
    const n = normalize(s);
    const i = n.text.indexOf('مصطفي');
    const r = toOriginal(n, i, i + 'مصطفي'.length);
    expect(s.slice(r.start, r.end)).toBe('مُصْطَفَى');
  });

  it('keeps the map monotone and in range for any input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => {
        const n = normalize(s);
        expect(n.text).toBe(normalizeText(s));
        expect(n.starts.length).toBe(n.text.length);
        for (let i = 0; i < n.text.length; i++) {
          expect(n.starts[i]).toBeLessThan(n.ends[i]!);
          expect(n.ends[i]).toBeLessThanOrEqual(s.length);
          if (i > 0) {
            expect(n.starts[i]).toBeGreaterThanOrEqual(n.starts[i - 1]!);
            expect(n.ends[i]).toBeGreaterThanOrEqual(n.ends[i - 1]!);
          }
        }
      }),
    );
  });
});

describe('normalize with expansions', () => {
  it('keeps every character after a ligature that expands (ﷺ)', () => {
    const s = 'ﷺ' + 'abcdefghij' + 'ﷺ'.repeat(5) + 'xyz';
    const n = normalize(s);
    expect(n.text).toBe(normalizeText(s));
    expect(n.text.endsWith('xyz')).toBe(true);
    expect(n.starts.length).toBe(n.text.length);
    const i = n.text.indexOf('abc');
    expect(toOriginal(n, i, i + 3)).toEqual({ start: 1, end: 4 });
  });
});
