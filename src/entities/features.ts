/**
 * Feature extraction for the NER tagger. A feature is a 32-bit hash of (template, value). Word-level
 * features are computed once per distinct word form and cached; context features combine the cached
 * hashes of neighbouring words. The output for a sentence is a flat list of hashes with per-token offsets.
 */
import { normalizeText } from '../text/normalize.js';
import { splitWord } from './clitics.js';
import { fmix32, hashString, mix } from '../text/hash.js';
import { spanGazetteers, TRIGGER_CLASSES, type Gazetteer, type Lexicon, type WordPrior } from './lexicon.js';

/** Bumped whenever templates change: a model records the version it was trained with. */
export const FEATURE_VERSION = 5;

// Template ids (hash seeds). Never renumber without bumping FEATURE_VERSION.
const T = {
  bias: 0, norm: 1, core: 2, stem: 3, pre: 4, suf: 5, p1: 6, p2: 7, p3: 8, p4: 9, s1: 10, s2: 11, s3: 12, s4: 13,
  shape: 14, len: 15, trig: 16, cs2: 17, cs3: 18, cp2: 19, cp3: 20, def: 21, raw: 22,
  n_1: 30, n_2: 31, n1: 32, n2: 33, c_1: 34, c1: 35, t_1: 36, t_2: 37, t1: 38, t2: 39, bi_1: 40, bi1: 41,
  shapes: 42, gaz0: 43, gaz_1: 44, gaz1: 45, bos: 46, eos: 47, sf_1: 48, sf1: 49, gazlen: 50, bi_2: 51,
  unseen: 81, prtype: 83,
  // word clusters (see clusters.ts): the word's path prefixes, its core's, a neighbour's (-1, +1)
  cl: 52, clc: 60, cl_1: 68, cl1: 70, clnone: 72,
} as const;

/** Path prefix lengths of a word's cluster used as features (a path shorter than a length gives its whole path). */
export const CLUSTER_PREFIXES = [4, 6, 8, 10, 12, 16];
/** Prefix lengths of the core's cluster, and of a neighbour's cluster. */
const CORE_PREFIXES = [6, 10, 16];
const CTX_PREFIXES = [6, 16];

export interface WordInfo {
  norm: string;
  /** The word without proclitics and article (the key for document-level memory). */
  core: string;
  /** Forms to try as the first word of a gazetteer name. */
  keys: string[];
  /** Hashes of the features describing the word itself. */
  own: number[];
  /** The subset of `own` that names the word itself (form, core, stem). */
  identity: number[];
  normH: number;
  coreH: number;
  suf2H: number;
  shape: number;
  trig: number;
  /** Hashes of the word's cluster prefixes (`CTX_PREFIXES`) for its neighbours' features; empty without clusters. */
  clH: number[];
  /** Features this word gives a neighbour: as the word before (-1), two before (-2), after (+1), two after (+2). */
  ctx: [number[], number[], number[], number[]];
  /** Scoring caches of the tagger (per model), kept with the word. */
  vectors?: Float32Array[];
  /** Gazetteer candidates starting at this word, per gazetteer of the extractor (lazily filled). */
  gazCands?: (string[][] | null)[];
}

function contextFeatures(w: { normH: number; coreH: number; suf2H: number; trig: number; clH: number[] }): [number[], number[], number[], number[]] {
  const p1 = [mix(w.normH, T.n_1), mix(w.coreH, T.c_1), mix(w.suf2H, T.sf_1)];
  const p2 = [mix(w.normH, T.n_2)];
  const n1 = [mix(w.normH, T.n1), mix(w.coreH, T.c1), mix(w.suf2H, T.sf1)];
  const n2 = [mix(w.normH, T.n2)];
  for (const h of w.clH) {
    p1.push(mix(h, T.cl_1));
    n1.push(mix(h, T.cl1));
  }
  for (let b = 0; b < TRIGGER_CLASSES.length; b++) {
    if (!(w.trig & (1 << b))) continue;
    p1.push(mix(b + 1, T.t_1));
    p2.push(mix(b + 1, T.t_2));
    n1.push(mix(b + 1, T.t1));
    n2.push(mix(b + 1, T.t2));
  }
  return [p1, p2, n1, n2];
}

/** The feature every word has (the per-label bias). */
export const BIAS_FEATURE = hashString('', T.bias);

const BOS = 0x5bd1e995;
const EOS = 0x1b873593;
const BOS_N_1 = mix(BOS, T.n_1);
const BOS_N_2 = mix(BOS, T.n_2);
const EOS_N1 = mix(EOS, T.n1);
const EOS_N2 = mix(EOS, T.n2);
const BOS_F = mix(1, T.bos);
const EOS_F = mix(1, T.eos);

/** The features of a sentence split for fast scoring: word-level parts live in `infos`, the rest per token. */
export interface SentenceParts {
  infos: WordInfo[];
  /** Token-level features (bigrams, shapes, gazetteers, boundaries, extra): `feats[offs[i] .. offs[i+1])`. */
  feats: Uint32Array;
  offs: Int32Array;
}


const ARABIC = /^[\u0621-\u064a\u0671-\u06d3]+$/;
const HAS_ARABIC = /[\u0621-\u064a\u0671-\u06d3]/;
const LATIN = /^[A-Za-z]+$/;
const DIGITS = /^[0-9]+([.,][0-9]+)*$/;
const HAS_DIGIT = /[0-9]/;
const PUNCT = /^[\p{P}\p{S}]+$/u;

export function shapeOf(w: string): number {
  if (ARABIC.test(w)) return 1;
  if (LATIN.test(w)) return w[0]! <= 'Z' ? 2 : 3;
  if (DIGITS.test(w)) return 4;
  if (PUNCT.test(w)) return 5;
  if (HAS_ARABIC.test(w)) return HAS_DIGIT.test(w) ? 6 : 7;
  if (HAS_DIGIT.test(w)) return 8;
  return 9;
}

/** `hashString(s.slice(from, to), seed)` without making the slice. */
export function hashRange(s: string, from: number, to: number, seed: number): number {
  let h = (0x811c9dc5 ^ Math.imul(seed + 1, 0x9e3779b1)) >>> 0;
  for (let i = from; i < to; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return fmix32(h);
}

/**
 * A copy of `s` that shares no memory with the string it was sliced from. Token texts are slices of
 * their article's text; a cache keyed on them (or holding strings derived from them) would otherwise
 * keep whole articles alive. V8 copies slices shorter than 13 code units anyway (no sliced string).
 */
export function detachString(s: string): string {
  return s.length < 13 ? s : Buffer.from(s, 'utf16le').toString('utf16le');
}

const PRE_T = [T.p1, T.p2, T.p3, T.p4];
const SUF_T = [T.s1, T.s2, T.s3, T.s4];
const DEF_FEATURE = hashString('1', T.def);

/** Cached word infos are dropped all at once past this many distinct words. */
const CACHE_LIMIT = 300_000;

export class FeatureExtractor {
  private cache = new Map<string, WordInfo>();
  private unkCache = new Map<string, WordInfo>();
  private readonly lex: Lexicon;
  private readonly gaz: Gazetteer[];
  private readonly gazCodes: number[];
  private readonly prior: WordPrior | undefined;
  /** Word-pair prior features (see `WordPrior.pairMode`; 0 = none). */
  private readonly pairPrior: number;

  /**
   * `extra` gazetteers are matched like the lexicon's; each name gives its own feature family. `prior`
   * (what the training data tagged each word as, see `buildPrior`) adds the "seen in training as" features.
   */
  constructor(lex: Lexicon, extra: Record<string, Gazetteer> = {}, prior?: WordPrior) {
    this.lex = lex;
    this.prior = prior;
    this.pairPrior = prior?.pairMode ?? 0;
    const spans = prior ? spanGazetteers(prior) : {};
    const all: [string, Gazetteer][] = [...Object.entries(lex.gazetteers), ...Object.entries(extra), ...Object.entries(spans)].filter(
      (e): e is [string, Gazetteer] => e[1] !== undefined,
    );
    all.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    this.gaz = all.map((e) => e[1]);
    this.gazCodes = all.map((e) => hashString(e[0]));
  }

  /**
   * The word as an unknown word: only its spelling features (affixes, shape, triggers), no identity.
   * Used in training (word dropout) so the model learns to rely on context for unseen words.
   */
  unknown(raw: string): WordInfo {
    let wi = this.unkCache.get(raw);
    if (wi) return wi;
    if (this.unkCache.size > CACHE_LIMIT) this.unkCache.clear();
    const full = this.info(raw);
    const ident = new Set(full.identity);
    const unk = hashString('<unk>' + full.shape, 96);
    const base = { ...full, own: full.own.filter((h) => !ident.has(h)), identity: [], normH: unk, coreH: unk, vectors: undefined };
    wi = { ...base, ctx: contextFeatures(base) };
    this.unkCache.set(detachString(raw), wi);
    return wi;
  }

  info(raw: string): WordInfo {
    const hit = this.cache.get(raw);
    if (hit) return hit;
    if (this.cache.size > CACHE_LIMIT) this.cache.clear();
    const key = detachString(raw);
    const n = normalizeText(key);
    const p = splitWord(n);
    const core = p.core;
    const identity = [hashString(n, T.norm), hashString(core, T.core), hashString(p.stem, T.stem)];
    if (key !== n) identity.push(hashString(key, T.raw));
    // The order of `own` is the order the tagger adds weights in: keep it.
    const own: number[] = [BIAS_FEATURE];
    for (let k = 0; k < identity.length; k++) own.push(identity[k]!);
    own.push(hashString(p.pre, T.pre), hashString(p.suf, T.suf));
    if (p.def) own.push(DEF_FEATURE);
    const len = n.length;
    for (let k = 1; k <= 4; k++) {
      if (len > k) {
        own.push(hashRange(n, 0, k, PRE_T[k - 1]!));
        own.push(hashRange(n, len - k, len, SUF_T[k - 1]!));
      }
    }
    const cl = core.length;
    if (cl > 2) own.push(hashRange(core, cl - 2, cl, T.cs2), hashRange(core, 0, 2, T.cp2));
    if (cl > 3) own.push(hashRange(core, cl - 3, cl, T.cs3), hashRange(core, 0, 3, T.cp3));
    const shape = shapeOf(n);
    own.push(mix(shape, T.shape), mix(Math.min(len, 8), T.len));
    const trig = this.lex.triggers.get(n) ?? this.lex.triggers.get(core) ?? 0;
    for (let b = 0; b < TRIGGER_CLASSES.length; b++) if (trig & (1 << b)) own.push(mix(b + 1, T.trig));
    if (this.prior) {
      priorFeatures(this.prior.counts.get(n), 0, own);
      priorFeatures(this.prior.counts.get('c:' + core), 1, own);
    }
    const clH: number[] = [];
    const clusters = this.lex.clusters;
    if (clusters) {
      const path = clusters.get(n);
      // the clitic-free word's cluster: without a conjunction (وبغداد → بغداد), without the proclitics
      // (بالعراق → العراق), or the core
      let corePath: string | undefined;
      const noConj = len > 3 && (n.charCodeAt(0) === 0x648 || n.charCodeAt(0) === 0x641) ? n.slice(1) : '';
      const cfKey = p.def ? 'ال' + core : core;
      if (noConj) corePath = clusters.get(noConj);
      if (corePath === undefined && cfKey !== n) corePath = clusters.get(cfKey);
      if (corePath === undefined && core !== n && core !== cfKey) corePath = clusters.get(core);
      if (path !== undefined) {
        for (let k = 0; k < CLUSTER_PREFIXES.length; k++) own.push(hashRange(path, 0, Math.min(path.length, CLUSTER_PREFIXES[k]!), T.cl + k));
      }
      if (corePath !== undefined) {
        for (let k = 0; k < CORE_PREFIXES.length; k++) own.push(hashRange(corePath, 0, Math.min(corePath.length, CORE_PREFIXES[k]!), T.clc + k));
      }
      const ctxPath = path ?? corePath;
      if (ctxPath === undefined) own.push(mix(1, T.clnone));
      else for (let k = 0; k < CTX_PREFIXES.length; k++) clH.push(hashRange(ctxPath, 0, Math.min(ctxPath.length, CTX_PREFIXES[k]!), 100 + k));
    }
    const noPrep = p.def ? 'ال' + core : core;
    const keys = [n];
    if (noPrep !== n) keys.push(noPrep);
    if (core !== n && core !== noPrep) keys.push(core);
    const normH = hashString(n, 99);
    const coreH = hashString(core, 98);
    const suf2H = len > 2 ? hashRange(n, len - 2, len, 97) : hashString(n, 97);
    // every field set here, in one order, so all infos share one object shape
    const wi: WordInfo = {
      norm: n,
      core,
      keys,
      own,
      identity,
      normH,
      coreH,
      suf2H,
      shape,
      trig,
      clH,
      ctx: contextFeatures({ normH, coreH, suf2H, trig, clH }),
      vectors: undefined,
      gazCands: undefined,
    };
    this.cache.set(key, wi);
    return wi;
  }

  /** Gazetteer matches: for each token, per gazetteer type, 0 = none, 1 = begins a name, 2 = inside one. */
  gazetteerTags(infos: WordInfo[]): Uint8Array[] {
    const out: Uint8Array[] = [];
    for (let k = 0; k < this.gaz.length; k++) out.push(matchGazetteer(this.gaz[k]!, infos, k));
    return out;
  }

  /** Word infos and token-level features of a sentence (see `SentenceParts`). */
  parts(
    tokens: readonly string[],
    unknownMask?: Uint8Array,
    extra?: readonly (readonly number[] | undefined)[],
  ): SentenceParts {
    const n = tokens.length;
    const infos = new Array<WordInfo>(n);
    for (let i = 0; i < n; i++) infos[i] = unknownMask && unknownMask[i] ? this.unknown(tokens[i]!) : this.info(tokens[i]!);
    const gaz = this.gazetteerTags(infos);
    const G = gaz.length;
    // at most 7 own features + 3 per gazetteer per token, plus the extra ones: no growth needed
    let size = n * (7 + 3 * G + (this.pairPrior ? 10 : 0));
    if (extra) for (let i = 0; i < n; i++) size += extra[i]?.length ?? 0;
    const out = new Uint32Array(size);
    let k = 0;
    const offs = new Int32Array(n + 1);
    const codes = this.gazCodes;
    for (let i = 0; i < n; i++) {
      offs[i] = k;
      const w = infos[i]!;
      const ex = extra ? extra[i] : undefined;
      if (ex) for (let e = 0; e < ex.length; e++) out[k++] = ex[e]!;
      const p1 = i > 0 ? infos[i - 1]! : null;
      const p2 = i > 1 ? infos[i - 2]! : null;
      const n1 = i + 1 < n ? infos[i + 1]! : null;
      if (p1) out[k++] = mix(mix(p1.normH, w.normH), T.bi_1);
      else {
        out[k++] = BOS_N_1;
        out[k++] = BOS_F;
      }
      if (!p2) out[k++] = BOS_N_2;
      if (n1) out[k++] = mix(mix(w.normH, n1.normH), T.bi1);
      else {
        out[k++] = EOS_N1;
        out[k++] = EOS_F;
      }
      if (i + 2 >= n) out[k++] = EOS_N2;
      if (p1 && p2) out[k++] = mix(mix(p2.normH, p1.normH), T.bi_2);
      out[k++] = mix(((p1 ? p1.shape : 0) * 16 + w.shape) * 16 + (n1 ? n1.shape : 0), T.shapes);
      if (this.pairPrior) {
        if (p1) k = pairFeatures(this.prior!.counts.get(`b ${p1.norm} ${w.norm}`), 2, out, k, this.pairPrior === 2);
        if (n1) k = pairFeatures(this.prior!.counts.get(`b ${w.norm} ${n1.norm}`), 3, out, k, this.pairPrior === 2);
      }
      for (let g = 0; g < G; g++) {
        const tags = gaz[g]!;
        const code = codes[g]!;
        if (tags[i]) out[k++] = mix(code + tags[i]!, T.gaz0);
        if (i > 0 && tags[i - 1]) out[k++] = mix(code + tags[i - 1]!, T.gaz_1);
        if (i + 1 < n && tags[i + 1]) out[k++] = mix(code + tags[i + 1]!, T.gaz1);
      }
    }
    offs[n] = k;
    return { infos, feats: out.subarray(0, k), offs };
  }

  /** Features of a sentence: `feats[offs[i] .. offs[i+1])` are token i's feature hashes. */
  extract(
    tokens: readonly string[],
    unknownMask?: Uint8Array,
    extra?: readonly (readonly number[] | undefined)[],
  ): { feats: Uint32Array; offs: Int32Array } {
    const { infos, feats: tf, offs: to } = this.parts(tokens, unknownMask, extra);
    const n = tokens.length;
    const out: number[] = [];
    const offs = new Int32Array(n + 1);
    for (let i = 0; i < n; i++) {
      offs[i] = out.length;
      for (const h of infos[i]!.own) out.push(h);
      if (i > 0) for (const h of infos[i - 1]!.ctx[0]) out.push(h);
      if (i > 1) for (const h of infos[i - 2]!.ctx[1]) out.push(h);
      if (i + 1 < n) for (const h of infos[i + 1]!.ctx[2]) out.push(h);
      if (i + 2 < n) for (const h of infos[i + 2]!.ctx[3]) out.push(h);
      for (let k = to[i]!; k < to[i + 1]!; k++) out.push(tf[k]!);
    }
    offs[n] = out.length;
    return { feats: Uint32Array.from(out), offs };
  }
}

/**
 * Features of what the training data said about a word (`kind` 0 = its form, 1 = its core): unseen, or
 * each type (O included) it was seen as, with its share in four levels (< 1/3, < 2/3, < 1, all).
 */
function priorFeatures(c: readonly number[] | undefined, kind: number, out: number[]): void {
  let total = 0;
  if (c) for (const v of c) total += v;
  if (!c || total === 0) {
    out.push(mix(kind, T.unseen));
    return;
  }
  for (let t = 0; t < c.length; t++) {
    const v = c[t]!;
    if (!v) continue;
    const r = v / total;
    const level = r < 0.34 ? 1 : r < 0.67 ? 2 : r < 1 ? 3 : 4;
    out.push(mix((kind * 8 + t) * 8 + level, T.prtype));
  }
}

/** `priorFeatures` of a word pair, written into `out` at `k`; returns the new end. */
function pairFeatures(c: readonly number[] | undefined, kind: number, out: Uint32Array, k: number, entityOnly: boolean): number {
  if (entityOnly) {
    if (!c) return k;
    let total = 0;
    for (const v of c) total += v;
    for (let t = 1; t < c.length; t++) {
      const v = c[t]!;
      if (!v) continue;
      const r = v / total;
      out[k++] = mix((kind * 8 + t) * 8 + (r < 0.34 ? 1 : r < 0.67 ? 2 : r < 1 ? 3 : 4), T.prtype);
    }
    return k;
  }
  const tmp: number[] = [];
  priorFeatures(c, kind, tmp);
  for (const h of tmp) out[k++] = h;
  return k;
}

/** Longest-match gazetteer lookup over a sentence (first word may carry clitics). */
export function matchGazetteer(g: Gazetteer, infos: readonly WordInfo[], cacheSlot = -1): Uint8Array {
  const n = infos.length;
  const tags = new Uint8Array(n);
  let i = 0;
  while (i < n) {
    let best = 0;
    const wi = infos[i]!;
    let cands: string[][] | null | undefined = cacheSlot >= 0 ? wi.gazCands?.[cacheSlot] : undefined;
    if (cands === undefined) {
      const all: string[][] = [];
      for (const key of wi.keys) {
        const c = g.byFirst.get(key);
        if (c) for (const x of c) all.push(x);
      }
      cands = all.length ? all : null;
      if (cacheSlot >= 0) (wi.gazCands ??= [])[cacheSlot] = cands;
    }
    if (cands) {
      for (const c of cands) {
        if (c.length <= best || i + c.length > n) continue;
        let ok = true;
        for (let k = 1; k < c.length; k++) {
          if (infos[i + k]!.norm !== c[k]) {
            ok = false;
            break;
          }
        }
        if (ok) best = c.length;
      }
    }
    if (best) {
      tags[i] = 1;
      for (let k = 1; k < best; k++) tags[i + k] = 2;
      i += best;
    } else i++;
  }
  return tags;
}

/** Exposed for tests: the normalized form the extractor uses. */
export function featureForm(raw: string): string {
  return normalizeText(raw);
}
