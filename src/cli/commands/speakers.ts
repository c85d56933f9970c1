/** `rasid speakers [--db URL] [--limit N] [--json]`: speakers by number of statements. */
import type { Command } from 'commander';
import { count } from '../io.js';
import { RasidError } from '../../doc/errors.js';
import { openStore } from '../../store/open.js';

export function register(program: Command): void {
  program
    .command('speakers')
    .description('list speakers with their statement counts')
    .argument('[filter]', 'only speakers whose name contains these words')
    .option('--db <url>', 'store: a SQLite file or postgres://... (default: $RASID_DB or ./rasid.db)')
    .option('--limit <n>', 'how many', '50')
    .option('--json', 'one JSON object per line')
    .action(async (filter: string | undefined, flags: { db?: string; limit: string; json?: boolean }) => {
      const limit = Number(flags.limit);
      if (!Number.isInteger(limit) || limit < 1) throw new RasidError('E_USAGE', { detail: `--limit expects a whole number, not "${flags.limit}"` });
      const store = await openStore(flags.db, { mustExist: true });
      try {
        const rows = await store.speakers({ limit, ...(filter ? { q: filter } : {}) });
        for (const s of rows) {
          if (flags.json) process.stdout.write(JSON.stringify(s) + '\n');
          else process.stdout.write(`${String(s.statements).padStart(6)}  ${s.name}  (${count(s.articles, 'article')}, ${count(s.outlets, 'outlet')}, ${s.first?.slice(0, 10) ?? '?'} … ${s.last?.slice(0, 10) ?? '?'})\n`);
        }
        if (!rows.length && !flags.json) process.stderr.write('no speakers\n');
      } finally {
        await store.close();
      }
    });
}
