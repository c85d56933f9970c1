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
import { grown } from './grown.js';

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

/** Token kinds in a view's `kind` array. */
export const K_WORD = 0;
export const K_NUM = 1;
export const K_PUNCT = 2;
const KIND_NAMES: readonly TKind[] = ['word', 'num', 'punct'];

/**
 * A text cut into tokens, held column-wise in typed arrays (no object per token): the grammar reads
 * kinds, ranges, values and the normalized units directly; a token's text (`text(i)`) and its
 * `TToken` object (`tok(i)`, `tokens`) are built only when asked for, and kept until the next `fill`.
 * `scan` refills one pooled view per text, so its buffers are reused.
 */
export class TokenView {
  original = '';
  /** The offset map, kept only on the two-step path (texts with expansions). */
  norm: Normalized | null = null;
  /** Number of tokens. */
  n = 0;
  /** K_WORD, K_NUM or K_PUNCT. */
  kind = new Uint8Array(16);
  /** 1 when white space (or the text start) comes right before the token. */
  space = new Uint8Array(16);
  /** Range in the normalized text (and in `units`). */
  s = new Int32Array(16);
  e = new Int32Array(16);
  /** Range in the original text (see TToken). */
  os = new Int32Array(16);
  oe = new Int32Array(16);
  /** Value of a number token. */
  num = new Float64Array(16);
  /** The normalized text as code units. */
  units = new Uint16Array(64);
  private texts: (string | undefined)[] = [];
  private objs: (TToken | undefined)[] = [];
  /** One past the highest position whose text or object was built since the last fill. */
  private built = 0;

  /** Start over (buffers kept). */
  clear(original: string): void {
    this.original = original;
    this.norm = null;
    this.n = 0;
    for (let k = 0; k < this.built; k++) {
      this.texts[k] = undefined;
      this.objs[k] = undefined;
    }
    this.built = 0;
  }

  /** Room for `units` normalized units. */
  roomUnits(units: number): void {
    if (units <= this.units.length) return;
    const b = new Uint16Array(Math.max(units, 2 * this.units.length));
    b.set(this.units);
    this.units = b;
  }

  /** Append a token; returns its index. */
  push(kind: number, s: number, e: number, os: number, oe: number, num: number, space: boolean): number {
    const i = this.n;
    if (i === this.kind.length) this.grow();
    this.kind[i] = kind;
    this.s[i] = s;
    this.e[i] = e;
    this.os[i] = os;
    this.oe[i] = oe;
    this.num[i] = num;
    this.space[i] = space ? 1 : 0;
    this.n = i + 1;
    return i;
  }

  private grow(): void {
    const size = 2 * this.kind.length;
    this.kind = grown(this.kind, size);
    this.space = grown(this.space, size);
    this.s = grown(this.s, size);
    this.e = grown(this.e, size);
    this.os = grown(this.os, size);
    this.oe = grown(this.oe, size);
    this.num = grown(this.num, size);
  }

  /** Normalized text of token i. */
  text(i: number): string {
    let t = this.texts[i];
    if (t === undefined) {
      t = unitsToString(this.units, this.s[i]!, this.e[i]!);
      this.texts[i] = t;
      if (i >= this.built) this.built = i + 1;
    }
    return t;
  }

  /** Token i as an object (undefined outside the text). */
  tok(i: number): TToken | undefined {
    if (i < 0 || i >= this.n) return undefined;
    let o = this.objs[i];
    if (o === undefined) {
      const k = this.kind[i]!;
      o = {
        kind: KIND_NAMES[k]!,
        t: this.text(i),
        s: this.s[i]!,
        e: this.e[i]!,
        os: this.os[i]!,
        oe: this.oe[i]!,
        n: k === K_NUM ? this.num[i]! : undefined,
        spaceBefore: this.space[i] === 1,
      };
      this.objs[i] = o;
      if (i >= this.built) this.built = i + 1;
    }
    return o;
  }

  /** Every token as an object. */
  get tokens(): TToken[] {
    const out: TToken[] = new Array<TToken>(this.n);
    for (let i = 0; i < this.n; i++) out[i] = this.tok(i)!;
    return out;
  }

  /** Whether token i is the word `w` (normalized). */
  isWord(i: number, w: string): boolean {
    if (i < 0 || i >= this.n || this.kind[i] !== K_WORD) return false;
    const s = this.s[i]!;
    if (this.e[i]! - s !== w.length) return false;
    const u = this.units;
    for (let k = 0; k < w.length; k++) if (u[s + k] !== w.charCodeAt(k)) return false;
    return true;
  }

  /** Whether token i starts with the normalized string `p`. */
  startsWith(i: number, p: string): boolean {
    if (i < 0 || i >= this.n) return false;
    const s = this.s[i]!;
    if (this.e[i]! - s < p.length) return false;
    const u = this.units;
    for (let k = 0; k < p.length; k++) if (u[s + k] !== p.charCodeAt(k)) return false;
    return true;
  }

  /** Whether token i is punctuation among the characters of `chars`. */
  isPunct(i: number, chars: string): boolean {
    if (i < 0 || i >= this.n || this.kind[i] !== K_PUNCT) return false;
    const c = this.units[this.s[i]!]!;
    for (let k = 0; k < chars.length; k++) if (chars.charCodeAt(k) === c) return true;
    return false;
  }

  /** Length of token i in normalized units (0 outside the text). */
  len(i: number): number {
    return i < 0 || i >= this.n ? 0 : this.e[i]! - this.s[i]!;
  }
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

/** A new view of `original`. */
export function tokenView(original: string): TokenView {
  return fillView(new TokenView(), original);
}

/** Cut `original` into `v` (its buffers reused): one pass over the original text, or the two-step path for texts with expansions. */
export function fillView(v: TokenView, original: string): TokenView {
  const { direct } = searchFormTable();
  v.clear(original);
  const n = original.length;
  v.roomUnits(n);
  const buf = v.units;
  let space = true;
  // the current letter or digit run: class (0: none), original start, normalized start, value (digits)
  let cls = 0;
  let os = 0;
  let ns = 0;
  let val = 0;
  /** Normalized units written so far. */
  let k = 0;
  /** Original end of the last unit written (marks right after it extend it). */
  let end = 0;
  /** The punctuation token of the last unit written, if it was one (its end grows with the marks after it), or -1. */
  let punct = -1;
  for (let i = 0; i < n; i++) {
    const c = original.charCodeAt(i);
    const u = direct[c]!;
    if (u < 0) {
      if (u === NORM_DROP_ATTACH) {
        if (k > 0 && end === i) {
          end = i + 1;
          if (punct >= 0) v.oe[punct] = end;
        }
      } else if (u !== NORM_DROP) return twoStepInto(v, original);
      continue;
    }
    const uc = CLASS[u]!;
    if (cls !== 0 && uc !== cls) {
      pushRun(v, cls, os, end, ns, k, val, space);
      space = false;
      cls = 0;
    }
    punct = -1;
    if (uc === 1 || uc === 2) {
      if (cls === 0) {
        cls = uc;
        os = i;
        ns = k;
        val = 0;
      }
      if (uc === 2) val = val * 10 + (u - 0x30);
    } else if (uc === 3) space = true;
    else {
      punct = v.push(K_PUNCT, k, k + 1, i, i + 1, 0, space);
      space = false;
    }
    buf[k++] = u;
    end = i + 1;
  }
  if (cls !== 0) pushRun(v, cls, os, end, ns, k, val, space);
  return v;
}

function pushRun(v: TokenView, cls: number, os: number, oe: number, ns: number, ne: number, val: number, space: boolean): void {
  // a long digit run: its value as Number() reads it (the running value loses precision past 2^53)
  const num = cls === 2 ? (ne - ns > 15 ? Number(unitsToString(v.units, ns, ne)) : val) : 0;
  v.push(cls === 1 ? K_WORD : K_NUM, ns, ne, os, oe, num, space);
}

/** Normalize, then cut (texts with expansions; and the reference `tokenView` is tested against): the original ranges come from the offset map. */
export function twoStep(original: string): TokenView {
  return twoStepInto(new TokenView(), original);
}

function twoStepInto(v: TokenView, original: string): TokenView {
  v.clear(original);
  const norm = normalize(original);
  v.norm = norm;
  const text = norm.text;
  v.roomUnits(text.length);
  for (let k = 0; k < text.length; k++) v.units[k] = text.charCodeAt(k);
  for (const t of tokenizeNormalized(text)) {
    const r = toOriginal(norm, t.s, t.e);
    v.push(t.kind === 'word' ? K_WORD : t.kind === 'num' ? K_NUM : K_PUNCT, t.s, t.e, r.start, r.end, t.n ?? 0, t.spaceBefore);
  }
  return v;
}

/** Original range of tokens [a, b) (b exclusive), starting `skip` normalized chars into token a. */
export function origin(v: TokenView, a: number, b: number, skip = 0): { start: number; end: number } {
  if (v.norm) return toOriginal(v.norm, v.s[a]! + skip, v.e[b - 1]!);
  const os = v.os[a]!;
  return { start: skip ? unitStart(v.original, os, skip) : os, end: v.oe[b - 1]! };
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
