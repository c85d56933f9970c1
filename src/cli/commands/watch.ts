/**
 * `rasid watch SOURCES [--db URL] [--interval S] [--once]`: poll the feed and page URLs listed in
 * SOURCES, ingest what is new into the store, print a status line per round; runs until SIGINT or
 * SIGTERM (clean exit: the round in progress stops, the state is saved) and resumes from the state file.
 */
import type { Command } from 'commander';
import { CATALOGUE, RasidError } from '../../doc/errors.js';
import { readSources } from '../../watch/sources.js';
import { statePathFor } from '../../watch/state.js';
import { DEFAULTS, watchSources } from '../../watch/watch.js';

function positive(name: string, v: string | undefined, dflt: number, min = 0): number {
  if (v === undefined) return dflt;
  const n = Number(v);
  if (!Number.isFinite(n) || n < min) throw new RasidError('E_USAGE', { detail: `${name} must be a number ≥ ${min}, not "${v}"` });
  return n;
}

export function register(program: Command): void {
  program
    .command('watch')
    .description('poll feeds and pages and ingest what is new')
    .argument('<sources>', 'file of feed and page URLs, one per line (# comments)')
    .option('--db <url>', 'store: SQLite file or postgres:// URL (default RASID_DB or ./rasid.db)')
    .option('--interval <s>', `seconds between rounds (default ${DEFAULTS.intervalS})`)
    .option('--once', 'run one round and exit')
    .option('--state <file>', 'state file (default: beside the store, <db>.watch.json)')
    .option('--timeout <s>', `seconds before a request is abandoned (default ${DEFAULTS.timeoutMs / 1000})`)
    .option('--max-bytes <n>', `largest response accepted (default ${DEFAULTS.maxBytes})`)
    .option('--host-interval <s>', `minimum seconds between two requests to one host (default ${DEFAULTS.hostIntervalMs / 1000})`)
    .action(async (sourcesPath: string, opts: { db?: string; interval?: string; once?: boolean; state?: string; timeout?: string; maxBytes?: string; hostInterval?: string }) => {
      const intervalS = positive('--interval', opts.interval, DEFAULTS.intervalS, 1);
      const timeoutMs = positive('--timeout', opts.timeout, DEFAULTS.timeoutMs / 1000, 0.1) * 1000;
      const maxBytes = positive('--max-bytes', opts.maxBytes, DEFAULTS.maxBytes, 1024);
      const hostIntervalMs = positive('--host-interval', opts.hostInterval, DEFAULTS.hostIntervalMs / 1000, 0) * 1000;
      const list = readSources(sourcesPath);
      for (const r of list.rejected) process.stderr.write(`rasid: ${sourcesPath}:${r.line}: not an http(s) URL, skipped: ${r.text}\n`);
      const { openStore, storeUrl } = await import('../../store/open.js');
      const { storeSink } = await import('../../watch/store-sink.js');
      const url = storeUrl(opts.db);
      const store = await openStore(url);
      const controller = new AbortController();
      const stop = () => controller.abort();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      try {
        process.stdout.write(`watching ${list.sources.length} source(s) into ${store.url}${opts.once ? ' (one round)' : `, every ${intervalS} s`}; stop with Ctrl-C\n`);
        const rounds = await watchSources({
          sources: list.sources,
          sink: storeSink(store),
          statePath: opts.state ?? statePathFor(url),
          intervalS,
          once: !!opts.once,
          timeoutMs,
          maxBytes,
          hostIntervalMs,
          signal: controller.signal,
        });
        if (controller.signal.aborted) process.stdout.write('stopped; state saved\n');
        // One round (--once) is a batch: like ingest, it says through its exit status that something failed.
        const last = rounds[rounds.length - 1];
        if (opts.once && last && (last.failed > 0 || last.itemFailures > 0)) process.exitCode = CATALOGUE.E_FETCH.exit;
      } finally {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        await store.close();
      }
    });
}
