/** `rasid serve [--db URL] [--port N] [--host H]`: the HTTP API and web UI over any store. */
import type { Command } from 'commander';
import { count } from '../io.js';
import { availableParallelism } from 'node:os';
import { isClusterWorker, leaveCluster, startWorkers } from '../../api/cluster.js';
import { closeOnSignal, parsePort, serveStore } from '../../api/serve.js';
import { RasidError } from '../../doc/errors.js';
import { openStore, safeUrl, storeUrl } from '../../store/open.js';

export function register(program: Command): void {
  program
    .command('serve')
    .description('serve the HTTP API and the web UI (writing needs RASID_TOKEN)')
    .option('--db <url>', 'store: a SQLite file or postgres:// URL (default RASID_DB or ./rasid.db)')
    .option('--port <n>', 'port to listen on (0 picks a free one)', '8080')
    .option('--host <h>', 'address to listen on', '127.0.0.1')
    .option('--cors <origins>', 'comma-separated origins allowed to call the API from browsers (default: none)')
    .option('--rate-limit <n>', 'requests per minute per client address and server process (0 turns the limit off)', '600')
    .option('--workers <n>', `server processes sharing the port (1 to ${availableParallelism() * 2}; default 1)`, '1')
    .action(async (opts: { db?: string; port: string; host: string; cors?: string; rateLimit: string; workers: string }) => {
      const port = parsePort(opts.port);
      const rate = Number(opts.rateLimit);
      if (!Number.isInteger(rate) || rate < 0) throw new RasidError('E_USAGE', { detail: `--rate-limit must be a whole number, not "${opts.rateLimit}"` });
      const workers = Number(opts.workers);
      if (!Number.isInteger(workers) || workers < 1 || workers > availableParallelism() * 2) {
        throw new RasidError('E_USAGE', { detail: `--workers must be a whole number from 1 to ${availableParallelism() * 2}, not "${opts.workers}"` });
      }
      if (workers > 1 && !isClusterWorker()) {
        // Migrate and count once here; the workers open the store themselves.
        const first = await openStore(opts.db);
        const stats = await first.stats();
        await first.close();
        const { url, done } = await startWorkers(workers, opts.host);
        const token = process.env.RASID_TOKEN?.trim();
        process.stdout.write(`rasid: serving ${safeUrl(storeUrl(opts.db))} (${count(stats.articles, 'article')}) at ${url} with ${workers} processes\n`);
        process.stdout.write(`rasid: API reference at ${url}api/docs; writing ${token ? 'enabled (bearer token)' : 'disabled (set RASID_TOKEN to enable)'}\n`);
        process.exitCode = await done;
        return;
      }
      const store = await openStore(opts.db);
      try {
        const token = process.env.RASID_TOKEN?.trim() || undefined;
        const { app, url } = await serveStore(store, {
          port,
          host: opts.host,
          token,
          limits: { rateMax: rate === 0 ? false : rate },
          corsOrigins: opts.cors ? opts.cors.split(',').map((s) => s.trim()).filter(Boolean) : [],
        });
        const stats = await store.stats();
        if (isClusterWorker()) {
          await closeOnSignal(app, store);
          leaveCluster();
          return;
        }
        process.stdout.write(`rasid: serving ${safeUrl(storeUrl(opts.db))} (${count(stats.articles, 'article')}) at ${url}\n`);
        process.stdout.write(`rasid: API reference at ${url}api/docs; writing ${token ? 'enabled (bearer token)' : 'disabled (set RASID_TOKEN to enable)'}\n`);
        await closeOnSignal(app, store);
      } catch (e) {
        await store.close().catch(() => undefined);
        throw e;
      }
    });
}
