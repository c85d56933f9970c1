/**
 * rasid's search terms for indexing and querying: `searchTerms` from src/text/analyzer.ts
 * (normalized, clitic-stripped, light-stemmed words with offsets in the original text). The index
 * keeps every term (stop words too, so phrases match); a query's loose words drop stop words
 * unless they are all it has.
 */
import type { Doc } from '../doc/doc.js';
import { searchTerms, termsOfTokens } from '../text/analyzer.js';

export interface SearchTerm {
  term: string;
  start: number;
  end: number;
  stop?: boolean;
}

/** Which analyzer produced the terms (kept in the store's metadata; bump when term forms change). */
export const ANALYZER = 'rasid-light-1';

/** Terms of `text`, with offsets in `text`. Terms never contain white space. */
export function termsOf(text: string): SearchTerm[] {
  const out: SearchTerm[] = [];
  for (const t of searchTerms(text, { stopWords: 'flag' })) {
    const term = t.term.replace(/\s+/gu, '');
    if (term) out.push(t.stop ? { term, start: t.start, end: t.end, stop: true } : { term, start: t.start, end: t.end });
  }
  return out;
}

/** Terms of a whole Doc, from its tokens layer when it has one (no second tokenization). */
export function docTerms(doc: Doc): SearchTerm[] {
  if (!doc.tokens) return termsOf(doc.text);
  const out: SearchTerm[] = [];
  for (const t of termsOfTokens(doc.tokens, { stopWords: 'flag' })) {
    const term = t.term.replace(/\s+/gu, '');
    if (term) out.push(t.stop ? { term, start: t.start, end: t.end, stop: true } : { term, start: t.start, end: t.end });
  }
  return out;
}

/** The terms inside `[start, end)` (terms sorted by offset), joined by spaces. */
export function termsIn(terms: readonly SearchTerm[], start: number, end: number): string {
  let lo = 0;
  let hi = terms.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (terms[mid]!.start < start) lo = mid + 1;
    else hi = mid;
  }
  const out: string[] = [];
  for (let i = lo; i < terms.length && terms[i]!.end <= end; i++) out.push(terms[i]!.term);
  return out.join(' ');
}

/** Terms of `text` joined by spaces: the string handed to FTS5 / to_tsvector. */
export function termString(text: string): string {
  return termsOf(text)
    .map((t) => t.term)
    .join(' ');
}
