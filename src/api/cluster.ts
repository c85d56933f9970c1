/**
 * `rasid serve --workers N`: N server processes sharing one port (node:cluster). Each worker opens the
 * store and its own facet index; SQLite readers and PostgreSQL connections run in parallel, so a
 * machine's cores all serve searches. The primary only forks, reports the URL and relays signals.
 */
import cluster from 'node:cluster';
import { displayUrl } from './serve.js';

/** Fork `n` workers (they re-run this command line); resolves with the URL once the first one listens. */
export function startWorkers(n: number, host: string): Promise<{ url: string; done: Promise<number> }> {
  return new Promise((resolve, reject) => {
    let stopping = false;
    let listening = false;
    let alive = 0;
    let exitCode = 0;
    let resolveDone!: (code: number) => void;
    const done = new Promise<number>((r) => (resolveDone = r));
    const stop = (code: number) => {
      if (stopping) return;
      stopping = true;
      // The signal itself (not cluster's kill, which first waits for the worker's servers to close).
      for (const w of Object.values(cluster.workers ?? {})) w?.process.kill('SIGTERM');
      if (alive === 0) resolveDone(code);
      else exitCode = code;
    };
    cluster.on('listening', (_w, address) => {
      if (listening) return;
      listening = true;
      resolve({ url: displayUrl(host, address.port), done });
    });
    cluster.on('exit', (_w, code) => {
      alive--;
      // A worker that dies on its own takes the server down: better a clear failure than a silent half-server.
      if (!stopping) {
        if (!listening) reject(new Error(`a server worker exited with code ${code} before listening`));
        stop(code || 1);
      }
      if (alive === 0) resolveDone(exitCode);
    });
    const onSignal = () => stop(0);
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    for (let i = 0; i < n; i++) {
      cluster.fork();
      alive++;
    }
  });
}

export const isClusterWorker = (): boolean => cluster.isWorker;

/** In a worker whose server has closed: drop the channel to the primary, so the process can end. */
export function leaveCluster(): void {
  if (cluster.isWorker && process.connected) process.disconnect();
}
