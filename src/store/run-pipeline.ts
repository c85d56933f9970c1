/**
 * The ingest's bridge to analysis for JSON records: `recordToDoc` (src/article/record.ts) and the
 * full default pipeline (src/pipeline/stages.ts), with the record's publication date as the
 * reference time. Pages (text and HTML) are read by ./analyze.ts, which the ingest workers load
 * only when a page comes (the HTML reader is a large part of a worker's start-up).
 */
import type { Doc } from '../doc/doc.js';
import { RasidError } from '../doc/errors.js';
import { DEFAULT_MAX_BYTES } from '../article/decode.js';
import { recordToDoc } from '../article/record.js';
import { defaultPipeline } from '../pipeline/stages.js';
import type { Pipeline, StageTimings } from '../pipeline/stage.js';

export const MAX_BYTES = DEFAULT_MAX_BYTES;

/** A JSON record (`title`, `content`/`text`, a date, `url`, `source`/`outlet`, `author`) as a laid-out Doc. */
export function readRecord(record: unknown, path: string, line: number): Doc {
  const doc = recordToDoc(record, { path, line });
  const size = Buffer.byteLength(doc.text);
  if (size > MAX_BYTES) throw new RasidError('E_INPUT_TOO_LARGE', { size, limit: MAX_BYTES, path: `${path}:${line}` });
  return doc;
}

let pipeline: Pipeline | undefined;

/** Names of the stages the ingest runs (what the pipeline has at the moment). */
export function stageNames(): string[] {
  pipeline ??= defaultPipeline();
  return pipeline.stages.map((s) => s.name);
}

/** Run every stage of the default pipeline on `doc` (adding each stage's time to `timings` when given). */
export function analyzeDoc(doc: Doc, timings?: StageTimings): Doc {
  pipeline ??= defaultPipeline();
  return pipeline.run(doc, doc.article?.published ? { reference: doc.article.published } : {}, timings);
}
