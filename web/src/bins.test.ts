import { describe, expect, it } from 'vitest';
import { binCounts, densestWindow } from './bins.js';

describe('binCounts', () => {
  it('fills missing days with zeros, in order', () => {
    const { bins, unit } = binCounts([
      { value: '2021-01-25', count: 1 },
      { value: '2021-01-22', count: 2 },
    ]);
    expect(unit).toBe('day');
    expect(bins).toEqual([
      { day: '2021-01-22', count: 2 },
      { day: '2021-01-23', count: 0 },
      { day: '2021-01-24', count: 0 },
      { day: '2021-01-25', count: 1 },
    ]);
  });

  it('groups by week (from Saturday) past 70 days, keeping the total', () => {
    const days = [
      { value: '2015-07-01', count: 3 },
      { value: '2015-07-04', count: 1 },
      { value: '2015-10-01', count: 5 },
    ];
    const { bins, unit } = binCounts(days);
    expect(unit).toBe('week');
    expect(bins[0]).toEqual({ day: '2015-06-27', count: 3 });
    expect(bins[1]).toEqual({ day: '2015-07-04', count: 1 });
    expect(bins.reduce((s, b) => s + b.count, 0)).toBe(9);
    expect(new Set(bins.map((b) => new Date(`${b.day}T00:00:00Z`).getUTCDay()))).toEqual(new Set([6]));
  });

  it('ignores values that are not days', () => {
    expect(binCounts([{ value: 'unknown', count: 4 }]).bins).toEqual([]);
  });
});

describe('densestWindow', () => {
  it('keeps the busiest period and reports what it leaves out', () => {
    const days = [
      { value: '2015-07-20', count: 10 },
      { value: '2015-08-10', count: 20 },
      { value: '2021-01-22', count: 1 },
    ];
    const w = densestWindow(days, 60);
    expect(w.days.map((d) => d.value)).toEqual(['2015-07-20', '2015-08-10']);
    expect(w.left).toBe(1);
    expect(densestWindow(days, 5000).left).toBe(0);
  });
});
