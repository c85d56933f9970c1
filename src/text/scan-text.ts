/**
 * The text core in one lean pass, for indexing and bulk analysis: the search form of the whole
 * text with its offset map, the tokens as typed arrays, each token's range in the search form,
 * and the light stem of every word token — the same results as `normalize(text)`,
 * `tokenize(text)` and `lightStem(token.norm)`, without a `Token` object or a word string per
 * token (stems come from the memo by code-unit range).
 *
 * One loop reads each character once: it normalizes it and, for the common cases — white space, a
 * run of Arabic letters with their marks and tatweel, a lone punctuation mark — makes the token
 * itself; anything else (numbers, Latin, URLs, a word that goes on with a Latin letter or a joiner
 * ...) is handed to the tokenizer (`scanTokenAt`), so the tokens are the tokenizer's own. Each word
 * is queued for the stemmer as it ends (`queueWord`), and the queue is stemmed at the end of the
 * text (`stemQueued`: its memo lookups overlap instead of waiting one after another).
 *
 * Every per-token array is reserved at one entry per code unit of the text before the loop (a
 * token is at least one code unit), so the loop writes them without checking their size; only the
 * search form can outgrow the text (a ligature expands), and `normalizeRange` grows it then.
 */
import * as chars from './chars.js';
import * as normalizer from './normalize.js';
import type { Normalized } from './normalize.js';
import * as stemmer from './stem.js';
import * as tokenizer from './tokenize.js';
import type { TokenSpans } from './tokenize.js';
import { unitsOf, unitsToString } from './units.js';

// Local copies: imported bindings are getters under some loaders (tsx), too slow for hot paths.
const { CLASS, C_AR_LETTER, C_MARK, C_TATWEEL, C_SPACE, C_NEWLINE, C_CONTROL, C_JOINER, C_LATIN, C_LETTER, C_HIGH_SURROGATE } = chars;
const { searchFormTable, NORM_DROP_ATTACH, NORM_DROP } = normalizer;
const { lightStem, beginWords, queueWord, stemQueued } = stemmer;
const { beginSpans, scanTokenAt, isLonePunct, K_WORD, K_PUNCT } = tokenizer;

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
  const t = new Uint8Array(0x10000).fill(S_OTHER);
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

/** `IN_WORD[c]` for a code unit inside an Arabic word (`S_LETTER`, `S_IN_WORD`): one lookup says what to do. */
const W_ATTACH = -1; // deleted, its range goes to the previous unit (a mark, tatweel)
const W_END = -2; // not part of an Arabic word: the word ends before it
const W_SLOW = -3; // part of the word, but deleted without trace or expanded: `normalizeRange`
const IN_WORD: Int32Array = (() => {
  const t = new Int32Array(0x10000).fill(W_END);
  for (let c = 0; c < 0x10000; c++) {
    const s = SCAN[c]!;
    if (s !== S_LETTER && s !== S_IN_WORD) continue;
    const d = direct[c]!;
    t[c] = d >= 0 ? d : d === NORM_DROP_ATTACH ? W_ATTACH : W_SLOW;
  }
  return t;
})();

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

/** Room for `cap` tokens in the per-token arrays. */
function reserveTokens(cap: number): void {
  if (scan.normStarts.length >= cap) return;
  const c = Math.max(cap, 2 * scan.normStarts.length);
  scan.normStarts = new Int32Array(c);
  scan.normEnds = new Int32Array(c);
  scan.stems = new Array<string>(c).fill('');
}

/** Normalize `text[from, to)` into the output from position `k`; returns the new output length. */
function normalizeRange(text: Uint16Array, n: number, from: number, to: number, k: number): number {
  for (let i = from; i < to; i++) {
    const t = direct[text[i]!]!;
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
      const need = k + exp.length + (n - i - 1);
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

/** Search-form ranges and stems of tokens `[t0, sp.n)` pushed by the tokenizer over `[from, to)`; normalizes that input range. */
function finishTokens(text: string, T: Uint16Array, sp: TokenSpans, t0: number, from: number, to: number, k: number): number {
  const ns = scan.normStarts;
  const ne = scan.normEnds;
  const stems = scan.stems;
  let i = from;
  for (let t = t0; t < sp.n; t++) {
    const s = sp.starts[t]!;
    const e = sp.ends[t]!;
    k = normalizeRange(T, text.length, i, s, k);
    const a = k;
    k = normalizeRange(T, text.length, s, e, k);
    ns[t] = a;
    ne[t] = k;
    if (sp.kinds[t] !== K_WORD) stems[t] = '';
    else if (k > a) queueWord(units, a, k, t, stems);
    // A word whose search form is empty keeps its text as its form (as `tokenize` does).
    else stems[t] = lightStem(text.slice(s, e));
    i = e;
  }
  return normalizeRange(T, text.length, i, to, k);
}

/** Scan `text` (see `TextScan` for what stays valid after the next call). */
export function scanText(text: string): TextScan {
  const n = text.length;
  const T = unitsOf(text);
  // A sentinel after the text (NUL ends a word), so the word loop needs no end-of-text check.
  T[n] = 0;
  if (units.length < n + 8) growOutput(n + 8, 0);
  reserveTokens(n + 1);
  beginWords(n + 1);
  const sp = beginSpans(n + 1);
  // Locals for the hot loop; the output arrays are loaded again after a call that may grow them.
  let U = units;
  let S = starts;
  let E = ends;
  const TS = sp.starts;
  const TE = sp.ends;
  const TK = sp.kinds;
  const NS = scan.normStarts;
  const NE = scan.normEnds;
  const ST = scan.stems;
  let nt = 0;
  let k = 0;
  let i = 0;
  while (i < n) {
    let c = T[i]!;
    const what = SCAN[c]!;
    if (what === S_LETTER) {
      // An Arabic word: letters, marks, tatweel, normalized as they are read.
      const start = i;
      const a = k;
      let w = IN_WORD[c]!;
      for (;;) {
        if (w >= 0) {
          U[k] = w;
          S[k] = i;
          E[k] = i + 1;
          k++;
        } else if (w === W_ATTACH) {
          if (k > 0 && E[k - 1] === i) E[k - 1] = i + 1;
        } else {
          k = normalizeRange(T, n, i, i + 1, k); // deleted, or an expansion
          U = units;
          S = starts;
          E = ends;
        }
        i++;
        c = T[i]!;
        w = IN_WORD[c]!;
        if (w === W_END) break;
      }
      const tok = nt;
      if (i < n && SCAN[c] === S_MAYBE) {
        // The word may go on (Latin letters, a joiner ...): the tokenizer scans it from its start.
        sp.n = nt;
        const e = scanTokenAt(text, start, n);
        nt = sp.n;
        k = normalizeRange(T, n, i, e, k);
        U = units;
        S = starts;
        E = ends;
        i = e;
      } else {
        TS[nt] = start;
        TE[nt] = i;
        TK[nt] = K_WORD;
        nt++;
      }
      NS[tok] = a;
      NE[tok] = k;
      if (k > a) queueWord(U, a, k, tok, ST);
      else ST[tok] = lightStem(text.slice(start, i));
    } else if (what === S_SKIP) {
      const t = direct[c]!;
      if (t >= 0) {
        U[k] = t;
        S[k] = i;
        E[k] = i + 1;
        k++;
      } else if (t !== NORM_DROP) {
        k = normalizeRange(T, n, i, i + 1, k);
        U = units;
        S = starts;
        E = ends;
      }
      i++;
    } else if (what === S_PUNCT) {
      TS[nt] = i;
      TE[nt] = i + 1;
      TK[nt] = K_PUNCT;
      NS[nt] = k;
      const t = direct[c]!;
      if (t >= 0) {
        U[k] = t;
        S[k] = i;
        E[k] = i + 1;
        k++;
      } else {
        k = normalizeRange(T, n, i, i + 1, k);
        U = units;
        S = starts;
        E = ends;
      }
      NE[nt] = k;
      ST[nt] = '';
      nt++;
      i++;
    } else {
      sp.n = nt;
      const e = scanTokenAt(text, i, n);
      k = finishTokens(text, T, sp, nt, i, e, k);
      nt = sp.n;
      U = units;
      S = starts;
      E = ends;
      i = e;
    }
  }
  sp.n = nt;
  stemQueued(units, NS, NE, ST);
  scan.norm = { text: unitsToString(units, 0, k), starts: starts.subarray(0, k), ends: ends.subarray(0, k), originalLength: n };
  scan.tokens = sp;
  return scan;
}
