/** `rasid speaker NAME [--db URL] [--json]`: a speaker's statements in date order. */
import type { Command } from 'commander';
import { RasidError } from '../../doc/errors.js';
import { openStore } from '../../store/open.js';

export function register(program: Command): void {
  program
    .command('speaker')
    .description("a speaker's statements in date order")
    .argument('<name>', 'the speaker (as `rasid speakers` lists them)')
    .option('--db <url>', 'store: a SQLite file or postgres://... (default: $RASID_DB or ./rasid.db)')
    .option('--limit <n>', 'how many', '1000')
    .option('--json', 'one JSON object per line')
    .action(async (name: string, flags: { db?: string; limit: string; json?: boolean }) => {
      const limit = Number(flags.limit);
      if (!Number.isInteger(limit) || limit < 1) throw new RasidError('E_USAGE', { detail: `--limit expects a whole number, not "${flags.limit}"` });
      const store = await openStore(flags.db, { mustExist: true });
      try {
        const rows = await store.speakerStatements(name, { limit });
        if (!rows.length) throw new RasidError('E_NOT_FOUND', { what: `speaker "${name}"` });
        for (const s of rows) {
          if (flags.json) process.stdout.write(JSON.stringify(s) + '\n');
          else process.stdout.write(`${s.day ?? '????-??-??'}  ${s.outlet ?? ''}  ${s.cue.text}: ${s.content.text}\n`);
        }
      } finally {
        await store.close();
      }
    });
}
