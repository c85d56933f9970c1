/**
 * One ingest item turned into what the store writes: read (page or record), skip when the store
 * already has the same content, else run the full pipeline and compute terms and signatures; with
 * `form: 'row'`, also every column value (`WriteRow`), so the writing thread runs SQL only.
 * Runs inside the worker threads (and directly in tests).
 */
import type { Doc } from '../doc/doc.js';
import { RasidError, asRasidError } from '../doc/errors.js';
import { analyzeDoc, readRecord } from './run-pipeline.js';
import { identify, toArticleInput } from './rows.js';
import type { Item } from './sources.js';
import type { ArticleInput } from './types.js';
import { toWriteRow, type WriteRow } from './write-row.js';

export type WorkResult =
  | { status: 'ok'; input: ArticleInput }
  | { status: 'row'; row: WriteRow }
  | { status: 'unchanged'; id: string; origin: string }
  | { status: 'error'; origin: string; code: string; message: string };

/** What a worker hands back for an analysed article: the ArticleInput (with its Doc) or the WriteRow. */
export type WorkForm = 'input' | 'row';

let readPage: ((bytes: Uint8Array, path: string) => Doc) | null = null;

/**
 * Load the page (text and HTML) reader: `processItem` needs it for page items. Apart because the
 * HTML reader is a large part of a worker's start-up, and most ingests are JSON records.
 */
export async function loadPageReader(): Promise<void> {
  readPage ??= (await import('./analyze.js')).readPage;
}

/**
 * Process one item (a page item once `loadPageReader` has run). With `timings`, the time (ms) of reading, of each pipeline stage and of building
 * what the store writes ('rows') is added to it.
 */
export function processItem(item: Item, known: Map<string, string>, form: WorkForm = 'input', timings?: Record<string, number>): WorkResult {
  if (item.kind === 'error') return { status: 'error', origin: item.origin, code: item.code, message: item.message };
  const add = (k: string, t: number) => {
    if (!timings) return 0;
    const now = performance.now();
    timings[k] = (timings[k] ?? 0) + now - t;
    return now;
  };
  try {
    let t = timings ? performance.now() : 0;
    if (item.kind === 'page' && !readPage) throw new RasidError('E_INTERNAL', { detail: 'the page reader is not loaded (loadPageReader)' });
    const doc =
      item.kind === 'page'
        ? readPage!(Buffer.from(item.bytes.buffer, item.bytes.byteOffset, item.bytes.byteLength), item.path)
        : item.kind === 'doc'
          ? item.doc
          : readRecord(item.record, item.path, item.line);
    const { id, contentHash } = identify(doc);
    t = add('read', t);
    if (known.get(id) === contentHash) return { status: 'unchanged', id, origin: item.origin };
    analyzeDoc(doc, timings);
    t = timings ? performance.now() : 0;
    const input = toArticleInput(doc, item.origin);
    // The tokens are the pipeline's own (the tokens stage): the stored Doc leaves them out.
    const out: WorkResult = form === 'row' ? { status: 'row', row: toWriteRow(input, { tokensOfText: true }) } : { status: 'ok', input };
    add('rows', t);
    return out;
  } catch (e) {
    const re = asRasidError(e);
    return { status: 'error', origin: item.origin, code: re.code, message: re.message };
  }
}
