/**
 * Ingest worker thread: receives items, answers with `processItem` results (see ./pool.ts). Rows
 * go back with their Doc JSON as transferred bytes. On request it reports its CPU time (all of the
 * thread's, and its start-up's) and the time spent in each stage (for the ingest summary and the
 * benchmark).
 */
import { parentPort } from 'node:worker_threads';
import { stageNames } from './run-pipeline.js';
import { threadCpuMs } from './thread-cpu.js';
import { packRow } from './write-row.js';
import { loadPageReader, processItem, type WorkForm } from './work.js';
import type { Item } from './sources.js';

type Message =
  | { type: 'init'; known: Array<[string, string]>; form?: WorkForm }
  | { type: 'item'; id: number; item: Item }
  | { type: 'stats' };

let known = new Map<string, string>();
let form: WorkForm = 'input';
const timings: Record<string, number> = {};
/** This thread's CPU time when it was ready for its first item (start-up: loading the code and the pipeline). */
let startCpuMs: number | null = null;
parentPort?.on('message', (m: Message) => {
  // The page reader loads with the first page (records need none of it).
  if (m.type === 'item' && m.item.kind === 'page')
    void loadPageReader()
      .catch(() => undefined)
      .then(() => handle(m));
  else handle(m);
});

function handle(m: Message): void {
  if (m.type === 'init') {
    known = new Map(m.known);
    form = m.form ?? 'input';
    const stages = stageNames();
    startCpuMs = threadCpuMs();
    parentPort!.postMessage({ type: 'ready', stages });
    return;
  }
  if (m.type === 'stats') {
    const now = threadCpuMs();
    const heapMb = Math.round(process.memoryUsage().heapUsed / 2 ** 20);
    parentPort!.postMessage({ type: 'stats', cpuMs: now, startCpuMs, heapMb, timings });
    return;
  }
  const result = processItem(m.item, known, form, timings);
  if (result.status === 'row') {
    const t = performance.now();
    const { row, transfer } = packRow(result.row);
    timings.pack = (timings.pack ?? 0) + performance.now() - t;
    parentPort!.postMessage({ type: 'result', id: m.id, result: { status: 'row', row } }, transfer);
  } else parentPort!.postMessage({ type: 'result', id: m.id, result });
}
