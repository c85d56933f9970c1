/**
 * `rasid eval pages GOLD.jsonl [--json]`: read every gold page (paths relative to the gold file),
 * score title, published, author, body start and body end, print a line per page and the shares.
 * `--json` prints `{"title","published","author","bodyStart","bodyEnd","pages"}` as the last line.
 */
import type { Command } from 'commander';
import { evalPages } from '../../article/html/eval.js';

export function register(evalCommand: Command): void {
  evalCommand
    .command('pages')
    .description('score HTML extraction (title, published, author, body start/end) against gold lines')
    .argument('<gold>', 'gold JSONL: file, title, published, author, body_first, body_last')
    .option('--json', 'print the figures as JSON on the last line')
    .action((gold: string, opts: { json?: boolean }) => {
      const { results, report } = evalPages(gold);
      for (const r of results) {
        const miss = Object.entries(r.checks)
          .filter(([, ok]) => !ok)
          .map(([k]) => k);
        const line = `${miss.length ? 'MISS' : 'ok  '} ${r.file}${miss.length ? ` — ${miss.join(', ')}` : ''}${r.error ? ` (${r.error})` : ''}`;
        process.stdout.write(line + '\n');
        if (miss.length && !opts.json) {
          const g = r.got;
          if (miss.includes('title')) process.stdout.write(`     title: ${g.title ?? '(none)'}\n`);
          if (miss.includes('published')) process.stdout.write(`     published: ${g.published ?? '(none)'}\n`);
          if (miss.includes('author')) process.stdout.write(`     author: ${g.author ?? '(none)'}\n`);
          if (miss.includes('bodyStart')) process.stdout.write(`     body starts: ${g.bodyFirst}\n`);
          if (miss.includes('bodyEnd')) process.stdout.write(`     body ends: ${g.bodyLast}\n`);
        }
      }
      const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
      const n = report.pages;
      const count = (x: number) => Math.round(x * n);
      process.stdout.write(
        `pages ${n}: title ${count(report.title)}/${n} (${pct(report.title)}), published ${count(report.published)}/${n} (${pct(report.published)}), ` +
          `author ${count(report.author)}/${n} (${pct(report.author)}), body start ${count(report.bodyStart)}/${n} (${pct(report.bodyStart)}), body end ${count(report.bodyEnd)}/${n} (${pct(report.bodyEnd)})\n`,
      );
      if (opts.json) process.stdout.write(JSON.stringify(report) + '\n');
    });
}
