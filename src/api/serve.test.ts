import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { openStore } from '../store/open.js';
import { toArticleInput } from '../store/rows.js';
import type { Store } from '../store/types.js';
import { displayUrl, parsePort, serveStore } from './serve.js';
import { FIXTURE_ARTICLES, fixtureDoc } from './test-fixtures.js';

describe('serving over a real port on 127.0.0.1', () => {
  let store: Store;
  let app: FastifyInstance;
  let url: string;

  beforeAll(async () => {
    store = await openStore(':memory:');
    await store.putArticles(FIXTURE_ARTICLES.map((f) => toArticleInput(fixtureDoc(f))));
    ({ app, url } = await serveStore(store, { port: 0, host: '127.0.0.1', token: 'tok', uiDir: null }));
  });

  afterAll(async () => {
    await app.close();
    await store.close();
  });

  it('answers search and stats over HTTP', async () => {
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const res = await fetch(`${url}api/search?q=${encodeURIComponent('اليمن')}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    const body = (await res.json()) as { total: number; hits: { article: { id: string } }[] };
    expect(body.hits.map((h) => h.article.id)).toContain('https://example.org/news/3');
    const stats = (await (await fetch(`${url}api/stats`)).json()) as { articles: number };
    expect(stats.articles).toBe(3);
  });

  it('ingests over HTTP with the bearer token', async () => {
    const res = await fetch(`${url}api/articles`, {
      method: 'POST',
      headers: { authorization: 'Bearer tok', 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'خبر عبر الشبكة', content: 'أعلنت الوزارة افتتاح المعرض الدولي للكتاب.', url: 'https://example.org/http/1' }),
    });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { added: number }).added).toBe(1);
  });

  it('reports a port in use with E_PORT_IN_USE', async () => {
    const port = Number(new URL(url).port);
    await expect(serveStore(store, { port, host: '127.0.0.1', uiDir: null })).rejects.toMatchObject({ code: 'E_PORT_IN_USE' });
  });

  it('checks ports and prints loopback URLs', () => {
    expect(parsePort('8080')).toBe(8080);
    expect(() => parsePort('http')).toThrow(/--port/);
    expect(() => parsePort('70000')).toThrow(/--port/);
    expect(displayUrl('0.0.0.0', 80)).toBe('http://127.0.0.1:80/');
    expect(displayUrl('::1', 81)).toBe('http://[::1]:81/');
  });
});
