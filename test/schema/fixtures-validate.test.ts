/**
 * Every fixture article in the repo, through the full default pipeline, must give Docs that satisfy
 * schema/doc.schema.json and whose every span slices the original text.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readArticles } from '../../src/article/read.js';
import { validateDoc } from '../../src/article/doc-schema.js';
import { fixturePath } from '../../src/data/paths.js';
import { RasidError } from '../../src/doc/errors.js';
import { defaultPipeline } from '../../src/pipeline/default.js';

const inputs: string[] = [
  ...readdirSync(fixturePath('seed')).filter((f) => f.endsWith('.txt')).map((f) => join('seed', f)),
  ...readdirSync(fixturePath('statements')).filter((f) => f.endsWith('.txt')).map((f) => join('statements', f)),
  // directory.html is a link directory that the reader must refuse (tested in src/article/html).
  ...readdirSync(fixturePath('html')).filter((f) => f.endsWith('.html') && f !== 'directory.html').map((f) => join('html', f)),
  join('store', 'saudinewsnet-sample.jsonl'),
];

describe('fixture articles through the whole pipeline validate against the Doc schema', () => {
  const pipeline = defaultPipeline();
  it('runs every stage', () => {
    expect(pipeline.stages.map((s) => s.name)).toEqual(['layout', 'tokens', 'sentences', 'dates', 'entities', 'statements']);
  });
  for (const rel of inputs) {
    it(rel, () => {
      const docs = readArticles(readFileSync(fixturePath(rel)), { path: rel });
      const good = docs.filter((d) => !(d instanceof RasidError));
      expect(good.length).toBeGreaterThan(0);
      for (const d of good) {
        if (d instanceof RasidError) continue;
        pipeline.run(d, {});
        expect(validateDoc(d), `${rel}: ${d.article?.headline?.text ?? ''}`).toEqual([]);
        expect(d.tokens?.length).toBeGreaterThan(0);
      }
    });
  }
});
