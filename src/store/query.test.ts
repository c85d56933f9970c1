import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RasidError } from '../doc/errors.js';
import { parseDay, parseQuery } from './query.js';
import { compileQuery, planSearch } from './search.js';

describe('parseQuery', () => {
  it('reads words, phrases, exclusions and OR', () => {
    expect(parseQuery('وزير "الحرس الوطني" -الرياض').root).toEqual({
      op: 'and',
      items: [
        { op: 'term', text: 'وزير', phrase: false },
        { op: 'term', text: 'الحرس الوطني', phrase: true },
        { op: 'not', item: { op: 'term', text: 'الرياض', phrase: false } },
      ],
    });
    expect(parseQuery('اليمن OR عدن OR "صنعاء القديمة"').root).toEqual({
      op: 'or',
      items: [
        { op: 'term', text: 'اليمن', phrase: false },
        { op: 'term', text: 'عدن', phrase: false },
        { op: 'term', text: 'صنعاء القديمة', phrase: true },
      ],
    });
  });

  it('reads filters, quoted values and dates in any digits', () => {
    const p = parseQuery('speaker:"عادل الجبير" entity:اليمن outlet:was type:statement from:٢٠١٥-٠٨ to:2015-08');
    expect(p.root).toBeNull();
    expect(p.filters).toEqual({
      speaker: ['عادل الجبير'],
      entity: ['اليمن'],
      outlet: ['was'],
      type: 'statement',
      from: '2015-08-01',
      to: '2015-08-31',
    });
    expect(parseDay('2016-02', true)).toBe('2016-02-29');
    expect(parseDay('2015', false)).toBe('2015-01-01');
  });

  it('takes an unknown key:value as a word', () => {
    expect(parseQuery('http://x.sa').root).toEqual({ op: 'term', text: 'http://x.sa', phrase: false });
  });

  it.each([
    ['"الحرس الوطني', 'not closed'],
    ['OR اليمن', 'OR needs'],
    ['اليمن OR', 'OR needs'],
    ['اليمن OR -عدن', 'exclusion'],
    ['type:video', 'type:'],
    ['from:2015-02-30', 'no day'],
    ['from:yesterday', 'not a date'],
    ['from:2015-09 to:2015-08', 'after'],
    ['speaker:', 'no value'],
  ])('refuses %s with E_QUERY_INVALID', (q, words) => {
    try {
      parseQuery(q);
      expect.unreachable();
    } catch (e) {
      expect((e as RasidError).code).toBe('E_QUERY_INVALID');
      expect((e as RasidError).message).toContain(words);
    }
  });

  it('refuses over-long queries with E_QUERY_TOO_LONG', () => {
    expect(() => parseQuery('ا'.repeat(1001))).toThrow(expect.objectContaining({ code: 'E_QUERY_TOO_LONG' }));
  });

  it('never throws anything but a RasidError of the query codes (fuzz)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200, unit: 'grapheme' }), (q) => {
        try {
          const p = parseQuery(q);
          compileQuery(p.root);
        } catch (e) {
          expect(e).toBeInstanceOf(RasidError);
          expect(['E_QUERY_INVALID', 'E_QUERY_TOO_LONG']).toContain((e as RasidError).code);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('compileQuery / planSearch', () => {
  it('turns words into rasid terms: spelling variants meet', () => {
    const a = compileQuery(parseQuery('أحمد').root);
    const b = compileQuery(parseQuery('احمد').root);
    expect(a).toEqual(b);
    expect(compileQuery(parseQuery('والحكومات').root)).toEqual(compileQuery(parseQuery('الحكومة').root));
  });

  it('drops what analyses to nothing and refuses an empty search', () => {
    expect(compileQuery(parseQuery('!!! ؟').root)).toBeNull();
    expect(() => planSearch(parseQuery('!!!'))).toThrow(expect.objectContaining({ code: 'E_QUERY_INVALID' }));
    expect(() => planSearch(parseQuery('-اليمن'))).toThrow(expect.objectContaining({ code: 'E_QUERY_INVALID' }));
    expect(planSearch(parseQuery('-اليمن outlet:was')).root).toMatchObject({ op: 'not' });
  });

  it('clamps limit and offset', () => {
    const p = planSearch(parseQuery('اليمن'), { limit: 1e9, offset: -5 });
    expect(p.limit).toBe(200);
    expect(p.offset).toBe(0);
  });
});
