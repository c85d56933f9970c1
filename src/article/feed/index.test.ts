import { describe, expect, it } from 'vitest';
import { RasidError } from '../../doc/errors.js';
import { feedDate, isFeed, parseFeed, parseFeedDocument } from './index.js';
import { fullContent, itemToDoc } from './item.js';

const LONG = 'أعلنت الوزارة اليوم عن خطة جديدة لتطوير شبكة الطرق في المحافظات الجنوبية، تشمل إنشاء جسور جديدة وتوسيع الطرق القائمة. ';

export const rss = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>أخبار المثال</title><link>http://127.0.0.1/</link>
<item><title>الوزارة تعلن خطة الطرق</title><link>http://127.0.0.1/a/1</link><guid>a-1</guid>
<pubDate>Mon, 24 Aug 2020 09:23:13 +0200</pubDate><dc:creator>سارة المصري</dc:creator>
<description>ملخص قصير</description>
<content:encoded><![CDATA[<p>${LONG.repeat(3)}</p><p>${LONG.repeat(2)}</p>]]></content:encoded></item>
<item><title>خبر &amp; ملخص فقط</title><link>http://127.0.0.1/a/2</link><pubDate>Tue, 25 Aug 2020 10:00:00 GMT</pubDate>
<description>&lt;p&gt;ملخص قصير للخبر&lt;/p&gt;</description></item>
</channel></rss>`;

export const atom = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>موقع المثال</title><link href="http://127.0.0.1/"/>
<entry><title>عنوان أول</title><link rel="alternate" href="http://127.0.0.1/b/1"/><id>tag:x,2024:1</id>
<published>2024-05-13T06:00:00+03:00</published><updated>2024-05-13T07:00:00+03:00</updated>
<author><name>آية دعبس</name></author><summary>ملخص</summary><content type="html">&lt;p&gt;${LONG.repeat(4)}&lt;/p&gt;</content></entry>
</feed>`;

describe('parseFeed', () => {
  it('reads RSS 2.0 items with content:encoded and dc:creator', () => {
    const items = parseFeed(rss);
    expect(items).toHaveLength(2);
    expect(items[0]).toMatchObject({ title: 'الوزارة تعلن خطة الطرق', link: 'http://127.0.0.1/a/1', published: '2020-08-24T09:23:13+02:00', author: 'سارة المصري', id: 'a-1' });
    expect(items[0]!.content).toContain('<p>');
    expect(items[1]).toMatchObject({ title: 'خبر & ملخص فقط', published: '2020-08-25T10:00:00Z', content: null });
    expect(items[1]!.summary).toBe('<p>ملخص قصير للخبر</p>');
  });
  it('reads Atom entries', () => {
    const f = parseFeedDocument(atom);
    expect(f.kind).toBe('atom');
    expect(f.title).toBe('موقع المثال');
    expect(f.items[0]).toMatchObject({ title: 'عنوان أول', link: 'http://127.0.0.1/b/1', published: '2024-05-13T06:00:00+03:00', author: 'آية دعبس', id: 'tag:x,2024:1' });
  });
  it('rejects what is not a feed', () => {
    expect(isFeed('<html><body/></html>')).toBe(false);
    expect(() => parseFeed('<html><body>x</body></html>')).toThrow(RasidError);
  });
  it('converts feed dates', () => {
    expect(feedDate('Sat, 08 Feb 2019 14:05 EST')).toBe('2019-02-08T14:05:00-05:00');
    expect(feedDate('2019-02-08')).toBe('2019-02-08');
    expect(feedDate('tomorrow')).toBeNull();
  });
});

describe('items as articles', () => {
  it('uses the full content of the feed when present, else needs the page', () => {
    const [full, summaryOnly] = parseFeed(rss);
    expect(fullContent(full!)).not.toBeNull();
    expect(fullContent(summaryOnly!)).toBeNull();
    const doc = itemToDoc(full!, { feedTitle: 'أخبار المثال' });
    expect(doc.article!.headline?.text).toBe('الوزارة تعلن خطة الطرق');
    expect(doc.article!.published).toBe('2020-08-24T09:23:13+02:00');
    expect(doc.article!.author).toBe('سارة المصري');
    expect(doc.article!.url).toBe('http://127.0.0.1/a/1');
    expect(doc.article!.body).toHaveLength(2);
  });
});

describe('feedToArticles', () => {
  it('reads full-text items and lists summary-only items as pending', async () => {
    const { feedToArticles } = await import('./item.js');
    const r = feedToArticles(rss, 'feed.xml');
    expect(r.docs).toHaveLength(1);
    expect(r.docs[0]!.article!.outlet).toBe('أخبار المثال');
    expect(r.pending.map((i) => i.link)).toEqual(['http://127.0.0.1/a/2']);
    expect(r.errors).toEqual([]);
  });
});
