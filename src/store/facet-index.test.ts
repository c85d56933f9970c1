/**
 * The in-memory facet index must give exactly the SQL facets, on both back ends, and stay exact as
 * articles are added, replaced and removed (by this store or by another connection to the same file).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FacetIndex } from './facet-index.js';
import { sqliteDb } from './db.js';
import { openStore } from './open.js';
import { search } from './search.js';
import type { SqlStore } from './sql-store.js';
import { backends, fixtureInputs, statementDoc } from './test-helpers.js';
import type { Facets } from './types.js';

const dir = mkdtempSync(join(tmpdir(), 'rasid-facets-'));
let n = 0;
const BACKENDS = backends(() => join(dir, `facets-${++n}.db`));

afterAll(async () => {
  for (const b of BACKENDS) await b.cleanup();
  rmSync(dir, { recursive: true, force: true });
});

const QUERIES = [
  'المملكة',
  'اليمن',
  'السعودية OR الرياض',
  'وزير',
  'اليمن -عدن',
  '"وزارة الداخلية"',
  'type:statement المملكة',
  'type:article الرياض',
  'speaker:الجبير',
  'outlet:عكاظ',
  'from:2015-08-01 to:2015-08-02',
  'الحل السياسي',
];

/** Facets with ties at equal counts put in one order (both paths break ties by name, but SQL collations may differ). */
function canonical(f: Facets): Facets {
  const sort = (xs: { value: string; count: number }[]) => [...xs].sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
  return { speakers: sort(f.speakers), entities: sort(f.entities), outlets: sort(f.outlets), days: f.days };
}

async function compare(plain: SqlStore, indexed: SqlStore, facets = 50): Promise<number> {
  let nonEmpty = 0;
  for (const q of QUERIES) {
    const a = await search(plain, q, { limit: 5, facets });
    const b = await search(indexed, q, { limit: 5, facets });
    expect(b.total, q).toBe(a.total);
    expect(b.hits.map((h) => h.article.id), q).toEqual(a.hits.map((h) => h.article.id));
    // Deeper pages come in the same order too (ties broken the same way).
    const a2 = await search(plain, q, { limit: 40, offset: 2, facets: 0 });
    const b2 = await search(indexed, q, { limit: 40, offset: 2, facets });
    expect(b2.hits.map((h) => `${h.article.id}:${h.statement?.id ?? ''}`), q).toEqual(a2.hits.map((h) => `${h.article.id}:${h.statement?.id ?? ''}`));
    // The SQL path cuts at `facets` after its own tie order; compare the counts that are certainly in both.
    expect(canonical(b.facets), q).toEqual(canonical(a.facets));
    if (a.facets.entities.length + a.facets.speakers.length > 0) nonEmpty++;
  }
  return nonEmpty;
}

describe.each(BACKENDS)('facet index on $name', (backend) => {
  it('gives the SQL facets, before and after writes and removals', async () => {
    const plain = await backend.open();
    const indexed = await backend.open();
    try {
      const inputs = fixtureInputs();
      await plain.putArticles(inputs.slice(0, 20));
      await indexed.useFacetIndex();
      // Large facet limits so no cut-off falls between tied values.
      expect(await compare(plain, indexed, 100)).toBeGreaterThan(3);

      // Written by the other connection: the index must see them.
      await plain.putArticles(inputs.slice(20));
      const speakers = [
        statementDoc({ url: 'https://f.example/1', outlet: 'واس', published: '2015-08-02T09:00:00Z', speaker: 'عادل الجبير', quote: 'المملكة تدعم الحل السياسي في اليمن' }),
        statementDoc({ url: 'https://f.example/2', outlet: 'عكاظ', published: '2015-08-01T18:00:00Z', speaker: 'أحمد عسيري', quote: 'قوات التحالف مستمرة في عملياتها في اليمن' }),
      ];
      await plain.putArticles(speakers);
      await compare(plain, indexed, 100);

      // Removal of the newest article, then a different one in its place (SQLite may reuse its number).
      expect(await plain.deleteArticle('https://f.example/2')).toBe(true);
      await compare(plain, indexed, 100);
      await plain.putArticles([
        statementDoc({ url: 'https://f.example/3', outlet: 'الرياض', published: '2015-08-03T07:00:00Z', speaker: 'خالد الفيصل', quote: 'المملكة ماضية في مشاريع التنمية' }),
      ]);
      await compare(plain, indexed, 100);

      // Changed content under the same URL through the indexed store itself.
      await indexed.putArticles([
        statementDoc({ url: 'https://f.example/1', outlet: 'الحياة', published: '2015-08-04T09:00:00Z', speaker: 'عادل الجبير', quote: 'اليمن يحتاج إلى دعم المملكة والشركاء' }),
      ]);
      await compare(plain, indexed, 100);
      // Small limits cut at the same place (ties broken by code point on both paths; PostgreSQL's
      // collation may order tied names otherwise, so only SQLite is held to the same cut).
      if (backend.name === 'sqlite') await compare(plain, indexed, 3);
    } finally {
      await plain.close();
      await indexed.close();
    }
  });
});

describe('facet index freshness', () => {
  it('counts a write from another process-like connection on the next search', async () => {
    const file = join(dir, 'fresh.db');
    const writer = await openStore(file);
    const reader = await openStore(file);
    try {
      await reader.useFacetIndex();
      const before = await search(reader, 'اليمن', { facets: 10 });
      expect(before.total).toBe(0);
      await writer.putArticles([
        statementDoc({ url: 'https://g.example/1', outlet: 'واس', published: '2015-08-02T09:00:00Z', speaker: 'عادل الجبير', quote: 'المملكة تدعم الحل السياسي في اليمن' }),
      ]);
      const after = await search(reader, 'اليمن', { facets: 10 });
      expect(after.total).toBeGreaterThan(0);
      expect(after.facets.speakers).toEqual([{ value: 'عادل الجبير', count: 1 }]);
      expect(after.facets.outlets).toEqual([{ value: 'واس', count: after.total }]);
    } finally {
      await writer.close();
      await reader.close();
    }
  });
});

describe('facet index states', () => {
  it('lets a search in flight count with the state it started with when a removal forces a reload', async () => {
    const file = join(dir, 'states.db');
    const store = await openStore(file);
    const { default: Database } = await import('better-sqlite3');
    const raw = new Database(file);
    try {
      await store.putArticles([
        statementDoc({ url: 'https://h.example/1', outlet: 'واس', published: '2015-08-02T09:00:00Z', speaker: 'عادل الجبير', quote: 'المملكة تدعم الحل السياسي في اليمن' }),
        statementDoc({ url: 'https://h.example/2', outlet: 'عكاظ', published: '2015-08-03T09:00:00Z', speaker: 'أحمد عسيري', quote: 'قوات التحالف في اليمن' }),
      ]);
      const index = new FacetIndex(sqliteDb(raw));
      const first = await index.refresh();
      const hits = (raw.prepare('SELECT seq FROM articles').all() as { seq: number }[]).map((r) => ({ aseq: r.seq, sseq: null }));
      expect(await store.deleteArticle('https://h.example/2')).toBe(true);
      const second = await index.refresh();
      expect(second).not.toBe(first);
      // The old state still counts both articles; the new one knows only the article left.
      expect(index.facets(hits, 10, first).outlets.map((f) => f.value).sort()).toEqual(['عكاظ', 'واس']);
      expect(index.facets(hits, 10, second).outlets.map((f) => f.value)).toEqual(['واس']);
      // Nothing changed: the same state is kept and appended to.
      expect(await index.refresh()).toBe(second);
    } finally {
      raw.close();
      await store.close();
    }
  });

  it('searches a store opened read-only before the covering indexes existed', async () => {
    const file = join(dir, 'old-schema.db');
    const store = await openStore(file);
    await store.putArticles([
      statementDoc({ url: 'https://k.example/1', outlet: 'واس', published: '2015-08-02T09:00:00Z', speaker: 'عادل الجبير', quote: 'المملكة تدعم الحل السياسي في اليمن' }),
    ]);
    await store.close();
    const { default: Database } = await import('better-sqlite3');
    const raw = new Database(file);
    raw.exec('DROP INDEX articles_cover; DROP INDEX statements_cover; DELETE FROM schema_migrations WHERE version = 3;');
    raw.close();
    const ro = await openStore(file, { readOnly: true });
    try {
      const r = await search(ro, 'اليمن', { facets: 10 });
      expect(r.total).toBeGreaterThan(0);
      expect(r.facets.outlets).toEqual([{ value: 'واس', count: r.total }]);
    } finally {
      await ro.close();
    }
  });
});
