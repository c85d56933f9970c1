import { describe, expect, it } from 'vitest';
import { fmix32 } from '../text/hash.js';
import { SIGNATURE_SIZE, bandKeys, decodeSignature, encodeSignature, fnv1a, minhash, minhashWords, shingleWords, similarity } from './minhash.js';

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
  it('is the minimum over shingles of fmix32(fnv1a(words joined by a space) ^ seed), over a range as over its slice', () => {
    // Stored signatures from earlier runs must stay comparable: the definition, spelled out.
    const words = shingleWords(base);
    const seeds = Array.from({ length: SIGNATURE_SIZE }, (_, i) => fmix32(0x9e3779b9 + i * 0x7f4a7c15));
    const reference = (ws: string[], k: number): number[] => {
      const sig = new Array<number>(SIGNATURE_SIZE).fill(0xffffffff);
      for (let i = 0; i + k <= ws.length; i++) {
        const h = fnv1a(ws.slice(i, i + k).join(' '));
        for (let j = 0; j < SIGNATURE_SIZE; j++) sig[j] = Math.min(sig[j]!, fmix32(h ^ seeds[j]!));
      }
      return sig;
    };
    expect(minhashWords(words, 3, 6)).toEqual(reference(words, 3));
    expect(minhashWords(words, 4, 6, 5, 20)).toEqual(reference(words.slice(5, 20), 4));
    expect(minhashWords(words, 3, 6, 5, 20)).toEqual(minhashWords(words.slice(5, 20), 3, 6));
    expect(minhashWords(words, 3, 6, 5, 10)).toEqual([]);
  });
});
