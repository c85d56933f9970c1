/**
 * What the watcher remembers between rounds and runs: per source its ETag / Last-Modified and
 * failure count, and the URLs already ingested. Kept in a small JSON file next to the store
 * (`rasid.db` → `rasid.db.watch.json`), written atomically (temporary file + rename) so a stop at
 * any moment leaves the previous or the new state, never half of one.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { RasidError } from '../doc/errors.js';

export interface SourceState {
  etag?: string;
  lastModified?: string;
  lastOk?: string;
  lastError?: string;
  failures: number;
}

export interface WatchStateData {
  version: 1;
  sources: Record<string, SourceState>;
  /** URL (or item id) → first time seen (ISO). */
  seen: Record<string, string>;
}

/** How many seen URLs to keep (oldest dropped first). */
export const MAX_SEEN = 100_000;

export class WatchState {
  data: WatchStateData;
  constructor(readonly path: string | null) {
    this.data = { version: 1, sources: {}, seen: {} };
    if (path && existsSync(path)) {
      try {
        const d = JSON.parse(readFileSync(path, 'utf8')) as Partial<WatchStateData>;
        this.data = { version: 1, sources: d.sources ?? {}, seen: d.seen ?? {} };
      } catch (e) {
        throw new RasidError('E_WATCH_STATE', { path, detail: (e as Error).message });
      }
    }
  }

  source(url: string): SourceState {
    let s = this.data.sources[url];
    if (!s) this.data.sources[url] = s = { failures: 0 };
    return s;
  }

  hasSeen(key: string): boolean {
    return Object.prototype.hasOwnProperty.call(this.data.seen, key);
  }

  markSeen(key: string, when = new Date().toISOString()): void {
    if (!this.hasSeen(key)) this.data.seen[key] = when;
    const keys = Object.keys(this.data.seen);
    if (keys.length > MAX_SEEN) {
      keys.sort((a, b) => (this.data.seen[a]! < this.data.seen[b]! ? -1 : 1));
      for (const k of keys.slice(0, keys.length - MAX_SEEN)) delete this.data.seen[k];
    }
  }

  get seenCount(): number {
    return Object.keys(this.data.seen).length;
  }

  save(): void {
    if (!this.path) return;
    const tmp = `${this.path}.tmp-${process.pid}`;
    try {
      writeFileSync(tmp, JSON.stringify(this.data) + '\n');
      renameSync(tmp, this.path);
    } catch (e) {
      throw new RasidError('E_WATCH_STATE', { path: this.path, detail: (e as Error).message });
    }
  }
}

/** The state file for a store URL: beside a SQLite file; for PostgreSQL, in the working folder. */
export function statePathFor(dbUrl: string): string {
  if (/^postgres(ql)?:\/\//i.test(dbUrl)) {
    let name = 'postgres';
    try {
      const u = new URL(dbUrl);
      name = `${u.hostname}-${u.pathname.replace(/\W+/g, '') || 'db'}`;
    } catch {
      // keep the default name
    }
    return `./rasid-watch-${name}.json`;
  }
  return `${dbUrl.replace(/^sqlite:(\/\/)?/, '')}.watch.json`;
}
