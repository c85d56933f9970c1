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

function variants(t: string): [string, number][] {
  const out: [string, number][] = [[t, 0]];
  const bases: [string, number][] = [[t, 0]];
  const c0 = t[0];
  if (t.length > 2 && (c0 === 'و' || c0 === 'ف')) {
    out.push([t.slice(1), 1]);
    bases.push([t.slice(1), 1]);
  }
  for (const [b, k] of bases) {
    if (b.length > 3 && b.startsWith('لل')) out.push(['ا' + b.slice(1), k + 1]);
    else if (b.length > 2 && (b[0] === 'ب' || b[0] === 'ل' || b[0] === 'ك')) out.push([b.slice(1), k + 1]);
  }
  return out;
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
    const out: Hit[] = [];
    const toks = this.v.tokens;
    if (i < toks.length && toks[i]!.kind !== 'num') {
      const { phrases, prefixes, maxLen } = lexicon();
      const vars = clitics && toks[i]!.kind === 'word' ? variants(toks[i]!.t) : [[toks[i]!.t, 0] as [string, number]];
      const lim = Math.min(maxLen, toks.length - i);
      for (const [w, skip] of vars) {
        let key = w;
        for (let len = 1; len <= lim; len++) {
          if (len > 1) key += ' ' + toks[i + len - 1]!.t;
          if (!prefixes.has(key)) break;
          const list = phrases.get(key);
          if (list) for (const lex of list) out.push({ lex, i, j: i + len, skip });
        }
      }
      // longest first; among equals, plain before clitic-stripped
      out.sort((a, b) => b.j - a.j || a.skip - b.skip);
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
