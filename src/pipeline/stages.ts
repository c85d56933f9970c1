/**
 * The default pipeline's stages, in order: layout (paragraphs, article) → tokens → sentences →
 * dates → entities → statements. Apart from ./default.ts (which adds `analyze`, reading raw input)
 * so that what only runs stages, such as the ingest workers, does not load the HTML and feed readers.
 */
import type { Doc, LayerName } from '../doc/doc.js';
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

/** Run the default pipeline over a Doc already read (JSON records, HTML). */
export function analyzeDoc(doc: Doc, ctx: StageContext = {}, pipeline: Pipeline = defaultPipeline()): Doc {
  return pipeline.run(doc, ctx);
}
