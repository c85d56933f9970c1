/**
 * A light token view of a Doc for the statement rules: words and punctuation over the normalized
 * (search-form) text, each with its span in the original text, its sentence number and whether a
 * line break precedes it. The rules only ever read this view; spans they build point into `doc.text`.
 */
import { loadJson } from '../data/load.js';
import { normalize, normalizeText } from '../text/normalize.js';
import type { Span } from '../doc/span.js';
import type { Token } from '../doc/doc.js';

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

const TANWIN_FATH = 0x64b;
const ALEF_MAQSURA = 0x649;

/** Characters that normalization drops without trace between tokens (bidi and zero-width marks). */
function ignorable(c: number): boolean {
  return (c >= 0x200b && c <= 0x200f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2060 && c <= 0x2069) || c === 0xfeff || c === 0x00ad || c === 0x061c;
}

/** A mark or tatweel (normalization drops it; a word token starting with one starts at its first letter in `scan`). */
function markOrTatweel(c: number): boolean {
  return c === 0x640 || (c >= 0x610 && c <= 0x61a) || (c >= 0x64b && c <= 0x65f) || c === 0x670 || (c >= 0x6d6 && c <= 0x6ed);
}

/** Token `a` ends where token `b` starts, or only ignorable marks stand between them. */
function glued(text: string, a: Token, b: Token): boolean {
  for (let x = a.end; x < b.start; x++) if (!ignorable(text.charCodeAt(x))) return false;
  return true;
}

/** A token the view takes as it is: an Arabic word (not starting with a mark) or a number of digits only. */
function plain(tok: Token): boolean {
  const tx = tok.text;
  if (tok.kind === 'word') return !markOrTatweel(tx.charCodeAt(0));
  if (tok.kind !== 'number') return false;
  for (let x = 0; x < tx.length; x++) {
    const c = tx.charCodeAt(x);
    if (!((c >= 0x30 && c <= 0x39) || (c >= 0x660 && c <= 0x669) || (c >= 0x6f0 && c <= 0x6f9))) return false;
  }
  return true;
}

const WORDISH = new Set(['word', 'number', 'latin', 'url', 'email', 'hashtag', 'mention']);

/** Builds the view token by token, keeping the line and sentence numbers (shared by `scan` and `scanTokens`). */
class TokBuilder {
  readonly out: Tok[] = [];
  private sent = 0;
  private line = 0;
  private pendingBreak = false;
  private lineBreak = false;
  constructor(private readonly text: string) {}

  newline(): void {
    this.line++;
    this.pendingBreak = true;
    this.lineBreak = true;
  }

  /** An extra sentence start (from a sentences layer) at or before the next token. */
  sentenceStart(at: number): void {
    const last = this.out[this.out.length - 1];
    if (last !== undefined && at > last.s) this.pendingBreak = true;
  }

  push(s: number, e: number, n: string, k: TokKind): void {
    const out = this.out;
    const prev = out[out.length - 1];
    // a quote mark glued to a full stop closes the sentence inside the quote: it stays with it
    const glue: boolean = this.pendingBreak && !this.lineBreak && k === 'q' && prev !== undefined && prev.e === s && SENTENCE_END.has(prev.n);
    if (this.pendingBreak && out.length > 0 && !glue) this.sent++;
    this.pendingBreak = glue;
    this.lineBreak = false;
    let am: true | undefined;
    let tn: true | undefined;
    if (k === 'w') {
      const text = this.text;
      if (text.charCodeAt(e - 1) === ALEF_MAQSURA) am = true;
      for (let x = s; x < e; x++) {
        if (text.charCodeAt(x) === TANWIN_FATH) {
          tn = true;
          break;
        }
      }
    }
    // every token gets the same fields in the same order (one object shape for the rules that read them)
    out.push({ s, e, n, k, sent: this.sent, line: this.line, i: out.length, am, tn } as Tok);
    // (a title abbreviated to one letter, `د.` or `أ.` before a name, ends no sentence)
    if (k === 'p' && SENTENCE_END.has(n) && !(n === '.' && prev !== undefined && prev.k === 'w' && prev.e === s && TITLE_INITIALS.has(prev.n))) this.pendingBreak = true;
  }

  /** Tokenize `text[from, to)` with the view's own pattern over its search form (line breaks included). */
  range(from: number, to: number, breaks: readonly number[] = [], bi = 0): number {
    const norm = normalize(from === 0 && to === this.text.length ? this.text : this.text.slice(from, to));
    for (const m of norm.text.matchAll(TOKEN_RE)) {
      const ns = m.index;
      const n = m[0];
      if (n === '\n') {
        this.newline();
        continue;
      }
      const s = norm.starts[ns]! + from;
      const e = norm.ends[ns + n.length - 1]! + from;
      while (bi < breaks.length && breaks[bi]! <= s) this.sentenceStart(breaks[bi++]!);
      this.push(s, e, n, QUOTE_CHARS.has(n) ? 'q' : /[\p{L}\p{N}]/u.test(n) ? 'w' : 'p');
    }
    return bi;
  }
}

// words: letters/digits with inner dots/commas between digits; punctuation one char at a time
// URLs, e-mail addresses and domain names (`www.moh.gov.sa`) are one word: their dots end no sentence;
// format marks (RLM, zero-width joiners) between words are no tokens
const TOKEN_RE = /(?:https?:\/\/|www\.)[^\s"«»“”،,)]*[^\s"«»“”،,.!?:;)]|[A-Za-z0-9_%+-]+(?:[.@][A-Za-z0-9_-]+)*\.(?:com|net|org|gov|edu|sa|ae|eg|info|me|tv|ly|io)(?:\.[a-z]{2})?(?:\/[^\s"«»“”،,]*[^\s"«»“”،,.!?:;)])?|[\p{L}\p{N}\p{M}]+(?:[.,/:][\p{N}]+)*|\n|[^\s\p{L}\p{N}\p{M}\p{Cf}]/gu;

/**
 * Tokenize `text` (or a range of it) for the statement rules.
 * `breaks` are extra sentence starts (original offsets), e.g. from the sentences layer.
 */
export function scan(text: string, breaks?: readonly number[]): Tok[] {
  const b = new TokBuilder(text);
  b.range(0, text.length, breaks ? [...breaks].sort((x, y) => x - y) : []);
  return b.out;
}

/**
 * The same view as `scan(text)`, built from the Doc's token layer (`tokenize(text)`) instead of
 * normalizing and matching the whole text again: an Arabic word or a plain number is taken with its
 * `norm`, a one-character punctuation mark as it is. Where the tokenizer and the view's pattern cut
 * differently — letters and digits glued together (`2015م`, `92.54`), Latin words, URLs, hashtags,
 * runs of punctuation (`...`) — that stretch alone is read again with the pattern, so the result is
 * `scan(text)`'s (except around C0 control characters, which the tokenizer drops and `scan` keeps as
 * punctuation: 5 of the 1,985 sample articles have some, with the same statements either way).
 */
export function scanTokens(text: string, tokens: readonly Token[]): Tok[] {
  const b = new TokBuilder(text);
  // the next line break not yet counted (searched again only once passed)
  let nl = text.indexOf('\n');
  const nt = tokens.length;
  for (let t = 0; t < nt; t++) {
    const tok = tokens[t]!;
    while (nl >= 0 && nl < tok.start) {
      b.newline();
      nl = text.indexOf('\n', nl + 1);
    }
    const kind = tok.kind;
    const wordish = WORDISH.has(kind);
    // the stretch of tokens glued to this one that the pattern could read as one word
    let u = t;
    if (wordish) {
      for (;;) {
        const nx = tokens[u + 1];
        if (nx === undefined || !glued(text, tokens[u]!, nx)) break;
        if (WORDISH.has(nx.kind)) {
          u++;
          continue;
        }
        const nx2 = tokens[u + 2];
        if (nx.kind === 'punct' && nx2 !== undefined && nx2.kind === 'number' && glued(text, nx, nx2)) {
          u += 2;
          continue;
        }
        break;
      }
    }
    if (u === t && plain(tok)) b.push(tok.start, tok.end, tok.norm, 'w');
    else if (u === t && !wordish && tok.text.length === 1) {
      const n = tok.norm;
      // (a lone tatweel or mark is dropped by normalization: no token)
      // (marks right after it, before a word, are attached to it by normalization: `"َّالتفاعل`)
      let e = tok.end;
      while (e < text.length && markOrTatweel(text.charCodeAt(e))) e++;
      if (!markOrTatweel(tok.text.charCodeAt(0)) && !ignorable(tok.text.charCodeAt(0))) b.push(tok.start, e, n, QUOTE_CHARS.has(n) ? 'q' : 'p');
    } else b.range(tok.start, tokens[u]!.end);
    t = u;
    // (line breaks inside a stretch read again were counted by `range`)
    while (nl >= 0 && nl < tokens[u]!.end) nl = text.indexOf('\n', nl + 1);
  }
  while (nl >= 0) {
    b.newline();
    nl = text.indexOf('\n', nl + 1);
  }
  return b.out;
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
