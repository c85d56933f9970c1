import { describe, expect, it } from 'vitest';
import { civilFromDays, daysFromCivil, fmtWeek, nthWeekday, parseReference, weekday } from './calendar.js';

describe('calendar arithmetic', () => {
  it('round-trips day numbers', () => {
    for (const z of [-800000, -1, 0, 1, 18649, 50000]) {
      const { y, m, d } = civilFromDays(z);
      expect(daysFromCivil(y, m, d)).toBe(z);
    }
    expect(daysFromCivil(1970, 1, 1)).toBe(0);
  });
  it('gives weekdays (0 = Sunday) and ISO weeks', () => {
    expect(weekday(2021, 1, 22)).toBe(5);
    expect(fmtWeek(daysFromCivil(2021, 1, 22))).toBe('2021-W03');
    expect(fmtWeek(daysFromCivil(2021, 1, 3))).toBe('2020-W53');
  });
  it('finds the nth and last weekday of a month', () => {
    expect(civilFromDays(nthWeekday(2013, 3, 1, -1)!)).toEqual({ y: 2013, m: 3, d: 25 });
    expect(civilFromDays(nthWeekday(2014, 9, 2, 3)!)).toEqual({ y: 2014, m: 9, d: 16 });
    expect(nthWeekday(2021, 2, 1, 5)).toBeNull();
  });
  it('parses references with and without offsets and rejects bad ones', () => {
    expect(parseReference('2021-01-22T10:42:00Z')).toMatchObject({ hour: 10, minute: 42, offset: 0 });
    expect(parseReference('2013-02-12T04:30:00-02:00')).toMatchObject({ offset: -120 });
    expect(parseReference('2021-01-22')).toMatchObject({ hour: 0, offset: null });
    expect(parseReference('2021-02-30')).toBeNull();
    expect(parseReference('yesterday')).toBeNull();
  });
});
