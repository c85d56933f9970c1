/**
 * Paired NER speed check: two model folders tagged in turn in one process (warm, CPU time), so a
 * change is measured against its baseline under the same load. `npx tsx bench/ner-pair.ts DIR_A DIR_B [rounds]`
 * (a folder holding ner.model.*; `data/models` for the committed model). Tags the ANERcorp test split
 * as one running document; needs ../shared.
 */
import { join, resolve } from 'node:path';
import { sharedPath } from '../src/data/paths.js';
import { readConll } from '../src/entities/conll.js';
import { loadTagger } from '../src/entities/tagger.js';

const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};
const [a, b, r] = process.argv.slice(2);
const dir = sharedPath('ner', 'anercorp');
if (!a || !b || !dir) {
  console.error('usage: npx tsx bench/ner-pair.ts DIR_A DIR_B [rounds] (needs ../shared/data/ner/anercorp)');
  process.exit(2);
}
const sentences = readConll(join(dir, 'test.txt')).map((s) => s.tokens);
const tokens = sentences.reduce((n, s) => n + s.length, 0);
const dirs = [a, b];
const taggers = dirs.map((d) => {
  const c0 = cpu();
  const t = loadTagger(join(resolve(d), 'ner.model'));
  console.log(`${d}: load ${(1000 * (cpu() - c0)).toFixed(0)} ms CPU`);
  return t;
});
for (const [i, t] of taggers.entries()) {
  const c0 = cpu();
  t.tagDocument(sentences);
  console.log(`${dirs[i]}: first run ${Math.round(tokens / (cpu() - c0))} tokens/CPU-s`);
}
const rounds = Number(r ?? 8);
const sums = [0, 0];
for (let k = 0; k < rounds; k++) {
  for (const i of k % 2 ? [1, 0] : [0, 1]) {
    const c0 = cpu();
    taggers[i]!.tagDocument(sentences);
    sums[i]! += cpu() - c0;
  }
}
const tps = sums.map((s) => Math.round((tokens * rounds) / s));
console.log(`warm, ${rounds} interleaved rounds of ${tokens} tokens: ${dirs[0]} ${tps[0]} tokens/CPU-s, ${dirs[1]} ${tps[1]} tokens/CPU-s (B/A ${(tps[1]! / tps[0]!).toFixed(3)})`);
