/**
 * Ingest worker thread: receives items, answers with `processItem` results (see ./pool.ts). Rows
 * go back with their Doc JSON as transferred bytes. On request it reports its CPU time and the
 * time spent in each stage (for the ingest summary and the benchmark).
 */
import { parentPort } from 'node:worker_threads';
import { stageNames } from './analyze.js';
import { threadCpuMs } from './thread-cpu.js';
import { packRow } from './write-row.js';
import { processItem, type WorkForm } from './work.js';
import type { Item } from './sources.js';

type Message =
  | { type: 'init'; known: Array<[string, string]>; form?: WorkForm }
  | { type: 'item'; id: number; item: Item }
  | { type: 'stats' };

let known = new Map<string, string>();
let form: WorkForm = 'input';
const timings: Record<string, number> = {};
const cpu0 = threadCpuMs();
parentPort?.on('message', (m: Message) => {
  if (m.type === 'init') {
    known = new Map(m.known);
    form = m.form ?? 'input';
    parentPort!.postMessage({ type: 'ready', stages: stageNames() });
    return;
  }
  if (m.type === 'stats') {
    const now = threadCpuMs();
    const heapMb = Math.round(process.memoryUsage().heapUsed / 2 ** 20);
    parentPort!.postMessage({ type: 'stats', cpuMs: now !== null && cpu0 !== null ? now - cpu0 : null, heapMb, timings });
    return;
  }
  const result = processItem(m.item, known, form, timings);
  if (result.status === 'row') {
    const t = performance.now();
    const { row, transfer } = packRow(result.row);
    timings.pack = (timings.pack ?? 0) + performance.now() - t;
    parentPort!.postMessage({ type: 'result', id: m.id, result: { status: 'row', row } }, transfer);
  } else parentPort!.postMessage({ type: 'result', id: m.id, result });
});
