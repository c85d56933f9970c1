import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { strToU8, zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { expandPath, globToRegExp, readItems, resolveInputs, type Item } from './sources.js';

const dir = mkdtempSync(join(tmpdir(), 'rasid-sources-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const rec = (n: number) => ({ title: `عنوان الخبر رقم ${n}`, content: 'نص الخبر', url: `https://x.sa/${n}` });

mkdirSync(join(dir, 'in', 'deep'), { recursive: true });
writeFileSync(join(dir, 'in', 'page.txt'), 'قال الوزير إن العمل مستمر.\n');
writeFileSync(join(dir, 'in', 'skip.png'), 'not text');
writeFileSync(join(dir, 'in', '.hidden.txt'), 'مخفي');
writeFileSync(join(dir, 'in', 'deep', 'recs.jsonl'), [JSON.stringify(rec(1)), '{bad json', '', JSON.stringify(rec(2))].join('\n') + '\n');
writeFileSync(join(dir, 'in', 'deep', 'arr.json'), JSON.stringify([rec(3), rec(4)]));
writeFileSync(join(dir, 'in', 'day.zip'), zipSync({ '2015-08-01.json': strToU8(JSON.stringify([rec(5), rec(6), rec(7)])) }));
writeFileSync(join(dir, 'in', 'broken.zip'), 'PK not really');
writeFileSync(join(dir, 'in', 'page.html.gz'), gzipSync(Buffer.from('<html><body><article><h1>عنوان</h1><p>قال الوزير إن العمل مستمر في المشروع الكبير.</p></article></body></html>')));
writeFileSync(join(dir, 'in', 'other.gz'), gzipSync(Buffer.from('x')));

async function collect(args: string[], stdin?: Buffer): Promise<Item[]> {
  const out: Item[] = [];
  for await (const i of readItems(resolveInputs(args), stdin ? async () => stdin : undefined)) out.push(i);
  return out;
}

describe('ingest sources: feeds', () => {
  it('reads an RSS file as one article per item', async () => {
    const f = join(dir, 'feed', 'news.rss');
    mkdirSync(join(dir, 'feed'), { recursive: true });
    const body = 'قال وزير الصحة إن المستشفى الجديد في الرياض سيفتح أبوابه قريبا لخدمة آلاف المرضى. '.repeat(8);
    writeFileSync(
      f,
      `<?xml version="1.0"?><rss version="2.0"><channel><title>صحيفة</title>` +
        `<item><title>مستشفى جديد</title><link>https://x.sa/f1</link><description><![CDATA[<p>${body}</p>]]></description></item>` +
        `<item><title>ملخص</title><link>https://x.sa/f2</link><description>خبر قصير عن الاقتصاد.</description></item>` +
        `</channel></rss>`,
    );
    const items = await collect([f]);
    expect(items.map((i) => i.kind)).toEqual(['doc', 'doc']);
    const urls = items.map((i) => (i.kind === 'doc' ? i.doc.article?.url : null));
    expect(urls).toEqual(['https://x.sa/f1', 'https://x.sa/f2']);
  });
});

describe('ingest sources', () => {
  it('walks folders recursively, picking up only article files', () => {
    const files = expandPath(join(dir, 'in')).map((f) => f.slice(dir.length + 1));
    expect(files).toEqual(['in/broken.zip', 'in/day.zip', 'in/deep/arr.json', 'in/deep/recs.jsonl', 'in/page.html.gz', 'in/page.txt']);
  });

  it('expands globs with *, ** and ?', () => {
    expect(globToRegExp('a/**/*.json').test('a/b/c/d.json')).toBe(true);
    expect(globToRegExp('a/**/*.json').test('a/d.json')).toBe(true);
    expect(globToRegExp('a/*.json').test('a/b/d.json')).toBe(false);
    expect(globToRegExp('d?y.zip').test('day.zip')).toBe(true);
    expect(expandPath(join(dir, 'in', '**', '*.json*')).map((f) => f.slice(dir.length + 1))).toEqual(['in/deep/arr.json', 'in/deep/recs.jsonl']);
  });

  it('yields pages, JSONL lines, array items and zipped arrays, with file and line for bad ones', async () => {
    const items = await collect([join(dir, 'in')]);
    const records = items.filter((i) => i.kind === 'record');
    expect(records.map((r) => (r as { record: { url: string } }).record.url).sort()).toEqual([1, 2, 3, 4, 5, 6, 7].map((n) => `https://x.sa/${n}`));
    expect(items.filter((i) => i.kind === 'page')).toHaveLength(2);
    const errors = items.filter((i) => i.kind === 'error');
    expect(errors.map((e) => [e.origin.slice(dir.length + 1), (e as { code: string }).code])).toEqual([
      ['in/broken.zip', 'E_ARCHIVE_INVALID'],
      ['in/deep/recs.jsonl:2', 'E_JSON_INVALID'],
    ]);
    const zipped = records.find((r) => r.origin.includes('day.zip!2015-08-01.json#2'));
    expect(zipped).toBeDefined();
  });

  it('streams zipped and plain JSON arrays: a bad element is reported with its line, the rest is read', async () => {
    const sub = join(dir, 'stream');
    mkdirSync(sub, { recursive: true });
    const good = (n: number) => JSON.stringify(rec(n));
    const text = `[\n${good(10)},\n{"title": tru},\n${good(11)}\n]\n`;
    writeFileSync(join(sub, 'day.zip'), zipSync({ 'a.json': strToU8(text), 'b.json': strToU8(`[${good(12)}, ${good(13)}`) }));
    writeFileSync(join(sub, 'plain.json'), text);
    const items = await collect([join(sub, 'day.zip'), join(sub, 'plain.json')]);
    const shown = items.map((i) => [i.origin.slice(sub.length + 1), i.kind === 'error' ? i.code : (i as { record: { url: string } }).record.url]);
    expect(shown).toEqual([
      ['day.zip!a.json#1', 'https://x.sa/10'],
      ['day.zip!a.json:3', 'E_JSON_INVALID'],
      ['day.zip!a.json#3', 'https://x.sa/11'],
      ['day.zip!b.json#1', 'https://x.sa/12'],
      ['day.zip!b.json#2', 'https://x.sa/13'],
      ['day.zip!b.json:1', 'E_JSON_INVALID'],
      ['plain.json#1', 'https://x.sa/10'],
      ['plain.json:3', 'E_JSON_INVALID'],
      ['plain.json#3', 'https://x.sa/11'],
    ]);
  });

  it('reads a large zipped array in pieces, and reports a zip cut short', async () => {
    const sub = join(dir, 'large');
    mkdirSync(sub, { recursive: true });
    const many = Array.from({ length: 400 }, (_, i) => ({ ...rec(i), content: 'نص الخبر '.repeat(200) + i }));
    const zip = zipSync({ 'big.json': strToU8(JSON.stringify(many)) }, { level: 0 });
    writeFileSync(join(sub, 'big.zip'), zip);
    writeFileSync(join(sub, 'cut.zip'), zip.subarray(0, Math.floor(zip.length / 2)));
    const items = await collect([join(sub, 'big.zip')]);
    expect(items.filter((i) => i.kind === 'record')).toHaveLength(400);
    expect(items.reduce((w, i) => w + i.weight, 0)).toBeLessThanOrEqual(zip.length);
    const cut = await collect([join(sub, 'cut.zip')]);
    expect(cut.filter((i) => i.kind === 'record').length).toBeGreaterThan(0);
    expect(cut.at(-1)).toMatchObject({ kind: 'error', code: 'E_ARCHIVE_INVALID', origin: `${join(sub, 'cut.zip')}!big.json` });
  });

  it('reports a path that matches nothing and goes on', async () => {
    const items = await collect([join(dir, 'nope.jsonl'), join(dir, 'in', 'page.txt')]);
    expect(items.map((i) => i.kind)).toEqual(['error', 'page']);
    expect((items[0] as { code: string }).code).toBe('E_INPUT_MISSING');
  });

  it('reads - as JSON lines or as one page', async () => {
    const json = await collect(['-'], Buffer.from(JSON.stringify(rec(8)) + '\n' + JSON.stringify(rec(9)) + '\n'));
    expect(json.map((i) => i.kind)).toEqual(['record', 'record']);
    const page = await collect(['-'], Buffer.from('نص خبر عادي'));
    expect(page.map((i) => i.kind)).toEqual(['page']);
  });
});
