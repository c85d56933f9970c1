/**
 * The default pipeline: layout (paragraphs, article) → tokens → sentences → dates → entities →
 * statements. `analyze` reads raw input (bytes or text) and runs it.
 */
import type { Doc, LayerName } from '../doc/doc.js';
import { createDoc } from '../doc/doc.js';
import type { ReadOptions } from '../article/read.js';
import { readArticle } from '../article/read.js';
import { layoutStage } from '../article/stage.js';
import { sentencesStage, tokensStage } from '../text/stage.js';
import { datesStage } from '../time/stage.js';
import { entitiesStage } from '../entities/stage.js';
import { statementsStage } from '../statements/stage.js';
import type { Pipeline, Stage, StageContext } from './stage.js';
import { createPipeline } from './stage.js';

const available: readonly Stage[] = [layoutStage, tokensStage, sentencesStage, datesStage, entitiesStage, statementsStage];

/** Every stage rasid has, in order. */
export function defaultStages(): Stage[] {
  return [...available];
}

/**
 * The default pipeline, or the stages named in `only` (a stage whose inputs no chosen stage
 * writes is left out, so the pipeline is always valid).
 */
export function defaultPipeline(opts: { only?: readonly string[] } = {}): Pipeline {
  const have = new Set<LayerName>();
  const stages: Stage[] = [];
  for (const s of available) {
    if (opts.only && !opts.only.includes(s.name)) continue;
    if (!s.reads.every((r) => have.has(r))) continue;
    stages.push(s);
    for (const w of s.writes) have.add(w);
  }
  return createPipeline(stages);
}

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

/** Run the default pipeline over a Doc already read (JSON records, HTML). */
export function analyzeDoc(doc: Doc, ctx: StageContext = {}, pipeline: Pipeline = defaultPipeline()): Doc {
  return pipeline.run(doc, ctx);
}
