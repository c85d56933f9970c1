import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fixturePath, sharedPath } from '../data/paths.js';
import { normalize } from './normalize.js';
import { scanText } from './scan-text.js';
import { clearStemMemo, lightStem } from './stem.js';
import { referenceLightStem } from './testing/light-stem-reference.js';
import { KIND_NAMES, tokenize } from './tokenize.js';

/** The first difference between `scanText(text)` and the object API (normalize, tokenize, lightStem), or null. */
function difference(text: string): string | null {
  const norm = normalize(text);
  const toks = tokenize(text);
  const r = scanText(text);
  if (r.norm.text !== norm.text) return `search form ${JSON.stringify(r.norm.text)} ≠ ${JSON.stringify(norm.text)}`;
  if (r.norm.originalLength !== text.length) return 'originalLength';
  if (r.norm.starts.length !== norm.starts.length || r.norm.ends.length !== norm.ends.length) return 'map length';
  for (let k = 0; k < norm.starts.length; k++) {
    if (r.norm.starts[k] !== norm.starts[k] || r.norm.ends[k] !== norm.ends[k]) return `map at ${k}`;
  }
  if (r.tokens.n !== toks.length) return `token count ${r.tokens.n} ≠ ${toks.length}`;
  for (let t = 0; t < toks.length; t++) {
    const tok = toks[t]!;
    if (r.tokens.starts[t] !== tok.start || r.tokens.ends[t] !== tok.end || KIND_NAMES[r.tokens.kinds[t]!] !== tok.kind) return `token ${t} ${tok.text}`;
    const form = r.norm.text.slice(r.normStarts[t], r.normEnds[t]);
    // `tokenize` gives a token whose search form is empty its text as its form.
    if ((form || tok.text) !== tok.norm) return `search form of ${tok.text}: ${form} ≠ ${tok.norm}`;
    const stem = tok.kind === 'word' ? lightStem(tok.norm) : '';
    if (r.stems[t] !== stem) return `stem of ${tok.text}: ${r.stems[t]} ≠ ${stem}`;
  }
  return null;
}

/** Text made of the pieces the fused loop and the tokenizer treat differently. */
const PIECES = [
  ...'ابتثجحدرزسشصطعفقكلمنهويءآأؤإئةى',
  'ال', 'وال', 'بال', 'لل', 'ها', 'هم', 'ات', 'ين', 'ون', 'تين', 'كما',
  '\u064e', '\u0651', '\u0670', 'ـ', '\u200c', '\u200d', '\u200b', '\u200f', '\ufeff',
  'ﻻ', 'ﷲ', 'ﺍ', '\ufe71', 'ک', 'ی', 'پ',
  ' ', '  ', '\n', '\t', '\u00a0',
  '.', '...', '…', '!', '؟', '?', '،', '؛', ':', '"', '«', '»', '(', ')', '-', '—', '#', '@', '_', "'", '/',
  'a', 'G', 'word', "don't", 'www.', 'http://', 'https://x.com/a', 'spa.gov.sa', 'a@b.co',
  '0', '12', '١٢٫٥', '1,200', '٬', '٫', '۳',
  '😀', '👍🏽', '\ud800', '\udc00', '$', '%', '٪', '+',
];
const arbText = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((a) => a.join(''));

describe('scanText', () => {
  it('gives what normalize, tokenize and lightStem give, on mixed text', () => {
    fc.assert(
      fc.property(arbText, (s) => {
        expect(difference(s)).toBeNull();
      }),
      { numRuns: 3000 },
    );
  });

  it('gives the same on any UTF-16 text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => {
        expect(difference(s)).toBeNull();
      }),
      { numRuns: 1000 },
    );
  });

  it('gives the same on the seed article, with the memo cold or warm, and its stems are the reference stemmer`s', () => {
    const text = readFileSync(fixturePath('seed', '000_c645db0d12d9f96d.txt'), 'utf8');
    clearStemMemo();
    expect(difference(text)).toBeNull();
    expect(difference(text)).toBeNull();
    clearStemMemo();
    const r = scanText(text);
    const words = tokenize(text).filter((t) => t.kind === 'word');
    expect(words.length).toBeGreaterThan(300);
    let w = 0;
    for (let t = 0; t < r.tokens.n; t++) if (KIND_NAMES[r.tokens.kinds[t]!] === 'word') expect(r.stems[t]).toBe(referenceLightStem(words[w++]!.norm));
  });

  it('keeps its own results apart from a long text and a short one after it', () => {
    const long = 'الحكومات '.repeat(5000) + 'ﻻ'.repeat(100);
    expect(difference(long)).toBeNull();
    expect(difference('قال')).toBeNull();
  });

  const sample = sharedPath('news', 'saudinewsnet', 'sample-stratified.jsonl');
  const have = !!sample && existsSync(sample);
  it.skipIf(!have)(`gives the same on the SaudiNewsNet sample${have ? '' : ' (skipped: ../shared/data/news/saudinewsnet is absent)'}`, () => {
    clearStemMemo();
    let n = 0;
    for (const line of readFileSync(sample!, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const c = (JSON.parse(line) as { content?: string }).content;
      if (!c) continue;
      expect(difference(c)).toBeNull();
      n++;
    }
    expect(n).toBeGreaterThan(1000);
  });
});
