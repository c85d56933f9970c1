/**
 * The token view the date grammar works on: the search form of the text (src/text/normalize.ts)
 * cut into letter runs, digit runs and single other characters, each with its normalized text and
 * its range in the original text; `origin()` maps a token range back to the original text.
 *
 * `tokenView` normalizes and cuts in one pass over the original text (no normalized copy of the
 * whole text, no offset map): the same tokens as `tokenizeNormalized(normalize(text).text)`, with
 * the same original ranges (`tokens.test.ts` checks both on random texts). Texts with a character
 * the search form expands into several (presentation-form ligatures) take that two-step path.
 */
import { normalize, searchFormTable, toOriginal, NORM_DROP, NORM_DROP_ATTACH, type Normalized } from '../text/normalize.js';
import { unitsToString } from '../text/units.js';

export type TKind = 'word' | 'num' | 'punct';

export interface TToken {
  kind: TKind;
  /** Normalized text. */
  t: string;
  /** Range in the normalized text. */
  s: number;
  e: number;
  /** Range in the original text: from its first character to its last with the marks (harakat, tatweel) right after it. */
  os: number;
  oe: number;
  /** For `num`: the value (undefined for other kinds; present on every token so they share one shape). */
  n: number | undefined;
  /** True when white space (or the text start) comes right before this token. */
  spaceBefore: boolean;
}

export interface TokenView {
  original: string;
  tokens: TToken[];
  /** The offset map, kept only on the two-step path (texts with expansions). */
  norm: Normalized | null;
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

/** Tokenize an already normalized string (used for lexicon keys as well as texts); `os`/`oe` are the normalized range. */
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
      out.push({ kind: 'word', t: s.slice(start, i), s: start, e: i, os: start, oe: i, n: undefined, spaceBefore: space });
    } else if (isDigit(c)) {
      while (i < n && isDigit(s.charCodeAt(i))) i++;
      const t = s.slice(start, i);
      out.push({ kind: 'num', t, s: start, e: i, os: start, oe: i, n: Number(t), spaceBefore: space });
    } else {
      i++;
      out.push({ kind: 'punct', t: s.slice(start, i), s: start, e: i, os: start, oe: i, n: undefined, spaceBefore: space });
    }
    space = false;
  }
  return out;
}

/** Character classes of normalized code units: 0 other, 1 letter, 2 digit, 3 space. */
const CLASS = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) CLASS[c] = isLetter(c) ? 1 : isDigit(c) ? 2 : isSpace(c) ? 3 : 0;

/** Normalized code units of the current run. */
let runBuf = new Uint16Array(256);

export function tokenView(original: string): TokenView {
  const { direct } = searchFormTable();
  const tokens: TToken[] = [];
  const n = original.length;
  let space = true;
  // the current letter or digit run: class (0: none), original start, original end of its last
  // unit, normalized start, units, whether its units are the original characters
  let cls = 0;
  let os = 0;
  let lastEnd = 0;
  let ns = 0;
  let units = 0;
  let pure = true;
  /** Normalized units written so far. */
  let k = 0;
  /** Original end of the last unit written (marks right after it extend it). */
  let end = 0;
  /** The punctuation token of the last unit written, if it was one (its end grows with the marks after it). */
  let punct: TToken | null = null;
  for (let i = 0; i < n; i++) {
    const c = original.charCodeAt(i);
    const u = direct[c]!;
    if (u < 0) {
      if (u === NORM_DROP_ATTACH) {
        if (k > 0 && end === i) {
          end = i + 1;
          if (punct) punct.oe = end;
        }
      } else if (u !== NORM_DROP) return twoStep(original);
      continue;
    }
    const uc = CLASS[u]!;
    if (cls !== 0 && uc !== cls) {
      tokens.push(runToken(original, cls, os, lastEnd, end, ns, units, pure, space));
      space = false;
      cls = 0;
    }
    punct = null;
    if (uc === 1 || uc === 2) {
      if (cls === 0) {
        cls = uc;
        os = i;
        ns = k;
        units = 0;
        pure = true;
      }
      if (units === runBuf.length) {
        const b = new Uint16Array(2 * units);
        b.set(runBuf);
        runBuf = b;
      }
      runBuf[units++] = u;
      if (u !== c) pure = false;
      lastEnd = i + 1;
    } else if (uc === 3) space = true;
    else {
      punct = { kind: 'punct', t: u === c ? original[i]! : String.fromCharCode(u), s: k, e: k + 1, os: i, oe: i + 1, n: undefined, spaceBefore: space };
      tokens.push(punct);
      space = false;
    }
    k++;
    end = i + 1;
  }
  if (cls !== 0) tokens.push(runToken(original, cls, os, lastEnd, end, ns, units, pure, space));
  return { original, tokens, norm: null };
}

function runToken(original: string, cls: number, os: number, lastEnd: number, oe: number, ns: number, units: number, pure: boolean, space: boolean): TToken {
  const t = pure && lastEnd - os === units ? original.slice(os, lastEnd) : unitsToString(runBuf, 0, units);
  return { kind: cls === 1 ? 'word' : 'num', t, s: ns, e: ns + units, os, oe, n: cls === 2 ? Number(t) : undefined, spaceBefore: space };
}

/** Normalize, then cut (texts with expansions; and the reference `tokenView` is tested against): the original ranges come from the offset map. */
export function twoStep(original: string): TokenView {
  const norm = normalize(original);
  const tokens = tokenizeNormalized(norm.text);
  for (const t of tokens) {
    const r = toOriginal(norm, t.s, t.e);
    t.os = r.start;
    t.oe = r.end;
  }
  return { original, tokens, norm };
}

/** Original range of tokens [a, b) (b exclusive), starting `skip` normalized chars into token a. */
export function origin(v: TokenView, a: number, b: number, skip = 0): { start: number; end: number } {
  const ta = v.tokens[a]!;
  const tb = v.tokens[b - 1]!;
  if (v.norm) return toOriginal(v.norm, ta.s + skip, tb.e);
  return { start: skip ? unitStart(v.original, ta.os, skip) : ta.os, end: tb.oe };
}

/** Original offset of the normalized unit `skip` units after the one at original offset `from` (no expansions). */
function unitStart(original: string, from: number, skip: number): number {
  const { direct } = searchFormTable();
  let seen = 0;
  for (let i = from; i < original.length; i++) {
    if (direct[original.charCodeAt(i)]! < 0) continue;
    if (seen === skip) return i;
    seen++;
  }
  return original.length;
}
