/**
 * One ingest item turned into what the store writes: read (page or record), skip when the store
 * already has the same content, else run the full pipeline and compute terms and signatures.
 * Runs inside the worker threads (and directly in tests).
 */
import { asRasidError } from '../doc/errors.js';
import { analyzeDoc, readPage, readRecord } from './analyze.js';
import { identify, toArticleInput } from './rows.js';
import type { Item } from './sources.js';
import type { ArticleInput } from './types.js';

export type WorkResult =
  | { status: 'ok'; input: ArticleInput }
  | { status: 'unchanged'; id: string; origin: string }
  | { status: 'error'; origin: string; code: string; message: string };

export function processItem(item: Item, known: Map<string, string>): WorkResult {
  if (item.kind === 'error') return { status: 'error', origin: item.origin, code: item.code, message: item.message };
  try {
    const doc =
      item.kind === 'page'
        ? readPage(Buffer.from(item.bytes.buffer, item.bytes.byteOffset, item.bytes.byteLength), item.path)
        : item.kind === 'doc'
          ? item.doc
          : readRecord(item.record, item.path, item.line);
    const { id, contentHash } = identify(doc);
    if (known.get(id) === contentHash) return { status: 'unchanged', id, origin: item.origin };
    analyzeDoc(doc);
    return { status: 'ok', input: toArticleInput(doc, item.origin) };
  } catch (e) {
    const re = asRasidError(e);
    return { status: 'error', origin: item.origin, code: re.code, message: re.message };
  }
}
