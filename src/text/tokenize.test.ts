import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isSpanOf } from '../doc/span.js';
import { tokenize } from './tokenize.js';

const kinds = (s: string) => tokenize(s).map((t) => `${t.kind}:${t.text}`);

/** Characters tokens need not cover: white space, C0/C1 controls and format characters (bidi marks, ZWNJ ...). */
const IGNORABLE = /^[\s\p{Cc}\p{Cf}]$/u;

describe('tokenize', () => {
  it('keeps clitics, tatweel and diacritics inside Arabic words', () => {
    expect(kinds('وَالكِتابُ بمرحلتها مـــصـر')).toEqual(['word:وَالكِتابُ', 'word:بمرحلتها', 'word:مـــصـر']);
    expect(tokenize('مـــصـر')[0]!.norm).toBe('مصر');
    expect(tokenize('أَكَّدَ')[0]!.norm).toBe('اكد');
  });

  it('reads numbers in any digit system with decimals and thousands', () => {
    expect(kinds('١٢٫٥ و 1,200.5 و ۱۲۳ و ١٬٢٠٠')).toEqual(['number:١٢٫٥', 'word:و', 'number:1,200.5', 'word:و', 'number:۱۲۳', 'word:و', 'number:١٬٢٠٠']);
    expect(tokenize('١٢٫٥')[0]!.norm).toBe('12.5');
    // a list comma is not a thousands separator; a final period is punctuation
    expect(kinds('1,2 و3.')).toEqual(['number:1', 'punct:,', 'number:2', 'word:و', 'number:3', 'punct:.']);
    expect(kinds('عام 2015م')).toEqual(['word:عام', 'number:2015', 'word:م']);
  });

  it('recognises URLs, e-mails, hashtags and mentions', () => {
    expect(kinds('راجع https://www.spa.gov.sa/ar/news?id=12. أو www.sabq.org')).toEqual([
      'word:راجع',
      'url:https://www.spa.gov.sa/ar/news?id=12',
      'punct:.',
      'word:أو',
      'url:www.sabq.org',
    ]);
    expect(kinds('عبر موقع sabq.org/news ومنصة SPA.gov.sa. وهذا file.txt')).toEqual([
      'word:عبر',
      'word:موقع',
      'url:sabq.org/news',
      'word:ومنصة',
      'url:SPA.gov.sa',
      'punct:.',
      'word:وهذا',
      'latin:file',
      'punct:.',
      'latin:txt',
    ]);
    expect(kinds('(http://x.org/a_(b))')).toEqual(['punct:(', 'url:http://x.org/a_(b)', 'punct:)']);
    expect(kinds('راسلنا: info@spa.gov.sa،')).toEqual(['word:راسلنا', 'punct::', 'email:info@spa.gov.sa', 'punct:،']);
    expect(kinds('#عاجل #وسم_جديد @SPAregions #1')).toEqual(['hashtag:#عاجل', 'hashtag:#وسم_جديد', 'mention:@SPAregions', 'punct:#', 'number:1']);
  });

  it('splits punctuation one character each, except runs', () => {
    expect(kinds('قال:«لا»...؟! ؟؟ … —')).toEqual(['word:قال', 'punct::', 'punct:«', 'word:لا', 'punct:»', 'punct:...', 'punct:؟!', 'punct:؟؟', 'punct:…', 'punct:—']);
    expect(kinds('.،')).toEqual(['punct:.', 'punct:،']);
  });

  it('tells Latin words and symbols', () => {
    expect(kinds("G20 4G COVID-19 don't")).toEqual(['latin:G20', 'latin:4G', 'latin:COVID', 'punct:-', 'number:19', "latin:don't"]);
    expect(tokenize('NASA')[0]!.norm).toBe('nasa');
    expect(kinds('٪50 $ 😀👍🏽 ©')).toEqual(['punct:٪', 'number:50', 'symbol:$', 'symbol:😀', 'symbol:👍🏽', 'symbol:©']);
  });

  it('treats a standalone tatweel as punctuation and skips invisible controls', () => {
    expect(kinds('الرياض ـ واس')).toEqual(['word:الرياض', 'punct:ـ', 'word:واس']);
    expect(kinds('\u200fنص\u200f \u202bآخر\u202c')).toEqual(['word:نص', 'word:آخر']);
    expect(kinds('می‌خواهم')).toEqual(['word:می‌خواهم']);
  });

  it('honours from/to', () => {
    const s = 'قال الوزير اليوم';
    expect(tokenize(s, 4, 10).map((t) => t.text)).toEqual(['الوزير']);
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'اب تw.ww:/@#1٫،'.split('')), maxLength: 60 }), fc.nat(), fc.nat(), (x, a, b) => {
        const from = x.length ? a % (x.length + 1) : 0;
        const to = from + (x.length - from ? b % (x.length - from + 1) : 0);
        for (const t of tokenize(x, from, to)) {
          expect(t.start).toBeGreaterThanOrEqual(from);
          expect(t.end).toBeLessThanOrEqual(to);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('for any input: no throw, exact spans, ordered, every non-space character covered', () => {
    const arabicish = fc.string({
      unit: fc.constantFrom(...'ابتثجحخدذرزسشصضطظعغفقكلمنهويىةأإآؤئءـَُِّْ٠١٢٣٫٬،؛؟.!?…«»"()-#@_ \n\t1234abcXYZ:/\u200c\u200f😀'.split('')),
      maxLength: 120,
    });
    const check = (s: string) => {
      const toks = tokenize(s);
      const covered = new Uint8Array(s.length);
      let prev = 0;
      for (const t of toks) {
        expect(isSpanOf(s, t)).toBe(true);
        expect(t.end).toBeGreaterThan(t.start);
        expect(t.start).toBeGreaterThanOrEqual(prev);
        expect(t.norm.length).toBeGreaterThan(0);
        prev = t.end;
        covered.fill(1, t.start, t.end);
      }
      for (let i = 0; i < s.length; i++) {
        if (covered[i]) continue;
        const cp = s.codePointAt(i)!;
        const ch = String.fromCodePoint(cp);
        expect(IGNORABLE.test(ch), `uncovered U+${cp.toString(16)} at ${i} in ${JSON.stringify(s)}`).toBe(true);
        if (cp > 0xffff) i++;
      }
    };
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 150 }), check), { numRuns: 300 });
    fc.assert(fc.property(arabicish, check), { numRuns: 500 });
  });
});
