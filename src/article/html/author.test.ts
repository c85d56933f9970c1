import { describe, expect, it } from 'vitest';
import { cleanAuthor, isInstitution, startsWithCredit } from './author.js';

describe('authors', () => {
  it('strips credit words, role labels and dateline suffixes', () => {
    expect(cleanAuthor('كتبت أسماء نصار')).toBe('أسماء نصار');
    expect(cleanAuthor('كتب: ضحى عرفة')).toBe('ضحى عرفة');
    expect(cleanAuthor('حوار: آسيا العتروس')).toBe('آسيا العتروس');
    expect(cleanAuthor('حسام أبو العلا - القاهرة')).toBe('حسام أبو العلا');
    expect(cleanAuthor('Author, كايلا إبستين وأنجليكا كاساس Role, بي بي سي نيوز')).toBe('كايلا إبستين وأنجليكا كاساس');
    expect(cleanAuthor('(أبوظبي - البيان)')).toBe('');
    expect(cleanAuthor('https://www.facebook.com/someone')).toBe('');
  });
  it('tells institutions from people', () => {
    expect(isInstitution('akhbarelyom', ['بوابة اخبار اليوم', 'akhbarelyom'])).toBe(true);
    expect(isInstitution('LBCI', ['LBCIV7'])).toBe(true);
    expect(isInstitution('وكالة الأنباء', [])).toBe(true);
    expect(isInstitution('Ziad Sankary', ['Beirut Observer', 'beirutobserver'])).toBe(false);
    expect(isInstitution('نورهان نبيل', ['بوابة اخبار اليوم'])).toBe(false);
  });
  it('recognises a byline opening', () => {
    expect(startsWithCredit('كتبت سارة')).toBe(true);
    expect(startsWithCredit('كتبوا رسالة إلى الوزير')).toBe(false);
    expect(startsWithCredit('By John Smith')).toBe(true);
  });
});
