import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { highlightRuns, toRuns, type Mark } from './segments.js';

describe('toRuns', () => {
  it('splits at every boundary and keeps nested marks on the inner run', () => {
    const text = 'قال الرئيس محمد إن الأمن أولوية';
    const marks: Mark[] = [
      { start: 0, end: 3, kind: 'cue', index: 0 },
      { start: 4, end: 15, kind: 'speaker', index: 0 },
      { start: 11, end: 15, kind: 'entity', index: 2 },
      { start: 16, end: text.length, kind: 'statement', index: 0 },
    ];
    const runs = toRuns(text, marks);
    expect(runs.map((r) => r.text).join('')).toBe(text);
    const mohammed = runs.find((r) => r.text === 'محمد')!;
    expect(mohammed.marks.map((m) => m.kind).sort()).toEqual(['entity', 'speaker']);
    expect(runs.find((r) => r.text === 'الرئيس ')!.marks.map((m) => m.kind)).toEqual(['speaker']);
    expect(runs.find((r) => r.text === ' ')!.marks).toEqual([]);
  });

  it('clamps spans outside the text and drops empty ones', () => {
    const runs = toRuns('abc', [
      { start: -2, end: 1, kind: 'x', index: 0 },
      { start: 2, end: 2, kind: 'y', index: 1 },
      { start: 2, end: 99, kind: 'z', index: 2 },
    ]);
    expect(runs.map((r) => [r.text, r.marks.map((m) => m.kind).join()])).toEqual([
      ['a', 'x'],
      ['b', ''],
      ['c', 'z'],
    ]);
  });

  it('highlights snippet matches', () => {
    const runs = highlightRuns('الحكومة والحكومات', [{ start: 8, end: 17 }]);
    expect(runs.map((r) => [r.text, r.marks.length])).toEqual([
      ['الحكومة ', 0],
      ['والحكومات', 1],
    ]);
  });

  it('property: runs tile the text and each run carries exactly the marks covering it', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 40 }),
        fc.array(fc.tuple(fc.integer({ min: -5, max: 45 }), fc.integer({ min: -5, max: 45 })), { maxLength: 12 }),
        (text, pairs) => {
          const marks = pairs.map(([a, b], index) => ({ start: Math.min(a, b), end: Math.max(a, b), kind: 'k', index }));
          const runs = toRuns(text, marks);
          expect(runs.map((r) => r.text).join('')).toBe(text);
          let pos = 0;
          for (const r of runs) {
            expect(r.start).toBe(pos);
            expect(r.end).toBeGreaterThan(r.start);
            pos = r.end;
            const want = marks.filter((m) => m.start <= r.start && m.end >= r.end && m.start < m.end).map((m) => m.index).sort();
            expect(r.marks.map((m) => m.index).sort()).toEqual(want);
          }
          expect(pos).toBe(text.length);
        },
      ),
    );
  });
});
