/**
 * Properties of the tagger's fast paths: each must give exactly what the plain code it replaced gives.
 * (End-to-end identity of the tags is checked by tag-snapshot.test.ts.)
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hashString } from '../text/hash.js';
import { detachString, hashRange } from './features.js';
import { NerModel } from './model.js';
import { NEG, viterbi } from './viterbi.js';

describe('hashRange', () => {
  it('hashes a range like hashString hashes the slice', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.nat(), fc.nat(), fc.integer({ min: 0, max: 200 }), (s, a, b, seed) => {
        const from = s.length ? a % (s.length + 1) : 0;
        const to = from + (s.length - from ? b % (s.length - from + 1) : 0);
        expect(hashRange(s, from, to, seed)).toBe(hashString(s.slice(from, to), seed));
      }),
    );
  });
});

describe('detachString', () => {
  it('returns an equal string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', minLength: 10, maxLength: 40 }), (s) => {
        expect(detachString(s)).toBe(s);
      }),
    );
    const long = 'x'.repeat(50) + 'والعراق' + 'y'.repeat(50);
    expect(detachString(long.slice(45, 70))).toBe(long.slice(45, 70));
  });
});

describe('NerModel.addRange', () => {
  it('adds the same weights as addWeights over the same hashes', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 0xffffffff }), { minLength: 1, maxLength: 60 }),
        fc.array(fc.integer({ min: 0, max: 0xffffffff }), { maxLength: 40 }),
        (keys, extraHashes) => {
          const labels = ['O', 'B-PERS', 'I-PERS'];
          const L = labels.length;
          const sorted = Uint32Array.from(keys).sort();
          const weights = Float32Array.from({ length: sorted.length * L }, (_, i) => Math.sin(i + 1) * 3);
          const m = new NerModel(labels, sorted, weights, new Float32Array((L + 1) * L), 4);
          const hashes = Uint32Array.from([...keys.slice(0, 20), ...extraHashes]);
          const a = new Float32Array(2 * L);
          const b = new Float32Array(2 * L);
          m.addWeights(Array.from(hashes.subarray(3)), a, L);
          m.addRange(hashes, 3, hashes.length, b, L);
          expect(Array.from(b)).toEqual(Array.from(a));
          for (let i = 0; i < sorted.length; i++) expect(m.lookup(sorted[i]!)).toBe(i);
        },
      ),
    );
  });
});

describe('viterbi with its reused score rows', () => {
  it('finds a best-scoring allowed path, whatever the label counts of earlier calls', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 0, max: 1e6 }), (L, n, seed) => {
        let x = seed + 1;
        const rnd = () => ((x = (Math.imul(x, 48271) >>> 0) % 0x7fffffff) / 0x7fffffff) * 4 - 2;
        const emit = Float64Array.from({ length: n * L }, rnd);
        const trans = Float64Array.from({ length: (L + 1) * L }, rnd);
        const allowed = Uint8Array.from({ length: (L + 1) * L }, (_, i) => (i % L === 0 || rnd() > -1 ? 1 : 0));
        const score = (p: ArrayLike<number>) => {
          let s = allowed[L * L + p[0]!] ? trans[L * L + p[0]!]! + emit[p[0]!]! : NEG;
          for (let i = 1; i < n; i++) s += allowed[p[i - 1]! * L + p[i]!] ? trans[p[i - 1]! * L + p[i]!]! + emit[i * L + p[i]!]! : NEG;
          return s;
        };
        let best = -Infinity;
        const cur = new Array<number>(n).fill(0);
        const walk = (i: number) => {
          if (i === n) return void (best = Math.max(best, score(cur)));
          for (let c = 0; c < L; c++) {
            cur[i] = c;
            walk(i + 1);
          }
        };
        walk(0);
        viterbi(new Float64Array(7 * 9), 7, 9, new Float64Array(90), new Uint8Array(90).fill(1)); // a wider call before
        const path = viterbi(emit, n, L, trans, allowed);
        expect(score(path)).toBeCloseTo(best, 9);
      }),
    );
  });
});
