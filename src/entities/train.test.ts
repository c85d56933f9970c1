import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturePath } from '../data/paths.js';
import { readConll } from './conll.js';
import { FeatureExtractor } from './features.js';
import { buildGazetteer, buildPrior, loadLexicon, parsePrior, serializePrior, type Lexicon } from './lexicon.js';
import { createTagger, defaultModelBase, loadTagger } from './tagger.js';
import { serializeClusters } from './clusters.js';
import { normalizeText } from '../text/normalize.js';
import { decodeAll, domainFeature, evaluate, foldDomain, penalizeOutside, prune, rng, splitDev, trainPerceptron, trainTwoPass } from './train.js';
import { NerModel } from './model.js';
import { loadModel, saveModel } from './model.js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { BIAS_FEATURE, FEATURE_VERSION } from './features.js';

const lex: Lexicon = { triggers: new Map(), gazetteers: { LOC: buildGazetteer([]), ORG: buildGazetteer([]), GIVEN: buildGazetteer([]) } };
const tiny = readConll(fixturePath('ner', 'tiny.conll'));

describe('trainPerceptron', () => {
  it('learns the tiny fixture', () => {
    const m = trainPerceptron(tiny, lex, { epochs: 10, seed: 7, minCount: 1 });
    const s = evaluate(m, new FeatureExtractor(lex), tiny);
    expect(s.f1).toBe(1);
  });
  it('generalizes from context to an unseen name after a seen title', () => {
    const m = trainPerceptron(tiny, lex, { epochs: 10, seed: 7, minCount: 1 });
    const [tags] = decodeAll(m, new FeatureExtractor(lex), [['قال', 'الرئيس', 'كمال', 'الحسن', 'إن', 'الوضع', 'هادئ']]);
    expect(tags!.slice(2, 4)).toEqual(['B-PERS', 'I-PERS']);
  });
  it('is deterministic for a seed', () => {
    const a = trainPerceptron(tiny, lex, { epochs: 3, seed: 1, minCount: 1, dropout: 0.3 });
    const b = trainPerceptron(tiny, lex, { epochs: 3, seed: 1, minCount: 1, dropout: 0.3 });
    expect(Array.from(a.weights)).toEqual(Array.from(b.weights));
    expect(Array.from(a.keys)).toEqual(Array.from(b.keys));
  });
  it('trains the two-pass tagger, which tags the fixture', () => {
    const models = trainTwoPass(tiny, lex, { epochs: 8, seed: 3, minCount: 1, window: 2, folds: 2 });
    const tagger = createTagger(models.pass1, models.pass2, models, new FeatureExtractor(lex));
    const pred = tagger.tagDocument(tiny.map((s) => s.tokens));
    expect(pred).toEqual(tiny.map((s) => s.tags));
  });
});

describe('word prior', () => {
  it('counts tags by form and by core, and round-trips through its file form', () => {
    const fx = new FeatureExtractor(lex);
    const p = buildPrior(
      [
        { tokens: ['قال', 'وعمان', 'عمان'], tags: ['O', 'B-LOC', 'B-LOC'] },
        { tokens: ['عمان'], tags: ['B-ORG'] },
      ],
      (r) => fx.info(r),
    );
    expect(p.counts.get('عمان')).toEqual([0, 0, 1, 1, 0]);
    expect(p.counts.get('c:عمان')).toEqual([0, 0, 1, 2, 0]);
    expect(p.counts.get('قال')).toEqual([1, 0, 0, 0, 0]);
    const back = parsePrior(serializePrior(p));
    expect([...back.counts.entries()].sort()).toEqual([...p.counts.entries()].sort());
  });
  it('lists entity spans and counts word pairs when asked (options not in the default recipe)', () => {
    const fx = new FeatureExtractor(lex);
    const data = [{ tokens: ['قال', 'مصطفى', 'الكاظمي', 'في', 'وبغداد'], tags: ['O', 'B-PERS', 'I-PERS', 'O', 'B-LOC'] }];
    const plain = buildPrior(data, (r) => fx.info(r));
    expect([...plain.counts.keys()].some((k) => k.includes(' '))).toBe(false);
    expect(plain.pairMode).toBeUndefined();
    const p = buildPrior(data, (r) => fx.info(r), 1, 2);
    const n = (w: string) => fx.info(w).norm;
    expect(p.counts.get(`s PERS ${fx.info('مصطفى').core} ${n('الكاظمي')}`)).toEqual([1, 0, 0, 0, 0]);
    expect(p.counts.get('s LOC ' + fx.info('وبغداد').core)).toEqual([1, 0, 0, 0, 0]);
    expect(buildPrior(data, (r) => fx.info(r), 2).counts.has('s LOC ' + fx.info('وبغداد').core)).toBe(false);
    expect(p.counts.get(`b ${n('مصطفى')} ${n('الكاظمي')}`)).toEqual([0, 1, 0, 0, 0]);
    expect(p.counts.get(`b ${n('قال')} ${n('مصطفى')}`)).toEqual([1, 0, 0, 0, 0]);
    expect(p.pairMode).toBe(2);
    expect(parsePrior(serializePrior(p)).pairMode).toBe(1);
    // the span gazetteer marks the name where it recurs, with a clitic on its first word
    const gfx = new FeatureExtractor(lex, {}, p);
    const parts = gfx.parts(['ومصطفى', 'الكاظمي']);
    expect(parts.feats.length).toBeGreaterThan(new FeatureExtractor(lex, {}, plain).parts(['ومصطفى', 'الكاظمي']).feats.length);
  });
  it('gives a seen word type features and an unseen word the unseen feature', () => {
    const fx = new FeatureExtractor(lex);
    const prior = buildPrior(tiny, (r) => fx.info(r));
    const withPrior = new FeatureExtractor(lex, {}, prior);
    const seen = tiny[0]!.tokens[0]!;
    expect(withPrior.info(seen).own.length).toBeGreaterThan(fx.info(seen).own.length);
    const unseenA = withPrior.info('كلمةغريبة').own.filter((h) => !fx.info('كلمةغريبة').own.includes(h));
    const unseenB = withPrior.info('اسمغريب').own.filter((h) => !fx.info('اسمغريب').own.includes(h));
    expect(unseenA).toHaveLength(2);
    expect(unseenA).toEqual(unseenB);
  });
  it('trains the two-pass tagger with a jackknifed prior, deterministically, and it tags the fixture', () => {
    const opts = { epochs: 8, seed: 3, minCount: 1, window: 2, folds: 2, priorFolds: 2 };
    const models = trainTwoPass(tiny, lex, opts);
    expect(models.prior).toBeDefined();
    expect(models.prior!.counts.size).toBeGreaterThan(10);
    const again = trainTwoPass(tiny, lex, opts);
    expect(Array.from(again.pass2.weights)).toEqual(Array.from(models.pass2.weights));
    const tagger = createTagger(models.pass1, models.pass2, models, models.fx);
    expect(tagger.tagDocument(tiny.map((s) => s.tokens))).toEqual(tiny.map((s) => s.tags));
  });
});

describe('model files', () => {
  it('round-trips through save and load (int16 weights)', () => {
    const m = prune(trainPerceptron(tiny, lex, { epochs: 5, seed: 2, minCount: 1 }));
    const dir = mkdtempSync(join(tmpdir(), 'rasid-ner-'));
    saveModel(m, join(dir, 'm'), { test: true });
    const back = loadModel(join(dir, 'm'), FEATURE_VERSION);
    expect(Array.from(back.keys)).toEqual(Array.from(m.keys));
    const fx = new FeatureExtractor(lex);
    expect(decodeAll(back, fx, tiny.map((s) => s.tokens))).toEqual(decodeAll(m, fx, tiny.map((s) => s.tokens)));
  });
  it('refuses a missing model with E_MODEL_MISSING', () => {
    expect(() => loadModel('/nonexistent/ner', FEATURE_VERSION)).toThrow(/E_MODEL_MISSING|Model file not found/);
  });
  it('keeps a model trained with word clusters with its clusters file, which loadTagger reads back', () => {
    const words = [...new Set(tiny.flatMap((s) => s.tokens))].sort();
    const clusters = new Map(words.map((w, i) => [normalizeText(w), (i % 8).toString(2).padStart(3, '0')]));
    const full: Lexicon = { ...loadLexicon(), clusters };
    const models = trainTwoPass(tiny, full, { epochs: 4, seed: 3, minCount: 1, window: 2, folds: 2 });
    const dir = mkdtempSync(join(tmpdir(), 'rasid-ner-'));
    saveModel(models.pass1, join(dir, 'ner.pass1'), { test: true });
    writeFileSync(join(dir, 'ner.clusters.tsv'), serializeClusters(clusters));
    saveModel(models.pass2, join(dir, 'ner.model'), { test: true }, { pass1: 'ner.pass1', window: 2, clusters: 'ner.clusters.tsv' });
    const tokens = tiny.map((s) => s.tokens);
    const want = createTagger(loadModel(join(dir, 'ner.pass1'), FEATURE_VERSION), loadModel(join(dir, 'ner.model'), FEATURE_VERSION), { window: 2 }, new FeatureExtractor(full));
    const old = process.env.RASID_NER_MODEL;
    process.env.RASID_NER_MODEL = dir;
    try {
      expect(defaultModelBase()).toBe(join(dir, 'ner.model'));
    } finally {
      if (old === undefined) delete process.env.RASID_NER_MODEL;
      else process.env.RASID_NER_MODEL = old;
    }
    expect(loadTagger(join(dir, 'ner.model')).tagDocument(tokens)).toEqual(want.tagDocument(tokens));
    expect(() => loadTagger(join(mkdtempSync(join(tmpdir(), 'rasid-ner-')), 'ner.model'))).toThrow(/E_MODEL_MISSING|Model file not found/);
  });
});

describe('penalizeOutside', () => {
  it('lowers only the O weight of the bias feature, and a large penalty removes O from the output', () => {
    const m = trainPerceptron(tiny, lex, { epochs: 5, seed: 2, minCount: 1 });
    const p = penalizeOutside(m, 3);
    const f = m.lookup(BIAS_FEATURE);
    const o = m.labels.indexOf('O');
    const changed = Array.from(p.weights).flatMap((w, i) => (w !== m.weights[i] ? [i] : []));
    expect(changed).toEqual([f * m.L + o]);
    expect(p.weights[f * m.L + o]).toBeCloseTo(m.weights[f * m.L + o]! - 3, 4);
    expect(penalizeOutside(m, 0)).toBe(m);
    const [tags] = decodeAll(penalizeOutside(m, 1e6), new FeatureExtractor(lex), [tiny[0]!.tokens]);
    expect(tags).not.toContain('O');
  });
});

describe('domain adaptation', () => {
  it('folds the target copy into the shared weight and drops every other copy', () => {
    const h = 12345;
    const keys = Uint32Array.from([h, domainFeature(h, 0), domainFeature(h, 1)]).sort();
    const w = new Float32Array(keys.length * 2);
    keys.forEach((k, i) => {
      const v = k === h ? 1 : k === domainFeature(h, 0) ? 10 : 100;
      w[i * 2] = v;
      w[i * 2 + 1] = -v;
    });
    const m = foldDomain(new NerModel(['O', 'B-X'], keys, w, new Float32Array(6), FEATURE_VERSION), new Set([h]));
    expect(Array.from(m.keys)).toEqual([h]);
    expect(Array.from(m.weights)).toEqual([11, -11]);
  });
  it('trains on an extra corpus with its own labels and keeps only plain features', () => {
    // the extra "corpus" tags every token O: with its own feature copies it must not undo the target's labels
    const extra = tiny.map((s) => ({ tokens: s.tokens, tags: s.tags.map(() => 'O') }));
    const data = [...extra, ...tiny];
    const domains = [...extra.map(() => 1), ...tiny.map(() => 0)];
    const m = trainPerceptron(data, lex, { epochs: 10, seed: 7, minCount: 1, domains });
    const fx = new FeatureExtractor(lex);
    const plainKeys = new Set(tiny.flatMap((s) => Array.from(fx.extract(s.tokens).feats)));
    for (const k of m.keys) expect(plainKeys.has(k)).toBe(true);
    expect(evaluate(m, fx, tiny).f1).toBe(1);
  });
});

describe('cost-augmented training', () => {
  it('still learns the tiny fixture, deterministically', () => {
    const a = trainPerceptron(tiny, lex, { epochs: 10, seed: 7, minCount: 1, margin: 1, missCost: 3 });
    const b = trainPerceptron(tiny, lex, { epochs: 10, seed: 7, minCount: 1, margin: 1, missCost: 3 });
    expect(evaluate(a, new FeatureExtractor(lex), tiny).f1).toBe(1);
    expect(Array.from(a.weights)).toEqual(Array.from(b.weights));
  });
});

describe('helpers', () => {
  it('splits the last 10% off as dev', () => {
    const { train, dev } = splitDev([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(train).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(dev).toEqual([10]);
  });
  it('rng is seeded', () => {
    const a = rng(5);
    const b = rng(5);
    expect([a(), a(), a()]).toEqual([b(), b(), b()]);
  });
});
