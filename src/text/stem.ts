/**
 * Stemmers for search. Input is a word already in search form (`normalizeText`: ة→ه, ى→ي, alef and
 * hamza carriers folded, no diacritics); the affix lists live in `data/text/stemmer.json`.
 *
 * - `light10Stem`: the Light-10 stemmer as Lucene implements it (the reference baseline).
 * - `lightStem`: rasid's light stemmer: Light-10's prefixes plus combined ones (وبال، ولل ...),
 *   pronoun suffixes (هم، هما، كم، نا ...) with ة restored before them (حكومتهم → حكوم), dual and
 *   plural endings (تان، تين، ات، ون، ين، ان) and nisba/feminine endings, each with a length guard
 *   that leaves at least three letters (so بيان، مكان، علي stay whole), and a keep-whole list.
 * - `rootStem`: an optional root-like stemmer in the manner of ISRI (affixes, then templates).
 */
import { loadJson } from '../data/load.js';
import * as normalizer from './normalize.js';
import * as clitics from './clitics.js';
import { RangeSet } from './range-set.js';
import { unitsToString } from './units.js';

// Local copies: imported bindings are getters under some loaders (tsx), too slow for hot paths.
const { normalizeText } = normalizer;
const { procliticBoundariesOfLetters } = clitics;

export { splitClitics } from './clitics.js';

interface StemData {
  light10: { prefixes: string[]; suffixes: string[] };
  light: {
    prefixes: string[];
    conjunctions: string[];
    minAfterPrefix: number;
    minAfterConjunction: number;
    pronouns: string[];
    pronounMinStem: number;
    pronounNotAfter: Record<string, string[]>;
    taBeforePronoun: string;
    taMinStem: number;
    plurals: string[];
    pluralMinStem: number;
    endings: string[];
    endingMinStem: number;
    keepWhole: string[];
  };
  root: {
    prefix3: string[];
    prefix2: string[];
    suffix3: string[];
    suffix2: string[];
    prefix1: string[];
    suffix1: string[];
    templates: Record<string, string[]>;
  };
}

interface Template {
  /** Fixed letters: position → letter (as char codes, -1 for a root slot). */
  fixed: Int32Array;
  /** Root slot positions. */
  slots: number[];
}

interface Compiled {
  d: StemData;
  keep: Set<string>;
  prefixes: string[];
  conj: string[];
  pronouns: string[];
  plurals: string[];
  endings: string[];
  templates: Map<number, Template[]>;
}

let compiled: Compiled | null = null;

function byLength(a: string, b: string): number {
  return b.length - a.length;
}

function data(): Compiled {
  if (compiled) return compiled;
  const d = loadJson<StemData>('text', 'stemmer.json');
  const nz = (w: string) => normalizeText(w);
  const templates = new Map<number, Template[]>();
  for (const list of Object.values(d.root.templates)) {
    for (const raw of list) {
      const t = nz(raw);
      const fixed = new Int32Array(t.length);
      const slots: number[] = [];
      // The root slots are the first ف, the first ع after it and the last ل.
      const f = t.indexOf('ف');
      const a = t.indexOf('ع', f + 1);
      const l = t.lastIndexOf('ل');
      for (let i = 0; i < t.length; i++) {
        if (i === f || i === a || i === l) {
          fixed[i] = -1;
          slots.push(i);
        } else fixed[i] = t.charCodeAt(i);
      }
      if (slots.length !== 3) continue;
      let arr = templates.get(t.length);
      if (!arr) templates.set(t.length, (arr = []));
      arr.push({ fixed, slots });
    }
  }
  compiled = {
    d,
    keep: new Set(d.light.keepWhole.map(nz)),
    prefixes: d.light.prefixes.map(nz).sort(byLength),
    conj: d.light.conjunctions.map(nz),
    pronouns: d.light.pronouns.map(nz).sort(byLength),
    plurals: d.light.plurals.map(nz).sort(byLength),
    endings: d.light.endings.map(nz),
    templates,
  };
  return compiled;
}

/**
 * Light-10 as in Lucene's ArabicStemmer: remove the first matching prefix (و only when the word
 * has more than 3 letters, others when 2 letters remain), then each suffix in order when 2 letters remain.
 */
export function light10Stem(w: string): string {
  const { d } = data();
  let s = w;
  for (const p of d.light10.prefixes) {
    if (p.length === 1 ? s.length > 3 && s.startsWith(p) : s.length >= p.length + 2 && s.startsWith(p)) {
      s = s.slice(p.length);
      break;
    }
  }
  for (const suf of d.light10.suffixes) {
    if (s.length >= suf.length + 2 && s.endsWith(suf)) s = s.slice(0, s.length - suf.length);
  }
  return s;
}

function isArabicWord(w: string): boolean {
  if (w.length === 0) return false;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (!((c >= 0x0621 && c <= 0x063a) || (c >= 0x0641 && c <= 0x064a))) return false;
  }
  return true;
}

/**
 * A list of affixes as one flat array (few cache lines to read on a memo miss): affix `i` is
 * `units[i * stride + 1 ..]`, its length `units[i * stride]`.
 */
interface Affixes {
  count: number;
  stride: number;
  units: Int32Array;
}

function affixes(list: string[]): Affixes {
  const stride = 1 + Math.max(0, ...list.map((w) => w.length));
  const units = new Int32Array(list.length * stride);
  list.forEach((w, i) => {
    units[i * stride] = w.length;
    for (let j = 0; j < w.length; j++) units[i * stride + 1 + j] = w.charCodeAt(j);
  });
  return { count: list.length, stride, units };
}

/**
 * Affixes in a trie over Arabic letters (U+0621–U+065F), read from the start of a word (prefixes)
 * or from its end (suffixes): `longest` finds the longest affix of the word that leaves enough
 * letters, what a scan of the list sorted longest first finds, in one walk of at most the longest
 * affix's length. An affix with a unit outside that block never matches a word the stemmer takes
 * (Arabic letters only), so it is left out.
 */
class AffixTrie {
  /** Child of node `v` by letter `c`: `next[v * 64 + (c - 0x0620)]`, 0 for none (the root is 0). */
  private readonly next: Int32Array;
  /** Index in the list + 1 of the affix that ends at each node, 0 for none. */
  private readonly ends: Int32Array;
  /** Length of each affix of the list. */
  readonly lens: Int32Array;
  private maxLen: number;
  private readonly backward: boolean;

  constructor(list: readonly string[], backward: boolean) {
    const kept = list.filter((w) => [...w].every((ch) => ch.charCodeAt(0) > 0x0620 && ch.charCodeAt(0) < 0x0660));
    const nodes = 1 + kept.reduce((a, w) => a + w.length, 0);
    this.next = new Int32Array(nodes * 64);
    this.ends = new Int32Array(nodes);
    this.lens = new Int32Array(list.map((w) => w.length));
    this.backward = backward;
    this.maxLen = 0;
    let used = 1;
    list.forEach((w, i) => {
      if (!kept.includes(w)) return;
      let v = 0;
      for (let j = 0; j < w.length; j++) {
        const c = w.charCodeAt(backward ? w.length - 1 - j : j) - 0x0620;
        if (this.next[v * 64 + c] === 0) this.next[v * 64 + c] = used++;
        v = this.next[v * 64 + c]!;
      }
      // the first of equal affixes, as a scan of the list finds it
      if (this.ends[v] === 0) this.ends[v] = i + 1;
      this.maxLen = Math.max(this.maxLen, w.length);
    });
  }

  /**
   * Index of the longest affix that the Arabic word `buf[a, b)` starts with (ends with, for
   * suffixes) and that leaves at least `min` units of it, or -1.
   */
  longest(buf: Uint16Array, a: number, b: number, min: number): number {
    const next = this.next;
    const ends = this.ends;
    const lim = Math.min(b - a - min, this.maxLen);
    if (lim < 0) return -1;
    let best = ends[0]! - 1;
    let v = 0;
    if (this.backward) {
      for (let j = 1; j <= lim; j++) {
        const c = buf[b - j]! - 0x0620;
        if (c >>> 0 >= 64) break;
        v = next[v * 64 + c]!;
        if (v === 0) break;
        const e = ends[v]!;
        if (e !== 0) best = e - 1;
      }
    } else {
      for (let j = 0; j < lim; j++) {
        const c = buf[a + j]! - 0x0620;
        if (c >>> 0 >= 64) break;
        v = next[v * 64 + c]!;
        if (v === 0) break;
        const e = ends[v]!;
        if (e !== 0) best = e - 1;
      }
    }
    return best;
  }
}

/** The light stemmer's affixes as code units, for `stemUnits`. */
interface LightCore {
  keep: RangeSet;
  prefixes: AffixTrie;
  pronouns: AffixTrie;
  /** Letters a pronoun is not stripped after: `notAfter[q * 64 + (c - 0x0620)]` is 1 when pronoun `q` stays after `c`. */
  notAfter: Uint8Array;
  plurals: AffixTrie;
  endings: Affixes;
  ta: Affixes;
  minAfterPrefix: number;
  minAfterConjunction: number;
  pronounMinStem: number;
  taMinStem: number;
  pluralMinStem: number;
  endingMinStem: number;
}

let core: LightCore | null = null;

/** `LightCore.notAfter` from the data's `pronounNotAfter` (one-letter entries; a letter outside U+0620–U+065F never follows a stripped pronoun in a word the stemmer takes). */
function notAfterTable(pronouns: string[], notAfter: Record<string, string[]>): Uint8Array {
  const t = new Uint8Array(pronouns.length * 64);
  pronouns.forEach((p, q) => {
    for (const ch of notAfter[p] ?? []) {
      const v = ch.length === 1 ? ch.charCodeAt(0) - 0x0620 : -1;
      if (v >= 0 && v < 64) t[q * 64 + v] = 1;
    }
  });
  return t;
}

function lightCore(): LightCore {
  if (core) return core;
  const c = data();
  const L = c.d.light;
  core = {
    keep: new RangeSet(c.keep),
    prefixes: new AffixTrie(c.prefixes, false),
    pronouns: new AffixTrie(c.pronouns, true),
    notAfter: notAfterTable(c.pronouns, L.pronounNotAfter),
    plurals: new AffixTrie(c.plurals, true),
    endings: affixes(c.endings),
    ta: affixes([L.taBeforePronoun]),
    minAfterPrefix: L.minAfterPrefix,
    minAfterConjunction: L.minAfterConjunction,
    pronounMinStem: L.pronounMinStem,
    taMinStem: L.taMinStem,
    pluralMinStem: L.pluralMinStem,
    endingMinStem: L.endingMinStem,
  };
  return core;
}

/** Length of affix `i` when `buf[a, b)` ends with it and keeps at least `min` units before it, else -1. */
function suffixAt(buf: Uint16Array, a: number, b: number, x: Affixes, i: number, min: number): number {
  const o = i * x.stride;
  const len = x.units[o]!;
  if (b - a - len < min) return -1;
  for (let j = 0; j < len; j++) if (buf[b - len + j] !== x.units[o + 1 + j]) return -1;
  return len;
}

/** Proclitic boundaries of the word being stemmed (`procliticBoundaries` writes at most 3). */
const proBuf = new Int32Array(4);
/** `stemUnits`' result: the stem is `[stemStart, stemEnd)` of the buffer. */
let stemStart = 0;
let stemEnd = 0;

/**
 * rasid's light stemmer on the Arabic word `buf[a, b)` (search form): sets the stem's range
 * `[stemStart, stemEnd)`, always inside `[a, b)`.
 */
function stemUnits(buf: Uint16Array, a: number, b: number): void {
  const k = lightCore();
  stemStart = a;
  stemEnd = b;
  if (k.keep.has(buf, a, b)) return;
  const a0 = a;
  // 1. one prefix group (article with its particles), else a conjunction
  const p = k.prefixes.longest(buf, a, b, k.minAfterPrefix);
  if (p >= 0) a += k.prefixes.lens[p]!;
  else {
    // one-letter proclitics (و ف ب ك ل) with the clitic splitter's guards and word lists
    // (the future س is left: in search form سا- is as often a stem, سافر، ساهم)
    const m = procliticBoundariesOfLetters(buf, a, b, proBuf);
    let j = m - 1;
    if (j >= 0 && buf[a + proBuf[j]! - 1] === 0x0633) j--;
    const cut = j >= 0 ? proBuf[j]! : 0;
    if (cut > 0 && b - a - cut >= k.minAfterConjunction) a += cut;
  }
  stemStart = a;
  // (the word as it came is not a kept one: asked above)
  if (a !== a0 && k.keep.has(buf, a, b)) return;
  // 2. a pronoun suffix; ت before it was ة (حكومتها → حكومه)
  const q = k.pronouns.longest(buf, a, b, k.pronounMinStem);
  if (q >= 0) {
    const len = k.pronouns.lens[q]!;
    const before = buf[b - len - 1]! - 0x0620;
    if (before >>> 0 >= 64 || k.notAfter[q * 64 + before] === 0) {
      b -= len;
      // (not the ت of a plural ات, which the plural step takes)
      if (b - a >= k.taMinStem && suffixAt(buf, a, b, k.ta, 0, 0) >= 0 && buf[b - 2] !== 0x0627) b--;
    }
  }
  // 3. dual and plural
  const r = k.plurals.longest(buf, a, b, k.pluralMinStem);
  if (r >= 0) b -= k.plurals.lens[r]!;
  // 4. nisba and feminine endings, each once, in order
  for (let i = 0; i < k.endings.count; i++) {
    const len = suffixAt(buf, a, b, k.endings, i, k.endingMinStem);
    if (len >= 0) b -= len;
  }
  stemEnd = b;
}

/** `ARABIC_LETTER[c - 0x0620]` is 1 for the letters the stemmer takes (U+0621–U+063A, U+0641–U+064A). */
const ARABIC_LETTER = (() => {
  const t = new Uint8Array(64);
  for (let c = 0x0621; c <= 0x064a; c++) if (c <= 0x063a || c >= 0x0641) t[c - 0x0620] = 1;
  return t;
})();

function isArabicUnits(buf: Uint16Array, a: number, b: number): boolean {
  if (b <= a) return false;
  for (let i = a; i < b; i++) {
    const v = buf[i]! - 0x0620;
    if (v >>> 0 >= 64 || ARABIC_LETTER[v] === 0) return false;
  }
  return true;
}

/**
 * Memo of stems (news vocabulary is Zipfian). A word of at most 10 letters from U+0621–U+065F
 * (almost every Arabic word in search form) is its own key: 6 bits a letter in two integers. The
 * words get ids in the order they are first seen, so the frequent ones come early and sit together:
 * `memoKeys` holds each id's two keys and `memoStems` its stem. The hash table `memoTable` (open
 * addressing, one integer a slot: id + 1, 0 for empty) is the only part read at random, and it is
 * 4 bytes a slot (half a MiB): a lookup's cache misses are what a pass over a text spends most on,
 * so the table is kept small and the rest dense. A lookup from a range of a buffer never builds the
 * word's string. Other words go to a `Map`. Each part is emptied when full (70% of the slots;
 * `MEMO_OTHER_MAX` words).
 */
const MEMO_BITS = 17;
const MEMO_SIZE = 1 << MEMO_BITS;
const MEMO_MASK = MEMO_SIZE - 1;
const MEMO_MAX = Math.floor(MEMO_SIZE * 0.7);
const MEMO_OTHER_MAX = 1 << 16;
const memoTable = new Int32Array(MEMO_SIZE);
const memoKeys = new Int32Array(2 * MEMO_MAX);
const memoStems: string[] = new Array<string>(MEMO_MAX).fill('');
let memoCount = 0;
const memoOther = new Map<string, string>();
/** The word being stemmed by `lightStem` (a string's units). */
let wordBuf = new Uint16Array(64);
/** Keys of the last `packString` (valid when it returned true). */
let key0 = 0;
let key1 = 0;

/**
 * Empty the stem memo (benchmarks start each pass cold with it, so cache misses are counted as
 * they occur in a fresh process).
 */
export function clearStemMemo(): void {
  if (memoCount > 0) memoTable.fill(0);
  memoCount = 0;
  shortWords.fill('');
  memoOther.clear();
}

/** `packUnits` for a string: the keys of `w` in `key0`/`key1`; false when it is not a packable word. */
function packString(w: string): boolean {
  const n = w.length;
  if (n === 0 || n > 10) return false;
  let k0 = 0;
  let k1 = 0;
  const m5 = n < 5 ? n : 5;
  for (let i = 0; i < m5; i++) {
    const v = w.charCodeAt(i) - 0x0620;
    if (v - 1 >>> 0 > 62) return false;
    k0 = (k0 << 6) | v;
  }
  for (let i = m5; i < n; i++) {
    const v = w.charCodeAt(i) - 0x0620;
    if (v - 1 >>> 0 > 62) return false;
    k1 = (k1 << 6) | v;
  }
  key0 = k0;
  key1 = k1;
  return true;
}

/** Home slot of the keys `k0`/`k1` in `memoTable`. */
function memoHome(k0: number, k1: number): number {
  let h = k0 ^ Math.imul(k1, 0x9e3779b1);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  h ^= h >>> 12;
  return h & MEMO_MASK;
}

/** Slot of `k0`/`k1` in `memoTable` from its home `m`: its own, or the empty slot where it goes. */
function memoFind(m: number, k0: number, k1: number): number {
  for (let e = memoTable[m]!; e !== 0; e = memoTable[m]!) {
    if (memoKeys[2 * e - 2] === k0 && memoKeys[2 * e - 1] === k1) return m;
    m = (m + 1) & MEMO_MASK;
  }
  return m;
}

/** Store `stem` for `k0`/`k1` in the empty slot `m` (from `memoFind`). */
function memoPut(m: number, k0: number, k1: number, stem: string): void {
  if (memoCount >= MEMO_MAX) {
    clearStemMemo();
    m = memoFind(memoHome(k0, k1), k0, k1);
  }
  const id = memoCount++;
  memoKeys[2 * id] = k0;
  memoKeys[2 * id + 1] = k1;
  memoStems[id] = stem;
  memoTable[m] = id + 1;
}

/** `lightStem` through `memoOther` (words that are not packable). */
function otherStem(w: string): string {
  let s = memoOther.get(w);
  if (s === undefined) {
    s = lightStemUncached(w);
    if (memoOther.size >= MEMO_OTHER_MAX) memoOther.clear();
    memoOther.set(w, s);
  }
  return s;
}

/** rasid's light stemmer (input in search form). Non-Arabic words are returned unchanged. */
export function lightStem(w: string): string {
  const n = w.length;
  if (n < 3) return w;
  if (!packString(w)) return otherStem(w);
  const k0 = key0;
  const k1 = key1;
  const m = memoFind(memoHome(k0, k1), k0, k1);
  const e = memoTable[m]!;
  if (e !== 0) return memoStems[e - 1]!;
  let s = w;
  if (isArabicWord(w)) {
    const buf = wordBuf;
    for (let i = 0; i < n; i++) buf[i] = w.charCodeAt(i);
    stemUnits(buf, 0, n);
    if (stemStart !== 0 || stemEnd !== n) s = w.slice(stemStart, stemEnd);
  }
  memoPut(m, k0, k1, s);
  return s;
}

/** The stem of the packable word `buf[a, b)` (keys `k0`/`k1`), not in the memo: computed and stored in slot `m`. */
function stemMiss(buf: Uint16Array, a: number, b: number, m: number, k0: number, k1: number): string {
  let s: string;
  if (b - a >= 3 && isArabicUnits(buf, a, b)) {
    stemUnits(buf, a, b);
    s = unitsToString(buf, stemStart, stemEnd);
  } else s = unitsToString(buf, a, b);
  memoPut(m, k0, k1, s);
  return s;
}

/** `lightStemUnits` for a word that is not packable. */
function otherStemUnits(buf: Uint16Array, a: number, b: number): string {
  return otherStem(unitsToString(buf, a, b));
}

/**
 * `lightStem(text)` for the word whose search form is `buf[a, b)` (e.g. a token's range in
 * `scanText`'s output), without building the word's string when the memo knows it. Small, so a
 * hot loop gets it inlined: the key is packed and the slot probed here, the rest is out of line.
 */
export function lightStemUnits(buf: Uint16Array, a: number, b: number): string {
  const n = b - a;
  if (n === 0 || n > 10) return otherStemUnits(buf, a, b);
  let k0 = 0;
  let k1 = 0;
  const m5 = n < 5 ? b : a + 5;
  for (let i = a; i < m5; i++) {
    const v = buf[i]! - 0x0620;
    if (v - 1 >>> 0 > 62) return otherStemUnits(buf, a, b);
    k0 = (k0 << 6) | v;
  }
  for (let i = m5; i < b; i++) {
    const v = buf[i]! - 0x0620;
    if (v - 1 >>> 0 > 62) return otherStemUnits(buf, a, b);
    k1 = (k1 << 6) | v;
  }
  let m = memoHome(k0, k1);
  for (let e = memoTable[m]!; e !== 0; e = memoTable[m]!) {
    if (memoKeys[2 * e - 2] === k0 && memoKeys[2 * e - 1] === k1) return memoStems[e - 1]!;
    m = (m + 1) & MEMO_MASK;
  }
  return stemMiss(buf, a, b, m, k0, k1);
}

/**
 * Words of one or two letters are their own stems (`lightStem` returns them as they are): their
 * strings by the letters' codes, `shortWords[(u0 - 0x0620) * 64 + (u1 - 0x0620)]` (`u1` = 0x0620 for
 * one letter), built when first asked for, so a pass does not look them up in the memo (an eighth
 * of the words of news text). Emptied with the memo.
 */
const shortWords: string[] = new Array<string>(64 * 64).fill('');

/** The string of the word `buf[a, b)` of at most two code units. */
function shortWord(buf: Uint16Array, a: number, b: number): string {
  const u0 = buf[a]! - 0x0620;
  // (a second letter is 1..63, so a one-letter word, 0 there, has its own entry)
  const u1 = b - a === 2 ? buf[a + 1]! - 0x0620 : 0;
  if (u0 >>> 0 > 63 || (b - a === 2 && u1 - 1 >>> 0 > 62)) return unitsToString(buf, a, b);
  const i = (u0 << 6) | u1;
  const s = shortWords[i]!;
  if (s !== '') return s;
  return (shortWords[i] = unitsToString(buf, a, b));
}

/** Words queued by `queueWord` for `stemQueued`: output index and keys of each, their home slots and table entries. */
let queueIdx = new Int32Array(4096);
let queueK0 = new Int32Array(4096);
let queueK1 = new Int32Array(4096);
let queueHome = new Int32Array(4096);
let queueEntry = new Int32Array(4096);
let queued = 0;

/** Empty the word queue, with room for `capacity` words. */
export function beginWords(capacity: number): void {
  queued = 0;
  if (queueIdx.length < capacity) {
    const cap = Math.max(capacity, 2 * queueIdx.length);
    queueIdx = new Int32Array(cap);
    queueK0 = new Int32Array(cap);
    queueK1 = new Int32Array(cap);
    queueHome = new Int32Array(cap);
    queueEntry = new Int32Array(cap);
  }
}

/**
 * Queue the word whose search form is `buf[a, b)` (not empty) for `stemQueued`, which will set
 * `out[t]` to `lightStemUnits(buf, a, b)`; a word the memo cannot key is stemmed now. At most
 * `beginWords`' capacity words.
 */
export function queueWord(buf: Uint16Array, a: number, b: number, t: number, out: string[]): void {
  const n = b - a;
  if (n < 3) {
    out[t] = shortWord(buf, a, b);
    return;
  }
  if (n > 10) {
    out[t] = otherStemUnits(buf, a, b);
    return;
  }
  let k0 = 0;
  let k1 = 0;
  const m5 = n < 5 ? b : a + 5;
  for (let i = a; i < m5; i++) {
    const v = buf[i]! - 0x0620;
    if (v - 1 >>> 0 > 62) {
      out[t] = otherStemUnits(buf, a, b);
      return;
    }
    k0 = (k0 << 6) | v;
  }
  for (let i = m5; i < b; i++) {
    const v = buf[i]! - 0x0620;
    if (v - 1 >>> 0 > 62) {
      out[t] = otherStemUnits(buf, a, b);
      return;
    }
    k1 = (k1 << 6) | v;
  }
  const q = queued++;
  queueIdx[q] = t;
  queueK0[q] = k0;
  queueK1[q] = k1;
}

/**
 * Stem the queued words: `out[t]` for each, word `t` being `buf[starts[t], ends[t])`. Same results
 * as a `lightStemUnits` call per word, faster: a memo lookup mostly waits for memory, so the
 * lookups of all the words go in stages, each a loop whose reads do not wait for one another (their
 * cache misses overlap): the home slots of the words in the table, then the keys and the stem of the
 * id found there, then the check (a word not at its home slot, or not in the memo, is looked up or
 * stemmed then).
 */
export function stemQueued(buf: Uint16Array, starts: Int32Array, ends: Int32Array, out: string[]): void {
  const w = queued;
  queued = 0;
  const idx = queueIdx;
  const K0 = queueK0;
  const K1 = queueK1;
  const home = queueHome;
  const entry = queueEntry;
  const table = memoTable;
  const keys = memoKeys;
  const stems = memoStems;
  for (let j = 0; j < w; j++) {
    const m = memoHome(K0[j]!, K1[j]!);
    home[j] = m;
    entry[j] = table[m]!;
  }
  let touch = 0;
  for (let j = 0; j < w; j++) {
    const e = entry[j]!;
    if (e !== 0) touch |= keys[2 * e - 2]! | stems[e - 1]!.length;
  }
  let misses = 0;
  for (let j = 0; j < w; j++) {
    const e = entry[j]!;
    if (e !== 0 && keys[2 * e - 2] === K0[j] && keys[2 * e - 1] === K1[j]) out[idx[j]!] = stems[e - 1]!;
    else entry[misses++] = j;
  }
  // The rest (not at their home slot, or not in the memo) one after another, so the stemmer's
  // tables stay in the cache from one miss to the next.
  for (let x = 0; x < misses; x++) {
    const j = entry[x]!;
    const k0 = K0[j]!;
    const k1 = K1[j]!;
    const t = idx[j]!;
    // (a word met twice is stemmed at its first miss and found at the second)
    const m = memoFind(home[j]!, k0, k1);
    const f = table[m]!;
    out[t] = f !== 0 ? stems[f - 1]! : stemMiss(buf, starts[t]!, ends[t]!, m, k0, k1);
  }
  // (keeps the touching loop from being optimized away; keys are never negative)
  if (touch < 0) out[0] = '';
}

/** `lightStem` without the memo. */
function lightStemUncached(w: string): string {
  const n = w.length;
  if (n < 3) return w;
  if (wordBuf.length < n) wordBuf = new Uint16Array(Math.max(n, 2 * wordBuf.length));
  const buf = wordBuf;
  for (let i = 0; i < n; i++) buf[i] = w.charCodeAt(i);
  if (!isArabicUnits(buf, 0, n)) return w;
  stemUnits(buf, 0, n);
  return stemStart === 0 && stemEnd === n ? w : w.slice(stemStart, stemEnd);
}

function matchTemplate(c: Compiled, s: string): string | null {
  const list = c.templates.get(s.length);
  if (!list) return null;
  for (const t of list) {
    let ok = true;
    for (let i = 0; i < s.length && ok; i++) {
      const f = t.fixed[i]!;
      if (f !== -1 && s.charCodeAt(i) !== f) ok = false;
    }
    if (ok) return s[t.slots[0]!]! + s[t.slots[1]!]! + s[t.slots[2]!]!;
  }
  return null;
}

/**
 * A root-like stem (usually three letters) for recall-oriented search. Input in search form.
 * Longer affixes go first while the word is long, then templates (فاعل، مفعول، استفعل ...), then
 * one-letter affixes until three or four letters remain.
 */
export function rootStem(w: string): string {
  if (!isArabicWord(w) || w.length <= 3) return w;
  const c = data();
  const R = c.d.root;
  let s = w;
  const dropPrefix = (list: string[], min: number) => {
    if (s.length < min) return;
    for (const p of list) if (s.startsWith(p)) return void (s = s.slice(p.length));
  };
  const dropSuffix = (list: string[], min: number) => {
    if (s.length < min) return;
    for (const p of list) if (s.endsWith(p)) return void (s = s.slice(0, s.length - p.length));
  };
  dropPrefix(R.prefix3, 6);
  dropPrefix(R.prefix2, 5);
  if (s.length >= 4 && s.startsWith('وو')) s = s.slice(1);
  for (let guard = 0; guard < 8 && s.length > 3; guard++) {
    const root = matchTemplate(c, s);
    if (root) return root;
    const before = s;
    if (s.length >= 6) dropSuffix(R.suffix3, 6);
    if (s === before && s.length >= 5) dropSuffix(R.suffix2, 5);
    if (s === before) dropSuffix(R.suffix1, 4);
    if (s === before) dropPrefix(R.prefix1, 4);
    if (s === before) break;
  }
  return s;
}
