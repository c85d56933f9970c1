/**
 * From an analysed Doc to what the store writes: id, content hash, search terms, MinHash signatures.
 * Runs in the ingest workers so the main thread only writes.
 */
import { createHash } from 'node:crypto';
import type { Doc } from '../doc/doc.js';
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

export function toArticleInput(doc: Doc, origin?: string): ArticleInput {
  const statements = doc.statements ?? [];
  const terms = docTerms(doc);
  const headline = doc.article?.headline;
  // Shingles over the search form of the words (from the tokens layer when there is one).
  const words = doc.tokens ? doc.tokens.filter((t) => t.kind === 'word' || t.kind === 'number' || t.kind === 'latin').map((t) => t.norm) : shingleWords(doc.text);
  const wordsIn = (start: number, end: number) =>
    doc.tokens
      ? doc.tokens.filter((t) => t.start >= start && t.end <= end && (t.kind === 'word' || t.kind === 'number' || t.kind === 'latin')).map((t) => t.norm)
      : shingleWords(doc.text.slice(start, end));
  return {
    ...identify(doc),
    doc,
    titleTerms: headline ? termsIn(terms, headline.start, headline.end) : termString(titleOf(doc) ?? ''),
    bodyTerms: terms.map((t) => t.term).join(' '),
    statementTerms: statements.map((s) => termsIn(terms, s.content.start, s.content.end)),
    signature: minhashWords(words, ARTICLE_SHINGLES.k, ARTICLE_SHINGLES.minWords),
    statementSignatures: statements.map((s) => minhashWords(wordsIn(s.content.start, s.content.end), STATEMENT_SHINGLES.k, STATEMENT_SHINGLES.minWords)),
    ...(origin ? { origin } : {}),
  };
}
