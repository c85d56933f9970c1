/**
 * Training the NER tagger: an averaged structured perceptron (Collins 2002) over BIO labels with
 * first-order Viterbi decoding and BIO-constrained transitions. Deterministic: sentence order per
 * epoch comes from a seeded generator.
 */
import type { ConllSentence } from './conll.js';
import { BIAS_FEATURE, FEATURE_VERSION, FeatureExtractor } from './features.js';
import { buildPrior, type Lexicon, type WordPrior } from './lexicon.js';
import { documentFeatures } from './doc-memory.js';
import { NerModel } from './model.js';
import { scoreNer, type NerScores } from './metrics.js';
import { bioTransitions, viterbi } from './viterbi.js';
import { mix } from '../text/hash.js';

export const DEFAULT_LABELS = ['O', 'B-PERS', 'I-PERS', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'];

export interface TrainOptions {
  epochs: number;
  seed: number;
  /** Keep features seen at least this many times in the training data. */
  minCount: number;
  labels?: string[];
  /** Called after each epoch with the averaged model (e.g. to score a dev set). */
  onEpoch?: (epoch: number, model: NerModel) => void;
  /** Word dropout: probability of treating a rare training word as unknown in an epoch. */
  dropout?: number;
  /** Words seen at most this often in training count as rare for dropout. */
  rareMax?: number;
  /** Extra feature hashes per sentence and token (document memory for the second pass). */
  extra?: readonly (readonly (readonly number[])[])[];
  /**
   * Domain of each sentence (0 = the target corpus, ANERcorp; 1, 2, ... = extra corpora). With more than
   * one domain, every feature also gets a per-domain copy ("frustratingly easy" domain adaptation,
   * Daumé 2007); the returned model folds the target copy into the shared weights and drops the rest,
   * so it has the plain feature set and tags at the same speed.
   */
  domains?: readonly number[];
  /**
   * Cost-augmented training (a margin): while training, the decoder adds `margin` to the score of every
   * wrong label, and `missCost` instead when the gold label is an entity and the wrong one is `O`
   * (recall-oriented learning, Mohit et al. 2012). 0 = the plain perceptron.
   */
  margin?: number;
  missCost?: number;
}

const DOMAIN_T = 0x2d0a1;

/** The per-domain copy of a feature hash. */
export function domainFeature(h: number, domain: number): number {
  return mix(h, DOMAIN_T + domain);
}

function withDomain(r: { feats: Uint32Array; offs: Int32Array }, domain: number): { feats: Uint32Array; offs: Int32Array } {
  const feats = new Uint32Array(r.feats.length * 2);
  const offs = new Int32Array(r.offs.length);
  let k = 0;
  for (let i = 0; i + 1 < r.offs.length; i++) {
    offs[i] = k;
    for (let j = r.offs[i]!; j < r.offs[i + 1]!; j++) {
      feats[k++] = r.feats[j]!;
      feats[k++] = domainFeature(r.feats[j]!, domain);
    }
  }
  offs[r.offs.length - 1] = k;
  return { feats, offs };
}

/** Fold the target-domain copies into the shared weights; keep only shared features. */
export function foldDomain(m: NerModel, shared: ReadonlySet<number>, domain = 0): NerModel {
  const L = m.L;
  const keep: number[] = [];
  for (let f = 0; f < m.keys.length; f++) if (shared.has(m.keys[f]!)) keep.push(f);
  const keys = new Uint32Array(keep.length);
  const w = new Float32Array(keep.length * L);
  keep.forEach((f, i) => {
    keys[i] = m.keys[f]!;
    const g = m.lookup(domainFeature(m.keys[f]!, domain));
    for (let l = 0; l < L; l++) w[i * L + l] = m.weights[f * L + l]! + (g >= 0 ? m.weights[g * L + l]! : 0);
  });
  return new NerModel(m.labels, keys, w, m.trans, m.featureVersion);
}

/** mulberry32: a small seeded PRNG. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Prepared {
  feats: Int32Array;
  offs: Int32Array;
  gold: Int32Array;
}

/**
 * Train on tagged sentences. `extractorFor(i)` gives the feature extractor for sentence i (with
 * jackknifed name lists the extractor differs per fold); a plain lexicon uses one extractor for all.
 */
export function trainPerceptron(
  data: readonly ConllSentence[],
  lexOrExtractors: Lexicon | ((sentence: number) => FeatureExtractor),
  opts: TrainOptions,
): NerModel {
  const labels = opts.labels ?? DEFAULT_LABELS;
  const L = labels.length;
  const labelIndex = new Map(labels.map((l, i) => [l, i]));
  let fxFor: (sentence: number) => FeatureExtractor;
  if (typeof lexOrExtractors === 'function') fxFor = lexOrExtractors;
  else {
    const one = new FeatureExtractor(lexOrExtractors);
    fxFor = () => one;
  }
  const dropout = opts.dropout ?? 0;
  const rareMax = opts.rareMax ?? 1;
  const wordCount = new Map<string, number>();
  for (const s of data) for (const t of s.tokens) wordCount.set(t, (wordCount.get(t) ?? 0) + 1);
  const rareMasks = data.map((s) => Uint8Array.from(s.tokens, (t) => ((wordCount.get(t) ?? 0) <= rareMax ? 1 : 0)));
  // 1. extract features (and, with dropout, the rare-words-unknown variant), count them
  const counts = new Map<number, number>();
  const extra = opts.extra;
  const domains = opts.domains && opts.domains.some((d) => d !== 0) ? opts.domains : undefined;
  const shared = domains ? new Set<number>() : undefined;
  const featuresOf = (i: number, mask?: Uint8Array) => {
    const r = fxFor(i).extract(data[i]!.tokens, mask, extra?.[i]);
    if (!domains) return r;
    for (const h of r.feats) shared!.add(h);
    return withDomain(r, domains[i] ?? 0);
  };
  const raw = data.map((_, i) => featuresOf(i));
  for (const r of raw) for (const h of r.feats) counts.set(h, (counts.get(h) ?? 0) + 1);
  if (dropout > 0) {
    data.forEach((_, i) => {
      for (const h of featuresOf(i, rareMasks[i]).feats) counts.set(h, (counts.get(h) ?? 0) + 1);
    });
  }
  const keyList: number[] = [];
  for (const [h, c] of counts) if (c >= opts.minCount) keyList.push(h);
  const keys = Uint32Array.from(keyList).sort();
  const index = new Map<number, number>();
  keys.forEach((h, i) => index.set(h, i));
  const toIndices = (r: { feats: Uint32Array; offs: Int32Array }): { feats: Int32Array; offs: Int32Array } => {
    const out: number[] = [];
    const offs = new Int32Array(r.offs.length);
    for (let i = 0; i + 1 < r.offs.length; i++) {
      offs[i] = out.length;
      for (let k = r.offs[i]!; k < r.offs[i + 1]!; k++) {
        const f = index.get(r.feats[k]!);
        if (f !== undefined) out.push(f);
      }
    }
    offs[r.offs.length - 1] = out.length;
    return { feats: Int32Array.from(out), offs };
  };
  const prepared: Prepared[] = raw.map((r, si) => {
    const gold = Int32Array.from(data[si]!.tags.map((t) => labelIndex.get(t) ?? 0));
    return { ...toIndices(r), gold };
  });
  counts.clear();
  // 2. perceptron
  const nF = keys.length;
  const W = new Float32Array(nF * L);
  const U = new Float32Array(nF * L);
  const TW = new Float64Array((L + 1) * L);
  const TU = new Float64Array((L + 1) * L);
  const allowed = bioTransitions(labels);
  const margin = opts.margin ?? 0;
  const missCost = opts.missCost ?? margin;
  const outside = labels.indexOf('O');
  const random = rng(opts.seed);
  const order = prepared.map((_, i) => i);
  let c = 1;
  const maxN = Math.max(1, ...prepared.map((p) => p.gold.length));
  const emit = new Float32Array(maxN * L);
  const pred = new Int32Array(maxN);
  const back = new Int32Array(maxN * L);
  const averaged = (): NerModel => {
    const w = new Float32Array(nF * L);
    for (let i = 0; i < w.length; i++) w[i] = W[i]! - U[i]! / c;
    const t = new Float32Array(TW.length);
    for (let i = 0; i < t.length; i++) t[i] = TW[i]! - TU[i]! / c;
    const m = new NerModel(labels, keys, w, t, FEATURE_VERSION);
    return shared ? foldDomain(m, shared) : m;
  };
  for (let epoch = 1; epoch <= opts.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      const t = order[i]!;
      order[i] = order[j]!;
      order[j] = t;
    }
    for (const si of order) {
      let s = prepared[si]!;
      if (dropout > 0) {
        const rm = rareMasks[si]!;
        let any = false;
        const mask = new Uint8Array(rm.length);
        for (let i = 0; i < rm.length; i++) {
          if (rm[i] && random() < dropout) {
            mask[i] = 1;
            any = true;
          }
        }
        if (any) s = { ...toIndices(featuresOf(si, mask)), gold: s.gold };
      }
      const n = s.gold.length;
      emit.fill(0, 0, n * L);
      for (let i = 0; i < n; i++) {
        const base = i * L;
        for (let k = s.offs[i]!; k < s.offs[i + 1]!; k++) {
          const wb = s.feats[k]! * L;
          for (let l = 0; l < L; l++) emit[base + l]! += W[wb + l]!;
        }
      }
      if (margin || missCost) {
        for (let i = 0; i < n; i++) {
          const g = s.gold[i]!;
          for (let l = 0; l < L; l++) if (l !== g) emit[i * L + l]! += g !== outside && l === outside ? missCost : margin;
        }
      }
      viterbi(emit, n, L, TW, allowed, pred, back);
      let prevG = L;
      let prevP = L;
      for (let i = 0; i < n; i++) {
        const g = s.gold[i]!;
        const p = pred[i]!;
        if (g !== p) {
          for (let k = s.offs[i]!; k < s.offs[i + 1]!; k++) {
            const wb = s.feats[k]! * L;
            W[wb + g]! += 1;
            U[wb + g]! += c;
            W[wb + p]! -= 1;
            U[wb + p]! -= c;
          }
        }
        if (g !== p || prevG !== prevP) {
          TW[prevG * L + g]! += 1;
          TU[prevG * L + g]! += c;
          TW[prevP * L + p]! -= 1;
          TU[prevP * L + p]! -= c;
        }
        prevG = g;
        prevP = p;
      }
      c++;
    }
    if (opts.onEpoch) opts.onEpoch(epoch, averaged());
  }
  return prune(averaged());
}

/** Drop features whose weights are all (near) zero. */
export function prune(m: NerModel, eps = 1e-6): NerModel {
  const L = m.L;
  const keep: number[] = [];
  for (let f = 0; f < m.keys.length; f++) {
    let any = false;
    for (let l = 0; l < L; l++) if (Math.abs(m.weights[f * L + l]!) > eps) any = true;
    if (any) keep.push(f);
  }
  const keys = new Uint32Array(keep.length);
  const w = new Float32Array(keep.length * L);
  keep.forEach((f, i) => {
    keys[i] = m.keys[f]!;
    for (let l = 0; l < L; l++) w[i * L + l] = m.weights[f * L + l]!;
  });
  return new NerModel(m.labels, keys, w, m.trans, m.featureVersion);
}

/**
 * Lower the score of the outside label `O` on every token by `amount` (through the bias feature's
 * weight), trading precision for recall; the amount is chosen on the dev split.
 */
export function penalizeOutside(m: NerModel, amount: number): NerModel {
  const o = m.labels.indexOf('O');
  const f = m.lookup(BIAS_FEATURE);
  if (!amount || o < 0 || f < 0) return m;
  const w = Float32Array.from(m.weights);
  w[f * m.L + o]! -= amount;
  return new NerModel(m.labels, m.keys, w, m.trans, m.featureVersion);
}

/** Tag sentences with a model (the same decoding the tagger uses). */
export function decodeAll(
  model: NerModel,
  fx: FeatureExtractor,
  sentences: readonly (readonly string[])[],
  extra?: readonly (readonly (readonly number[])[])[],
): string[][] {
  return sentences.map((s, i) => decode(model, fx, s, extra?.[i]));
}

export function decode(model: NerModel, fx: FeatureExtractor, tokens: readonly string[], extra?: readonly (readonly number[])[]): string[] {
  const n = tokens.length;
  if (!n) return [];
  const { feats, offs } = fx.extract(tokens, undefined, extra);
  const emit = new Float32Array(n * model.L);
  model.score(feats, offs, n, emit);
  const path = viterbi(emit, n, model.L, model.trans, model.allowed);
  return Array.from(path, (p) => model.labels[p]!);
}

/** The two models of the tagger: pass 1 (sentence features) and pass 2 (plus document memory). */
export interface TwoPass {
  pass1: NerModel;
  pass2: NerModel;
  window: number;
  labelFeatures?: boolean;
  /** The training data's word prior (see `buildPrior`), when the models use it. */
  prior?: WordPrior;
  /** The extractor the models tag with (with the prior). */
  fx?: FeatureExtractor;
}

/** Tag a document (its sentences in order) with both passes. */
export function tagDocument(models: TwoPass, fx: FeatureExtractor, sentences: readonly (readonly string[])[]): string[][] {
  const first = decodeAll(models.pass1, fx, sentences);
  const extra = documentFeatures(fx, sentences, first, models.window, models.labelFeatures);
  return decodeAll(models.pass2, fx, sentences, extra);
}

export interface TwoPassOptions extends TrainOptions {
  /** Sentences before and after a sentence that form its document memory. */
  window: number;
  /** Folds for the jackknifed first-pass predictions on the training data. */
  folds: number;
  /** Also give pass 2 the first pass's labels of the token and its neighbours. */
  labelFeatures?: boolean;
  /** Score subtracted from `O` in the second pass (see `penalizeOutside`); 0 = none. */
  outsidePenalty?: number;
  /** Blocks for the jackknifed word prior (features of what training said about a word); 0 = no prior. */
  priorFolds?: number;
  /** The prior also lists training entity strings of at least this many words, matched as gazetteers (jackknifed like the word prior); 0 = no. Not in the default recipe. */
  spanPrior?: number;
  /** The prior also counts word pairs (see `WordPrior.pairMode`; jackknifed too); 0 = no. Not in the default recipe. */
  bigramPrior?: 0 | 1 | 2;
  log?: (line: string) => void;
}

/** Extractors whose word prior comes from the other blocks of `data` (jackknifing), and the full prior. */
export function priorExtractors(
  data: readonly ConllSentence[],
  lex: Lexicon,
  folds: number,
  spans = 0,
  bigrams: 0 | 1 | 2 = 0,
): { fxFor: (sentence: number) => FeatureExtractor; prior: WordPrior; fx: FeatureExtractor } {
  const plain = new FeatureExtractor(lex);
  const keyOf = (raw: string) => plain.info(raw);
  const size = Math.ceil(data.length / folds);
  const fxs: FeatureExtractor[] = [];
  for (let b = 0; b < folds; b++) fxs.push(new FeatureExtractor(lex, {}, buildPrior([...data.slice(0, b * size), ...data.slice((b + 1) * size)], keyOf, spans, bigrams)));
  const prior = buildPrior(data, keyOf, spans, bigrams);
  return { fxFor: (i) => fxs[Math.floor(i / size)]!, prior, fx: new FeatureExtractor(lex, {}, prior) };
}

/**
 * Train both passes. The second pass learns from first-pass predictions made jackknife-style
 * (each fold tagged by a model trained on the other folds), as it will see them at run time.
 */
export function trainTwoPass(data: readonly ConllSentence[], lex: Lexicon, opts: TwoPassOptions): TwoPass {
  const pf = opts.priorFolds ?? 0;
  const px = pf > 0 ? priorExtractors(data, lex, pf, opts.spanPrior ?? 0, opts.bigramPrior) : undefined;
  const fx = px ? px.fx : new FeatureExtractor(lex);
  const plain = new FeatureExtractor(lex);
  const src = px ? px.fxFor : lex;
  const base: TrainOptions = { epochs: opts.epochs, seed: opts.seed, minCount: opts.minCount, dropout: opts.dropout, rareMax: opts.rareMax, domains: opts.domains, margin: opts.margin, missCost: opts.missCost };
  const size = Math.ceil(data.length / opts.folds);
  const jack: string[][] = [];
  for (let f = 0; f < opts.folds; f++) {
    const held = data.slice(f * size, (f + 1) * size);
    const rest = [...data.slice(0, f * size), ...data.slice((f + 1) * size)];
    const restDomains = opts.domains ? [...opts.domains.slice(0, f * size), ...opts.domains.slice((f + 1) * size)] : undefined;
    const lo = f * size;
    const hi = lo + held.length;
    const restSrc = px ? (i: number) => px.fxFor(i < lo ? i : i + (hi - lo)) : lex;
    const m = trainPerceptron(rest, restSrc, { ...base, domains: restDomains });
    const heldFx = px ? new FeatureExtractor(lex, {}, buildPrior(rest, (r) => plain.info(r), opts.spanPrior ?? 0, opts.bigramPrior)) : fx;
    for (const t of decodeAll(m, heldFx, held.map((s) => s.tokens))) jack.push(t);
    opts.log?.(`fold ${f + 1}/${opts.folds} done`);
  }
  const extra = documentFeatures(fx, data.map((s) => s.tokens), jack, opts.window, opts.labelFeatures);
  const pass2 = penalizeOutside(trainPerceptron(data, src, { ...base, extra, onEpoch: opts.onEpoch }), opts.outsidePenalty ?? 0);
  opts.log?.('pass 2 trained');
  const pass1 = trainPerceptron(data, src, base);
  opts.log?.('pass 1 trained');
  return { pass1, pass2, window: opts.window, labelFeatures: opts.labelFeatures, prior: px?.prior, fx: px ? fx : undefined };
}

export function evaluate(models: NerModel | TwoPass, fx: FeatureExtractor, sentences: readonly ConllSentence[]): NerScores {
  const toks = sentences.map((s) => s.tokens);
  const pred = models instanceof NerModel ? decodeAll(models, fx, toks) : tagDocument(models, models.fx ?? fx, toks);
  return scoreNer(
    sentences.map((s) => s.tags),
    pred,
  );
}

/** The deterministic dev split: the last `fraction` of sentences. */
export function splitDev<T>(sentences: readonly T[], fraction = 0.1): { train: T[]; dev: T[] } {
  const cut = Math.round(sentences.length * (1 - fraction));
  return { train: sentences.slice(0, cut), dev: sentences.slice(cut) };
}
