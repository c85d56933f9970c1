/**
 * Resolution: a parsed meaning (sem.ts) and an optional reference time → an ISO 8601 value,
 * a grain, the calendar the text used, whether it was relative, and warnings.
 */
import { loadJson } from '../data/load.js';
import {
  addMonths,
  civilFromDays,
  daysFromCivil,
  daysInMonth,
  fmtDate,
  fmtDays,
  fmtMonth,
  fmtOffset,
  fmtTime,
  fmtWeek,
  fmtYear,
  isValidDate,
  nthWeekday,
  weekStart,
  weekdayOfDays,
  type Reference,
} from './calendar.js';
import { daysToHijri, hijriMonthLength, hijriToDays } from './hijri.js';
import type { DateSem, Sem, TimeSem } from './sem.js';
import type { Part, Unit } from './lexicon.js';
import { zoneOffset } from './zones.js';

export type Grain = 'year' | 'quarter' | 'month' | 'week' | 'day' | 'hour' | 'minute' | 'second' | 'interval' | 'time';

export interface Resolved {
  value: string | null;
  grain: Grain;
  calendar: 'gregorian' | 'hijri' | 'none';
  relative: boolean;
  notes: string[];
  warnings: { code: string; message: string }[];
}

interface PartRanges {
  month: Record<Part, [number, number]>;
  year: Record<Part, [number, number]>;
}
interface WordsExtra {
  pluralDefault: { count: number };
  partRanges: PartRanges;
  dayparts: { id: string; from: number; to: number }[];
}

let extra: WordsExtra | null = null;
function words(): WordsExtra {
  if (!extra) extra = loadJson<WordsExtra>('time', 'words.json');
  return extra;
}

const WEEKDAY_AR = ['الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'];

/** The notes of a resolution that has none (shared, frozen: a resolution with notes gets its own array). */
const NO_NOTES: string[] = Object.freeze([]) as unknown as string[];
/** Likewise the warnings of a resolution that raised none. */
const NO_WARNINGS: { code: string; message: string }[] = Object.freeze([]) as unknown as { code: string; message: string }[];

class Ctx {
  relative = false;
  notes: string[] = NO_NOTES;
  warnings: { code: string; message: string }[] = NO_WARNINGS;
  calendar: 'gregorian' | 'hijri' | 'none' = 'none';
  constructor(public ref: Reference | null) {}
  /** Start over for another resolution (resolve() reuses one context). */
  start(ref: Reference | null): void {
    this.ref = ref;
    this.relative = false;
    this.notes = NO_NOTES;
    this.warnings = NO_WARNINGS;
    this.calendar = 'none';
  }
  need(): Reference | null {
    this.relative = true;
    if (!this.ref) {
      this.note('relative expression and no reference time');
      return null;
    }
    return this.ref;
  }
  note(s: string) {
    if (this.notes === NO_NOTES) this.notes = [s];
    else if (!this.notes.includes(s)) this.notes.push(s);
  }
}

/** A value with its grain, or null. `days` is the local day when the value is (within) one day. */
interface Val {
  value: string;
  grain: Grain;
  days?: number;
}

function checkWeekday(c: Ctx, days: number, wd: number | undefined) {
  if (wd === undefined) return;
  const actual = weekdayOfDays(days);
  if (actual !== wd) {
    if (c.warnings === NO_WARNINGS) c.warnings = [];
    c.warnings.push({
      code: 'W_WEEKDAY_MISMATCH',
      message: `the text says ${WEEKDAY_AR[wd]} but ${fmtDays(days)} is a ${WEEKDAY_AR[actual]}`,
    });
  }
}

function monthPart(y: number, m: number, part: Part): Val {
  const [a, b] = words().partRanges.month[part];
  const last = Math.min(b, daysInMonth(y, m));
  if (a === last) return { value: fmtDate(y, m, a), grain: 'day', days: daysFromCivil(y, m, a) };
  return { value: `${fmtDate(y, m, a)}/${fmtDate(y, m, last)}`, grain: 'interval' };
}

function yearPart(y: number, part: Part): Val {
  const [a, b] = words().partRanges.year[part];
  return { value: `${fmtMonth(y, a)}/${fmtMonth(y, b)}`, grain: 'interval' };
}

function daysInterval(a: number, b: number): string {
  return `${fmtDays(a)}/${fmtDays(b)}`;
}

function resolveHijri(c: Ctx, d: DateSem): Val | null {
  c.calendar = 'hijri';
  let y = d.y;
  if (d.m === undefined) {
    if (y === undefined) return null;
    const a = hijriToDays(y, 1, 1);
    const b = hijriToDays(y, 12, hijriMonthLength(y, 12));
    if (!a || !b) return null;
    if (a.rule === 'tabular') c.note('Hijri date outside the Umm al-Qura table: tabular Islamic calendar used');
    if (d.part) c.note(`part of the year: ${d.part}`);
    return { value: daysInterval(a.days, b.days), grain: 'year' };
  }
  const m = d.m;
  if (y === undefined && d.gy !== undefined) {
    // the Hijri year whose month m starts in Gregorian year gy
    const h = daysToHijri(daysFromCivil(d.gy, 1, 1));
    y = m >= h.m ? h.y : h.y + 1;
    const a = hijriToDays(y, m, 1);
    if (a && civilFromDays(a.days).y > d.gy) y--;
  }
  if (y === undefined) {
    const ref = c.need();
    if (!ref) return null;
    const h = daysToHijri(ref.days);
    y = h.y;
    const dir = d.dir ?? (d.yRel !== undefined ? null : null);
    if (d.yRel !== undefined) y = h.y + d.yRel;
    else if (dir === -1 || (d.dir === -1)) y = m < h.m ? h.y : h.y - 1;
    else if (d.dir === 1) y = m > h.m ? h.y : h.y + 1;
    if (d.dir === undefined && d.yRel === undefined) c.note('Hijri year taken from the reference time');
  }
  if (d.d !== undefined) {
    let day = d.d;
    const len = hijriMonthLength(y, m);
    if (d.part === 'end' && day > len) day = len;
    if (day === 30 && len === 29) {
      // a 30th where Umm al-Qura has 29 days (local moon sighting): the day after the 29th
      const r29 = hijriToDays(y, m, 29);
      if (r29) {
        c.note('day 30 of a 29-day Umm al-Qura month: read as the day after the 29th');
        return { value: fmtDays(r29.days + 1), grain: 'day', days: r29.days + 1 };
      }
    }
    const r = hijriToDays(y, m, day);
    if (!r) {
      c.note('no such Hijri date');
      return null;
    }
    if (r.rule === 'tabular') c.note('Hijri date outside the Umm al-Qura table: tabular Islamic calendar used');
    checkWeekday(c, r.days, d.weekday);
    return { value: fmtDays(r.days), grain: 'day', days: r.days };
  }
  const a = hijriToDays(y, m, 1);
  if (!a) return null;
  if (a.rule === 'tabular') c.note('Hijri date outside the Umm al-Qura table: tabular Islamic calendar used');
  const len = hijriMonthLength(y, m);
  if (d.part) {
    const [p, q] = words().partRanges.month[d.part];
    const last = Math.min(q, len);
    if (p === last) return { value: fmtDays(a.days + p - 1), grain: 'day', days: a.days + p - 1 };
    return { value: daysInterval(a.days + p - 1, a.days + last - 1), grain: 'interval' };
  }
  return { value: daysInterval(a.days, a.days + len - 1), grain: 'month' };
}

function resolveGregorian(c: Ctx, d: DateSem): Val | null {
  c.calendar = 'gregorian';
  let y = d.y;
  let m = d.m;
  if (m === undefined && d.mRel !== undefined) {
    const ref = c.need();
    if (!ref) return null;
    const r = civilFromDays(ref.days);
    const mm = addMonths(r.y, r.m, d.mRel);
    y = mm.y;
    m = mm.m;
  }
  if (m === undefined) {
    if (y === undefined) return null;
    if (d.part) return yearPart(y, d.part);
    return { value: fmtYear(y), grain: 'year' };
  }
  if (y === undefined) {
    const ref = c.need();
    if (!ref) return null;
    const r = civilFromDays(ref.days);
    if (d.yRel !== undefined) y = r.y + d.yRel;
    else if (d.dir === -1) y = m < r.m ? r.y : r.y - 1;
    else if (d.dir === 1) y = m > r.m ? r.y : r.y + 1;
    else {
      y = r.y;
      if (d.dir === undefined) c.note('year taken from the reference time');
    }
  }
  if (d.week !== undefined) return weekOfMonth(c, y, m, d.week);
  if (d.nth !== undefined && d.weekday !== undefined) {
    const z = nthWeekday(y, m, d.weekday, d.nth);
    if (z === null) {
      c.note('the month has no such weekday');
      return null;
    }
    return { value: fmtDays(z), grain: 'day', days: z };
  }
  if (d.d !== undefined) {
    const day = d.part === 'end' ? Math.min(d.d, daysInMonth(y, m)) : d.d;
    if (!isValidDate(y, m, day)) {
      c.note('no such date');
      return null;
    }
    const days = daysFromCivil(y, m, day);
    if (d.ordinalDay && d.weekday !== undefined && weekdayOfDays(days) !== d.weekday && day <= 5) {
      // الثلاثاء الثالث من أيلول: the third Tuesday when the 3rd is not a Tuesday
      const z = nthWeekday(y, m, d.weekday, day);
      if (z !== null) {
        c.note('read as the nth weekday of the month');
        return { value: fmtDays(z), grain: 'day', days: z };
      }
    }
    checkWeekday(c, days, d.weekday);
    return { value: fmtDate(y, m, day), grain: 'day', days };
  }
  if (d.part) return monthPart(y, m, d.part);
  return { value: fmtMonth(y, m), grain: 'month' };
}

/** The nth (-1: last) Monday-to-Sunday week lying wholly in month m of year y, as an ISO week. */
function weekOfMonth(c: Ctx, y: number, m: number, nth: number): Val | null {
  const first = daysFromCivil(y, m, 1);
  const end = first + daysInMonth(y, m) - 1;
  const firstMonday = first + ((8 - weekdayOfDays(first)) % 7);
  const lastMonday = end - 6 - ((weekdayOfDays(end - 6) + 6) % 7);
  const start = nth > 0 ? firstMonday + 7 * (nth - 1) : lastMonday + 7 * (nth + 1);
  if (start < firstMonday || start > lastMonday) {
    c.note('the month has no such week');
    return null;
  }
  return { value: fmtWeek(start), grain: 'week' };
}

function resolveDate(c: Ctx, d: DateSem): Val | null {
  return d.cal === 'hijri' ? resolveHijri(c, d) : resolveGregorian(c, d);
}

function daypartInterval(days: number, id: string): Val | null {
  const dp = words().dayparts.find((x) => x.id === id);
  if (!dp) return null;
  const endHour = dp.to - 1;
  const endDays = days + Math.floor(endHour / 24);
  return {
    value: `${fmtDays(days)}T${fmtTime(dp.from, 0)}/${fmtDays(endDays)}T${fmtTime(endHour % 24, 0)}`,
    grain: 'interval',
  };
}

/** A day plus an optional time (with zone) or daypart. */
function atDay(c: Ctx, days: number, time: TimeSem | undefined, daypart: string | undefined): Val | null {
  if (time) return withClock(c, days, time);
  if (daypart) {
    c.note(`part of the day: ${daypart}`);
    return daypartInterval(days, daypart);
  }
  return { value: fmtDays(days), grain: 'day', days };
}

function withClock(c: Ctx, days: number, t: TimeSem): Val {
  let d = days;
  const grain: Grain = t.s !== undefined ? 'second' : t.hourOnly ? 'hour' : 'minute';
  let value: string;
  if (t.zone && t.zone !== 'LOCAL') {
    const z = zoneOffset(t.zone, d, t.h * 60 + t.mi);
    if (z) {
      if (z.seasonal) c.note(`zone ${t.zone}: summer-time or seasonal rule applied`);
      value = `${fmtDays(d)}T${fmtTime(t.h, t.mi, t.s ?? 0)}${fmtOffset(z.offset, t.zone === 'UTC')}`;
      return { value, grain, days: d };
    }
  }
  if (t.zone === 'LOCAL') c.note('local time of the place reported');
  else c.note('no time zone named');
  if (t.h >= 24) d += 1;
  value = `${fmtDays(d)}T${fmtTime(t.h % 24, t.mi, t.s)}`;
  return { value, grain, days: d };
}

function timeOnly(c: Ctx, t: TimeSem): Val {
  const ref = c.need();
  if (ref) return withClock(c, ref.days, t);
  // no reference: a time of day without a date
  c.notes = c.notes.filter((n) => n !== 'relative expression and no reference time');
  c.note('time without a date');
  c.relative = false;
  return { value: `T${fmtTime(t.h, t.mi, t.s)}`, grain: 'time' };
}

function weekdayDays(ref: Reference, day: number, dir: number | null, weekRel?: number): number {
  const wd = weekdayOfDays(ref.days);
  if (weekRel !== undefined) return weekStart(ref.days) + 7 * weekRel + ((day + 6) % 7);
  if (dir === -1) return ref.days - ((wd - day + 7) % 7 || 7);
  if (dir === 1) return ref.days + ((day - wd + 7) % 7 || 7);
  if (dir === 0) return weekStart(ref.days) + ((day + 6) % 7);
  let delta = (day - wd + 7) % 7;
  if (delta > 3) delta -= 7;
  return ref.days + delta;
}

function periodValue(ref: Reference, unit: Unit, rel: number, part?: Part): Val | null {
  const r = civilFromDays(ref.days);
  switch (unit) {
    case 'week': {
      const start = weekStart(ref.days) + 7 * rel;
      if (part) return { value: daysInterval(part === 'end' ? start + 4 : start, part === 'start' ? start + 2 : start + 6), grain: 'interval' };
      return { value: fmtWeek(start), grain: 'week' };
    }
    case 'month': {
      const mm = addMonths(r.y, r.m, rel);
      if (part) return monthPart(mm.y, mm.m, part);
      return { value: fmtMonth(mm.y, mm.m), grain: 'month' };
    }
    case 'quarter': {
      const q0 = Math.floor((r.m - 1) / 3);
      const mm = addMonths(r.y, q0 * 3 + 1, rel * 3);
      const end = addMonths(mm.y, mm.m, 2);
      return { value: `${fmtMonth(mm.y, mm.m)}/${fmtMonth(end.y, end.m)}`, grain: 'quarter' };
    }
    case 'year':
      if (part) return yearPart(r.y + rel, part);
      return { value: fmtYear(r.y + rel), grain: 'year' };
    default:
      return null;
  }
}

function refInstant(ref: Reference, deltaMin: number, grain: Grain): Val {
  let total = ref.days * 1440 + ref.hour * 60 + ref.minute + deltaMin;
  const days = Math.floor(total / 1440);
  total -= days * 1440;
  const h = Math.floor(total / 60);
  const mi = total % 60;
  const off = ref.offset === null ? '' : fmtOffset(ref.offset, ref.offset === 0 && ref.iso.endsWith('Z'));
  const sec = ref.offset === null ? '' : ':00';
  return { value: `${fmtDays(days)}T${fmtTime(h, mi)}${sec}${off}`, grain, days };
}

function shiftValue(ref: Reference, unit: Unit, n: number): Val | null {
  const r = civilFromDays(ref.days);
  switch (unit) {
    case 'minute':
      return refInstant(ref, n, 'minute');
    case 'hour':
      return refInstant(ref, n * 60, 'hour');
    case 'day':
      return { value: fmtDays(ref.days + n), grain: 'day', days: ref.days + n };
    case 'week':
      return { value: fmtDays(ref.days + 7 * n), grain: 'day', days: ref.days + 7 * n };
    case 'month': {
      const mm = addMonths(r.y, r.m, n);
      return { value: fmtMonth(mm.y, mm.m), grain: 'month' };
    }
    case 'quarter': {
      const mm = addMonths(r.y, r.m, 3 * n);
      return { value: fmtMonth(mm.y, mm.m), grain: 'month' };
    }
    case 'year':
      return { value: fmtYear(r.y + n), grain: 'year' };
  }
}

function spanValue(c: Ctx, ref: Reference, unit: Unit, n: number | null, dir: -1 | 1, fromNow = false): Val | null {
  let count = n;
  if (count === null) {
    count = words().pluralDefault.count;
    c.note(`number of ${unit}s not given: ${count} assumed`);
  }
  const r = civilFromDays(ref.days);
  let a: string;
  let b: string;
  switch (unit) {
    case 'minute':
    case 'hour': {
      const mins = (unit === 'hour' ? 60 : 1) * count * dir;
      const now = refInstant(ref, 0, unit).value;
      const other = refInstant(ref, mins, unit).value;
      [a, b] = dir < 0 ? [other, now] : [now, other];
      break;
    }
    case 'day':
      [a, b] = dir < 0 ? [fmtDays(ref.days - count), fmtDays(ref.days)] : [fmtDays(ref.days), fmtDays(ref.days + count)];
      break;
    case 'week':
      if (fromNow) [a, b] = [fmtDays(ref.days), fmtDays(ref.days + 7 * count)];
      else if (dir < 0) [a, b] = [fmtWeek(weekStart(ref.days) - 7 * count), fmtWeek(weekStart(ref.days) - 7)];
      else [a, b] = [fmtWeek(weekStart(ref.days) + 7), fmtWeek(weekStart(ref.days) + 7 * count)];
      break;
    case 'month':
    case 'quarter': {
      const k = unit === 'quarter' ? 3 * count : count;
      const o = addMonths(r.y, r.m, dir * k);
      [a, b] = dir < 0 ? [fmtMonth(o.y, o.m), fmtMonth(r.y, r.m)] : [fmtMonth(r.y, r.m), fmtMonth(o.y, o.m)];
      break;
    }
    case 'year':
      [a, b] = dir < 0 ? [fmtYear(r.y - count), fmtYear(r.y)] : [fmtYear(r.y), fmtYear(r.y + count)];
      break;
  }
  return { value: `${a}/${b}`, grain: 'interval' };
}

/** A zone named after a day with no clock time: noted, the value stays the day. */
function zoneOfDay(c: Ctx, zone: string | undefined, time: TimeSem | undefined): void {
  if (zone === undefined || time) return;
  c.note(zone === 'LOCAL' ? 'local time named without a clock time: the value is the day' : `time zone ${zone} named without a clock time: the value is the day there, with no offset`);
}

function resolveInto(c: Ctx, s: Sem): Val | null {
  switch (s.t) {
    case 'abs': {
      zoneOfDay(c, s.zone, s.time);
      const v = resolveDate(c, s.date);
      if (!v) return null;
      if (s.time && v.days !== undefined) return withClock(c, v.days, s.time);
      return v;
    }
    case 'relday': {
      zoneOfDay(c, s.zone, s.time);
      const ref = c.need();
      if (!ref) return null;
      const days = ref.days + s.offset;
      checkWeekday(c, days, s.weekday);
      return atDay(c, days, s.time, s.daypart);
    }
    case 'weekday': {
      zoneOfDay(c, s.zone, s.time);
      const ref = c.need();
      if (!ref) return null;
      if (s.dir === null && s.weekRel === undefined) c.note('weekday without a direction: the nearest one to the reference');
      const days = weekdayDays(ref, s.day, s.dir, s.weekRel);
      if (s.eve) c.note('ليلة + weekday: the evening before that day');
      return atDay(c, s.eve ? days - 1 : days, s.time, s.daypart);
    }
    case 'period': {
      const ref = c.need();
      if (!ref) return null;
      if (s.part) c.note(`part of the period: ${s.part}`);
      return periodValue(ref, s.unit, s.rel, s.part);
    }
    case 'shift': {
      const ref = c.need();
      if (!ref) return null;
      if (s.approx) c.note('approximate: the text qualifies the amount (أكثر من, نحو...)');
      return shiftValue(ref, s.unit, s.n * s.dir);
    }
    case 'span': {
      const ref = c.need();
      if (!ref) return null;
      return spanValue(c, ref, s.unit, s.n, s.dir, s.fromNow);
    }
    case 'now': {
      const ref = c.need();
      if (!ref) return null;
      return { value: ref.iso, grain: 'second', days: ref.days };
    }
    case 'time':
      return timeOnly(c, s.time);
    case 'holiday':
      return holidayValue(c, s.idx, s.y, s.cal);
    case 'century': {
      let n = s.n;
      if (n === undefined) {
        const ref = c.need();
        if (!ref) return null;
        n = Math.floor(civilFromDays(ref.days).y / 100) + 1 + (s.rel ?? 0);
      }
      c.calendar = 'gregorian';
      return { value: `${fmtYear((n - 1) * 100)}/${fmtYear((n - 1) * 100 + 99)}`, grain: 'interval' };
    }
    case 'decade': {
      c.calendar = 'gregorian';
      if (s.century === undefined) c.note('decade read in the 20th century');
      const base = ((s.century ?? 20) - 1) * 100 + s.n;
      return { value: `${fmtYear(base)}/${fmtYear(base + 9)}`, grain: 'interval' };
    }
    case 'season': {
      let y = s.y;
      const [a, b] = s.months;
      if (y === undefined) {
        const ref = c.need();
        if (!ref) return null;
        const r = civilFromDays(ref.days);
        y = r.y;
        // the season holding the reference, then step by `rel` years
        if (b > 12 && r.m <= b - 12) y--;
        if (s.rel === -1) y = (a <= r.m && r.m <= b) || (b > 12 && (r.m >= a || r.m <= b - 12)) ? y - 1 : r.m < a ? y - 1 : y;
        if (s.rel === 1) y = r.m < a && !(b > 12 && r.m <= b - 12) ? y : y + 1;
      }
      c.calendar = 'gregorian';
      c.note('northern-hemisphere meteorological season');
      const end = addMonths(y, 1, b - 1);
      return { value: `${fmtMonth(y, a)}/${fmtMonth(end.y, end.m)}`, grain: 'interval' };
    }
    case 'interval': {
      let from = s.from;
      let to = s.to;
      [from, to] = fillInterval(from, to);
      const a = resolveInto(c, from);
      const b = resolveInto(c, to);
      if (!a || !b) return null;
      const sa = a.value.indexOf('/');
      const av = sa < 0 ? a.value : a.value.slice(0, sa);
      const bv = b.value.slice(b.value.lastIndexOf('/') + 1);
      return { value: `${av}/${bv}`, grain: 'interval' };
    }
  }
}

/** Let the two ends of an interval share what only one of them says (month, year, daypart). */
function fillInterval(a: Sem, b: Sem): [Sem, Sem] {
  if (a.t === 'abs' && b.t === 'abs') {
    const x = { ...a.date };
    const y = { ...b.date };
    if (x.y === undefined && y.y !== undefined && x.cal === y.cal) x.y = y.y;
    if (y.y === undefined && x.y !== undefined && x.cal === y.cal) y.y = x.y;
    if (x.m === undefined && y.m !== undefined && x.d !== undefined) x.m = y.m;
    if (y.m === undefined && x.m !== undefined && y.d !== undefined) y.m = x.m;
    return [{ ...a, date: x }, { ...b, date: y }];
  }
  if (a.t === 'time' && b.t === 'time') {
    const x = { ...a.time };
    if (!x.daypart && b.time.daypart && x.h < 12 && b.time.h >= 12 && x.h + 12 <= b.time.h) x.h += 12;
    if (!x.zone && b.time.zone) x.zone = b.time.zone;
    return [{ ...a, time: x }, b];
  }
  return [a, b];
}

/** Resolve a parsed meaning against an optional reference time. */
export function resolve(sem: Sem, ref: Reference | null): Resolved {
  // one context reused from call to call (its notes and warnings lists are handed over, never reused)
  let c = idleCtx;
  idleCtx = null;
  if (c) c.start(ref);
  else c = new Ctx(ref);
  let v: Val | null = null;
  try {
    v = resolveInto(c, sem);
  } catch {
    v = null;
    c.note('could not be resolved');
  }
  const grain: Grain = v?.grain ?? grainOf(sem);
  if (sem.t === 'interval' && v) c.relative = c.relative || false;
  const r: Resolved = { value: v?.value ?? null, grain, calendar: c.calendar, relative: c.relative, notes: c.notes, warnings: c.warnings };
  idleCtx = c;
  return r;
}

let idleCtx: Ctx | null = null;

function grainOf(s: Sem): Grain {
  switch (s.t) {
    case 'abs':
      return s.time ? (s.time.hourOnly ? 'hour' : 'minute') : s.date.d !== undefined ? 'day' : s.date.m !== undefined ? 'month' : 'year';
    case 'relday':
    case 'weekday':
      return s.time ? 'minute' : s.daypart ? 'interval' : 'day';
    case 'period':
      return s.unit === 'week' ? 'week' : s.unit === 'month' ? 'month' : s.unit === 'quarter' ? 'quarter' : 'year';
    case 'shift':
      return s.unit === 'minute' ? 'minute' : s.unit === 'hour' ? 'hour' : s.unit === 'month' ? 'month' : s.unit === 'year' ? 'year' : 'day';
    case 'span':
    case 'interval':
      return 'interval';
    case 'now':
      return 'second';
    case 'holiday':
      return 'day';
    case 'century':
    case 'decade':
    case 'season':
      return 'interval';
    case 'time':
      return 'time';
  }
}

interface HolidayDef {
  hijri?: [number, number];
  gregorian?: [number, number];
  rule?: 'easter' | 'orthodox-easter';
}

/** Western Easter Sunday (anonymous Gregorian computus). */
function easter(y: number): number {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const cc = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(cc / 4);
  const k = cc % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return daysFromCivil(y, month, day);
}

/** Orthodox Easter Sunday (Julian computus, moved to the Gregorian calendar). */
function orthodoxEaster(y: number): number {
  const a = y % 4;
  const b = y % 7;
  const cc = y % 19;
  const d = (19 * cc + 15) % 30;
  const e = (2 * a + 4 * b - d + 34) % 7;
  const month = Math.floor((d + e + 114) / 31);
  const day = ((d + e + 114) % 31) + 1;
  const julianDiff = Math.floor(y / 100) - Math.floor(y / 400) - 2;
  return daysFromCivil(y, month, day) + julianDiff;
}

let holidayDefs: HolidayDef[] | null = null;

function holidayValue(c: Ctx, idx: number, y: number | undefined, cal: 'gregorian' | 'hijri' | undefined): Val | null {
  if (!holidayDefs) holidayDefs = loadJson<{ holidays: HolidayDef[] }>('time', 'holidays.json').holidays;
  const h = holidayDefs[idx];
  if (!h) return null;
  let gy = y;
  let ref: Reference | null = null;
  if (gy === undefined) {
    ref = c.need();
    if (!ref) return null;
    gy = civilFromDays(ref.days).y;
  }
  const one = (z: number): Val => ({ value: fmtDays(z), grain: 'day', days: z });
  if (h.hijri) {
    c.calendar = 'hijri';
    const [hm, hd] = h.hijri;
    if (cal === 'hijri' && y !== undefined) {
      const r = hijriToDays(y, hm, hd);
      return r ? one(r.days) : null;
    }
    // occurrences in Gregorian year gy
    const first = daysToHijri(daysFromCivil(gy, 1, 1)).y;
    const found: number[] = [];
    for (const hy of [first, first + 1]) {
      const r = hijriToDays(hy, hm, hd);
      if (r && civilFromDays(r.days).y === gy) found.push(r.days);
    }
    if (found.length === 0) return null;
    const pick = ref && found.length > 1 ? (found.find((z) => z >= ref!.days) ?? found[found.length - 1]!) : found[0]!;
    return one(pick);
  }
  c.calendar = 'gregorian';
  if (h.gregorian) return one(daysFromCivil(gy, h.gregorian[0], h.gregorian[1]));
  if (h.rule === 'easter') return one(easter(gy));
  if (h.rule === 'orthodox-easter') return one(orthodoxEaster(gy));
  return null;
}
