import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RasidError } from '../doc/errors.js';
import { sharedPath } from '../data/paths.js';
import { validateDoc } from './doc-schema.js';
import { recordDate, recordToDoc } from './record.js';

describe('recordToDoc', () => {
  it('text is title + blank line + content; headline, published, outlet, url, byline from the record', () => {
    const rec = {
      source: 'aawsat',
      url: 'http://example.org/a/1',
      date_extracted: '2015-07-20 21:34:07',
      title: 'كاميرون يحدد ملامح استراتيجية للتصدي للتطرف',
      author: 'لندن: رنيم حنوش',
      content: 'حدد رئيس الوزراء البريطاني اليوم ملامح استراتيجية للتصدي للتطرف داخل بريطانيا.\n\nوقال إن المعركة طويلة.',
    };
    const d = recordToDoc(rec, { path: 'x.jsonl', line: 3 });
    expect(validateDoc(d)).toEqual([]);
    expect(d.text).toBe(`${rec.title}\n\n${rec.content}`);
    expect(d.article).toMatchObject({
      headline: { start: 0, end: rec.title.length, text: rec.title },
      published: '2015-07-20T21:34:07Z',
      outlet: 'aawsat',
      url: 'http://example.org/a/1',
      author: 'رنيم حنوش',
      place: 'لندن',
    });
    expect(d.article!.body.map((b) => b.text)).toEqual(rec.content.split('\n\n'));
    expect(d.warnings.map((w) => w.code)).toEqual(['W_TIMEZONE_ASSUMED']);
    expect(d.source).toMatchObject({ path: 'x.jsonl', format: 'jsonl', url: rec.url });
  });

  it('a byline at the head of the content is found, a repeated title is a repeat', () => {
    const d = recordToDoc({
      title: 'تكريم طاقم رحلة',
      content: ' \n تكريم طاقم رحلة\n عبدالله البرقاوي- سبق- الرياض: أعلن طيران ناس عن تكريم قائد طيار وأعضاء الطاقم الجوي لرحلة رقم 301.',
    });
    expect(validateDoc(d)).toEqual([]);
    expect(d.paragraphs!.map((p) => p.role)).toEqual(['headline', 'headline-repeat', 'byline', 'lead']);
    expect(d.article).toMatchObject({ author: 'عبدالله البرقاوي', place: 'الرياض' });
  });

  it('other field names: text, published with a zone, outlet, link', () => {
    const d = recordToDoc({ text: 'قال الوزير إن الاجتماع سيعقد غدا في بغداد.', published: '2021-01-22T13:42:00+0300', outlet: 'العالم', link: 'https://x.test/' });
    expect(d.article).toMatchObject({ published: '2021-01-22T13:42:00+03:00', outlet: 'العالم', url: 'https://x.test/' });
    expect(d.article!.headline).toBeUndefined();
    expect(d.warnings).toEqual([]);
  });

  it('bad records', () => {
    const code = (v: unknown) => {
      try {
        recordToDoc(v, { path: 'r.jsonl', line: 7 });
        return 'none';
      } catch (e) {
        return (e as RasidError).code;
      }
    };
    expect(code({ title: '', content: '  ' })).toBe('E_RECORD_NO_TEXT');
    expect(code({ url: 'x' })).toBe('E_RECORD_NO_TEXT');
    expect(code([1, 2])).toBe('E_JSON_INVALID');
    expect(code({ title: 'An English title', content: 'And English content only.' })).toBe('E_INPUT_NOT_ARABIC');
    try {
      recordToDoc({ title: '' }, { path: 'r.jsonl', line: 7 });
    } catch (e) {
      expect((e as RasidError).message).toBe('Record at r.jsonl:7 has no title, content or text');
    }
  });

  it('record dates', () => {
    expect(recordDate('2015-08-10 09:05:00')).toEqual({ value: '2015-08-10T09:05:00Z', assumedUtc: true });
    expect(recordDate('2015-08-10T09:05+03:00')).toEqual({ value: '2015-08-10T09:05:00+03:00', assumedUtc: false });
    expect(recordDate('2015-08-10')).toEqual({ value: '2015-08-10', assumedUtc: false });
    expect(recordDate('Mon, 10 Aug 2015 09:05:00 GMT')).toEqual({ value: '2015-08-10T09:05:00Z', assumedUtc: false });
    expect(recordDate('yesterday')).toBeNull();
  });
});

const sample = sharedPath('news', 'saudinewsnet', 'sample-stratified.jsonl');
const haveSample = sample !== null && (() => {
  try {
    readFileSync(sample, { flag: 'r' });
    return true;
  } catch {
    return false;
  }
})();

describe.skipIf(!haveSample)('SaudiNewsNet sample (../shared; skipped when absent)', () => {
  it('every record reads into a valid Doc or a catalogue error', () => {
    const lines = readFileSync(sample!, 'utf8').split('\n').filter(Boolean);
    let ok = 0;
    const codes = new Set<string>();
    for (const [i, l] of lines.entries()) {
      try {
        const d = recordToDoc(JSON.parse(l), { path: 'sample', line: i + 1 });
        const errs = validateDoc(d);
        if (errs.length) throw new Error(`line ${i + 1}: ${errs.slice(0, 3).join('; ')}`);
        ok++;
      } catch (e) {
        if (!(e instanceof RasidError)) throw e;
        codes.add(e.code);
      }
    }
    expect(ok).toBeGreaterThan(lines.length * 0.99);
    expect([...codes].every((c) => c === 'E_RECORD_NO_TEXT' || c === 'E_INPUT_NOT_ARABIC')).toBe(true);
  });
});
