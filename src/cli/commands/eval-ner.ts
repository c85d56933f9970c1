/**
 * `rasid eval ner GOLD.conll [--json]`: entity-level exact-match precision, recall and F1 of the NER
 * tagger per type and micro-averaged (conlleval convention), on the gold file's own tokens.
 */
import type { Command } from 'commander';
import { printJson } from '../io.js';
import { evaluateFile, formatNer } from '../../entities/evaluate.js';

export function register(evalCommand: Command): void {
  evalCommand
    .command('ner')
    .description('evaluate the named-entity tagger on a CoNLL file (token ... TAG per line)')
    .argument('<gold>', 'CoNLL file: "token TAG" per line, blank line between sentences')
    .option('--json', 'print the figures as JSON on the last line')
    .action((path: string, opts: { json?: boolean }) => {
      const e = evaluateFile(path);
      process.stdout.write(formatNer(e) + '\n');
      if (opts.json) {
        const r = (x: number) => Math.round(x * 10000) / 10000;
        const perType: Record<string, { precision: number; recall: number; f1: number; gold: number; pred: number }> = {};
        for (const [t, v] of Object.entries(e.scores.perType)) perType[t] = { precision: r(v.precision), recall: r(v.recall), f1: r(v.f1), gold: v.gold, pred: v.pred };
        printJson({
          precision: r(e.scores.precision),
          recall: r(e.scores.recall),
          f1: r(e.scores.f1),
          perType,
          tokens: e.tokens,
          tokensPerSecond: Math.round(e.tokensPerSecond),
        });
      }
    });
}
