/**
 * `rasid ingest PATH... [--db URL] [--jobs N]`: analyse articles (files, folders, globs, `-`; text,
 * HTML, JSONL, JSON arrays, .zip of either) and store them. Bad records are reported on stderr with
 * file, line and code; the run goes on and exits non-zero if any failed.
 */
import type { Command } from 'commander';
import { CATALOGUE, RasidError, type ErrorCode } from '../../doc/errors.js';
import { ingestPaths, summaryLines } from '../../store/ingest.js';
import { openStore } from '../../store/open.js';
import { Progress } from '../../store/progress.js';
import { readStdin, count } from '../io.js';

function positiveInt(name: string, v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new RasidError('E_USAGE', { detail: `${name} expects a whole number of at least 1, not "${v}"` });
  return n;
}

export function register(program: Command): void {
  program
    .command('ingest')
    .description('analyse articles and store them (files, folders, globs, JSONL, JSON arrays, .zip, - for stdin)')
    .argument('<paths...>', 'files, folders (recursive), glob patterns, or - for stdin')
    .option('--db <url>', 'store: a SQLite file or postgres://... (default: $RASID_DB or ./rasid.db)')
    .option('--jobs <n>', 'worker threads (default: the number of cores)')
    .option('--batch <n>', 'articles per transaction (default 200)')
    .option('--json', 'print the summary as one JSON object on the last line')
    .action(async (paths: string[], flags: { db?: string; jobs?: string; batch?: string; json?: boolean }) => {
      const jobs = positiveInt('--jobs', flags.jobs);
      const batchSize = positiveInt('--batch', flags.batch);
      const store = await openStore(flags.db);
      const progress = new Progress(process.stderr);
      let firstCode: ErrorCode | null = null;
      try {
        const summary = await ingestPaths(store, paths, {
          ...(jobs ? { jobs } : {}),
          ...(batchSize ? { batchSize } : {}),
          stdin: readStdin,
          onError: (e) => {
            firstCode ??= (e.code in CATALOGUE ? e.code : 'E_INTERNAL') as ErrorCode;
            progress.message(`rasid: ${e.origin}: ${e.code}: ${e.message}`);
          },
          onProgress: (p) => progress.update(p),
        });
        progress.finish();
        for (const l of summaryLines(summary)) process.stderr.write(l + '\n');
        const stats = await store.stats();
        process.stderr.write(`store ${store.url}: ${count(stats.articles, 'article')}, ${count(stats.statements, 'statement')}, ${count(stats.stories, 'story', 'stories')}\n`);
        if (flags.json) {
          const { errors: _errors, ...rest } = summary;
          process.stdout.write(JSON.stringify({ ...rest, errors: summary.failed }) + '\n');
        }
        if (summary.failed > 0) process.exitCode = CATALOGUE[firstCode ?? 'E_INTERNAL'].exit;
      } finally {
        progress.finish();
        await store.close();
      }
    });
}
