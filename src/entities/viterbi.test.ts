import { describe, expect, it } from 'vitest';
import { bioTransitions, viterbi } from './viterbi.js';

const LABELS = ['O', 'B-PERS', 'I-PERS'];

describe('bioTransitions', () => {
  it('forbids I-X after O and at the start', () => {
    const a = bioTransitions(LABELS);
    const L = 3;
    expect(a[0 * L + 2]).toBe(0); // O → I-PERS
    expect(a[1 * L + 2]).toBe(1); // B-PERS → I-PERS
    expect(a[2 * L + 2]).toBe(1); // I-PERS → I-PERS
    expect(a[L * L + 2]).toBe(0); // start → I-PERS
    expect(a[L * L + 1]).toBe(1);
  });
});

describe('viterbi', () => {
  const L = 3;
  const allowed = bioTransitions(LABELS);
  it('follows emissions when transitions are neutral', () => {
    const emit = Float32Array.from([5, 0, 0, 0, 5, 0, 0, 0, 5]);
    expect(Array.from(viterbi(emit, 3, L, new Float32Array(12), allowed))).toEqual([0, 1, 2]);
  });
  it('never takes a forbidden transition even when its emission is best', () => {
    // token 0 strongly I-PERS, which cannot start a sentence
    const emit = Float32Array.from([0, 1, 9, 0, 0, 0]);
    const path = Array.from(viterbi(emit, 2, L, new Float32Array(12), allowed));
    expect(path[0]).not.toBe(2);
  });
  it('lets transition scores overturn a weak emission', () => {
    const emit = Float32Array.from([0, 3, 0, 1, 0, 0.5]);
    const trans = new Float32Array(12);
    trans[1 * L + 2] = 2; // B-PERS → I-PERS is likely
    expect(Array.from(viterbi(emit, 2, L, trans, allowed))).toEqual([1, 2]);
  });
  it('handles empty input', () => {
    expect(viterbi(new Float32Array(0), 0, L, new Float32Array(12), allowed)).toHaveLength(0);
  });
});
