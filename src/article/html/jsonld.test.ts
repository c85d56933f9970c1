import { describe, expect, it } from 'vitest';
import { readJsonLd } from './jsonld.js';

describe('readJsonLd', () => {
  it('finds the article in arrays and @graph, through CDATA and comments, and counts broken blocks', () => {
    const a = readJsonLd([
      '<!-- {"@type":"BreadcrumbList"} -->',
      '[{"@type":"WebSite","name":"موقع المثال"},{"@type":["NewsArticle"],"headline":"&quot;عنوان&quot; الخبر","datePublished":"2020-12-25T01:59:50+02:00","author":[{"@type":"Person","name":"ضحى عرفة"},{"@type":"Person","name":"أحمد علي"}],"publisher":{"@id":"#org"},"image":[{"url":"https://x.example/a.jpg"}]}]',
      '{"@graph":[{"@id":"#org","@type":"Organization","name":"مؤسسة المثال"}]}',
      '{broken',
    ]);
    expect(a.invalid).toBe(1);
    expect(a.siteName).toBe('موقع المثال');
    expect(a.article).toMatchObject({ type: 'NewsArticle', headline: '"عنوان" الخبر', datePublished: '2020-12-25T01:59:50+02:00', authors: ['ضحى عرفة', 'أحمد علي'], publisher: 'مؤسسة المثال', image: 'https://x.example/a.jpg' });
    const b = readJsonLd(['<![CDATA[ {"@context":"http://schema.org","@graph":[{"@type":"ReportageNewsArticle","headline":"ع","inLanguage":"ar"}]} ]]>']);
    expect(b.article).toMatchObject({ type: 'ReportageNewsArticle', language: 'ar' });
    expect(readJsonLd(['{"@type":"WebPage"}']).article).toBeNull();
  });
});
