/**
 * NER benchmark: model load time, and tagging speed of the two-pass tagger on the ANERcorp test split
 * (all sentences as one running document, as `rasid eval ner` does), in tokens per second of CPU time
 * (process.cpuUsage, so other processes on a shared machine do not skew it) and of wall time.
 * Without ../shared it tags fixtures/ner/tiny.conll repeated, and says so.
 */
import { join } from 'node:path';
import { fixturePath, sharedPath } from '../src/data/paths.js';
import { readConll } from '../src/entities/conll.js';
import { loadTagger } from '../src/entities/tagger.js';

function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

export async function bench(): Promise<Record<string, unknown>> {
  const t0 = performance.now();
  const c0 = cpuMs();
  const tagger = loadTagger();
  const loadMs = performance.now() - t0;
  const loadCpuMs = cpuMs() - c0;
  const dir = sharedPath('ner', 'anercorp');
  let sentences: string[][];
  let source: string;
  if (dir) {
    sentences = readConll(join(dir, 'test.txt')).map((s) => s.tokens);
    source = 'ANERcorp test split (25,008 tokens)';
  } else {
    const tiny = readConll(fixturePath('ner', 'tiny.conll')).map((s) => s.tokens);
    sentences = Array.from({ length: 200 }, () => tiny).flat();
    source = 'fixtures/ner/tiny.conll x200 (../shared absent)';
  }
  const tokens = sentences.reduce((n, s) => n + s.length, 0);
  const cc = cpuMs();
  tagger.tagDocument(sentences); // first run: cold word-feature cache and JIT warm-up
  const coldCpu = (cpuMs() - cc) / 1000;
  const tpsCold = Math.round(tokens / coldCpu);
  const reps = 5;
  const w0 = performance.now();
  const cs = cpuMs();
  for (let r = 0; r < reps; r++) tagger.tagDocument(sentences);
  const cpu = (cpuMs() - cs) / 1000;
  const wall = (performance.now() - w0) / 1000;
  const tpsCpu = Math.round((tokens * reps) / cpu);
  const tpsWall = Math.round((tokens * reps) / wall);
  console.log(`source: ${source}`);
  console.log(`model load: ${loadMs.toFixed(0)} ms wall (${loadCpuMs.toFixed(0)} ms CPU)`);
  console.log(`tagging, first run (cold caches, JIT): ${tpsCold} tokens/s CPU time`);
  console.log(`tagging, warm: ${tpsCpu} tokens/s CPU time, ${tpsWall} tokens/s wall (${reps} x ${tokens} tokens, two passes)`);
  return { source, loadMs: Math.round(loadMs), tokens, tokensPerSecondCold: tpsCold, tokensPerSecondCpu: tpsCpu, tokensPerSecondWall: tpsWall };
}

const isMain = process.argv[1]?.endsWith('ner.bench.ts');
if (isMain) await bench();
