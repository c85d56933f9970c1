/** The store as the watcher's sink: items go through the normal ingest (full pipeline, dedup by content). */
import { ingestItems } from '../store/ingest.js';
import type { Item } from '../store/sources.js';
import type { Store } from '../store/types.js';
import type { Sink, SinkResult, WatchItem } from './round.js';

async function* asItems(items: WatchItem[]): AsyncGenerator<Item> {
  for (const it of items) {
    if (it.kind === 'page') yield { kind: 'page', origin: it.url, path: it.url, bytes: new Uint8Array(it.bytes), weight: it.bytes.length };
    else yield { kind: 'record', origin: it.url, path: it.url, line: 1, record: it.record, weight: 1 };
  }
}

export function storeSink(store: Store, opts: { jobs?: number } = {}): Sink {
  return {
    async ingest(items: WatchItem[]): Promise<SinkResult> {
      const s = await ingestItems(store, asItems(items), { jobs: opts.jobs ?? 1 });
      return { inserted: s.inserted, updated: s.updated, unchanged: s.unchanged, failed: s.failed, errors: s.errors };
    },
  };
}
