/**
 * Pipeline stages: each is named, declares the layers it reads and writes, and adds its layers
 * to the Doc without touching `doc.text`.
 */
import type { Doc, LayerName } from '../doc/doc.js';

export interface StageContext {
  /** Reference time for relative dates when the article has no dateline (ISO 8601). */
  reference?: string;
}

export interface Stage {
  name: string;
  reads: LayerName[];
  writes: LayerName[];
  run(doc: Doc, ctx: StageContext): void;
}

export interface Pipeline {
  stages: readonly Stage[];
  run(doc: Doc, ctx?: StageContext): Doc;
}

/**
 * An ordered pipeline. Construction checks that every layer a stage reads is written by an
 * earlier stage (or is provided by the caller through `given`).
 */
export function createPipeline(stages: readonly Stage[], given: readonly LayerName[] = []): Pipeline {
  const have = new Set<LayerName>(given);
  for (const s of stages) {
    for (const r of s.reads) {
      if (!have.has(r)) throw new Error(`pipeline: stage "${s.name}" reads "${r}" but no earlier stage writes it`);
    }
    for (const w of s.writes) have.add(w);
  }
  return {
    stages,
    run(doc, ctx = {}) {
      for (const s of stages) s.run(doc, ctx);
      return doc;
    },
  };
}
