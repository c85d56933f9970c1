import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cliticBoundaries, procliticBoundaries, splitClitics } from './clitics.js';
import { stringUnits } from './units.js';

const parts = (w: string) => splitClitics(w).map((p) => `${p.role[0]}:${p.text}`);

describe('splitClitics', () => {
  it('splits proclitics and an enclitic pronoun', () => {
    expect(parts('والتلفزيون')).toEqual(['p:و', 'p:ال', 's:تلفزيون']);
    expect(parts('وسيقام')).toEqual(['p:و', 'p:س', 's:يقام']);
    expect(parts('للمحتوى')).toEqual(['p:ل', 'p:ل', 's:محتوى']);
    expect(parts('بمرحلته')).toEqual(['p:ب', 's:مرحلت', 'e:ه']);
    expect(parts('ترشيحاتها')).toEqual(['s:ترشيحات', 'e:ها']);
    expect(parts('ومنها')).toEqual(['p:و', 's:من', 'e:ها']);
    expect(parts('عليهم')).toEqual(['s:علي', 'e:هم']);
    expect(parts('وقد')).toEqual(['p:و', 's:قد']);
    expect(parts('فالحكومة')).toEqual(['p:ف', 'p:ال', 's:حكومة']);
  });

  it('does not split radical letters (length guards and word lists)', () => {
    for (const w of ['ولد', 'بيت', 'كتاب', 'وزارة', 'وزير', 'بغداد', 'لبنان', 'فلسطين', 'الله', 'التي', 'ذلك', 'هناك', 'اتجاه', 'في', 'لكن', 'سيارات', 'سياسة', 'فهم', 'مهم', 'حكم', 'تحكم']) {
      expect(parts(w), w).toEqual([`s:${w}`]);
    }
  });

  it('keeps diacritics and tatweel in their part, offsets relative to the word', () => {
    const w = 'وَبِالْكِتَابِ';
    const p = splitClitics(w);
    expect(p.map((x) => x.text)).toEqual(['وَ', 'بِ', 'الْ', 'كِتَابِ']);
    expect(p.map((x) => [x.start, x.end])).toEqual([
      [0, 2],
      [2, 4],
      [4, 7],
      [7, 14],
    ]);
    expect(splitClitics('وبالـــكتاب').map((x) => x.text)).toEqual(['و', 'ب', 'الـــ', 'كتاب']);
  });

  it('leaves non-Arabic words whole', () => {
    expect(parts('Washington')).toEqual(['s:Washington']);
    expect(parts('')).toEqual(['s:']);
  });

  it('for any input: parts are contiguous and cover the word', () => {
    const unit = fc.constantFrom(...'ابتدرسلمنهويكفةىأإؤئءـَُِّْ\u200cx1'.split(''));
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit, maxLength: 12 }), fc.string({ unit: 'binary', maxLength: 12 })), (w) => {
        const p = splitClitics(w);
        expect(p.map((x) => x.text).join('')).toBe(w);
        let at = 0;
        for (const x of p) {
          expect(x.start).toBe(at);
          expect(w.slice(x.start, x.end)).toBe(x.text);
          at = x.end;
        }
        expect(at).toBe(w.length);
        expect(p.filter((x) => x.role === 'stem').length).toBe(1);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('procliticBoundaries', () => {
  it('makes the proclitic decisions of cliticBoundaries without strings', () => {
    const letters = 'ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىيپ'.split('');
    const word = fc
      .tuple(fc.constantFrom('', 'و', 'ف', 'ب', 'ك', 'ل', 'س', 'ال', 'وال', 'بال', 'لل', 'فس', 'وس', 'سي', 'ست', 'سن', 'سأ', 'لي', 'بي', 'وب', 'فل'), fc.string({ unit: fc.constantFrom(...letters), maxLength: 8 }))
      .map(([p, m]) => p + m);
    const out = new Int32Array(4);
    fc.assert(
      fc.property(fc.oneof(word, fc.constantFrom('وزارة', 'والله', 'وفيها', 'بيان', 'لله', 'ولد', 'وقد', 'بما', 'سيارات', 'ستة', 'للقاء', 'فيه', 'لدينا', 'وعليه')), (w) => {
        const buf = stringUnits('  ' + w + ' ');
        const m = procliticBoundaries(buf, 2, 2 + w.length, out);
        expect([...out.subarray(0, m)]).toEqual(cliticBoundaries(w).pro);
      }),
      { numRuns: 5000 },
    );
  });
});
