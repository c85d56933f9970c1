import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDoc } from '../doc/doc.js';
import type { Doc } from '../doc/doc.js';
import { fixturePath } from '../data/paths.js';
import { validateDoc } from './doc-schema.js';
import { layoutPlainText, taglineSides } from './plaintext.js';

function lay(text: string): Doc {
  const doc = createDoc(text);
  layoutPlainText(doc);
  expect(validateDoc(doc)).toEqual([]);
  return doc;
}

const roles = (d: Doc) => d.paragraphs!.map((p) => p.role);

describe('the seed page (golden)', () => {
  const text = readFileSync(fixturePath('seed', '000_c645db0d12d9f96d.txt'), 'utf8');
  const doc = lay(text);
  const a = doc.article!;
  const lines = text.split('\n');

  it('kicker, headline, repeat, dateline', () => {
    expect(a.kicker?.text).toBe('رئيس الوزراء العراقي');
    expect(a.headline?.text).toBe('من لا يستطيع حماية المواطنين عليه ان يتنحى من موقعه');
    expect(a.published).toBe('2021-01-22T10:42:00Z');
    expect(a.dateline?.text).toBe('الجمعة ٢٢ يناير ٢٠٢١ - ١٠:٤٢ بتوقيت غرينتش');
    expect(roles(doc).slice(0, 4)).toEqual(['kicker', 'headline', 'headline-repeat', 'dateline']);
    expect(doc.warnings).toEqual([]);
  });

  it('outlet and section from the tag line between the lead and the body', () => {
    expect(a.outlet).toBe('العالم');
    expect(a.section).toBe('العراق');
    expect(a.tagline?.text).toBe('العالم - العراق');
  });

  it('every body paragraph, the lead first, none of the header', () => {
    const want = [lines[7], ...lines.slice(10)].filter((l): l is string => !!l && l.trim() !== '');
    expect(a.body.map((b) => b.text)).toEqual(want);
    expect(a.body).toHaveLength(8);
    expect(a.lead?.text).toBe(lines[7]);
    expect(roles(doc)).toEqual(['kicker', 'headline', 'headline-repeat', 'dateline', 'lead', 'tagline', ...Array(7).fill('body')]);
  });
});

describe('other page shapes', () => {
  it('byline line at the head of the body: place - agency', () => {
    const d = lay('السعودية تطلق مبادرة جديدة للطاقة\n\nالرياض - واس\nأطلقت المملكة اليوم مبادرة جديدة لدعم الطاقة المتجددة في المناطق الشمالية.\nوقال وزير الطاقة إن المبادرة تشمل عشرة مشاريع.');
    expect(d.article).toMatchObject({ place: 'الرياض', agency: 'واس' });
    expect(d.article!.byline?.text).toBe('الرياض - واس');
    expect(d.article!.headline?.text).toBe('السعودية تطلق مبادرة جديدة للطاقة');
    expect(roles(d)).toEqual(['headline', 'byline', 'lead', 'body']);
  });

  it('byline opening the lead: author- outlet- place:', () => {
    const d = lay('تكريم طاقم رحلة\n\nعبدالله البرقاوي- سبق- الرياض: أعلن طيران ناس عن تكريم قائد طيار وأعضاء الطاقم الجوي لرحلة رقم 301.');
    expect(d.article).toMatchObject({ author: 'عبدالله البرقاوي', place: 'الرياض' });
    expect(d.article!.byline?.text).toBe('عبدالله البرقاوي- سبق- الرياض:');
    expect(d.article!.lead?.text).toBe('أعلن طيران ناس عن تكريم قائد طيار وأعضاء الطاقم الجوي لرحلة رقم 301.');
  });

  it('agency first: د ب أ- الرياض: at the head of the lead', () => {
    const d = lay('ارتفاع أسعار النفط\n\nد ب أ- الرياض: ارتفعت أسعار النفط اليوم الاثنين بنسبة اثنين في المئة بعد قرار أوبك.');
    expect(d.article).toMatchObject({ agency: 'د ب أ', place: 'الرياض' });
    expect(d.article!.lead?.text.startsWith('ارتفعت')).toBe(true);
  });

  const inline: [string, string, { place?: string; agency?: string }][] = [
    ['الرياض (واس) - أعلنت وزارة الصحة اليوم عن تسجيل حالات جديدة في المنطقة.', 'الرياض (واس)', { place: 'الرياض', agency: 'واس' }],
    ['الرياض - واس: أعلنت وزارة الصحة اليوم عن تسجيل حالات جديدة.', 'الرياض - واس:', { place: 'الرياض', agency: 'واس' }],
    ['(واس) أعلنت وزارة الصحة اليوم عن تسجيل حالات جديدة.', '(واس)', { agency: 'واس' }],
    ['دمشق-سانا أعلنت وزارة الصحة اليوم عن تسجيل حالات جديدة.', 'دمشق-سانا', { place: 'دمشق', agency: 'سانا' }],
    ['القاهرة - أ ش أ - أعلنت وزارة الصحة اليوم عن تسجيل حالات جديدة.', 'القاهرة - أ ش أ', { place: 'القاهرة', agency: 'أ ش أ' }],
  ];
  for (const [lead, byline, fields] of inline) {
    it(`inline byline: ${byline}`, () => {
      const d = lay(`عنوان الخبر الرئيسي\n\n${lead}\nفقرة ثانية من الخبر.`);
      expect(d.article!.byline?.text).toBe(byline);
      expect(d.article).toMatchObject(fields);
      expect(d.article!.lead?.text.startsWith('أعلنت وزارة الصحة')).toBe(true);
    });
  }

  it('a sentence with a colon or dashes is not a byline', () => {
    for (const lead of ['قال وزير الصحة: إن الحالات الجديدة تحت السيطرة تماما.', 'وزير الصحة - في مؤتمر صحفي - قال إن الوضع مستقر.']) {
      const d = lay(`عنوان الخبر الرئيسي\n\n${lead}\nفقرة ثانية من الخبر.`);
      expect(d.article!.byline).toBeUndefined();
      expect(d.article!.lead?.text).toBe(lead);
    }
  });

  it('place: author, and a trailing (واس) line', () => {
    const d = lay('افتتاح مهرجان الصيف\n\nجدة: محمد الغامدي\nافتتح أمير المنطقة مساء أمس مهرجان الصيف بحضور عدد من المسؤولين.\nويستمر المهرجان أسبوعين.\n(واس)');
    expect(d.article).toMatchObject({ place: 'جدة', author: 'محمد الغامدي', agency: 'واس' });
    expect(roles(d)).toEqual(['headline', 'byline', 'lead', 'body', 'byline']);
    expect(d.article!.body).toHaveLength(2);
  });

  it('author – outlet', () => {
    const d = lay('قصة معلمة تبوك\n\nفايز الحسيكي – عين اليوم\nيبدو أن قضية معلمة تبوك ستأخذ منحى جديدا بعد ظهور فيديو يكشف تفاصيل جديدة.');
    expect(d.article).toMatchObject({ author: 'فايز الحسيكي' });
    expect(d.article!.byline?.text).toBe('فايز الحسيكي – عين اليوم');
  });

  it('one paragraph only: no headline invented', () => {
    const d = lay('قال المتحدث باسم الحكومة إن الاجتماع سيعقد الأسبوع المقبل لمناقشة الموازنة العامة.');
    expect(d.article!.headline).toBeUndefined();
    expect(roles(d)).toEqual(['lead']);
  });

  it('a long first line is body, not a headline', () => {
    const long = 'أعلنت وزارة الصحة اليوم ' + 'عن تسجيل حالات جديدة في عدة مناطق من البلاد '.repeat(6) + 'وفق بيان رسمي.';
    const d = lay(`${long}\nوأضافت الوزارة أن الوضع تحت السيطرة.`);
    expect(d.article!.headline).toBeUndefined();
    expect(roles(d)).toEqual(['lead', 'body']);
  });

  it('a kicker needs a headline after it', () => {
    const d = lay('وأضاف:\nسنعمل على تطوير القطاع خلال السنوات المقبلة بكل جدية.');
    expect(d.article!.kicker).toBeUndefined();
  });

  it('a repeated headline further down is a repeat, not body', () => {
    const d = lay('انتخابات مبكرة في البلاد\n\nأعلنت الحكومة عن انتخابات مبكرة في الخريف.\nانتخابات مبكرة في البلاد\nوقال رئيس الوزراء إن القرار نهائي.');
    expect(roles(d)).toEqual(['headline', 'lead', 'headline-repeat', 'body']);
  });

  it('lays out only the given range and keeps paragraphs outside it', () => {
    const text = 'عنوان أول\n\nنص أول طويل بما يكفي ليكون فقرة.\n\n---\nعنوان ثان\n\nنص ثان طويل بما يكفي ليكون فقرة.';
    const doc = createDoc(text);
    const cut = text.indexOf('---');
    layoutPlainText(doc, { from: 0, to: cut });
    const before = doc.paragraphs!.length;
    expect(doc.paragraphs!.every((p) => p.end <= cut)).toBe(true);
    expect(before).toBe(2);
  });

  it('dateline first, then kicker and headline; Levantine months and a Baghdad zone', () => {
    const d = lay('الأحد 3 كانون الثاني/يناير 2021 - 09:15 بتوقيت بغداد\n\nوزير الخارجية:\nلا تفاوض تحت الضغط\n\nبغداد - واع\nأكد وزير الخارجية أن بلاده لن تتفاوض تحت الضغط.\nوأضاف أن الحوار مستمر.');
    expect(roles(d)).toEqual(['dateline', 'kicker', 'headline', 'byline', 'lead', 'body']);
    expect(d.article).toMatchObject({ published: '2021-01-03T09:15:00+03:00', place: 'بغداد', agency: 'واع' });
    expect(d.article!.kicker?.text).toBe('وزير الخارجية');
  });

  it('a weekday that contradicts the date is a warning on the Doc, not an error', () => {
    const d = lay('عنوان الخبر\nالخميس ٢٢ يناير ٢٠٢١ - ١٠:٤٢ بتوقيت غرينتش\n\nنص الخبر الأول الطويل بما يكفي.');
    expect(d.article!.published).toBe('2021-01-22T10:42:00Z');
    expect(d.warnings.map((w) => w.code)).toEqual(['W_WEEKDAY_MISMATCH']);
    expect(d.warnings[0]!.span?.text).toBe('الخميس ٢٢ يناير ٢٠٢١ - ١٠:٤٢ بتوقيت غرينتش');
  });

  it('the tag-line shape', () => {
    expect(taglineSides('العالم - العراق')).toEqual(['العالم', 'العراق']);
    expect(taglineSides('أخبار | اقتصاد')).toEqual(['أخبار', 'اقتصاد']);
    expect(taglineSides('الرياض - واس')).toBeNull();
    expect(taglineSides('قال الوزير - في كلمته أمس - إن الوضع مستقر')).toBeNull();
    expect(taglineSides('العالم - ٢٠٢١')).toBeNull();
  });
});

describe('properties', () => {
  const arabicish = fc.string({ unit: fc.constantFrom(...'ابتثجحخدذرزسشصضطظعغفقكلمنهوية ءأإآ\n\n:-–|().،؟0123456789٢٠١'.split('')), maxLength: 300 });
  it('any text: no throw, every span slices the text, paragraphs ordered and disjoint, body ⊂ paragraphs', () => {
    fc.assert(
      fc.property(fc.oneof(arabicish, fc.string({ unit: 'binary', maxLength: 200 })), (text) => {
        const doc = createDoc(text);
        layoutPlainText(doc);
        expect(validateDoc(doc)).toEqual([]);
        const ps = doc.paragraphs!;
        for (let k = 1; k < ps.length; k++) expect(ps[k]!.start).toBeGreaterThanOrEqual(ps[k - 1]!.end);
        const bodyStarts = new Set(ps.filter((p) => p.role === 'lead' || p.role === 'body').map((p) => p.start));
        for (const b of doc.article!.body) expect(bodyStarts.has(b.start)).toBe(true);
        // every non-space line is covered by some paragraph
        for (const m of text.matchAll(/[^\s]+/gu)) expect(ps.some((p) => p.start <= m.index && m.index < p.end)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
