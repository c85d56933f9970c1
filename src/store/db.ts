/**
 * A thin async SQL executor over better-sqlite3 and pg, so the store's logic is written once.
 * SQL is written with `?` placeholders (converted to `$n` for PostgreSQL); values are always bound,
 * never spliced into SQL text.
 */
import type BetterSqlite3 from 'better-sqlite3';
import type pg from 'pg';

export type Row = Record<string, unknown>;
export type Param = string | number | bigint | Buffer | null;

export interface Executor {
  all<T = Row>(sql: string, params?: Param[]): Promise<T[]>;
  /** Run a statement; returns the number of changed rows. */
  run(sql: string, params?: Param[]): Promise<number>;
  /** Rows as arrays of column values, in select order (no object per row: for long result lists). */
  values(sql: string, params?: Param[]): Promise<unknown[][]>;
}

export interface Db extends Executor {
  readonly dialect: 'sqlite' | 'postgres';
  /** Run several statements (no parameters). */
  exec(sql: string): Promise<void>;
  transaction<T>(fn: (tx: Executor) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** Prepared statements kept per connection: search SQL varies with the query's shape, so the cache is bounded. */
export const STATEMENT_CACHE_SIZE = 500;

/** Least recently used statements go first once the cache is full (a Map keeps insertion order). */
function cached<S>(cache: Map<string, S>, key: string, make: () => S): S {
  let s = cache.get(key);
  if (s) {
    cache.delete(key);
  } else {
    s = make();
    if (cache.size >= STATEMENT_CACHE_SIZE) cache.delete(cache.keys().next().value!);
  }
  cache.set(key, s);
  return s;
}

export function sqliteDb(db: BetterSqlite3.Database): Db {
  const cache = new Map<string, BetterSqlite3.Statement>();
  const prep = (sql: string): BetterSqlite3.Statement => cached<BetterSqlite3.Statement>(cache, sql, () => db.prepare(sql));
  const ex: Executor = {
    async all<T>(sql: string, params: Param[] = []) {
      const s = prep(sql);
      if (s.reader) return s.all(...params) as T[];
      s.run(...params);
      return [];
    },
    async run(sql: string, params: Param[] = []) {
      return prep(sql).run(...params).changes;
    },
    async values(sql: string, params: Param[] = []) {
      // A statement of its own in raw mode (the cached one stays in object mode).
      return cached<BetterSqlite3.Statement>(cache, '\u0000raw\u0000' + sql, () => db.prepare(sql).raw(true)).all(...params) as unknown[][];
    },
  };
  return {
    dialect: 'sqlite',
    ...ex,
    async exec(sql) {
      db.exec(sql);
    },
    async transaction(fn) {
      db.exec('BEGIN IMMEDIATE');
      try {
        const out = await fn(ex);
        db.exec('COMMIT');
        return out;
      } catch (e) {
        if (db.inTransaction) db.exec('ROLLBACK');
        throw e;
      }
    },
    async close() {
      db.close();
    },
  };
}

const pgSqlCache = new Map<string, string>();

/** `?` → `$1`, `$2`, ... (the store's SQL has no `?` inside literals). */
export function toPgSql(sql: string): string {
  return cached(pgSqlCache, sql, () => {
    let n = 0;
    return sql.replace(/\?/g, () => `$${++n}`);
  });
}

/**
 * PostgreSQL text cannot hold U+0000: a string parameter holding one is sent with U+FFFD in its
 * place (the Doc itself is then stored whole in JSON, where the NUL is escaped: see stored-doc.ts).
 */
function pgParams(params: Param[]): Param[] {
  let out: Param[] | null = null;
  for (let i = 0; i < params.length; i++) {
    const p = params[i];
    if (typeof p === 'string' && p.includes('\u0000')) (out ??= params.slice())[i] = p.replaceAll('\u0000', '\uFFFD');
  }
  return out ?? params;
}

export function pgDb(pool: pg.Pool): Db {
  const on = (c: pg.Pool | pg.PoolClient): Executor => ({
    async all<T>(sql: string, params: Param[] = []) {
      const r = await c.query(toPgSql(sql), pgParams(params));
      return r.rows as T[];
    },
    async run(sql: string, params: Param[] = []) {
      const r = await c.query(toPgSql(sql), pgParams(params));
      return r.rowCount ?? 0;
    },
    async values(sql: string, params: Param[] = []) {
      const r = await c.query({ text: toPgSql(sql), values: pgParams(params), rowMode: 'array' });
      return r.rows as unknown[][];
    },
  });
  return {
    dialect: 'postgres',
    ...on(pool),
    async exec(sql) {
      await pool.query(sql);
    },
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const out = await fn(on(client));
        await client.query('COMMIT');
        return out;
      } catch (e) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw e;
      } finally {
        client.release();
      }
    },
    async close() {
      await pool.end();
    },
  };
}
