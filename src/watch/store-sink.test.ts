import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseSources } from './sources.js';
import { makeRss, startTestServer, type TestServer } from './test-server.js';
import { watchSources } from './watch.js';

let srv: TestServer;
let dir: string;
beforeAll(async () => {
  srv = await startTestServer();
  dir = mkdtempSync(join(tmpdir(), 'rasid-watch-store-'));
});
afterAll(async () => {
  await srv.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('watch into the store', () => {
  it('stores feed items and pages once, with the page metadata', async () => {
    const { openStore } = await import('../store/open.js');
    const { storeSink } = await import('./store-sink.js');
    const db = join(dir, 'w.db');
    const store = await openStore(db);
    try {
      srv.set('/feed.xml', makeRss(srv.base, ['الخبر الأول'], ['/page/fake-utc.html']), 'application/rss+xml');
      const sources = parseSources(`${srv.base}/feed.xml\n${srv.base}/page/cdata.html`).sources;
      const opts = { sources, sink: storeSink(store), statePath: `${db}.watch.json`, intervalS: 1, once: true, hostIntervalMs: 0, log: () => undefined };
      const [r1] = await watchSources(opts);
      expect(r1).toMatchObject({ newItems: 3, inserted: 3, itemFailures: 0 });
      const list = await store.listArticles({ limit: 10 });
      expect(list).toHaveLength(3);
      const page = list.find((a) => a.title === 'الوزير يفتتح محطة مياه جديدة في الجيزة');
      expect(page).toMatchObject({ author: 'سارة المصري', outlet: 'الخبر اليومي', published: '2020-08-24T09:23:13+02:00' });
      expect(existsSync(`${db}.watch.json`)).toBe(true);
      // The page source changed on the server: read again, and the store reports it updated or unchanged, never twice.
      srv.set('/page/cdata.html', `${(await (await fetch(`${srv.base}/page/cdata.html`)).text())}<!-- v2 -->`);
      const [r2] = await watchSources(opts);
      expect(r2.newItems).toBe(1);
      expect(r2.inserted).toBe(0);
      expect((await store.listArticles({ limit: 10 })).length).toBe(3);
    } finally {
      await store.close();
    }
  }, 180_000);
});
