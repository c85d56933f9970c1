/**
 * A Doc as the store keeps it (the `doc` column): JSON without the two layers that are rebuilt
 * exactly on read, which are most of a Doc's bytes:
 * - `text`: the article's `text` column holds the same string;
 * - `tokens`: a pure function of the text (`tokenize(text)`, what the pipeline's tokens stage
 *   writes); about 57 % of a SaudiNewsNet Doc's JSON.
 * - the `text` of every span (`{start, end, text}`: sentences, paragraphs, the article's parts,
 *   mentions, statements...) that is the text's own slice `text.slice(start, end)`.
 * Each left-out value is written as `null` in its place, so a Doc read back has its keys in the
 * same order as the Doc stored; a `text` of null also tells that span texts were left out. A Doc
 * holding a span whose text is already null is stored with its text and all its span texts. Docs
 * stored whole (stores written before this) read as they are.
 * A text that a database column cannot hold exactly (a lone UTF-16 surrogate, which SQLite writes
 * as three replacement characters; a NUL, which PostgreSQL refuses and the store writes there as
 * U+FFFD) is not rebuilt from the column: such a Doc is stored whole (JSON escapes both exactly).
 */
import type { Doc } from '../doc/doc.js';
import { tokenize } from '../text/tokenize.js';

export interface StoredDocOptions {
  /**
   * The caller guarantees `doc.tokens` is `tokenize(doc.text)` (the ingest workers: the Doc has just
   * been through the pipeline's tokens stage). Otherwise the tokens are compared with a fresh
   * tokenization and kept in the JSON when they differ.
   */
  tokensOfText?: boolean;
}

/** Whether `doc.tokens` can be left out of the stored JSON (see `StoredDocOptions`). */
function tokensRebuildable(doc: Doc, opts: StoredDocOptions): boolean {
  if (!Array.isArray(doc.tokens)) return false;
  return opts.tokensOfText === true || JSON.stringify(doc.tokens) === JSON.stringify(tokenize(doc.text));
}

type SpanLike = { start: unknown; end: unknown; text: unknown };

function isSpanLike(v: object): v is SpanLike {
  const o = v as SpanLike;
  return typeof o.start === 'number' && typeof o.end === 'number' && 'text' in o;
}

/** A lone surrogate (a high one not followed by a low one, or a low one not after a high one), or a NUL. */
const COLUMN_UNSAFE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|\u0000/;

/** Whether a text column gives `text` back exactly in every store (see the header). */
export function columnSafe(text: string): boolean {
  return !COLUMN_UNSAFE.test(text);
}

/** The JSON kept in the store for `doc`. */
export function storedDocJson(doc: Doc, opts: StoredDocOptions = {}): string {
  if (!columnSafe(doc.text)) return JSON.stringify(doc);
  // Spreading keeps the key order; the overriding keys stay where they were.
  const stored: Record<string, unknown> = { ...doc, text: null };
  if (tokensRebuildable(doc, opts)) stored.tokens = null;
  const text = doc.text;
  let nullSpan = false;
  const json = JSON.stringify(stored, function (this: unknown, _key: string, value: unknown) {
    if (value === null || typeof value !== 'object' || Array.isArray(value) || !isSpanLike(value)) return value;
    if (value.text === null) nullSpan = true;
    else if (typeof value.text === 'string' && value.text === text.slice(value.start as number, value.end as number)) return { ...value, text: null };
    return value;
  });
  if (!nullSpan) return json;
  // A span whose text was null would read back as its slice: keep every span text, and the text
  // itself (a stored text of null is what tells a reader that span texts were left out).
  return JSON.stringify({ ...stored, text: doc.text });
}

/** Span texts written as null get their slice of `text` back (in place). */
function fillSpans(v: unknown, text: string): void {
  if (v === null || typeof v !== 'object') return;
  if (Array.isArray(v)) {
    for (const x of v) fillSpans(x, text);
    return;
  }
  if (isSpanLike(v) && v.text === null) v.text = text.slice(v.start as number, v.end as number);
  for (const x of Object.values(v)) fillSpans(x, text);
}

/** The Doc stored as `json` in the article whose `text` column is `text`. */
export function parseStoredDoc(json: string, text: string): Doc {
  const doc = JSON.parse(json) as Omit<Doc, 'text' | 'tokens'> & { text: string | null; tokens?: Doc['tokens'] | null };
  if (doc.text === null) {
    doc.text = text;
    fillSpans(doc, text);
  }
  if (doc.tokens === null) doc.tokens = tokenize(doc.text);
  return doc as Doc;
}
