import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { queryTerms, searchTerms } from './analyzer.js';

describe('searchTerms', () => {
  it('gives normalized, stemmed terms with the offsets of the words as written', () => {
    const s = 'أكَّدَ وزيرُ الخارجيّة، في بيانٍ: ١٬٢٠٠ سيارة! #عاجل_جدا NASA';
    const t = searchTerms(s);
    expect(t.map((x) => x.term)).toEqual(['اكد', 'وزير', 'خارج', 'في', 'بيان', '1200', 'سيار', 'عاجل', 'جدا', 'nasa']);
    for (const x of t) expect(s.slice(x.start, x.end).length).toBeGreaterThan(0);
    expect(s.slice(t[2]!.start, t[2]!.end)).toBe('الخارجيّة');
    expect(t[3]!.stop).toBe(true);
    expect(t[1]!.stop).toBeUndefined();
  });

  it('drops stop words on request and matches queries to indexed forms', () => {
    expect(searchTerms('قال في البيان', { stopWords: 'drop' }).map((x) => x.term)).not.toContain('في');
    expect(queryTerms('السيارات')).toEqual(searchTerms('بسيارته').map((x) => x.term));
    expect(queryTerms('الحكومة')).toEqual(queryTerms('حكومتهم'));
    expect(queryTerms('في')).toEqual(['في']);
    expect(searchTerms('المعلمين', { stemmer: 'root' })[0]!.term).toBe('علم');
  });

  it('for any input: terms have no spaces and offsets slice the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 120 }), (s) => {
        for (const t of searchTerms(s)) {
          expect(t.term.length).toBeGreaterThan(0);
          expect(/\s/u.test(t.term)).toBe(false);
          expect(t.start).toBeLessThan(t.end);
          expect(t.end).toBeLessThanOrEqual(s.length);
        }
      }),
      { numRuns: 300 },
    );
  });
});
