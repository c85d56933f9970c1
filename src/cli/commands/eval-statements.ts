/**
 * `rasid eval statements GOLD.jsonl [--json]`: statement precision, recall, F1 and speaker accuracy
 * against gold in the format of shared/data/statements/dev.jsonl, scored exactly as GUIDELINES.md
 * ("Scoring") says (src/statements/score.ts). `--json` prints
 * {"precision","recall","f1","speakerAccuracy","gold","predicted","matched"} as the last line.
 */
import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { RasidError } from '../../doc/errors.js';
import { analyze } from '../../pipeline/default.js';
import { evaluateGold, type Split } from '../../statements/evaluate.js';
import { loadGold } from '../../statements/gold.js';
import type { Score } from '../../statements/score.js';
import { printJson } from '../io.js';

export function formatScore(s: Score, perArticle: boolean): string {
  const f = (x: number) => x.toFixed(3);
  const lines: string[] = [];
  if (perArticle) {
    for (const a of s.articles) lines.push(`${a.id.padEnd(22)} gold ${a.gold} pred ${a.predicted} matched ${a.matched} speaker-ok ${a.speakerOk}`);
  }
  lines.push(`statements: gold ${s.gold}, predicted ${s.predicted}, matched ${s.matched}`);
  lines.push(`precision ${f(s.precision)}  recall ${f(s.recall)}  F1 ${f(s.f1)}`);
  lines.push(`speaker accuracy (over matched) ${f(s.speakerAccuracy)}  (${s.speakerCorrect}/${s.matched})`);
  const kinds = Object.keys(s.recallByKind).sort();
  lines.push('recall by kind: ' + kinds.map((k) => `${k} ${s.recallByKind[k]!.matched}/${s.recallByKind[k]!.gold}`).join(', '));
  return lines.join('\n');
}

const SPLITS = ['all', 'tune', 'heldout'];

export function register(evalCommand: Command): void {
  evalCommand
    .command('statements')
    .description('evaluate attributed statements against a gold JSONL file')
    .argument('<gold>', 'JSONL: {"id","text","statements":[{"speaker","speaker_mention","content","kind",...}]} per line')
    .option('--json', 'print the figures as JSON on the last line')
    .option('--split <part>', 'all | tune | heldout (the fixed split of src/statements/gold.ts)', 'all')
    .option('--baseline', 'score the naive cue-regex baseline instead of rasid')
    .option('--bare', 'run the statements stage on the bare text (no layout, entities)')
    .option('--per-article', 'one line per article')
    .option('--pred <file>', 'also write the predictions as JSONL (for shared/tools/score_statements.py)')
    .action((path: string, opts: { json?: boolean; split: string; baseline?: boolean; bare?: boolean; perArticle?: boolean; pred?: string }) => {
      if (!SPLITS.includes(opts.split)) throw new RasidError('E_USAGE', { detail: `--split must be one of ${SPLITS.join(', ')}` });
      const gold = loadGold(path);
      const r = evaluateGold(gold, {
        split: opts.split as Split,
        ...(opts.baseline ? { baseline: true } : {}),
        ...(opts.bare ? {} : { analyze: (text: string) => analyze(text) }),
      });
      if (opts.pred) {
        try {
          writeFileSync(opts.pred, r.predictions.map((p) => JSON.stringify(p)).join('\n') + '\n');
        } catch (e) {
          throw new RasidError('E_INPUT_UNREADABLE', { path: opts.pred, detail: String((e as NodeJS.ErrnoException).code ?? e) });
        }
      }
      process.stdout.write(formatScore(r.score, !!opts.perArticle) + '\n');
      if (opts.json) {
        const s = r.score;
        printJson({ precision: s.precision, recall: s.recall, f1: s.f1, speakerAccuracy: s.speakerAccuracy, gold: s.gold, predicted: s.predicted, matched: s.matched });
      }
    });
}
