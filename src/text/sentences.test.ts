import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isSpanOf } from '../doc/span.js';
import { splitSentences } from './sentences.js';

const texts = (s: string) => splitSentences(s).map((x) => x.text);

describe('splitSentences', () => {
  it('ends sentences at . ! ؟ ? … and line breaks, not at ، or ؛', () => {
    expect(texts('وصل الوفد، ثم بدأ الاجتماع؛ وانتهى. هل نجح؟ نعم! ربما… لا أحد يعرف?')).toEqual([
      'وصل الوفد، ثم بدأ الاجتماع؛ وانتهى.',
      'هل نجح؟',
      'نعم!',
      'ربما…',
      'لا أحد يعرف?',
    ]);
    expect(texts('العنوان بلا نقطة\nالفقرة الأولى.\r\n\r\nالفقرة الثانية')).toEqual(['العنوان بلا نقطة', 'الفقرة الأولى.', 'الفقرة الثانية']);
  });

  it('does not split inside balanced quotes and brackets, and closes a quotation that ends a sentence', () => {
    expect(texts('قال: «الوضع صعب. نحن نعمل». والتقى الوزير.')).toEqual(['قال: «الوضع صعب. نحن نعمل».', 'والتقى الوزير.']);
    expect(texts('قال: «الوضع صعب. نحن نعمل.» وأضاف أنه متفائل.')).toEqual(['قال: «الوضع صعب. نحن نعمل.»', 'وأضاف أنه متفائل.']);
    expect(texts('أعلن "الأمر انتهى! فعلا" وغادر. ثم عاد (بعد ساعة. تقريبا) إلى مكتبه.')).toEqual([
      'أعلن "الأمر انتهى! فعلا" وغادر.',
      'ثم عاد (بعد ساعة. تقريبا) إلى مكتبه.',
    ]);
    // a quotation ending with a terminator but followed by a comma continues the sentence
    expect(texts('قال «انتهى.»، ثم غادر.')).toEqual(['قال «انتهى.»، ثم غادر.']);
    // an unmatched opener does not swallow the rest
    expect(texts('«قوس بلا إغلاق. جملة ثانية.')).toEqual(['«قوس بلا إغلاق.', 'جملة ثانية.']);
    // a line break ends a sentence even inside a quotation
    expect(texts('«سطر أول\nسطر ثان»')).toEqual(['«سطر أول', 'سطر ثان»']);
  });

  it('keeps abbreviations, decimals, list numbers, URLs and domains inside a sentence', () => {
    expect(texts('قال د. أحمد وأ.د. سمير إن النمو بلغ 3.5 في المئة. وأضاف ص.ب. 1234 للمراسلة.')).toEqual([
      'قال د. أحمد وأ.د. سمير إن النمو بلغ 3.5 في المئة.',
      'وأضاف ص.ب. 1234 للمراسلة.',
    ]);
    expect(texts('التقى م. خالد مسؤولي U.S. Army و Dr. Smith أمس. ثم غادر')).toEqual(['التقى م. خالد مسؤولي U.S. Army و Dr. Smith أمس.', 'ثم غادر']);
    expect(texts('انظر www.spa.gov.sa/a.html. ثم اقرأ موقع spa.gov.sa اليوم.')).toEqual(['انظر www.spa.gov.sa/a.html.', 'ثم اقرأ موقع spa.gov.sa اليوم.']);
    expect(texts('1. البند الأول\n2. البند الثاني')).toEqual(['1. البند الأول', '2. البند الثاني']);
    expect(texts('بلغت النسبة ١٢٫٥ بالمئة. وزادت')).toEqual(['بلغت النسبة ١٢٫٥ بالمئة.', 'وزادت']);
  });

  it('ends a sentence at a year marker after a number', () => {
    expect(texts('تأسست عام 2015م. وبعدها توسعت.')).toEqual(['تأسست عام 2015م.', 'وبعدها توسعت.']);
    expect(texts('ولد عام 1380 هـ. ثم هاجر')).toEqual(['ولد عام 1380 هـ.', 'ثم هاجر']);
  });

  it('handles odd real-world punctuation', () => {
    expect(texts('انتهى الاجتماع.، وقال الرئيس ?! لا أعرف... ثم غادر!!')).toEqual(['انتهى الاجتماع.،', 'وقال الرئيس ?!', 'لا أعرف...', 'ثم غادر!!']);
    expect(texts('انتهى.وقال آخر: لا')).toEqual(['انتهى.', 'وقال آخر: لا']);
    expect(texts('  ')).toEqual([]);
    expect(texts('...')).toEqual(['...']);
  });

  it('splits only inside [from, to)', () => {
    const s = 'قبل. الفقرة الأولى. الثانية. بعد.';
    const from = s.indexOf('الفقرة');
    const to = s.indexOf(' بعد');
    expect(splitSentences(s, from, to).map((x) => x.text)).toEqual(['الفقرة الأولى.', 'الثانية.']);
  });

  it('for any input: no throw, exact trimmed non-empty spans, ordered and non-overlapping', () => {
    const unit = fc.constantFrom(...'ابتدرسلمنهوي أإ.!?؟…،؛«»"()[]\n\r 0123٫,:دأمهـU.Sabc'.split(''));
    const check = (s: string) => {
      const ss = splitSentences(s);
      let prev = 0;
      for (const x of ss) {
        expect(isSpanOf(s, x)).toBe(true);
        expect(x.end).toBeGreaterThan(x.start);
        expect(x.start).toBeGreaterThanOrEqual(prev);
        expect(/^\s|\s$/u.test(x.text)).toBe(false);
        prev = x.end;
      }
      // nothing but white space is left out
      let rest = '';
      let p = 0;
      for (const x of ss) {
        rest += s.slice(p, x.start);
        p = x.end;
      }
      rest += s.slice(p);
      expect(/^[\s\p{Cc}\p{Cf}]*$/u.test(rest)).toBe(true);
    };
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 150 }), check), { numRuns: 300 });
    fc.assert(fc.property(fc.string({ unit, maxLength: 150 }), check), { numRuns: 500 });
  });

  it('for any input and range: spans stay inside [from, to)', () => {
    const unit = fc.constantFrom(...'ابت دم.!؟«»"()\n'.split(''));
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 80 }), fc.nat(), fc.nat(), (s, a, b) => {
        const from = s.length ? a % (s.length + 1) : 0;
        const to = from + (s.length - from ? b % (s.length - from + 1) : 0);
        for (const x of splitSentences(s, from, to)) {
          expect(x.start).toBeGreaterThanOrEqual(from);
          expect(x.end).toBeLessThanOrEqual(to);
          expect(s.slice(x.start, x.end)).toBe(x.text);
        }
      }),
      { numRuns: 500 },
    );
  });
});
