/**
 * Scoring `splitClitics` against gold clitic segmentation in the QCRI WikiNews format
 * (`WikiNews.pos.ref`: `seg+seg+seg<TAB>POS+POS+POS`, one word per line).
 *
 * The gold segments include more than clitics (noun suffixes ة ات ين, verb subject markers, case
 * endings); only the clitic boundaries rasid splits are kept: leading CONJ / FUT_PART / PREP / DET
 * segments, and a trailing PRON segment that is one of the enclitic pronouns. `ل+ال+X` is written
 * `للX`, so the article there is one letter on the surface.
 */
import { splitClitics } from './clitics.js';
import { normalizeText } from './normalize.js';

export interface GoldWord {
  /** Surface word (diacritics removed). */
  word: string;
  /** Clitic boundaries (offsets into `word`), ascending. */
  boundaries: number[];
}

const PROCLITIC_TAGS = new Set(['CONJ', 'FUT_PART', 'PREP', 'DET']);
const ENCLITICS = new Set(['ه', 'ها', 'هم', 'هما', 'هن', 'ك', 'كم', 'كما', 'كن', 'ي', 'نا']);
const ARABIC_ONLY = /^[\u0621-\u063a\u0641-\u064a]+$/;

/** Parse gold lines; skips the header, punctuation, numbers, foreign words and lines that do not reassemble. */
export function parseGold(text: string): GoldWord[] {
  const out: GoldWord[] = [];
  for (const line of text.split(/\r?\n/)) {
    const tab = line.indexOf('\t');
    if (tab < 0) continue;
    const segs = line.slice(0, tab).split('+');
    const tags = line.slice(tab + 1).split('+');
    if (segs.length !== tags.length || segs.some((s) => s.length === 0)) continue;
    if (tags.some((t) => t === 'PUNC' || t === 'NUM' || t === 'FOREIGN' || t === 'ABBREV')) continue;
    // Surface segments: ال after ل is written ل.
    const surf = segs.map((s, i) => (s === 'ال' && i > 0 && segs[i - 1] === 'ل' && tags[i] === 'DET' ? 'ل' : s));
    const word = surf.join('');
    if (!ARABIC_ONLY.test(normalizeText(word, { alef: false, alefMaqsura: false, taMarbuta: false, hamza: false }))) continue;
    // Leading proclitics (a PREP only counts while nothing else has started).
    let k = 0;
    const bounds: number[] = [];
    let off = 0;
    while (k < segs.length - 1 && PROCLITIC_TAGS.has(tags[k]!)) {
      off += surf[k]!.length;
      bounds.push(off);
      k++;
    }
    // Trailing enclitic pronoun.
    const last = segs.length - 1;
    if (last > k && tags[last] === 'PRON' && ENCLITICS.has(segs[last]!)) bounds.push(word.length - surf[last]!.length);
    out.push({ word, boundaries: bounds });
  }
  return out;
}

export interface SegmentationScore {
  words: number;
  /** Words whose predicted boundary set equals the gold one. */
  exact: number;
  accuracy: number;
  precision: number;
  recall: number;
  f1: number;
  /** Accuracy of never splitting (the floor any splitter must beat). */
  noSplitAccuracy: number;
}

export function scoreSegmentation(gold: GoldWord[], split: (w: string) => number[] = predictedBoundaries): SegmentationScore {
  let exact = 0;
  let tp = 0;
  let predN = 0;
  let goldN = 0;
  let noSplit = 0;
  for (const g of gold) {
    const p = split(g.word);
    const gs = new Set(g.boundaries);
    let hit = 0;
    for (const b of p) if (gs.has(b)) hit++;
    tp += hit;
    predN += p.length;
    goldN += g.boundaries.length;
    if (hit === p.length && p.length === g.boundaries.length) exact++;
    if (g.boundaries.length === 0) noSplit++;
  }
  const precision = predN ? tp / predN : 1;
  const recall = goldN ? tp / goldN : 1;
  return {
    words: gold.length,
    exact,
    accuracy: gold.length ? exact / gold.length : 0,
    precision,
    recall,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    noSplitAccuracy: gold.length ? noSplit / gold.length : 0,
  };
}

/** Inner boundaries of `splitClitics(word)`. */
export function predictedBoundaries(word: string): number[] {
  const parts = splitClitics(word);
  return parts.slice(1).map((p) => p.start);
}

const AFFIX_TAGS = new Set(['CONJ', 'FUT_PART', 'PREP', 'DET', 'NSUFF', 'CASE', 'PRON']);

/**
 * Word/stem pairs from the same gold: the stem is the word's non-affix segments (affixes: CONJ,
 * FUT_PART, PREP, DET, NSUFF, CASE, PRON), both in search form. Words with no stem segment are skipped.
 */
export function parseGoldStems(text: string): { word: string; stem: string }[] {
  const out: { word: string; stem: string }[] = [];
  for (const line of text.split(/\r?\n/)) {
    const tab = line.indexOf('\t');
    if (tab < 0) continue;
    const segs = line.slice(0, tab).split('+');
    const tags = line.slice(tab + 1).split('+');
    if (segs.length !== tags.length || tags.some((t) => t === 'PUNC' || t === 'NUM' || t === 'FOREIGN' || t === 'ABBREV')) continue;
    const surf = segs.map((s, i) => (s === 'ال' && i > 0 && segs[i - 1] === 'ل' && tags[i] === 'DET' ? 'ل' : s));
    const word = normalizeText(surf.join(''));
    if (!/^[\u0621-\u064a]+$/.test(word)) continue;
    const stem = normalizeText(segs.filter((_, i) => !AFFIX_TAGS.has(tags[i]!)).join(''));
    if (stem) out.push({ word, stem });
  }
  return out;
}

export interface ConflationScore {
  types: number;
  /** Of the word pairs the stemmer conflates, the share that share a gold stem. */
  precision: number;
  /** Of the word pairs that share a gold stem, the share the stemmer conflates. */
  recall: number;
  f1: number;
}

/**
 * How well `stem` groups distinct word types the way the gold stems do (pair counting over types;
 * a type with two gold stems counts under its first).
 */
export function scoreConflation(pairs: { word: string; stem: string }[], stem: (w: string) => string): ConflationScore {
  const gold = new Map<string, string>();
  for (const p of pairs) if (!gold.has(p.word)) gold.set(p.word, p.stem);
  const cell = new Map<string, number>();
  const byGold = new Map<string, number>();
  const byPred = new Map<string, number>();
  for (const [w, g] of gold) {
    const s = stem(w);
    const k = g + '\u0000' + s;
    cell.set(k, (cell.get(k) ?? 0) + 1);
    byGold.set(g, (byGold.get(g) ?? 0) + 1);
    byPred.set(s, (byPred.get(s) ?? 0) + 1);
  }
  const pairsOf = (m: Map<string, number>) => {
    let t = 0;
    for (const v of m.values()) t += (v * (v - 1)) / 2;
    return t;
  };
  const tp = pairsOf(cell);
  const predPairs = pairsOf(byPred);
  const goldPairs = pairsOf(byGold);
  const precision = predPairs ? tp / predPairs : 1;
  const recall = goldPairs ? tp / goldPairs : 1;
  return { types: gold.size, precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}
