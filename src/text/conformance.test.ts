/**
 * Conformance with peer test suites (Lucene's Arabic normalization and light-stem filters, CAMeL
 * Tools' normalizers), from `fixtures/text/normalization-stemming-cases.json`. Pass rates are printed;
 * the floors asserted are the rates reached.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixturePath } from '../data/paths.js';
import { normalizeText, type NormalizeOptions } from './normalize.js';
import { light10Stem, lightStem } from './stem.js';

interface Cases {
  lucene_arabic_normalization: { cases: [string, string][] };
  lucene_arabic_light_stem: { cases: [string, string][] };
  camel_tools_normalize: { cases: { fn: string; input: string; expected: string }[] };
}

const cases = JSON.parse(readFileSync(fixturePath('text', 'normalization-stemming-cases.json'), 'utf8')) as Cases;

const OFF: Required<NormalizeOptions> = {
  diacritics: false,
  tatweel: false,
  alef: false,
  alefMaqsura: false,
  taMarbuta: false,
  hamza: false,
  presentationForms: false,
  persian: false,
  digits: false,
  punctuation: false,
  controls: false,
  spaces: false,
  lowercase: false,
};

/** Each CAMeL Tools normalizer is one of rasid's steps switched on alone. */
const CAMEL_STEP: Record<string, Partial<NormalizeOptions>> = {
  normalize_alef_ar: { alef: true },
  normalize_alef_maksura_ar: { alefMaqsura: true },
  normalize_teh_marbuta_ar: { taMarbuta: true },
  normalize_unicode: { presentationForms: true },
};

function rate(name: string, results: boolean[]): number {
  const pass = results.filter(Boolean).length;
  const r = results.length ? pass / results.length : 0;
  console.log(`conformance ${name}: ${pass}/${results.length} (${(100 * r).toFixed(1)}%)`);
  return r;
}

describe('conformance with peer suites', () => {
  it('Lucene ArabicNormalizationFilter cases', () => {
    const r = rate(
      'lucene-normalization',
      cases.lucene_arabic_normalization.cases.map(([i, o]) => normalizeText(i) === o),
    );
    expect(r).toBe(1);
  });

  it('Lucene ArabicStemFilter (Light-10) cases: rasid lightStem and the light10 baseline', () => {
    const c = cases.lucene_arabic_light_stem.cases;
    // The filter runs after normalization; expected values are in Lucene's normalized form too.
    const light = rate('lucene-light-stem (lightStem)', c.map(([i, o]) => lightStem(normalizeText(i)) === normalizeText(o)));
    const l10 = rate('lucene-light-stem (light10Stem)', c.map(([i, o]) => light10Stem(normalizeText(i)) === normalizeText(o)));
    expect(light).toBe(1);
    expect(l10).toBe(1);
  });

  it('CAMeL Tools normalizer cases (each as the matching single step)', () => {
    const r = rate(
      'camel-normalize',
      cases.camel_tools_normalize.cases.map((k) => {
        const step = CAMEL_STEP[k.fn];
        return step !== undefined && normalizeText(k.input, { ...OFF, ...step }) === k.expected;
      }),
    );
    expect(r).toBe(1);
  });
});
