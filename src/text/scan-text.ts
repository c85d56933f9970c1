/**
 * The text core in one lean pass, for indexing and bulk analysis: the search form of the whole
 * text with its offset map, the tokens as typed arrays, each token's range in the search form,
 * and the light stem of every word token — the same results as `normalize(text)`,
 * `tokenize(text)` and `lightStem(token.norm)`, without a `Token` object or a word string per
 * token (stems come from the memo by code-unit range).
 *
 * One loop reads each character once: it normalizes it (`searchFormTable`) and, for the common
 * cases — white space, a run of Arabic letters with their marks and tatweel, a lone punctuation
 * mark — makes the token itself; anything else (numbers, Latin, URLs, a word that goes on with a
 * Latin letter or a joiner ...) is handed to the tokenizer (`scanTokenAt`), so the tokens are the
 * tokenizer's own.
 */
import * as chars from './chars.js';
import * as normalizer from './normalize.js';
import type { Normalized } from './normalize.js';
import * as stemmer from './stem.js';
import * as tokenizer from './tokenize.js';
import type { TokenSpans } from './tokenize.js';
import { unitsToString } from './units.js';

// Local copies: imported bindings are getters under some loaders (tsx), too slow for hot paths.
const { CLASS, C_AR_LETTER, C_MARK, C_TATWEEL, C_SPACE, C_NEWLINE, C_CONTROL, C_JOINER, C_LATIN, C_LETTER, C_HIGH_SURROGATE } = chars;
const { searchFormTable, NORM_DROP_ATTACH, NORM_DROP } = normalizer;
const { lightStem, lightStemUnits } = stemmer;
const { beginSpans, pushToken, scanTokenAt, isLonePunct, K_WORD, K_PUNCT } = tokenizer;

export interface TextScan {
  /** The search form of the whole text (a fresh string) and its offset map (reused by the next call). */
  norm: Normalized;
  /** The tokens (`scanTokens`' reused arrays). */
  tokens: TokenSpans;
  /** Token `t`'s search form is `norm.text.slice(normStarts[t], normEnds[t])` (reused by the next call). */
  normStarts: Int32Array;
  normEnds: Int32Array;
  /** Light stem of each `word` token, `''` for the other kinds (reused by the next call). */
  stems: string[];
}

/** What the fused loop does with a code unit. */
const S_OTHER = 0; // the tokenizer decides
const S_SKIP = 1; // white space or an ignorable control outside a word
const S_LETTER = 2; // Arabic letter: starts a word
const S_PUNCT = 3; // a one-character punctuation token
const S_IN_WORD = 4; // mark or tatweel: continues an Arabic word
const S_MAYBE = 5; // Latin or other letter, joiner, surrogate: an Arabic word may go on (the tokenizer decides)

const SCAN: Uint8Array = (() => {
  const t = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    const k = CLASS[c]!;
    if (k === C_SPACE || k === C_NEWLINE || k === C_CONTROL) t[c] = S_SKIP;
    else if (k === C_AR_LETTER) t[c] = S_LETTER;
    else if (k === C_MARK || k === C_TATWEEL) t[c] = S_IN_WORD;
    else if (k === C_LATIN || k === C_LETTER || k === C_JOINER || k === C_HIGH_SURROGATE) t[c] = S_MAYBE;
    else if (isLonePunct(c)) t[c] = S_PUNCT;
  }
  return t;
})();

const { direct, expansions } = searchFormTable();

/** Output units and the offset map (grown as needed, reused). */
let units = new Uint16Array(1 << 14);
let starts = new Int32Array(1 << 14);
let ends = new Int32Array(1 << 14);

const scan: TextScan = {
  norm: { text: '', starts: [], ends: [], originalLength: 0 },
  tokens: beginSpans(),
  normStarts: new Int32Array(4096),
  normEnds: new Int32Array(4096),
  stems: new Array<string>(4096).fill(''),
};

function growOutput(cap: number, k: number): void {
  const cap2 = Math.max(cap, 2 * units.length);
  const u = new Uint16Array(cap2);
  const s = new Int32Array(cap2);
  const e = new Int32Array(cap2);
  u.set(units.subarray(0, k));
  s.set(starts.subarray(0, k));
  e.set(ends.subarray(0, k));
  units = u;
  starts = s;
  ends = e;
}

/** Normalize `text[from, to)` into the output from position `k`; returns the new output length. */
function normalizeRange(text: string, from: number, to: number, k: number): number {
  for (let i = from; i < to; i++) {
    const t = direct[text.charCodeAt(i)]!;
    if (t >= 0) {
      units[k] = t;
      starts[k] = i;
      ends[k] = i + 1;
      k++;
    } else if (t === NORM_DROP_ATTACH) {
      if (k > 0 && ends[k - 1] === i) ends[k - 1] = i + 1;
    } else if (t !== NORM_DROP) {
      const exp = expansions[-t - 3]!;
      // Room for the expansion plus one unit per input unit still to read.
      const need = k + exp.length + (text.length - i - 1);
      if (need > units.length) growOutput(need, k);
      for (let j = 0; j < exp.length; j++) {
        units[k] = exp.charCodeAt(j);
        starts[k] = i;
        ends[k] = i + 1;
        k++;
      }
    }
  }
  return k;
}

/** Make room for token `t` in the per-token arrays. */
function growTokens(t: number): void {
  const cap = Math.max(t + 1, 2 * scan.normStarts.length);
  const ns = new Int32Array(cap);
  const ne = new Int32Array(cap);
  ns.set(scan.normStarts);
  ne.set(scan.normEnds);
  scan.normStarts = ns;
  scan.normEnds = ne;
  const st = new Array<string>(cap).fill('');
  for (let i = 0; i < scan.stems.length; i++) st[i] = scan.stems[i]!;
  scan.stems = st;
}

/** Search-form ranges and stems of tokens `[t0, sp.n)` pushed by the tokenizer over `[from, to)`; normalizes that input range. */
function finishTokens(text: string, sp: TokenSpans, t0: number, from: number, to: number, k: number): number {
  let i = from;
  for (let t = t0; t < sp.n; t++) {
    if (t >= scan.normStarts.length) growTokens(t);
    const s = sp.starts[t]!;
    const e = sp.ends[t]!;
    k = normalizeRange(text, i, s, k);
    const a = k;
    k = normalizeRange(text, s, e, k);
    scan.normStarts[t] = a;
    scan.normEnds[t] = k;
    if (sp.kinds[t] !== K_WORD) scan.stems[t] = '';
    else if (k > a) scan.stems[t] = lightStemUnits(units, a, k);
    // A word whose search form is empty keeps its text as its form (as `tokenize` does).
    else scan.stems[t] = lightStem(text.slice(s, e));
    i = e;
  }
  return normalizeRange(text, i, to, k);
}

/** Scan `text` (see `TextScan` for what stays valid after the next call). */
export function scanText(text: string): TextScan {
  const n = text.length;
  if (units.length < n + 8) growOutput(n + 8, 0);
  const sp = beginSpans();
  let k = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const what = SCAN[c]!;
    if (what === S_SKIP) {
      const t = direct[c]!;
      if (t >= 0) {
        units[k] = t;
        starts[k] = i;
        ends[k] = i + 1;
        k++;
      } else if (t !== NORM_DROP) k = normalizeRange(text, i, i + 1, k);
      i++;
    } else if (what === S_LETTER) {
      // An Arabic word: letters, marks, tatweel, normalized as they are read.
      const start = i;
      const a = k;
      let stop = S_OTHER;
      for (;;) {
        const t = direct[text.charCodeAt(i)]!;
        if (t >= 0) {
          units[k] = t;
          starts[k] = i;
          ends[k] = i + 1;
          k++;
        } else if (t === NORM_DROP_ATTACH) {
          if (k > 0 && ends[k - 1] === i) ends[k - 1] = i + 1;
        } else if (t !== NORM_DROP) k = normalizeRange(text, i, i + 1, k); // an expansion
        i++;
        if (i === n) break;
        stop = SCAN[text.charCodeAt(i)]!;
        if (stop !== S_LETTER && stop !== S_IN_WORD) break;
      }
      const tok = sp.n;
      if (stop === S_MAYBE && i < n) {
        // The word may go on (Latin letters, a joiner ...): the tokenizer scans it from its start.
        const e = scanTokenAt(text, start, n);
        k = normalizeRange(text, i, e, k);
        i = e;
      } else pushToken(start, i, K_WORD);
      if (tok >= scan.normStarts.length) growTokens(tok);
      scan.normStarts[tok] = a;
      scan.normEnds[tok] = k;
      scan.stems[tok] = k > a ? lightStemUnits(units, a, k) : lightStem(text.slice(start, i));
    } else if (what === S_PUNCT) {
      const tok = sp.n;
      pushToken(i, i + 1, K_PUNCT);
      if (tok >= scan.normStarts.length) growTokens(tok);
      scan.normStarts[tok] = k;
      k = normalizeRange(text, i, i + 1, k);
      scan.normEnds[tok] = k;
      scan.stems[tok] = '';
      i++;
    } else {
      const t0 = sp.n;
      const e = scanTokenAt(text, i, n);
      k = finishTokens(text, sp, t0, i, e, k);
      i = e;
    }
  }
  scan.norm = { text: unitsToString(units, 0, k), starts: starts.subarray(0, k), ends: ends.subarray(0, k), originalLength: n };
  scan.tokens = sp;
  return scan;
}
