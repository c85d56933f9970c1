/**
 * Phrase lookup on the token view: which lexicon phrases start at a token, longest first, with
 * the clitics و ف (and then ب ل ك, لل → ال) allowed in front of the first word.
 *
 * The lexicon is a trie keyed by normalized token text (one map lookup per token, no key strings
 * built). What a token text can start (with and without clitics) is cached by text (bounded), and so
 * is its list of one-token hits at each of the first POS_CACHE positions of a text, so that lookups
 * there allocate nothing. Each position also gets bit masks (KIND, MARK) of the kinds and markers
 * found there, so a parser can ask "is there a month here" without walking the hits.
 */
import { grown } from './grown.js';
import { KIND, MARK, lexicon, type Lex, type LexOfBit } from './lexicon.js';
import { K_NUM, K_PUNCT, K_WORD, type TokenView } from './tokens.js';

export interface Hit {
  lex: Lex;
  /** Tokens [i, j). */
  i: number;
  j: number;
  /** Normalized characters of clitic stripped from token i. */
  skip: number;
}


export { KIND, MARK };

/** A trie node: the phrases that end here and the words that continue them. */
interface Node {
  lexes: readonly Lex[];
  kinds: number;
  markers: number;
  /** The nodes after this one, by continuation id of the next word (see `continuationId`). */
  next: Map<number, Node> | null;
}

let root: Map<string, Node> | null = null;
/** The words that continue phrases, by continuation id (the keys of `Node.next`). */
let continuationWords: string[] = [];

function trie(): Map<string, Node> {
  if (root) return root;
  const lex = lexicon();
  const top = new Map<string, Node>();
  const ids = new Map<string, number>();
  const idOf = (w: string): number => {
    let id = ids.get(w);
    if (id === undefined) {
      ids.set(w, (id = ids.size));
      continuationWords.push(w);
    }
    return id;
  };
  const node = (n0: Node | null, w: string): Node => {
    const m: Map<string | number, Node> = n0 ? (n0.next ??= new Map()) : top;
    const key = n0 ? idOf(w) : w;
    let n = m.get(key);
    if (!n) m.set(key, (n = { lexes: NONE_LEX, kinds: 0, markers: 0, next: null }));
    return n;
  };
  continuationWords = [];
  for (const [key, list] of lex.phrases) {
    const words = key.split(' ');
    let n = node(null, words[0]!);
    for (let k = 1; k < words.length; k++) n = node(n, words[k]!);
    n.lexes = list;
    for (const l of list) {
      n.kinds |= l.kb;
      n.markers |= l.mb;
    }
  }
  return (root = top);
}
const NONE_LEX: readonly Lex[] = [];

/** A way a token text can start lexicon phrases: its form `w` (maybe without clitics) is a trie word. */
interface Start {
  node: Node;
  skip: number;
}

/** What a token text starts: the ways, and the one-token hits they give at each position (built on first use). */
interface Starts {
  list: readonly Start[];
  /** Whether any way continues into longer phrases. */
  more: boolean;
  kinds: number;
  markers: number;
  /** One-token hits by position (positions below POS_CACHE). */
  at: (Hit[] | undefined)[];
}

/** Hit objects and lists kept in a matcher's pools across texts (more are dropped at the next reset). */
const POOL_KEEP = 1 << 16;
/** Positions whose one-token hit lists are kept per token text (the first words of a text; bounds the memory). */
const POS_CACHE = 32;
const NO_STARTS: Starts = { list: [], more: false, kinds: 0, markers: 0, at: [] };

/**
 * The first words of the lexicon's phrases as a trie of code units, so that a token's forms (with
 * and without clitics) are looked up by walking its characters: no key string, no hashing, and a
 * word that starts no phrase (most words of an article) is dropped after a character or two.
 */
interface CharTrie {
  /** State after the first code unit c, from the root (0: none; state 0 is the root). */
  root: Int32Array;
  /** Edges of state s: eChar/eTo[first[s], first[s + 1]) (states numbered depth first, so a word's states are adjacent). */
  first: Int32Array;
  eChar: Uint16Array;
  eTo: Int32Array;
  /** First-word index of a state (-1: none). */
  word: Int32Array;
  /** States with many edges (ال has dozens) look Arabic letters up directly: their row in `wideTo` (-1: none), by letter - WIDE_FROM. */
  wide: Int32Array;
  wideTo: Int32Array;
  /** Trie node of each first word. */
  nodes: Node[];
  /** State after ا (the لل → ال form), or 0. */
  alef: number;
}

let charTrie: CharTrie | null = null;
/** States with at least WIDE_EDGES edges get a direct row over the Arabic letters U+0620..U+064F. */
const WIDE_EDGES = 8;
const WIDE_FROM = 0x0620;
const WIDE_SPAN = 0x30;

function chars(): CharTrie {
  if (charTrie) return charTrie;
  const nodes: Node[] = [];
  const words: string[] = [];
  for (const [w, node] of trie()) {
    words.push(w);
    nodes.push(node);
  }
  const flat = flatTrie(words);
  return (charTrie = { ...flat, nodes, alef: flat.root[0x0627]! });
}

/** The words of the lexicon's phrases after their first, numbered (`continuationId`), and their trie. */
let continuation: CharTrie | null = null;

/** Index of the code units t[from, n) among the words that continue phrases, or -1. */
function continuationId(t: Uint16Array, from: number, n: number): number {
  if (!continuation) {
    chars();
    continuation = { ...flatTrie(continuationWords), nodes: [], alef: 0 };
  }
  return walk(continuation, t, from, n, 0);
}

/** A trie of code units over `words` (word index k at the state that ends words[k]), numbered depth first into flat arrays. */
function flatTrie(words: readonly string[]): Omit<CharTrie, 'nodes' | 'alef'> {
  // a plain trie first, then numbered depth first into flat arrays (small and cache-friendly)
  interface T {
    kids: Map<number, T>;
    word: number;
  }
  const top: T = { kids: new Map(), word: -1 };
  for (let wi = 0; wi < words.length; wi++) {
    const w = words[wi]!;
    let t = top;
    for (let k = 0; k < w.length; k++) {
      const c = w.charCodeAt(k);
      let u = t.kids.get(c);
      if (!u) t.kids.set(c, (u = { kids: new Map(), word: -1 }));
      t = u;
    }
    t.word = wi;
  }
  const order: T[] = [];
  const ids = new Map<T, number>();
  const visit = (t: T) => {
    ids.set(t, order.length);
    order.push(t);
    for (const c of [...t.kids.keys()].sort((x, y) => x - y)) visit(t.kids.get(c)!);
  };
  visit(top);
  const n = order.length;
  const first = new Int32Array(n + 1);
  const eChar = new Uint16Array(n);
  const eTo = new Int32Array(n);
  const word = new Int32Array(n).fill(-1);
  const root = new Int32Array(0x10000);
  let e = 0;
  order.forEach((t, s) => {
    first[s] = e;
    word[s] = t.word;
    for (const c of [...t.kids.keys()].sort((x, y) => x - y)) {
      eChar[e] = c;
      eTo[e] = ids.get(t.kids.get(c)!)!;
      if (s === 0) root[c] = eTo[e]!;
      e++;
    }
  });
  first[n] = e;
  const wide = new Int32Array(n).fill(-1);
  const rows: number[] = [];
  for (let st = 1; st < n; st++) {
    if (first[st + 1]! - first[st]! < WIDE_EDGES) continue;
    wide[st] = rows.length / WIDE_SPAN;
    const base = rows.length;
    for (let k = 0; k < WIDE_SPAN; k++) rows.push(0);
    for (let x = first[st]!; x < first[st + 1]!; x++) {
      const c = eChar[x]!;
      if (c >= WIDE_FROM && c < WIDE_FROM + WIDE_SPAN) rows[base + c - WIDE_FROM] = eTo[x]!;
    }
  }
  return { root, first, eChar, eTo, word, wide, wideTo: Int32Array.from(rows) };
}

/** First-word index of the code units t[from, n) read from `state` on, or -1. */
function walk(ct: CharTrie, t: Uint16Array, from: number, n: number, state: number): number {
  let st = state;
  let k = from;
  if (st === 0) {
    if (k >= n) return -1;
    st = ct.root[t[k++]!]!;
    if (st === 0) return -1;
  }
  const { first, eChar, eTo, wide } = ct;
  for (; k < n; k++) {
    const c = t[k]!;
    const row = wide[st]!;
    if (row >= 0 && c >= WIDE_FROM && c < WIDE_FROM + WIDE_SPAN) {
      st = ct.wideTo[row * WIDE_SPAN + c - WIDE_FROM]!;
      if (st === 0) return -1;
      continue;
    }
    let e = first[st]!;
    const end = first[st + 1]!;
    while (e < end && eChar[e] !== c) e++;
    if (e === end) return -1;
    st = eTo[e]!;
  }
  return ct.word[st]!;
}

/** The word t[off, n) without a proclitic ب ل ك (لل → ال): its first-word index, or -1. */
function walkProclitic(ct: CharTrie, t: Uint16Array, off: number, n: number): number {
  const c0 = t[off]!;
  if (n - off > 3 && c0 === 0x0644 && t[off + 1] === 0x0644) return ct.alef ? walk(ct, t, off + 1, n, ct.alef) : -1;
  if (n - off > 2 && (c0 === 0x0628 || c0 === 0x0644 || c0 === 0x0643)) return walk(ct, t, off + 1, n, 0);
  return -1;
}

/** Starts by the first-word indexes of a token's forms (token texts with the same forms share them). */
const startsByForms = new Map<number, Starts>();
/** Starts of a token text whose only form in the lexicon is the word itself, the word without و/ف, or without ب/ل/ك. */
const plainStarts: (Starts | undefined)[] = [];
const conjStarts: (Starts | undefined)[] = [];
const procliticStarts: (Starts | undefined)[] = [];

/**
 * What token text `t` starts: the lexicon's first words among its forms, in order: the word, without
 * و/ف, then each without ب/ل/ك (لل → ال); only the word itself when `clitics` is false.
 */
function startsOf(t: Uint16Array, from: number, n: number, clitics: boolean): Starts {
  const ct = chars();
  const w0 = walk(ct, t, from, n, 0);
  if (!clitics) {
    if (w0 < 0) return NO_STARTS;
    return (plainStarts[w0] ??= makeStarts([{ node: ct.nodes[w0]!, skip: 0 }]));
  }
  const c0 = t[from]!;
  const conj = n - from > 2 && (c0 === 0x0648 || c0 === 0x0641);
  const w1 = conj ? walk(ct, t, from + 1, n, 0) : -1;
  const p0 = walkProclitic(ct, t, from, n);
  const p1 = conj ? walkProclitic(ct, t, from + 1, n) : -1;
  if ((w0 & w1 & p0 & p1) === -1) return NO_STARTS;
  // one form only (the usual case): by its index, no key
  if ((w1 & p0 & p1) === -1) return (plainStarts[w0] ??= makeStarts([{ node: ct.nodes[w0]!, skip: 0 }]));
  if ((w0 & p0 & p1) === -1) return (conjStarts[w1] ??= makeStarts([{ node: ct.nodes[w1]!, skip: 1 }]));
  if ((w0 & w1 & p1) === -1) return (procliticStarts[p0] ??= makeStarts([{ node: ct.nodes[p0]!, skip: 1 }]));
  const base = ct.nodes.length + 1;
  const key = w0 + 1 + base * (w1 + 1 + base * (p0 + 1 + base * (p1 + 1)));
  let r = startsByForms.get(key);
  if (r === undefined) {
    const out: Start[] = [];
    if (w0 >= 0) out.push({ node: ct.nodes[w0]!, skip: 0 });
    if (w1 >= 0) out.push({ node: ct.nodes[w1]!, skip: 1 });
    if (p0 >= 0) out.push({ node: ct.nodes[p0]!, skip: 1 });
    if (p1 >= 0) out.push({ node: ct.nodes[p1]!, skip: 2 });
    startsByForms.set(key, (r = makeStarts(out)));
  }
  return r;
}

function makeStarts(out: Start[]): Starts {
  let more = false;
  let kinds = 0;
  let markers = 0;
  for (const s of out) {
    if (s.node.next) more = true;
    kinds |= s.node.kinds;
    markers |= s.node.markers;
  }
  return { list: out, more, kinds, markers, at: [] };
}

/** The empty hit list (shared; never pushed to). */
const NONE: Hit[] = [];

function byLengthThenSkip(a: Hit, b: Hit): number {
  return b.j - a.j || a.skip - b.skip;
}

/** Stable insertion sort by `byLengthThenSkip` (hit lists are short; Array#sort allocates). */
function sortHits(a: Hit[]): void {
  for (let k = 1; k < a.length; k++) {
    const h = a[k]!;
    let m = k - 1;
    while (m >= 0 && byLengthThenSkip(a[m]!, h) > 0) {
      a[m + 1] = a[m]!;
      m--;
    }
    a[m + 1] = h;
  }
}

/** One-token hits of `st` at position i, plain before clitic-stripped. */
function oneTokenHits(st: Starts, i: number): Hit[] {
  const out: Hit[] = [];
  for (const s of st.list) for (const l of s.node.lexes) out.push({ lex: l, i, j: i + 1, skip: s.skip });
  sortHits(out);
  return out;
}

/** The cardinal value of each first word (NaN: none), for `definiteCard`. */
let cardOf: Float64Array | null = null;

/** ال + a one-word cardinal of the lexicon (الثلاثة → 3), the code units t[from, to): its value (the first cardinal of that word), or null. */
function definiteCard(t: Uint16Array, from: number, to: number): number | null {
  if (to - from < 3 || t[from] !== 0x0627 || t[from + 1] !== 0x0644) return null;
  const ct = chars();
  if (!cardOf) {
    cardOf = new Float64Array(ct.nodes.length).fill(NaN);
    ct.nodes.forEach((node, w) => {
      const card = node.lexes.find((l) => l.k === 'card');
      if (card && card.k === 'card') cardOf![w] = card.n;
    });
  }
  const w = walk(ct, t, from + 2, to, 0);
  if (w < 0) return null;
  const n = cardOf[w]!;
  return Number.isNaN(n) ? null : n;
}

export class Matcher {
  private cache: (Hit[] | undefined)[] = [];
  private cacheNo: (Hit[] | undefined)[] = [];
  /** Kind and marker masks by position (valid where the hit list is cached); grown as needed. */
  private kindAt = new Int32Array(64);
  private markAt = new Int32Array(64);
  private kindNo = new Int32Array(64);
  private markNo = new Int32Array(64);
  /** One past the highest position cached since the last reset. */
  private top = 0;
  /**
   * Hit objects and per-position hit lists of the current text, reused from text to text (hits never
   * outlive a scan: parses keep only positions and meanings). `used` hits of `pool` are live.
   */
  private pool: Hit[] = [];
  private used = 0;
  private lists: Hit[][] = [];
  private listsNo: Hit[][] = [];
  constructor(public v: TokenView) {}

  /** Start over on another token view, keeping the buffers (scan.ts reuses one matcher). */
  reset(v: TokenView): void {
    this.v = v;
    // only the entries written since the last reset (a long text before must not slow short ones after)
    for (let k = 0; k < this.top; k++) {
      this.cache[k] = undefined;
      this.cacheNo[k] = undefined;
    }
    this.top = 0;
    this.used = 0;
    // after a very long text, let its buffers go
    if (this.pool.length > POOL_KEEP) this.pool = [];
    if (this.lists.length > POOL_KEEP) {
      this.lists = [];
      this.listsNo = [];
    }
  }

  /** A hit from the pool. */
  private hit(lex: Lex, i: number, j: number, skip: number): Hit {
    const h = this.pool[this.used];
    this.used++;
    if (h === undefined) {
      const n: Hit = { lex, i, j, skip };
      this.pool.push(n);
      return n;
    }
    h.lex = lex;
    h.i = i;
    h.j = j;
    h.skip = skip;
    return h;
  }

  get n(): number {
    return this.v.n;
  }

  /** All lexicon hits starting at token i, longest first (clitic-stripped hits after plain ones of equal length). */
  hits(i: number, clitics = true): Hit[] {
    const store = clitics ? this.cache : this.cacheNo;
    const c = store[i];
    if (c) return c;
    let out: Hit[] = NONE;
    let kinds = 0;
    let markers = 0;
    const v = this.v;
    if (i >= 0 && i < v.n && v.kind[i] !== K_NUM) {
      const st = startsOf(v.units, v.s[i]!, v.e[i]!, clitics && v.kind[i] === K_WORD);
      if (st.list.length) {
        kinds = st.kinds;
        markers = st.markers;
        // a phrase of several words can start here: look further (the one-token hits first, then the longer ones as found)
        let longer = false;
        if (st.more) {
          const lim = v.n;
          for (const s of st.list) {
            let node: Node | undefined = s.node;
            for (let k = i + 1; k < lim && node.next; k++) {
              const id = continuationId(v.units, v.s[k]!, v.e[k]!);
              if (id < 0) break;
              node = node.next.get(id);
              if (node === undefined) break;
              if (node.lexes.length) {
                if (!longer) {
                  longer = true;
                  out = this.list(i, clitics);
                  for (const s2 of st.list) for (const l of s2.node.lexes) out.push(this.hit(l, i, i + 1, s2.skip));
                }
                for (const l of node.lexes) out.push(this.hit(l, i, k + 1, s.skip));
              }
              kinds |= node.kinds;
              markers |= node.markers;
            }
          }
        }
        if (longer) sortHits(out);
        else if (i < POS_CACHE) out = st.at[i] ??= oneTokenHits(st, i);
        else {
          out = this.list(i, clitics);
          for (const s of st.list) for (const l of s.node.lexes) out.push(this.hit(l, i, i + 1, s.skip));
          sortHits(out);
        }
      }
    }
    store[i] = out;
    if (i >= this.top) this.top = i + 1;
    if (i >= this.kindAt.length) this.grow(i + 1);
    if (clitics) {
      this.kindAt[i] = kinds;
      this.markAt[i] = markers;
    } else {
      this.kindNo[i] = kinds;
      this.markNo[i] = markers;
    }
    return out;
  }

  /** The pooled hit list of position i, emptied. */
  private list(i: number, clitics: boolean): Hit[] {
    const lists = clitics ? this.lists : this.listsNo;
    let a = lists[i];
    if (a === undefined) {
      // fill any gap so that the array stays packed
      while (lists.length < i) lists.push([]);
      a = [];
      lists[i] = a;
    } else while (a.length) a.pop(); // (setting length is a runtime call; lists are short)
    return a;
  }

  private grow(n: number): void {
    const size = Math.max(n, 2 * this.kindAt.length);
    this.kindAt = grown(this.kindAt, size);
    this.markAt = grown(this.markAt, size);
    this.kindNo = grown(this.kindNo, size);
    this.markNo = grown(this.markNo, size);
  }

  /** Bit mask (KIND) of the lexicon kinds of the hits at i. */
  kinds(i: number, clitics = true): number {
    if (clitics) {
      if (this.cache[i] === undefined) this.hits(i, true);
      return this.kindAt[i]!;
    }
    if (this.cacheNo[i] === undefined) this.hits(i, false);
    return this.kindNo[i]!;
  }

  /** Bit mask (MARK) of the markers among the hits at i. */
  markers(i: number, clitics = true): number {
    if (clitics) {
      if (this.cache[i] === undefined) this.hits(i, true);
      return this.markAt[i]!;
    }
    if (this.cacheNo[i] === undefined) this.hits(i, false);
    return this.markNo[i]!;
  }

  /** The longest hit of kind `k` (a KIND bit) at i (optionally filtered). */
  get<B extends number>(i: number, k: B, pred?: (l: LexOfBit<B>) => boolean, clitics = true): (Hit & { lex: LexOfBit<B> }) | null {
    if (!(this.kinds(i, clitics) & k)) return null;
    const hs = clitics ? this.cache[i]! : this.cacheNo[i]!;
    for (const h of hs) {
      if (h.lex.kb === k && (!pred || pred(h.lex as LexOfBit<B>))) return h as Hit & { lex: LexOfBit<B> };
    }
    return null;
  }

  /**
   * The longest hit of kind `k` (ord, card or hourword) at i whose number is in [lo, hi]: `get` with a
   * range test instead of a predicate function (no closure to build on every call).
   */
  getN<B extends typeof KIND.ord | typeof KIND.card | typeof KIND.hourword>(i: number, k: B, lo: number, hi: number): (Hit & { lex: LexOfBit<B> }) | null {
    if (!(this.kinds(i) & k)) return null;
    const hs = this.cache[i]!;
    for (let x = 0; x < hs.length; x++) {
      const l = hs[x]!.lex as Lex & { n: number };
      if (l.kb === k && l.n >= lo && l.n <= hi) return hs[x] as Hit & { lex: LexOfBit<B> };
    }
    return null;
  }

  /** The longest hit of a marker in the bit set `m` (MARK bits) at i. */
  marker(i: number, m: number, clitics = true): Hit | null {
    if (!(this.markers(i, clitics) & m)) return null;
    const hs = clitics ? this.cache[i]! : this.cacheNo[i]!;
    for (const h of hs) if (h.lex.mb & m) return h;
    return null;
  }

  /** Token i as an object (built on first use; prefer the column reads below on hot paths). */
  tok(i: number) {
    return this.v.tok(i);
  }

  isPunct(i: number, chars: string): boolean {
    return this.v.isPunct(i, chars);
  }

  isWord(i: number, w: string): boolean {
    return this.v.isWord(i, w);
  }

  num(i: number): number | null {
    const v = this.v;
    return i >= 0 && i < v.n && v.kind[i] === K_NUM ? v.num[i]! : null;
  }

  /** Length of token i in normalized units (0 outside the text). */
  len(i: number): number {
    return this.v.len(i);
  }

  /** Whether white space (or the text start) comes right before token i (false outside the text). */
  spaceBefore(i: number): boolean {
    const v = this.v;
    return i >= 0 && i < v.n && v.space[i] === 1;
  }

  /** Whether token i starts with `p`. */
  startsWith(i: number, p: string): boolean {
    return this.v.startsWith(i, p);
  }

  /** Normalized text of token i (built on first use). */
  text(i: number): string {
    return this.v.text(i);
  }

  /** K_WORD, K_NUM or K_PUNCT of token i, or -1 outside the text. */
  kindOf(i: number): number {
    const v = this.v;
    return i >= 0 && i < v.n ? v.kind[i]! : -1;
  }

  /** The character of punctuation token i, or -1. */
  punctCode(i: number): number {
    const v = this.v;
    return i >= 0 && i < v.n && v.kind[i] === K_PUNCT ? v.units[v.s[i]!]! : -1;
  }

  /** Whether token i is one of the words `ws` (normalized). */
  isWordIn(i: number, ws: readonly string[]): boolean {
    const v = this.v;
    if (i < 0 || i >= v.n || v.kind[i] !== K_WORD) return false;
    for (let k = 0; k < ws.length; k++) if (v.isWord(i, ws[k]!)) return true;
    return false;
  }

  /** Token i when it is ال + a one-word cardinal (الثلاثة → 3): its value, else null. */
  definiteCard(i: number): number | null {
    const v = this.v;
    if (i < 0 || i >= v.n || v.kind[i] !== K_WORD) return null;
    return definiteCard(v.units, v.s[i]!, v.e[i]!);
  }
}
