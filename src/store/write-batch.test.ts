/**
 * The batch writer on both back ends (PostgreSQL when RASID_TEST_PG is set): rows built from
 * analysed articles are written, found unchanged, updated; wire copies form a story and the same
 * statement from two outlets a group; the stored Doc is the Doc. Hand-made articles, no pipeline.
 */
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sqliteDb, type Db } from './db.js';
import { SQLITE_MIGRATIONS } from './migrations.js';
import { SqlStore } from './sql-store.js';
import { parseStoredDoc } from './stored-doc.js';
import { backends, statementDoc } from './test-helpers.js';
import { writeRows } from './write-batch.js';
import { packRow, toWriteRow } from './write-row.js';

const dir = mkdtempSync(join(tmpdir(), 'rasid-write-batch-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const quote = 'المملكة تدعم الحل السياسي في اليمن وتسعى إلى إنهاء الأزمة بما يحفظ أمن المنطقة واستقرارها';
const lead = 'في تصريح صحفي اليوم على هامش الاجتماع الوزاري الذي عقد في العاصمة الرياض بحضور عدد كبير من الوزراء والمسؤولين';
const a1 = statementDoc({ url: 'https://a.example/1', outlet: 'واس', published: '2015-08-02T09:00:00Z', speaker: 'عادل الجبير', quote, lead });
const a2 = statementDoc({ url: 'https://b.example/2', outlet: 'عكاظ', published: '2015-08-02T11:00:00Z', speaker: 'عادل الجبير', quote, lead });

/** The store's Db (the tests reach inside: the writer runs on a Db, the store owns it). */
function dbOf(store: SqlStore): Db {
  return (store as unknown as { db: Db }).db;
}

describe('write-row', () => {
  it('flattens an article into column values, keys and band keys, and packs its Doc as UTF-8 bytes', () => {
    const row = toWriteRow(a1);
    expect(row.id).toBe('https://a.example/1');
    expect(parseStoredDoc(row.doc as string, a1.doc.text)).toEqual(JSON.parse(JSON.stringify(a1.doc)));
    expect(row.entities).toEqual([[expect.any(String), 'PERS', 'عادل الجبير', 1]]);
    expect(row.statements).toHaveLength(1);
    expect(row.statements[0]!.bands).toHaveLength(row.statements[0]!.sig.length ? 16 : 0);
    const { row: packed, transfer } = packRow(row);
    expect(packed.doc).toBeInstanceOf(Uint8Array);
    expect(transfer).toHaveLength(1);
    expect(new TextDecoder().decode(packed.doc as Uint8Array)).toBe(row.doc);
  });
});

for (const b of backends(() => join(dir, `wb-${Math.random().toString(36).slice(2)}.db`))) {
  describe(`writeRows on ${b.name}`, () => {
    afterAll(() => b.cleanup());
    it('inserts, finds unchanged, updates, and groups copies and statements', { timeout: 60_000 }, async () => {
      const store = await b.open();
      const db = dbOf(store);
      try {
        const put = (rows: ReturnType<typeof toWriteRow>[]) => db.transaction((tx) => writeRows(tx, store.kind, rows));
        // Rows as the workers send them (Doc JSON as bytes) and as strings.
        const first = await put([packRow(toWriteRow(a1)).row, toWriteRow(a2)]);
        expect(first.map((r) => r.outcome)).toEqual(['inserted', 'inserted']);
        expect(first[1]!.storyId).not.toBeNull();
        expect((await put([toWriteRow(a1)]))[0]!.outcome).toBe('unchanged');
        const stored = await store.getArticle('https://a.example/1');
        expect(stored!.doc).toEqual(JSON.parse(JSON.stringify(a1.doc)));
        const groups = await store.statementGroups();
        expect(groups).toHaveLength(1);
        expect(groups[0]!.outlets.sort()).toEqual(['عكاظ', 'واس'].sort());

        const changed = statementDoc({ url: 'https://a.example/1', outlet: 'واس', published: '2015-08-03T09:00:00Z', speaker: 'عادل الجبير', quote: 'الرياض ترحب بالاتفاق', lead });
        expect((await put([toWriteRow(changed)]))[0]!.outcome).toBe('updated');
        const stats = await store.stats();
        expect(stats).toMatchObject({ articles: 2, statements: 2 });
        expect((await store.getArticle('https://a.example/1'))!.doc.text).toBe(changed.doc.text);
      } finally {
        await store.close();
      }
    });

    it('keeps the entity numbers of committed batches only: a rolled-back batch leaves none behind', { timeout: 60_000 }, async () => {
      const store = await b.open();
      const db = dbOf(store);
      try {
        const names = async (id: string) =>
          (
            await db.all<{ name: string }>(
              'SELECT e.name FROM mentions m JOIN entities e ON e.seq = m.entity_seq JOIN articles a ON a.seq = m.article_seq WHERE a.id = ? ORDER BY e.name',
              [id],
            )
          ).map((r) => r.name);
        await store.putRows([toWriteRow(statementDoc({ url: 'https://f.example/6', outlet: 'واس', published: '2015-08-01T09:00:00Z', speaker: 'عادل الجبير', quote, lead }))]);
        const speaker = 'فيصل بن فرحان';
        const a3 = statementDoc({ url: 'https://c.example/3', outlet: 'سبق', published: '2015-08-04T09:00:00Z', speaker, quote: 'نرحب بكل جهد يعيد الأمن إلى المنطقة ويحفظ استقرارها', lead });
        const a4 = statementDoc({ url: 'https://d.example/4', outlet: 'سبق', published: '2015-08-05T09:00:00Z', speaker, quote: 'الحوار طريق الحل في المنطقة كلها', lead });
        // The first row writes the new speaker's entity, the second fails: the whole batch rolls back.
        const bad = { ...toWriteRow(a4), values: [] };
        await expect(store.putRows([toWriteRow(a3), bad])).rejects.toThrow();
        expect(await store.getArticle('https://c.example/3')).toBeNull();
        // Written again, the article must name an entity that exists (not a number from the rolled-back batch).
        expect((await store.putRows([toWriteRow(a3)]))[0]!.outcome).toBe('inserted');
        expect(await names('https://c.example/3')).toEqual([speaker]);
        // A known entity (from the first batch) is found again without a new row.
        const a5 = statementDoc({ url: 'https://e.example/5', outlet: 'سبق', published: '2015-08-06T09:00:00Z', speaker: 'عادل الجبير', quote: 'العلاقات بين البلدين تاريخية ومتينة', lead });
        expect((await store.putRows([toWriteRow(a5)]))[0]!.outcome).toBe('inserted');
        expect(await names('https://e.example/5')).toEqual(['عادل الجبير']);
        for (const name of ['عادل الجبير', speaker]) {
          const count = await db.all<{ n: unknown }>('SELECT COUNT(*) AS n FROM entities WHERE name = ?', [name]);
          expect(Number(count[0]!.n)).toBe(1);
        }
      } finally {
        await store.close();
      }
    });
  });
}

describe('writeRows and putArticles write the same store', () => {
  it('gives the same rows as putArticles for the same articles', { timeout: 60_000 }, async () => {
    const open = async (file: string) => {
      const s = new SqlStore(sqliteDb(new Database(join(dir, file))), file);
      await s.migrate();
      return s;
    };
    const viaPut = await open('put.db');
    const viaRows = await open('rows.db');
    try {
      await viaPut.putArticles([a1, a2]);
      await dbOf(viaRows).transaction((tx) => writeRows(tx, 'sqlite', [a1, a2].map((a) => packRow(toWriteRow(a)).row)));
      const dump = async (s: SqlStore) => {
        const db = dbOf(s);
        const out: unknown[] = [];
        for (const t of ['articles', 'statements', 'entities', 'mentions', 'lsh', 'stories', 'statement_groups']) {
          const rows = await db.all(`SELECT * FROM ${t} ORDER BY 1, 2`);
          out.push(rows.map((r) => ({ ...r, ingested_at: undefined, created_at: undefined })));
        }
        return out;
      };
      expect(await dump(viaRows)).toEqual(await dump(viaPut));
    } finally {
      await viaPut.close();
      await viaRows.close();
    }
  });
});

describe('LSH bands', () => {
  /** Band rows expected: 16 per stored article or statement with a signature. */
  async function expectBands(db: Db): Promise<void> {
    const items = await db.all<{ n: number }>(
      'SELECT (SELECT COUNT(*) FROM articles WHERE signature IS NOT NULL) + (SELECT COUNT(*) FROM statements WHERE signature IS NOT NULL) AS n',
    );
    const rows = await db.all<{ n: number }>('SELECT COUNT(*) AS n FROM lsh');
    expect(Number(rows[0]!.n)).toBe(16 * Number(items[0]!.n));
  }

  /** The band rows of a kind (0 articles, 1 statements) point at exactly the stored items with a signature. */
  async function expectBandRefs(db: Db, kind: 0 | 1): Promise<void> {
    const refs = await db.all<{ ref: number }>('SELECT DISTINCT ref FROM lsh WHERE kind = ? ORDER BY ref', [kind]);
    const seqs = await db.all<{ seq: number }>(`SELECT seq FROM ${kind === 0 ? 'articles' : 'statements'} WHERE signature IS NOT NULL ORDER BY seq`);
    expect(refs.map((r) => Number(r.ref))).toEqual(seqs.map((s) => Number(s.seq)));
  }

  it('are removed with their article (update, delete), found by the keys of the stored signature', async () => {
    const store = new SqlStore(sqliteDb(new Database(join(dir, 'bands.db'))), 'bands.db');
    await store.migrate();
    const db = dbOf(store);
    try {
      await store.putArticles([a1, a2]);
      await expectBands(db);
      const changed = statementDoc({ url: 'https://a.example/1', outlet: 'واس', published: '2015-08-03T09:00:00Z', speaker: 'عادل الجبير', quote: 'الرياض ترحب بالاتفاق الذي وقع اليوم بين الأطراف', lead });
      expect((await store.putArticles([changed]))[0]!.outcome).toBe('updated');
      await expectBands(db);
      expect(await store.deleteArticle('https://b.example/2')).toBe(true);
      await expectBands(db);
      await expectBandRefs(db, 0);
    } finally {
      await store.close();
    }
  });

  it('of a batch are written at its end, and an article updated within its own batch leaves none behind', async () => {
    const store = new SqlStore(sqliteDb(new Database(join(dir, 'bands-batch.db'))), 'bands-batch.db');
    await store.migrate();
    const db = dbOf(store);
    try {
      const changed = statementDoc({ url: 'https://a.example/1', outlet: 'واس', published: '2015-08-03T09:00:00Z', speaker: 'عادل الجبير', quote: 'الرياض ترحب بالاتفاق الذي وقع اليوم بين الأطراف', lead });
      // a1, its wire copy a2 (same story, found through the batch's held band rows), then a1 changed
      const out = await store.putRows([a1, a2, changed].map((a) => toWriteRow(a)));
      expect(out.map((r) => r.outcome)).toEqual(['inserted', 'inserted', 'updated']);
      expect(out[1]!.storyId).not.toBeNull();
      await expectBands(db);
      await expectBandRefs(db, 0);
      await expectBandRefs(db, 1);
    } finally {
      await store.close();
    }
  });

  it('move to the keyed table when a schema 3 store is migrated, every row kept', async () => {
    const file = join(dir, 'v3.db');
    const raw = new Database(file);
    raw.exec('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL)');
    for (const m of SQLITE_MIGRATIONS.filter((x) => x.version <= 3)) {
      raw.exec(m.sql);
      raw.prepare('INSERT INTO schema_migrations VALUES (?, ?, ?)').run(m.version, m.description, 'then');
    }
    const insert = raw.prepare('INSERT INTO lsh (kind, key, ref) VALUES (?, ?, ?)');
    for (const [k, key, ref] of [[0, 5, 1], [0, -7, 1], [1, 5, 2], [0, 5, 3]]) insert.run(k, key, ref);
    raw.close();
    const store = new SqlStore(sqliteDb(new Database(file)), file);
    try {
      expect(await store.migrate()).toBe(SQLITE_MIGRATIONS.length);
      const db = dbOf(store);
      expect(await db.all('SELECT kind, key, ref FROM lsh ORDER BY kind, key, ref')).toEqual([
        { kind: 0, key: -7, ref: 1 },
        { kind: 0, key: 5, ref: 1 },
        { kind: 0, key: 5, ref: 3 },
        { kind: 1, key: 5, ref: 2 },
      ]);
      const sql = await db.all<{ sql: string }>("SELECT sql FROM sqlite_master WHERE name = 'lsh'");
      expect(sql[0]!.sql).toMatch(/WITHOUT ROWID/);
    } finally {
      await store.close();
    }
  });
});
