/**
 * The ingest's bridge to reading and analysis: `readArticle` (src/article/read.ts) for text and HTML
 * pages, `recordToDoc` (src/article/record.ts) for JSON records, and the full default pipeline
 * (src/pipeline/stages.ts), with the record's publication date as the reference time (records and
 * the pipeline are in ./run-pipeline.ts).
 */
import type { Doc } from '../doc/doc.js';
import { RasidError } from '../doc/errors.js';
import { readArticle } from '../article/read.js';
import { MAX_BYTES } from './run-pipeline.js';

export { MAX_BYTES, analyzeDoc, readRecord, stageNames } from './run-pipeline.js';

/** A text or HTML page as a laid-out Doc. */
export function readPage(input: Uint8Array, path: string): Doc {
  if (input.length > MAX_BYTES) throw new RasidError('E_INPUT_TOO_LARGE', { size: input.length, limit: MAX_BYTES, path });
  return readArticle(input, { path, maxBytes: MAX_BYTES, format: /\.(jsonl|ndjson|json)$/i.test(path) ? 'text' : 'auto' });
}
