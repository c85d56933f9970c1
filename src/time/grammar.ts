/**
 * The date grammar: small parsers over the token view (tokens.ts) that recognise absolute
 * Gregorian and Hijri dates, numeric dates, years, relative days, weekdays, periods, shifts,
 * spans, clock times with zones, and intervals. Each returns the token range and its meaning
 * (sem.ts); resolution against a reference time is in resolve.ts.
 */
import { loadJson } from '../data/load.js';
import { normalizeText } from '../text/normalize.js';
import type { Lex, Part, Unit } from './lexicon.js';
import { KIND, MARK, Matcher, type Hit } from './match.js';
import { K_NUM, K_WORD } from './tokens.js';
import { dateSem, type Cal, type DateSem, type Parsed, type Sem, type TimeSem } from './sem.js';

interface Got<T> {
  j: number;
  v: T;
}

const SEPS = '-–—|,/';
/** Words allowed between a date and its Gregorian/Hijri equivalent, between a date and its time, and between a time and its date. */
const GRAMMAR_WORDS = loadJson<{
  grammarWords: { corresponding: string[]; beforeTime: string[]; beforeDate: string[]; singularUnits: string[]; pluralUnits: string[] };
}>('time', 'words.json').grammarWords;
/** A word list in the search form of the tokens it is compared with (قرابة → قرابه), so the data can spell words as written. */
const searchForms = (words: readonly string[]): string[] => words.map((w) => normalizeText(w));
const W_CORRESPONDING: readonly string[] = searchForms(GRAMMAR_WORDS.corresponding);
const W_BEFORE_TIME: readonly string[] = searchForms(GRAMMAR_WORDS.beforeTime);
const W_BEFORE_DATE: readonly string[] = searchForms(GRAMMAR_WORDS.beforeDate);
const DATE_NUM_SEPS = '/-.';

export class Grammar {
  // memo tables by position (dates and simple ones also by bareYear), preallocated and grown by doubling
  private memoDate: (Parsed | null | undefined)[] = new Array<Parsed | null | undefined>(128).fill(undefined);
  private memoSimple: (Parsed | null | undefined)[] = new Array<Parsed | null | undefined>(128).fill(undefined);
  private memoClock: (Parsed | null | undefined)[] = new Array<Parsed | null | undefined>(64).fill(undefined);
  constructor(readonly m: Matcher) {}

  /** Forget the parses of the previous text (the matcher has been reset to a new one). */
  reset(): void {
    // only the entries written since the last reset (memo keys are below 2 * top)
    for (let k = 0; k < this.top; k++) {
      this.memoDate[2 * k] = this.memoDate[2 * k + 1] = undefined;
      this.memoSimple[2 * k] = this.memoSimple[2 * k + 1] = undefined;
      this.memoClock[k] = undefined;
    }
    this.top = 0;
  }

  /** One past the highest position memoized since the last reset. */
  private top = 0;

  /** Make the memo tables hold position i. */
  private grow(i: number): void {
    const n = Math.max(2 * this.memoClock.length, i + 1);
    const more = (a: (Parsed | null | undefined)[], size: number) => {
      const b = new Array<Parsed | null | undefined>(size).fill(undefined);
      for (let k = 0; k < a.length; k++) b[k] = a[k];
      return b;
    };
    this.memoDate = more(this.memoDate, 2 * n);
    this.memoSimple = more(this.memoSimple, 2 * n);
    this.memoClock = more(this.memoClock, n);
  }

  // ---------------------------------------------------------------- small pieces

  /** A day of the month: 1-2 digits or an ordinal word. */
  day(i: number): Got<number> | null {
    const n = this.m.num(i);
    if (n !== null && this.m.len(i) <= 2 && n >= 1 && n <= 31 && !this.m.isPunct(i + 1, ':')) return { j: i + 1, v: n };
    const o = this.m.getN(i, KIND.ord, 1, 31);
    if (o) return { j: o.j, v: o.lex.n };
    return null;
  }

  /** Skip an optional marker. */
  opt(i: number, m: Parameters<Matcher['marker']>[1]): number {
    const h = this.m.marker(i, m);
    return h ? h.j : i;
  }

  optWord(i: number, words: readonly string[]): number {
    return this.m.isWordIn(i, words) ? i + 1 : i;
  }

  optPunct(i: number, chars: string): number {
    return this.m.isPunct(i, chars) ? i + 1 : i;
  }

  /** A month name (with optional شهر before, dual forms after); `ctx` says whether it is surely a month. */
  month(i: number): Got<{ cal: Cal; m: number; ctx: boolean }> | null {
    let k = i;
    const mw = this.m.marker(i, MARK.monthWord);
    if (mw) k = mw.j;
    const h = this.monthName(k);
    if (h) {
      const cal: Cal = h.lex.k === 'hmonth' ? 'hijri' : 'gregorian';
      let j = h.j;
      let ctx = !h.lex.context || !!mw;
      // dual forms: آذار/مارس, أغسطس (آب), شباط - فبراير
      const open = this.m.isPunct(j, '(');
      if (this.m.isPunct(j, '/(-')) {
        const h2 = this.monthName(j + 1);
        if (h2 && h2.lex.k === h.lex.k && h2.lex.month === h.lex.month) {
          j = h2.j;
          if (open && this.m.isPunct(j, ')')) j++;
          ctx = true;
        }
      }
      return { j, v: { cal, m: h.lex.month, ctx } };
    }
    if (mw) {
      // شهر 3, الشهر التاسع, شهر ثلاثة
      const n = this.m.num(k);
      if (n !== null && n >= 1 && n <= 12 && this.m.len(k) <= 2) return { j: k + 1, v: { cal: 'gregorian', m: n, ctx: true } };
      const w = this.m.getN(k, KIND.ord, -Infinity, 12) ?? this.m.getN(k, KIND.card, -Infinity, 12);
      if (w) return { j: w.j, v: { cal: 'gregorian', m: w.lex.n, ctx: true } };
    }
    return null;
  }

  private monthName(i: number): (Hit & { lex: Extract<Lex, { k: 'gmonth' | 'hmonth' }> }) | null {
    if (!(this.m.kinds(i) & (KIND.gmonth | KIND.hmonth))) return null;
    for (const h of this.m.hits(i)) if (h.lex.k === 'gmonth' || h.lex.k === 'hmonth') return h as Hit & { lex: Extract<Lex, { k: 'gmonth' | 'hmonth' }> };
    return null;
  }

  /** A calendar marker right after a year: هـ / م / هجري / ميلادي. */
  calMarker(i: number): Got<Cal> | null {
    const h = this.m.marker(i, MARK.hijri | MARK.gregorian, false);
    if (!h || h.lex.k !== 'marker') return null;
    return { j: h.j, v: h.lex.m === 'hijri' ? 'hijri' : 'gregorian' };
  }

  /** A year: [عام|سنة] digits [هـ|م]. Bare years need `bareOk` (a preposition before) or a calendar marker. */
  year(i: number, bareOk = false, cal: Cal = 'gregorian'): Got<{ y: number; cal?: Cal; marked: boolean }> | null {
    let k = i;
    const ym = this.m.marker(i, MARK.year);
    if (ym) k = ym.j;
    const n = this.m.num(k);
    if (n === null) return null;
    const len = this.m.len(k);
    let j = k + 1;
    const cm = this.calMarker(j);
    if (cm) j = cm.j;
    if (this.m.isPunct(j, ':') || (this.m.isPunct(j, '.,') && this.m.num(j + 1) !== null && !this.m.spaceBefore(j + 1))) return null;
    if (ym || cm) {
      if (len < 3 || len > 4) return null;
    } else {
      const inRange = len === 4 && (cal === 'hijri' ? n >= 1300 && n <= 1600 : n >= 1900 && n <= 2100);
      if (!inRange) return null;
      if (!bareOk) {
        // a bare year stands alone: before punctuation or the end, or in a list (1949 و1952)
        const next = this.m.kindOf(j);
        const listed = this.m.isWord(j, 'و') && this.m.num(j + 1) !== null;
        if (next === K_WORD && !listed) return null;
        if (next === K_NUM) return null;
        if (this.m.isPunct(j, '%$٪')) return null;
      }
    }
    return { j, v: { y: n, cal: cm?.v, marked: !!ym } };
  }

  /** A count: digits, a number word, or nothing when the unit is dual. */
  count(i: number): Got<number> | null {
    const n = this.m.num(i);
    if (n !== null) return n > 0 && n < 1000 ? { j: i + 1, v: n } : null;
    if (this.m.kindOf(i) !== K_WORD || this.m.isWord(i, 'احد') || this.m.isWord(i, 'احدي')) return null;
    const c = this.m.get(i, KIND.card);
    if (c) return { j: c.j, v: c.lex.n };
    // الثلاثة, الستة (the definite count after a plural: الأسابيع الثلاثة القادمة)
    const card = this.m.definiteCard(i);
    if (card !== null) return { j: i + 1, v: card };
    return null;
  }

  dir(i: number): Got<number> | null {
    const d = this.m.get(i, KIND.dir);
    return d ? { j: d.j, v: d.lex.dir } : null;
  }

  // ---------------------------------------------------------------- dates

  /** 15/8/2015, 2015-08-15, 15.8.2015, 1436/10/15هـ, 2/2013; d/m only when `dayOk`. */
  numericDate(i: number, dayOk = false): Parsed | null {
    const m = this.m;
    const a = m.num(i);
    if (a === null) return null;
    if (i > 0 && m.isPunct(i - 1, DATE_NUM_SEPS) && !m.spaceBefore(i) && m.num(i - 2) !== null) return null;
    if (!m.isPunct(i + 1, DATE_NUM_SEPS) || m.spaceBefore(i + 1)) return null;
    const sep = m.punctCode(i + 1);
    const b = m.num(i + 2);
    if (b === null || m.spaceBefore(i + 2)) return null;
    const la = m.len(i);
    const lb = m.len(i + 2);
    let j = i + 3;
    let parts: number[] = [a, b];
    let lens = [la, lb];
    if (m.punctCode(j) === sep && !m.spaceBefore(j) && m.num(j + 1) !== null && !m.spaceBefore(j + 1)) {
      parts.push(m.num(j + 1)!);
      lens.push(m.len(j + 1));
      j += 2;
      if (m.isPunct(j, DATE_NUM_SEPS) && m.num(j + 1) !== null && !m.spaceBefore(j)) return null;
    } else if (m.isPunct(j, DATE_NUM_SEPS) && m.num(j + 1) !== null) return null;
    const cm = this.calMarker(j);
    if (cm) j = cm.j;
    let date: DateSem | null = null;
    if (parts.length === 3) {
      let y: number, mo: number, d: number;
      if (lens[0] === 4) [y, mo, d] = parts as [number, number, number];
      else if (lens[2] === 4) {
        [d, mo, y] = parts as [number, number, number];
        if (mo > 12 && d <= 12) [d, mo] = [mo, d];
      } else return null;
      if (lens[1]! > 2) return null;
      const cal: Cal = cm?.v ?? (y >= 1300 && y <= 1500 ? 'hijri' : 'gregorian');
      if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
      date = dateSem(cal, y, mo, d);
    } else {
      if (sep === 0x2e) return null;
      if (lb === 4 && la <= 2 && a >= 1 && a <= 12) date = dateSem(cm?.v ?? 'gregorian', b, a);
      else if (dayOk && la <= 2 && lb <= 2 && a >= 1 && a <= 31 && b >= 1 && b <= 12) date = dateSem('gregorian', undefined, b, a);
      else return null;
    }
    parts = [];
    lens = [];
    return { i, j, skip: 0, sem: { t: 'abs', date } };
  }

  /** The rest after a month: [،] [من] (year | direction | من العام الماضي). */
  private afterMonth(j: number, date: DateSem): number {
    const m = this.m;
    let k = this.optPunct(j, ',');
    const from = m.marker(k, MARK.from, false);
    const k2 = from ? from.j : m.isWord(k, 'في') && m.marker(k + 1, MARK.year) ? k + 1 : k;
    if (date.cal === 'hijri' && date.m !== undefined) {
      // رمضان 2019: a Hijri month in a Gregorian year
      const gy = this.year(k2, true);
      if (gy && gy.v.cal !== 'hijri' && gy.v.y >= 1700) {
        date.gy = gy.v.y;
        return gy.j;
      }
    }
    const y = this.year(k2, true, date.cal);
    if (y) {
      date.y = y.v.y;
      if (y.v.cal === 'hijri' && date.cal === 'gregorian' && date.m === undefined) date.cal = 'hijri';
      return y.j;
    }
    k = j;
    const d = this.dir(k);
    if (d) {
      date.dir = d.v;
      return d.j;
    }
    // (من) العام الماضي / من هذا العام
    const p = this.periodRef(from ? from.j : j, 'year');
    if (p) {
      date.yRel = p.v;
      return p.j;
    }
    return j;
  }

  /** (هذا) الشهر|العام (الماضي|المقبل|الجاري) → relative offset of that unit. */
  periodRef(i: number, unit: Unit): Got<number> | null {
    let k = i;
    const dem = this.m.isWord(i, 'هذا') || this.m.isWord(i, 'هذه');
    if (dem) k++;
    const u = this.m.get(k, KIND.unit, DEFINITE_UNIT[unit]);
    if (!u) return null;
    const d = this.dir(u.j);
    if (d) return { j: d.j, v: d.v };
    if (dem) return { j: u.j, v: 0 };
    return null;
  }

  /** [part] day [من] month [year] and day ranges `13-15 تموز`. */
  dayMonth(i: number): Parsed | null {
    const m = this.m;
    let k = i;
    const part = this.part(i);
    if (part && part.v === 'start' && this.m.get(i, KIND.ord)) {
      // "أول" is both a part word and the ordinal 1: prefer the ordinal here
    }
    const d1 = this.day(k);
    if (!d1) return null;
    const skip = m.get(i, KIND.ord)?.skip ?? 0;
    k = d1.j;
    // ثالث يوم من شهر عشرة
    if (m.num(i) === null && m.isWord(k, 'يوم')) k++;
    let d2: Got<number> | null = null;
    if (m.isPunct(k, '-') || m.marker(k, MARK.to)) {
      const toK = m.isPunct(k, '-') ? k + 1 : m.marker(k, MARK.to)!.j;
      d2 = this.day(toK);
      if (d2) k = d2.j;
    }
    const from = m.marker(k, MARK.from, false);
    const kMonth = from ? from.j : k;
    const mo = this.month(kMonth);
    if (!mo) {
      // ordinal + من + (هذا الشهر | الشهر الماضي)
      if (from && !d2) {
        const p = this.periodRef(kMonth, 'month');
        if (p) return { i, j: p.j, skip, sem: { t: 'abs', date: dateSem('gregorian', undefined, undefined, d1.v, { mRel: p.v }) } };
      }
      return null;
    }
    // a bare number before a context-sensitive month (مارس 'practised') is enough context
    const date: DateSem = dateSem(mo.v.cal, undefined, mo.v.m, d1.v);
    if (m.num(i) === null) date.ordinalDay = true;
    const j = this.afterMonth(mo.j, date);
    if (d2) {
      const date2: DateSem = { ...date, d: d2.v };
      return { i, j, skip, sem: { t: 'interval', from: { t: 'abs', date }, to: { t: 'abs', date: date2 } } };
    }
    return { i, j, skip, sem: { t: 'abs', date } };
  }

  /** month day [، year]: يوليو 13, يناير 22، 2021, اغسطس 27 الى 29. */
  monthDay(i: number): Parsed | null {
    const mo = this.month(i);
    if (!mo) return null;
    const d1 = this.day(mo.j);
    if (!d1 || this.m.get(mo.j, KIND.ord)) return null;
    let k = d1.j;
    let d2: Got<number> | null = null;
    if (this.m.isPunct(k, '-') || this.m.marker(k, MARK.to)) {
      const toK = this.m.isPunct(k, '-') ? k + 1 : this.m.marker(k, MARK.to)!.j;
      d2 = this.day(toK);
      if (d2) k = d2.j;
    }
    const date: DateSem = dateSem(mo.v.cal, undefined, mo.v.m, d1.v);
    const y = this.year(this.optPunct(k, ','), true);
    if (y) {
      date.y = y.v.y;
      k = y.j;
    }
    if (d2) return { i, j: k, skip: 0, sem: { t: 'interval', from: { t: 'abs', date }, to: { t: 'abs', date: { ...date, d: d2.v } } } };
    return { i, j: k, skip: 0, sem: { t: 'abs', date } };
  }

  part(i: number): Got<Part> | null {
    const p = this.m.get(i, KIND.part);
    return p ? { j: p.j, v: p.lex.part } : null;
  }

  /** [part [من]] month (year | direction | nothing when surely a month). */
  monthYear(i: number): Parsed | null {
    let k = i;
    const part = this.part(i);
    if (part) k = this.opt(part.j, MARK.from);
    const mo = this.month(k);
    if (!mo) return null;
    const date: DateSem = dateSem(mo.v.cal, undefined, mo.v.m);
    if (part) date.part = part.v;
    const j = this.afterMonth(mo.j, date);
    if (j === mo.j && !mo.v.ctx && !part) return null;
    const skip = part ? this.m.get(i, KIND.part)!.skip : (this.m.marker(i, MARK.monthWord)?.skip ?? this.monthName(i)?.skip ?? 0);
    return { i, j, skip, sem: { t: 'abs', date } };
  }

  /** [part [من]] (عام 2014 | 2014م | 1442هـ | bare 4-digit year after a preposition). */
  yearOnly(i: number, bareOk: boolean): Parsed | null {
    let k = i;
    const part = this.part(i);
    if (part) k = this.opt(part.j, MARK.from);
    const y = this.year(k, bareOk || !!part);
    if (!y) return null;
    const cal: Cal = y.v.cal ?? 'gregorian';
    const date: DateSem = dateSem(cal, y.v.y);
    if (part) date.part = part.v;
    let j = y.j;
    // year ranges: 2014-2015, 2014 و2015 handled by intervals; here 2014/2015 season forms are left alone
    const skip = part ? this.m.get(i, KIND.part)!.skip : (this.m.marker(i, MARK.year)?.skip ?? 0);
    if (this.m.isPunct(j, '/') && this.m.num(j + 1) !== null) j = y.j; // keep
    return { i, j, skip, sem: { t: 'abs', date } };
  }

  /** [part [من]] (هذا) الأسبوع|الشهر|العام (الماضي|المقبل|الجاري). */
  period(i: number): Parsed | null {
    let k = i;
    const part = this.part(i);
    if (part) k = this.opt(part.j, MARK.from);
    const dem = this.m.isWord(k, 'هذا') || this.m.isWord(k, 'هذه');
    const k0 = k;
    if (dem) k++;
    const u = this.m.get(k, KIND.unit, PERIOD_UNIT);
    if (!u) return null;
    if (!this.m.startsWith(k, 'ال') && !anyClitic(this.m.hits(k))) return null;
    const d = this.dir(u.j);
    let j = u.j;
    let rel: number;
    if (d) {
      rel = d.v;
      j = d.j;
    } else if (dem || part) rel = 0;
    else return null;
    // plural units (الأشهر الماضية) are spans, not periods
    if (PLURAL_UNITS.has(this.m.text(k))) return null;
    const skip = part ? this.m.get(i, KIND.part)!.skip : dem ? 0 : u.skip;
    void k0;
    return { i, j, skip, sem: { t: 'period', unit: u.lex.unit, rel, part: part?.v } };
  }

  /** منذ يومين, قبل 3 أيام, قبل أسبوع, بعد يومين, بعد ثلاثة أشهر; colloquial من يومين, من اسبوع (see `colloquialAgo`). */
  shift(i: number): Parsed | null {
    const m = this.m;
    const mk = m.marker(i, MARK.ago | MARK.later);
    if (!mk || mk.lex.k !== 'marker') return this.colloquialAgo(i);
    const tok = stripConj(m.text(i));
    const dir: -1 | 1 = tok === 'بعد' ? 1 : tok === 'منذ' || tok === 'قبل' ? -1 : 0 as never;
    if (dir !== 1 && dir !== -1) return this.colloquialAgo(i);
    let k = mk.j;
    const approx = m.marker(k, MARK.approx);
    if (approx) k = approx.j;
    const a = this.amount(k);
    if (!a) return null;
    return { i, j: a.j, skip: mk.skip, sem: { t: 'shift', unit: a.v.unit, n: a.v.n, dir, approx: !!approx } };
  }

  /** A count and a unit after an ago/later word: 3 أيام, ثلاثة أشهر, يومين (dual), أسبوع (singular: one). */
  private amount(k0: number): Got<{ unit: Unit; n: number; counted: boolean }> | null {
    const m = this.m;
    let k = k0;
    let n: number | null = null;
    const c = this.count(k);
    if (c) {
      n = c.v;
      k = c.j;
    }
    const u = m.get(k, KIND.unit, INDEFINITE_UNIT);
    if (!u) return null;
    // منذ عام 2011 is a year, not "a year ago"
    if (n === null && u.lex.unit === 'year' && m.num(u.j) !== null) return null;
    const counted = n !== null || u.lex.count !== null;
    if (n === null) {
      if (u.lex.count !== null) n = u.lex.count;
      else if (isSingular(m.text(k))) n = 1;
      else return null;
    } else if (u.lex.count !== null) return null;
    return { j: u.j, v: { unit: u.lex.unit, n, counted } };
  }

  /**
   * Colloquial من for منذ (من يومين, من 3 ايام, من اسبوع: data/time/words.json `colloquialAgo`). من is
   * mostly "from", "of" or "than" in news, so only an amount that ends its clause (before punctuation
   * or the end of the text) reads as "ago", and not after a word of `notAfter` (أكثر من يومين, الأقل
   * من, لمدة) or at the end of an approximation (ما يقرب من): من يوم لآخر, من يومين إلى ثلاثة, من
   * يوم الخميس, من شهر عبادة are not "ago".
   */
  private colloquialAgo(i: number): Parsed | null {
    const m = this.m;
    const mk = m.marker(i, MARK.agoColloquial);
    if (!mk) return null;
    // the cheap tests first (من is frequent): a unit within two tokens, then the amount
    if (!(m.kinds(mk.j) & KIND.unit) && !(m.kinds(mk.j + 1) & KIND.unit) && !(m.kinds(mk.j + 2) & KIND.unit)) return null;
    const a = this.amount(mk.j);
    if (!a) return null;
    // the amount ends its clause: من شهر عبادة, من ربع النهائي, من عام ألفين are not "ago"
    const next = m.tok(a.j);
    if (next && (next.kind !== 'punct' || next.t === '-' || next.t === '/')) return null;
    const prev = m.tok(i - 1);
    if (prev && prev.kind === 'word' && (COLLOQUIAL_NOT_AFTER.has(stripConj(prev.t)) || COLLOQUIAL_NOT_AFTER.has(stripAl(stripConj(prev.t))))) return null;
    for (let k = Math.max(0, i - 3); k < i; k++) {
      const ap = m.marker(k, MARK.approx);
      if (ap && ap.j > i) return null;
    }
    return { i, j: a.j, skip: mk.skip, sem: { t: 'shift', unit: a.v.unit, n: a.v.n, dir: -1, approx: false } };
  }

  /** (خلال|في|طوال) الأيام|الأشهر [الثلاثة] الماضية/المقبلة, خلال 3 أيام, الـ24 ساعة الماضية. */
  span(i: number): Parsed | null {
    const m = this.m;
    let k = i;
    const lead = m.marker(i, MARK.during | MARK.later);
    if (lead) k = lead.j;
    if (m.isWord(k, 'ال')) k++;
    let n: number | null = null;
    const c = this.count(k);
    if (c) {
      n = c.v;
      k = c.j;
    }
    const u = m.get(k, KIND.unit);
    if (!u) return null;
    const plural = !isSingular(m.text(k));
    if (u.lex.count !== null) {
      if (n !== null) return null;
      n = u.lex.count;
    }
    k = u.j;
    if (n === null) {
      const c2 = this.count(k);
      if (c2) {
        n = c2.v;
        k = c2.j;
      }
    }
    const d = this.dir(k);
    if (d && d.v !== 0) {
      if (n === null && !plural) return null;
      const skip = lead ? lead.skip : u.skip;
      return { i, j: d.j, skip, sem: { t: 'span', unit: u.lex.unit, n, dir: d.v < 0 ? -1 : 1 } };
    }
    // خلال 3 أيام / خلال يومين: the coming n units
    if (lead && n !== null && !u.lex.definite) {
      const w = stripConj(m.text(i));
      if (w === 'بعد') return null;
      return { i, j: k, skip: lead.skip, sem: { t: 'span', unit: u.lex.unit, n, dir: 1, fromNow: true } };
    }
    return null;
  }

  /** [daypart] [يوم] relday [weekday] [daypart]: صباح اليوم، مساء أمس، أول أمس، اليوم الجمعة، أمس مساء. */
  relday(i: number): Parsed | null {
    const m = this.m;
    let k = i;
    let daypart: string | undefined;
    const dp = m.get(i, KIND.daypart, m.len(i) > 1 ? undefined : NOT_MORNING);
    if (dp && m.len(i) > 1) {
      daypart = dp.lex.id;
      k = dp.j;
      if (!m.get(k, KIND.relday) && !m.get(k, KIND.tonight)) k = this.opt(k, MARK.dayWord);
    }
    let r = m.get(k, KIND.relday);
    const tonight = !r ? m.get(k, KIND.tonight) : null;
    const now = !r && !tonight ? m.get(k, KIND.now) : null;
    if (!r && !tonight && !now) {
      const dw = m.marker(k, MARK.dayWord);
      if (dw) r = m.get(dw.j, KIND.relday);
      if (!r) return null;
    }
    if (now) {
      if (daypart) return null;
      return { i, j: now.j, skip: now.skip, sem: { t: 'now' } };
    }
    const hit = (r ?? tonight)!;
    let j = hit.j;
    const offset = r ? r.lex.offset : 0;
    if (tonight) daypart = daypart ?? 'night';
    let weekday: number | undefined;
    const w = m.get(this.optPunct(j, ',-'), KIND.weekday, NOT_BARE);
    if (w) {
      weekday = w.lex.day;
      j = w.j;
    }
    if (!daypart) {
      const dp2 = m.get(j, KIND.daypart, NOT_NIGHT);
      if (dp2 && m.len(j) > 1) {
        daypart = dp2.lex.id;
        j = dp2.j;
      }
    }
    const skip = daypart && dp ? dp.skip : hit.skip;
    return { i, j, skip, sem: { t: 'relday', offset, weekday, daypart } };
  }

  /** [daypart] [يوم|هذا] weekday [dir | من الأسبوع الماضي | ordinal day | [الموافق] date]. */
  weekday(i: number): Parsed | null {
    const m = this.m;
    let k = i;
    let daypart: string | undefined;
    let skip = 0;
    const dp = m.get(i, KIND.daypart);
    let eve = false;
    if (dp && m.len(i) > 1 && !m.get(i, KIND.weekday)) {
      daypart = dp.lex.id;
      skip = dp.skip;
      k = dp.j;
      // ليلة الجمعة is the night before Friday (Thursday evening)
      eve = m.tok(i)!.t.slice(dp.skip) === 'ليله';
    }
    const dw = m.marker(k, MARK.dayWord);
    let hadYawm = false;
    if (dw && m.get(dw.j, KIND.weekday)) {
      if (!daypart) skip = dw.skip;
      k = dw.j;
      hadYawm = true;
    } else if (m.isWord(k, 'هذا') && m.get(k + 1, KIND.weekday)) k++;
    // the first weekday hit when يوم came before it, when it is not a bare form, or when a week follows
    // (الأحد من الأسبوع المقبل); else the first hit that is not a bare form
    const w0 = m.get(k, KIND.weekday);
    const w = !w0 || hadYawm || !w0.lex.bare || this.periodRef(w0.j, 'week') ? w0 : m.get(k, KIND.weekday, NOT_BARE);
    if (!w) return null;
    if (!daypart && !hadYawm && k === i) skip = w.skip;
    let j = w.j;
    const day = w.lex.day;
    // weekday + date
    let k2 = this.optPunct(j, ',-');
    const paren = m.isPunct(k2, '(');
    if (paren) k2++;
    k2 = this.optWord(k2, W_CORRESPONDING);
    const dm = this.dayMonth(k2) ?? this.monthDay(k2) ?? this.numericDate(k2, true);
    if (dm && dm.sem.t === 'abs' && dm.sem.date.d !== undefined) {
      dm.sem.date.weekday = day;
      return { i, j: paren && m.isPunct(dm.j, ')') ? dm.j + 1 : dm.j, skip, sem: dm.sem };
    }
    const lastW = m.get(j, KIND.last);
    if (lastW) {
      const r = this.monthRef(lastW.j);
      if (r) return { i, j: r.j, skip, sem: { t: 'abs', date: { ...r.v, nth: -1, weekday: day } } };
    }
    const d = this.dir(j);
    if (d) return { i, j: d.j, skip, sem: { t: 'weekday', day, dir: d.v, daypart, eve } };
    // (من) الأسبوع الماضي / هذا الأسبوع
    const from = m.marker(j, MARK.from, false);
    const wk = this.periodRef(from ? from.j : j, 'week');
    if (wk) return { i, j: wk.j, skip, sem: { t: 'weekday', day, dir: null, weekRel: wk.v, daypart } };
    // السبت السادس عشر → day of the reference month
    const o = m.getN(j, KIND.ord, -Infinity, 31);
    if (o && m.startsWith(j, 'ال')) {
      let jj = o.j;
      const from2 = m.marker(jj, MARK.from, false);
      if (from2) {
        const p = this.periodRef(from2.j, 'month');
        if (p) return { i, j: p.j, skip, sem: { t: 'abs', date: dateSem('gregorian', undefined, undefined, o.lex.n, { mRel: p.v, weekday: day }) } };
      }
      jj = o.j;
      return { i, j: jj, skip, sem: { t: 'abs', date: dateSem('gregorian', undefined, undefined, o.lex.n, { mRel: 0, weekday: day }) } };
    }
    if (!daypart) {
      const dp2 = m.get(j, KIND.daypart, NOT_NIGHT);
      if (dp2 && m.len(j) > 1) {
        daypart = dp2.lex.id;
        j = dp2.j;
      }
    }
    return { i, j, skip, sem: { t: 'weekday', day, dir: null, daypart, eve } };
  }

  /**
   * The nth (or last, -1) week of a month: `weekUnit [من|في|ب] month` after the ordinal, where i is at
   * the week word (اول اسبوع بشهر اكتوبر); see `weekOfMonth` for the ordinal after the week.
   */
  private weekOf(i: number, nth: number): Got<DateSem> | null {
    const u = this.m.get(i, KIND.unit, WEEK_UNCOUNTED);
    if (!u || !isSingular(this.m.text(i))) return null;
    return this.weekMonth(u.j, nth);
  }

  /** The month of a week-of-month phrase ([من|في|ب] month [year], الشهر المقبل, or من الشهر = this month). */
  private weekMonth(i: number, nth: number): Got<DateSem> | null {
    const r = this.monthRef(i);
    if (r) return r.v.cal === 'gregorian' && r.v.d === undefined ? { j: r.j, v: { ...r.v, week: nth } } : null;
    const from = this.m.marker(i, MARK.from, false);
    const k = from ? from.j : this.m.isWord(i, 'في') ? i + 1 : -1;
    if (k < 0) return null;
    const cur = this.m.get(k, KIND.unit, DEFINITE_UNIT.month);
    if (!cur || !this.m.startsWith(k, 'ال')) return null;
    return { j: cur.j, v: dateSem('gregorian', undefined, undefined, undefined, { mRel: 0, week: nth }) };
  }

  /** الأسبوع الأول من الشهر, الأسبوع الأخير من أغسطس, الأسبوع الثاني من سبتمبر 2015. */
  weekOfMonth(i: number): Parsed | null {
    const m = this.m;
    const u = m.get(i, KIND.unit, DEFINITE_UNIT.week);
    if (!u || u.j !== i + 1) return null;
    const last = m.get(u.j, KIND.last);
    const ord = last ? null : m.getN(u.j, KIND.ord, -Infinity, 5);
    if (!last && !ord) return null;
    const wk = this.weekMonth((last ?? ord)!.j, last ? -1 : ord!.lex.n);
    if (!wk) return null;
    return { i, j: wk.j, skip: u.skip, sem: { t: 'abs', date: wk.v } };
  }

  /** The month an nth-weekday phrase refers to: [من|في|ب] month [year] or الشهر القادم. */
  private monthRef(i: number): Got<DateSem> | null {
    const m = this.m;
    let k = i;
    const from = m.marker(k, MARK.from, false);
    if (from) k = from.j;
    else if (m.isWord(k, 'في')) k++;
    const mo = this.month(k);
    if (mo) {
      const date: DateSem = dateSem(mo.v.cal, undefined, mo.v.m);
      return { j: this.afterMonth(mo.j, date), v: date };
    }
    const p = this.periodRef(k, 'month');
    if (p) return { j: p.j, v: dateSem('gregorian', undefined, undefined, undefined, { mRel: p.v }) };
    return null;
  }

  /** اول ثلاثاء من شهر عشرة, آخر اثنين من آذار, ثالث يوم ثلاثاء بأيلول 2014, آخر يوم من الشهر, اليوم الأخير من أكتوبر. */
  nthWeekday(i: number): Parsed | null {
    const m = this.m;
    let nth: number | null = null;
    let k = i;
    const last = m.get(i, KIND.last);
    const ord = m.getN(i, KIND.ord, -Infinity, 5);
    if (last) {
      nth = -1;
      k = last.j;
    } else if (ord) {
      nth = ord.lex.n;
      k = ord.j;
    } else if (m.isWord(i, 'اليوم') || m.isWord(i, 'يوم')) {
      // اليوم الأخير من شهر عشرة
      const l2 = m.get(i + 1, KIND.last);
      if (!l2) return null;
      const r = this.monthRef(l2.j);
      if (!r) return null;
      return { i, j: r.j, skip: 0, sem: { t: 'abs', date: { ...r.v, d: 31, part: 'end' } } };
    } else return null;
    const skip = (last ?? ord)!.skip;
    // اول اسبوع بشهر اكتوبر 2014, آخر أسبوع في سبتمبر
    const wk = this.weekOf(k, nth);
    if (wk) return { i, j: wk.j, skip, sem: { t: 'abs', date: wk.v } };
    const yawm = m.isWord(k, 'يوم');
    if (yawm) k++;
    const w = m.get(k, KIND.weekday);
    if (!w) {
      // آخر يوم من الشهر
      if (yawm && nth === -1) {
        const r = this.monthRef(k);
        if (r) return { i, j: r.j, skip, sem: { t: 'abs', date: { ...r.v, d: 31, part: 'end' } } };
      }
      return null;
    }
    const r = this.monthRef(w.j);
    if (!r) return null;
    return { i, j: r.j, skip, sem: { t: 'abs', date: { ...r.v, nth, weekday: w.lex.day } } };
  }

  /** النصف الأول من العام, الربع الثالث من عام 2020, الربع الأخير من العام الماضي. */
  fraction(i: number): Parsed | null {
    const m = this.m;
    const u = m.get(i, KIND.unit, QUARTER_UNIT);
    const half = !u ? m.marker(i, MARK.half) : null;
    const head = u ?? half;
    if (!head) return null;
    const size = u ? 3 : 6;
    const o = m.getN(head.j, KIND.ord, 1, 12 / size);
    const last = o ? null : m.get(head.j, KIND.last);
    if (!o && !last) return null;
    const n = o ? o.lex.n : 12 / size;
    let k = (o ?? last)!.j;
    const from = m.marker(k, MARK.from, false);
    if (from) k = from.j;
    const y = this.year(k, true);
    const [a, b] = [(n - 1) * size + 1, n * size];
    if (y) return { i, j: y.j, skip: head.skip, sem: { t: 'interval', from: { t: 'abs', date: dateSem('gregorian', y.v.y, a) }, to: { t: 'abs', date: dateSem('gregorian', y.v.y, b) } } };
    const p = this.periodRef(k, 'year') ?? (m.get(k, KIND.unit, DEFINITE_UNIT.year) ? { j: m.get(k, KIND.unit)!.j, v: 0 } : null);
    if (!p || !from) return null;
    return {
      i,
      j: p.j,
      skip: head.skip,
      sem: { t: 'interval', from: { t: 'abs', date: dateSem('gregorian', undefined, a, undefined, { yRel: p.v }) }, to: { t: 'abs', date: dateSem('gregorian', undefined, b, undefined, { yRel: p.v }) } },
    };
  }

  /** A named day: عيد الفطر, عيد الأضحى 2013, رأس السنة الهجرية 1445. */
  holiday(i: number): Parsed | null {
    const h = this.m.get(i, KIND.holiday);
    if (!h) return null;
    const y = this.year(h.j, true) ?? this.year(h.j, true, 'hijri');
    if (y) return { i, j: y.j, skip: h.skip, sem: { t: 'holiday', idx: h.lex.idx, y: y.v.y, cal: y.v.cal ?? (y.v.y < 1700 ? 'hijri' : 'gregorian') } };
    return { i, j: h.j, skip: h.skip, sem: { t: 'holiday', idx: h.lex.idx } };
  }

  /** القرن التاسع عشر, القرن الماضي, القرن الحادي والعشرين. */
  century(i: number): Parsed | null {
    const c = this.m.get(i, KIND.century);
    if (!c) return null;
    const o = this.m.getN(c.j, KIND.ord, 1, 21);
    if (o) return { i, j: o.j, skip: c.skip, sem: { t: 'century', n: o.lex.n } };
    const d = this.dir(c.j);
    if (d) return { i, j: d.j, skip: c.skip, sem: { t: 'century', rel: d.v } };
    return null;
  }

  /** الستينيات [من القرن الماضي]. */
  decade(i: number): Parsed | null {
    const dd = this.m.get(i, KIND.decade);
    if (!dd) return null;
    const from = this.m.marker(dd.j, MARK.from, false);
    const c = from ? this.century(from.j) : null;
    if (c && c.sem.t === 'century') {
      const century = c.sem.n ?? (c.sem.rel === -1 ? 20 : c.sem.rel === 0 ? 21 : undefined);
      if (century) return { i, j: c.j, skip: dd.skip, sem: { t: 'decade', n: dd.lex.n, century } };
    }
    return { i, j: dd.j, skip: dd.skip, sem: { t: 'decade', n: dd.lex.n } };
  }

  /** الصيف الماضي, صيف 2015, شتاء هذا العام (not الربيع العربي). */
  season(i: number): Parsed | null {
    const m = this.m;
    const s = m.get(i, KIND.season);
    if (!s) return null;
    const next = m.tok(s.j);
    if (next && next.kind === 'word' && ['العربي', 'العربيه', 'عربي', 'براغ'].includes(next.t)) return null;
    const y = this.year(this.opt(s.j, MARK.from), true);
    if (y) return { i, j: y.j, skip: s.skip, sem: { t: 'season', id: s.lex.id, months: s.lex.months, y: y.v.y } };
    const d = this.dir(s.j);
    if (d && d.v !== 0) return { i, j: d.j, skip: s.skip, sem: { t: 'season', id: s.lex.id, months: s.lex.months, rel: d.v } };
    const p = this.periodRef(this.opt(s.j, MARK.from), 'year');
    if (p) return { i, j: p.j, skip: s.skip, sem: { t: 'season', id: s.lex.id, months: s.lex.months, rel: 0 } };
    // a bare season needs the article: الصيف (not صيف alone)
    if (!m.tok(i)!.t.replace(/^[وفبل]/, '').startsWith('ال')) return null;
    return { i, j: s.j, skip: s.skip, sem: { t: 'season', id: s.lex.id, months: s.lex.months } };
  }

  // ---------------------------------------------------------------- times

  /** Minutes after an hour: و15 [دقيقة], والنصف, والربع, والثلث, إلا ربعا, إلا 10 دقائق. */
  private minutes(i: number): Got<number> | null {
    const m = this.m;
    const half = m.marker(i, MARK.half | MARK.quarterHour | MARK.third);
    if (half && half.lex.k === 'marker' && m.startsWith(i, 'و')) {
      return { j: half.j, v: half.lex.m === 'half' ? 30 : half.lex.m === 'quarterHour' ? 15 : 20 };
    }
    if (m.isWord(i, 'و')) {
      const h2 = m.marker(i + 1, MARK.half | MARK.quarterHour | MARK.third);
      if (h2 && h2.lex.k === 'marker') return { j: h2.j, v: h2.lex.m === 'half' ? 30 : h2.lex.m === 'quarterHour' ? 15 : 20 };
      const n = m.num(i + 1);
      if (n !== null && n < 60) return { j: this.optUnitMinute(i + 2), v: n };
      const c = m.getN(i + 1, KIND.card, -Infinity, 59);
      if (c) return { j: this.optUnitMinute(c.j), v: c.lex.n };
    }
    const c = m.getN(i, KIND.card, -Infinity, 59);
    if (c && c.skip === 1 && m.startsWith(i, 'و')) return { j: this.optUnitMinute(c.j), v: c.lex.n };
    const ex = m.marker(i, MARK.except);
    if (ex) {
      const q = m.marker(ex.j, MARK.quarterHour | MARK.third);
      if (q && q.lex.k === 'marker') return { j: q.j, v: q.lex.m === 'quarterHour' ? -15 : -20 };
      const n = m.num(ex.j) ?? m.get(ex.j, KIND.card)?.lex.n ?? null;
      if (n !== null && n < 60) {
        const after = m.num(ex.j) !== null ? ex.j + 1 : m.get(ex.j, KIND.card)!.j;
        return { j: this.optUnitMinute(after), v: -n };
      }
    }
    return null;
  }

  private optUnitMinute(i: number): number {
    const u = this.m.get(i, KIND.unit, MINUTE_UNIT);
    return u ? u.j : i;
  }

  /** Daypart after a time (صباحا, مساء, ص, م, بعد الظهر, العصر); returns its hour shift rule. */
  private timeDaypart(i: number): Got<Extract<Lex, { k: 'daypart' }>> | null {
    const dp = this.m.get(i, KIND.daypart);
    return dp ? { j: dp.j, v: dp.lex } : null;
  }

  /** بتوقيت غرينتش / بتوقيت مكة المكرمة / (ت.غ) / GMT / بالتوقيت المحلي. */
  zone(i: number): Got<string> | null {
    const m = this.m;
    let k = i;
    const paren = m.isPunct(k, '(');
    if (paren) k++;
    const local = m.get(k, KIND.localZone);
    if (local) return { j: paren && m.isPunct(local.j, ')') ? local.j + 1 : local.j, v: 'LOCAL' };
    const mk = m.get(k, KIND.zoneMarker);
    let j: number;
    let z: Hit | null;
    if (mk) {
      z = m.get(mk.j, KIND.zone);
      if (!z) return null;
    } else {
      z = m.get(k, KIND.zone, UTC_ZONE);
      if (!z) return null;
    }
    j = z.j;
    if (paren && m.isPunct(j, ')')) j++;
    return { j, v: (z.lex as Extract<Lex, { k: 'zone' }>).zone };
  }

  /** A clock time: 10:42, الساعة 9 مساء, الساعة العاشرة والنصف صباحا, الثالثة فجرا, with an optional zone. */
  clock(i: number): Parsed | null {
    const c = this.memoClock[i];
    if (c !== undefined) return c;
    const r = this.clockUncached(i);
    if (i >= this.memoClock.length) this.grow(i);
    this.memoClock[i] = r;
    if (i >= this.top) this.top = i + 1;
    return r;
  }

  private clockUncached(i: number): Parsed | null {
    const m = this.m;
    let k = i;
    const label = m.marker(i, MARK.timeLabel);
    if (label) k = label.j;
    let h: number;
    let mi = 0;
    let s: number | undefined;
    let hourOnly = true;
    let j: number;
    const n = m.num(k);
    if (n !== null && m.isPunct(k + 1, ':') && m.num(k + 2) !== null && m.len(k + 2) === 2 && !m.spaceBefore(k + 1)) {
      h = n;
      mi = m.num(k + 2)!;
      hourOnly = false;
      j = k + 3;
      if (m.isPunct(j, ':') && m.num(j + 1) !== null && m.len(j + 1) === 2) {
        s = m.num(j + 1)!;
        j += 2;
      }
      if (m.len(k) > 2 || h > 24 || mi > 59 || (s ?? 0) > 59) return null;
    } else if (label && n !== null && n <= 24 && m.len(k) <= 2) {
      h = n;
      j = k + 1;
    } else {
      const hw = m.get(k, KIND.hourword) ?? (label ? m.getN(k, KIND.card, 1, 12) : null);
      if (!hw) return null;
      h = (hw.lex as { n: number }).n;
      j = hw.j;
    }
    const mins = hourOnly ? this.minutes(j) : null;
    if (mins) {
      hourOnly = false;
      j = mins.j;
      if (mins.v < 0) {
        h = (h + 23) % 24;
        mi = 60 + mins.v;
      } else mi = mins.v;
    }
    let daypart: string | undefined;
    const tn = this.m.get(j, KIND.tonight);
    const dp = tn ? { j: tn.j, v: { k: 'daypart' as const, id: 'night', from: 18, to: 24, hourShift: 12, pmFrom: 6 } } : this.timeDaypart(j);
    if (dp) {
      daypart = dp.v.id;
      j = dp.j;
      if (h < 12 && dp.v.hourShift === 12 && h >= dp.v.pmFrom) h += 12;
      else if (h === 12 && (dp.v.id === 'dawn' || (dp.v.id === 'morning' && m.tok(dp.j - 1)!.t === 'ص'))) h = 0;
    } else if (!label && n === null) return null; // "الثالثة" alone is an ordinal
    else if (!label && hourOnly) return null;
    if (h === 24) h = 0;
    const time: TimeSem = { h, mi, s, hourOnly, zone: undefined, daypart };
    const z = this.zone(j);
    if (z) {
      time.zone = z.v;
      j = z.j;
    }
    return { i, j, skip: label ? label.skip : 0, sem: { t: 'time', time } };
  }

  // ---------------------------------------------------------------- combination

  /** A date of any kind at i (no time), the longest. */
  datePart(i: number, bareYear: boolean): Parsed | null {
    const key = 2 * i + (bareYear ? 1 : 0);
    const c = this.memoDate[key];
    if (c !== undefined) return c;
    const r = this.datePartUncached(i, bareYear);
    if (i >= this.memoClock.length) this.grow(i);
    this.memoDate[key] = r;
    if (i >= this.top) this.top = i + 1;
    return r;
  }

  private datePartUncached(i: number, bareYear: boolean): Parsed | null {
    // only the parsers whose first word can stand at i
    const kind = this.m.kindOf(i);
    if (kind < 0) return null;
    const isNum = kind === K_NUM;
    const K = this.m.kinds(i);
    const M = this.m.markers(i);
    const month = (K & (KIND.gmonth | KIND.hmonth)) !== 0 || (M & MARK.monthWord) !== 0;
    let best: Parsed | null = null;
    if (isNum) best = better(best, this.numericDate(i));
    if (isNum || K & KIND.ord) best = better(best, this.dayMonth(i));
    if (month) best = better(best, this.monthDay(i));
    if (month || K & KIND.part) best = better(best, this.monthYear(i));
    if (isNum || K & KIND.part || M & MARK.year) best = better(best, this.yearOnly(i, bareYear));
    if (K & (KIND.part | KIND.dir | KIND.unit)) best = better(best, this.period(i));
    if (K & (KIND.daypart | KIND.relday | KIND.tonight | KIND.now) || M & MARK.dayWord) best = better(best, this.relday(i));
    if (K & (KIND.daypart | KIND.weekday | KIND.dir) || M & MARK.dayWord) best = better(best, this.weekday(i));
    if (M & (MARK.ago | MARK.later | MARK.agoColloquial)) best = better(best, this.shift(i));
    if (isNum || this.m.isWord(i, 'ال') || K & (KIND.card | KIND.unit) || M & (MARK.during | MARK.later)) best = better(best, this.span(i));
    if (K & (KIND.last | KIND.ord) || M & MARK.dayWord) best = better(best, this.nthWeekday(i));
    if (K & KIND.unit) best = better(best, this.weekOfMonth(i));
    if (K & KIND.holiday) best = better(best, this.holiday(i));
    if (K & KIND.unit || M & MARK.half) best = better(best, this.fraction(i));
    if (K & KIND.century) best = better(best, this.century(i));
    if (K & KIND.decade) best = better(best, this.decade(i));
    if (K & KIND.season) best = better(best, this.season(i));
    return best;
  }

  /** A date with an optional time after it, or a time with an optional date after it. */
  simple(i: number, bareYear: boolean): Parsed | null {
    const key = 2 * i + (bareYear ? 1 : 0);
    const c = this.memoSimple[key];
    if (c !== undefined) return c;
    const r = this.simpleUncached(i, bareYear);
    if (i >= this.memoClock.length) this.grow(i);
    this.memoSimple[key] = r;
    if (i >= this.top) this.top = i + 1;
    return r;
  }

  private simpleUncached(i: number, bareYear: boolean): Parsed | null {
    const m = this.m;
    let best: Parsed | null = null;
    const d = this.datePart(i, bareYear);
    if (d) {
      best = better(best, d);
      if (dayLevel(d.sem)) {
        let k = this.optPunct(d.j, SEPS);
        k = this.optWord(k, W_BEFORE_TIME);
        const t = this.clock(k);
        if (t && t.sem.t === 'time') best = better(best, { ...d, j: t.j, sem: withTime(d.sem, t.sem.time) });
        else {
          // a zone named after the day with no clock time (يوم الجمعة بتوقيت مكة): kept on the day
          const z = this.zone(d.j);
          if (z && (d.sem.t === 'abs' || d.sem.t === 'relday' || d.sem.t === 'weekday')) best = better(best, { ...d, j: z.j, sem: { ...d.sem, zone: z.v } });
        }
      }
    }
    // a clock time starts with a time label, a number or an hour word (see clockUncached)
    const t = this.m.num(i) !== null || this.m.kinds(i) & KIND.hourword || this.m.markers(i) & MARK.timeLabel ? this.clock(i) : null;
    if (t && t.sem.t === 'time') {
      best = better(best, t);
      let k = this.optPunct(t.j, ',');
      k = this.optWord(k, W_BEFORE_DATE);
      const d2 = this.datePart(k, false);
      if (d2 && dayLevel(d2.sem)) best = better(best, { ...t, j: d2.j, sem: withTime(d2.sem, t.sem.time) });
    }
    void m;
    return best;
  }

  /** Any expression at i: intervals (من X إلى Y, بين X و Y, X - Y) or a simple one. */
  at(i: number, bareYear: boolean): Parsed | null {
    const m = this.m;
    let best: Parsed | null = null;
    const from = m.marker(i, MARK.from);
    if (from) {
      const x = this.simple(from.j, true);
      if (x) {
        const to = m.marker(x.j, MARK.to) ?? (m.isPunct(x.j, '-') ? { j: x.j + 1 } : null) ?? (m.isWord(x.j, 'و') ? { j: x.j + 1 } : null);
        const next = to ? null : this.simple(x.j, true);
        const y = to ? this.simple(to.j, true) : next?.skip === 1 && m.startsWith(x.j, 'و') ? next : null;
        if (y && compatible(x.sem, y.sem)) best = better(best, { i, j: y.j, skip: from.skip, sem: { t: 'interval', from: x.sem, to: y.sem } });
        else if (x.sem.t === 'interval') best = better(best, { ...x, i, skip: from.skip });
      }
    }
    const s = this.simple(i, bareYear);
    if (s) {
      best = better(best, s);
      // X إلى Y, X حتى Y, X - Y (a bare و joins two dates only after بين/من)
      const toM = m.isWord(s.j, 'و') ? null : m.marker(s.j, MARK.to);
      const to = toM ?? (m.isPunct(s.j, '-') ? { j: s.j + 1 } : null);
      if (to && s.sem.t === 'abs') {
        const y = this.simple(to.j, true);
        if (y && y.sem.t === 'abs' && compatible(s.sem, y.sem)) best = better(best, { i, j: y.j, skip: s.skip, sem: { t: 'interval', from: s.sem, to: y.sem } });
      }
      if (dayLevel(s.sem)) {
        const fr = m.marker(s.j, MARK.from);
        const x = fr ? this.clock(fr.j) : null;
        const to2 = x ? m.marker(x.j, MARK.to) : null;
        const y = to2 ? this.clock(to2.j) : null;
        if (x && y && x.sem.t === 'time' && y.sem.t === 'time') {
          const [a, b] = [{ ...x.sem.time }, y.sem.time];
          if (!a.daypart && b.daypart && a.h < 12 && b.h >= 12 && a.h + 12 <= b.h) a.h += 12;
          best = better(best, { i, j: y.j, skip: s.skip, sem: { t: 'interval', from: withTime(s.sem, a), to: withTime(s.sem, b) } });
        }
      }
      if (to && s.sem.t === 'time') {
        const y = this.clock(to.j);
        if (y) best = better(best, { i, j: y.j, skip: s.skip, sem: { t: 'interval', from: s.sem, to: y.sem } });
      }
    }
    return best;
  }
}

/** Lexicon tests for `Matcher.get`, built once (an arrow function written at the call would be a new closure on every call). */
type UnitLex = Extract<Lex, { k: 'unit' }>;
const DEFINITE_UNIT: Record<Unit, (l: UnitLex) => boolean> = {
  minute: (l) => l.unit === 'minute' && l.definite,
  hour: (l) => l.unit === 'hour' && l.definite,
  day: (l) => l.unit === 'day' && l.definite,
  week: (l) => l.unit === 'week' && l.definite,
  month: (l) => l.unit === 'month' && l.definite,
  quarter: (l) => l.unit === 'quarter' && l.definite,
  year: (l) => l.unit === 'year' && l.definite,
};
const PERIOD_UNIT = (l: UnitLex): boolean => l.definite && l.unit !== 'day' && l.unit !== 'hour' && l.unit !== 'minute';
const INDEFINITE_UNIT = (l: UnitLex): boolean => !l.definite;
const WEEK_UNCOUNTED = (l: UnitLex): boolean => l.unit === 'week' && l.count === null;
const QUARTER_UNIT = (l: UnitLex): boolean => l.unit === 'quarter';
const MINUTE_UNIT = (l: UnitLex): boolean => l.unit === 'minute';
const NOT_MORNING = (l: Extract<Lex, { k: 'daypart' }>): boolean => l.id !== 'morning';
const NOT_NIGHT = (l: Extract<Lex, { k: 'daypart' }>): boolean => l.id !== 'night';
const NOT_BARE = (l: Extract<Lex, { k: 'weekday' }>): boolean => !l.bare;
const UTC_ZONE = (l: Extract<Lex, { k: 'zone' }>): boolean => l.zone === 'UTC';

/** Whether a hit list has a clitic-stripped hit. */
function anyClitic(hs: readonly Hit[]): boolean {
  for (let x = 0; x < hs.length; x++) if (hs[x]!.skip > 0) return true;
  return false;
}

/** Words after which a colloquial منذ (من يومين, marker agoColloquial) is not one (أكثر من يومين). */
const COLLOQUIAL_NOT_AFTER = new Set(searchForms(loadJson<{ colloquialAgo: { notAfter: string[] } }>('time', 'words.json').colloquialAgo.notAfter));

/** Singular unit words, also with the article (no slice of the token to look one up). */
const SINGULAR_UNITS = new Set(searchForms(GRAMMAR_WORDS.singularUnits).flatMap((w) => [w, 'ال' + w]));
function isSingular(w: string): boolean {
  return SINGULAR_UNITS.has(w);
}

/** Plural units after the article: spans (الأشهر الماضية), not periods. */
const PLURAL_UNITS = new Set(searchForms(GRAMMAR_WORDS.pluralUnits));

/** `w` without a leading ال (once). */
function stripAl(w: string): string {
  return w.charCodeAt(0) === 0x0627 && w.charCodeAt(1) === 0x0644 ? w.slice(2) : w;
}

/** `w` without a leading و or ف (once). */
function stripConj(w: string): string {
  const c = w.charCodeAt(0);
  return c === 0x0648 || c === 0x0641 ? w.slice(1) : w;
}

/** `p` when it is longer than `best` (the first of equal length stays), else `best`. */
function better(best: Parsed | null, p: Parsed | null): Parsed | null {
  return p && p.j > p.i && (!best || p.j > best.j) ? p : best;
}

function dayLevel(s: Sem): boolean {
  if (s.t === 'abs') return s.date.d !== undefined && !s.time;
  if (s.t === 'relday' || s.t === 'weekday') return !s.time;
  return false;
}

/** Dayparts whose clock hours below 12 are afternoon or evening hours (بعد الظهر الساعة 3 → 15:00). */
const PM_DAYPARTS: readonly string[] = ['afternoon', 'evening', 'noon'];

function withTime(s: Sem, time: TimeSem): Sem {
  if (s.t === 'abs') return { ...s, time };
  if (s.t === 'relday' || s.t === 'weekday') {
    if (s.daypart && !time.daypart && time.h < 12) {
      if (PM_DAYPARTS.includes(s.daypart) || (s.daypart === 'night' && time.h >= 6)) time = { ...time, h: time.h + 12, daypart: s.daypart };
    }
    return { ...s, time };
  }
  return s;
}

function compatible(a: Sem, b: Sem): boolean {
  if (a.t === 'time' || b.t === 'time') return a.t === b.t;
  if (a.t === 'abs' && b.t === 'abs') {
    const x = a.date;
    const y = b.date;
    if (x.cal !== y.cal) return false;
    // 2014 - 2015, يناير إلى مارس, 13 تموز الى 15 تموز
    return (x.d === undefined) === (y.d === undefined) || (x.m === undefined) === (y.m === undefined);
  }
  return a.t === b.t || (a.t === 'abs' && b.t !== 'span') || (b.t === 'abs' && a.t !== 'span');
}
