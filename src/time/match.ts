/**
 * Phrase lookup on the token view: which lexicon phrases start at a token, longest first, with
 * the clitics و ف (and then ب ل ك, لل → ال) allowed in front of the first word.
 */
import { lexicon, type Lex, type Marker } from './lexicon.js';
import type { TokenView } from './tokens.js';

export interface Hit {
  lex: Lex;
  /** Tokens [i, j). */
  i: number;
  j: number;
  /** Normalized characters of clitic stripped from token i. */
  skip: number;
}

export type HitOf<K extends Lex['k']> = Hit & { lex: Extract<Lex, { k: K }> };

/** Index of the first two code units of `w` in `firstPairs` (a cheap filter before the set lookup). */
function pairOf(w: string): number {
  return ((w.charCodeAt(0) & 0xff) << 8) | (w.length > 1 ? w.charCodeAt(1) & 0xff : 0);
}

let pairs: Uint8Array | null = null;
let index: Map<string, readonly Lex[]> | null = null;
let maxLen = 1;
/** First words of the phrases of two or more words. */
let multiFirst: Set<string> | null = null;

/** Every phrase prefix of the lexicon → the phrases it completes (empty when it is only a prefix): one lookup per key. */
function keyIndex(): Map<string, readonly Lex[]> {
  if (index) return index;
  const lex = lexicon();
  const m = new Map<string, readonly Lex[]>();
  for (const key of lex.prefixes) m.set(key, lex.phrases.get(key) ?? NONE_LEX);
  maxLen = lex.maxLen;
  multiFirst = new Set<string>();
  for (const key of lex.prefixes) {
    const sp = key.indexOf(' ');
    if (sp > 0) multiFirst.add(key.slice(0, sp));
  }
  return (index = m);
}
const NONE_LEX: readonly Lex[] = [];

/** 1 at `pairOf(key)` for every lexicon key prefix: a word whose pair is 0 starts no phrase. */
function firstPairs(): Uint8Array {
  if (pairs) return pairs;
  const p = new Uint8Array(0x10000);
  for (const key of lexicon().prefixes) p[pairOf(key)] = 1;
  return (pairs = p);
}

/** A way token text can start lexicon phrases: `w` (the text, maybe without clitics) is a key or key prefix. */
interface Start {
  w: string;
  skip: number;
  /** Phrases that are just `w`. */
  list: readonly Lex[];
  /** Whether longer phrases start with `w` and a space. */
  more: boolean;
}

const NO_STARTS: readonly Start[] = [];
/** Starts by token text, with and without clitic stripping (token texts repeat across calls; bounded). */
const startCache = [new Map<string, readonly Start[]>(), new Map<string, readonly Start[]>()];
const START_CACHE_MAX = 20000;

function startsOf(t: string, clitics: boolean): readonly Start[] {
  // Slices of 13+ code units keep their whole text alive: not cached.
  if (t.length >= 13) return computeStarts(t, clitics);
  const cache = startCache[clitics ? 1 : 0]!;
  let r = cache.get(t);
  if (r === undefined) {
    r = computeStarts(t, clitics);
    if (cache.size >= START_CACHE_MAX) cache.clear();
    cache.set(t, r);
  }
  return r;
}

/** The forms of `t` to look up, in order: the word, without و/ف, then each without ب/ل/ك (لل → ال). */
function computeStarts(t: string, clitics: boolean): readonly Start[] {
  const out: Start[] = [];
  addStart(out, t, 0);
  if (clitics) {
    const c0 = t.charCodeAt(0);
    const conj = t.length > 2 && (c0 === 0x0648 || c0 === 0x0641);
    const b1 = conj ? t.slice(1) : '';
    if (conj) addStart(out, b1, 1);
    addProclitic(out, t, 0);
    if (conj) addProclitic(out, b1, 1);
  }
  return out.length ? out : NO_STARTS;
}

function addProclitic(out: Start[], b: string, k: number): void {
  const c0 = b.charCodeAt(0);
  if (b.length > 3 && c0 === 0x0644 && b.charCodeAt(1) === 0x0644) addStart(out, 'ا' + b.slice(1), k + 1);
  else if (b.length > 2 && (c0 === 0x0628 || c0 === 0x0644 || c0 === 0x0643)) addStart(out, b.slice(1), k + 1);
}

function addStart(out: Start[], w: string, skip: number): void {
  if (!firstPairs()[pairOf(w)]) return;
  const list = keyIndex().get(w);
  if (list === undefined) return;
  out.push({ w, skip, list, more: multiFirst!.has(w) });
}

/** The empty hit list (shared; never pushed to). */
const NONE: Hit[] = [];

function byLengthThenSkip(a: Hit, b: Hit): number {
  return b.j - a.j || a.skip - b.skip;
}

export class Matcher {
  private cache: (Hit[] | undefined)[] = [];
  private cacheNo: (Hit[] | undefined)[] = [];
  constructor(readonly v: TokenView) {}

  get n(): number {
    return this.v.tokens.length;
  }

  /** All lexicon hits starting at token i, longest first (clitic-stripped hits after plain ones of equal length). */
  hits(i: number, clitics = true): Hit[] {
    const store = clitics ? this.cache : this.cacheNo;
    const c = store[i];
    if (c) return c;
    let out: Hit[] = NONE;
    const toks = this.v.tokens;
    const tok = toks[i];
    if (tok && tok.kind !== 'num') {
      const starts = startsOf(tok.t, clitics && tok.kind === 'word');
      if (starts.length) {
        out = [];
        const lim = Math.min(maxLen, toks.length - i);
        for (const st of starts) {
          for (const l of st.list) out.push({ lex: l, i, j: i + 1, skip: st.skip });
          if (!st.more) continue;
          let key = st.w;
          for (let len = 2; len <= lim; len++) {
            key += ' ' + toks[i + len - 1]!.t;
            const list = keyIndex().get(key);
            if (list === undefined) break;
            for (const l of list) out.push({ lex: l, i, j: i + len, skip: st.skip });
          }
        }
        // longest first; among equals, plain before clitic-stripped
        if (out.length > 1) out.sort(byLengthThenSkip);
      }
    }
    store[i] = out;
    return out;
  }

  /** The longest hit of kind `k` at i (optionally filtered). */
  get<K extends Lex['k']>(i: number, k: K, pred?: (l: Extract<Lex, { k: K }>) => boolean, clitics = true): HitOf<K> | null {
    for (const h of this.hits(i, clitics)) {
      if (h.lex.k === k && (!pred || pred(h.lex as Extract<Lex, { k: K }>))) return h as HitOf<K>;
    }
    return null;
  }

  marker(i: number, m: Marker | Marker[], clitics = true): Hit | null {
    if (typeof m === 'string') {
      for (const h of this.hits(i, clitics)) if (h.lex.k === 'marker' && h.lex.m === m) return h;
      return null;
    }
    for (const h of this.hits(i, clitics)) if (h.lex.k === 'marker' && m.includes(h.lex.m)) return h;
    return null;
  }

  tok(i: number) {
    return this.v.tokens[i];
  }

  isPunct(i: number, chars: string): boolean {
    const t = this.v.tokens[i];
    return !!t && t.kind === 'punct' && chars.includes(t.t);
  }

  isWord(i: number, w: string): boolean {
    const t = this.v.tokens[i];
    return !!t && t.kind === 'word' && t.t === w;
  }

  num(i: number): number | null {
    const t = this.v.tokens[i];
    return t && t.kind === 'num' ? t.n! : null;
  }
}
