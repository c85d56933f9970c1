/**
 * The stored Doc (JSON without text, tokens and span texts, rebuilt on read): a Doc read back from either store
 * equals the Doc ingested, key order included, through the full pipeline and the worker's rows;
 * tokens that are not the text's own stay stored; Docs stored whole (older stores) read as they are.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Db } from './db.js';
import type { SqlStore } from './sql-store.js';
import { columnSafe, parseStoredDoc, storedDocJson } from './stored-doc.js';
import { FIXTURE, backends, fixtureInputs, fixtureRecords, statementDoc } from './test-helpers.js';
import { processItem } from './work.js';
import type { WriteRow } from './write-row.js';
import { packRow } from './write-row.js';
import { tokenize } from '../text/tokenize.js';

const dir = mkdtempSync(join(tmpdir(), 'rasid-stored-doc-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function dbOf(store: SqlStore): Db {
  return (store as unknown as { db: Db }).db;
}

describe('storedDocJson / parseStoredDoc', () => {
  const doc = fixtureInputs(fixtureRecords().slice(0, 3))[2]!.doc;

  it('leaves out the text and the tokens, in place, and rebuilds both exactly', () => {
    expect(doc.tokens?.length).toBeGreaterThan(10);
    const json = storedDocJson(doc);
    const stored = JSON.parse(json) as Record<string, unknown>;
    expect(stored.text).toBeNull();
    expect(stored.tokens).toBeNull();
    expect(Object.keys(stored)).toEqual(Object.keys(doc));
    expect(json.length).toBeLessThan(JSON.stringify(doc).length / 2);
    expect(JSON.stringify(parseStoredDoc(json, doc.text))).toBe(JSON.stringify(doc));
  });

  it('keeps tokens that are not the tokenization of the text', () => {
    const odd = { ...doc, tokens: doc.tokens!.slice(1) };
    const stored = JSON.parse(storedDocJson(odd)) as { tokens: unknown[] };
    expect(stored.tokens).toHaveLength(odd.tokens.length);
    expect(parseStoredDoc(storedDocJson(odd), odd.text)).toEqual(JSON.parse(JSON.stringify(odd)));
    // A Doc without tokens stays without.
    const bare = { ...doc, tokens: undefined };
    expect(parseStoredDoc(storedDocJson(bare), bare.text).tokens).toBeUndefined();
  });

  it("leaves out the span texts that are the text's own slices, and keeps the others", () => {
    const stored = JSON.parse(storedDocJson(doc)) as { sentences: Array<{ text: unknown }>; statements?: unknown };
    expect(doc.sentences!.length).toBeGreaterThan(1);
    expect(stored.sentences.every((x) => x.text === null)).toBe(true);
    expect(storedDocJson(doc).length).toBeLessThan(JSON.stringify({ ...doc, tokens: null }).length / 2);
    // A span whose text is not its slice (here: trimmed) is stored with its text.
    const first = doc.sentences![0]!;
    const odd = { ...doc, sentences: [{ ...first, text: first.text.slice(1) }, ...doc.sentences!.slice(1)] };
    const oddStored = JSON.parse(storedDocJson(odd)) as { sentences: Array<{ text: unknown }> };
    expect(oddStored.sentences[0]!.text).toBe(first.text.slice(1));
    expect(JSON.stringify(parseStoredDoc(storedDocJson(odd), odd.text))).toBe(JSON.stringify(odd));
    // A span whose text is null would read back as its slice: every span text is kept then.
    const nulled = { ...doc, sentences: [{ ...first, text: null as unknown as string }, ...doc.sentences!.slice(1)] };
    expect(JSON.stringify(parseStoredDoc(storedDocJson(nulled), nulled.text))).toBe(JSON.stringify(nulled));
  });

  it('stores whole a Doc whose text a column cannot hold exactly', () => {
    for (const bad of ['\ud83d', '\udc00', 'a\u0000b']) {
      const odd = { ...doc, text: doc.text + bad };
      expect(columnSafe(odd.text)).toBe(false);
      expect(storedDocJson(odd)).toBe(JSON.stringify(odd));
    }
    expect(columnSafe(doc.text + '\ud83d\ude00')).toBe(true);
  });

  it('reads a Doc stored whole as it is', () => {
    const whole = JSON.stringify(doc);
    expect(JSON.stringify(parseStoredDoc(whole, 'another text'))).toBe(whole);
  });

  it('tokenizes as the pipeline did', () => {
    expect(tokenize(doc.text)).toEqual(doc.tokens);
  });
});

for (const b of backends(() => join(dir, `sd-${Math.random().toString(36).slice(2)}.db`))) {
  describe(`a Doc read back from ${b.name}`, () => {
    afterAll(() => b.cleanup());
    it('equals the Doc ingested (worker rows, putArticles, whole Docs of older stores, copies)', { timeout: 120_000 }, async () => {
      const store = await b.open();
      try {
        // As the ingest writes: the worker's rows, their Doc JSON as bytes.
        const records = fixtureRecords().slice(0, 6);
        const ingested = new Map<string, string>();
        const rows: WriteRow[] = [];
        for (const [i, record] of records.entries()) {
          const item = { kind: 'record' as const, origin: `fixture:${i + 1}`, path: FIXTURE, line: i + 1, record, weight: 1 };
          const asInput = processItem(item, new Map());
          const asRow = processItem(item, new Map(), 'row');
          if (asInput.status !== 'ok' || asRow.status !== 'row') throw new Error(`fixture record ${i + 1} did not analyse`);
          ingested.set(asInput.input.id, JSON.stringify(asInput.input.doc));
          rows.push(packRow(asRow.row).row);
        }
        expect((await store.putRows(rows)).every((r) => r.outcome === 'inserted')).toBe(true);
        // Through putArticles (tokens checked against the text).
        const hand = statementDoc({ url: 'https://x.example/1', outlet: 'واس', published: '2015-08-02T09:00:00Z', speaker: 'عادل الجبير', quote: 'المملكة تدعم الحل' });
        hand.doc.tokens = tokenize(hand.doc.text);
        ingested.set(hand.id, JSON.stringify(hand.doc));
        await store.putArticles([hand]);
        // A Doc stored whole, as stores written before kept them.
        const old = statementDoc({ url: 'https://x.example/2', outlet: 'عكاظ', published: '2015-08-02T09:00:00Z', speaker: 'عادل الجبير', quote: 'الرياض ترحب' });
        old.doc.tokens = tokenize(old.doc.text);
        await store.putArticles([old]);
        await dbOf(store).run('UPDATE articles SET doc = ? WHERE id = ?', [JSON.stringify(old.doc), old.id]);
        ingested.set(old.id, JSON.stringify(old.doc));

        for (const [id, json] of ingested) expect(JSON.stringify((await store.getArticle(id))!.doc), id).toBe(json);
        const copied = await store.docsAfter(0, 100);
        expect(copied).toHaveLength(ingested.size);
        expect(new Set(copied.map((c) => JSON.stringify(c.doc)))).toEqual(new Set(ingested.values()));
      } finally {
        await store.close();
      }
    });

    it('keeps a text a column cannot hold (a lone surrogate, a NUL) exactly, and stores the rest of the batch', { timeout: 120_000 }, async () => {
      const store = await b.open();
      try {
        const base = fixtureRecords()[0]!;
        const content = String(base.content);
        const odd = [
          { ...base, url: 'https://edge.example/lone', content: `${content}\n\nنهاية \ud83d هنا \udc00 ثم.` },
          { ...base, url: 'https://edge.example/nul', content: `${content}\n\nنهاية \u0000 هنا.` },
          { ...base, url: 'https://edge.example/plain', content: `${content}\n\nنهاية هنا.` },
        ];
        const ingested = new Map<string, string>();
        const rows: WriteRow[] = [];
        for (const [i, record] of odd.entries()) {
          const item = { kind: 'record' as const, origin: `edge:${i + 1}`, path: 'edge.jsonl', line: i + 1, record, weight: 1 };
          const asInput = processItem(item, new Map());
          const asRow = processItem(item, new Map(), 'row');
          if (asInput.status !== 'ok' || asRow.status !== 'row') throw new Error(`edge record ${i + 1} did not analyse`);
          ingested.set(asInput.input.id, JSON.stringify(asInput.input.doc));
          rows.push(packRow(asRow.row).row);
        }
        expect((await store.putRows(rows)).map((r) => r.outcome)).toEqual(['inserted', 'inserted', 'inserted']);
        for (const [id, json] of ingested) expect(JSON.stringify((await store.getArticle(id))!.doc), id).toBe(json);
      } finally {
        await store.close();
      }
    });
  });
}
