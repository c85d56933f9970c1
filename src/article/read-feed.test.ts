import { describe, expect, it } from 'vitest';
import { readArticles } from './read.js';
import { RasidError } from '../doc/errors.js';
import type { Doc } from '../doc/doc.js';

const para = 'أعلنت وزارة الصحة اليوم عن افتتاح مستشفى جديد في مدينة الرياض بطاقة استيعابية كبيرة، وقال المتحدث باسم الوزارة إن المشروع يخدم آلاف المرضى سنويا. ';
const full = para.repeat(5);
const rss = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>صحيفة الاختبار</title>
<item><title>افتتاح مستشفى جديد</title><link>https://example.test/a</link><pubDate>Sun, 09 Aug 2015 10:00:00 +0300</pubDate><description><![CDATA[<p>${full}</p>]]></description></item>
<item><title>خبر قصير</title><link>https://example.test/b</link><description>ملخص الخبر في سطر واحد عن الاقتصاد.</description></item>
</channel></rss>`;

describe('reading a feed file', () => {
  it('gives one article per item, by extension or by content', () => {
    for (const opts of [{ path: 'news.rss' }, {}]) {
      const docs = readArticles(Buffer.from(rss), opts);
      expect(docs).toHaveLength(2);
      const [a, b] = docs as Doc[];
      expect(a).not.toBeInstanceOf(RasidError);
      expect(a!.article?.url).toBe('https://example.test/a');
      expect(a!.article?.published).toMatch(/^2015-08-09T/);
      expect(a!.text).toContain('مستشفى جديد');
      expect(a!.source?.format).toBe('feed');
      expect(b!.warnings.map((w) => w.code)).toContain('W_FEED_SUMMARY_ONLY');
      expect(b!.text).toContain('ملخص الخبر');
    }
  });
});
