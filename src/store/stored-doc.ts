/**
 * A Doc as the store keeps it (the `doc` column): JSON without the two layers that are rebuilt
 * exactly on read, which are most of a Doc's bytes:
 * - `text`: the article's `text` column holds the same string;
 * - `tokens`: a pure function of the text (`tokenize(text)`, what the pipeline's tokens stage
 *   writes); about 57 % of a SaudiNewsNet Doc's JSON.
 * Each left-out layer is written as `null` in its place, so a Doc read back has its keys in the
 * same order as the Doc stored. Docs stored whole (stores written before this) read as they are.
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

/** The JSON kept in the store for `doc`. */
export function storedDocJson(doc: Doc, opts: StoredDocOptions = {}): string {
  // Spreading keeps the key order; the overriding keys stay where they were.
  const stored: Record<string, unknown> = { ...doc, text: null };
  if (tokensRebuildable(doc, opts)) stored.tokens = null;
  return JSON.stringify(stored);
}

/** The Doc stored as `json` in the article whose `text` column is `text`. */
export function parseStoredDoc(json: string, text: string): Doc {
  const doc = JSON.parse(json) as Omit<Doc, 'text' | 'tokens'> & { text: string | null; tokens?: Doc['tokens'] | null };
  if (doc.text === null) doc.text = text;
  if (doc.tokens === null) doc.tokens = tokenize(doc.text);
  return doc as Doc;
}
