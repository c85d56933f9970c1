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
const { procliticBoundaries } = clitics;

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

/** The light stemmer's affixes as code units, for `stemUnits`. */
interface LightCore {
  keep: RangeSet;
  prefixes: Affixes;
  pronouns: Affixes;
  /** For each pronoun, the letters it is not stripped after. */
  notAfter: number[][];
  plurals: Affixes;
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

function lightCore(): LightCore {
  if (core) return core;
  const c = data();
  const L = c.d.light;
  core = {
    keep: new RangeSet(c.keep),
    prefixes: affixes(c.prefixes),
    pronouns: affixes(c.pronouns),
    notAfter: c.pronouns.map((p) => (L.pronounNotAfter[p] ?? []).filter((ch) => ch.length === 1).map((ch) => ch.charCodeAt(0))),
    plurals: affixes(c.plurals),
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

/** Length of affix `i` when `buf[a, b)` starts with it and keeps at least `min` units after it, else -1. */
function prefixAt(buf: Uint16Array, a: number, b: number, x: Affixes, i: number, min: number): number {
  const o = i * x.stride;
  const len = x.units[o]!;
  if (b - a - len < min) return -1;
  for (let j = 0; j < len; j++) if (buf[a + j] !== x.units[o + 1 + j]) return -1;
  return len;
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
  // 1. one prefix group (article with its particles), else a conjunction
  let stripped = false;
  for (let i = 0; i < k.prefixes.count; i++) {
    const len = prefixAt(buf, a, b, k.prefixes, i, k.minAfterPrefix);
    if (len >= 0) {
      a += len;
      stripped = true;
      break;
    }
  }
  if (!stripped) {
    // one-letter proclitics (و ف ب ك ل) with the clitic splitter's guards and word lists
    // (the future س is left: in search form سا- is as often a stem, سافر، ساهم)
    const m = procliticBoundaries(buf, a, b, proBuf);
    let j = m - 1;
    if (j >= 0 && buf[a + proBuf[j]! - 1] === 0x0633) j--;
    const cut = j >= 0 ? proBuf[j]! : 0;
    if (cut > 0 && b - a - cut >= k.minAfterConjunction) a += cut;
  }
  stemStart = a;
  if (k.keep.has(buf, a, b)) return;
  // 2. a pronoun suffix; ت before it was ة (حكومتها → حكومه)
  for (let i = 0; i < k.pronouns.count; i++) {
    const len = suffixAt(buf, a, b, k.pronouns, i, k.pronounMinStem);
    if (len < 0) continue;
    if (k.notAfter[i]!.includes(buf[b - len - 1]!)) break;
    b -= len;
    // (not the ت of a plural ات, which the plural step takes)
    if (b - a >= k.taMinStem && suffixAt(buf, a, b, k.ta, 0, 0) >= 0 && buf[b - 2] !== 0x0627) b--;
    break;
  }
  // 3. dual and plural
  for (let i = 0; i < k.plurals.count; i++) {
    const len = suffixAt(buf, a, b, k.plurals, i, k.pluralMinStem);
    if (len >= 0) {
      b -= len;
      break;
    }
  }
  // 4. nisba and feminine endings, each once, in order
  for (let i = 0; i < k.endings.count; i++) {
    const len = suffixAt(buf, a, b, k.endings, i, k.endingMinStem);
    if (len >= 0) b -= len;
  }
  stemEnd = b;
}

function isArabicUnits(buf: Uint16Array, a: number, b: number): boolean {
  if (b <= a) return false;
  for (let i = a; i < b; i++) {
    const c = buf[i]!;
    if (!((c >= 0x0621 && c <= 0x063a) || (c >= 0x0641 && c <= 0x064a))) return false;
  }
  return true;
}

/**
 * Memo of stems (news vocabulary is Zipfian). A word of at most 10 letters from U+0621–U+065F
 * (almost every Arabic word in search form) is its own key: 6 bits a letter in two integers. The
 * keys and the stem sit side by side in one array (slot `s` = `memo[3s .. 3s + 2]`: key 0, key 1,
 * stem; key 0 is 0 for an empty slot), open addressing, so a hit reads one slot and the stem it
 * returns, and a lookup from a range of a buffer never builds the word's string. Other words go
 * to a `Map`. Each part is emptied when full (70% of the slots; `MEMO_OTHER_MAX` words).
 */
const MEMO_BITS = 17;
const MEMO_SIZE = 1 << MEMO_BITS;
const MEMO_MASK = MEMO_SIZE - 1;
const MEMO_MAX = Math.floor(MEMO_SIZE * 0.7);
const MEMO_OTHER_MAX = 1 << 16;
const memo: Array<number | string> = [];
for (let i = 0; i < MEMO_SIZE; i++) memo.push(0, 0, '');
let memoCount = 0;
const memoOther = new Map<string, string>();
/** The word being stemmed by `lightStem` (a string's units). */
let wordBuf = new Uint16Array(64);
/** Keys of the last `packUnits` / `packString` (valid when it returned true). */
let key0 = 0;
let key1 = 0;

/**
 * Empty the stem memo (benchmarks start each pass cold with it, so cache misses are counted as
 * they occur in a fresh process).
 */
export function clearStemMemo(): void {
  if (memoCount > 0) {
    for (let m = 0; m < memo.length; m += 3) {
      memo[m] = 0;
      memo[m + 2] = '';
    }
  }
  memoCount = 0;
  memoOther.clear();
}

/** Pack the word `buf[a, b)` into `key0`/`key1`; false when it is not a packable word. */
function packUnits(buf: Uint16Array, a: number, b: number): boolean {
  const n = b - a;
  if (n === 0 || n > 10) return false;
  let k0 = 0;
  let k1 = 0;
  const m5 = n < 5 ? b : a + 5;
  for (let i = a; i < m5; i++) {
    const v = buf[i]! - 0x0620;
    if (v - 1 >>> 0 > 62) return false;
    k0 = (k0 << 6) | v;
  }
  for (let i = m5; i < b; i++) {
    const v = buf[i]! - 0x0620;
    if (v - 1 >>> 0 > 62) return false;
    k1 = (k1 << 6) | v;
  }
  key0 = k0;
  key1 = k1;
  return true;
}

/** `packUnits` for a string. */
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

/** Index in `memo` of the slot of `key0`/`key1`: its own, or the empty slot where it goes. */
function memoSlot(): number {
  const k0 = key0;
  const k1 = key1;
  let h = k0 ^ Math.imul(k1, 0x9e3779b1);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  h ^= h >>> 12;
  let m = (h & MEMO_MASK) * 3;
  const end = memo.length;
  for (let x = memo[m]; x !== 0; x = memo[m]) {
    if (x === k0 && memo[m + 1] === k1) return m;
    m += 3;
    if (m === end) m = 0;
  }
  return m;
}

/** Store `stem` in the empty slot `m` (from `memoSlot`) for `key0`/`key1`. */
function memoPut(m: number, stem: string): void {
  if (memoCount >= MEMO_MAX) {
    clearStemMemo();
    m = memoSlot();
  }
  memo[m] = key0;
  memo[m + 1] = key1;
  memo[m + 2] = stem;
  memoCount++;
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
  const m = memoSlot();
  if (memo[m] !== 0) return memo[m + 2] as string;
  let s = w;
  if (isArabicWord(w)) {
    const buf = wordBuf;
    for (let i = 0; i < n; i++) buf[i] = w.charCodeAt(i);
    stemUnits(buf, 0, n);
    if (stemStart !== 0 || stemEnd !== n) s = w.slice(stemStart, stemEnd);
  }
  memoPut(m, s);
  return s;
}

/**
 * `lightStem(text)` for the word whose search form is `buf[a, b)` (e.g. a token's range in
 * `scanText`'s output), without building the word's string when the memo knows it.
 */
export function lightStemUnits(buf: Uint16Array, a: number, b: number): string {
  if (!packUnits(buf, a, b)) return otherStem(unitsToString(buf, a, b));
  const m = memoSlot();
  if (memo[m] !== 0) return memo[m + 2] as string;
  let s: string;
  if (b - a >= 3 && isArabicUnits(buf, a, b)) {
    stemUnits(buf, a, b);
    s = unitsToString(buf, stemStart, stemEnd);
  } else s = unitsToString(buf, a, b);
  memoPut(m, s);
  return s;
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
