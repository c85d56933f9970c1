/**
 * The order of search hits, in JavaScript, for the one-pass search of a store with a facet index:
 * the same order as the SQL `ORDER BY score DESC, COALESCE(published, '') DESC, aseq DESC,
 * COALESCE(sseq, 0) ASC` (text compared by code point, as SQLite's BINARY collation does).
 */
import type { HitRef } from './facet-index.js';
import type { RawHit } from './types.js';

export interface RankedHit extends HitRef {
  type: RawHit['type'];
  score: number;
  /** The article's published time, '' when unknown. */
  published: string;
}

/** SQLite's BINARY collation and PostgreSQL's "C" order: by code point. */
export function compareText(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.codePointAt(i)!;
    const y = b.codePointAt(i)!;
    if (x !== y) return x - y;
    if (x > 0xffff) i++;
  }
  return a.length - b.length;
}

/** Negative when `x` ranks before `y`. */
export function compareHits(x: RankedHit, y: RankedHit): number {
  return y.score - x.score || compareText(y.published, x.published) || y.aseq - x.aseq || (x.sseq ?? 0) - (y.sseq ?? 0);
}

/** Hits `offset … offset + limit` in rank order, without sorting all of them when the page is near the top. */
export function topHits(hits: readonly RankedHit[], offset: number, limit: number): RankedHit[] {
  const k = offset + limit;
  if (k <= 0) return [];
  if (k > 1000 || k * 8 > hits.length) return [...hits].sort(compareHits).slice(offset, k);
  // A sorted buffer of the best k so far; most hits lose to its last element at once.
  const best: RankedHit[] = [];
  for (const h of hits) {
    if (best.length === k && compareHits(h, best[k - 1]!) >= 0) continue;
    let lo = 0;
    let hi = best.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (compareHits(best[mid]!, h) <= 0) lo = mid + 1;
      else hi = mid;
    }
    best.splice(lo, 0, h);
    if (best.length > k) best.pop();
  }
  return best.slice(offset, k);
}
