/** What a date expression means before it is resolved against a reference time. */
import type { Part, Unit } from './lexicon.js';

export type Cal = 'gregorian' | 'hijri';

export interface DateSem {
  cal: Cal;
  y?: number;
  m?: number;
  d?: number;
  /** Month or year named with الماضي (-1), المقبل (+1), الجاري (0), without a year. */
  dir?: number;
  /** Month relative to the reference month (من الشهر الماضي: -1). */
  mRel?: number;
  /** Year relative to the reference year (من العام الماضي: -1). */
  yRel?: number;
  /** Weekday written beside the date (checked against it). */
  weekday?: number;
  /** The day was written as an ordinal word (الثالث): `الثلاثاء الثالث من أيلول` may be the third Tuesday. */
  ordinalDay?: boolean;
  /** The nth (1..5, -1 = last) `weekday` of the month (اول ثلاثاء من أكتوبر). */
  nth?: number;
  /**
   * The nth (1..5, -1 = last) week of the month (الأسبوع الأول من أكتوبر): the weeks are the
   * Monday-to-Sunday weeks that lie wholly in the month (Duckling's reading: the first week of
   * October 2014 is 2014-W41, the last of September 2014 is 2014-W39).
   */
  week?: number;
  /** A Gregorian year given with a Hijri month (رمضان 2019). */
  gy?: number;
  part?: Part;
}

/**
 * A DateSem with every field present (undefined when not given), always in the same order: all date
 * meanings share one object shape, so the resolver's reads of them stay monomorphic (V8).
 */
export function dateSem(cal: Cal, y?: number, m?: number, d?: number, more?: { dir?: number; mRel?: number; yRel?: number; weekday?: number; week?: number }): DateSem {
  return {
    cal,
    y,
    m,
    d,
    dir: more?.dir,
    mRel: more?.mRel,
    yRel: more?.yRel,
    weekday: more?.weekday,
    ordinalDay: undefined,
    nth: undefined,
    week: more?.week,
    gy: undefined,
    part: undefined,
  };
}

export interface TimeSem {
  h: number;
  mi: number;
  s?: number;
  /** Only the hour was given. */
  hourOnly: boolean;
  /** Zone id from data/time/zones.json, or 'LOCAL' for بالتوقيت المحلي. */
  zone?: string;
  daypart?: string;
}

/**
 * `zone` on a day (abs, relday, weekday) without a time: a time zone named after the day with no clock
 * time (يوم الجمعة بتوقيت مكة). The value stays the day (an ISO date has no offset); the resolver
 * notes the zone so that it is not lost.
 */
export type Sem =
  | { t: 'abs'; date: DateSem; time?: TimeSem; zone?: string }
  | { t: 'relday'; offset: number; weekday?: number; daypart?: string; time?: TimeSem; zone?: string }
  | { t: 'weekday'; day: number; dir: number | null; weekRel?: number; daypart?: string; time?: TimeSem; ord?: number; eve?: boolean; zone?: string }
  | { t: 'period'; unit: Unit; rel: number; part?: Part }
  | { t: 'shift'; unit: Unit; n: number; dir: -1 | 1; approx?: boolean }
  | { t: 'span'; unit: Unit; n: number | null; dir: -1 | 1; fromNow?: boolean }
  | { t: 'now' }
  | { t: 'holiday'; idx: number; y?: number; cal?: Cal }
  | { t: 'decade'; n: number; century?: number }
  | { t: 'century'; n?: number; rel?: number }
  | { t: 'season'; id: string; months: [number, number]; y?: number; rel?: number }
  | { t: 'time'; time: TimeSem }
  | { t: 'interval'; from: Sem; to: Sem };

export interface Parsed {
  /** Tokens [i, j); `skip` normalized characters of clitic dropped from token i. */
  i: number;
  j: number;
  skip: number;
  sem: Sem;
}
