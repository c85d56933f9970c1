import { describe, expect, it } from 'vitest';
import { parseDateline } from './dateline.js';

describe('parseDateline', () => {
  it('reads the seed dateline in Arabic-Indic digits with the GMT zone', () => {
    const text = 'الجمعة ٢٢ يناير ٢٠٢١ - ١٠:٤٢ بتوقيت غرينتش';
    const r = parseDateline(text)!;
    expect(r.value).toBe('2021-01-22T10:42:00Z');
    expect(r.warnings).toEqual([]);
    expect(text.slice(r.start, r.end)).toBe(text);
  });

  it.each([
    ['الأحد 15 كانون الثاني/يناير 2017 - 12:30 بتوقيت مكة المكرمة', '2017-01-15T12:30:00+03:00'],
    ['السبت ١٦ كانون الثاني ٢٠٢١ - ٠٩:٠٥ بتوقيت بغداد', '2021-01-16T09:05:00+03:00'],
    ['الثلاثاء 19 جانفي 2021 - 14:00 بتوقيت الجزائر', '2021-01-19T14:00:00+01:00'],
    ['الأربعاء 3 أغسطس (آب) 2022 11:15 بتوقيت أبوظبي', '2022-08-03T11:15:00+04:00'],
    ['الخميس 4 آب/أغسطس 2022 - 11:15 بتوقيت بيروت', '2022-08-04T11:15:00+03:00'],
    ['الخميس 5 كانون الثاني/يناير 2023 - 11:15 بتوقيت بيروت', '2023-01-05T11:15:00+02:00'],
    ['الجمعة 16 يونيو 2023 - 08:00 بتوقيت القاهرة', '2023-06-16T08:00:00+03:00'],
    ['الجمعة 17 يونيو 2022 - 08:00 بتوقيت القاهرة', '2022-06-17T08:00:00+02:00'],
    ['الأحد 2 يوليو 2023 10:00 بتوقيت عمان', '2023-07-02T10:00:00+03:00'],
    ['الأحد 4 يوليو 2021 10:00 بتوقيت عمان', '2021-07-04T10:00:00+03:00'],
    ['الأحد 3 يناير 2021 10:00 بتوقيت عمان', '2021-01-03T10:00:00+02:00'],
    ['الأحد 3 يناير 2021 10:00 بتوقيت دمشق', '2021-01-03T10:00:00+02:00'],
    ['الأحد 1 يناير 2023 10:00 بتوقيت دمشق', '2023-01-01T10:00:00+03:00'],
    ['الاثنين 1 مارس 2021 - 10:00 بتوقيت الدوحة', '2021-03-01T10:00:00+03:00'],
    ['الاثنين 1 مارس 2021 - 10:00 بتوقيت مسقط', '2021-03-01T10:00:00+04:00'],
    ['الأربعاء 14 أبريل 2021 - 22:00 بتوقيت الرباط', '2021-04-14T22:00:00+00:00'],
    ['الخميس 14 أكتوبر 2021 - 22:00 بتوقيت الرباط', '2021-10-14T22:00:00+01:00'],
  ])('%s → %s', (text, value) => {
    expect(parseDateline(text)?.value).toBe(value);
  });

  it('ignores tatweel and diacritics inside the month and weekday', () => {
    expect(parseDateline('الجُمُعة ٢٢ يـنـايـر ٢٠٢١ - ١٠:٤٢ بتوقيت غرينتش')?.value).toBe('2021-01-22T10:42:00Z');
  });

  it('reads Persian digits and a date without time', () => {
    expect(parseDateline('الجمعة ۲۲ يناير ۲۰۲۱')?.value).toBe('2021-01-22');
  });

  it('warns when the weekday contradicts the date instead of failing', () => {
    const r = parseDateline('الخميس ٢٢ يناير ٢٠٢١ - ١٠:٤٢ بتوقيت غرينتش')!;
    expect(r.value).toBe('2021-01-22T10:42:00Z');
    expect(r.warnings.map((w) => w.code)).toContain('W_WEEKDAY_MISMATCH');
  });

  it('warns when no zone is named', () => {
    const r = parseDateline('نشر في: 22 يناير 2021 10:42 ص')!;
    expect(r.value).toBe('2021-01-22T10:42');
    expect(r.warnings.map((w) => w.code)).toContain('W_DATELINE_NO_ZONE');
  });

  it('reads afternoon times marked م', () => {
    expect(parseDateline('22 يناير 2021 - 3:15 م بتوقيت غرينتش')?.value).toBe('2021-01-22T15:15:00Z');
  });

  it('reads a Hijri-only dateline through the Umm al-Qura calendar', () => {
    expect(parseDateline('الجمعة 9 جمادى الآخرة 1442هـ')?.value).toBe('2021-01-22');
  });

  it('finds the dateline line inside a longer text with offsets into it', () => {
    const text = 'رئيس الوزراء العراقي:\n\nعنوان الخبر هنا\nالجمعة ٢٢ يناير ٢٠٢١ - ١٠:٤٢ بتوقيت غرينتش\n\nنص الخبر';
    const r = parseDateline(text)!;
    expect(text.slice(r.start, r.end)).toBe('الجمعة ٢٢ يناير ٢٠٢١ - ١٠:٤٢ بتوقيت غرينتش');
  });

  it('returns null for prose and for empty text', () => {
    expect(parseDateline('وأضاف الكاظمي خلال جلسة المجلس الوزاري للأمن الوطني ان ما حصل يوم امس هو خرق لا نسمح بتكراره في 22 يناير 2021')).toBeNull();
    expect(parseDateline('')).toBeNull();
    expect(parseDateline('العالم - العراق')).toBeNull();
  });
});
