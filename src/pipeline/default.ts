/**
 * The default pipeline: layout (paragraphs, article) → tokens → sentences → dates → entities →
 * statements (the stages are in ./stages.ts). `analyze` reads raw input (bytes or text) and runs it.
 */
import type { Doc } from '../doc/doc.js';
import { createDoc } from '../doc/doc.js';
import type { ReadOptions } from '../article/read.js';
import { readArticle } from '../article/read.js';
import type { Pipeline, StageContext } from './stage.js';
import { defaultPipeline } from './stages.js';

export { analyzeDoc, defaultPipeline, defaultStages } from './stages.js';

export interface AnalyzeOptions extends ReadOptions, StageContext {
  pipeline?: Pipeline;
}

/**
 * Read and analyse one article. A Buffer is decoded and read like a file (text, HTML or one JSON
 * record); a string is taken as the article's text as is.
 */
export function analyze(input: Uint8Array | string, opts: AnalyzeOptions = {}): Doc {
  const doc = typeof input === 'string' ? createDoc(input, opts.path ? { path: opts.path, format: 'text' } : { format: 'text' }) : readArticle(input, opts);
  const ctx: StageContext = {};
  if (opts.reference) ctx.reference = opts.reference;
  return (opts.pipeline ?? defaultPipeline()).run(doc, ctx);
}
