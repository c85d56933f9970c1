/**
 * A char-class tokenizer for Arabic news text (no Intl.Segmenter: one pass over a class table).
 *
 * Tokens cover every character except white space, line breaks and invisible controls (zero-width
 * and bidi marks, `\p{Cc}`/`\p{Cf}`); a ZWNJ/ZWJ between letters stays inside the word.
 * - `word`: a run of letters with their marks and tatweel (Arabic clitics stay attached; see
 *   `splitClitics` for the split); a letter run is `latin` when all its letters are Latin.
 * - `number`: digits of any system with inner decimal (`.` `٫`) and thousands (`,` `٬` + 3 digits)
 *   separators; a number directly followed by Latin letters (`4G`, `3D`) is one `latin` token.
 * - `url` (`http(s)://`, `www.`, or a bare domain with a known TLD: `spa.gov.sa`), `email`, `hashtag` (`#وسم`), `mention` (`@name`).
 * - `punct`: one character each, except runs of `.`/`…`, of `!`/`?`/`؟`, and of the same dash.
 * - `symbol`: one character each (a surrogate pair, with its variation selectors and ZWJ sequences).
 * `norm` is the search form (`normalizeText`), or the text itself when normalization leaves nothing.
 */
import type { Token, TokenKind } from '../doc/doc.js';
import { loadJson } from '../data/load.js';
import * as chars from './chars.js';
import * as normalizer from './normalize.js';

export { splitClitics } from './clitics.js';
export type { CliticPart } from './clitics.js';

// Local copies: imported bindings are getters under some loaders (tsx), too slow for the inner loops.
const { CLASS, C_AR_LETTER, C_CONTROL, C_DIGIT, C_HIGH_SURROGATE, C_JOINER, C_LATIN, C_LETTER, C_MARK, C_NEWLINE, C_PUNCT, C_SPACE, C_SYMBOL, C_TATWEEL, classAt } = chars;
const { normalizeSlice } = normalizer;


const RE_URL = /(?:https?:\/\/|www\.)[^\s<>"«»“”{}|\\^`\u200b-\u200f\u202a-\u202e\u2066-\u2069]+/iy;
const RE_EMAIL = /[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,}/y;
/** A bare domain (`spa.gov.sa`, `sabq.org/news`): labels, a final label checked against `data/text/tlds.json`, an optional path. */
const RE_DOMAIN = /[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\.([A-Za-z]{2,})(?![A-Za-z0-9@-])(?:\/[^\s<>"«»“”{}|\\^`\u200b-\u200f\u202a-\u202e\u2066-\u2069]*)?/y;
let tlds: Set<string> | null = null;

/** End of a bare domain starting at `i`, or -1. */
function matchDomain(s: string, i: number): number {
  RE_DOMAIN.lastIndex = i;
  const m = RE_DOMAIN.exec(s);
  if (!m) return -1;
  tlds ??= new Set(loadJson<{ tlds: string[] }>('text', 'tlds.json').tlds);
  if (!tlds.has(m[1]!.toLowerCase())) return -1;
  let end = RE_DOMAIN.lastIndex;
  while (end > i && URL_TRAILING.has(s[end - 1]!) && s[end - 1] !== ')') end--;
  return end;
}

/** Characters a URL does not end with (they are the sentence's punctuation). */
const URL_TRAILING = new Set(['.', ',', ';', ':', '!', '?', '،', '؛', '؟', "'", ')', ']', '…', '-', '»', '"']);

function isWordClass(k: number): boolean {
  return k === C_AR_LETTER || k === C_LATIN || k === C_LETTER;
}

/** End of a URL starting at `i`, or -1. */
export function matchUrl(s: string, i: number): number {
  RE_URL.lastIndex = i;
  if (!RE_URL.test(s)) return -1;
  let end = RE_URL.lastIndex;
  // Drop trailing punctuation; keep a `)` that closes a `(` inside the URL.
  while (end > i) {
    const ch = s[end - 1]!;
    if (!URL_TRAILING.has(ch)) break;
    if (ch === ')') {
      const body = s.slice(i, end);
      let open = 0;
      for (let j = 0; j < body.length; j++) open += body[j] === '(' ? 1 : body[j] === ')' ? -1 : 0;
      if (open >= 0) break;
    }
    end--;
  }
  // Must keep something after the scheme.
  const head = s.slice(i, Math.min(end, i + 8)).toLowerCase();
  const schemeLen = head.startsWith('https://') ? 8 : head.startsWith('http://') ? 7 : 4;
  return end - i > schemeLen ? end : -1;
}

function matchEmail(s: string, i: number): number {
  RE_EMAIL.lastIndex = i;
  return RE_EMAIL.test(s) ? RE_EMAIL.lastIndex : -1;
}

/** Scan a run of letters (with marks, tatweel and inner joiners) from `i`; returns the end and whether only Latin letters were seen. */
let runAllLatin = false;
function scanLetters(s: string, i: number, n: number): number {
  let allLatin = true;
  while (i < n) {
    const c = s.charCodeAt(i);
    const k = CLASS[c]!;
    if (k === C_AR_LETTER || k === C_LETTER) {
      allLatin = false;
      i++;
    } else if (k === C_LATIN) i++;
    else if (k === C_MARK || k === C_TATWEEL) i++;
    else if (k === C_JOINER) {
      // Only between letters (a ZWNJ inside a Persian word, heh + ZWJ).
      if (i + 1 < n && isWordClass(CLASS[s.charCodeAt(i + 1)]!)) i++;
      else if (c === 0x200d && i > 0 && s.charCodeAt(i - 1) === 0x0647) i++;
      else break;
    } else if (c === 0x27 || c === 0x2019) {
      // Apostrophe inside a Latin word (don't, O'Brien).
      if (i + 1 < n && CLASS[s.charCodeAt(i + 1)] === C_LATIN && i > 0 && CLASS[s.charCodeAt(i - 1)] === C_LATIN) i++;
      else break;
    } else if (k === C_HIGH_SURROGATE) {
      const p = classAt(s, i);
      const pk = p >> 2;
      if (pk === C_LATIN) i += 2;
      else if (pk === C_AR_LETTER || pk === C_LETTER || pk === C_MARK) {
        if (pk !== C_MARK) allLatin = false;
        i += 2;
      } else break;
    } else break;
  }
  runAllLatin = allLatin;
  return i;
}

function isDigitAt(s: string, i: number, n: number): boolean {
  return i < n && CLASS[s.charCodeAt(i)] === C_DIGIT;
}

/** Scan a number from `i` (a digit): digits with inner decimal and thousands separators. */
function scanNumber(s: string, i: number, n: number): number {
  while (i < n) {
    const c = s.charCodeAt(i);
    if (CLASS[c] === C_DIGIT) {
      i++;
      continue;
    }
    if ((c === 0x2e || c === 0x066b) && isDigitAt(s, i + 1, n)) {
      i++;
      continue;
    }
    if ((c === 0x2c || c === 0x066c) && isDigitAt(s, i + 1, n) && isDigitAt(s, i + 2, n) && isDigitAt(s, i + 3, n) && !isDigitAt(s, i + 4, n)) {
      i += 4;
      continue;
    }
    break;
  }
  return i;
}

function isDotLike(c: number): boolean {
  return c === 0x2e || c === 0x2026;
}
function isBangLike(c: number): boolean {
  return c === 0x21 || c === 0x3f || c === 0x061f;
}
function isDash(c: number): boolean {
  return c === 0x2d || c === 0x2013 || c === 0x2014 || c === 0x2015;
}

/** Extend a symbol at `i` (already past its first char) over variation selectors, modifiers and ZWJ sequences. */
function extendSymbol(s: string, i: number, n: number): number {
  while (i < n) {
    const c = s.charCodeAt(i);
    if ((c >= 0xfe00 && c <= 0xfe0f) || CLASS[c] === C_MARK) {
      i++;
      continue;
    }
    if (c === 0xd83c && i + 1 < n) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdffb && d <= 0xdfff) {
        i += 2; // skin tone modifier
        continue;
      }
    }
    if (c === 0x200d && i + 1 < n) {
      const p = classAt(s, i + 1);
      if (p >> 2 === C_SYMBOL) {
        i += 1 + (p & 3);
        continue;
      }
    }
    break;
  }
  return i;
}

/** Token kinds by code (the `kinds` of `TokenSpans`). */
export const KIND_NAMES: readonly TokenKind[] = ['word', 'latin', 'number', 'url', 'email', 'hashtag', 'mention', 'punct', 'symbol'];
export const K_WORD = 0;
export const K_LATIN = 1;
export const K_NUMBER = 2;
export const K_URL = 3;
export const K_EMAIL = 4;
export const K_HASHTAG = 5;
export const K_MENTION = 6;
export const K_PUNCT = 7;
export const K_SYMBOL = 8;

/** Token boundaries and kind codes in typed arrays: token `t` is `[starts[t], ends[t])` of kind `KIND_NAMES[kinds[t]]`. */
export interface TokenSpans {
  n: number;
  starts: Int32Array;
  ends: Int32Array;
  kinds: Uint8Array;
}

/** Reused between calls: `scanTokens`' result is valid until its next call. */
const spans: TokenSpans = { n: 0, starts: new Int32Array(4096), ends: new Int32Array(4096), kinds: new Uint8Array(4096) };

function growSpans(min = 0): void {
  const cap = Math.max(min, spans.starts.length * 2);
  const st = new Int32Array(cap);
  const en = new Int32Array(cap);
  const ki = new Uint8Array(cap);
  st.set(spans.starts);
  en.set(spans.ends);
  ki.set(spans.kinds);
  spans.starts = st;
  spans.ends = en;
  spans.kinds = ki;
}

function push(start: number, end: number, kind: number): void {
  const t = spans.n;
  if (t === spans.starts.length) growSpans();
  spans.starts[t] = start;
  spans.ends[t] = end;
  spans.kinds[t] = kind;
  spans.n = t + 1;
}

/**
 * Tokenize `text` (or `text[from, to)`), offsets into `text`.
 */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const sp = scanTokens(text, from, to);
  const { n, starts, ends, kinds } = sp;
  const out: Token[] = new Array<Token>(n);
  for (let t = 0; t < n; t++) {
    const start = starts[t]!;
    const end = ends[t]!;
    const tx = text.slice(start, end);
    const norm = normalizeSlice(text, start, end, tx);
    out[t] = { start, end, text: tx, kind: KIND_NAMES[kinds[t]!]!, norm: norm.length > 0 ? norm : tx };
  }
  return out;
}

/**
 * The tokens of `text` (or `text[from, to)`) as typed arrays, without building strings: the fast
 * path for indexing. The result is reused by the next call (copy what you keep).
 */
export function scanTokens(text: string, from = 0, to = text.length): TokenSpans {
  spans.n = 0;
  const n = Math.min(to, text.length);
  let i = Math.max(0, from);
  while (i < n) i = scanTokenAt(text, i, n);
  return spans;
}

/** Is `c` a punctuation character that is always a one-character `punct` token by itself? */
export function isLonePunct(c: number): boolean {
  return CLASS[c] === C_PUNCT && c !== 0x23 && c !== 0x40 && !isDotLike(c) && !isBangLike(c) && !isDash(c);
}

/**
 * Empty the reused `TokenSpans` and return it (for `scanTokenAt` and `pushToken`), with room for
 * at least `capacity` tokens: a caller that reserves one per code unit of its text can write the
 * arrays itself (its tokens never make them grow).
 */
export function beginSpans(capacity = 0): TokenSpans {
  spans.n = 0;
  if (spans.starts.length < capacity) growSpans(capacity);
  return spans;
}

/** Append a token to the reused `TokenSpans` (a caller that scans some tokens itself). */
export function pushToken(start: number, end: number, kind: number): void {
  push(start, end, kind);
}

/**
 * Scan from `i` (< `n`) in `s`: skip one white-space or control character, or push the token
 * that starts at `i` (two for a number glued to Arabic letters) to the reused `TokenSpans`.
 * Returns the position after what was read.
 */
export function scanTokenAt(s: string, i: number, n: number): number {
  const c = s.charCodeAt(i);
  const k = CLASS[c]!;
  if (k === C_SPACE || k === C_NEWLINE || k === C_CONTROL || k === C_JOINER) return i + 1;
  const start = i;
  if (k === C_AR_LETTER || k === C_LETTER) {
    i = scanLetters(s, i, n);
    push(start, i, K_WORD);
    return i;
  }
  if (k === C_LATIN) {
    if (c === 0x68 || c === 0x48 || c === 0x77 || c === 0x57) {
      const e = matchUrl(s, i);
      if (e > 0 && e <= n) {
        push(start, e, K_URL);
        i = e;
        return i;
      }
    }
    const e = matchEmail(s, i);
    if (e > 0 && e <= n) {
      push(start, e, K_EMAIL);
      i = e;
      return i;
    }
    const d = matchDomain(s, i);
    if (d > 0 && d <= n) {
      push(start, d, K_URL);
      i = d;
      return i;
    }
    i = scanLetters(s, i, n);
    // Latin letters followed by ASCII digits (G20, H1N1) stay one token.
    while (i < n && CLASS[s.charCodeAt(i)] === C_DIGIT && s.charCodeAt(i) < 0x80 && runAllLatin) {
      while (i < n && s.charCodeAt(i) >= 0x30 && s.charCodeAt(i) <= 0x39) i++;
      if (i < n && CLASS[s.charCodeAt(i)] === C_LATIN) i = scanLetters(s, i, n);
    }
    push(start, i, runAllLatin ? K_LATIN : K_WORD);
    return i;
  }
  if (k === C_DIGIT) {
    if (c < 0x80) {
      const e = matchEmail(s, i);
      if (e > 0 && e <= n) {
        push(start, e, K_EMAIL);
        i = e;
        return i;
      }
    }
    i = scanNumber(s, i, n);
    if (i < n && CLASS[s.charCodeAt(i)] === C_LATIN && s.charCodeAt(i - 1) < 0x80) {
      i = scanLetters(s, i, n);
      if (runAllLatin) {
        push(start, i, K_LATIN);
        return i;
      }
      // Mixed with Arabic letters: give the digits and the letters their own tokens.
      const e = scanNumber(s, start, n);
      push(start, e, K_NUMBER);
      push(e, i, K_WORD);
      return i;
    }
    push(start, i, K_NUMBER);
    return i;
  }
  if (k === C_TATWEEL || k === C_MARK) {
    // A stray mark or a tatweel run: part of the following word when one starts right after.
    let j = i;
    while (j < n && (CLASS[s.charCodeAt(j)] === C_TATWEEL || CLASS[s.charCodeAt(j)] === C_MARK)) j++;
    if (j < n && isWordClass(CLASS[s.charCodeAt(j)]!)) {
      i = scanLetters(s, j, n);
      push(start, i, runAllLatin ? K_LATIN : K_WORD);
    } else {
      i = j;
      push(start, i, k === C_TATWEEL ? K_PUNCT : K_SYMBOL);
    }
    return i;
  }
  if (c === 0x23 || c === 0x40) {
    // #hashtag, @mention
    const j = i + 1;
    if (j < n) {
      const kj = CLASS[s.charCodeAt(j)]!;
      if (isWordClass(kj) || kj === C_DIGIT || s.charCodeAt(j) === 0x5f) {
        let e = j;
        while (e < n) {
          const ke = CLASS[s.charCodeAt(e)]!;
          if (isWordClass(ke) || ke === C_DIGIT || ke === C_MARK || ke === C_TATWEEL || s.charCodeAt(e) === 0x5f) e++;
          else if (ke === C_JOINER && e + 1 < n && isWordClass(CLASS[s.charCodeAt(e + 1)]!)) e++;
          else break;
        }
        // A hashtag needs a letter or underscore (not `#1`).
        let hasLetter = false;
        for (let x = j; x < e && !hasLetter; x++) hasLetter = CLASS[s.charCodeAt(x)] !== C_DIGIT;
        if (hasLetter || c === 0x40) {
          push(start, e, c === 0x23 ? K_HASHTAG : K_MENTION);
          i = e;
          return i;
        }
      }
    }
    i++;
    push(start, i, c === 0x23 ? K_PUNCT : K_SYMBOL);
    return i;
  }
  if (k === C_PUNCT) {
    i++;
    if (isDotLike(c)) while (i < n && isDotLike(s.charCodeAt(i))) i++;
    else if (isBangLike(c)) while (i < n && isBangLike(s.charCodeAt(i))) i++;
    else if (isDash(c)) while (i < n && s.charCodeAt(i) === c) i++;
    push(start, i, K_PUNCT);
    return i;
  }
  if (k === C_HIGH_SURROGATE) {
    const p = classAt(s, i);
    const pk = p >> 2;
    if (pk === C_AR_LETTER || pk === C_LATIN || pk === C_LETTER) {
      i = scanLetters(s, i, n);
      push(start, i, runAllLatin ? K_LATIN : K_WORD);
      return i;
    }
    if (pk === C_DIGIT) {
      i += 2;
      while (i < n && (classAt(s, i) >> 2) === C_DIGIT) i += classAt(s, i) & 3;
      push(start, i, K_NUMBER);
      return i;
    }
    if (pk === C_SPACE || pk === C_CONTROL) {
      i += p & 3;
      return i;
    }
    i = extendSymbol(s, i + (p & 3), n);
    push(start, i, pk === C_PUNCT ? K_PUNCT : K_SYMBOL);
    return i;
  }
  // symbols and anything else
  i = extendSymbol(s, i + 1, n);
  push(start, i, K_SYMBOL);
  return i;
}

/** Token kinds that carry words or numbers (what search indexes). */
export function isContentKind(kind: TokenKind): boolean {
  return kind === 'word' || kind === 'latin' || kind === 'number' || kind === 'hashtag' || kind === 'mention' || kind === 'url' || kind === 'email';
}
