/**
 * Statements benchmark: the time of the full parse (`defaultPipeline()`: layout, tokens, sentences,
 * dates, entities, statements) with and without the statements stage, over the same articles, in CPU
 * time of this process (process.cpuUsage), warm (one untimed pass first). Target: the statements
 * stage adds no more than a third. Articles: the first 300 of shared/data/news/saudinewsnet/
 * sample-stratified.jsonl (title + content), or the repo's seed and fixture articles when ../shared is
 * absent.
 */
import { readFileSync } from 'node:fs';
import { createDoc } from '../src/doc/doc.js';
import { fixturePath, sharedPath } from '../src/data/paths.js';
import { defaultPipeline, defaultStages } from '../src/pipeline/default.js';
import type { Pipeline } from '../src/pipeline/stage.js';

function articles(): { texts: string[]; source: string } {
  const p = sharedPath('news', 'saudinewsnet', 'sample-stratified.jsonl');
  if (p) {
    try {
      const lines = readFileSync(p, 'utf8').split('\n').filter(Boolean).slice(0, 300);
      const texts = lines.map((l) => {
        const r = JSON.parse(l) as { title?: string; content?: string };
        return `${r.title ?? ''}\n\n${r.content ?? ''}`;
      });
      return { texts, source: `${texts.length} SaudiNewsNet articles (sample-stratified.jsonl)` };
    } catch {
      // fall through to the fixtures
    }
  }
  const seed = readFileSync(fixturePath('seed', '000_c645db0d12d9f96d.txt'), 'utf8');
  const fx = readFileSync(fixturePath('statements', 'constructions.txt'), 'utf8');
  return { texts: Array.from({ length: 50 }, (_, i) => (i % 2 ? seed : fx)), source: '50 fixture articles (../shared absent)' };
}

function cpuMs(p: Pipeline, texts: string[], reps: number): number {
  const t0 = process.cpuUsage();
  for (let r = 0; r < reps; r++) for (const t of texts) p.run(createDoc(t));
  const d = process.cpuUsage(t0);
  return (d.user + d.system) / 1000;
}

export async function bench(): Promise<Record<string, unknown>> {
  const { texts, source } = articles();
  const names = defaultStages().map((s) => s.name);
  const full = defaultPipeline();
  const without = defaultPipeline({ only: names.filter((n) => n !== 'statements') });
  // warm-up
  cpuMs(full, texts, 1);
  cpuMs(without, texts, 1);
  const reps = 2;
  // interleave to share the machine's noise evenly
  let a = 0;
  let b = 0;
  for (let k = 0; k < 2; k++) {
    b += cpuMs(without, texts, reps);
    a += cpuMs(full, texts, reps);
  }
  const n = texts.length * reps * 2;
  const withMs = a / n;
  const withoutMs = b / n;
  const added = (withMs - withoutMs) / withoutMs;
  const chars = texts.reduce((s, t) => s + t.length, 0) / texts.length;
  console.log(`articles: ${source}, mean ${Math.round(chars)} characters`);
  console.log(`stages with statements:    ${full.stages.map((s) => s.name).join(' → ')}`);
  console.log(`full parse without statements: ${withoutMs.toFixed(2)} ms CPU per article`);
  console.log(`full parse with statements:    ${withMs.toFixed(2)} ms CPU per article`);
  console.log(`statements stage adds ${(100 * added).toFixed(1)}% (target ≤ 33.3%) ${added <= 1 / 3 ? 'OK' : 'OVER TARGET'}`);
  return { articles: texts.length, msPerArticleWithout: withoutMs, msPerArticleWith: withMs, addedFraction: added, withinTarget: added <= 1 / 3 };
}

if (import.meta.url === `file://${process.argv[1]}`) await bench();
