/** `rasid stats [--db URL] [--json]`: counts of articles, statements, speakers, entities, stories and outlets. */
import type { Command } from 'commander';
import { openStore } from '../../store/open.js';

export function register(program: Command): void {
  program
    .command('stats')
    .description('counts of articles, statements, speakers, entities, stories and outlets')
    .option('--db <url>', 'store: a SQLite file or postgres://... (default: $RASID_DB or ./rasid.db)')
    .option('--json', 'print the counts as one JSON object on the last line')
    .action(async (flags: { db?: string; json?: boolean }) => {
      const store = await openStore(flags.db, { mustExist: true });
      try {
        const s = await store.stats();
        if (flags.json) {
          process.stdout.write(JSON.stringify(s) + '\n');
          return;
        }
        process.stdout.write(`store ${store.url} (${store.kind})\n`);
        for (const [k, v] of Object.entries(s)) process.stdout.write(`${k.padEnd(11)} ${v}\n`);
      } finally {
        await store.close();
      }
    });
}
