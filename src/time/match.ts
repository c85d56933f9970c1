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

/** 1 at `pairOf(key)` for every lexicon key prefix: a word whose pair is 0 starts no phrase. */
function firstPairs(): Uint8Array {
  if (pairs) return pairs;
  const p = new Uint8Array(0x10000);
  for (const key of lexicon().prefixes) p[pairOf(key)] = 1;
  return (pairs = p);
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
      out = [];
      const t = tok.t;
      this.collect(out, t, 0, i);
      if (clitics && tok.kind === 'word') {
        // the word, without و/ف, then each without ب/ل/ك (لل → ال)
        const c0 = t.charCodeAt(0);
        const conj = t.length > 2 && (c0 === 0x0648 || c0 === 0x0641);
        const b1 = conj ? t.slice(1) : '';
        if (conj) this.collect(out, b1, 1, i);
        this.collectProclitic(out, t, 0, i);
        if (conj) this.collectProclitic(out, b1, 1, i);
      }
      // longest first; among equals, plain before clitic-stripped
      if (out.length > 1) out.sort(byLengthThenSkip);
      else if (out.length === 0) out = NONE;
    }
    store[i] = out;
    return out;
  }

  private collectProclitic(out: Hit[], b: string, k: number, i: number): void {
    const c0 = b.charCodeAt(0);
    if (b.length > 3 && c0 === 0x0644 && b.charCodeAt(1) === 0x0644) this.collect(out, 'ا' + b.slice(1), k + 1, i);
    else if (b.length > 2 && (c0 === 0x0628 || c0 === 0x0644 || c0 === 0x0643)) this.collect(out, b.slice(1), k + 1, i);
  }

  /** Hits of the phrases that start with `w` (token i, `skip` clitic characters dropped) and go on with tokens i+1... */
  private collect(out: Hit[], w: string, skip: number, i: number): void {
    if (!firstPairs()[pairOf(w)]) return;
    const lex = lexicon();
    const toks = this.v.tokens;
    const lim = Math.min(lex.maxLen, toks.length - i);
    let key = w;
    for (let len = 1; len <= lim; len++) {
      if (len > 1) key += ' ' + toks[i + len - 1]!.t;
      if (!lex.prefixes.has(key)) break;
      const list = lex.phrases.get(key);
      if (list) for (const l of list) out.push({ lex: l, i, j: i + len, skip });
    }
  }

  /** The longest hit of kind `k` at i (optionally filtered). */
  get<K extends Lex['k']>(i: number, k: K, pred?: (l: Extract<Lex, { k: K }>) => boolean, clitics = true): HitOf<K> | null {
    for (const h of this.hits(i, clitics)) {
      if (h.lex.k === k && (!pred || pred(h.lex as Extract<Lex, { k: K }>))) return h as HitOf<K>;
    }
    return null;
  }

  marker(i: number, m: Marker | Marker[], clitics = true): Hit | null {
    const ms = Array.isArray(m) ? m : [m];
    for (const h of this.hits(i, clitics)) if (h.lex.k === 'marker' && ms.includes(h.lex.m)) return h;
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
