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

// Local copies: imported bindings are getters under some loaders (tsx), too slow for hot paths.
const { normalizeText } = normalizer;
const { cliticBoundaries } = clitics;

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
 * Memo of stems (news vocabulary is Zipfian): one open-addressing table keyed by a hash of the
 * word's code units, so a lookup hashes the word once and usually compares one stored key;
 * emptied when half full.
 */
const MEMO_BITS = 18;
const MEMO_SIZE = 1 << MEMO_BITS;
const MEMO_MASK = MEMO_SIZE - 1;
const MEMO_MAX = MEMO_SIZE >> 1;
/** Hash of each slot's key, and the table generation the slot was filled in (0 = never). */
const memoHash = new Int32Array(MEMO_SIZE);
const memoGen = new Int32Array(MEMO_SIZE);
const memoKeys: string[] = new Array<string>(MEMO_SIZE).fill('');
const memoVals: string[] = new Array<string>(MEMO_SIZE).fill('');
let gen = 1;
let memoCount = 0;

/** rasid's light stemmer (input in search form). Non-Arabic words are returned unchanged. */
export function lightStem(w: string): string {
  const n = w.length;
  if (n < 3) return w;
  let h = n;
  for (let i = 0; i < n; i++) h = (Math.imul(h, 0x01000193) ^ w.charCodeAt(i)) | 0;
  let slot = (h ^ (h >>> MEMO_BITS)) & MEMO_MASK;
  while (memoGen[slot] === gen) {
    if (memoHash[slot] === h && memoKeys[slot] === w) return memoVals[slot]!;
    slot = (slot + 1) & MEMO_MASK;
  }
  const s = isArabicWord(w) ? lightStemUncached(w) : w;
  if (memoCount >= MEMO_MAX) {
    // Start afresh (the old slots read as empty in the new generation).
    gen++;
    memoCount = 0;
    memoKeys.fill('');
    memoVals.fill('');
    return lightStem(w);
  }
  memoGen[slot] = gen;
  memoHash[slot] = h;
  memoKeys[slot] = w;
  memoVals[slot] = s;
  memoCount++;
  return s;
}

function lightStemUncached(w: string): string {
  const c = data();
  const L = c.d.light;
  if (c.keep.has(w)) return w;
  let s = w;
  // 1. one prefix group (article with its particles), else a conjunction
  let stripped = false;
  for (const p of c.prefixes) {
    if (s.length - p.length >= L.minAfterPrefix && s.startsWith(p)) {
      s = s.slice(p.length);
      stripped = true;
      break;
    }
  }
  if (!stripped) {
    // one-letter proclitics (و ف ب ك ل) with the clitic splitter's guards and word lists
    // (the future س is left: in search form سا- is as often a stem, سافر، ساهم)
    const { pro } = cliticBoundaries(s);
    let k = pro.length - 1;
    if (k >= 0 && s.charCodeAt(pro[k]! - 1) === 0x0633) k--;
    const cut = k >= 0 ? pro[k]! : 0;
    if (cut > 0 && s.length - cut >= L.minAfterConjunction) s = s.slice(cut);
  }
  if (c.keep.has(s)) return s;
  // 2. a pronoun suffix; ت before it was ة (حكومتها → حكومه)
  for (const p of c.pronouns) {
    if (s.length - p.length >= L.pronounMinStem && s.endsWith(p)) {
      const before = s.charAt(s.length - p.length - 1);
      if (L.pronounNotAfter[p]?.includes(before)) break;
      s = s.slice(0, s.length - p.length);
      // (not the ت of a plural ات, which the plural step takes)
      if (s.length >= L.taMinStem && s.endsWith(L.taBeforePronoun) && s.charCodeAt(s.length - 2) !== 0x0627) s = s.slice(0, -1);
      break;
    }
  }
  // 3. dual and plural
  for (const p of c.plurals) {
    if (s.length - p.length >= L.pluralMinStem && s.endsWith(p)) {
      s = s.slice(0, s.length - p.length);
      break;
    }
  }
  // 4. nisba and feminine endings, each once, in order
  for (const p of c.endings) {
    if (s.length - p.length >= L.endingMinStem && s.endsWith(p)) s = s.slice(0, s.length - p.length);
  }
  return s;
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
