/**
 * Sentence splitting for news Arabic.
 *
 * - `.` `!` `?` `؟` `…` `۔` (and runs of them, `?!`, `...`) end a sentence; so does every line break.
 *   `،` and `؛` do not.
 * - No split inside a matched pair of quotes or brackets on the same line (`«...»`, `“...”`,
 *   `"..."`, `(...)`, `[...]`, `{...}`); an unmatched opener is ignored. A quotation whose last
 *   character is a terminator (`«...صعب.» وأضاف`) ends the sentence after its closing mark.
 * - A period does not end a sentence after an abbreviation (`data/text/abbreviations.json`, any
 *   single letter such as `د.` `أ.` or a Latin initial, dotted chains like `أ.د.` `U.S.`), inside a
 *   number (`3.5`), when a Latin letter or digit follows at once (`spa.gov`), after a list number at
 *   the start of a line (`1.`), or inside a URL. After a number, `م.` and `هـ.` (year markers) do end it.
 * - Punctuation right after the terminator stays with the sentence (`.،` `».` `!)`).
 * Spans are trimmed of white space and never empty; they are ordered and do not overlap.
 */
import type { Span } from '../doc/span.js';
import { loadJson } from '../data/load.js';
import * as chars from './chars.js';
import { normalizeText, type NormalizeOptions } from './normalize.js';
import { matchUrl } from './tokenize.js';

// Local copies: imported bindings are getters under some loaders (tsx), too slow for the inner loops.
const { CLASS, C_AR_LETTER, C_DIGIT, C_LATIN, C_LETTER, C_MARK, C_NEWLINE, C_TATWEEL, isSpaceClass } = chars;


interface AbbrevData {
  arabic: string[];
  latin: string[];
  yearMarkers: string[];
}

/** Only marks and tatweel removed: abbreviations are compared as written otherwise. */
const ABBR_FORM: NormalizeOptions = {
  diacritics: true,
  tatweel: true,
  alef: false,
  alefMaqsura: false,
  taMarbuta: false,
  hamza: false,
  presentationForms: true,
  persian: false,
  digits: false,
  punctuation: false,
  controls: true,
  spaces: false,
  lowercase: false,
};

let abbrev: { words: Set<string>; year: Set<string> } | null = null;
function abbreviations(): { words: Set<string>; year: Set<string> } {
  if (!abbrev) {
    const d = loadJson<AbbrevData>('text', 'abbreviations.json');
    const nz = (w: string) => normalizeText(w, ABBR_FORM);
    abbrev = { words: new Set([...d.arabic, ...d.latin].map(nz)), year: new Set(d.yearMarkers.map(nz)) };
  }
  return abbrev;
}

const OPEN_TO_CLOSE: Record<number, number> = {
  0x00ab: 0x00bb, // « »
  0x201c: 0x201d, // “ ”
  0x201e: 0x201d, // „ ”
  0x2039: 0x203a, // ‹ ›
  0x28: 0x29,
  0x5b: 0x5d,
  0x7b: 0x7d,
  0xfd3e: 0xfd3f, // ornate parentheses
};
const CLOSERS = new Set<number>([0xbb, 0x201d, 0x203a, 0x29, 0x5d, 0x7d, 0xfd3f, 0x2019]);

function isTerminator(c: number): boolean {
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x061f || c === 0x2026 || c === 0x06d4 || c === 0x203c || c === 0x2047 || c === 0x2048 || c === 0x2049;
}

/** Characters kept with a sentence after its terminator. */
function isTrailing(c: number): boolean {
  return isTerminator(c) || CLOSERS.has(c) || c === 0x060c || c === 0x2c || c === 0x061b || c === 0x3b;
}

function isLetterOrMark(k: number): boolean {
  return k === C_AR_LETTER || k === C_LATIN || k === C_LETTER || k === C_MARK || k === C_TATWEEL;
}

function isAsciiUpper(c: number): boolean {
  return c >= 0x41 && c <= 0x5a;
}

/** Does the period at `i` follow an abbreviation? */
function isAbbreviationDot(s: string, i: number, lineStart: number): boolean {
  // The word before the dot, with inner dots between letters (أ.د، U.S).
  let j = i;
  while (j > lineStart) {
    const k = CLASS[s.charCodeAt(j - 1)]!;
    if (isLetterOrMark(k)) j--;
    else if (s.charCodeAt(j - 1) === 0x2e && j - 2 >= lineStart && isLetterOrMark(CLASS[s.charCodeAt(j - 2)]!)) j--;
    else break;
  }
  if (j === i) return false;
  const word = normalizeText(s.slice(j, i), ABBR_FORM);
  const a = abbreviations();
  // A year marker right after a number (2015م. 1436 هـ.) ends the sentence.
  if (a.year.has(word)) {
    let b = j;
    while (b > lineStart && isSpaceClass(CLASS[s.charCodeAt(b - 1)]!)) b--;
    if (b > lineStart && CLASS[s.charCodeAt(b - 1)] === C_DIGIT) return false;
  }
  // The word must stand alone (not glued to digits).
  if (j > lineStart && CLASS[s.charCodeAt(j - 1)] === C_DIGIT) return false;
  if (isAbbreviation(a.words, word)) return true;
  // With a conjunction attached: وأ.د. ، ود.
  const c0 = word.charCodeAt(0);
  return (c0 === 0x0648 || c0 === 0x0641) && word.length >= 2 && isAbbreviation(a.words, word.slice(1));
}

/** A listed abbreviation, a single letter or a chain of single letters (أ.د، ص.ب، U.S). */
function isAbbreviation(words: Set<string>, word: string): boolean {
  if (words.has(word)) return true;
  const pieces = word.split('.');
  for (const p of pieces) {
    if (p.length !== 1) return false;
    const k = CLASS[p.charCodeAt(0)]!;
    if (k === C_LATIN ? !isAsciiUpper(p.charCodeAt(0)) && pieces.length === 1 : k !== C_AR_LETTER) return false;
  }
  return true;
}

/** Does the period at `i` belong to a number or a name rather than end a sentence? */
function isInnerDot(s: string, i: number, lineStart: number, lineEnd: number): boolean {
  const next = i + 1 < lineEnd ? s.charCodeAt(i + 1) : 0;
  const nk = CLASS[next]!;
  if (i + 1 < lineEnd && (nk === C_DIGIT || (nk === C_LATIN && i > lineStart && !isSpaceClass(CLASS[s.charCodeAt(i - 1)]!)))) return true;
  // list number at the start of the line: "1. ..."
  let b = i;
  while (b > lineStart && CLASS[s.charCodeAt(b - 1)] === C_DIGIT) b--;
  if (b < i && i - b <= 2) {
    let c = b;
    while (c > lineStart && isSpaceClass(CLASS[s.charCodeAt(c - 1)]!)) c--;
    if (c === lineStart) return true;
  }
  return isAbbreviationDot(s, i, lineStart);
}

function pushTrimmed(out: Span[], s: string, start: number, end: number): void {
  while (start < end && isSpaceClass(CLASS[s.charCodeAt(start)]!)) start++;
  while (end > start && isSpaceClass(CLASS[s.charCodeAt(end - 1)]!)) end--;
  if (end > start) out.push({ start, end, text: s.slice(start, end) });
}

/**
 * Matched quote/bracket pairs of a line: `closeAt[k]` (k = offset in line) is the opener's offset
 * + 1 for each outermost closing mark, and `inside[k]` is 1 strictly inside an outermost pair.
 */
function protectLine(s: string, ls: number, le: number, inside: Uint8Array, closeAt: Int32Array): void {
  const stackPos: number[] = [];
  const stackClose: number[] = [];
  for (let i = ls; i < le; i++) {
    const c = s.charCodeAt(i);
    let closes = -1;
    if (c === 0x22) {
      const top = stackClose.length - 1;
      if (top >= 0 && stackClose[top] === 0x22) closes = top;
      else {
        stackPos.push(i);
        stackClose.push(0x22);
        continue;
      }
    } else if (OPEN_TO_CLOSE[c] !== undefined) {
      stackPos.push(i);
      stackClose.push(OPEN_TO_CLOSE[c]!);
      continue;
    } else if (CLOSERS.has(c)) {
      for (let k = stackClose.length - 1; k >= 0; k--) {
        if (stackClose[k] === c) {
          closes = k;
          break;
        }
      }
    }
    if (closes < 0) continue;
    const open = stackPos[closes]!;
    stackPos.length = closes;
    stackClose.length = closes;
    if (closes === 0) {
      for (let k = open + 1; k < i; k++) inside[k - ls] = 1;
      closeAt[i - ls] = open - ls + 1;
    }
  }
}

/** Sentence spans of `text[from, to)` (offsets into `text`). */
export function splitSentences(text: string, from = 0, to = text.length): Span[] {
  const s = text;
  const end = Math.min(to, s.length);
  const out: Span[] = [];
  let ls = Math.max(0, from);
  let inside = new Uint8Array(0);
  let closeAt = new Int32Array(0);
  while (ls < end) {
    let le = ls;
    while (le < end && CLASS[s.charCodeAt(le)] !== C_NEWLINE) le++;
    const len = le - ls;
    if (inside.length < len) {
      inside = new Uint8Array(len * 2);
      closeAt = new Int32Array(len * 2);
    } else {
      inside.fill(0, 0, len);
      closeAt.fill(0, 0, len);
    }
    protectLine(s, ls, le, inside, closeAt);
    let segStart = ls;
    let i = ls;
    while (i < le) {
      const c = s.charCodeAt(i);
      // URLs are opaque.
      if ((c === 0x68 || c === 0x77 || c === 0x48 || c === 0x57) && (i === ls || !isLetterOrMark(CLASS[s.charCodeAt(i - 1)]!))) {
        const ue = matchUrl(s, i);
        if (ue > 0 && ue <= le) {
          i = ue;
          continue;
        }
      }
      let cut = -1;
      if (closeAt[i - ls]! > 0) {
        // End of an outermost quotation: a sentence ends here when the quotation ended one.
        let b = i;
        while (b > ls && isSpaceClass(CLASS[s.charCodeAt(b - 1)]!)) b--;
        if (b > ls && isTerminator(s.charCodeAt(b - 1)) && b - 1 > ls + closeAt[i - ls]! - 1) {
          let n = i + 1;
          while (n < le && isSpaceClass(CLASS[s.charCodeAt(n)]!)) n++;
          const nc = n < le ? s.charCodeAt(n) : 0;
          const continues = nc === 0x060c || nc === 0x2c || nc === 0x061b || nc === 0x3b || nc === 0x3a || CLOSERS.has(nc) || (nc >= 0x61 && nc <= 0x7a);
          if (!continues) cut = i + 1;
        }
      } else if (inside[i - ls] === 0 && isTerminator(c)) {
        if (c !== 0x2e || !isInnerDot(s, i, ls, le)) cut = i + 1;
      }
      if (cut < 0) {
        i++;
        continue;
      }
      while (cut < le && isTrailing(s.charCodeAt(cut)) && !(inside[cut - ls] === 1 && closeAt[cut - ls] === 0)) cut++;
      pushTrimmed(out, s, segStart, cut);
      segStart = cut;
      i = cut;
    }
    pushTrimmed(out, s, segStart, le);
    ls = le + 1;
  }
  return out;
}
