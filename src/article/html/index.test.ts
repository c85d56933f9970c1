import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSpanOf } from '../../doc/span.js';
import { RasidError } from '../../doc/errors.js';
import { fixturePath } from '../../data/paths.js';
import { decodeHtmlBytes, htmlToDoc, isHtml } from './index.js';

const page = (name: string) => decodeHtmlBytes(readFileSync(fixturePath('html', name))).text;
const codes = (d: { warnings: { code: string }[] }) => d.warnings.map((w) => w.code);

describe('htmlToDoc', () => {
  it('reads a Z stamp that is local time with the outlet zone, and the كتبت byline', () => {
    const doc = htmlToDoc(page('fake-utc.html'), { path: 'fake-utc.html' });
    const a = doc.article!;
    expect(a.headline?.text).toBe('الوزير يفتتح محطة مياه جديدة في الجيزة');
    expect(a.published).toBe('2020-08-24T09:23:13+02:00');
    expect(a.modified).toBe('2020-08-24T09:23:13+02:00');
    expect(a.author).toBe('سارة المصري');
    expect(a.outlet).toBe('الخبر اليومي');
    expect(a.section).toBe('محافظات');
    expect(a.language).toBe('ar');
    expect(a.direction).toBe('rtl');
    expect(a.canonicalUrl).toMatch(/^https:\/\/www\.khabar-example\.eg\/story\/2020\/8\/24\//);
    expect(a.image).toBe('https://img.khabar-example.eg/large/1001.jpg');
    expect(codes(doc)).toContain('W_HTML_FAKE_UTC');
    // Related box, share bar, tag line, menu and footer are out; the three paragraphs are in.
    expect(doc.text).not.toMatch(/اقرأ أيضا|خبر مرتبط|مشاركة|فيسبوك|الرئيسية|جميع الحقوق/);
    expect(a.body).toHaveLength(3);
    expect(doc.text.startsWith('الوزير يفتتح محطة مياه جديدة في الجيزة\n\nافتتح وزير الإسكان')).toBe(true);
  });

  it('parses CDATA-wrapped JSON-LD in @graph, keeps the visible <h1>, reads a two-person byline', () => {
    const doc = htmlToDoc(page('cdata-jsonld.html'), {});
    const a = doc.article!;
    expect(a.headline?.text).toBe('زملاء المدرب الراحل يتذكرون سيرته في الطيران المدني');
    expect(a.author).toBe('ليلى حسن وعمر خالد');
    expect(a.published).toBe('2024-03-03T13:52:13.299Z');
    expect(a.outlet).toBe('أخبار المثال');
    expect(codes(doc)).toEqual(expect.arrayContaining(['W_HTML_TITLE_DIFFERS', 'W_HTML_AUTHOR_NOT_PERSON']));
    expect(doc.text).not.toMatch(/قصص مقترحة|مصدر الصورة|التعليق على الصورة|الأكثر قراءة/);
    const roles = doc.paragraphs!.map((p) => p.role);
    expect(roles).toContain('subheading');
    expect(doc.paragraphs!.find((p) => p.role === 'subheading')?.text).toBe('سنوات التدريب');
    expect(doc.paragraphs!.find((p) => p.role === 'lead')?.text.startsWith('صباح يوم الأحد')).toBe(true);
  });

  it('reads prose in article:published_time, drops a modified time before published, fixes lang="en-US"', () => {
    const doc = htmlToDoc(page('prose-meta.html'), {});
    const a = doc.article!;
    expect(a.published).toBe('2020-06-03T03:01:00+04:00');
    expect(a.modified).toBeUndefined();
    expect(a.author).toBeUndefined();
    expect(a.language).toBe('ar');
    expect(a.section).toBe('محليات');
    expect(codes(doc)).toEqual(expect.arrayContaining(['W_HTML_DATE_PROSE', 'W_HTML_MODIFIED_BEFORE_PUBLISHED', 'W_HTML_LANG_MISMATCH', 'W_HTML_AUTHOR_NOT_PERSON']));
    expect(doc.text).not.toMatch(/غوغل نيوز|المصدر:/);
    expect(doc.paragraphs!.map((p) => p.role)).toEqual(['kicker', 'headline', 'lead', 'subheading', 'body', 'body']);
    expect(a.kicker?.text).toBe('جاليات');
  });

  it('decodes a windows-1256 page declared by http-equiv and reads a visible Levantine date', () => {
    const bytes = readFileSync(fixturePath('html', 'windows-1256.html'));
    const d = decodeHtmlBytes(bytes);
    expect(d.encoding).toBe('windows-1256');
    const doc = htmlToDoc(d.text, {});
    expect(doc.article!.headline?.text).toBe('المجلس البلدي يقر ميزانية العام الجديد');
    expect(doc.article!.published).toBe('2020-04-24T21:22:00');
    expect(codes(doc)).toContain('W_HTML_NO_OFFSET');
    expect(doc.text.endsWith('--(وكالة المثال)')).toBe(true);
  });

  it('refuses a link directory with E_HTML_NO_CONTENT', () => {
    let err: unknown;
    try {
      htmlToDoc(page('directory.html'), { path: 'directory.html' });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(RasidError);
    expect((err as RasidError).code).toBe('E_HTML_NO_CONTENT');
  });

  it('gives spans that are slices of the text, paragraphs separated by blank lines', () => {
    for (const name of ['fake-utc.html', 'cdata-jsonld.html', 'prose-meta.html', 'windows-1256.html']) {
      const doc = htmlToDoc(page(name), {});
      const a = doc.article!;
      for (const s of [a.headline, a.lead, a.kicker, a.byline, ...a.body]) if (s) expect(isSpanOf(doc.text, s)).toBe(true);
      for (const p of doc.paragraphs!) expect(isSpanOf(doc.text, p)).toBe(true);
      expect(doc.paragraphs!.map((p) => p.text).join('\n\n')).toBe(doc.text);
    }
  });

  it('keeps spans valid and never crashes on arbitrary paragraph text (property)', () => {
    const para = fc.string({ minLength: 0, maxLength: 200 }).map((s) => s.replace(/[<>&]/g, ' '));
    fc.assert(
      fc.property(fc.array(para, { minLength: 1, maxLength: 6 }), (paras) => {
        const html = `<html><body><h1>عنوان الخبر الرئيسي اليوم</h1><div class="content">${paras
          .map((p) => `<p>هذا نص عربي طويل بما يكفي ليعد فقرة من فقرات الخبر، وفيه جملة ثانية تكمل المعنى وتضيف تفاصيل أخرى ${p} وينتهي هنا.</p>`)
          .join('')}</div></body></html>`;
        const doc = htmlToDoc(html, {});
        for (const p of doc.paragraphs!) expect(isSpanOf(doc.text, p)).toBe(true);
        expect(doc.article!.body.length).toBeGreaterThan(0);
      }),
      { numRuns: 60 },
    );
  });
});

describe('isHtml', () => {
  it('tells pages from plain text', () => {
    expect(isHtml('<!DOCTYPE html><html><body>x</body></html>')).toBe(true);
    expect(isHtml('\n  <html lang="ar"><head></head>')).toBe(true);
    expect(isHtml('<div><p>نص</p><p>نص آخر</p></div>')).toBe(true);
    expect(isHtml('قال الوزير إن <الأمر> مهم')).toBe(false);
    expect(isHtml('سطر أول\n\nسطر ثان')).toBe(false);
  });
});

describe('main text blocks', () => {
  it('splits br-separated text in a div into paragraphs and drops a differently boxed tail', () => {
    const para = (n: number) => `هذه فقرة رقم ${n} من نص الخبر، وفيها ما يكفي من الكلمات العربية لتعد فقرة حقيقية من المتن.`;
    const html = `<html><body><h1>عنوان خبر تجريبي عن الطقس</h1><div class="LongDesc"><div>${para(1)}<br><br>${para(2)}<br> <br>${para(3)}</div></div></body></html>`;
    const doc = htmlToDoc(html, {});
    expect(doc.article!.body.map((b) => b.text)).toEqual([para(1), para(2), para(3)]);
    const html2 = `<html><body><h1>عنوان خبر تجريبي عن الطقس</h1><div class="story"><p>${para(1)}</p><p>${para(2)}</p><p>${para(3)}</p><p>${para(4)}</p><div class="divline"></div><div style="padding:10px"><p>نرحب بتعليقاتكم على هذا الخبر وننصحكم بمراجعة إرشادات الاستخدام قبل النشر.</p></div></div></body></html>`;
    const doc2 = htmlToDoc(html2, {});
    expect(doc2.article!.body).toHaveLength(4);
    expect(doc2.text).not.toContain('نرحب بتعليقاتكم');
  });
});
