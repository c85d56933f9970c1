/**
 * A local HTTP server for the watcher's tests (127.0.0.1, port 0): serves the fixture pages and
 * generated feeds, honours If-None-Match, and has routes that fail, hang or send too much.
 */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fixturePath } from '../data/paths.js';

export interface TestServer {
  base: string;
  hits: Map<string, number>;
  /** Replace a route's body (changes its ETag). */
  set(path: string, body: string | Buffer, type?: string): void;
  close(): Promise<void>;
}

const PARA = 'أعلنت الوزارة اليوم عن خطة جديدة لتطوير شبكة الطرق في المحافظات الجنوبية، تشمل إنشاء جسور جديدة وتوسيع الطرق القائمة وربط القرى البعيدة بالمدن. ';

/** An RSS feed: items with full content (`full`) and items with only a summary pointing at `pages`. */
export function makeRss(base: string, full: string[], pages: string[]): string {
  const items = [
    ...full.map((t, i) => `<item><title>${t}</title><link>${base}/full/${i}</link><guid>${base}/full/${i}</guid><pubDate>Mon, 24 Aug 2020 09:0${i}:00 +0200</pubDate><dc:creator>سارة المصري</dc:creator><description>ملخص</description><content:encoded><![CDATA[<p>${t}. ${PARA.repeat(3)}</p><p>${PARA.repeat(2)}</p>]]></content:encoded></item>`),
    ...pages.map((p) => `<item><title>خبر بملخص فقط</title><link>${base}${p}</link><dc:creator>كاتب الموجز</dc:creator><description>ملخص قصير</description></item>`),
  ];
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>أخبار المثال</title><link>${base}/</link>${items.join('')}</channel></rss>`;
}

export async function startTestServer(): Promise<TestServer> {
  const routes = new Map<string, { body: Buffer; type: string; etag: string }>();
  const hits = new Map<string, number>();
  let version = 0;
  const set = (path: string, body: string | Buffer, type = 'text/html; charset=utf-8') => {
    routes.set(path, { body: Buffer.isBuffer(body) ? body : Buffer.from(body), type, etag: `"v${++version}"` });
  };
  set('/page/fake-utc.html', readFileSync(fixturePath('html', 'fake-utc.html')));
  set('/page/cdata.html', readFileSync(fixturePath('html', 'cdata-jsonld.html')));
  set('/page/directory.html', readFileSync(fixturePath('html', 'directory.html')));
  set('/page/w1256.html', readFileSync(fixturePath('html', 'windows-1256.html')), 'text/html');
  const pending: ServerResponse[] = [];
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? '/').split('?')[0]!;
    hits.set(path, (hits.get(path) ?? 0) + 1);
    if (path === '/hang') {
      pending.push(res);
      return;
    }
    if (path === '/big') {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(Buffer.alloc(300_000, 0x61));
      return;
    }
    if (path === '/broken') {
      res.writeHead(500);
      res.end('no');
      return;
    }
    const r = routes.get(path);
    if (!r) {
      res.writeHead(404);
      res.end();
      return;
    }
    if (req.headers['if-none-match'] === r.etag) {
      res.writeHead(304, { etag: r.etag });
      res.end();
      return;
    }
    res.writeHead(200, { 'content-type': r.type, etag: r.etag });
    res.end(r.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    hits,
    set,
    close: () =>
      new Promise<void>((resolve) => {
        for (const r of pending) r.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
