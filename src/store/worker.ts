/** Ingest worker thread: receives items, answers with `processItem` results (see ./pool.ts). */
import { parentPort } from 'node:worker_threads';
import { stageNames } from './analyze.js';
import { processItem } from './work.js';
import type { Item } from './sources.js';

type Message = { type: 'init'; known: Array<[string, string]> } | { type: 'item'; id: number; item: Item };

let known = new Map<string, string>();
parentPort?.on('message', (m: Message) => {
  if (m.type === 'init') {
    known = new Map(m.known);
    parentPort!.postMessage({ type: 'ready', stages: stageNames() });
    return;
  }
  parentPort!.postMessage({ type: 'result', id: m.id, result: processItem(m.item, known) });
});
