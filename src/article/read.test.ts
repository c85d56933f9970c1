import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import type { Doc } from '../doc/doc.js';
import { RasidError } from '../doc/errors.js';
import { fixturePath } from '../data/paths.js';
import { validateDoc } from './doc-schema.js';
import { readArticle, readArticles } from './read.js';

const seedBytes = readFileSync(fixturePath('seed', '000_c645db0d12d9f96d.txt'));

function valid(d: Doc | RasidError): Doc {
  if (d instanceof RasidError) throw d;
  expect(validateDoc(d)).toEqual([]);
  return d;
}

describe('readArticle', () => {
  it('reads the seed as a plain-text page, whatever its encoding', () => {
    for (const bytes of [
      seedBytes,
      Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(seedBytes.toString('utf8'), 'utf-16le')]),
      Buffer.from(seedBytes.toString('utf8').replace(/\n/g, '\r\n')),
      gzipSync(seedBytes),
    ]) {
      const d = valid(readArticle(bytes, { path: 'seed.txt' }));
      expect(d.article?.headline?.text).toBe('من لا يستطيع حماية المواطنين عليه ان يتنحى من موقعه');
      expect(d.article?.published).toBe('2021-01-22T10:42:00Z');
      expect(d.source).toMatchObject({ path: 'seed.txt', format: 'text' });
    }
  });

  it('records the encoding it used', () => {
    const s = 'الرياض - واس\nأعلنت الوزارة اليوم عن خطة جديدة لتطوير التعليم في المملكة.';
    const d = valid(readArticle(iconv.encode(s, 'cp1256')));
    expect(d.source?.encoding).toBe('windows-1256');
    expect(d.text).toBe(s);
  });

  it('a single JSON record, by content', () => {
    const rec = { title: 'عنوان الخبر هنا', content: 'نص الخبر الأول.\n\nنص الخبر الثاني.', date: '2015-08-01 10:00:00' };
    const d = valid(readArticle(Buffer.from(JSON.stringify(rec, null, 2))));
    expect(d.text).toBe(`${rec.title}\n\n${rec.content}`);
    expect(d.source?.format).toBe('jsonl');
  });

  it('refuses several records (readArticles reads them)', () => {
    const two = [{ title: 'خبر أول عن الطقس' }, { title: 'خبر ثان عن الاقتصاد' }].map((r) => JSON.stringify(r)).join('\n');
    expect(() => readArticle(Buffer.from(two))).toThrow(RasidError);
    expect(readArticles(Buffer.from(two))).toHaveLength(2);
  });

  it('--format text keeps JSON-looking text as text', () => {
    const d = valid(readArticle(Buffer.from('{ خبر بين قوسين عن الاقتصاد والسياسة }'), { format: 'text' }));
    expect(d.source?.format).toBe('text');
  });

  it('throws catalogue errors for bad input', () => {
    const code = (b: Buffer, o = {}) => {
      try {
        readArticle(b, o);
        return 'none';
      } catch (e) {
        return e instanceof RasidError ? e.code : String(e);
      }
    };
    expect(code(Buffer.alloc(0))).toBe('E_INPUT_EMPTY');
    expect(code(Buffer.from([0, 1, 2, 3, 0]))).toBe('E_INPUT_BINARY');
    expect(code(Buffer.from('Just English here, nothing else to see.'))).toBe('E_INPUT_NOT_ARABIC');
    expect(code(seedBytes, { maxBytes: 10 })).toBe('E_INPUT_TOO_LARGE');
    expect(code(seedBytes, { encoding: 'nope' })).toBe('E_ENCODING_UNKNOWN');
    expect(code(Buffer.from('{"title": "x", '), { path: 'a.json' })).toBe('E_JSON_INVALID');
  });
});

describe('readArticles: JSON Lines and arrays', () => {
  const recs = [
    { source: 'sabq', title: 'تكريم طاقم رحلة', content: 'عبدالله البرقاوي- سبق- الرياض: أعلن طيران ناس عن تكريم قائد طيار وأعضاء الطاقم.', date_extracted: '2015-08-01 10:00:00' },
    { source: 'x', title: '', content: '' },
    { source: 'okaz', title: 'زيارة رسمية', author: 'خالد طاشكندي (جدة)', content: 'وصل الوزير إلى جدة في زيارة رسمية تستغرق يومين.' },
  ];
  it('one Doc per good record, an error in place of each bad one (JSONL, with a broken line)', () => {
    const text = [JSON.stringify(recs[0]), '{broken', '', JSON.stringify(recs[1]), JSON.stringify(recs[2])].join('\n');
    const out = readArticles(Buffer.from(text), { path: 'r.jsonl' });
    expect(out.map((d) => (d instanceof RasidError ? d.code : 'doc'))).toEqual(['doc', 'E_JSON_INVALID', 'E_RECORD_NO_TEXT', 'doc']);
    expect((out[1] as RasidError).message).toMatch(/^Invalid JSON at r\.jsonl:2: /);
    expect((out[2] as RasidError).message).toBe('Record at r.jsonl:4 has no title, content or text');
    expect(valid(out[3]!).article).toMatchObject({ author: 'خالد طاشكندي', place: 'جدة', outlet: 'okaz' });
  });
  it('a JSON array (SaudiNewsNet day files)', () => {
    const out = readArticles(Buffer.from(JSON.stringify(recs)), { path: 'day.json' });
    expect(out.map((d) => (d instanceof RasidError ? d.code : 'doc'))).toEqual(['doc', 'E_RECORD_NO_TEXT', 'doc']);
  });
});

describe('HTML dispatch', () => {
  const page = `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="windows-1256"><title>الحكومة تعلن خطة جديدة للنقل العام</title></head><body><article>
<h1>الحكومة تعلن خطة جديدة للنقل العام</h1>
<p>أعلنت الحكومة اليوم عن خطة جديدة لتطوير النقل العام في العاصمة تشمل خطوط حافلات وقطارات جديدة.</p>
<p>وقال وزير النقل إن الخطة ستنفذ على ثلاث مراحل خلال السنوات الخمس المقبلة بتكلفة كبيرة.</p>
<p>وأضاف أن المرحلة الأولى تبدأ في الربيع المقبل وتشمل الأحياء الشمالية من المدينة.</p>
</article></body></html>`;
  it('by extension and by content, legacy charset honoured', () => {
    for (const [bytes, path] of [
      [Buffer.from(page.replace('windows-1256', 'utf-8')), 'page.html'],
      [Buffer.from(page.replace('windows-1256', 'utf-8')), undefined],
      [iconv.encode(page, 'cp1256'), 'page.htm'],
      [gzipSync(Buffer.from(page.replace('windows-1256', 'utf-8'))), 'page.html.gz'],
    ] as [Buffer, string | undefined][]) {
      const d = valid(readArticle(bytes, path ? { path } : {}));
      expect(d.source?.format).toBe('html');
      expect(d.article?.headline?.text).toBe('الحكومة تعلن خطة جديدة للنقل العام');
      expect(d.text).toContain('وقال وزير النقل');
    }
  });
});
