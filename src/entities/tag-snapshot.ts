/**
 * A snapshot of the committed tagger's output on fixed texts (fixtures/ner/tag-snapshot.jsonl), so a
 * speed change of the tagger can be checked to give the very same tags. The inputs are the seed article
 * and the SaudiNewsNet store fixture, tokenized and split into sentences by the pipeline; the fixture keeps
 * the tokens, so the check does not depend on later tokenizer changes.
 * Regenerate (only when the model or features change on purpose): `npx tsx src/entities/tag-snapshot.ts`.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { readArticles } from '../article/read.js';
import { fixturePath } from '../data/paths.js';
import type { Doc } from '../doc/doc.js';
import { defaultPipeline } from '../pipeline/default.js';
import { sentenceTokens } from './stage.js';
import { loadTagger } from './tagger.js';

export const SNAPSHOT_FILE = fixturePath('ner', 'tag-snapshot.jsonl');

export interface SnapshotDoc {
  id: string;
  sentences: string[][];
  tags: string[][];
}

/** The fixture articles, read and run through the stages before `entities`. */
function fixtureDocs(): { id: string; doc: Doc }[] {
  const out: { id: string; doc: Doc }[] = [];
  const seedDir = fixturePath('seed');
  for (const f of readdirSync(seedDir).filter((x) => x.endsWith('.txt')).sort()) {
    const p = `${seedDir}/${f}`;
    const docs = readArticles(readFileSync(p), { path: p });
    docs.forEach((d, i) => {
      if (!(d instanceof Error)) out.push({ id: `seed/${f}#${i}`, doc: d });
    });
  }
  const store = fixturePath('store', 'saudinewsnet-sample.jsonl');
  readArticles(readFileSync(store), { path: store, format: 'jsonl' }).forEach((d, i) => {
    if (!(d instanceof Error)) out.push({ id: `store/saudinewsnet-sample.jsonl#${i}`, doc: d });
  });
  const pre = defaultPipeline({ only: ['layout', 'tokens', 'sentences'] });
  for (const x of out) pre.run(x.doc);
  return out;
}

/** Tag the fixture articles with the committed model. */
export function buildSnapshot(): SnapshotDoc[] {
  const tagger = loadTagger();
  return fixtureDocs().map(({ id, doc }) => {
    const sentences = sentenceTokens(doc).map((s) => s.map((t) => t.text));
    return { id, sentences, tags: tagger.tagDocument(sentences) };
  });
}

export function readSnapshot(path: string = SNAPSHOT_FILE): SnapshotDoc[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as SnapshotDoc);
}

if (process.argv[1]?.endsWith('tag-snapshot.ts')) {
  const snap = buildSnapshot();
  writeFileSync(SNAPSHOT_FILE, snap.map((d) => JSON.stringify(d)).join('\n') + '\n');
  const tokens = snap.reduce((n, d) => n + d.sentences.reduce((m, s) => m + s.length, 0), 0);
  console.log(`${SNAPSHOT_FILE}: ${snap.length} documents, ${tokens} tokens`);
}
