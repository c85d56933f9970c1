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
import { SqlStore } from './sql-store.js';
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
    expect(JSON.parse(row.doc as string)).toEqual(JSON.parse(JSON.stringify(a1.doc)));
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
