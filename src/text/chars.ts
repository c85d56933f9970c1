/**
 * Character classes for the tokenizer and the sentence splitter, as one byte per BMP code unit
 * (a 64 KiB table built once). Astral code points (surrogate pairs) are classified on the slow
 * path by `classifyCodePoint`.
 */
import { isControl, isDiacritic, isUnicodeSpace } from './normalize.js';

export const C_OTHER = 0; // unassigned, private use, lone surrogate: a symbol
export const C_SPACE = 1; // white space and line breaks
export const C_CONTROL = 2; // zero-width and bidi controls (ignorable outside words)
export const C_AR_LETTER = 3; // Arabic-script letter (presentation forms included)
export const C_LATIN = 4; // Latin-script letter
export const C_LETTER = 5; // letter of another script
export const C_MARK = 6; // combining mark (harakat included)
export const C_TATWEEL = 7;
export const C_DIGIT = 8; // decimal digit of any system
export const C_PUNCT = 9;
export const C_SYMBOL = 10;
export const C_JOINER = 11; // ZWNJ, ZWJ: kept inside a word, ignorable elsewhere
export const C_HIGH_SURROGATE = 12;
export const C_NEWLINE = 13; // \n \r U+2028 U+2029 U+0085 (also C_SPACE-like)

const RE_LETTER = /\p{L}/u;
const RE_LATIN = /\p{Script=Latin}/u;
const RE_ARABIC = /\p{Script=Arabic}/u;
const RE_MARK = /\p{M}/u;
const RE_DIGIT = /\p{Nd}/u;
const RE_PUNCT = /\p{P}/u;
const RE_SYMBOL = /\p{S}/u;
const RE_SPACE = /\s/u;

/** Class of one code point (any plane). */
export function classifyCodePoint(cp: number): number {
  if (cp === 0x0a || cp === 0x0d || cp === 0x2028 || cp === 0x2029 || cp === 0x85) return C_NEWLINE;
  if (cp === 0x0640) return C_TATWEEL;
  if (cp === 0x200c || cp === 0x200d) return C_JOINER;
  if (cp < 0x10000 && isControl(cp)) return C_CONTROL;
  if ((cp < 0x10000 && isUnicodeSpace(cp)) || cp === 0x0b || cp === 0x0c) return C_SPACE;
  if (cp >= 0xd800 && cp <= 0xdbff) return C_HIGH_SURROGATE;
  if (cp >= 0xdc00 && cp <= 0xdfff) return C_OTHER;
  const ch = String.fromCodePoint(cp);
  if (RE_SPACE.test(ch)) return C_SPACE;
  if (cp < 0x10000 && isDiacritic(cp)) return C_MARK;
  if (RE_MARK.test(ch)) return C_MARK;
  if (RE_DIGIT.test(ch)) return C_DIGIT;
  if (RE_LETTER.test(ch)) {
    if (RE_ARABIC.test(ch)) return C_AR_LETTER;
    if (RE_LATIN.test(ch)) return C_LATIN;
    return C_LETTER;
  }
  if (RE_PUNCT.test(ch)) return C_PUNCT;
  if (RE_SYMBOL.test(ch)) return C_SYMBOL;
  // Arabic-script letters NFKC-composed in presentation forms that \p{L} already covers;
  // anything left (Cc controls, format chars, unassigned) is a symbol unless it is a C0/C1 control.
  if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) return C_SPACE;
  if (/\p{Cf}/u.test(ch)) return C_CONTROL;
  return C_OTHER;
}

/** Class of every BMP code unit. */
export const CLASS: Uint8Array = (() => {
  const t = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) t[c] = classifyCodePoint(c);
  return t;
})();

/** True for code units that count as white space (not covered by tokens). */
export function isSpaceClass(k: number): boolean {
  return k === C_SPACE || k === C_NEWLINE || k === C_CONTROL || k === C_JOINER;
}

/**
 * Class of the character starting at `i` and its length in code units (2 for a surrogate pair).
 * Returns `cls * 4 + len` packed to avoid allocating.
 */
export function classAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  const k = CLASS[c]!;
  if (k !== C_HIGH_SURROGATE) return k * 4 + 1;
  const d = i + 1 < s.length ? s.charCodeAt(i + 1) : 0;
  if (d >= 0xdc00 && d <= 0xdfff) return classifyCodePoint(((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000) * 4 + 2;
  return C_OTHER * 4 + 1;
}
