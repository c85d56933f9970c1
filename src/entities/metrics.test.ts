import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixturePath } from '../data/paths.js';
import { parseConll } from './conll.js';
import { chunks, scoreNer } from './metrics.js';

describe('chunks (conlleval convention)', () => {
  it('reads B/I runs', () => {
    expect(chunks(['B-PERS', 'I-PERS', 'O', 'B-LOC'])).toEqual([
      { start: 0, end: 2, type: 'PERS' },
      { start: 3, end: 4, type: 'LOC' },
    ]);
  });
  it('starts a chunk at an I- after O or after another type', () => {
    expect(chunks(['O', 'I-ORG', 'I-ORG', 'I-LOC'])).toEqual([
      { start: 1, end: 3, type: 'ORG' },
      { start: 3, end: 4, type: 'LOC' },
    ]);
  });
  it('splits B- after B- of the same type', () => {
    expect(chunks(['B-PERS', 'B-PERS'])).toHaveLength(2);
  });
});

describe('scoreNer', () => {
  it('matches a hand-computed example (fixtures/ner/eval-pred.conll)', () => {
    const lines = readFileSync(fixturePath('ner', 'eval-pred.conll'), 'utf8');
    const gold = parseConll(lines.replace(/ \S+$/gm, ''));
    const pred = parseConll(lines);
    const s = scoreNer(
      gold.map((x) => x.tags),
      pred.map((x) => x.tags),
    );
    // gold: PERS, LOC | ORG, LOC | PERS, MISC = 6; predicted 6; correct: PERS(s1), LOC(s2), MISC(s3) = 3
    expect(s.gold).toBe(6);
    expect(s.pred).toBe(6);
    expect(s.correct).toBe(3);
    expect(s.precision).toBeCloseTo(0.5);
    expect(s.recall).toBeCloseTo(0.5);
    expect(s.f1).toBeCloseTo(0.5);
    expect(s.perType.PERS!.f1).toBeCloseTo(0.5);
    expect(s.perType.LOC!.precision).toBeCloseTo(1);
    expect(s.perType.LOC!.recall).toBeCloseTo(0.5);
    expect(s.perType.LOC!.f1).toBeCloseTo(2 / 3);
    expect(s.perType.ORG!.f1).toBe(0);
    expect(s.perType.MISC!.f1).toBe(1);
  });
  it('gives zeros without predictions and perfect scores on identity', () => {
    const g = [['B-LOC', 'O', 'B-PERS', 'I-PERS']];
    expect(scoreNer(g, [['O', 'O', 'O', 'O']]).f1).toBe(0);
    expect(scoreNer(g, g).f1).toBe(1);
  });
});

describe('parseConll', () => {
  it('reads the last field as the tag and blank lines as sentence ends', () => {
    const s = parseConll('a x B-PERS\nb I-PERS\n\n\nc O\n');
    expect(s).toEqual([
      { tokens: ['a', 'b'], tags: ['B-PERS', 'I-PERS'] },
      { tokens: ['c'], tags: ['O'] },
    ]);
  });
  it('rejects a bad tag with E_GOLD_INVALID and its line', () => {
    expect(() => parseConll('a O\nb X-Y\n', 'g.conll')).toThrow(/g\.conll:2/);
  });
  it('accepts token-only lines when tags are optional', () => {
    expect(parseConll('a\nb B-LOC\n', 'x', { requireTags: false })[0]!.tags).toEqual(['O', 'B-LOC']);
  });
});
