/**
 * One conformance suite for every store back end: SQLite always, PostgreSQL when RASID_TEST_PG
 * holds a connection URL (each run uses a schema of its own, dropped at the end).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RasidError } from '../doc/errors.js';
import { isSpanOf } from '../doc/span.js';
import { search } from './search.js';
import type { SqlStore } from './sql-store.js';
import { backends, fixtureInputs, fixtureRecords, statementDoc } from './test-helpers.js';
import type { ArticleInput, SearchResult } from './types.js';
import { nameKey } from './keys.js';
import { POSTGRES_MIGRATIONS, SCHEMA_VERSION } from './migrations.js';
import { openStore } from './open.js';
import { processItem } from './work.js';

const dir = mkdtempSync(join(tmpdir(), 'rasid-store-'));
const BACKENDS = backends(() => join(dir, 'conformance.db'));
if (!process.env.RASID_TEST_PG) {
  console.warn('store conformance: PostgreSQL tests SKIPPED (set RASID_TEST_PG=postgres://postgres@127.0.0.1:5432/test to run them)');
}

const records = fixtureRecords();
let inputs: ArticleInput[] = [];
const statementInputs = [
  statementDoc({ url: 'https://a.example/1', outlet: 'واس', published: '2015-08-02T09:00:00Z', speaker: 'عادل الجبير', quote: 'المملكة تدعم الحل السياسي في اليمن وتعمل مع الشركاء على إيصال المساعدات' }),
  statementDoc({ url: 'https://b.example/1', outlet: 'عكاظ', published: '2015-08-01T18:00:00Z', speaker: 'عادل الجبير', quote: 'المملكة تدعم الحل السياسي في اليمن وتعمل مع الشركاء على إيصال المساعدات', lead: 'للصحفيين في جدة' }),
  statementDoc({ url: 'https://c.example/1', outlet: 'الرياض', published: '2015-08-03T07:00:00Z', speaker: 'أحمد عسيري', quote: 'قوات التحالف مستمرة في عملياتها حتى تحقيق أهدافها كاملة' }),
];

const texts = new Map<string, string>();
beforeAll(() => {
  inputs = fixtureInputs(records);
  for (const i of [...inputs, ...statementInputs]) texts.set(i.id, i.doc.text);
});

afterAll(async () => {
  for (const b of BACKENDS) await b.cleanup();
  rmSync(dir, { recursive: true, force: true });
});

function ids(r: SearchResult): string[] {
  return r.hits.map((h) => `${h.type}:${h.article.id}:${h.statement?.index ?? ''}`).sort();
}

function checkSnippets(r: SearchResult): void {
  for (const h of r.hits) {
    const text = texts.get(h.article.id)!;
    expect(text.slice(h.snippet.start, h.snippet.end)).toBe(h.snippet.text);
    for (const m of h.snippet.highlights) {
      expect(isSpanOf(text, m)).toBe(true);
      expect(m.start >= h.snippet.start && m.end <= h.snippet.end).toBe(true);
    }
  }
}

const results = new Map<string, Map<string, { total: number; ids: string[] }>>();
const QUERIES = [
  'احمد',
  'الحكومة',
  '"صوامع الغلال"',
  'اليمن -عدن',
  'إحالتي OR كوكايين',
  'outlet:was',
  'اليمن from:2015-08-01 to:2015-08-31',
  'type:statement المملكة',
  'speaker:الجبير',
  'entity:"عادل الجبير" type:article',
];

describe.each(BACKENDS)('store conformance: $name', (backend) => {
  let store: SqlStore;
  beforeAll(async () => {
    store = await backend.open();
  });
  afterAll(async () => {
    await store?.close();
  });

  it('has one migration list per back end, in step', () => {
    expect(POSTGRES_MIGRATIONS.map((m) => m.version)).toEqual(Array.from({ length: SCHEMA_VERSION }, (_, i) => i + 1));
  });

  it('migrates to the current schema version, once', async () => {
    expect(await store.migrate()).toBe(SCHEMA_VERSION);
    expect(await store.migrate()).toBe(SCHEMA_VERSION);
  });

  it('stores every article, then finds nothing to change on a second put', async () => {
    const first = await store.putArticles([...inputs, ...statementInputs]);
    expect(first.filter((r) => r.outcome === 'inserted')).toHaveLength(inputs.length + statementInputs.length);
    const again = await store.putArticles(inputs);
    expect(again.every((r) => r.outcome === 'unchanged')).toBe(true);
    const known = await store.knownHashes();
    expect(known.get(inputs[0]!.id)).toBe(inputs[0]!.contentHash);
  });

  it('counts articles, statements, speakers, entities, stories and outlets', async () => {
    const s = await store.stats();
    const outlets = new Set([...records.map((r) => r.source as string), 'واس', 'عكاظ', 'الرياض']);
    // Counted here independently of the store, from the Docs as the pipeline left them.
    const all = [...inputs, ...statementInputs];
    const statements = all.reduce((n, i) => n + (i.doc.statements?.length ?? 0), 0);
    const speakers = new Set<string>();
    for (const i of all) {
      for (const st of i.doc.statements ?? []) {
        const name = st.speaker.name?.trim() || (st.speaker.entity !== undefined ? i.doc.entities?.[st.speaker.entity]?.name : undefined);
        if (name && nameKey(name)) speakers.add(nameKey(name));
      }
    }
    expect(s).toMatchObject({ articles: records.length + 3, statements, speakers: speakers.size, outlets: outlets.size });
    expect(s.entities).toBeGreaterThanOrEqual(2);
    expect(s.stories).toBeGreaterThanOrEqual(3);
  });

  it('groups wire copies across outlets into one story', async () => {
    const ihalati = inputs.filter((i) => i.doc.text.includes('إحالتي'));
    expect(ihalati.length).toBe(3);
    const a = await store.getArticle(ihalati[0]!.id);
    expect(a?.storyId).not.toBeNull();
    const story = await store.story(a!.storyId!);
    expect(story!.members.map((m) => m.id).sort()).toEqual(ihalati.map((i) => i.id).sort());
    expect(new Set(story!.outlets).size).toBe(3);
    const unrelated = inputs.find((i) => i.doc.text.includes('الروهينغا'));
    if (unrelated) expect((await store.getArticle(unrelated.id))!.storyId).toBeNull();
    const stories = await store.stories();
    expect(stories.some((s) => s.id === story!.id && s.articles === 3)).toBe(true);
  });

  it('groups the same statement from several outlets, with its outlets and earliest date', async () => {
    const groups = await store.statementGroups({ limit: 1000 });
    const ours = new Set(statementInputs.map((i) => i.id));
    const mine = groups.filter((g) => g.members.some((m) => ours.has(m.articleId)));
    expect(mine).toHaveLength(1);
    const g = mine[0]!;
    expect(g.statements).toBe(2);
    expect(g.outlets.sort()).toEqual(['عكاظ', 'واس'].sort());
    expect(g.earliest).toBe('2015-08-01T18:00:00Z');
    expect(g.speaker).toBe('عادل الجبير');
  });

  it('returns an article with every layer, and its statements with spans into its text', async () => {
    const a = await store.getArticle(statementInputs[0]!.id);
    expect(a!.doc.text).toBe(statementInputs[0]!.doc.text);
    expect(a!.doc.statements).toHaveLength(1);
    const ours = new Set(statementInputs.map((i) => i.id));
    const st = await store.speakerStatements('عادل الجبير');
    expect(st.filter((s) => ours.has(s.articleId)).map((s) => s.published)).toEqual(['2015-08-01T18:00:00Z', '2015-08-02T09:00:00Z']);
    const dates = st.map((s) => s.published ?? '');
    expect([...dates].sort()).toEqual(dates);
    for (const s of st) {
      expect(isSpanOf(texts.get(s.articleId)!, s.content)).toBe(true);
      expect(isSpanOf(texts.get(s.articleId)!, s.cue)).toBe(true);
    }
    const jubeir = (await store.speakers({ q: 'الجبير' })).find((s) => s.name === 'عادل الجبير');
    expect(jubeir).toMatchObject({ statements: st.length });
    expect((await store.speakers({ q: 'عسيري' })).map((s) => s.name)).toContain('أحمد عسيري');
    expect((await store.speakers({ q: 'عسيري' })).every((s) => nameKey(s.name).includes('عسيري'))).toBe(true);
  });

  it('lists entities, outlets and counts by day', async () => {
    const ents = await store.entities({ type: 'PERS', q: 'الجبير' });
    expect(ents[0]).toMatchObject({ name: 'عادل الجبير', articles: 2 });
    const outlets = await store.outlets();
    expect(outlets.reduce((n, o) => n + o.articles, 0)).toBe(records.length + 3);
    const days = await store.countsByDay({ from: '2015-08-01', to: '2015-08-03' });
    expect(days.map((d) => d.day)).toContain('2015-08-02');
    expect(days.every((d) => d.day >= '2015-08-01' && d.day <= '2015-08-03')).toBe(true);
  });

  it('finds أحمد for احمد, and والحكومات for الحكومة, with highlights on the original text', async () => {
    const r = await search(store, 'احمد', { limit: 50 });
    const withHamza = inputs.filter((i) => /(^|[^\p{L}])أحمد/u.test(i.doc.text)).map((i) => i.id);
    expect(withHamza.length).toBeGreaterThan(0);
    const found = new Set(r.hits.map((h) => h.article.id));
    for (const id of withHamza) expect(found.has(id)).toBe(true);
    expect(r.hits.some((h) => h.snippet.highlights.some((m) => m.text.includes('أحمد')))).toBe(true);
    checkSnippets(r);
    const g = await search(store, 'الحكومة', { limit: 50 });
    const plural = inputs.find((i) => i.doc.text.includes('والحكومات'))!;
    const hit = g.hits.find((h) => h.article.id === plural.id);
    expect(hit).toBeDefined();
    checkSnippets(g);
  });

  it('supports phrases, exclusions, OR and filters', async () => {
    const phrase = await search(store, '"صوامع الغلال"', { limit: 50 });
    expect(phrase.total).toBeGreaterThanOrEqual(3);
    for (const h of phrase.hits) expect(texts.get(h.article.id)).toMatch(/صوامع\s+الغلال/u);
    const yemen = await search(store, 'اليمن', { limit: 100, facets: 0 });
    const noAden = await search(store, 'اليمن -عدن', { limit: 100, facets: 0 });
    expect(noAden.total).toBeLessThan(yemen.total);
    for (const h of noAden.hits) expect(texts.get(h.article.id)).not.toMatch(/عدن/u);
    const or = await search(store, 'إحالتي OR كوكايين', { limit: 50 });
    const a = await search(store, 'إحالتي', { limit: 50 });
    const b = await search(store, 'كوكايين', { limit: 50 });
    expect(or.total).toBe(new Set([...ids(a), ...ids(b)]).size);
    const was = await search(store, 'outlet:was type:article', { limit: 100 });
    expect(was.total).toBe(records.filter((r) => r.source === 'was').length);
    expect(was.hits.every((h) => h.article.outlet === 'was')).toBe(true);
    const aug = await search(store, 'from:2015-08-01 to:2015-08-31 type:article', { limit: 200 });
    expect(aug.hits.every((h) => h.article.day! >= '2015-08-01' && h.article.day! <= '2015-08-31')).toBe(true);
    const ours = statementInputs.slice(0, 2).map((i) => i.id);
    const st = await search(store, 'type:statement المملكة تدعم', { limit: 200 });
    expect(st.hits.every((h) => h.type === 'statement')).toBe(true);
    expect(st.hits.filter((h) => ours.includes(h.article.id))).toHaveLength(2);
    for (const h of st.hits) expect(texts.get(h.article.id)!.slice(h.statement!.content.start, h.statement!.content.end)).toMatch(/المملك/u);
    checkSnippets(st);
    const sp = await search(store, 'speaker:الجبير type:statement', { limit: 200 });
    expect(sp.hits.every((h) => nameKey(h.statement!.speaker ?? '').includes('الجبير'))).toBe(true);
    expect(sp.hits.filter((h) => ours.includes(h.article.id))).toHaveLength(2);
    expect(sp.facets.speakers.find((f) => f.value === 'عادل الجبير')?.count).toBe(sp.hits.filter((h) => h.statement!.speaker === 'عادل الجبير').length);
    const ent = await search(store, 'entity:"عادل الجبير" type:article', { limit: 200 });
    for (const id of ours) expect(ent.hits.map((h) => h.article.id)).toContain(id);
  });

  it('gives facet counts over all the hits', async () => {
    const r = await search(store, 'المملكة', { limit: 1, facets: 50 });
    const all = await search(store, 'المملكة', { limit: 200, facets: 0 });
    expect(r.total).toBe(all.total);
    const byOutlet = new Map<string, number>();
    for (const h of all.hits) byOutlet.set(h.article.outlet!, (byOutlet.get(h.article.outlet!) ?? 0) + 1);
    expect(Object.fromEntries(r.facets.outlets.map((f) => [f.value, f.count]))).toEqual(Object.fromEntries(byOutlet));
    expect(r.facets.days.reduce((n, d) => n + d.count, 0)).toBe(all.hits.filter((h) => h.article.day).length);
    // A statement counts once in the speaker facet, even when its article is a hit too.
    expect(r.facets.speakers.length).toBeGreaterThan(0);
    for (const f of r.facets.speakers) expect(f.count).toBeLessThanOrEqual((await store.speakerStatements(f.value, { limit: 1000 })).length);
  });

  it('updates an article whose content changed under the same URL', async () => {
    const rec = { ...records[0]!, content: 'نص جديد تماما عن مهرجان الزهور في الطائف وأنواع الورد الطائفي المعروضة هذا العام' };
    const r = processItem({ kind: 'record', origin: 'x', path: 'x', line: 1, record: rec, weight: 1 }, new Map());
    if (r.status !== 'ok') throw new Error('not ok');
    expect(r.input.id).toBe(inputs[0]!.id);
    const [put] = await store.putArticles([r.input]);
    expect(put!.outcome).toBe('updated');
    expect((await search(store, 'الطائفي')).hits.map((h) => h.article.id)).toEqual([inputs[0]!.id]);
    expect((await store.stats()).articles).toBe(records.length + 3);
    const [back] = await store.putArticles([inputs[0]!]);
    expect(back!.outcome).toBe('updated');
    expect((await search(store, 'الطائفي')).total).toBe(0);
  });

  it('records what every query in the shared list gives (compared across back ends below)', async () => {
    const m = new Map<string, { total: number; ids: string[] }>();
    for (const q of QUERIES) {
      const r = await search(store, q, { limit: 200, facets: 0 });
      m.set(q, { total: r.total, ids: ids(r) });
    }
    results.set(backend.name, m);
  });

  it('survives any query string: a result or E_QUERY_INVALID / E_QUERY_TOO_LONG, never injection', async () => {
    const hostile = [
      "'; DROP TABLE articles; --",
      '" OR 1=1 --',
      'NEAR(a b) title:x* ^y',
      'a AND OR NOT',
      '-',
      '""',
      'speaker:',
      'from:2015-13-01',
      '\u0000\u202e',
      "x') || pg_sleep(1) || ('",
      '!! & | <-> :*',
    ];
    const check = async (q: string) => {
      try {
        await search(store, q, { limit: 3, facets: 3 });
      } catch (e) {
        expect(e).toBeInstanceOf(RasidError);
        expect(['E_QUERY_INVALID', 'E_QUERY_TOO_LONG']).toContain((e as RasidError).code);
      }
    };
    for (const q of hostile) await check(q);
    const alphabet = fc.constantFrom(...'احمدالحكومة أإآىة"-:()*^OR ؛،'.split(''), 'OR', 'speaker:', 'from:', 'type:', '"', "'", ';', '\\', '%', '_', '$1', '?');
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string({ maxLength: 60 }), fc.array(alphabet, { maxLength: 12 }).map((a) => a.join(''))), async (q) => {
        await check(q);
      }),
      { numRuns: 150 },
    );
    expect((await store.stats()).articles).toBe(records.length + 3);
  });

  it('refuses a store whose schema is newer than this rasid', async () => {
    if (backend.name !== 'sqlite') return;
    const file = join(dir, 'newer.db');
    const s = await openStore(file);
    await s.close();
    const { default: Database } = await import('better-sqlite3');
    const db = new Database(file);
    db.prepare("INSERT INTO schema_migrations (version, description, applied_at) VALUES (99, 'future', 'now')").run();
    db.close();
    await expect(openStore(file)).rejects.toMatchObject({ code: 'E_DB_SCHEMA' });
  });
});

describe('store back ends agree', () => {
  it.runIf(BACKENDS.length > 1)('SQLite and PostgreSQL find the same hits for the same queries', () => {
    const a = results.get('sqlite')!;
    const b = results.get('postgres')!;
    for (const q of QUERIES) expect({ q, ...b.get(q)! }).toEqual({ q, ...a.get(q)! });
  });
});
