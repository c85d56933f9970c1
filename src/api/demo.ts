/**
 * The bundled demo corpus (data/demo: the seed page and a few hundred SaudiNewsNet articles, see
 * data/demo/SOURCE.md), ingested by `rasid start` into an empty store with the same ingest as
 * `rasid ingest` (worker threads, idempotent, bad records reported and skipped).
 */
import { dataPath } from '../data/paths.js';
import { ingestPaths, type IngestSummary } from '../store/ingest.js';
import type { Store } from '../store/types.js';

export const DEMO_DIR = dataPath('demo');

export interface DemoReport {
  added: number;
  failed: number;
  errors: string[];
  seconds: number;
}

/** Analyse and store every demo article (`*.txt` pages and `*.jsonl` records under `dir`). */
export async function ingestDemo(store: Store, onProgress?: (done: number, failed: number) => void, dir = DEMO_DIR): Promise<DemoReport> {
  const s: IngestSummary = await ingestPaths(store, [dir], { onProgress: (p) => onProgress?.(p.done, p.failed) });
  return {
    added: s.inserted + s.updated,
    failed: s.failed,
    errors: s.errors.map((e) => `${e.origin}: ${e.code}: ${e.message}`),
    seconds: s.seconds,
  };
}
