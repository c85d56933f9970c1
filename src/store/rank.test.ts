import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareHits, type RankedHit, topHits } from './rank.js';

const hit = fc.record({
  type: fc.constantFrom('article' as const, 'statement' as const),
  aseq: fc.integer({ min: 1, max: 40 }),
  sseq: fc.option(fc.integer({ min: 1, max: 9 }), { nil: null }),
  // Few distinct values, so ties on every key are common.
  score: fc.constantFrom(0, 1.5, 2, -0.25),
  published: fc.constantFrom('', '2015-08-01T10:00:00Z', '2015-08-02T09:00:00Z', '2015-08-02'),
});

describe('topHits', () => {
  it('is the full sort cut at offset and limit', () => {
    fc.assert(
      fc.property(fc.array(hit, { maxLength: 300 }), fc.nat(30), fc.nat(30), (hits: RankedHit[], offset, limit) => {
        const want = [...hits].sort(compareHits).slice(offset, offset + limit);
        expect(topHits(hits, offset, limit)).toEqual(want);
      }),
      { numRuns: 300 },
    );
  });

  it('ranks by score, then newer first, then the later article, then statement order', () => {
    const h = (score: number, published: string, aseq: number, sseq: number | null): RankedHit => ({ type: sseq === null ? 'article' : 'statement', score, published, aseq, sseq });
    const list = [h(1, '2015-01-01', 1, null), h(2, '', 1, null), h(1, '2015-02-01', 1, null), h(1, '2015-02-01', 3, 2), h(1, '2015-02-01', 3, 1)];
    expect(topHits(list, 0, 10)).toEqual([list[1], list[4], list[3], list[2], list[0]]);
  });
});
