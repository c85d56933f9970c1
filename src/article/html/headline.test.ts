import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { chooseHeadline, stripSiteName } from './headline.js';

describe('headline', () => {
  it('strips the site name from either end of a title', () => {
    expect(stripSiteName('وزير الرى يشهد توقيع عقد - اليوم السابع', ['اليوم السابع'])).toBe('وزير الرى يشهد توقيع عقد');
    expect(stripSiteName('المدينة نيوز - أميركا :50 الفا حصيلة الوفيات', ['المدينة نيوز'])).toBe('أميركا :50 الفا حصيلة الوفيات');
    expect(stripSiteName('عنوان: بنقطتين في وسطه', ['موقع'])).toBe('عنوان: بنقطتين في وسطه');
  });
  it('prefers the <h1> that matches the metadata title over logo and copyright <h1>s, else the metadata title', () => {
    const { document } = parseHTML('<html><body><h1>CNN</h1><h1>معارضون يسيطرون على مخازن للصواريخ بريف دمشق</h1><h1>© الحقوق محفوظة 2018</h1></body></html>');
    expect(chooseHeadline(document as unknown as Document, ['معارضون يسيطرون على مخازن للصواريخ بريف دمشق - CNN'], ['CNN'])?.text).toBe('معارضون يسيطرون على مخازن للصواريخ بريف دمشق');
    const { document: d2 } = parseHTML('<html><body><h2>قسم</h2></body></html>');
    expect(chooseHeadline(d2 as unknown as Document, ['عنوان الخبر | موقع المثال'], ['موقع المثال'])).toMatchObject({ text: 'عنوان الخبر', from: 'meta' });
  });
});
