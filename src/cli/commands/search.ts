/**
 * `rasid search QUERY [--db URL] [--json] [--limit N] [--offset N]`: search stored articles and
 * statements (words, "phrases", -exclusions, OR, speaker:, entity:, outlet:, type:, from:, to:).
 */
import type { Command } from 'commander';
import { RasidError } from '../../doc/errors.js';
import { openStore } from '../../store/open.js';
import { search } from '../../store/search.js';
import type { Snippet } from '../../store/types.js';

function marked(s: Snippet): string {
  let out = '';
  let at = s.start;
  for (const h of s.highlights) {
    out += s.text.slice(at - s.start, h.start - s.start) + '[' + h.text + ']';
    at = h.end;
  }
  return (out + s.text.slice(at - s.start)).replace(/\s+/gu, ' ');
}

function count(name: string, v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new RasidError('E_USAGE', { detail: `${name} expects a whole number, not "${v}"` });
  return n;
}

export function register(program: Command): void {
  program
    .command('search')
    .description('search stored articles and statements')
    .argument('<query...>', 'words, "phrases", -exclusions, OR, speaker:, entity:, outlet:, type:article|statement, from:, to:')
    .option('--db <url>', 'store: a SQLite file or postgres://... (default: $RASID_DB or ./rasid.db)')
    .option('--limit <n>', 'hits to show', '10')
    .option('--offset <n>', 'hits to skip', '0')
    .option('--json', 'print the result (hits, snippets with highlight spans, facets) as one JSON object')
    .action(async (words: string[], flags: { db?: string; limit: string; offset: string; json?: boolean }) => {
      const query = words.join(' ');
      const store = await openStore(flags.db, { mustExist: true });
      try {
        const r = await search(store, query, { limit: count('--limit', flags.limit), offset: count('--offset', flags.offset) });
        if (flags.json) {
          process.stdout.write(JSON.stringify(r) + '\n');
          return;
        }
        process.stdout.write(`${r.total} hit${r.total === 1 ? '' : 's'}\n`);
        for (const h of r.hits) {
          const a = h.article;
          const who = h.statement ? `${h.statement.speaker ?? '?'} (${h.statement.cue.text}) — ` : '';
          process.stdout.write(`\n${h.type === 'statement' ? 'statement' : 'article'}  ${a.day ?? ''}  ${a.outlet ?? ''}  ${a.title ?? ''}\n  ${a.id}\n  ${who}${marked(h.snippet)}\n`);
        }
        const f = r.facets;
        const line = (name: string, xs: { value: string; count: number }[]) =>
          xs.length ? `${name}: ${xs.map((x) => `${x.value} (${x.count})`).join(', ')}\n` : '';
        if (r.total) process.stdout.write('\n' + line('outlets', f.outlets) + line('speakers', f.speakers) + line('entities', f.entities));
      } finally {
        await store.close();
      }
    });
}
