/**
 * Ingest: read the inputs, analyse each article in worker threads (the full pipeline), and write
 * batches in transactions from this thread. Idempotent (same id and content = nothing to do),
 * crash-safe (a batch commits whole or not at all; a re-run completes the rest), and bad records
 * are reported with file, line and code while the run goes on.
 */
import { RasidError } from '../doc/errors.js';
import { WorkerPool, defaultJobs } from './pool.js';
import { readItems, resolveInputs, type Item } from './sources.js';
import { threadCpuMs } from './thread-cpu.js';
import type { ArticleInput, PutResult, Store } from './types.js';
import type { WorkResult } from './work.js';
import { canPutRows } from './write-batch.js';
import type { WriteRow } from './write-row.js';

export interface IngestError {
  origin: string;
  code: string;
  message: string;
}

export interface IngestOptions {
  /** Worker threads (default: the machine's cores). */
  jobs?: number;
  /** Articles per transaction (default 200). */
  batchSize?: number;
  /** Read for `-`. */
  stdin?: () => Promise<Buffer>;
  /** Called with each bad record as it is found. */
  onError?: (e: IngestError) => void;
  /** Called often (the caller throttles): articles done, errors, fraction of the input read. */
  onProgress?: (p: { done: number; failed: number; fraction: number | null }) => void;
}

export interface IngestSummary {
  /** Items read (articles and bad records). */
  seen: number;
  inserted: number;
  updated: number;
  unchanged: number;
  failed: number;
  /** The first 1,000 errors. */
  errors: IngestError[];
  seconds: number;
  /** Articles analysed or skipped per second. */
  rate: number;
  jobs: number;
  /** Peak resident memory of the process (workers included), in MB. */
  peakMemoryMb: number;
  /** CPU time of the whole process (all threads) during the run, in seconds: the load-independent cost. */
  cpuSeconds: number;
  /** The pipeline stages each article went through. */
  stages: string[];
  /** CPU time of this (the writing) thread, in seconds (null where the platform does not tell). */
  mainCpuSeconds: number | null;
  /** CPU time of each worker thread, in seconds (its start-up included). */
  workerCpuSeconds: Array<number | null>;
  /** CPU time of each worker thread's start-up (loading the code and the pipeline), in seconds. */
  workerStartCpuSeconds: Array<number | null>;
  /** JavaScript heap in use at the end (MB): this thread's and each worker's (the rest of the RSS is native: SQLite, buffers, code). */
  heapMb: { main: number; workers: number[] };
  /** Milliseconds per analysed article in each step: the workers' read, stages and rows; this thread's 'write'. */
  stepMs: Record<string, number>;
  /** How the workers handed articles over: 'row' (column values, SQL only here) or 'input' (the Doc). */
  handover: 'row' | 'input';
}

const MAX_KEPT_ERRORS = 1000;

/** Ingest the items of an iterable (see `ingestPaths` for files). */
export async function ingestItems(store: Store, items: AsyncIterable<Item>, opts: IngestOptions & { totalBytes?: number } = {}): Promise<IngestSummary> {
  const started = Date.now();
  const cpu0 = process.resourceUsage();
  const jobs = Math.max(1, Math.floor(opts.jobs ?? defaultJobs()));
  const batchSize = Math.max(1, Math.floor(opts.batchSize ?? 200));
  const summary: IngestSummary = {
    seen: 0,
    inserted: 0,
    updated: 0,
    unchanged: 0,
    failed: 0,
    errors: [],
    seconds: 0,
    rate: 0,
    jobs,
    peakMemoryMb: 0,
    cpuSeconds: 0,
    stages: [],
    mainCpuSeconds: null,
    workerCpuSeconds: [],
    workerStartCpuSeconds: [],
    heapMb: { main: 0, workers: [] },
    stepMs: {},
    handover: 'input',
  };
  let bytesRead = 0;
  const progress = () =>
    opts.onProgress?.({
      done: summary.inserted + summary.updated + summary.unchanged,
      failed: summary.failed,
      fraction: opts.totalBytes ? Math.min(1, bytesRead / opts.totalBytes) : null,
    });
  const fail = (e: IngestError) => {
    summary.failed++;
    if (summary.errors.length < MAX_KEPT_ERRORS) summary.errors.push(e);
    opts.onError?.(e);
  };

  // Rows (or inputs) waiting for the next transaction. The writer is one chain of promises; the
  // reader waits for it when more than a few batches queue up (bounded memory).
  const rowMode = canPutRows(store);
  let batch: Array<WriteRow | ArticleInput> = [];
  let writing: Promise<void> = Promise.resolve();
  let writeError: unknown = null;
  let lastFlush = Date.now();
  let queuedBatches = 0;
  let writeMs = 0;
  let analysed = 0;
  const put = (b: Array<WriteRow | ArticleInput>): Promise<PutResult[]> =>
    rowMode && canPutRows(store) ? store.putRows(b as WriteRow[]) : store.putArticles(b as ArticleInput[]);
  const flush = () => {
    if (batch.length === 0) return;
    const b = batch;
    batch = [];
    lastFlush = Date.now();
    queuedBatches++;
    writing = writing.then(async () => {
      try {
        if (!writeError) {
          const t = performance.now();
          for (const r of await put(b)) summary[r.outcome]++;
          writeMs += performance.now() - t;
        }
        progress();
      } catch (e) {
        writeError = e;
      } finally {
        queuedBatches--;
      }
    });
  };
  const handle = (res: WorkResult) => {
    if (res.status === 'ok' || res.status === 'row') {
      analysed++;
      batch.push(res.status === 'ok' ? res.input : res.row);
      if (batch.length >= batchSize || Date.now() - lastFlush > 2000) flush();
    } else if (res.status === 'unchanged') summary.unchanged++;
    else fail({ origin: res.origin, code: res.code, message: res.message });
    progress();
  };

  const mainCpu0 = threadCpuMs();
  const pool = new WorkerPool(jobs, await store.knownHashes(), rowMode ? 'row' : 'input');
  await pool.start();
  summary.stages = pool.stages;
  // At most `capacity` items are read ahead of the workers: reading waits for a free place. Writing
  // a batch holds this thread for a while (SQLite is synchronous: ~200 articles × 1–2 ms), during
  // which no new item reaches a worker: each worker needs more than a batch-write's worth of work
  // queued, or it idles while the batch is written.
  const capacity = jobs * 16 + batchSize;
  let inflight = 0;
  let wake: (() => void) | null = null;
  const settled = () => {
    inflight--;
    const w = wake;
    wake = null;
    w?.();
  };
  try {
    for await (const item of items) {
      if (writeError) break;
      summary.seen++;
      bytesRead += item.weight;
      if (item.kind === 'error') {
        handle({ status: 'error', origin: item.origin, code: item.code, message: item.message });
        continue;
      }
      inflight++;
      void pool.run(item).then(handle).finally(settled);
      while (inflight >= capacity) await new Promise<void>((r) => (wake = r));
      // Keep the writer from falling far behind (bounded memory).
      if (queuedBatches > 3) await writing;
    }
    while (inflight > 0) await new Promise<void>((r) => (wake = r));
    flush();
    await writing;
    const stats = await pool.stats();
    summary.workerCpuSeconds = stats.map((s) => (s.cpuMs === null ? null : s.cpuMs / 1000));
    summary.workerStartCpuSeconds = stats.map((s) => (s.startCpuMs === null ? null : s.startCpuMs / 1000));
    summary.heapMb = { main: Math.round(process.memoryUsage().heapUsed / 2 ** 20), workers: stats.map((s) => s.heapMb) };
    const steps: Record<string, number> = {};
    for (const st of stats) for (const [k, v] of Object.entries(st.timings)) steps[k] = (steps[k] ?? 0) + v;
    steps.write = writeMs;
    for (const k of Object.keys(steps)) steps[k] = analysed ? +(steps[k]! / analysed).toFixed(3) : 0;
    summary.stepMs = steps;
  } finally {
    await pool.close();
  }
  const mainCpu1 = threadCpuMs();
  summary.mainCpuSeconds = mainCpu0 !== null && mainCpu1 !== null ? (mainCpu1 - mainCpu0) / 1000 : null;
  summary.handover = rowMode ? 'row' : 'input';
  if (writeError) throw writeError instanceof RasidError ? writeError : new RasidError('E_DB_WRITE', { detail: String(writeError) });
  summary.seconds = (Date.now() - started) / 1000;
  const articles = summary.inserted + summary.updated + summary.unchanged;
  summary.rate = summary.seconds > 0 ? articles / summary.seconds : 0;
  const cpu1 = process.resourceUsage();
  summary.peakMemoryMb = Math.round(cpu1.maxRSS / 1024);
  summary.cpuSeconds = (cpu1.userCPUTime + cpu1.systemCPUTime - cpu0.userCPUTime - cpu0.systemCPUTime) / 1e6;
  progress();
  return summary;
}

/** Ingest files, folders, globs and `-` (see ./sources.ts). */
export async function ingestPaths(store: Store, args: string[], opts: IngestOptions = {}): Promise<IngestSummary> {
  if (args.length === 0) throw new RasidError('E_USAGE', { detail: 'give at least one file, folder, glob or -' });
  const inputs = resolveInputs(args);
  return ingestItems(store, readItems(inputs, opts.stdin), { ...opts, totalBytes: inputs.bytes || undefined });
}

/** The summary as the lines the CLI prints. */
export function summaryLines(s: IngestSummary): string[] {
  const articles = s.inserted + s.updated + s.unchanged;
  const lines: string[] = [];
  if (s.inserted === 0 && s.updated === 0 && s.unchanged > 0) {
    const bad = s.failed ? ` (${s.failed} bad record${s.failed === 1 ? '' : 's'} reported above)` : '';
    lines.push(`nothing changed: all ${s.unchanged} article${s.unchanged === 1 ? ' is' : 's are'} already in the store${bad}`);
  } else {
    lines.push(
      `ingested ${articles} article${articles === 1 ? '' : 's'} in ${s.seconds.toFixed(1)} s (${s.rate.toFixed(0)}/s, ${s.jobs} job${s.jobs === 1 ? '' : 's'}): ` +
        `${s.inserted} new, ${s.updated} updated, ${s.unchanged} unchanged, ${s.failed} failed`,
    );
  }
  lines.push(`peak memory ${s.peakMemoryMb} MB` + (s.heapMb.workers.length ? ` (JavaScript heaps at the end: ${s.heapMb.main} MB here, ${s.heapMb.workers.join(' + ')} MB in the workers)` : ''));
  const analysed = s.inserted + s.updated;
  if (analysed > 0 && s.mainCpuSeconds !== null) {
    const per = (sec: number | null) => (sec === null ? '?' : ((sec * 1000) / analysed).toFixed(1));
    const workers = s.workerCpuSeconds.map((w) => (w === null ? '?' : w.toFixed(1))).join(' + ');
    const starts = s.workerStartCpuSeconds.map((w) => (w === null ? '?' : w.toFixed(1))).join(' + ');
    lines.push(
      `cpu: ${s.cpuSeconds.toFixed(1)} s in all (${per(s.cpuSeconds)} ms per analysed article); writing thread ${s.mainCpuSeconds.toFixed(1)} s (${per(s.mainCpuSeconds)} ms), ` +
        `worker${s.workerCpuSeconds.length === 1 ? '' : 's'} ${workers} s (start-up ${starts} s)`,
    );
  }
  lines.push(`pipeline: ${s.stages.join(' → ') || '(none)'}`);
  return lines;
}
