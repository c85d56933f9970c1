/** `rasid copy FROM TO`: copy every stored article into another store, without analysing again. */
import type { Command } from 'commander';
import { count } from '../io.js';
import { copyStore } from '../../store/copy.js';
import { openStore, safeUrl } from '../../store/open.js';

export function register(program: Command): void {
  program
    .command('copy')
    .description('copy every article of one store into another (e.g. ./rasid.db to postgres://...), keeping all layers')
    .argument('<from>', 'source store: a SQLite file or postgres:// URL')
    .argument('<to>', 'target store (created and migrated when needed)')
    .option('--batch <n>', 'articles per transaction', '200')
    .action(async (fromUrl: string, toUrl: string, flags: { batch: string }) => {
      const from = await openStore(fromUrl, { mustExist: true });
      try {
        const to = await openStore(toUrl);
        try {
          const t0 = Date.now();
          const tty = process.stderr.isTTY;
          const res = await copyStore(from, to, {
            batch: Number(flags.batch) || 200,
            onBatch: (p) => {
              const line = `copy: ${count(p.read, 'article')} (${p.outcomes.inserted} new, ${p.outcomes.updated} updated, ${p.outcomes.unchanged} unchanged)`;
              process.stderr.write(tty ? `\r${line}` : `${line}\n`);
            },
          });
          if (tty && res.read > 0) process.stderr.write('\n');
          const secs = (Date.now() - t0) / 1000;
          const { inserted, updated, unchanged } = res.outcomes;
          process.stdout.write(
            `copied ${safeUrl(fromUrl)} → ${safeUrl(toUrl)}: ${count(res.read, 'article')} read, ` +
              `${inserted} new, ${updated} updated, ${unchanged} unchanged in ${secs.toFixed(1)} s\n`,
          );
          if (res.read > 0 && inserted + updated === 0) process.stdout.write('nothing changed: the target already held every article\n');
        } finally {
          await to.close();
        }
      } finally {
        await from.close();
      }
    });
}
