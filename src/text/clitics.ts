/**
 * Clitic segmentation of one Arabic word: proclitics (conjunction و ف, future س, preposition ب ك ل,
 * article ال, with لل = ل + ال) and one enclitic pronoun (ه ها هم هما هن ك كم كن ي نا).
 * Rule-based with length guards and a data list of words whose first/last letters are radicals
 * (`data/text/clitics.json`), so `ولد`, `بيت`, `كتاب`, `وزارة` stay whole.
 * Parts carry offsets relative to the word as written (diacritics and tatweel stay in their part).
 */
import { loadJson } from '../data/load.js';
import * as normalizer from './normalize.js';
import type { NormalizeOptions } from './normalize.js';
import * as stop from './stopwords.js';
import { RangeSet, foldTable } from './range-set.js';
import { stringUnits } from './units.js';

// Local copies: imported bindings are getters under some loaders (tsx), too slow for hot paths.
const { normalize, normalizeText } = normalizer;
const { isStopWord } = stop;

export interface CliticPart {
  text: string;
  start: number;
  end: number;
  role: 'proclitic' | 'stem' | 'enclitic';
}

interface CliticData {
  conjunctions: string[];
  prepositions: string[];
  future: string;
  futureNext: string[];
  article: string;
  enclitics: string[];
  hostOnlyEnclitics: string[];
  shortEnclitics: string[];
  minStem: { proclitic: number; article: number; enclitic: number; encliticShort: number };
  hosts: string[];
  noSplit: string[];
}

/** Normalization used for clitic decisions: keeps ة, ى and hamza carriers (they tell nouns from pronouns). */
export const CLITIC_FORM: NormalizeOptions = { alef: false, taMarbuta: false, alefMaqsura: false, hamza: false, digits: false, punctuation: false, spaces: false };

interface Compiled {
  conj: Set<number>;
  prep: Set<number>;
  future: number;
  futureNext: Set<number>;
  article: string;
  enclitics: string[];
  hostOnly: Set<string>;
  short: Set<string>;
  min: CliticData['minStem'];
  hosts: Set<string>;
  noSplit: Set<string>;
  /** `noSplit` words, and each with a suffix from SUFFIXES_FOR_LOOKUP (ة written ت before it). */
  listed: Set<string>;
  /** Every host followed by every enclitic. */
  hostWithEnclitic: Set<string>;
}

let compiled: Compiled | null = null;

function data(): Compiled {
  if (compiled) return compiled;
  const d = loadJson<CliticData>('text', 'clitics.json');
  const nz = (w: string) => normalizeText(w, CLITIC_FORM);
  const nzf = (w: string) => fold(nz(w));
  const code = (w: string) => nz(w).charCodeAt(0);
  const enclitics = d.enclitics.map(nz).sort((a, b) => b.length - a.length);
  const hosts = new Set(d.hosts.map(nzf));
  const noSplit = new Set(d.noSplit.map(nzf));
  const listed = new Set(noSplit);
  for (const base of noSplit) {
    for (const suf of SUFFIXES_FOR_LOOKUP) {
      listed.add(base + suf);
      if (base.endsWith('ة')) listed.add(base.slice(0, -1) + 'ت' + suf);
    }
  }
  const hostWithEnclitic = new Set<string>();
  for (const h of hosts) for (const e of enclitics) hostWithEnclitic.add(h + e);
  compiled = {
    conj: new Set(d.conjunctions.map(code)),
    prep: new Set(d.prepositions.map(code)),
    future: code(d.future),
    futureNext: new Set(d.futureNext.map(code)),
    article: nz(d.article),
    enclitics,
    hostOnly: new Set(d.hostOnlyEnclitics.map(nz)),
    short: new Set(d.shortEnclitics.map(nz)),
    min: d.minStem,
    hosts,
    noSplit,
    listed,
    hostWithEnclitic,
  };
  return compiled;
}

/** Alef variants folded: list lookups ignore hamza on alef, structure does not. */
function fold(w: string): string {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c === 0x0623 || c === 0x0625 || c === 0x0622) return w.replace(/[أإآ]/g, 'ا');
  }
  return w;
}

/** Is `w` (clitic form) a function word (stop list)? */
function isFunctionWord(w: string): boolean {
  return isStopWord(normalizeText(w));
}

/** Suffixes a listed word may carry and still count as listed (`وزارته`, `وزاراتها`). */
const SUFFIXES_FOR_LOOKUP = ['هما', 'هم', 'ها', 'ه', 'ات', 'ين', 'ون', 'ان', 'ة', 'ي', 'نا', 'كم'];

/** Is `w` (clitic form) a listed whole word, possibly with a common suffix? */
function isListed(c: Compiled, w: string): boolean {
  return c.listed.has(fold(w));
}

function isArabicLetter(c: number): boolean {
  return (c >= 0x0621 && c <= 0x063a) || (c >= 0x0641 && c <= 0x064a) || (c >= 0x0671 && c <= 0x06d3) || c === 0x06d5;
}

/** `فيها`, `عليه`, `لدينا`: a preposition/particle host with a pronoun. */
function isHostWithEnclitic(c: Compiled, w: string): boolean {
  return c.hostWithEnclitic.has(fold(w));
}

/**
 * May the one-letter proclitic at `pos` be split off? The rest must be long enough (`min` letters)
 * or a function word (`وقد`, `بما`), and the word from `pos` must not be a listed whole word.
 */
function canSplitProclitic(c: Compiled, t: string, pos: number, min: number): boolean {
  const rem = t.length - pos - 1;
  if (rem < 2) return false;
  const w = t.slice(pos);
  if (isListed(c, w) || isHostWithEnclitic(c, w)) return false;
  return rem >= min || isFunctionWord(t.slice(pos + 1));
}

/**
 * Boundaries (in clitic-normalized letters) of the clitic split of `t`: returns [proclitic ends..., stem end].
 * Exposed for the stemmer; `splitClitics` maps them back to the original word.
 */
export function cliticBoundaries(t: string): { pro: number[]; stemEnd: number } {
  const c = data();
  const n = t.length;
  const pro: number[] = [];
  for (let i = 0; i < n; i++) if (!isArabicLetter(t.charCodeAt(i))) return { pro, stemEnd: n };
  let pos = 0;
  // conjunction
  if (c.conj.has(t.charCodeAt(pos)) && canSplitProclitic(c, t, pos, c.min.proclitic)) {
    pos++;
    pro.push(pos);
  }
  // future particle before an imperfect verb (after a conjunction, or a long enough verb)
  if (
    t.charCodeAt(pos) === c.future &&
    c.futureNext.has(t.charCodeAt(pos + 1)) &&
    n - pos - 1 >= 4 &&
    !t.endsWith('ة') &&
    !t.endsWith('ات') &&
    !isListed(c, t.slice(pos))
  ) {
    pos++;
    pro.push(pos);
  } else {
    // preposition
    const p = t.charCodeAt(pos);
    let lamLam = false;
    if (c.prep.has(p)) {
      if (p === 0x0644 && t.charCodeAt(pos + 1) === 0x0644 && n - pos - 2 >= c.min.article && !isListed(c, t.slice(pos))) {
        // لل = ل + ال with the alef elided
        pro.push(pos + 1, pos + 2);
        pos += 2;
        lamLam = true;
      } else if (t.startsWith(c.article, pos + 1) && n - pos - 3 >= c.min.article) {
        pos++;
        pro.push(pos);
      } else if (canSplitProclitic(c, t, pos, c.min.proclitic)) {
        pos++;
        pro.push(pos);
      }
    }
    // article
    if (!lamLam && t.startsWith(c.article, pos) && n - pos - 2 >= c.min.article && !isListed(c, t.slice(pos))) {
      pos += 2;
      pro.push(pos);
    }
  }
  // enclitic
  let stemEnd = n;
  for (const e of c.enclitics) {
    if (!t.endsWith(e)) continue;
    const stem = t.slice(pos, n - e.length);
    const host = c.hosts.has(fold(stem));
    let ok: boolean;
    if (c.hostOnly.has(e)) ok = host;
    else if (host) ok = true;
    else ok = stem.length >= (c.short.has(e) ? c.min.encliticShort : c.min.enclitic) && n - pos >= 4;
    if (ok) {
      const rest = t.slice(pos);
      if (c.noSplit.has(fold(rest)) || (!host && isFunctionWord(rest))) ok = false;
    }
    if (ok) stemEnd = n - e.length;
    break; // only the longest matching enclitic is considered
  }
  return { pro, stemEnd };
}

/** `cliticBoundaries`' word lists as `RangeSet`s and its letter sets as flags, for `procliticBoundaries`. */
interface RangeData {
  listed: RangeSet;
  hostWithEnclitic: RangeSet;
  /** Stop words, looked up through the search form's one-to-one letter folds (`isFunctionWord`). */
  stop: RangeSet;
  conj: Uint8Array;
  prep: Uint8Array;
  futureNext: Uint8Array;
  article: Uint16Array;
}

let rangeData: RangeData | null = null;

function flags(codes: Iterable<number>): Uint8Array {
  const f = new Uint8Array(0x10000);
  for (const c of codes) if (c >= 0 && c < 0x10000) f[c] = 1;
  return f;
}

function ranges(): RangeData {
  if (rangeData) return rangeData;
  const c = data();
  // `fold`: alef variants → ا; the stop list is in search form, which maps each Arabic letter to one letter.
  const alefFold = foldTable([
    [0x0623, 0x0627],
    [0x0625, 0x0627],
    [0x0622, 0x0627],
  ]);
  const searchFold: Array<[number, number]> = [];
  for (let ch = 0; ch < 0x10000; ch++) {
    if (!isArabicLetter(ch)) continue;
    const nf = normalizeText(String.fromCharCode(ch));
    if (nf.length !== 1) throw new Error(`search form of U+${ch.toString(16)} is not one letter`);
    searchFold.push([ch, nf.charCodeAt(0)]);
  }
  rangeData = {
    listed: new RangeSet(c.listed, alefFold),
    hostWithEnclitic: new RangeSet(c.hostWithEnclitic, alefFold),
    stop: new RangeSet(stop.stopWords(), foldTable(searchFold)),
    conj: flags(c.conj),
    prep: flags(c.prep),
    futureNext: flags(c.futureNext),
    article: stringUnits(c.article),
  };
  return rangeData;
}

/** Does `buf[a + pos, b)` start with the article? */
function articleAt(r: RangeData, buf: Uint16Array, a: number, b: number, pos: number): boolean {
  const art = r.article;
  if (a + pos + art.length > b) return false;
  for (let j = 0; j < art.length; j++) if (buf[a + pos + j] !== art[j]) return false;
  return true;
}

/** `canSplitProclitic` on `buf[a, b)`. */
function canSplitAt(c: Compiled, r: RangeData, buf: Uint16Array, a: number, b: number, pos: number, min: number): boolean {
  const rem = b - a - pos - 1;
  if (rem < 2) return false;
  if (r.listed.has(buf, a + pos, b) || r.hostWithEnclitic.has(buf, a + pos, b)) return false;
  return rem >= min || r.stop.has(buf, a + pos + 1, b);
}

/**
 * The proclitic boundaries of `cliticBoundaries(t)` (its `pro`) for the word `t = buf[a, b)`, the
 * same decisions without building strings: written to `out` (relative to `a`, at least 3 long);
 * returns how many. The stemmer's hot path.
 */
export function procliticBoundaries(buf: Uint16Array, a: number, b: number, out: Int32Array): number {
  for (let i = a; i < b; i++) if (!isArabicLetter(buf[i]!)) return 0;
  return procliticBoundariesOfLetters(buf, a, b, out);
}

/** `procliticBoundaries` for a word known to be Arabic letters only (each `isArabicLetter`): the stemmer's, which checked. */
export function procliticBoundariesOfLetters(buf: Uint16Array, a: number, b: number, out: Int32Array): number {
  const c = data();
  const r = ranges();
  const n = b - a;
  let m = 0;
  let pos = 0;
  // conjunction
  if (n > 0 && r.conj[buf[a]!] === 1 && canSplitAt(c, r, buf, a, b, pos, c.min.proclitic)) {
    pos++;
    out[m++] = pos;
  }
  // future particle
  if (
    pos + 1 < n &&
    buf[a + pos] === c.future &&
    r.futureNext[buf[a + pos + 1]!] === 1 &&
    n - pos - 1 >= 4 &&
    buf[b - 1] !== 0x0629 &&
    !(buf[b - 2] === 0x0627 && buf[b - 1] === 0x062a) &&
    !r.listed.has(buf, a + pos, b)
  ) {
    pos++;
    out[m++] = pos;
  } else {
    let lamLam = false;
    if (pos < n && r.prep[buf[a + pos]!] === 1) {
      const p = buf[a + pos]!;
      if (p === 0x0644 && pos + 1 < n && buf[a + pos + 1] === 0x0644 && n - pos - 2 >= c.min.article && !r.listed.has(buf, a + pos, b)) {
        out[m++] = pos + 1;
        out[m++] = pos + 2;
        pos += 2;
        lamLam = true;
      } else if (articleAt(r, buf, a, b, pos + 1) && n - pos - 3 >= c.min.article) {
        pos++;
        out[m++] = pos;
      } else if (canSplitAt(c, r, buf, a, b, pos, c.min.proclitic)) {
        pos++;
        out[m++] = pos;
      }
    }
    if (!lamLam && articleAt(r, buf, a, b, pos) && n - pos - 2 >= c.min.article && !r.listed.has(buf, a + pos, b)) {
      pos += 2;
      out[m++] = pos;
    }
  }
  return m;
}

/**
 * Split `word` into proclitics, stem and enclitic. Offsets are relative to `word`; the parts are
 * contiguous and cover it. A word that is not Arabic, or that has no clitic, is one `stem` part.
 */
export function splitClitics(word: string): CliticPart[] {
  const nz = normalize(word, CLITIC_FORM);
  const t = nz.text;
  if (t.length === 0) return [{ text: word, start: 0, end: word.length, role: 'stem' }];
  const { pro, stemEnd } = cliticBoundaries(t);
  const parts: CliticPart[] = [];
  let prev = 0;
  const at = (k: number) => (k >= t.length ? word.length : nz.starts[k]!);
  for (const b of pro) {
    const e = at(b);
    parts.push({ text: word.slice(prev, e), start: prev, end: e, role: 'proclitic' });
    prev = e;
  }
  const se = at(stemEnd);
  parts.push({ text: word.slice(prev, se), start: prev, end: se, role: 'stem' });
  if (se < word.length) parts.push({ text: word.slice(se), start: se, end: word.length, role: 'enclitic' });
  return parts;
}
