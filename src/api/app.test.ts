import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../store/open.js';
import { toArticleInput } from '../store/rows.js';
import type { Store } from '../store/types.js';
import { buildApp } from './app.js';
import { storeBackend } from './store-backend.js';
import { FIXTURE_ARTICLES, fixtureDoc } from './test-fixtures.js';
import type { ArticleView, SearchResult, SpeakerView } from './types.js';

let store: Store;
let app: FastifyInstance;
const TOKEN = 'test-token-123';

beforeAll(async () => {
  store = await openStore(':memory:');
  await store.putArticles(FIXTURE_ARTICLES.map((f) => toArticleInput(fixtureDoc(f))));
  app = await buildApp({ backend: storeBackend(store), token: TOKEN, uiDir: null, limits: { rateMax: false, bodyBytes: 200_000 } });
});

afterAll(async () => {
  await app.close();
  await store.close();
});

const get = (url: string) => app.inject({ method: 'GET', url });
const errorOf = (body: string) => (JSON.parse(body) as { error: { code: string; message: string } }).error;

describe('read endpoints', () => {
  it('searches with Arabic folding and returns snippets whose highlights are inside the snippet', async () => {
    const res = await get(`/api/search?q=${encodeURIComponent('الحكومة')}`);
    expect(res.statusCode).toBe(200);
    const r = res.json<SearchResult>();
    expect(r.total).toBeGreaterThan(0);
    const texts = r.hits.flatMap((h) => h.snippet.highlights.map((x) => h.snippet.text.slice(x.start, x.end)));
    expect(texts).toContain('والحكومات');
    for (const h of r.hits) for (const x of h.snippet.highlights) expect(x.end).toBeLessThanOrEqual(h.snippet.text.length);
    expect(r.facets.outlets.map((o) => o.value)).toEqual(expect.arrayContaining(['العالم', 'الوكالة']));
  });

  it('applies filters from the query language (speaker:, type:)', async () => {
    const res = await get(`/api/search?q=${encodeURIComponent('type:statement speaker:"عادل الجبير"')}`);
    expect(res.statusCode).toBe(200);
    const r = res.json<SearchResult>();
    expect(r.hits.length).toBe(1);
    expect(r.hits[0]!.type).toBe('statement');
    expect(r.hits[0]!.statement!.speaker).toBe('عادل الجبير');
    expect(r.hits[0]!.statement!.content).toBe('المملكة تدعم الحل السياسي في اليمن');
  });

  it('pages results with offset and limit', async () => {
    const all = (await get(`/api/search?q=${encodeURIComponent('الكاظمي')}&limit=50`)).json<SearchResult>();
    expect(all.total).toBeGreaterThan(1);
    const second = (await get(`/api/search?q=${encodeURIComponent('الكاظمي')}&offset=1&limit=1`)).json<SearchResult>();
    expect(second.hits.length).toBe(1);
    expect(second.hits[0]!.article.id).toBe(all.hits[1]!.article.id);
  });

  it('rejects a malformed, an over-long query and an over-large page with catalogue errors', async () => {
    const bad = await get(`/api/search?q=${encodeURIComponent('"غير مغلق')}`);
    expect(bad.statusCode).toBe(400);
    expect(errorOf(bad.body).code).toBe('E_QUERY_INVALID');
    const long = await get(`/api/search?q=${'ا'.repeat(501)}`);
    expect(long.statusCode).toBe(414);
    expect(errorOf(long.body).code).toBe('E_QUERY_TOO_LONG');
    const big = await get('/api/search?q=x&limit=1000');
    expect(big.statusCode).toBe(400);
    expect(errorOf(big.body).code).toBe('E_REQUEST_INVALID');
    const unknown = await get('/api/search?q=x&drop=1');
    expect(errorOf(unknown.body).code).toBe('E_REQUEST_INVALID');
  });

  it('returns an article with all its layers, and 404 for an unknown one', async () => {
    const res = await get(`/api/articles/${encodeURIComponent('https://example.org/news/1')}`);
    expect(res.statusCode).toBe(200);
    const v = res.json<ArticleView>();
    expect(v.article.outlet).toBe('العالم');
    expect(v.doc.statements!.length).toBe(2);
    expect(v.doc.entities!.map((e) => e.name)).toContain('بغداد');
    const s = v.doc.statements![0]!;
    expect(v.doc.text.slice(s.content.start, s.content.end)).toBe(s.content.text);
    const missing = await get('/api/articles/nope');
    expect(missing.statusCode).toBe(404);
    expect(errorOf(missing.body)).toEqual({ code: 'E_NOT_FOUND', message: 'Not found: article nope' });
  });

  it("lists speakers and a speaker's statements in date order with days and subjects", async () => {
    const list = (await get('/api/speakers')).json<{ items: { name: string; statements: number }[] }>();
    expect(list.items[0]).toMatchObject({ name: 'مصطفى الكاظمي', statements: 3 });
    const res = await get(`/api/speakers/${encodeURIComponent('مصطفى الكاظمي')}`);
    expect(res.statusCode).toBe(200);
    const v = res.json<SpeakerView>();
    expect(v.total).toBe(3);
    const dates = v.statements.map((s) => s.date!);
    expect([...dates].sort()).toEqual(dates);
    expect(v.days).toEqual([
      { value: '2021-01-22', count: 2 },
      { value: '2021-01-25', count: 1 },
    ]);
    expect(v.subjects.map((s) => s.value)).toEqual(expect.arrayContaining(['بغداد', 'البصرة']));
    expect(v.subjects.map((s) => s.value)).not.toContain('مصطفى الكاظمي');
    expect((await get(`/api/speakers/${encodeURIComponent('لا أحد')}`)).statusCode).toBe(404);
  });

  it('serves entities, outlets, stories, counts by day and stats', async () => {
    const ents = (await get('/api/entities?type=LOC')).json<{ items: { name: string; type: string }[] }>();
    expect(ents.items.every((e) => e.type === 'LOC')).toBe(true);
    expect(ents.items.map((e) => e.name)).toEqual(expect.arrayContaining(['بغداد', 'اليمن']));
    const outlets = (await get('/api/outlets')).json<{ name: string; articles: number }[]>();
    expect(outlets.map((o) => o.name).sort()).toEqual(['الوكالة', 'العالم', 'واس'].sort());
    expect((await get('/api/stories')).statusCode).toBe(200);
    const days = (await get('/api/days?from=2021-01-01')).json<{ day: string; articles: number }[]>();
    expect(days.map((d) => d.day)).toEqual(['2021-01-22', '2021-01-25']);
    expect((await get('/api/stats')).json()).toMatchObject({ articles: 3, statements: 4, outlets: 3 });
  });
});

describe('writing', () => {
  const post = (body: unknown, auth?: string) =>
    app.inject({ method: 'POST', url: '/api/articles', payload: body as object, headers: auth ? { authorization: auth } : {} });

  it('needs a bearer token, and a right one', async () => {
    const none = await post({ title: 'عنوان', content: 'نص' });
    expect(none.statusCode).toBe(401);
    expect(errorOf(none.body).code).toBe('E_AUTH_REQUIRED');
    const wrong = await post({ title: 'عنوان', content: 'نص' }, 'Bearer nope');
    expect(wrong.statusCode).toBe(403);
    expect(errorOf(wrong.body).code).toBe('E_AUTH_INVALID');
  });

  it('ingests one or many articles, idempotently, reporting bad records without failing the batch', async () => {
    const rec = { title: 'خبر جديد عن الزراعة', content: 'قال الوزير إن موسم الزراعة بدأ مبكرا هذا العام.', url: 'https://example.org/new/1', source: 'اختبار', date_extracted: '2015-08-10 09:00:00' };
    const first = await post([rec, { url: 'https://example.org/empty' }], `Bearer ${TOKEN}`);
    expect(first.statusCode).toBe(200);
    const r1 = first.json<{ added: number; failed: number; results: { status: string; error: { code: string } | null }[] }>();
    expect(r1.added).toBe(1);
    expect(r1.failed).toBe(1);
    expect(r1.results[1]!.error!.code).toBe('E_RECORD_NO_TEXT');
    const again = (await post(rec, `Bearer ${TOKEN}`)).json<{ unchanged: number; results: { id: string }[] }>();
    expect(again.unchanged).toBe(1);
    expect(again.results[0]!.id).toBe('https://example.org/new/1');
    const found = (await get(`/api/search?q=${encodeURIComponent('الزراعة')}`)).json<SearchResult>();
    expect(found.hits.map((h) => h.article.id)).toContain('https://example.org/new/1');
  });

  it('is disabled when no token is configured', async () => {
    const ro = await buildApp({ backend: storeBackend(store), uiDir: null, limits: { rateMax: false } });
    const res = await ro.inject({ method: 'POST', url: '/api/articles', payload: { title: 'x' }, headers: { authorization: 'Bearer x' } });
    expect(res.statusCode).toBe(403);
    expect(errorOf(res.body).code).toBe('E_WRITE_DISABLED');
    await ro.close();
  });

  it('limits the body size', async () => {
    const res = await post({ title: 'x', content: 'ب'.repeat(300_000) }, `Bearer ${TOKEN}`);
    expect(res.statusCode).toBe(413);
    expect(errorOf(res.body).code).toBe('E_BODY_TOO_LARGE');
  });
});

describe('analyze', () => {
  it('returns a Doc for posted text without storing it', async () => {
    const text = 'عنوان تجريبي\n\nقال المتحدث الرسمي إن الاجتماع سيعقد غدا في الرياض.';
    const before = (await get('/api/stats')).json<{ articles: number }>().articles;
    const res = await app.inject({ method: 'POST', url: '/api/analyze', payload: { text } });
    expect(res.statusCode).toBe(200);
    const doc = res.json<{ text: string; schemaVersion: number }>();
    expect(doc.text).toBe(text);
    expect(doc.schemaVersion).toBe(1);
    const plain = await app.inject({ method: 'POST', url: '/api/analyze', payload: text, headers: { 'content-type': 'text/plain' } });
    expect(plain.json<{ text: string }>().text).toBe(text);
    expect((await get('/api/stats')).json<{ articles: number }>().articles).toBe(before);
  });

  it('answers bad input with catalogue errors', async () => {
    const empty = await app.inject({ method: 'POST', url: '/api/analyze', payload: { text: '  ' } });
    expect(errorOf(empty.body).code).toBe('E_INPUT_EMPTY');
    const badJson = await app.inject({ method: 'POST', url: '/api/analyze', payload: '{"text": ', headers: { 'content-type': 'application/json' } });
    expect(badJson.statusCode).toBe(400);
    expect(errorOf(badJson.body).code).toBe('E_REQUEST_INVALID');
    const extra = await app.inject({ method: 'POST', url: '/api/analyze', payload: { txt: 'x' } });
    expect(errorOf(extra.body).code).toBe('E_REQUEST_INVALID');
    const media = await app.inject({ method: 'POST', url: '/api/analyze', payload: 'x', headers: { 'content-type': 'application/pdf' } });
    expect(errorOf(media.body).code).toBe('E_REQUEST_INVALID');
  });
});

describe('protocol', () => {
  it('sends security headers with a strict CSP and no CORS headers by default', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/stats', headers: { origin: 'https://evil.example' } });
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('allows configured CORS origins only', async () => {
    const c = await buildApp({ backend: storeBackend(store), uiDir: null, corsOrigins: ['https://desk.example'], limits: { rateMax: false } });
    const ok = await c.inject({ method: 'GET', url: '/api/stats', headers: { origin: 'https://desk.example' } });
    expect(ok.headers['access-control-allow-origin']).toBe('https://desk.example');
    const no = await c.inject({ method: 'GET', url: '/api/stats', headers: { origin: 'https://evil.example' } });
    expect(no.headers['access-control-allow-origin']).toBeUndefined();
    await c.close();
  });

  it('limits the request rate with E_RATE_LIMIT', async () => {
    const limited = await buildApp({ backend: storeBackend(store), uiDir: null, limits: { rateMax: 2, rateWindowMs: 60_000 } });
    const codes = [];
    for (let i = 0; i < 3; i++) codes.push((await limited.inject({ method: 'GET', url: '/api/health' })).statusCode);
    expect(codes).toEqual([200, 200, 429]);
    const res = await limited.inject({ method: 'GET', url: '/api/health' });
    expect(errorOf(res.body).code).toBe('E_RATE_LIMIT');
    await limited.close();
  });

  it('answers unknown API paths with E_NOT_FOUND as JSON', async () => {
    const res = await get('/api/nothing-here');
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toContain('application/json');
    expect(errorOf(res.body).code).toBe('E_NOT_FOUND');
  });

  it('publishes an OpenAPI 3 description built from the route schemas, and a reference page', async () => {
    const spec = (await get('/api/openapi.json')).json<{ openapi: string; paths: Record<string, unknown>; components: { schemas: Record<string, unknown> } }>();
    expect(spec.openapi).toMatch(/^3\./);
    for (const p of ['/api/search', '/api/articles/{id}', '/api/speakers/{name}', '/api/analyze', '/api/articles', '/api/days', '/api/stories', '/api/entities', '/api/outlets'])
      expect(Object.keys(spec.paths)).toContain(p);
    expect(Object.keys(spec.components.schemas)).toEqual(expect.arrayContaining(['SearchResult', 'Error', 'Doc', 'IngestRecord']));
    expect(JSON.stringify(spec.paths['/api/articles'])).toContain('bearer');
    const docs = await get('/api/docs/');
    expect([200, 302]).toContain(docs.statusCode);
  });
});

describe('web UI serving', () => {
  it('serves the built UI with a fallback to index.html for client routes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rasid-ui-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><html lang="ar" dir="rtl"><title>راصد</title></html>');
    writeFileSync(join(dir, 'assets', 'app-abc.js'), 'console.log(1)');
    const ui = await buildApp({ backend: storeBackend(store), uiDir: dir, limits: { rateMax: false } });
    const home = await ui.inject({ method: 'GET', url: '/' });
    expect(home.statusCode).toBe(200);
    expect(home.body).toContain('lang="ar"');
    const page = await ui.inject({ method: 'GET', url: '/article?id=x' });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('dir="rtl"');
    const asset = await ui.inject({ method: 'GET', url: '/assets/app-abc.js' });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toContain('immutable');
    expect((await ui.inject({ method: 'GET', url: '/api/nope' })).statusCode).toBe(404);
    await ui.close();
  });
});
