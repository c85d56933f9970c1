/**
 * The named-entity tagger. `loadTagger()` reads the committed model once (two linear models: a
 * sentence-level first pass and a second pass that also sees what the first pass found in nearby
 * sentences). `tag(tokens)` returns BIO labels (`O`, `B-PERS`, `I-ORG`, ...) for one sentence;
 * `tagDocument(sentences)` tags an article's sentences in order, so names found in one sentence
 * help in the others. Tokens are in ANERcorp-style tokenization (punctuation split off, clitics attached).
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { RasidError } from '../doc/errors.js';
import { dataPath } from '../data/paths.js';
import { documentFeatures } from './doc-memory.js';
import { FEATURE_VERSION, FeatureExtractor, type SentenceParts, type WordInfo } from './features.js';
import { parseClusters } from './clusters.js';
import { loadLexicon, parsePrior, type Lexicon, type WordPrior } from './lexicon.js';
import { loadModel, readHeader, type NerModel } from './model.js';
import { viterbi } from './viterbi.js';

export interface Tagger {
  readonly labels: readonly string[];
  /** BIO labels for one sentence. */
  tag(tokens: readonly string[]): string[];
  /** BIO labels for the sentences of one document, in order. */
  tagDocument(sentences: readonly (readonly string[])[]): string[][];
}

/** Word vectors per shared block (a block lives while any word cached with it does). */
const CHUNK_WORDS = 256;

/** A tagger over in-memory models; without `pass2` it is a one-pass tagger. */
export function createTagger(
  pass1: NerModel,
  pass2: NerModel | null = null,
  memory: { window: number; labelFeatures?: boolean } = { window: 10 },
  fx: FeatureExtractor = new FeatureExtractor(loadLexicon()),
): Tagger {
  const L = pass1.L;
  let emit = new Float32Array(256 * L);
  let back = new Int32Array(256 * L);
  let path = new Int32Array(256);
  // Word-level weight sums, cached on the word's info per model: [own, as -1, as -2, as +1, as +2] × L.
  const slotOf = new Map<NerModel, number>();
  let chunk = new Float32Array(0);
  let chunkUsed = 0;
  const vectorOf = (model: NerModel, slot: number, wi: WordInfo): Float32Array => {
    const vs = (wi.vectors ??= []);
    let v = vs[slot];
    if (!v) {
      // word vectors are carved from shared blocks: one small ArrayBuffer per word is slow to make and to collect
      if (chunkUsed + 5 * L > chunk.length) {
        chunk = new Float32Array(CHUNK_WORDS * 5 * L);
        chunkUsed = 0;
      }
      v = chunk.subarray(chunkUsed, chunkUsed + 5 * L);
      chunkUsed += 5 * L;
      model.addWeights(wi.own, v, 0);
      for (let k = 0; k < 4; k++) model.addWeights(wi.ctx[k]!, v, (k + 1) * L);
      vs[slot] = v;
    }
    return v;
  };
  let vecs: Float32Array[] = [];
  let exBuf = new Uint32Array(64);
  /**
   * One pass over a sentence. The sentence's features (`parts`) are the same in both passes, so they are
   * computed once; the second pass's document features (`extra`) are scored before the token's other
   * features, the order `fx.parts(tokens, undefined, extra)` would put them in (same float sums).
   */
  const run = (model: NerModel, sp: SentenceParts, extra?: readonly (readonly number[])[]): string[] => {
    const n = sp.infos.length;
    if (n === 0) return [];
    if (n > path.length) {
      emit = new Float32Array(n * L);
      back = new Int32Array(n * L);
      path = new Int32Array(n);
    }
    let slot = slotOf.get(model);
    if (slot === undefined) slotOf.set(model, (slot = slotOf.size));
    const { infos, feats, offs } = sp;
    if (vecs.length < n) vecs = new Array<Float32Array>(n);
    for (let i = 0; i < n; i++) vecs[i] = vectorOf(model, slot, infos[i]!);
    for (let i = 0; i < n; i++) {
      const base = i * L;
      const own = vecs[i]!;
      // the same additions in the same order as always (float32 sums), so scores are bit-identical
      for (let c = 0; c < L; c++) emit[base + c] = own[c]!;
      for (let d = 1; d <= 4; d++) {
        const j = d === 1 ? i - 1 : d === 2 ? i - 2 : d === 3 ? i + 1 : i + 2;
        if (j < 0 || j >= n) continue;
        const v = vecs[j]!;
        const o = d * L;
        for (let c = 0; c < L; c++) emit[base + c]! += v[o + c]!;
      }
      const ex = extra ? extra[i] : undefined;
      if (ex && ex.length) {
        // through a Uint32Array, as `fx.parts` stores them, so the hashes looked up are the same
        if (exBuf.length < ex.length) exBuf = new Uint32Array(ex.length * 2);
        for (let e = 0; e < ex.length; e++) exBuf[e] = ex[e]!;
        model.addRange(exBuf, 0, ex.length, emit, base);
      }
      model.addRange(feats, offs[i]!, offs[i + 1]!, emit, base);
    }
    viterbi(emit, n, L, model.trans, model.allowed, path, back);
    const out = new Array<string>(n);
    for (let i = 0; i < n; i++) out[i] = model.labels[path[i]!]!;
    return out;
  };
  const tagDocument = (sentences: readonly (readonly string[])[]): string[][] => {
    const parts = sentences.map((s) => fx.parts(s));
    const first = parts.map((sp) => run(pass1, sp));
    if (!pass2) return first;
    const extra = documentFeatures(fx, sentences, first, memory.window, memory.labelFeatures);
    return parts.map((sp, i) => run(pass2, sp, extra[i]));
  };
  return {
    labels: pass1.labels,
    tag: (tokens) => tagDocument([tokens])[0]!,
    tagDocument,
  };
}

function readPrior(path: string): WordPrior {
  try {
    return parsePrior(readFileSync(path, 'utf8'));
  } catch {
    throw new RasidError('E_MODEL_MISSING', { path });
  }
}

function readClusters(path: string): Map<string, string> {
  try {
    return parseClusters(readFileSync(path, 'utf8'));
  } catch {
    throw new RasidError('E_MODEL_MISSING', { path });
  }
}

const cache = new Map<string, Tagger>();

/** The default model: `ner.model` in the folder `RASID_NER_MODEL` names (a model built with `train:ner --model-dir`), else in `data/models`. */
export function defaultModelBase(): string {
  const dir = process.env.RASID_NER_MODEL;
  return dir ? join(resolve(dir), 'ner.model') : dataPath('models', 'ner.model');
}

/** Load the model at `base` (default: `defaultModelBase()`) and its first pass, cached per process. */
export function loadTagger(base: string = defaultModelBase()): Tagger {
  let t = cache.get(base);
  if (!t) {
    const header = readHeader(base, FEATURE_VERSION);
    const main = loadModel(base, FEATURE_VERSION);
    const lex: Lexicon = header.clusters ? { ...loadLexicon(), clusters: readClusters(join(dirname(base), header.clusters)) } : loadLexicon();
    const fx = new FeatureExtractor(lex, {}, header.prior ? readPrior(join(dirname(base), header.prior)) : undefined);
    if (header.pass1) {
      const p1 = loadModel(join(dirname(base), header.pass1), FEATURE_VERSION);
      t = createTagger(p1, main, { window: header.window ?? 10, labelFeatures: header.labelFeatures }, fx);
    } else t = createTagger(main, null, undefined, fx);
    cache.set(base, t);
  }
  return t;
}
