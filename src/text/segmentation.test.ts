/**
 * Clitic segmentation (`splitClitics`) and light-stem conflation against the QCRI WikiNews gold
 * (Farasa segmentation): a 2,000-word excerpt in fixtures/text/, and the full file when ../shared is
 * present. Figures are printed; the floors asserted are just under the measured ones. The clitic word
 * lists were adjusted after looking at errors on this data, so these are not blind-test figures.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixturePath, sharedPath } from '../data/paths.js';
import { parseGold, parseGoldStems, scoreConflation, scoreSegmentation } from './segmentation-eval.js';
import { light10Stem, lightStem } from './stem.js';

const pct = (x: number) => (100 * x).toFixed(1) + '%';

function report(name: string, text: string) {
  const seg = scoreSegmentation(parseGold(text));
  console.log(
    `splitClitics vs WikiNews gold (${name}): ${seg.exact}/${seg.words} words exact = ${pct(seg.accuracy)}; boundary P ${pct(seg.precision)} R ${pct(seg.recall)} F1 ${pct(seg.f1)}; never-split baseline ${pct(seg.noSplitAccuracy)}`,
  );
  const pairs = parseGoldStems(text);
  const light = scoreConflation(pairs, lightStem);
  const l10 = scoreConflation(pairs, light10Stem);
  console.log(
    `stem conflation vs gold stems (${name}, ${light.types} types): lightStem P ${pct(light.precision)} R ${pct(light.recall)} F1 ${pct(light.f1)}; light10 P ${pct(l10.precision)} R ${pct(l10.recall)} F1 ${pct(l10.f1)}`,
  );
  return { seg, light, l10 };
}

describe('clitic segmentation against WikiNews gold', () => {
  it('parses the gold format (ل+ال is written لل; only clitic boundaries are kept)', () => {
    const g = parseGold('refTok\trefPOS\nو+ال+تلفزيون\tCONJ+DET+NOUN\nل+ال+محتوى\tPREP+DET+NOUN\nترشيح+ات+ها\tNOUN+NSUFF+PRON\nأعلن+ت\tV+PRON\n.\tPUNC\n');
    expect(g).toEqual([
      { word: 'والتلفزيون', boundaries: [1, 3] },
      { word: 'للمحتوى', boundaries: [1, 2] },
      { word: 'ترشيحاتها', boundaries: [7] },
      { word: 'أعلنت', boundaries: [] },
    ]);
  });

  it('agrees with the excerpt in fixtures/text/', () => {
    const { seg, light, l10 } = report('excerpt, 2,000 words', readFileSync(fixturePath('text', 'wikinews-excerpt.pos.ref'), 'utf8'));
    expect(seg.accuracy).toBeGreaterThan(0.95);
    expect(seg.f1).toBeGreaterThan(0.95);
    expect(seg.accuracy).toBeGreaterThan(seg.noSplitAccuracy + 0.3);
    expect(light.f1).toBeGreaterThan(0.77);
    expect(light.f1).toBeGreaterThan(l10.f1 + 0.05);
    expect(light.precision).toBeGreaterThan(l10.precision);
  });

  const full = sharedPath('text', 'wikinews-qcri', 'WikiNews.pos.ref');
  const have = full !== null && existsSync(full);
  it.skipIf(!have)(`agrees with the full gold file${have ? '' : ' (skipped: ../shared/data/text/wikinews-qcri is absent)'}`, () => {
    const { seg, light, l10 } = report('full, 18,300 tokens', readFileSync(full!, 'utf8'));
    expect(seg.words).toBeGreaterThan(15000);
    expect(seg.accuracy).toBeGreaterThan(0.955);
    expect(seg.f1).toBeGreaterThan(0.95);
    expect(light.f1).toBeGreaterThan(0.775);
    expect(light.f1).toBeGreaterThan(l10.f1 + 0.1);
  });
});
