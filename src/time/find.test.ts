import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixturePath } from '../data/paths.js';
import { isSpanOf } from '../doc/span.js';
import { RasidError } from '../doc/errors.js';
import { findDates } from './find.js';

const REF = '2021-01-22T10:42:00Z'; // Friday
const one = (text: string, reference: string | null = REF) => {
  const r = findDates(text, reference ? { reference } : {});
  return r.map((e) => [e.text, e.value]);
};

describe('findDates: the seed article', () => {
  const seed = readFileSync(fixturePath('seed', '000_c645db0d12d9f96d.txt'), 'utf8');
  it('finds the dateline as an absolute instant even without a reference', () => {
    const d = findDates(seed).find((e) => e.text.includes('يناير'))!;
    expect(d.value).toBe('2021-01-22T10:42:00Z');
    expect(d.relative).toBe(false);
    expect(isSpanOf(seed, d)).toBe(true);
  });
  it('resolves يوم امس against the dateline reference', () => {
    const ds = findDates(seed, { reference: '2021-01-22T10:42:00Z' });
    const yesterday = ds.filter((e) => /يوم [اأ]مس/.test(e.text));
    expect(yesterday.length).toBe(2);
    for (const e of yesterday) expect(e.value).toBe('2021-01-21');
  });
  it('keeps relative spans with a null value and a note when there is no reference', () => {
    const e = findDates(seed).find((x) => x.text === 'يوم امس')!;
    expect(e.value).toBeNull();
    expect(e.relative).toBe(true);
    expect(e.note).toMatch(/no reference/);
  });
});

describe('findDates: absolute Gregorian dates', () => {
  it.each([
    ['في 15 أغسطس 2015', '2015-08-15'],
    ['15/8/2015', '2015-08-15'],
    ['2015-08-15', '2015-08-15'],
    ['15.8.2015', '2015-08-15'],
    ['١٥/٨/٢٠١٥', '2015-08-15'],
    ['في 15 آب 2015', '2015-08-15'],
    ['في 15 أوت 2015', '2015-08-15'],
    ['في 15 غشت 2015', '2015-08-15'],
    ['الأول من يناير 2020', '2020-01-01'],
    ['يناير 2021', '2021-01'],
    ['عام 2014', '2014'],
    ['2014م', '2014'],
    ['كانون 2 2020', '2020-01'],
    ['تشرين 1 2019', '2019-10'],
    ['آذار/مارس 2020', '2020-03'],
    ['أغسطس (آب) 2019', '2019-08'],
    ['الجمعة 22 يناير 2021', '2021-01-22'],
  ])('%s → %s', (text, value) => {
    expect(one(text, null).map((x) => x[1])).toEqual([value]);
  });
  it('needs context for month names that are also words', () => {
    expect(one('مارس الضغوط على الحكومة')).toEqual([]);
    expect(one('رجب طيب أردوغان')).toEqual([]);
    expect(one('نيسان وتويوتا')).toEqual([]);
    expect(one('في شهر رجب')).toEqual([['شهر رجب', '2021-02-13/2021-03-13']]);
  });
  it('reads ordinal words and parts of the month', () => {
    expect(one('مطلع الشهر')).toEqual([['مطلع الشهر', '2021-01-01/2021-01-10']]);
    expect(one('منتصف آذار')).toEqual([['منتصف آذار', '2021-03-15']]);
    expect(one('الحادي والعشرين من شباط 2019', null)).toEqual([['الحادي والعشرين من شباط 2019', '2019-02-21']]);
  });
});

describe('findDates: times and zones', () => {
  it.each([
    ['الساعة العاشرة صباحا', '2021-01-22T10:00'],
    ['الساعة 9 مساء', '2021-01-22T21:00'],
    ['الساعة الثالثة والنصف عصرا', '2021-01-22T15:30'],
    ['الساعة الثالثة إلا ربعا', '2021-01-22T02:45'],
    ['10:42 بتوقيت غرينتش', '2021-01-22T10:42:00Z'],
    ['الساعة 10 بتوقيت مكة المكرمة', '2021-01-22T10:00:00+03:00'],
    ['ظهر اليوم', '2021-01-22T12:00/2021-01-22T13:00'],
    ['فجر الأحد', '2021-01-24T04:00/2021-01-24T05:00'],
    ['في الثامنة والنصف مساء أمس', '2021-01-21T20:30'],
  ])('%s → %s', (text, value) => {
    expect(one(text).map((x) => x[1])).toEqual([value]);
  });
  it('gives a bare time without a reference as an ISO time of day', () => {
    expect(one('الساعة 10:42', null)).toEqual([['الساعة 10:42', 'T10:42']]);
  });
});

describe('findDates: Hijri dates', () => {
  it.each([
    ['15 محرم 1442 هـ', '2020-09-03'],
    ['1436/10/15هـ', '2015-07-31'],
    ['غرة رمضان 1442', '2021-04-13'],
    ['9 جمادى الآخرة 1442', '2021-01-22'],
    ['9 جمادي الثانية 1442هـ', '2021-01-22'],
    ['ربيع الآخر 1442', '2020-11-16/2020-12-15'],
    ['عام 1442 هـ', '2020-08-20/2021-08-08'],
    ['ذي الحجة 1441', '2020-07-22/2020-08-19'],
  ])('%s → %s', (text, value) => {
    expect(one(text, null).map((x) => x[1])).toEqual([value]);
  });
  it('says which rule it used outside the Umm al-Qura table', () => {
    const e = findDates('1 محرم 1300 هـ')[0]!;
    expect(e.value).not.toBeNull();
    expect(e.note).toMatch(/tabular/);
  });
});

describe('findDates: relative expressions', () => {
  it.each([
    ['اليوم', '2021-01-22'],
    ['أمس', '2021-01-21'],
    ['يوم أمس', '2021-01-21'],
    ['البارحة', '2021-01-21'],
    ['أول أمس', '2021-01-20'],
    ['أول من أمس', '2021-01-20'],
    ['أمس الأول', '2021-01-20'],
    ['غدا', '2021-01-23'],
    ['بعد غد', '2021-01-24'],
    ['الليلة', '2021-01-22T18:00/2021-01-22T23:00'],
    ['صباح اليوم', '2021-01-22T06:00/2021-01-22T11:00'],
    ['مساء أمس', '2021-01-21T18:00/2021-01-21T23:00'],
    ['الأسبوع الماضي', '2021-W02'],
    ['الأسبوع المقبل', '2021-W04'],
    ['الأسبوع القادم', '2021-W04'],
    ['الشهر الماضي', '2020-12'],
    ['العام المقبل', '2022'],
    ['الجمعة الماضية', '2021-01-15'],
    ['يوم الأحد المقبل', '2021-01-24'],
    ['منذ يومين', '2021-01-20'],
    ['قبل 3 أيام', '2021-01-19'],
    ['قبل ثلاثة أسابيع', '2021-01-01'],
    ['خلال الأيام الثلاثة الماضية', '2021-01-19/2021-01-22'],
    ['خلال الأشهر الماضية', '2020-10/2021-01'],
    ['في يوليو الماضي', '2020-07'],
    ['رمضان المقبل', '2021-04-13/2021-05-12'],
    ['العام الماضي', '2020'],
    ['عيد الأضحى', '2021-07-20'],
  ])('%s → %s', (text, value) => {
    expect(one(text).map((x) => x[1])).toEqual([value]);
  });
  it('marks relative expressions and explains assumptions', () => {
    const e = findDates('خلال الأيام الماضية', { reference: REF })[0]!;
    expect(e.relative).toBe(true);
    expect(e.grain).toBe('interval');
    expect(e.note).toMatch(/3 assumed/);
  });
  it('notes a weekday that contradicts its date', () => {
    const e = findDates('الخميس 22 يناير 2021')[0]!;
    expect(e.value).toBe('2021-01-22');
    expect(e.note).toMatch(/W_WEEKDAY_MISMATCH/);
  });
});

describe('findDates: periods of news history', () => {
  it.each([
    ['في الستينيات من القرن الماضي', '1960/1969'],
    ['القرن التاسع عشر', '1800/1899'],
    ['الصيف الماضي', '2020-06/2020-08'],
    ['صيف 2015', '2015-06/2015-08'],
    ['ليلة الجمعة', '2021-01-21T18:00/2021-01-21T23:00'],
    ['قبل أكثر من عام', '2020'],
    ['في النصف الأول من العام', '2021-01/2021-06'],
    ['الربع الثالث من عام 2020', '2020-07/2020-09'],
    ['الربع الأخير من العام الماضي', '2020-10/2020-12'],
    ['بعد 40 عاما', '2061'],
  ])('%s → %s', (text, value) => {
    expect(one(text).map((x) => x[1])).toEqual([value]);
  });
  it('reads bare years standing alone or in lists, not counts', () => {
    expect(one('في الأعوام 1949 و1952 و1956.', null).map((x) => x[1])).toEqual(['1949', '1952', '1956']);
    expect(one('قتل 2014 شخصا', null)).toEqual([]);
    expect(one('الربيع العربي', null)).toEqual([]);
  });
});

describe('findDates: intervals', () => {
  it.each([
    ['من 13 الى 15 تموز 2013', '2013-07-13/2013-07-15'],
    ['بين 2014 و2015', '2014/2015'],
    ['من يناير إلى مارس 2020', '2020-01/2020-03'],
    ['من الساعة 3 الى الساعة 4 بعد العصر', '2021-01-22T15:00/2021-01-22T16:00'],
  ])('%s → %s', (text, value) => {
    expect(one(text).map((x) => x[1])).toEqual([value]);
  });
});

describe('findDates: normalization never stops a match', () => {
  it.each([
    ['في 22 يـنـايـر 2021', '2021-01-22'],
    ['أمْسِ', '2021-01-21'],
    ['الأسبوع الماضى', '2021-W02'],
    ['إبريل 2020', '2020-04'],
    ['ابريل 2020', '2020-04'],
    ['الأُسبوعِ المُقبل', '2021-W04'],
    ['ذى القعدة 1441', '2020-06-22/2020-07-21'],
  ])('%s → %s', (text, value) => {
    const r = findDates(text, { reference: REF });
    expect(r.map((e) => e.value)).toEqual([value]);
    for (const e of r) expect(isSpanOf(text, e)).toBe(true);
  });
  it('keeps spans in the original text with clitics outside them', () => {
    const text = 'وبالأمس قال';
    const e = findDates(text, { reference: REF })[0]!;
    expect(e.text).toBe('الأمس');
    expect(isSpanOf(text, e)).toBe(true);
  });
});

describe('findDates: references', () => {
  it('rejects an invalid reference with E_REFERENCE_INVALID', () => {
    expect(() => findDates('أمس', { reference: 'yesterday' })).toThrow(RasidError);
    try {
      findDates('أمس', { reference: '2021-13-01' });
    } catch (e) {
      expect((e as RasidError).code).toBe('E_REFERENCE_INVALID');
    }
  });
});

describe('findDates: weeks of a month (Monday-to-Sunday weeks wholly inside the month)', () => {
  it.each([
    ['الأسبوع الأول من أكتوبر 2014', '2014-W41'], // 1 Oct 2014 is a Wednesday: the first whole week starts on the 6th
    ['اول اسبوع بشهر اكتوبر 2014', '2014-W41'],
    ['الأسبوع الأخير من سبتمبر 2014', '2014-W39'], // 29-30 Sep 2014 spill into October
    ['الأسبوع الثاني من سبتمبر 2015', '2015-W38'], // not "the second of September"
    ['الأسبوع الأول من الشهر', '2021-W01'], // reference month January 2021: 1 Jan is a Friday, the 4th a Monday
    ['ثاني أسبوع من الشهر المقبل', '2021-W06'],
  ])('%s → %s', (text, value) => {
    const r = findDates(text, { reference: REF });
    expect(r.map((e) => [e.text, e.value, e.grain])).toEqual([[text, value, 'week']]);
  });
  it('says when the month has no such week', () => {
    const [e] = findDates('الأسبوع الخامس من فبراير 2021', { reference: REF });
    expect(e!.value).toBeNull();
    expect(e!.note).toMatch(/no such week/);
  });
  it('leaves Hijri months alone', () => {
    expect(findDates('الأسبوع الأول من رمضان', { reference: REF }).some((e) => e.grain === 'week' && e.text.includes('رمضان'))).toBe(false);
  });
});

describe('findDates: properties', () => {
  const pieces = [
    'يناير', 'كانون الثاني', 'آذار/مارس', '(آب)', 'جانفي', 'رمضان', 'ذو الحجة', 'هـ', 'م', 'الساعة', 'صباحا', 'مساء',
    'بتوقيت', 'غرينتش', 'مكة المكرمة', 'أمس', 'أول', 'اليوم', 'الماضي', 'المقبل', 'منذ', 'قبل', 'خلال', 'الأيام', 'من',
    'إلى', 'بين', 'و', 'الجمعة', 'يوم', '١٥', '2021', '10:42', '/', '-', '.', ':', '،', 'ـ', 'ً', '\u200f', '\n', ' ', '31', '0', '99999',
  ];
  it('never throws and every span slices the original text', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 4 }), fc.string({ unit: 'grapheme', maxLength: 3 })), { maxLength: 25 }),
        fc.boolean(),
        (parts, withRef) => {
          const text = parts.join(fc.sample(fc.constantFrom(' ', ''), 1)[0]);
          const r = findDates(text, withRef ? { reference: REF } : {});
          for (const e of r) {
            expect(isSpanOf(text, e)).toBe(true);
            expect(e.end).toBeGreaterThan(e.start);
          }
          for (let k = 1; k < r.length; k++) expect(r[k]!.start).toBeGreaterThanOrEqual(r[k - 1]!.end);
        },
      ),
      { numRuns: 400 },
    );
  });
});

describe('findDates: colloquial relative forms (data/time/words.json directions, colloquialAgo)', () => {
  it.each([
    ['زارنا الاسبوع اللي فات', 'الاسبوع اللي فات', '2021-W02'],
    ['حدث الشهر اللي فات', 'الشهر اللي فات', '2020-12'],
    ['نلتقي الشهر الجاي', 'الشهر الجاي', '2021-02'],
    ['وصل من يومين', 'من يومين', '2021-01-20'],
    ['سافر من اسبوع.', 'من اسبوع', '2021-01-15'],
    ['غادر من 3 ايام، ثم عاد', 'من 3 ايام', '2021-01-19'],
  ])('%s', (text, span, value) => {
    expect(one(text)).toEqual([[span, value]]);
  });
  it.each([
    'استمر أكثر من يومين',
    'الأقل من 16 عاماً',
    'خلال أقل من أسبوع',
    'لمدة من يومين',
    'تتغير من يوم لآخر',
    'من يومين إلى ثلاثة أيام',
    'تحويل شهر رمضان من شهر عبادة إلى شهر جهاد',
    'أقصت البرازيل من ربع النهائي',
    'ما يقرب من يومين',
  ])('من is not "ago" in %s', (text) => {
    expect(findDates(text, { reference: REF }).filter((e) => e.text.startsWith('من'))).toEqual([]);
  });
});

describe('findDates: a time zone named without a clock time', () => {
  it('keeps the zone in the span and says so in the note; the value stays the day', () => {
    const [e] = findDates('وصل يوم الجمعة بتوقيت مكة المكرمة', { reference: REF });
    expect(e!.text).toBe('يوم الجمعة بتوقيت مكة المكرمة');
    expect(e!.value).toBe('2021-01-22');
    expect(e!.grain).toBe('day');
    expect(e!.note).toMatch(/time zone Asia\/Riyadh named without a clock time/);
  });
  it('does the same after an absolute date and for the local time', () => {
    expect(findDates('الجمعة 22 يناير 2021 بتوقيت غرينتش')[0]!.note).toMatch(/time zone UTC named without a clock time/);
    expect(findDates('صباح السبت بالتوقيت المحلي', { reference: REF })[0]!.note).toMatch(/local time named without a clock time/);
  });
  it('a clock time still takes the zone as an offset', () => {
    expect(one('الجمعة 22 يناير 2021 الساعة العاشرة صباحا بتوقيت مكة المكرمة')).toEqual([['الجمعة 22 يناير 2021 الساعة العاشرة صباحا بتوقيت مكة المكرمة', '2021-01-22T10:00:00+03:00']]);
  });
});

describe('findDates: grammar words are compared in the search form', () => {
  it('قرابة (written with ة) joins a day and its time', () => {
    expect(one('وصل الوفد يوم الجمعة قرابة الساعة العاشرة صباحا', '2021-01-20T10:00:00+03:00')).toEqual([
      ['يوم الجمعة قرابة الساعة العاشرة صباحا', '2021-01-22T10:00'],
    ]);
  });
});
