/**
 * The token view the date grammar works on: the search form of the text (src/text/normalize.ts)
 * cut into letter runs, digit runs and single other characters, each with its normalized range;
 * `origin()` maps a token range back to the original text.
 */
import { normalize, toOriginal, type Normalized } from '../text/normalize.js';

export type TKind = 'word' | 'num' | 'punct';

export interface TToken {
  kind: TKind;
  /** Normalized text. */
  t: string;
  /** Range in the normalized text. */
  s: number;
  e: number;
  /** For `num`: the value (undefined for other kinds; present on every token so they share one shape). */
  n: number | undefined;
  /** True when white space (or the text start) comes right before this token. */
  spaceBefore: boolean;
}

export interface TokenView {
  original: string;
  norm: Normalized;
  tokens: TToken[];
}

function isLetter(c: number): boolean {
  return (
    (c >= 0x0621 && c <= 0x064a) || (c >= 0x0671 && c <= 0x06d3) || (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x06d5
  );
}
function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}
function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}

/** Tokenize an already normalized string (used for lexicon keys as well as texts). */
export function tokenizeNormalized(s: string): TToken[] {
  const out: TToken[] = [];
  let i = 0;
  let space = true;
  const n = s.length;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (isSpace(c)) {
      space = true;
      i++;
      continue;
    }
    const start = i;
    if (isLetter(c)) {
      while (i < n && isLetter(s.charCodeAt(i))) i++;
      out.push({ kind: 'word', t: s.slice(start, i), s: start, e: i, n: undefined, spaceBefore: space });
    } else if (isDigit(c)) {
      while (i < n && isDigit(s.charCodeAt(i))) i++;
      const t = s.slice(start, i);
      out.push({ kind: 'num', t, s: start, e: i, n: Number(t), spaceBefore: space });
    } else {
      i++;
      out.push({ kind: 'punct', t: s.slice(start, i), s: start, e: i, n: undefined, spaceBefore: space });
    }
    space = false;
  }
  return out;
}

export function tokenView(original: string): TokenView {
  const norm = normalize(original);
  return { original, norm, tokens: tokenizeNormalized(norm.text) };
}

/** Original range of tokens [a, b) (b exclusive), starting `skip` normalized chars into token a. */
export function origin(v: TokenView, a: number, b: number, skip = 0): { start: number; end: number } {
  const ta = v.tokens[a]!;
  const tb = v.tokens[b - 1]!;
  return toOriginal(v.norm, ta.s + skip, tb.e);
}
