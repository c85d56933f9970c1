/**
 * A pool of ingest worker threads (node:worker_threads). Each worker runs TypeScript through tsx's
 * loader (`worker-boot.mjs`). `run(item)` resolves with the worker's result; at most `capacity`
 * items are in flight so a large input never floods memory.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { RasidError } from '../doc/errors.js';
import type { Item } from './sources.js';
import type { WorkForm, WorkResult } from './work.js';

type Pending = { resolve: (r: WorkResult) => void; item: Item; worker: number };

/** What a worker reports of its work: its thread's CPU time and the time of each step (ms). */
export interface WorkerStats {
  /** CPU time of the thread since it started (start-up included). */
  cpuMs: number | null;
  /** CPU time of the thread's start-up: up to its being ready for the first item. */
  startCpuMs: number | null;
  /** The worker's JavaScript heap in use at the end (MB). */
  heapMb: number;
  timings: Record<string, number>;
}

export function defaultJobs(): number {
  return Math.max(1, availableParallelism());
}

export class WorkerPool {
  private readonly workers: Worker[] = [];
  private readonly load: number[] = [];
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;
  private ready: Promise<void>;
  private closed = false;
  /** Stage names reported by the workers. */
  stages: string[] = [];

  private statsWaiters: Array<(s: WorkerStats) => void> = [];

  /** `form`: what the workers answer for an analysed article (see `WorkForm`). */
  constructor(jobs: number, known: Map<string, string>, form: WorkForm = 'input') {
    const boot = new URL('./worker-boot.mjs', import.meta.url);
    const readies: Promise<void>[] = [];
    const knownList = [...known];
    for (let i = 0; i < jobs; i++) {
      const w = new Worker(boot, { stdout: false, stderr: false });
      this.workers.push(w);
      this.load.push(0);
      readies.push(
        new Promise((resolve, reject) => {
          const onMsg = (m: { type: string; stages?: string[] }) => {
            if (m.type === 'ready') {
              this.stages = m.stages ?? [];
              w.off('message', onMsg);
              resolve();
            }
          };
          w.on('message', onMsg);
          w.once('error', reject);
        }),
      );
      w.on('message', (m: { type: string; id: number; result: WorkResult } | ({ type: 'stats' } & WorkerStats)) => {
        if (m.type === 'stats') {
          this.statsWaiters.shift()?.(m as WorkerStats);
          return;
        }
        if (m.type !== 'result' || !('id' in m)) return;
        const p = this.pending.get(m.id);
        if (!p) return;
        this.pending.delete(m.id);
        this.load[p.worker]!--;
        p.resolve(m.result);
      });
      w.on('error', (e) => this.failWorker(i, e));
      w.on('exit', (code) => {
        if (!this.closed) this.failWorker(i, new Error(`worker exited with code ${code}`));
      });
      w.postMessage({ type: 'init', known: knownList, form });
    }
    this.ready = Promise.all(readies).then(() => undefined);
  }

  /** Items in flight that were sent to a dead worker fail with E_INTERNAL (the run goes on). */
  private failWorker(i: number, e: Error): void {
    for (const [id, p] of this.pending) {
      if (p.worker !== i) continue;
      this.pending.delete(id);
      p.resolve({ status: 'error', origin: p.item.origin, code: 'E_INTERNAL', message: `Internal error: ${e.message}` });
    }
    this.load[i] = Number.POSITIVE_INFINITY;
  }

  async start(): Promise<void> {
    try {
      await this.ready;
    } catch (e) {
      await this.close();
      throw new RasidError('E_INTERNAL', { detail: `cannot start ingest workers: ${(e as Error).message}` }, { cause: e });
    }
  }

  get inFlight(): number {
    return this.pending.size;
  }

  run(item: Item): Promise<WorkResult> {
    let best = -1;
    for (let i = 0; i < this.workers.length; i++) if (Number.isFinite(this.load[i]!) && (best < 0 || this.load[i]! < this.load[best]!)) best = i;
    if (best < 0) return Promise.resolve({ status: 'error', origin: item.origin, code: 'E_INTERNAL', message: 'Internal error: no ingest worker left' });
    const id = this.nextId++;
    this.load[best]!++;
    return new Promise((resolve) => {
      this.pending.set(id, { resolve, item, worker: best });
      this.workers[best]!.postMessage({ type: 'item', id, item });
    });
  }

  /** Each live worker's CPU time and step timings (asked once the work is done). */
  async stats(): Promise<WorkerStats[]> {
    const live = this.workers.filter((_, i) => Number.isFinite(this.load[i]!));
    const answers = live.map(() => new Promise<WorkerStats>((resolve) => this.statsWaiters.push(resolve)));
    for (const w of live) w.postMessage({ type: 'stats' });
    const timeout = new Promise<WorkerStats[]>((resolve) => setTimeout(() => resolve([]), 5000).unref());
    return Promise.race([Promise.all(answers), timeout]);
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
