/**
 * From an analysed Doc to what the store writes: id, content hash, search terms, MinHash signatures.
 * Runs in the ingest workers so the main thread only writes.
 */
import { createHash } from 'node:crypto';
import type { Doc, Token } from '../doc/doc.js';
import { normalizeText } from '../text/normalize.js';
import { ARTICLE_SHINGLES, STATEMENT_SHINGLES, minhashWords, shingleWords } from './minhash.js';
import { docTerms, termString, termsIn } from './terms.js';
import type { ArticleInput } from './types.js';

export function sha1(s: string): string {
  return createHash('sha1').update(s).digest('hex');
}

/** The article's id: its URL when it has one, else `sha1:` + hash of its normalized text. */
export function articleId(doc: Doc): string {
  const url = doc.article?.canonicalUrl ?? doc.article?.url ?? doc.source?.url;
  if (url && url.trim()) return url.trim();
  return 'sha1:' + sha1(normalizeText(doc.text));
}

/** Hash of what makes an article's content: its text and article fields. */
export function contentHash(doc: Doc): string {
  const a = doc.article;
  const meta = a ? [a.published, a.outlet, a.section, a.author, a.url].map((v) => v ?? '').join('\u0001') : '';
  return sha1(doc.text + '\u0000' + meta);
}

/** Title of the article: the headline span, else the first line. */
export function titleOf(doc: Doc): string | null {
  const h = doc.article?.headline?.text;
  if (h && h.trim()) return h.trim();
  const first = doc.text.split('\n').find((l) => l.trim());
  return first ? first.trim().slice(0, 300) : null;
}

/** The fields that only depend on the Doc: id and hash (cheap, before analysis). */
export function identify(doc: Doc): { id: string; contentHash: string } {
  return { id: articleId(doc), contentHash: contentHash(doc) };
}

/** The words of the tokens layer that shingles are made of (search form), with their offsets. */
function shingleTokens(tokens: readonly Token[]): { words: string[]; starts: number[]; ends: number[] } {
  const words: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  for (const t of tokens) {
    if (t.kind !== 'word' && t.kind !== 'number' && t.kind !== 'latin') continue;
    words.push(t.norm);
    starts.push(t.start);
    ends.push(t.end);
  }
  return { words, starts, ends };
}

/** First index of the sorted `xs` whose value is at least `x`. */
function lowerBound(xs: readonly number[], x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** MinHash signature of the words inside `[start, end)` of the text. */
function spanSignature(doc: Doc, sw: ReturnType<typeof shingleTokens> | null, start: number, end: number): number[] {
  const { k, minWords } = STATEMENT_SHINGLES;
  if (!sw) return minhashWords(shingleWords(doc.text.slice(start, end)), k, minWords);
  // Tokens are in text order and do not overlap: those inside the span are one run.
  const from = lowerBound(sw.starts, start);
  let to = from;
  while (to < sw.words.length && sw.ends[to]! <= end) to++;
  return minhashWords(sw.words, k, minWords, from, to);
}

export function toArticleInput(doc: Doc, origin?: string): ArticleInput {
  const statements = doc.statements ?? [];
  const terms = docTerms(doc);
  const headline = doc.article?.headline;
  // Shingles over the search form of the words (from the tokens layer when there is one).
  const sw = doc.tokens ? shingleTokens(doc.tokens) : null;
  const words = sw ? sw.words : shingleWords(doc.text);
  return {
    ...identify(doc),
    doc,
    titleTerms: headline ? termsIn(terms, headline.start, headline.end) : termString(titleOf(doc) ?? ''),
    bodyTerms: terms.map((t) => t.term).join(' '),
    statementTerms: statements.map((s) => termsIn(terms, s.content.start, s.content.end)),
    signature: minhashWords(words, ARTICLE_SHINGLES.k, ARTICLE_SHINGLES.minWords),
    statementSignatures: statements.map((s) => spanSignature(doc, sw, s.content.start, s.content.end)),
    ...(origin ? { origin } : {}),
  };
}
