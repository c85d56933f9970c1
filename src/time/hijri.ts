/**
 * Hijri ↔ Gregorian conversion. Inside the Umm al-Qura table's range (1343-01-01 .. 1500-12-30 AH,
 * 1924-08-01 .. 2077-11-16 CE) the official Umm al-Qura calendar is used (data/time/ummalqura.json);
 * outside it, the arithmetical (tabular) Islamic calendar with the type II ("Kuwaiti") leap years
 * 2, 5, 7, 10, 13, 16, 18, 21, 24, 26, 29 of each 30-year cycle and the civil epoch (JDN 1948440),
 * which can differ from the observed calendar by a day or two.
 */
import { loadJson } from '../data/load.js';
import { civilFromDays, daysFromCivil, type Ymd } from './calendar.js';

interface Table {
  firstIndex: number;
  firstRjd: number;
  lengths: string;
}

/** Day number (days since 1970-01-01) of the Reduced Julian Day `rjd`. */
const RJD_TO_DAYS = 2400000 - 2440588;
const TABULAR_EPOCH_JDN = 1948440;
const JDN_TO_DAYS = -2440588;

interface Compiled {
  firstIndex: number;
  /** starts[k] = day number of month firstIndex + k; one extra entry for the end. */
  starts: Int32Array;
}

let compiled: Compiled | null = null;

function table(): Compiled {
  if (compiled) return compiled;
  const t = loadJson<Table>('time', 'ummalqura.json');
  const starts = new Int32Array(t.lengths.length + 1);
  let z = t.firstRjd + RJD_TO_DAYS;
  for (let i = 0; i < t.lengths.length; i++) {
    starts[i] = z;
    const c = t.lengths.charCodeAt(i) - 48;
    z += c === 0 ? 30 : c === 1 ? 31 : 20 + c;
  }
  starts[t.lengths.length] = z;
  compiled = { firstIndex: t.firstIndex, starts };
  return compiled;
}

export type HijriRule = 'umm-al-qura' | 'tabular';

function tabularToDays(y: number, m: number, d: number): number {
  const jdn = d + Math.ceil(29.5 * (m - 1)) + (y - 1) * 354 + Math.floor((3 + 11 * y) / 30) + TABULAR_EPOCH_JDN - 1;
  return jdn + JDN_TO_DAYS;
}

function tabularFromDays(z: number): Ymd {
  const jdn = z - JDN_TO_DAYS;
  const y = Math.floor((30 * (jdn - TABULAR_EPOCH_JDN) + 10646) / 10631);
  const first = tabularToDays(y, 1, 1);
  const m = Math.min(12, Math.ceil((z - first - 29 + 1) / 29.5) + 1);
  const mm = Math.max(1, m);
  const d = z - tabularToDays(y, mm, 1) + 1;
  return { y, m: mm, d };
}

function tabularMonthLength(y: number, m: number): number {
  if (m < 12) return tabularToDays(y, m + 1, 1) - tabularToDays(y, m, 1);
  return tabularToDays(y + 1, 1, 1) - tabularToDays(y, 12, 1);
}

/** Length in days of Hijri month (y, m). */
export function hijriMonthLength(y: number, m: number): number {
  const t = table();
  const k = (y - 1) * 12 + (m - 1) - t.firstIndex;
  if (k >= 0 && k + 1 < t.starts.length) return t.starts[k + 1]! - t.starts[k]!;
  return tabularMonthLength(y, m);
}

/** Day number of a Hijri date, with the rule used; null when the date does not exist. */
export function hijriToDays(y: number, m: number, d: number): { days: number; rule: HijriRule } | null {
  if (!Number.isInteger(y) || m < 1 || m > 12 || d < 1 || d > 30 || y < 1) return null;
  if (d > hijriMonthLength(y, m)) return null;
  const t = table();
  const k = (y - 1) * 12 + (m - 1) - t.firstIndex;
  if (k >= 0 && k + 1 < t.starts.length) return { days: t.starts[k]! + d - 1, rule: 'umm-al-qura' };
  return { days: tabularToDays(y, m, d), rule: 'tabular' };
}

/** Gregorian date of a Hijri date; null when the Hijri date does not exist. */
export function hijriToGregorian(y: number, m: number, d: number): (Ymd & { rule: HijriRule }) | null {
  const r = hijriToDays(y, m, d);
  return r ? { ...civilFromDays(r.days), rule: r.rule } : null;
}

/** Hijri date of a day number. */
export function daysToHijri(z: number): Ymd & { rule: HijriRule } {
  const t = table();
  const s = t.starts;
  if (z >= s[0]! && z < s[s.length - 1]!) {
    let lo = 0;
    let hi = s.length - 2;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (s[mid]! <= z) lo = mid;
      else hi = mid - 1;
    }
    const k = lo + t.firstIndex;
    return { y: Math.floor(k / 12) + 1, m: (k % 12) + 1, d: z - s[lo]! + 1, rule: 'umm-al-qura' };
  }
  return { ...tabularFromDays(z), rule: 'tabular' };
}

/** Hijri date of a Gregorian date. */
export function gregorianToHijri(y: number, m: number, d: number): Ymd & { rule: HijriRule } {
  return daysToHijri(daysFromCivil(y, m, d));
}
