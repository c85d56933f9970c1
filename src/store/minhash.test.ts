import { describe, expect, it } from 'vitest';
import { bandKeys, decodeSignature, encodeSignature, minhash, similarity } from './minhash.js';

const base =
  'قال وزير الخارجية إن المملكة تدعم الحل السياسي في اليمن وتعمل مع الشركاء الدوليين على وقف إطلاق النار وإيصال المساعدات الإنسانية إلى المحتاجين في جميع المحافظات دون استثناء وأضاف أن الحوار هو الطريق الوحيد';

describe('minhash', () => {
  it('gives near copies a high similarity and unrelated texts a low one', () => {
    const a = minhash(base, 3, 6);
    const copy = minhash('الرياض - واس: ' + base.replace('الوحيد', 'الأمثل'), 3, 6);
    const other = minhash('ارتفعت أسعار النفط في الأسواق العالمية اليوم بعد تراجع المخزونات الأمريكية وتوقعات بزيادة الطلب خلال الربع المقبل من العام', 3, 6);
    expect(similarity(a, copy)).toBeGreaterThan(0.6);
    expect(similarity(a, other)).toBeLessThan(0.2);
    const shared = bandKeys(a).filter((k) => bandKeys(copy).includes(k));
    expect(shared.length).toBeGreaterThan(0);
  });
  it('folds spelling variants (hamza, diacritics) before shingling', () => {
    expect(similarity(minhash(base, 3, 6), minhash(base.replace(/إ/g, 'ا').replace(/ة/g, 'ه'), 3, 6))).toBe(1);
  });
  it('returns no signature for short texts and round-trips through bytes', () => {
    expect(minhash('كلمتان فقط', 3, 6)).toEqual([]);
    const s = minhash(base, 3, 6);
    expect(decodeSignature(encodeSignature(s))).toEqual(s);
  });
});
