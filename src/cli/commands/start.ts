/**
 * `rasid start` (what `npm start` runs): build the web UI when missing or stale, open the embedded
 * store (./rasid.db or RASID_DB), ingest the bundled demo corpus when the store is empty, serve,
 * and print the URL. A second start reuses the store as it is.
 */
import type { Command } from 'commander';
import { count } from '../io.js';
import { ingestDemo } from '../../api/demo.js';
import { closeOnSignal, parsePort, serveStore } from '../../api/serve.js';
import { ensureUi } from '../../api/ui-build.js';
import { asRasidError } from '../../doc/errors.js';
import { openStore, safeUrl, storeUrl } from '../../store/open.js';

const say = (line: string) => process.stdout.write(`rasid: ${line}\n`);

export function register(program: Command): void {
  program
    .command('start')
    .description('build the web UI if needed, ingest the demo corpus into an empty store, and serve')
    .option('--db <url>', 'store (default RASID_DB or ./rasid.db)')
    .option('--port <n>', 'port to listen on', process.env.PORT ?? '8080')
    .option('--host <h>', 'address to listen on', '127.0.0.1')
    .option('--no-demo', 'do not ingest the demo corpus into an empty store')
    .action(async (opts: { db?: string; port: string; host: string; demo: boolean }) => {
      const port = parsePort(opts.port);
      try {
        if (await ensureUi(say)) say('web UI built (web/dist)');
      } catch (e) {
        say(`the web UI could not be built (${asRasidError(e).message}); serving the API only`);
      }
      const url = storeUrl(opts.db);
      const store = await openStore(url);
      try {
        const before = await store.stats();
        if (before.articles === 0 && opts.demo) {
          say(`the store ${safeUrl(url)} is empty: ingesting the demo corpus (data/demo)…`);
          let last = 0;
          const report = await ingestDemo(store, (done, failed) => {
            if (Date.now() - last > 2000) {
              last = Date.now();
              say(`  ${count(done, 'article')}${failed ? `, ${failed} skipped` : ''}…`);
            }
          });
          for (const line of report.errors.slice(0, 5)) say(`  skipped: ${line}`);
          say(`demo corpus: ${count(report.added, 'article')} stored, ${report.failed} skipped, in ${report.seconds.toFixed(1)} s`);
        } else {
          say(`using the store ${safeUrl(url)} (${count(before.articles, 'article')})`);
        }
        const token = process.env.RASID_TOKEN?.trim() || undefined;
        const { app, url: at } = await serveStore(store, { port, host: opts.host, token });
        say(`serving at ${at}  (API reference: ${at}api/docs; Ctrl+C stops)`);
        await closeOnSignal(app, store);
      } catch (e) {
        await store.close().catch(() => undefined);
        throw e;
      }
    });
}
