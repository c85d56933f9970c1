/**
 * Copy every article of one store into another (SQLite to PostgreSQL when a desk outgrows one file,
 * or back), without analysing anything again: the stored Docs carry every layer, and the target
 * recomputes only what is its own (search terms, near-duplicate stories and statement groups).
 * Idempotent like ingest: what the target already holds unchanged is skipped.
 */
import type { SqlStore } from './sql-store.js';
import { toArticleInput } from './rows.js';
import type { PutOutcome } from './types.js';

export interface CopyProgress {
  read: number;
  outcomes: Record<PutOutcome, number>;
}

export async function copyStore(
  from: SqlStore,
  to: SqlStore,
  opts: { batch?: number; onBatch?: (p: CopyProgress) => void } = {},
): Promise<CopyProgress> {
  const batch = Math.max(1, Math.min(1000, opts.batch ?? 200));
  const progress: CopyProgress = { read: 0, outcomes: { inserted: 0, updated: 0, unchanged: 0 } };
  let after = 0;
  for (;;) {
    const rows = await from.docsAfter(after, batch);
    if (rows.length === 0) break;
    after = rows[rows.length - 1]!.seq;
    const inputs = rows.map((r) => toArticleInput(r.doc, r.origin ?? undefined));
    for (const res of await to.putArticles(inputs)) progress.outcomes[res.outcome]++;
    progress.read += rows.length;
    opts.onBatch?.(progress);
  }
  return progress;
}
