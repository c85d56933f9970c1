/**
 * `rasid eval dates CASES.jsonl [--json]`: precision, recall and span recall of the dates layer
 * against gold cases (see src/time/evaluate.ts for the format and the matching rule).
 */
import type { Command } from 'commander';
import { printJson } from '../io.js';
import { evaluateDates, readCases, type DatesScore } from '../../time/evaluate.js';

export function formatScore(s: DatesScore, details: boolean): string {
  const pct = (x: number) => (100 * x).toFixed(1) + '%';
  const lines = [
    `cases        ${s.cases}`,
    `expressions  ${s.expressions} gold, ${s.predictions} predicted, ${s.correct} correct`,
    `precision    ${pct(s.precision)}`,
    `recall       ${pct(s.recall)}`,
    `span recall  ${pct(s.spanRecall)}`,
  ];
  if (details) {
    for (const r of s.results) {
      for (const m of r.misses) lines.push(`MISS  ${r.id}  «${m.text}» expected ${m.expected}; got ${m.got.length ? m.got.join(' | ') : 'nothing'}`);
      for (const x of r.extra) lines.push(`EXTRA ${r.id}  «${x.text}» → ${x.value}`);
    }
  }
  return lines.join('\n');
}

export function register(evalCommand: Command): void {
  evalCommand
    .command('dates')
    .description('evaluate date finding against a JSONL case file')
    .argument('<cases>', 'JSONL file: {"id","text","reference","expected":[{"text","value","grain"}]} per line')
    .option('--json', 'print the figures as JSON on the last line')
    .option('--details', 'list every missed and extra expression')
    .action((path: string, opts: { json?: boolean; details?: boolean }) => {
      const score = evaluateDates(readCases(path));
      process.stdout.write(formatScore(score, !!opts.details) + '\n');
      if (opts.json) {
        printJson({ precision: score.precision, recall: score.recall, spanRecall: score.spanRecall, cases: score.cases, expressions: score.expressions });
      }
    });
}
