/**
 * `rasid tag FILE.conll`: tag pre-tokenized text (one token per line, optionally with a gold tag as the
 * last field; blank line between sentences) and print `token GOLD PRED` lines (GOLD is `O` when absent).
 */
import type { Command } from 'commander';
import { formatTagged, readConll } from '../../entities/conll.js';
import { evaluateSentences } from '../../entities/evaluate.js';

export function register(program: Command): void {
  program
    .command('tag')
    .description('tag pre-tokenized CoNLL text with the named-entity model')
    .argument('<file>', 'one token per line ("token" or "token ... TAG"), blank line between sentences')
    .action((path: string) => {
      const e = evaluateSentences(readConll(path, { requireTags: false }));
      process.stdout.write(formatTagged(e.sentences));
    });
}
