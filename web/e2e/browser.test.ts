/**
 * Browser tests: the built web UI driven by playwright-core in Debian's Chromium (RASID_CHROMIUM
 * overrides the path; a browser is never downloaded) against a server on 127.0.0.1 over a real
 * SQLite store. Each test saves a screenshot under test-output/web/. Skipped when Chromium is absent.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/api/app.js';
import { storeBackend } from '../../src/api/store-backend.js';
import { FIXTURE_ARTICLES, fixtureDoc } from '../../src/api/test-fixtures.js';
import { UI_DIST, ensureUi } from '../../src/api/ui-build.js';
import { ROOT } from '../../src/data/paths.js';
import { openStore } from '../../src/store/open.js';
import { toArticleInput } from '../../src/store/rows.js';
import type { Store } from '../../src/store/types.js';

const CHROMIUM = process.env.RASID_CHROMIUM || '/usr/bin/chromium';
const HAVE_CHROMIUM = existsSync(CHROMIUM);
if (!HAVE_CHROMIUM) console.warn(`[browser tests] SKIPPED: no Chromium at ${CHROMIUM} (install Debian's chromium or set RASID_CHROMIUM)`);

const SHOTS = join(ROOT, 'test-output', 'web');
const TOKEN = 'browser-test-token';

describe.skipIf(!HAVE_CHROMIUM)('web UI in Chromium', () => {
  let store: Store;
  let app: FastifyInstance;
  let base: string;
  let context: BrowserContext;
  let profile: string;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    await ensureUi();
    store = await openStore(':memory:');
    await store.putArticles(FIXTURE_ARTICLES.map((f) => toArticleInput(fixtureDoc(f))));
    app = await buildApp({ backend: storeBackend(store), token: TOKEN, uiDir: UI_DIST, limits: { rateMax: false } });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const addr = app.server.address();
    base = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
    profile = mkdtempSync(join(tmpdir(), 'rasid-chromium-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
      viewport: { width: 1280, height: 900 },
      locale: 'ar',
    });
  });

  afterAll(async () => {
    await context?.close();
    await app?.close();
    await store?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  async function open(path: string, viewport = { width: 1280, height: 900 }): Promise<Page> {
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    await page.setViewportSize(viewport);
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(m.text());
    });
    (page as Page & { problems?: string[] }).problems = problems;
    await page.goto(base + path);
    return page;
  }

  const problemsOf = (page: Page) => (page as Page & { problems?: string[] }).problems ?? [];

  it('searches and shows highlighted snippets and facets, right to left', async () => {
    const page = await open('/');
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    expect(await page.getAttribute('html', 'lang')).toBe('ar');
    await page.fill('input[name=q]', 'الحكومة');
    await page.press('input[name=q]', 'Enter');
    await page.waitForSelector('.hit mark');
    expect(page.url()).toContain('/search?q=');
    const marks = await page.$$eval('.hit mark', (els) => els.map((e) => e.textContent));
    expect(marks).toContain('والحكومات');
    expect(await page.$$eval('.facet', (els) => els.length)).toBeGreaterThan(0);
    expect(await page.evaluate(() => getComputedStyle(document.body).direction)).toBe('rtl');
    expect(await page.evaluate(async () => { await document.fonts.ready; return document.fonts.check('16px "Noto Naskh Arabic"', 'ع'); })).toBe(true);
    await page.screenshot({ path: join(SHOTS, 'search.png'), fullPage: true });
    // A facet narrows the query with the query language.
    await page.click('.facet a:has-text("الوكالة")');
    await page.waitForFunction(() => decodeURIComponent(location.search).includes('outlet:الوكالة'));
    await page.waitForFunction(() => [...document.querySelectorAll('.hit .outlet')].every((e) => e.textContent === 'الوكالة'));
    expect(await page.$$eval('.hit', (els) => els.length)).toBeGreaterThan(0);
    expect(await page.$$eval('.facet a.on', (els) => els.map((e) => e.querySelector('.facet-value')?.textContent))).toEqual(['الوكالة']);
    expect(problemsOf(page)).toEqual([]);
    await page.close();
  });

  it('opens an article and shows its statements highlighted in place, with speaker and cue', async () => {
    const page = await open(`/search?q=${encodeURIComponent('type:statement مسؤولية')}`);
    await page.waitForSelector('.hit-title a');
    await page.click('.hit-title a');
    await page.waitForSelector('.doc-text .m-stmt');
    const active = await page.$$eval('.doc-text .m-stmt.active', (els) => els.map((e) => e.textContent).join(''));
    expect(active).toBe('الأمن ليس مجرد كلمة نتحدث بها في الاعلام بل مسؤولية');
    expect(await page.textContent('.headline')).toBe('رئيس الوزراء: الأمن مسؤولية وليس كلمة');
    expect(await page.textContent('.fields')).toContain('العالم');
    const first = page.locator('.stmt').first();
    expect(await first.locator('.speaker').textContent()).toBe('مصطفى الكاظمي');
    expect(await first.locator('.cue').textContent()).toBe('أكد');
    expect(await page.$$eval('.doc-text .m-ent-LOC', (els) => els.map((e) => e.textContent))).toContain('بغداد');
    expect(await page.$$eval('.doc-text .m-date', (els) => els.map((e) => e.textContent).join(''))).toBe('الجمعة ٢٢ يناير ٢٠٢١');
    // The rendered text is the original text, unchanged.
    const shown = await page.textContent('.doc-text');
    expect(shown).toBe(fixtureDoc(FIXTURE_ARTICLES[0]!).text);
    await page.screenshot({ path: join(SHOTS, 'article.png'), fullPage: true });
    // Clicking the second statement in the list selects it in the text.
    await page.locator('.stmt-content').nth(1).click();
    await page.waitForFunction(
      () => [...document.querySelectorAll('.doc-text .m-stmt.active')].map((e) => e.textContent).join('') === 'الحكومة وعدت الشعب بالأمن في بغداد',
    );
    expect(problemsOf(page)).toEqual([]);
    await page.close();
  });

  it("opens a speaker's page with statements in date order and the chart", async () => {
    const page = await open(`/speaker?name=${encodeURIComponent('مصطفى الكاظمي')}`);
    await page.waitForSelector('svg.chart-svg rect.bar');
    // 22 to 25 January: four days, two of them with statements.
    expect(await page.$$eval('svg.chart-svg rect.bar', (els) => els.length)).toBe(4);
    const heights = await page.$$eval('svg.chart-svg rect.bar', (els) => els.map((e) => Number(e.getAttribute('height'))));
    expect(heights.filter((h) => h > 0).length).toBe(2);
    const times = await page.$$eval('.timeline-item time', (els) => els.map((e) => e.getAttribute('datetime') ?? ''));
    expect(times.length).toBe(3);
    expect([...times].sort()).toEqual(times);
    expect(await page.$$eval('.speaker-page .chips .chip a', (els) => els.map((e) => e.textContent))).toEqual(expect.arrayContaining(['بغداد', 'البصرة']));
    await page.screenshot({ path: join(SHOTS, 'speaker.png'), fullPage: true });
    expect(problemsOf(page)).toEqual([]);
    await page.close();
  });

  it('is readable at phone width (no horizontal scrolling)', async () => {
    const page = await open(`/article?id=${encodeURIComponent('https://example.org/news/1')}`, { width: 390, height: 844 });
    await page.waitForSelector('.doc-text .m-stmt');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(SHOTS, 'article-phone.png'), fullPage: true });
    await page.goto(`${base}/search?q=${encodeURIComponent('الكاظمي')}`);
    await page.waitForSelector('.hit');
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(SHOTS, 'search-phone.png'), fullPage: true });
    await page.close();
  });

  it('renders untrusted article text as text: <script> and <img onerror> payloads never run', async () => {
    const payload =
      'تحذير <script>window.__pwned = "script"; alert(1)</script> ' +
      'و<img src=x onerror="window.__pwned = \'img\'; alert(2)"> ' +
      'و<svg onload="window.__pwned = \'svg\'"></svg> نهاية';
    const res = await fetch(`${base}/api/articles`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify({
        title: `عنوان خبيث <img src=x onerror="window.__pwned='title'">`,
        content: `قال المتحدث إن الهجوم فشل. ${payload}`,
        url: 'https://example.org/xss',
        source: 'اختبار',
        date_extracted: '2015-08-10 09:00:00',
      }),
    });
    expect(res.status).toBe(200);
    const page = await open('/');
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(`${base}/article?id=${encodeURIComponent('https://example.org/xss')}`);
    await page.waitForSelector('.doc-text');
    expect(await page.textContent('.doc-text')).toContain('<script>window.__pwned = "script"; alert(1)</script>');
    expect(await page.textContent('.headline')).toContain('<img src=x onerror=');
    await page.goto(`${base}/search?q=${encodeURIComponent('الهجوم')}`);
    await page.waitForSelector('.hit');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
    expect(await page.evaluate(() => document.querySelectorAll('main img, main script, main svg:not(.chart-svg)').length)).toBe(0);
    expect(dialogs).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'xss.png'), fullPage: true });
    await page.close();
  });

  it('analyses pasted text without storing it', async () => {
    const before = (await (await fetch(`${base}/api/stats`)).json()) as { articles: number };
    const page = await open('/analyze');
    const text = 'اجتماع وزاري\n\nقال وزير المالية إن الميزانية الجديدة ستعلن الأسبوع المقبل.';
    await page.fill('textarea', text);
    await page.click('.analyze-form button');
    await page.waitForSelector('.doc-text');
    expect(await page.textContent('.doc-text')).toBe(text);
    await page.screenshot({ path: join(SHOTS, 'analyze.png'), fullPage: true });
    const after = (await (await fetch(`${base}/api/stats`)).json()) as { articles: number };
    expect(after.articles).toBe(before.articles);
    expect(problemsOf(page)).toEqual([]);
    await page.close();
  });
});
