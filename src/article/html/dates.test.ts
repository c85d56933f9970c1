import { describe, expect, it } from 'vitest';
import { formatStamp, parseStamp, urlDate, zoneForUrl, zoneOffset } from './dates.js';
import { reconcileDates } from './published.js';
import { readVisibleStamp } from './visible-date.js';

describe('machine stamps', () => {
  it('parses ISO-like forms, keeping offsets', () => {
    expect(formatStamp(parseStamp('2020-06-03T03:01+0400')!)).toBe('2020-06-03T03:01:00+04:00');
    expect(formatStamp(parseStamp('2020-12-01 02:00:00')!)).toBe('2020-12-01T02:00:00');
    expect(formatStamp(parseStamp('2024-03-03T13:52:13.299Z')!)).toBe('2024-03-03T13:52:13.299Z');
    expect(parseStamp('الأربعاء، 07 أكتوبر 2020 - 12:09 م')).toBeNull();
    expect(parseStamp('2020-13-01')).toBeNull();
  });
  it('finds dates in URLs, split or compact', () => {
    expect(urlDate('http://arabic.example.com/2013/middle_east/8/3/syria/index.html')?.date).toBe('2013-08-03');
    expect(urlDate('https://x.example/story/2020/8/24/slug/1')?.date).toBe('2020-08-24');
    expect(urlDate('https://x.example/news/2020-06-03-1.3874341')?.date).toBe('2020-06-03');
    expect(urlDate('https://x.example/article/164913/slug')).toBeNull();
  });
  it('knows outlet zones and their daylight saving', () => {
    expect(zoneForUrl('https://www.youm7.com/story/1')).toBe('Africa/Cairo');
    expect(zoneForUrl('https://news.example.ae/x')).toBe('Asia/Dubai');
    expect(zoneForUrl('https://example.com/x')).toBeNull();
    expect(zoneOffset('Africa/Cairo', { date: '2020-08-24', time: '09:23' })).toBe('+02:00');
    expect(zoneOffset('Africa/Cairo', { date: '2024-05-13', time: '06:00' })).toBe('+03:00');
    expect(zoneOffset('Asia/Beirut', { date: '2026-01-08', time: '12:42' })).toBe('+02:00');
  });
});

describe('visible stamps', () => {
  it('reads Arabic bylines dates with AM/PM marks, double month names and Eastern digits', () => {
    expect(formatStamp(readVisibleStamp('تم نشره الجمعة 24 نيسان / أبريل 2020 09:22 مساءً')!.stamp)).toBe('2020-04-24T21:22:00');
    expect(formatStamp(readVisibleStamp('الأربعاء، 07 أكتوبر 2020 - 12:09 م')!.stamp)).toBe('2020-10-07T12:09:00');
    expect(formatStamp(readVisibleStamp('٠٢:٠٠ الثلاثاء ١ / ١٢ / ٢٠٢٠')!.stamp)).toBe('2020-12-01T02:00:00');
    expect(formatStamp(readVisibleStamp('GMT 17:27 17.03.2020')!.stamp)).toBe('2020-03-17T17:27:00Z');
    expect(formatStamp(readVisibleStamp('الجمعة 8 فيفري 2019')!.stamp)).toBe('2019-02-08');
    const upd = readVisibleStamp('الأربعاء، 28 آب/اغسطس 2013، آخر تحديث 14:00 (GMT+0400)')!;
    expect(upd.update).toBe(true);
    expect(formatStamp(upd.stamp)).toBe('2013-08-28T14:00:00+04:00');
    expect(readVisibleStamp('قال الوزير إن العمل مستمر')).toBeNull();
  });
});

describe('reconcileDates', () => {
  const base = { machineModified: [], pageStamps: [], urls: ['https://www.youm7.com/story/1'] };
  it('fixes a false Z from the visible local time', () => {
    const r = reconcileDates({ ...base, machinePublished: ['2024-05-13T06:00:00Z'], visible: ['الإثنين، 13 مايو 2024 06:00 ص'] });
    expect(r.published).toBe('2024-05-13T06:00:00+03:00');
    expect(r.warnings.map((w) => w.code)).toContain('W_HTML_FAKE_UTC');
  });
  it('keeps a consistent machine stamp', () => {
    const r = reconcileDates({ ...base, machinePublished: ['2024-05-13T03:00:00Z'], visible: ['الإثنين، 13 مايو 2024 06:00 ص'] });
    expect(r.published).toBe('2024-05-13T03:00:00Z');
    expect(r.warnings).toHaveLength(0);
  });
  it('prefers the visible day when the metadata names another day', () => {
    const r = reconcileDates({ ...base, machinePublished: ['2024-05-10T03:00:00Z'], visible: ['الإثنين، 13 مايو 2024 06:00 ص'] });
    expect(r.published).toBe('2024-05-13T06:00:00+03:00');
    expect(r.warnings.map((w) => w.code)).toContain('W_HTML_DATE_CONFLICT');
  });
  it('falls back to the URL, then to page text', () => {
    expect(reconcileDates({ machinePublished: [], machineModified: [], visible: [], pageStamps: [], urls: ['http://x.example/2013/world/8/3/a.html'] }).published).toBe('2013-08-03');
    const r = reconcileDates({ machinePublished: [], machineModified: [], visible: [], pageStamps: ['المؤسس : فلان - الجمعة 8 فيفري 2019'], urls: [] });
    expect(r.published).toBe('2019-02-08');
  });
});
