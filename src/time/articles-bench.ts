/**
 * CPU time of the `dates` stage per news article: every record of the SaudiNewsNet stratified sample
 * (../shared/data/news/saudinewsnet/sample-stratified.jsonl, 1,985 records) read into a Doc
 * (`recordToDoc`: title + content, published from the record; records it rejects are left out), then `datesStage.run` over all of
 * them, pass after pass. Reading the records is not timed. Like the bench: CPU time
 * (process.cpuUsage), WARM_S CPU-seconds of warm-up, then ROUNDS rounds of whole passes of at least
 * ROUND_S CPU-seconds; the figure is the median round.
 *
 *   npx tsx src/time/articles-bench.ts [--dump FILE]
 *
 * `--dump FILE` also writes every article's dates layer (one JSON line per article), to check that
 * a speed change leaves the output on real articles unchanged (`cmp` two dumps).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { recordToDoc } from '../article/record.js';
import { sharedPath } from '../data/paths.js';
import type { Doc } from '../doc/doc.js';
import { median, secondsPerPass } from './cpu-rounds.js';
import { datesStage } from './stage.js';

const WARM_S = 1;
const ROUND_S = 1;
const ROUNDS = 5;

export function articlesBench(dump?: string): Record<string, number> | null {
  const file = sharedPath('news', 'saudinewsnet', 'sample-stratified.jsonl');
  if (!file) {
    console.log('dates per article: ../shared absent — skipped');
    return null;
  }
  const docs: Doc[] = [];
  let skipped = 0;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    try {
      docs.push(recordToDoc(JSON.parse(line)));
    } catch {
      skipped++; // records ingest rejects too (no Arabic text)
    }
  }
  const chars = docs.reduce((a, d) => a + d.text.length, 0);
  const onePass = () => {
    for (const d of docs) {
      d.warnings = [];
      datesStage.run(d, {});
    }
  };
  onePass();
  const found = docs.reduce((a, d) => a + (d.dates?.length ?? 0), 0);
  if (dump) writeFileSync(dump, docs.map((d) => JSON.stringify({ dates: d.dates, warnings: d.warnings })).join('\n') + '\n');
  const perArticle = secondsPerPass(onePass, { warmS: WARM_S, roundS: ROUND_S, rounds: ROUNDS }).map((sec) => (sec / docs.length) * 1e6);
  const us = median(perArticle);
  console.log(
    `dates stage: ${docs.length} articles (${skipped} records without Arabic text skipped; ${Math.round(chars / docs.length)} chars each on average, ${found} expressions): ` +
      `${us.toFixed(1)} µs CPU per article (rounds ${Math.min(...perArticle).toFixed(1)}–${Math.max(...perArticle).toFixed(1)}), ` +
      `${(chars / docs.length / us).toFixed(1)} M chars/CPU-s`,
  );
  return { articles: docs.length, expressions: found, usPerArticle: Math.round(us * 10) / 10 };
}

if (process.argv[1] && /articles-bench\.ts$/.test(process.argv[1])) {
  const k = process.argv.indexOf('--dump');
  articlesBench(k > 0 ? process.argv[k + 1] : undefined);
}
