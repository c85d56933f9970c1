/**
 * A light token view of a Doc for the statement rules: words and punctuation over the normalized
 * (search-form) text, each with its span in the original text, its sentence number and whether a
 * line break precedes it. The rules only ever read this view; spans they build point into `doc.text`.
 */
import { loadJson } from '../data/load.js';
import { normalize, normalizeText } from '../text/normalize.js';
import type { Span } from '../doc/span.js';

export type TokKind = 'w' | 'p' | 'q';

export interface Tok {
  /** Original offsets. */
  s: number;
  e: number;
  /** Normalized form (search form: أإآ→ا، ى→ي، ة→ه، diacritics dropped; ، → ,). */
  n: string;
  /** word, punctuation, quote mark */
  k: TokKind;
  /** Sentence number (0-based). */
  sent: number;
  /** Line number (0-based, counting line breaks). */
  line: number;
  /** Index of this token. */
  i: number;
  /** The original word ends in ى (alef maqsura): `على` the preposition, not the name `علي`. */
  am?: true;
  /** The original word carries tanwin al-fath (`بياناً`): an indefinite accusative, an object rather than a subject. */
  tn?: true;
}

/** Quote marks (normalized forms are the same characters). */
export const QUOTE_CHARS = new Set(['"', '«', '»', '“', '”', '„', '″', '‹', '›', '‟']);
const SENTENCE_END = new Set(['.', '!', '?', '…']);
/** One-letter abbreviations of titles (د. doctor, أ. professor), in search form (data/statements/sources.json). */
const TITLE_INITIALS = new Set(loadJson<{ titleInitials: string[] }>('statements', 'sources.json').titleInitials.map((w) => normalizeText(w)));

// words: letters/digits with inner dots/commas between digits; punctuation one char at a time
// URLs, e-mail addresses and domain names (`www.moh.gov.sa`) are one word: their dots end no sentence;
// format marks (RLM, zero-width joiners) between words are no tokens
const TOKEN_RE = /(?:https?:\/\/|www\.)[^\s"«»“”،,)]*[^\s"«»“”،,.!?:;)]|[A-Za-z0-9_%+-]+(?:[.@][A-Za-z0-9_-]+)*\.(?:com|net|org|gov|edu|sa|ae|eg|info|me|tv|ly|io)(?:\.[a-z]{2})?(?:\/[^\s"«»“”،,]*[^\s"«»“”،,.!?:;)])?|[\p{L}\p{N}\p{M}]+(?:[.,/:][\p{N}]+)*|\n|[^\s\p{L}\p{N}\p{M}\p{Cf}]/gu;

/**
 * Tokenize `text` (or a range of it) for the statement rules.
 * `breaks` are extra sentence starts (original offsets), e.g. from the sentences layer.
 */
export function scan(text: string, breaks?: readonly number[]): Tok[] {
  const norm = normalize(text);
  const out: Tok[] = [];
  let sent = 0;
  let line = 0;
  let pendingBreak = false;
  let lineBreak = false;
  const extra = breaks ? [...breaks].sort((a, b) => a - b) : [];
  let nextTanwin = text.indexOf('\u064B');
  let bi = 0;
  for (const m of norm.text.matchAll(TOKEN_RE)) {
    const ns = m.index;
    const ne = ns + m[0].length;
    if (m[0] === '\n') {
      line++;
      pendingBreak = true;
      lineBreak = true;
      continue;
    }
    const s = norm.starts[ns]!;
    const e = norm.ends[ne - 1]!;
    while (bi < extra.length && extra[bi]! <= s) {
      if (out.length > 0 && extra[bi]! > out[out.length - 1]!.s) pendingBreak = true;
      bi++;
    }
    const n = m[0];
    const k: TokKind = QUOTE_CHARS.has(n) ? 'q' : /[\p{L}\p{N}]/u.test(n) ? 'w' : 'p';
    const prev = out[out.length - 1];
    // a quote mark glued to a full stop closes the sentence inside the quote: it stays with it
    const glued: boolean = pendingBreak && !lineBreak && k === 'q' && prev !== undefined && prev.e === s && SENTENCE_END.has(prev.n);
    if (pendingBreak && out.length > 0 && !glued) sent++;
    pendingBreak = glued;
    lineBreak = false;
    let am: true | undefined;
    let tn: true | undefined;
    if (k === 'w' && text.charCodeAt(e - 1) === 0x649) am = true;
    if (k === 'w' && nextTanwin >= 0) {
      if (nextTanwin < s) nextTanwin = text.indexOf('\u064B', s);
      if (nextTanwin >= 0 && nextTanwin < e) tn = true;
    }
    // every token gets the same fields in the same order (one object shape for the rules that read them)
    out.push({ s, e, n, k, sent, line, i: out.length, am, tn } as Tok);
    // (a title abbreviated to one letter, `د.` or `أ.` before a name, ends no sentence)
    if (k === 'p' && SENTENCE_END.has(n) && !(n === '.' && prev !== undefined && prev.k === 'w' && prev.e === s && TITLE_INITIALS.has(prev.n))) pendingBreak = true;
  }
  return out;
}

/**
 * The word tokens of `a..b` without punctuation and quote marks at the ends, except a closing quote whose
 * opener is inside (`صحيفة "عكاظ"`, not `صحيفة "عكاظ`). Returns [a, b] (b < a when nothing is left).
 */
export function trimEnds(toks: readonly Tok[], a: number, b: number): [number, number] {
  while (a <= b && toks[a]!.k !== 'w') a++;
  let e = b;
  while (e >= a && toks[e]!.k !== 'w') e--;
  // a quote mark closing one opened inside the phrase stays
  let open = 0;
  for (let i = a; i <= e; i++) if (toks[i]!.k === 'q') open++;
  if (open % 2 === 1 && e < b && toks[e + 1]!.k === 'q') e++;
  return [a, e];
}

/** The token at `i` is the full stop of a one-letter title abbreviation (`د.`): no sentence end, part of a name phrase. */
export function titleDot(toks: readonly Tok[], i: number): boolean {
  const t = toks[i];
  const prev = toks[i - 1];
  return t !== undefined && t.n === '.' && prev !== undefined && prev.k === 'w' && prev.e === t.s && TITLE_INITIALS.has(prev.n);
}

/** The original span from token `a` to token `b` inclusive. */
export function tokSpan(text: string, toks: readonly Tok[], a: number, b: number): Span {
  const s = toks[a]!.s;
  const e = toks[b]!.e;
  return { start: s, end: e, text: text.slice(s, e) };
}

/** Strip the proclitics و and ف (one each, in that order) from a normalized word. */
export function stripConj(w: string): string[] {
  const out = [w];
  if (w.length > 2 && (w[0] === 'و' || w[0] === 'ف')) {
    out.push(w.slice(1));
    if (w.length > 3 && w[0] === 'و' && w[1] === 'ف') out.push(w.slice(2));
  }
  return out;
}

/** A word's stripped forms for matching in a noun phrase: without و/ف, ب/ل/ك, and ال. */
export function bareForms(w: string): string[] {
  const out = new Set<string>([w]);
  let x = w;
  if (x.length > 3 && (x[0] === 'و' || x[0] === 'ف')) {
    x = x.slice(1);
    out.add(x);
  }
  if (x.length > 3 && (x[0] === 'ب' || x[0] === 'ل' || x[0] === 'ك')) {
    const y = x[0] === 'ل' && x[1] === 'ل' ? 'ا' + x.slice(1) : x.slice(1);
    out.add(y);
    x = y;
  }
  if (x.length > 3 && x.startsWith('ال')) out.add(x.slice(2));
  return [...out];
}

/** The word without و/ف, ب/ل/ك and ال: a key for comparing noun phrases. */
export function coreForm(w: string): string {
  const f = bareForms(w);
  return f[f.length - 1]!;
}
