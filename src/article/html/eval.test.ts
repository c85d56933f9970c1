import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturePath, sharedPath } from '../../data/paths.js';
import { evalPages, normalizeAuthor, samePublished } from './eval.js';

describe('page scoring', () => {
  it('compares published times as instants, or as local times when the gold has no offset', () => {
    expect(samePublished('2020-12-25T01:59:50+02:00', '2020-12-24T23:59:50+00:00')).toBe(true);
    expect(samePublished('2020-08-24T09:23:13+02:00', '2020-08-24T09:23:13Z')).toBe(false);
    expect(samePublished('2020-04-24T21:22', '2020-04-24T21:22:00')).toBe(true);
    expect(samePublished('2020-10-07T12:09', '2020-10-07T12:09:00+02:00')).toBe(true);
    expect(samePublished('2013-08-03', '2013-08-03')).toBe(true);
    expect(samePublished('2013-08-03', '2013-08-28T14:00:00+04:00')).toBe(false);
    expect(samePublished(null, undefined)).toBe(true);
    expect(samePublished('2013-08-03', null)).toBe(false);
  });
  it('normalizes authors before comparing', () => {
    expect(normalizeAuthor('أسماء  نصار')).toBe(normalizeAuthor('اسماء نصار'));
    expect(normalizeAuthor(null)).toBe('');
  });
  it('scores the fixture pages', () => {
    const { report, results } = evalPages(fixturePath('html', 'gold.jsonl'));
    expect(report.pages).toBe(4);
    for (const r of results) expect(r.checks).toEqual({ title: true, published: true, author: true, bodyStart: true, bodyEnd: true });
  });
});

const gold = sharedPath('html', 'arabic-pages', 'gold.jsonl');
describe.skipIf(!gold)('the 14 real Arabic pages (../shared/data/html/arabic-pages)', () => {
  it('gets every field right on at least 12 of 14 pages', () => {
    const { report } = evalPages(join(gold!));
    expect(report.pages).toBe(14);
    for (const k of ['title', 'published', 'author', 'bodyStart', 'bodyEnd'] as const) expect(report[k] * 14).toBeGreaterThanOrEqual(12);
  });
});
if (!gold) console.log('skipping the real-page evaluation: ../shared is absent (set RASID_SHARED)');
