/**
 * Search terms: what the store indexes and highlights, and what a query is turned into.
 * Words are tokenized (`tokenize`), put in search form (`normalizeText`) and light-stemmed
 * (`lightStem`); numbers lose their thousands separators (`1,200.5` → `1200.5`, `١٬٢٠٠` → `1200`);
 * Latin words are lower-cased; a hashtag gives the terms of its words (`#وسم_جديد` → `وسم`, `جديد`),
 * a mention its name. Punctuation, symbols, URLs and e-mail addresses give no terms.
 * Every term keeps the offsets of its token in the original text.
 */
import type { Token } from '../doc/doc.js';
import { lightStem, rootStem } from './stem.js';
import { isStopWord } from './stopwords.js';
import { tokenize } from './tokenize.js';

export interface SearchTerm {
  term: string;
  start: number;
  end: number;
  /** Set when the word is a stop word (with `stopWords: 'flag'`, the default). */
  stop?: boolean;
}

export interface AnalyzerOptions {
  /** `flag` (default): keep stop words with `stop: true`; `drop`: leave them out; `keep`: no flag. */
  stopWords?: 'flag' | 'drop' | 'keep';
  /** `light` (default), `root` (recall-oriented, ISRI-like) or `none` (search form only). */
  stemmer?: 'light' | 'root' | 'none';
}

const THOUSANDS = /[,٬]/g;

function stemWith(stemmer: AnalyzerOptions['stemmer']): (w: string) => string {
  return stemmer === 'root' ? rootStem : stemmer === 'none' ? (w) => w : lightStem;
}

function push(out: SearchTerm[], term: string, tok: Token, stopMode: 'flag' | 'drop' | 'keep', norm: string): void {
  if (!term) return;
  if (stopMode !== 'keep' && isStopWord(norm)) {
    if (stopMode === 'drop') return;
    out.push({ term, start: tok.start, end: tok.end, stop: true });
    return;
  }
  out.push({ term, start: tok.start, end: tok.end });
}

/** The terms of `tokens` (from `tokenize`). */
export function termsOfTokens(tokens: readonly Token[], opts: AnalyzerOptions = {}): SearchTerm[] {
  const stopMode = opts.stopWords ?? 'flag';
  const stem = stemWith(opts.stemmer);
  const out: SearchTerm[] = [];
  for (const tok of tokens) {
    switch (tok.kind) {
      case 'word':
        push(out, stem(tok.norm), tok, stopMode, tok.norm);
        break;
      case 'latin':
        push(out, tok.norm, tok, 'keep', tok.norm);
        break;
      case 'number':
        push(out, tok.norm.replace(THOUSANDS, ''), tok, 'keep', tok.norm);
        break;
      case 'hashtag':
        for (const part of tok.norm.slice(1).split('_')) if (part) push(out, stem(part), tok, 'keep', part);
        break;
      case 'mention':
        push(out, tok.norm.slice(1), tok, 'keep', tok.norm);
        break;
      default:
        break;
    }
  }
  return out;
}

/** Normalized, light-stemmed terms of `text` with their offsets in `text`. */
export function searchTerms(text: string, opts: AnalyzerOptions = {}): SearchTerm[] {
  return termsOfTokens(tokenize(text), opts);
}

/**
 * The terms of a query, in the same form as `searchTerms` gives for indexed text. Stop words are
 * kept (a query made only of them still means something) unless `stopWords: 'drop'` is passed.
 */
export function queryTerms(q: string, opts: AnalyzerOptions = {}): string[] {
  return searchTerms(q, { stopWords: 'keep', ...opts }).map((t) => t.term);
}
