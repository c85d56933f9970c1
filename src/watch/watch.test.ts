import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RasidError } from '../doc/errors.js';
import { fetchResource } from './fetch.js';
import { HostLimiter } from './limiter.js';
import type { Sink, SinkResult, WatchItem } from './round.js';
import { parseSources } from './sources.js';
import { statePathFor } from './state.js';
import { makeRss, startTestServer, type TestServer } from './test-server.js';
import { watchSources } from './watch.js';

let srv: TestServer;
let dir: string;
beforeAll(async () => {
  srv = await startTestServer();
  dir = mkdtempSync(join(tmpdir(), 'rasid-watch-'));
});
afterAll(async () => {
  await srv.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A sink that keeps what it is given (and can be told to fail an origin). */
function listSink(failOrigins: string[] = []): Sink & { items: WatchItem[] } {
  const items: WatchItem[] = [];
  return {
    items,
    async ingest(batch: WatchItem[]): Promise<SinkResult> {
      const errors = batch.filter((b) => failOrigins.includes(b.url)).map((b) => ({ origin: b.url, code: 'E_HTML_NO_CONTENT', message: 'x' }));
      items.push(...batch.filter((b) => !failOrigins.includes(b.url)));
      return { inserted: batch.length - errors.length, updated: 0, unchanged: 0, failed: errors.length, errors };
    },
  };
}

describe('sources file', () => {
  it('keeps http(s) URLs, skips comments and duplicates, reports the rest', () => {
    const l = parseSources('# feeds\nhttp://127.0.0.1:1/feed.xml\n\nftp://x/y\nhttp://127.0.0.1:1/feed.xml # again\nnot a url\n');
    expect(l.sources.map((s) => s.url)).toEqual(['http://127.0.0.1:1/feed.xml']);
    expect(l.rejected.map((r) => r.line)).toEqual([4, 6]);
  });
  it('puts the state beside a SQLite store', () => {
    expect(statePathFor('/tmp/x/rasid.db')).toBe('/tmp/x/rasid.db.watch.json');
    expect(statePathFor('postgres://u@127.0.0.1:5432/test')).toMatch(/^\.\/rasid-watch-127\.0\.0\.1-test\.json$/);
  });
});

describe('fetchResource', () => {
  it('times out, refuses oversized bodies and reports HTTP errors with catalogue codes', async () => {
    const code = async (p: Promise<unknown>) => p.then(() => 'ok', (e: unknown) => (e instanceof RasidError ? e.code : String(e)));
    expect(await code(fetchResource(`${srv.base}/hang`, { timeoutMs: 300, maxBytes: 1e6 }))).toBe('E_FETCH_TIMEOUT');
    expect(await code(fetchResource(`${srv.base}/big`, { timeoutMs: 5000, maxBytes: 100_000 }))).toBe('E_FETCH_TOO_LARGE');
    expect(await code(fetchResource(`${srv.base}/broken`, { timeoutMs: 5000, maxBytes: 1e6 }))).toBe('E_FETCH');
    expect(await code(fetchResource(`http://127.0.0.1:1/none`, { timeoutMs: 5000, maxBytes: 1e6 }))).toBe('E_FETCH');
  });
  it('sends the validators and gets 304 when nothing changed', async () => {
    const first = await fetchResource(`${srv.base}/page/cdata.html`, { timeoutMs: 5000, maxBytes: 1e6 });
    expect(first.status).toBe('ok');
    const etag = first.status === 'ok' ? first.etag : undefined;
    expect(etag).toBeTruthy();
    const again = await fetchResource(`${srv.base}/page/cdata.html`, { timeoutMs: 5000, maxBytes: 1e6, ...(etag ? { etag } : {}) });
    expect(again.status).toBe('not-modified');
  });
});

describe('HostLimiter', () => {
  it('spaces requests to one host and not across hosts', async () => {
    let now = 0;
    const waits: number[] = [];
    const lim = new HostLimiter(1000, () => now, async (ms) => {
      waits.push(ms);
      now += ms;
    });
    await lim.wait('http://a.example/1');
    await lim.wait('http://a.example/2');
    await lim.wait('http://b.example/1');
    now += 300;
    await lim.wait('http://a.example/3');
    expect(waits).toEqual([1000, 700]);
  });
});

describe('watchSources', () => {
  it('ingests new feed items and pages, skips what it has seen, survives failing sources, resumes from its state', async () => {
    srv.set('/feed.xml', makeRss(srv.base, ['الخبر الأول', 'الخبر الثاني'], ['/page/fake-utc.html']), 'application/rss+xml');
    const sources = parseSources([`${srv.base}/feed.xml`, `${srv.base}/broken`, `${srv.base}/hang`, `${srv.base}/page/cdata.html`].join('\n')).sources;
    const statePath = join(dir, 'state.json');
    const lines: string[] = [];
    const sink = listSink();
    const opts = { sources, sink, statePath, intervalS: 1, timeoutMs: 400, maxBytes: 1e6, hostIntervalMs: 0, log: (l: string) => lines.push(l) };

    const [r1] = await watchSources({ ...opts, once: true });
    expect(r1).toMatchObject({ sources: 4, fetched: 2, failed: 2, newItems: 4, inserted: 4 });
    const kinds = sink.items.map((i) => `${i.kind} ${i.url.replace(srv.base, '')}`).sort();
    expect(kinds).toEqual(['page /page/cdata.html', 'page /page/fake-utc.html', 'record /full/0', 'record /full/1']);
    const rec = sink.items.find((i) => i.kind === 'record')!;
    expect(rec.kind === 'record' && rec.record).toMatchObject({ outlet: 'أخبار المثال', author: 'سارة المصري' });
    expect(lines.some((l) => /^round 1 .*sources 4: 2 ok \(0 not modified\), 2 failed/.test(l))).toBe(true);
    expect(lines.some((l) => l.includes('E_FETCH_TIMEOUT'))).toBe(true);

    // A second run (a restart): the feed and page answer 304, nothing is fetched again.
    const pageHits = srv.hits.get('/page/fake-utc.html');
    const [r2] = await watchSources({ ...opts, sink, once: true });
    expect(r2).toMatchObject({ notModified: 2, newItems: 0 });
    expect(srv.hits.get('/page/fake-utc.html')).toBe(pageHits);

    // The feed changes: only the new item is taken.
    srv.set('/feed.xml', makeRss(srv.base, ['الخبر الأول', 'الخبر الثاني', 'الخبر الثالث'], ['/page/fake-utc.html']), 'application/rss+xml');
    const before = sink.items.length;
    const [r3] = await watchSources({ ...opts, sink, once: true });
    expect(r3).toMatchObject({ newItems: 1, inserted: 1 });
    expect(sink.items.slice(before).map((i) => i.url.replace(srv.base, ''))).toEqual(['/full/2']);

    const state = JSON.parse(readFileSync(statePath, 'utf8')) as { seen: Record<string, string>; sources: Record<string, { failures: number }> };
    expect(Object.keys(state.seen)).toHaveLength(4);
    expect(state.sources[`${srv.base}/broken`]!.failures).toBe(3);
  });

  it('does not remember items the store refused, and stops cleanly when aborted', async () => {
    srv.set('/feed2.xml', makeRss(srv.base, [], ['/page/directory.html', '/page/cdata.html']), 'application/rss+xml');
    const sources = parseSources(`${srv.base}/feed2.xml`).sources;
    const statePath = join(dir, 'state2.json');
    const sink = listSink([`${srv.base}/page/directory.html`]);
    const [r1] = await watchSources({ sources, sink, statePath, intervalS: 1, once: true, hostIntervalMs: 0, log: () => undefined });
    expect(r1).toMatchObject({ newItems: 2, inserted: 1, itemFailures: 1 });
    const state = JSON.parse(readFileSync(statePath, 'utf8')) as { seen: Record<string, string> };
    expect(Object.keys(state.seen)).toEqual([`${srv.base}/page/cdata.html`]);

    const controller = new AbortController();
    const lines: string[] = [];
    const run = watchSources({ sources, sink, statePath, intervalS: 3600, hostIntervalMs: 0, signal: controller.signal, log: (l) => lines.push(l) });
    setTimeout(() => controller.abort(), 200);
    const rounds = await run;
    expect(rounds.length).toBe(1);
    expect(lines.filter((l) => l.startsWith('round ')).length).toBe(1);
  });

  it('fills what a fetched page lacks from the feed item', async () => {
    srv.set('/feed3.xml', makeRss(srv.base, [], ['/page/w1256.html', '/page/fake-utc.html']), 'application/rss+xml');
    const sink = listSink();
    await watchSources({ sources: parseSources(`${srv.base}/feed3.xml`).sources, sink, statePath: null, intervalS: 1, once: true, hostIntervalMs: 0, log: () => undefined });
    const byUrl = new Map(sink.items.map((i) => [i.url.replace(srv.base, ''), i]));
    const w = byUrl.get('/page/w1256.html')!;
    expect(w.kind).toBe('record');
    expect(w.kind === 'record' && w.record).toMatchObject({ title: 'المجلس البلدي يقر ميزانية العام الجديد', author: 'كاتب الموجز', published: '2020-04-24T21:22:00' });
    // A page with its own date and byline is stored as the page.
    expect(byUrl.get('/page/fake-utc.html')!.kind).toBe('page');
  });
});
