import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturePath, sharedPath } from '../data/paths.js';
import { daysFromCivil } from './calendar.js';
import { daysToHijri, gregorianToHijri, hijriMonthLength, hijriToGregorian } from './hijri.js';

type Pair = [[number, number, number], [number, number, number]];

function checkPairs(pairs: Pair[]): string[] {
  const bad: string[] = [];
  for (const [[hy, hm, hd], [gy, gm, gd]] of pairs) {
    const g = hijriToGregorian(hy, hm, hd);
    const h = gregorianToHijri(gy, gm, gd);
    if (!g || g.y !== gy || g.m !== gm || g.d !== gd || g.rule !== 'umm-al-qura') bad.push(`H ${hy}-${hm}-${hd} → ${JSON.stringify(g)}`);
    if (h.y !== hy || h.m !== hm || h.d !== hd || h.rule !== 'umm-al-qura') bad.push(`G ${gy}-${gm}-${gd} → ${JSON.stringify(h)}`);
  }
  return bad;
}

describe('Umm al-Qura conversion', () => {
  it('converts the committed excerpt of the reference pairs exactly, both ways', () => {
    const ex = JSON.parse(readFileSync(fixturePath('dates', 'hijri-excerpt.json'), 'utf8')) as { pairs: Pair[] };
    expect(ex.pairs.length).toBeGreaterThan(40);
    expect(checkPairs(ex.pairs)).toEqual([]);
  });

  const dir = sharedPath('dates', 'hijri-ummalqura');
  const files = ['kfupm_comparison_calendar.json', 'ummalqura_calendar_website.json', 'ummalqura_newspaper_issues.json'];
  it.skipIf(!dir || !existsSync(join(dir, files[0]!)))('converts all 1,892 reference pairs exactly, both ways (needs ../shared)', () => {
    const pairs: Pair[] = [];
    for (const f of files) {
      const rows = JSON.parse(readFileSync(join(dir!, f), 'utf8')) as unknown[];
      for (const r of rows as unknown[][]) pairs.push((Array.isArray((r[0] as unknown[])[0]) ? r[0] : r) as Pair);
    }
    expect(pairs.length).toBe(1892);
    expect(checkPairs(pairs)).toEqual([]);
  });

  it('knows month lengths and rejects impossible dates', () => {
    expect(hijriMonthLength(1442, 9)).toBe(30);
    expect(hijriToGregorian(1442, 13, 1)).toBeNull();
    expect(hijriToGregorian(1442, 1, 31)).toBeNull();
  });

  it('uses the tabular Islamic calendar outside the table, and round-trips there', () => {
    const g = hijriToGregorian(1, 1, 1)!;
    expect(g.rule).toBe('tabular');
    // 1 Muharram 1 AH = 16 July 622 (Julian) = 19 July 622 (proleptic Gregorian)
    expect([g.y, g.m, g.d]).toEqual([622, 7, 19]);
    for (const z of [daysFromCivil(1900, 3, 1), daysFromCivil(2100, 6, 15), daysFromCivil(1800, 1, 1)]) {
      const h = daysToHijri(z);
      expect(h.rule).toBe('tabular');
      const back = hijriToGregorian(h.y, h.m, h.d)!;
      expect(daysFromCivil(back.y, back.m, back.d)).toBe(z);
    }
  });
});
