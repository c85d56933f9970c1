/**
 * One polling round: every source in turn (per-host rate limit), conditional GET, feeds expanded to
 * their items (full-text items read from the feed, summary-only items fetched as pages), items not
 * seen before handed to the sink, state saved after each source. A failing source is counted and
 * skipped; the round goes on.
 */
import { RasidError, asRasidError } from '../doc/errors.js';
import { parseFeedDocument, isFeed, type Feed } from '../article/feed/index.js';
import { decodeFeedBytes } from '../article/feed/decode.js';
import { itemPageToDoc, itemToDoc, fullContent } from '../article/feed/item.js';
import { decodeHtmlBytes, htmlToDoc } from '../article/html/index.js';
import type { Doc } from '../doc/doc.js';
import { fetchResource } from './fetch.js';
import type { HostLimiter } from './limiter.js';
import type { WatchSource } from './sources.js';
import type { WatchState } from './state.js';

export type WatchItem =
  | { kind: 'page'; url: string; bytes: Buffer }
  | { kind: 'record'; url: string; record: Record<string, unknown> };

export interface SinkResult {
  inserted: number;
  updated: number;
  unchanged: number;
  failed: number;
  errors: { origin: string; code: string; message: string }[];
}

/** Where new items go (the store in `rasid watch`, a list in tests). */
export interface Sink {
  ingest(items: WatchItem[]): Promise<SinkResult>;
}

export interface RoundOptions {
  timeoutMs: number;
  maxBytes: number;
  signal?: AbortSignal;
}

export interface RoundStats {
  sources: number;
  fetched: number;
  notModified: number;
  failed: number;
  newItems: number;
  inserted: number;
  updated: number;
  unchanged: number;
  itemFailures: number;
  errors: string[];
  seconds: number;
}

function feedItemRecord(feed: Feed, item: Feed['items'][number]): Record<string, unknown> | null {
  if (!fullContent(item)) return null;
  const doc = itemToDoc(item, { feedTitle: feed.title });
  const a = doc.article!;
  const record: Record<string, unknown> = { title: a.headline?.text ?? item.title ?? '', content: a.body.map((s) => s.text).join('\n\n') };
  if (a.published) record.published = a.published;
  if (a.author) record.author = a.author;
  if (item.link) record.url = item.link;
  if (feed.title) record.outlet = feed.title;
  return record;
}

/**
 * A fetched item page: stored as the page itself, unless the page lacks a date or author the feed
 * gives; then as a record built from the page's extracted text with the feed's fields filled in.
 */
function pageItem(feed: Feed, item: Feed['items'][number], key: string, bytes: Buffer): WatchItem {
  let doc: Doc;
  try {
    doc = htmlToDoc(decodeHtmlBytes(bytes).text, item.link ? { url: item.link } : {});
  } catch {
    return { kind: 'page', url: key, bytes };
  }
  const a = doc.article!;
  if ((a.published || !item.published) && (a.author || !item.author)) return { kind: 'page', url: key, bytes };
  const filled = itemPageToDoc(item, decodeHtmlBytes(bytes).text, { feedTitle: feed.title }).article!;
  const record: Record<string, unknown> = { title: filled.headline?.text ?? item.title ?? '', content: filled.body.map((s) => s.text).join('\n\n') };
  if (filled.published) record.published = filled.published;
  if (filled.author) record.author = filled.author;
  if (filled.url ?? item.link) record.url = filled.url ?? item.link;
  if (filled.outlet) record.outlet = filled.outlet;
  return { kind: 'record', url: key, record };
}

export async function runRound(sources: WatchSource[], state: WatchState, sink: Sink, limiter: HostLimiter, opts: RoundOptions): Promise<RoundStats> {
  const started = Date.now();
  const stats: RoundStats = { sources: sources.length, fetched: 0, notModified: 0, failed: 0, newItems: 0, inserted: 0, updated: 0, unchanged: 0, itemFailures: 0, errors: [], seconds: 0 };
  const fetchOpts = { timeoutMs: opts.timeoutMs, maxBytes: opts.maxBytes, ...(opts.signal ? { signal: opts.signal } : {}) };
  const note = (url: string, e: unknown) => {
    const re = asRasidError(e);
    stats.errors.push(`${url}: ${re.code}: ${re.message}`);
    return re;
  };
  for (const src of sources) {
    if (opts.signal?.aborted) break;
    const st = state.source(src.url);
    await limiter.wait(src.url, opts.signal);
    if (opts.signal?.aborted) break;
    let items: WatchItem[] = [];
    try {
      const res = await fetchResource(src.url, { ...fetchOpts, ...(st.etag ? { etag: st.etag } : {}), ...(st.lastModified ? { lastModified: st.lastModified } : {}) });
      if (res.status === 'not-modified') {
        stats.notModified++;
        st.failures = 0;
        st.lastOk = new Date().toISOString();
        state.save();
        continue;
      }
      stats.fetched++;
      const isXml = /xml|rss|atom/i.test(res.contentType);
      const head = res.body.subarray(0, 2048).toString('utf8');
      if (isXml || isFeed(head)) {
        const feed = parseFeedDocument(decodeFeedBytes(res.body), src.url);
        for (const item of feed.items) {
          const key = item.link ?? item.id;
          if (!key || state.hasSeen(key)) continue;
          if (opts.signal?.aborted) break;
          try {
            const record = feedItemRecord(feed, item);
            if (record) items.push({ kind: 'record', url: key, record });
            else if (item.link) {
              await limiter.wait(item.link, opts.signal);
              const page = await fetchResource(item.link, fetchOpts);
              if (page.status === 'ok') items.push(pageItem(feed, item, key, page.body));
            } else throw new RasidError('E_HTML_NO_CONTENT', { path: key });
          } catch (e) {
            stats.itemFailures++;
            note(key, e);
          }
        }
      } else {
        items = [{ kind: 'page', url: src.url, bytes: res.body }];
      }
      if (res.etag) st.etag = res.etag;
      else delete st.etag;
      if (res.lastModified) st.lastModified = res.lastModified;
      else delete st.lastModified;
      st.failures = 0;
      delete st.lastError;
      st.lastOk = new Date().toISOString();
    } catch (e) {
      const re = note(src.url, e);
      stats.failed++;
      st.failures++;
      st.lastError = `${re.code}: ${re.message}`;
      state.save();
      continue;
    }
    if (items.length) {
      stats.newItems += items.length;
      let result: SinkResult;
      try {
        result = await sink.ingest(items);
      } catch (e) {
        // The store itself failed: nothing of this source is marked seen, so the next round retries it.
        note(src.url, e);
        stats.itemFailures += items.length;
        delete st.etag;
        delete st.lastModified;
        state.save();
        continue;
      }
      stats.inserted += result.inserted;
      stats.updated += result.updated;
      stats.unchanged += result.unchanged;
      stats.itemFailures += result.failed;
      const failedOrigins = new Set(result.errors.map((x) => x.origin));
      for (const x of result.errors) stats.errors.push(`${x.origin}: ${x.code}: ${x.message}`);
      // A page source is re-read whenever it changes; feed items are remembered once stored.
      for (const it of items) if (!failedOrigins.has(it.url) && it.url !== src.url) state.markSeen(it.url);
    }
    state.save();
  }
  stats.seconds = (Date.now() - started) / 1000;
  return stats;
}

/** The status line printed after each round. */
export function statusLine(round: number, s: RoundStats, nextInS: number | null): string {
  const ok = s.fetched + s.notModified;
  return (
    `round ${round} ${new Date().toISOString().slice(0, 19)}Z — sources ${s.sources}: ${ok} ok (${s.notModified} not modified), ${s.failed} failed — ` +
    `new items ${s.newItems}: ${s.inserted} inserted, ${s.updated} updated, ${s.unchanged} unchanged, ${s.itemFailures} failed — ${s.seconds.toFixed(1)} s` +
    (nextInS !== null ? ` — next round in ${nextInS} s` : '')
  );
}
