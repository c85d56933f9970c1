/** Copying a store gives the same articles, statements, entities, stories and search results. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyStore } from './copy.js';
import { openStore } from './open.js';
import { search } from './search.js';
import { backends, fixtureInputs, statementDoc } from './test-helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'rasid-copy-'));
const BACKENDS = backends(() => join(dir, 'target.db'));

afterAll(async () => {
  for (const b of BACKENDS) await b.cleanup();
  rmSync(dir, { recursive: true, force: true });
});

describe.each(BACKENDS)('copy from SQLite into $name', (backend) => {
  it('copies every layer, then finds nothing left to do', async () => {
    const source = await openStore(join(dir, `source-${backend.name}.db`));
    const target = await backend.open();
    try {
      await source.putArticles([
        ...fixtureInputs(),
        statementDoc({ url: 'https://a.example/1', outlet: 'واس', published: '2015-08-02T09:00:00Z', speaker: 'عادل الجبير', quote: 'المملكة تدعم الحل السياسي في اليمن وتعمل مع الشركاء على إيصال المساعدات' }),
        statementDoc({ url: 'https://b.example/1', outlet: 'عكاظ', published: '2015-08-01T18:00:00Z', speaker: 'عادل الجبير', quote: 'المملكة تدعم الحل السياسي في اليمن وتعمل مع الشركاء على إيصال المساعدات', lead: 'للصحفيين في جدة' }),
      ]);
      const batches: number[] = [];
      const first = await copyStore(source, target, { batch: 7, onBatch: (p) => batches.push(p.read) });
      const stats = await source.stats();
      expect(first.read).toBe(stats.articles);
      expect(first.outcomes.inserted).toBe(stats.articles);
      expect(batches[0]).toBe(7);
      expect(await target.stats()).toEqual(stats);
      for (const q of ['المملكة', 'اليمن -عدن', 'speaker:الجبير', 'type:statement الحل السياسي']) {
        const a = await search(source, q, { limit: 50, facets: 100 });
        const b = await search(target, q, { limit: 50, facets: 100 });
        expect(b.total, q).toBe(a.total);
        expect(b.hits.map((h) => [h.article.id, h.statement?.index ?? null]).sort(), q).toEqual(
          a.hits.map((h) => [h.article.id, h.statement?.index ?? null]).sort(),
        );
      }
      const doc = (await source.getArticle('https://a.example/1'))!;
      expect((await target.getArticle('https://a.example/1'))!.doc).toEqual(doc.doc);
      // The wire copy is grouped in the target too.
      expect((await target.statementGroups()).length).toBe((await source.statementGroups()).length);

      const again = await copyStore(source, target);
      expect(again.outcomes).toEqual({ inserted: 0, updated: 0, unchanged: stats.articles });
    } finally {
      await source.close();
      await target.close();
    }
  });
});
