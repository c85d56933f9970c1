import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalizeText } from './normalize.js';
import { existsSync, readFileSync } from 'node:fs';
import { sharedPath } from '../data/paths.js';
import { beginWords, clearStemMemo, light10Stem, lightStem, lightStemUnits, queueWord, rootStem, stemQueued } from './stem.js';
import { referenceLightStem } from './testing/light-stem-reference.js';
import { tokenize } from './tokenize.js';
import { stringUnits } from './units.js';

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

/** Arabic words built from the stemmer's affixes and letters (search form and not: أ إ آ ؤ ئ ة ى kept too). */
const LETTERS = 'ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىي';
const arbWord = fc
  .tuple(
    fc.constantFrom('', 'و', 'ف', 'ب', 'ك', 'ل', 'س', 'ال', 'وال', 'بال', 'فال', 'كال', 'لل', 'ولل', 'وبال', 'فس', 'وس', 'سي', 'ست', 'لي', 'بي'),
    fc.string({ unit: fc.constantFrom(...LETTERS.split('')), maxLength: 7 }),
    fc.constantFrom('', 'ه', 'ها', 'هم', 'هما', 'هن', 'كم', 'كما', 'نا', 'ي', 'ك', 'ات', 'ان', 'ين', 'ون', 'تان', 'تين', 'ته', 'تها', 'اتهم', 'يه', 'ية', 'ة'),
  )
  .map(([p, m, s]) => p + m + s);

/** The listed words of the clitic and stemmer data (with their suffixes), which take the guarded paths. */
const LISTED = ['وزارة', 'وزارته', 'الله', 'وجه', 'فيها', 'عليه', 'لدينا', 'لبنان', 'ايران', 'ولبنان', 'بيان', 'كتاب', 'ولد', 'بيت', 'سيارات', 'سافر', 'ساهم', 'وقد', 'بما', 'لها', 'فهم', 'ومنها'];

describe('lightStem against the reference implementation', () => {
  it('agrees on words built from affixes, listed words and letters (memo cold and warm)', () => {
    for (const w of LISTED) {
      expect(lightStem(w), w).toBe(referenceLightStem(w));
      expect(lightStem(normalizeText(w)), w).toBe(referenceLightStem(normalizeText(w)));
    }
    fc.assert(
      fc.property(arbWord, fc.boolean(), (w, cold) => {
        if (cold) clearStemMemo();
        for (const x of [w, normalizeText(w)]) {
          expect(lightStem(x)).toBe(referenceLightStem(x));
          expect(lightStem(x)).toBe(referenceLightStem(x));
          const units = stringUnits(' ' + x + ' ');
          expect(lightStemUnits(units, 1, units.length - 1)).toBe(referenceLightStem(x));
        }
      }),
      { numRuns: 5000 },
    );
  });

  it('agrees on any string, and keeps non-Arabic words whole', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 14 }), (w) => {
        expect(lightStem(w)).toBe(referenceLightStem(w));
        const units = stringUnits(w);
        expect(lightStemUnits(units, 0, units.length)).toBe(referenceLightStem(w));
      }),
      { numRuns: 2000 },
    );
    expect(lightStem('ابتثجحخدذرزسشصضطظعغفقكلمنهوي'.repeat(3))).toBe(referenceLightStem('ابتثجحخدذرزسشصضطظعغفقكلمنهوي'.repeat(3)));
  });

  it('gives the same stems after the memo fills up and starts afresh', () => {
    clearStemMemo();
    const words: string[] = [];
    for (let i = 0; i < 100_000; i++) {
      // distinct 6-letter words, so the memo passes its limit and is emptied on the way
      let w = 'وال';
      for (let x = i, j = 0; j < 4; j++, x = Math.floor(x / 28)) w += LETTERS[x % 28]!;
      words.push(w);
    }
    for (const w of words) expect(lightStem(w)).toBe(referenceLightStem(w));
    for (const w of words.slice(0, 500)) expect(lightStem(w)).toBe(referenceLightStem(w));
  });

  const sample = sharedPath('news', 'saudinewsnet', 'sample-stratified.jsonl');
  const have = !!sample && existsSync(sample);
  it.skipIf(!have)(`agrees on every word form of the SaudiNewsNet sample${have ? '' : ' (skipped: ../shared/data/news/saudinewsnet is absent)'}`, () => {
    const forms = new Set<string>();
    for (const line of readFileSync(sample!, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const c = (JSON.parse(line) as { content?: string }).content;
      if (c) for (const t of tokenize(c)) if (t.kind === 'word') forms.add(t.norm);
    }
    expect(forms.size).toBeGreaterThan(50_000);
    clearStemMemo();
    for (const w of forms) expect(lightStem(w)).toBe(referenceLightStem(w));
  });
});

/**
 * Stem `words` through the word queue (one buffer, the words one after another), as `scanText`
 * does; returns the stems by word.
 */
function stemThroughQueue(words: string[]): string[] {
  const units = stringUnits(words.join(''));
  const starts = new Int32Array(words.length);
  const ends = new Int32Array(words.length);
  const out = new Array<string>(words.length).fill('?');
  beginWords(words.length);
  let at = 0;
  words.forEach((w, t) => {
    starts[t] = at;
    ends[t] = at + w.length;
    at += w.length;
    if (w.length > 0) queueWord(units, starts[t]!, ends[t]!, t, out);
  });
  stemQueued(units, starts, ends, out);
  return out;
}

describe('the word queue (beginWords, queueWord, stemQueued)', () => {
  it('gives each word the stem lightStemUnits gives it, memo cold or warm, repeated words and all', () => {
    const word = fc.oneof(arbWord, fc.constantFrom(...LISTED), fc.string({ unit: 'binary', maxLength: 14 }));
    fc.assert(
      fc.property(fc.array(word, { maxLength: 60 }), fc.boolean(), (list, cold) => {
        const words = list.filter((w) => w.length > 0);
        const twice = [...words, ...words.slice(0, 10)];
        if (cold) clearStemMemo();
        const got = stemThroughQueue(twice);
        const units = stringUnits(twice.join(''));
        let at = 0;
        twice.forEach((w, t) => {
          expect(got[t], w).toBe(lightStemUnits(units, at, at + w.length));
          expect(got[t], w).toBe(referenceLightStem(w));
          at += w.length;
        });
      }),
      { numRuns: 1500 },
    );
  });

  it('gives the same stems when the memo fills up in the middle of one batch', () => {
    clearStemMemo();
    const words: string[] = [];
    for (let i = 0; i < 100_000; i++) {
      // distinct 7-letter words: more than the memo holds, so it is emptied on the way
      let w = 'بال';
      for (let x = i, j = 0; j < 4; j++, x = Math.floor(x / 28)) w += LETTERS[x % 28]!;
      words.push(w);
    }
    const got = stemThroughQueue([...words, ...words.slice(0, 300)]);
    words.forEach((w, t) => expect(got[t]).toBe(referenceLightStem(w)));
    words.slice(0, 300).forEach((w, t) => expect(got[words.length + t]).toBe(referenceLightStem(w)));
  });
});
