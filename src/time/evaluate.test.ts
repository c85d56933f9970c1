import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturePath } from '../data/paths.js';
import { evaluateDates, readCases, sameValue, scoreCase } from './evaluate.js';

describe('sameValue', () => {
  it('compares fields, ignoring seconds', () => {
    expect(sameValue('2013-02-12T03:00', '2013-02-12T03')).toBe(true);
    expect(sameValue('2013-02-12T03:00:59', '2013-02-12T03:00')).toBe(true);
    expect(sameValue('2013-02', '2013-02-01')).toBe(false);
  });
  it('compares zoned values as instants and ignores the predicted zone when the gold has none', () => {
    expect(sameValue('2013-02-14T08:00:00Z', '2013-02-14T06:00-02:00')).toBe(true);
    expect(sameValue('2013-02-14T08:00:00Z', '2013-02-14T08:00-02:00')).toBe(false);
    expect(sameValue('2021-01-22T10:42:00+03:00', '2021-01-22T10:42')).toBe(true);
  });
  it('compares both ends of intervals', () => {
    expect(sameValue('2014/2015', '2014/2015')).toBe(true);
    expect(sameValue('2014/2016', '2014/2015')).toBe(false);
    expect(sameValue('2014', '2014/2015')).toBe(false);
    expect(sameValue(null, '2014')).toBe(false);
  });
});

describe('scoreCase', () => {
  it('matches one-to-one on overlap and value, counting span hits apart', () => {
    const r = scoreCase({
      id: 'x',
      text: 'قال أمس وأمس',
      reference: '2021-01-22',
      expected: [
        { text: 'أمس', value: '2021-01-21' },
        { text: 'وأمس', value: '2021-01-20' },
      ],
    });
    expect(r.gold).toBe(2);
    expect(r.correct).toBe(1);
    expect(r.spanHits).toBe(2);
  });
});

describe('readCases', () => {
  it('reports a malformed line with E_GOLD_INVALID', () => {
    const p = join(tmpdir(), `rasid-dates-${process.pid}.jsonl`);
    writeFileSync(p, '{"id":"a","text":"أمس","expected":[]}\n{oops\n');
    expect(() => readCases(p)).toThrow(/E_GOLD_INVALID|Invalid gold file/);
  });
});

describe('conformance floors (fixtures/dates)', () => {
  const floors: [string, number, number][] = [
    // file, recall floor, precision floor (measured: see README)
    ['duckling-ar.jsonl', 0.88, 0.85],
    ['dateparser-ar.jsonl', 0.88, 0.95],
    ['rasid-issue.jsonl', 0.98, 0.98],
  ];
  it.each(floors)('%s', (file, recall, precision) => {
    const s = evaluateDates(readCases(fixturePath('dates', file)));
    expect(s.recall).toBeGreaterThanOrEqual(recall);
    expect(s.precision).toBeGreaterThanOrEqual(precision);
  });
});
