import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalizeText } from './normalize.js';
import { light10Stem, lightStem, rootStem } from './stem.js';

const ls = (w: string) => lightStem(normalizeText(w));
const rs = (w: string) => rootStem(normalizeText(w));

describe('lightStem', () => {
  it('strips articles, conjunctions and prepositions with the article', () => {
    expect(ls('الحكومة')).toBe('حكوم');
    expect(ls('والحكومة')).toBe('حكوم');
    expect(ls('وبالحكومة')).toBe('حكوم');
    expect(ls('للحكومة')).toBe('حكوم');
    expect(ls('لحكومة')).toBe('حكوم');
  });

  it('conflates singular, dual, plural and possessive forms', () => {
    const forms = ['سيارة', 'سيارات', 'السيارات', 'سيارته', 'سياراتهم', 'بسيارتين', 'السيارتان'];
    const stems = new Set(forms.map(ls));
    expect([...stems]).toEqual(['سيار']);
    expect(ls('حكومتهم')).toBe(ls('الحكومة'));
    expect(ls('المعلمين')).toBe(ls('معلمون'));
    expect(ls('بلادنا')).toBe('بلاد');
  });

  it('guards short words and listed words (better than Light-10 there)', () => {
    expect(ls('بيان')).toBe('بيان');
    expect(light10Stem('بيان')).toBe('بي');
    expect(ls('لبنان')).toBe('لبنان');
    expect(light10Stem('لبنان')).toBe('لبن');
    expect(ls('علي')).toBe('علي');
    expect(ls('كورونا')).toBe('كورونا');
    for (const w of ['ولد', 'بيت', 'كتاب', 'قال', 'مهم', 'فهم']) expect(ls(w), w).toBe(normalizeText(w));
    // never Snowball's سيارات → يارا
    expect(ls('سيارات')).not.toMatch(/^يار/);
  });

  it('leaves Latin words and numbers alone', () => {
    expect(lightStem('english')).toBe('english');
    expect(lightStem('2015')).toBe('2015');
    expect(lightStem('')).toBe('');
  });

  it('is stable: the stem of a stem is itself for most words, and never longer than the word', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'ابتثجحدرزسشصطعفقكلمنهوي'.split('')), maxLength: 10 }), (w) => {
        const s = lightStem(w);
        expect(s.length).toBeLessThanOrEqual(w.length);
        expect(w.includes(s)).toBe(true);
        expect(rootStem(w).length).toBeLessThanOrEqual(w.length);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('rootStem', () => {
  it('finds three-letter roots through common templates', () => {
    expect(rs('المعلمين')).toBe('علم');
    expect(rs('مكتبة')).toBe('كتب');
    expect(rs('استقبال')).toBe('قبل');
    expect(rs('والمدرسة')).toBe('درس');
    expect(rs('يستخدمون')).toBe('خدم');
    expect(rs('بلادنا')).toBe('بلد');
    expect(rs('قال')).toBe('قال');
  });
});
