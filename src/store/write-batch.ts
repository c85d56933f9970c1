/**
 * Writing a batch of analysed articles (`WriteRow`s, see ./write-row.ts) inside one transaction,
 * for both back ends: the article row and its full-text terms, LSH band keys, entities and
 * mentions, statements; near-duplicate stories and statement groups found through the LSH bands.
 * An article whose id is stored with the same content hash is left alone ('unchanged'); with
 * another hash its old rows are removed first ('updated').
 *
 * Everything costly (JSON of the Doc, keys, signatures, band keys) was computed by the worker
 * that built the row: this only runs SQL.
 */
import type { Executor, Param, Row } from './db.js';
import { REMOVALS_KEY } from './facet-index.js';
import { ARTICLE_SHINGLES, STATEMENT_SHINGLES, bandKeys, decodeSignature, similarity } from './minhash.js';
import type { PutResult, StoreKind } from './types.js';
import { ARTICLE_COLUMNS, STATEMENT_COLUMNS, type WriteRow } from './write-row.js';

const KIND_ARTICLE = 0;
const KIND_STATEMENT = 1;

/** Most earlier items sharing a band that are compared with a new one (the oldest first). */
const MAX_LSH_CANDIDATES = 2000;

/** A store that can write rows built in the ingest workers. */
export interface RowWriter {
  putRows(rows: WriteRow[]): Promise<PutResult[]>;
}

export function canPutRows(store: object): store is RowWriter {
  return typeof (store as Partial<RowWriter>).putRows === 'function';
}

function num(v: unknown): number {
  return typeof v === 'number' ? v : Number(v);
}

function numOrNull(v: unknown): number | null {
  return v === null || v === undefined ? null : num(v);
}

function placeholders(n: number): string {
  return new Array(n).fill('?').join(', ');
}

function bytes(b: Uint8Array | null): Buffer | null {
  return b ? Buffer.from(b.buffer, b.byteOffset, b.byteLength) : null;
}

const ARTICLE_INSERT_COLS = [...ARTICLE_COLUMNS, 'doc', 'story_id', 'signature', 'ingested_at'].join(', ');
const STATEMENT_INSERT_COLS = ['article_seq', ...STATEMENT_COLUMNS, 'group_id', 'signature'].join(', ');
const ARTICLE_PLACEHOLDERS = placeholders(ARTICLE_COLUMNS.length + 4);
/** SQLite stores UTF-8 bytes bound as a BLOB as TEXT through a cast (no string is built for them). */
const SQLITE_ARTICLE_PLACEHOLDERS = placeholders(ARTICLE_COLUMNS.length) + ', CAST(? AS TEXT), ' + placeholders(3);
const STATEMENT_PLACEHOLDERS = placeholders(STATEMENT_COLUMNS.length + 3);

/**
 * Sequence numbers of entities, by `key + '\t' + type`, as the store has them. Entity rows are never
 * removed nor renumbered, so a number once committed stays right: a writer keeps them to skip the
 * upsert of an entity it has written before (most mentions in a news stream are of known entities).
 */
export type EntitySeqs = Map<string, number>;

/**
 * Write `rows` (in order) through `tx`, an open transaction. `entities`: the store's known entity
 * numbers; the numbers this transaction creates go to `created`, which the caller merges into
 * `entities` once the transaction has committed (a rolled-back number must not be kept).
 */
export async function writeRows(
  tx: Executor,
  kind: StoreKind,
  rows: readonly WriteRow[],
  entities?: { known: EntitySeqs; created: EntitySeqs },
): Promise<PutResult[]> {
  const now = new Date().toISOString();
  const out: PutResult[] = [];
  const pending = new PendingBands();
  for (const row of rows) out.push(await writeRow(tx, kind, row, now, pending, entities));
  await pending.flush(tx);
  return out;
}

async function entitySeq(tx: Executor, key: string, type: string, name: string, entities?: { known: EntitySeqs; created: EntitySeqs }): Promise<number> {
  const k = key + '\t' + type;
  const hit = entities?.known.get(k) ?? entities?.created.get(k);
  if (hit !== undefined) return hit;
  const r = await tx.all<{ seq: unknown }>(
    'INSERT INTO entities (key, type, name) VALUES (?, ?, ?) ON CONFLICT (key, type) DO UPDATE SET name = entities.name RETURNING seq',
    [key, type, name],
  );
  const seq = num(r[0]!.seq);
  entities?.created.set(k, seq);
  return seq;
}

async function writeRow(
  tx: Executor,
  kind: StoreKind,
  row: WriteRow,
  now: string,
  pending: PendingBands,
  entities?: { known: EntitySeqs; created: EntitySeqs },
): Promise<PutResult> {
  const existing = await tx.all<{ seq: unknown; content_hash: string; story_id: unknown }>('SELECT seq, content_hash, story_id FROM articles WHERE id = ?', [row.id]);
  const prev = existing[0];
  if (prev && prev.content_hash === row.contentHash) return { id: row.id, outcome: 'unchanged', storyId: numOrNull(prev.story_id) };
  if (prev) {
    // The article may be one of this batch's: its band rows must be in the table to be removed.
    await pending.flush(tx);
    await removeArticle(tx, kind, num(prev.seq));
  }

  const storyId = await findGroup(tx, KIND_ARTICLE, row.sig, row.bands, ARTICLE_SHINGLES.threshold, null, pending);
  const docJson = typeof row.doc === 'string' ? row.doc : kind === 'sqlite' ? bytes(row.doc) : Buffer.from(row.doc.buffer, row.doc.byteOffset, row.doc.byteLength).toString('utf8');
  const vals: Param[] = [...row.values, docJson, storyId, bytes(row.signature), now];
  let seqRows: Row[];
  if (kind === 'postgres') {
    seqRows = await tx.all(
      `INSERT INTO articles (${ARTICLE_INSERT_COLS}, tsv) VALUES (${ARTICLE_PLACEHOLDERS}, ` +
        "setweight(to_tsvector('simple', ?), 'A') || to_tsvector('simple', ?)) RETURNING seq",
      [...vals, row.titleTerms, row.bodyTerms],
    );
  } else {
    seqRows = await tx.all(`INSERT INTO articles (${ARTICLE_INSERT_COLS}) VALUES (${SQLITE_ARTICLE_PLACEHOLDERS}) RETURNING seq`, vals);
    await tx.run('INSERT INTO article_fts (rowid, title, body) VALUES (?, ?, ?)', [num(seqRows[0]!.seq), row.titleTerms, row.bodyTerms]);
  }
  const seq = num(seqRows[0]!.seq);
  pending.add(KIND_ARTICLE, row.bands, seq);

  // entities and mentions
  if (row.entities.length) {
    const counts: Array<[number, number]> = [];
    for (const [key, type, name, n] of row.entities) counts.push([await entitySeq(tx, key, type, name, entities), n]);
    await tx.run(
      `INSERT INTO mentions (article_seq, entity_seq, mentions) VALUES ${counts.map(() => '(?, ?, ?)').join(', ')}`,
      counts.flatMap(([es, n]) => [seq, es, n]),
    );
  }

  // statements
  for (const s of row.statements) {
    const groupId = await findGroup(tx, KIND_STATEMENT, s.sig, s.bands, STATEMENT_SHINGLES.threshold, seq, pending);
    const sv: Param[] = [seq, ...s.values, groupId, bytes(s.signature)];
    let r: Row[];
    if (kind === 'postgres') {
      r = await tx.all(`INSERT INTO statements (${STATEMENT_INSERT_COLS}, tsv) VALUES (${STATEMENT_PLACEHOLDERS}, to_tsvector('simple', ?)) RETURNING seq`, [
        ...sv,
        s.terms,
      ]);
    } else {
      r = await tx.all(`INSERT INTO statements (${STATEMENT_INSERT_COLS}) VALUES (${STATEMENT_PLACEHOLDERS}) RETURNING seq`, sv);
    }
    const sseq = num(r[0]!.seq);
    if (kind === 'sqlite') await tx.run('INSERT INTO statement_fts (rowid, content) VALUES (?, ?)', [sseq, s.terms]);
    pending.add(KIND_STATEMENT, s.bands, sseq);
  }
  return { id: row.id, outcome: prev ? 'updated' : 'inserted', storyId };
}

/** `INSERT` of n band rows (the SQL text for each count built once). */
const bandInserts = new Map<number, string>();
function bandInsert(n: number): string {
  let sql = bandInserts.get(n);
  if (!sql) {
    // Two bands of one item may hash alike: the row is there once.
    sql = `INSERT INTO lsh (kind, key, ref) VALUES ${new Array(n).fill('(?, ?, ?)').join(', ')} ON CONFLICT DO NOTHING`;
    bandInserts.set(n, sql);
  }
  return sql;
}

/** Band rows written in one statement, at most (3 parameters each). */
const BAND_ROWS_PER_INSERT = 256;

/**
 * The band rows of a batch, held until its end and then written in key order: the table is keyed
 * by random band keys, so rows written as each item comes land on random pages, while rows sorted
 * by key fill one page after another. Items of the batch are found through `refs` meanwhile.
 */
class PendingBands {
  private readonly triples: number[] = [];
  private readonly byKey: [Map<number, number[]>, Map<number, number[]>] = [new Map(), new Map()];

  add(kind: number, keys: readonly number[], ref: number): void {
    const m = this.byKey[kind]!;
    for (const key of keys) {
      this.triples.push(kind, key, ref);
      const l = m.get(key);
      if (l) l.push(ref);
      else m.set(key, [ref]);
    }
  }

  /** Refs of the batch's items of `kind` sharing one of `keys`. */
  refs(kind: number, keys: readonly number[], into: number[]): void {
    const m = this.byKey[kind]!;
    for (const key of keys) {
      const l = m.get(key);
      if (l) for (const r of l) into.push(r);
    }
  }

  /** Write the held rows (sorted by kind, key, ref) and forget them. */
  async flush(tx: Executor): Promise<void> {
    const t = this.triples;
    const n = t.length / 3;
    if (n === 0) return;
    const order = new Array<number>(n);
    for (let i = 0; i < n; i++) order[i] = i * 3;
    order.sort((a, b) => t[a]! - t[b]! || t[a + 1]! - t[b + 1]! || t[a + 2]! - t[b + 2]!);
    for (let from = 0; from < n; from += BAND_ROWS_PER_INSERT) {
      const m = Math.min(BAND_ROWS_PER_INSERT, n - from);
      const params: Param[] = new Array(m * 3);
      for (let i = 0; i < m; i++) {
        const o = order[from + i]!;
        params[3 * i] = t[o]!;
        params[3 * i + 1] = t[o + 1]!;
        params[3 * i + 2] = t[o + 2]!;
      }
      await tx.run(bandInsert(m), params);
    }
    t.length = 0;
    this.byKey[0].clear();
    this.byKey[1].clear();
  }
}

/**
 * Remove an item's band rows: its band keys are recomputed from its stored signature (the table is
 * keyed by (kind, key, ref); there is no index by ref alone).
 */
async function removeBands(tx: Executor, kind: number, signature: Uint8Array | null, ref: number): Promise<void> {
  const keys = bandKeys(decodeSignature(signature));
  if (!keys.length) return;
  await tx.run(`DELETE FROM lsh WHERE kind = ? AND ref = ? AND key IN (${placeholders(keys.length)})`, [kind, ref, ...keys]);
}

/**
 * The group (story or statement group) of the most similar earlier item sharing an LSH band,
 * creating the group when that item had none; null when nothing is similar enough.
 * `notArticle` excludes statements of the same article.
 */
async function findGroup(
  tx: Executor,
  kind: number,
  sig: number[],
  keys: readonly number[],
  threshold: number,
  notArticle: number | null,
  pending: PendingBands,
): Promise<number | null> {
  if (keys.length === 0) return null;
  const table = kind === KIND_ARTICLE ? 'articles' : 'statements';
  const groupCol = kind === KIND_ARTICLE ? 'story_id' : 'group_id';
  const exclude = kind === KIND_STATEMENT && notArticle !== null ? ' AND t.article_seq <> ?' : '';
  // Two steps on purpose: as one query with `IN (SELECT DISTINCT ref ...)`, SQLite's planner walked
  // every band row of the kind (cost growing with the store) instead of looking the band keys up.
  const refRows = await tx.all<{ ref: unknown }>(`SELECT ref FROM lsh WHERE kind = ? AND key IN (${placeholders(keys.length)})`, [kind, ...keys]);
  const found = refRows.map((r) => num(r.ref));
  pending.refs(kind, keys, found);
  if (found.length === 0) return null;
  const refs = [...new Set(found)].sort((a, b) => a - b).slice(0, MAX_LSH_CANDIDATES);
  const cands = await tx.all<{ seq: unknown; signature: Uint8Array | null; grp: unknown }>(
    `SELECT t.seq, t.signature, t.${groupCol} AS grp FROM ${table} t WHERE t.seq IN (${placeholders(refs.length)})${exclude} ORDER BY t.seq LIMIT 200`,
    [...refs, ...(exclude ? [notArticle] : [])],
  );
  let best: { seq: number; grp: number | null; sim: number } | null = null;
  for (const c of cands) {
    const sim = similarity(sig, decodeSignature(c.signature));
    if (sim >= threshold && (!best || sim > best.sim)) best = { seq: num(c.seq), grp: numOrNull(c.grp), sim };
  }
  if (!best) return null;
  if (best.grp !== null) return best.grp;
  const gtable = kind === KIND_ARTICLE ? 'stories' : 'statement_groups';
  const g = await tx.all<{ id: unknown }>(`INSERT INTO ${gtable} (created_at) VALUES (?) RETURNING id`, [new Date().toISOString()]);
  const gid = num(g[0]!.id);
  await tx.run(`UPDATE ${table} SET ${groupCol} = ? WHERE seq = ?`, [gid, best.seq]);
  return gid;
}

/** Remove an article and everything hanging from it (its statements, mentions, bands, index rows). */
export async function removeArticle(tx: Executor, kind: StoreKind, seq: number): Promise<void> {
  const sts = await tx.all<{ seq: unknown; signature: Uint8Array | null }>('SELECT seq, signature FROM statements WHERE article_seq = ?', [seq]);
  for (const s of sts) {
    const sseq = num(s.seq);
    if (kind === 'sqlite') await tx.run('DELETE FROM statement_fts WHERE rowid = ?', [sseq]);
    await removeBands(tx, KIND_STATEMENT, s.signature, sseq);
  }
  await tx.run('DELETE FROM statements WHERE article_seq = ?', [seq]);
  await tx.run('DELETE FROM mentions WHERE article_seq = ?', [seq]);
  const art = await tx.all<{ signature: Uint8Array | null }>('SELECT signature FROM articles WHERE seq = ?', [seq]);
  await removeBands(tx, KIND_ARTICLE, art[0]?.signature ?? null, seq);
  if (kind === 'sqlite') await tx.run('DELETE FROM article_fts WHERE rowid = ?', [seq]);
  await tx.run('DELETE FROM articles WHERE seq = ?', [seq]);
  // Tells in-memory facet indexes (here or in another process) that rows went away.
  await tx.run(
    `INSERT INTO meta (key, value) VALUES ('${REMOVALS_KEY}', '1') ` + 'ON CONFLICT (key) DO UPDATE SET value = CAST(CAST(meta.value AS INTEGER) + 1 AS TEXT)',
  );
}
