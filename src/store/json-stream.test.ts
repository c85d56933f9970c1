import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JsonArrayStream, type ArrayElement, type ArrayProblem } from './json-stream.js';

/** Feed `text` cut at `cuts` (positions), collecting elements and the final problem. */
function read(text: string, cuts: number[] = []): { elements: ArrayElement[]; problem: ArrayProblem | null } {
  const s = new JsonArrayStream();
  const elements: ArrayElement[] = [];
  let at = 0;
  for (const c of [...cuts.filter((c) => c > 0 && c < text.length)].sort((a, b) => a - b)) {
    elements.push(...s.push(text.slice(at, c)));
    at = c;
  }
  elements.push(...s.push(text.slice(at)));
  const end = s.end();
  return { elements: [...elements, ...end.elements], problem: end.problem };
}

describe('JsonArrayStream', () => {
  it('gives each element of an array as its own JSON text, wherever the text is cut', () => {
    const json = fc.letrec((tie) => ({
      value: fc.oneof(
        { depthSize: 'small' },
        fc.string(),
        fc.integer(),
        fc.boolean(),
        fc.constant(null),
        fc.array(tie('value'), { maxLength: 3 }),
        fc.dictionary(fc.string({ maxLength: 6 }), tie('value'), { maxKeys: 3 }),
      ),
    })).value;
    fc.assert(
      fc.property(fc.array(json, { maxLength: 6 }), fc.array(fc.nat(400)), fc.boolean(), (arr, cuts, pretty) => {
        const text = pretty ? JSON.stringify(arr, null, 2) : JSON.stringify(arr);
        const { elements, problem } = read(text, cuts);
        expect(problem).toBeNull();
        expect(elements.map((e) => JSON.parse(e.text) as unknown)).toEqual(arr);
        expect(elements.map((e) => e.index)).toEqual(arr.map((_, i) => i + 1));
      }),
    );
  });

  it('counts lines to each element', () => {
    const { elements } = read('[\n{"a": "x\\"y]"},\n\n  {"b": [1, {"c": "}"}]}\n]\n');
    expect(elements.map((e) => [e.index, e.line, e.text])).toEqual([
      [1, 2, '{"a": "x\\"y]"}'],
      [2, 4, '{"b": [1, {"c": "}"}]}'],
    ]);
  });

  it('hands a broken element on as it is (its parse fails where it is used) and reads the rest', () => {
    const { elements, problem } = read('[{"a": 1}, {"b": tru}, {"c": 3}]');
    expect(elements.map((e) => e.text)).toEqual(['{"a": 1}', '{"b": tru}', '{"c": 3}']);
    expect(problem).toBeNull();
  });

  it('reports an array that is not closed, text after it, empty elements, and text that is no array', () => {
    expect(read('[{"a": 1}, {"b"').problem).toMatchObject({ line: 1, detail: expect.stringMatching(/not closed/) });
    // The last element is whole: it is still given.
    expect(read('[{"a": 1}, {"b": 2}').elements.map((e) => e.text)).toEqual(['{"a": 1}', '{"b": 2}']);
    expect(read('[{"a": 1}, {"b": 2').elements.map((e) => e.text)).toEqual(['{"a": 1}']);
    expect(read('[1]\n x').problem).toMatchObject({ line: 2, detail: expect.stringMatching(/after the end/) });
    expect(read('[1,,2]').problem?.detail).toMatch(/empty element/);
    expect(read('[1,]').problem?.detail).toMatch(/comma before the end/);
    const s = new JsonArrayStream();
    s.push('  {"a": 1}');
    expect(s.notArray).toBe(true);
    expect(read('').problem?.detail).toMatch(/no JSON array/);
    expect(read('[]').elements).toEqual([]);
  });

  it('keeps only the element being read between pushes', () => {
    const s = new JsonArrayStream();
    const big = 'س'.repeat(10_000);
    let n = 0;
    s.push('[');
    for (let i = 0; i < 200; i++) n += s.push(JSON.stringify({ i, big }) + ',').length;
    n += s.push('{"last": 1}]').length;
    expect(n).toBe(201);
    expect(s.end()).toEqual({ elements: [], problem: null });
    expect((s as unknown as { buf: string }).buf.length).toBe(0);
  });
});
