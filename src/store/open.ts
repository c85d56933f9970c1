/**
 * Open a store: a file path (SQLite, the default `./rasid.db`, or `RASID_DB`) or a `postgres://` URL.
 * A `schema=NAME` query parameter on a PostgreSQL URL puts the tables in that schema (created if absent).
 * Migrations are applied on open.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { RasidError } from '../doc/errors.js';
import { pgDb, sqliteDb } from './db.js';
import { SqlStore } from './sql-store.js';

export const DEFAULT_DB = './rasid.db';

export interface OpenOptions {
  /** Open without creating or migrating (fails on a missing SQLite file). */
  readOnly?: boolean;
  /** Refuse a SQLite file that does not exist yet (read commands: a mistyped path is not an empty store). */
  mustExist?: boolean;
}

/** The URL to use: the argument, else `RASID_DB`, else `./rasid.db`. */
export function storeUrl(url?: string): string {
  return url?.trim() || process.env.RASID_DB?.trim() || DEFAULT_DB;
}

/** The URL with any password hidden (for messages). */
export function safeUrl(url: string): string {
  return url.replace(/^(postgres(?:ql)?:\/\/[^:/@]*):[^@]*@/, '$1:***@');
}

const SCHEMA_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;

async function openPostgres(url: string): Promise<SqlStore> {
  const { default: pg } = await import('pg');
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new RasidError('E_DB_URL', { url: safeUrl(url) });
  }
  const schema = parsed.searchParams.get('schema');
  parsed.searchParams.delete('schema');
  if (schema !== null && !SCHEMA_NAME.test(schema)) throw new RasidError('E_DB_URL', { url: safeUrl(url) });
  if (schema) {
    // Create the schema first, then open the pool with it as every connection's search_path.
    const c = new pg.Client({ connectionString: parsed.toString() });
    try {
      await c.connect();
      await c.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
    } catch (e) {
      throw new RasidError('E_DB_OPEN', { url: safeUrl(url), detail: (e as Error).message }, { cause: e });
    } finally {
      await c.end().catch(() => undefined);
    }
  }
  const pool = new pg.Pool({ connectionString: parsed.toString(), max: 8, ...(schema ? { options: `-c search_path=${schema}` } : {}) });
  pool.on('error', () => undefined);
  try {
    await pool.query('SELECT 1');
  } catch (e) {
    await pool.end().catch(() => undefined);
    throw new RasidError('E_DB_OPEN', { url: safeUrl(url), detail: (e as Error).message }, { cause: e });
  }
  return new SqlStore(pgDb(pool), safeUrl(url));
}

async function openSqlite(path: string, opts: OpenOptions): Promise<SqlStore> {
  const { default: Database } = await import('better-sqlite3');
  const file = path.startsWith('sqlite:') ? path.replace(/^sqlite:(\/\/)?/, '') : path;
  if (opts.mustExist && file !== ':memory:' && !existsSync(file)) {
    throw new RasidError('E_DB_OPEN', { url: file, detail: 'no store there yet (create it with rasid ingest)' });
  }
  try {
    if (!opts.readOnly && file !== ':memory:') mkdirSync(dirname(resolve(file)), { recursive: true });
    const db = new Database(file, { readonly: !!opts.readOnly, fileMustExist: !!opts.readOnly });
    if (!opts.readOnly) {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
    }
    db.pragma('busy_timeout = 10000');
    db.pragma('cache_size = -65536');
    return new SqlStore(sqliteDb(db), file);
  } catch (e) {
    throw new RasidError('E_DB_OPEN', { url: file, detail: (e as Error).message }, { cause: e });
  }
}

/** Open (and migrate) the store at `url` (see `storeUrl`). */
export async function openStore(url?: string, opts: OpenOptions = {}): Promise<SqlStore> {
  const u = storeUrl(url);
  let store: SqlStore;
  if (/^postgres(ql)?:\/\//i.test(u)) store = await openPostgres(u);
  else if (/^[a-z][a-z0-9+.-]*:\/\//i.test(u)) throw new RasidError('E_DB_URL', { url: safeUrl(u) });
  else store = await openSqlite(u, opts);
  if (!opts.readOnly) {
    try {
      await store.migrate();
    } catch (e) {
      await store.close().catch(() => undefined);
      if (e instanceof RasidError) throw e;
      throw new RasidError('E_DB_OPEN', { url: store.url, detail: (e as Error).message }, { cause: e });
    }
  }
  return store;
}
