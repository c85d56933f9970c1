import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, fixturePath } from '../data/paths.js';
import { ingestPaths, summaryLines } from './ingest.js';
import type { Db } from './db.js';
import { openStore } from './open.js';
import type { SqlStore } from './sql-store.js';
import { canPutRows, writeRows } from './write-batch.js';
import type { WriteRow } from './write-row.js';
import { parseStoredDoc } from './stored-doc.js';
import { FIXTURE, fixtureRecords } from './test-helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'rasid-ingest-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const records = fixtureRecords();

describe('ingest (worker threads)', () => {
  it('stores every fixture article, then finds nothing to change and says so', { timeout: 300_000 }, async () => {
    const store = await openStore(join(dir, 'a.db'));
    try {
      const first = await ingestPaths(store, [FIXTURE], { jobs: 2 });
      expect(first).toMatchObject({ inserted: records.length, updated: 0, unchanged: 0, failed: 0 });
      expect(first.stages).toContain('tokens');
      const again = await ingestPaths(store, [FIXTURE], { jobs: 1 });
      expect(again).toMatchObject({ inserted: 0, updated: 0, unchanged: records.length, failed: 0 });
      expect(summaryLines(again)[0]).toMatch(/^nothing changed/);
      expect((await store.stats()).articles).toBe(records.length);
    } finally {
      await store.close();
    }
  });

  it('hands rows over when the store writes rows, and stores the same as when it hands Docs over', { timeout: 300_000 }, async () => {
    // A store that writes rows (what SqlStore.putRows does), beside one that only takes Docs.
    const withRows = (s: SqlStore): SqlStore => {
      const plain: object = s;
      if (canPutRows(plain)) return s;
      const db = (s as unknown as { db: Db }).db;
      return Object.assign(s, { putRows: (rows: WriteRow[]) => db.transaction((tx) => writeRows(tx, s.kind, rows)) });
    };
    const rowStore = withRows(await openStore(join(dir, 'rows.db')));
    const docStore = await openStore(join(dir, 'docs.db'));
    const docOnly = new Proxy(docStore, {
      get: (t, k) => {
        if (k === 'putRows') return undefined;
        const v: unknown = Reflect.get(t, k, t);
        return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(t) : v;
      },
    });
    try {
      const r = await ingestPaths(rowStore, [FIXTURE], { jobs: 2, batchSize: 5 });
      const d = await ingestPaths(docOnly, [FIXTURE], { jobs: 1 });
      expect(r.handover).toBe('row');
      expect(d.handover).toBe('input');
      expect(r.inserted).toBe(records.length);
      expect(await rowStore.stats()).toEqual(await docStore.stats());
      for (const id of (await docStore.knownHashes()).keys()) expect((await rowStore.getArticle(id))!.doc).toEqual((await docStore.getArticle(id))!.doc);
      expect(r.stepMs).toHaveProperty('write');
      expect(r.stepMs).toHaveProperty('entities');
    } finally {
      await rowStore.close();
      await docStore.close();
    }
  });

  it('reads text and HTML pages in the workers (the page reader loads with the first page)', { timeout: 300_000 }, async () => {
    const pages = join(dir, 'pages');
    mkdirSync(pages);
    copyFileSync(fixturePath('seed', '000_c645db0d12d9f96d.txt'), join(pages, 'seed.txt'));
    copyFileSync(fixturePath('html', 'prose-meta.html'), join(pages, 'prose-meta.html'));
    const store = await openStore(join(dir, 'pages.db'));
    try {
      const s = await ingestPaths(store, [pages, FIXTURE], { jobs: 2 });
      expect(s).toMatchObject({ inserted: records.length + 2, failed: 0 });
      expect((await store.stats()).articles).toBe(records.length + 2);
    } finally {
      await store.close();
    }
  });

  it('reports bad records with file, line and code, and stores the rest', { timeout: 300_000 }, async () => {
    const file = join(dir, 'mixed.jsonl');
    const lines = [JSON.stringify(records[0]), '{"title": "مكسور', JSON.stringify({ url: 'https://x.sa/empty', source: 'x' }), JSON.stringify(records[1])];
    writeFileSync(file, lines.join('\n') + '\n');
    const store = await openStore(join(dir, 'b.db'));
    try {
      const seen: string[] = [];
      const s = await ingestPaths(store, [file, join(dir, 'missing.jsonl')], { jobs: 1, onError: (e) => seen.push(`${e.origin}|${e.code}`) });
      expect(s.inserted).toBe(2);
      expect(s.failed).toBe(3);
      expect(seen.sort()).toEqual([`${dir}/missing.jsonl|E_INPUT_MISSING`, `${file}:2|E_JSON_INVALID`, `${file}:3|E_RECORD_NO_TEXT`].sort());
    } finally {
      await store.close();
    }
  });
});

function consistency(file: string): { articles: number } {
  const db = new Database(file, { readonly: true });
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const articles = (db.prepare('SELECT COUNT(*) AS n FROM articles').get() as { n: number }).n;
    const fts = (db.prepare('SELECT COUNT(*) AS n FROM article_fts').get() as { n: number }).n;
    expect(fts).toBe(articles);
    const declared = (db.prepare('SELECT COALESCE(SUM(n_statements), 0) AS n FROM articles').get() as { n: number }).n;
    const stored = (db.prepare('SELECT COUNT(*) AS n FROM statements').get() as { n: number }).n;
    expect(stored).toBe(declared);
    const orphans = (db.prepare('SELECT COUNT(*) AS n FROM statements s LEFT JOIN articles a ON a.seq = s.article_seq WHERE a.seq IS NULL').get() as { n: number }).n;
    expect(orphans).toBe(0);
    for (const r of db.prepare('SELECT text, doc FROM articles').iterate() as Iterable<{ text: string; doc: string }>) {
      // The stored Doc leaves its text to the text column, and its tokens to a fresh tokenization.
      const stored = JSON.parse(r.doc) as { text: unknown; tokens: unknown };
      expect(stored.text).toBeNull();
      expect(stored.tokens).toBeNull();
      expect(parseStoredDoc(r.doc, r.text).text).toBe(r.text);
    }
    return { articles };
  } finally {
    db.close();
  }
}

function runIngest(args: string[]): { child: ReturnType<typeof spawn>; done: Promise<{ code: number | null; signal: string | null; stderr: string }> } {
  const child = spawn(process.execPath, [join(ROOT, 'bin', 'rasid.js'), 'ingest', ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const done = new Promise<{ code: number | null; signal: string | null; stderr: string }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal, stderr })),
  );
  return { child, done };
}

describe('ingest crash safety', () => {
  it('a kill -9 in the middle leaves a consistent store, and a re-run completes it', { timeout: 600_000 }, async () => {
    const copies = 8;
    const file = join(dir, 'big.jsonl');
    const out: string[] = [];
    for (let c = 0; c < copies; c++) {
      for (const r of records) out.push(JSON.stringify({ ...r, url: `${String(r.url)}?copy=${c}`, content: `نسخة رقم ${c}\n${String(r.content)}` }));
    }
    writeFileSync(file, out.join('\n') + '\n');
    const db = join(dir, 'crash.db');
    const first = runIngest([file, '--db', db, '--jobs', '1', '--batch', '3']);
    // Wait until some batches are committed, then kill without warning.
    let killed = false;
    for (;;) {
      const exited = await Promise.race([first.done.then(() => true), new Promise<false>((r) => setTimeout(() => r(false), 50))]);
      if (exited) break;
      let n = 0;
      try {
        const probe = new Database(db, { readonly: true, fileMustExist: true });
        n = (probe.prepare('SELECT COUNT(*) AS n FROM articles').get() as { n: number }).n;
        probe.close();
      } catch {
        n = 0;
      }
      if (n >= 6) {
        first.child.kill('SIGKILL');
        killed = true;
        break;
      }
    }
    const r1 = await first.done;
    if (killed) expect(r1.signal).toBe('SIGKILL');
    const partial = consistency(db).articles;
    expect(partial).toBeGreaterThan(0);
    const second = runIngest([file, '--db', db, '--jobs', '2']);
    const r2 = await second.done;
    expect(r2.code).toBe(0);
    expect(consistency(db).articles).toBe(records.length * copies);
    if (killed && partial < records.length * copies) expect(r2.stderr).toMatch(new RegExp(`${partial} unchanged`));
    const third = await runIngest([file, '--db', db, '--jobs', '1']).done;
    expect(third.code).toBe(0);
    expect(third.stderr).toMatch(/nothing changed/);
  });
});
