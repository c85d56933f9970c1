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

/** Milliseconds spent in each stage, by stage name (added to on every run given it). */
export type StageTimings = Record<string, number>;

export interface Pipeline {
  stages: readonly Stage[];
  /** Run every stage on `doc`; with `timings`, add each stage's time (ms, performance.now) to it. */
  run(doc: Doc, ctx?: StageContext, timings?: StageTimings): Doc;
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
    run(doc, ctx = {}, timings) {
      if (!timings) {
        for (const s of stages) s.run(doc, ctx);
        return doc;
      }
      let t = performance.now();
      for (const s of stages) {
        s.run(doc, ctx);
        const now = performance.now();
        timings[s.name] = (timings[s.name] ?? 0) + now - t;
        t = now;
      }
      return doc;
    },
  };
}
