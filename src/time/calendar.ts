/**
 * Proleptic Gregorian date arithmetic on day numbers (days since 1970-01-01), with no Date objects
 * and no time-zone dependence.
 */

/** Day number (days since 1970-01-01) of a civil date. Month 1..12. */
export function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const mp = (m + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

/** Civil date of a day number. */
export function civilFromDays(z: number): Ymd {
  const zz = z + 719468;
  const era = Math.floor(zz / 146097);
  const doe = zz - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

/** 0 = Sunday ... 6 = Saturday. */
export function weekdayOfDays(z: number): number {
  return (((z + 4) % 7) + 7) % 7;
}

export function weekday(y: number, m: number, d: number): number {
  return weekdayOfDays(daysFromCivil(y, m, d));
}

export function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(y: number, m: number): number {
  return m === 2 && isLeap(y) ? 29 : MONTH_DAYS[m - 1]!;
}

export function isValidDate(y: number, m: number, d: number): boolean {
  return Number.isInteger(y) && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** Add months to (y, m): returns the new year and month. */
export function addMonths(y: number, m: number, n: number): { y: number; m: number } {
  const t = y * 12 + (m - 1) + n;
  return { y: Math.floor(t / 12), m: (((t % 12) + 12) % 12) + 1 };
}

/** '00' … '99'. */
const TWO_DIGITS = Array.from({ length: 100 }, (_, n) => (n < 10 ? '0' : '') + n);

const pad = (n: number, w = 2): string => {
  if (w === 2 && n >= 0 && n < 100 && Number.isInteger(n)) return TWO_DIGITS[n]!;
  if (n >= 10 && (w === 2 || (n >= 1000 && w === 4))) return String(n);
  if (n >= 0 && n < 10 && w === 2) return '0' + n;
  return n < 0 ? '-' + String(-n).padStart(w, '0') : String(n).padStart(w, '0');
};

export function fmtYear(y: number): string {
  return pad(y, 4);
}
export function fmtMonth(y: number, m: number): string {
  return `${pad(y, 4)}-${pad(m)}`;
}
export function fmtDate(y: number, m: number, d: number): string {
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}
export function fmtDays(z: number): string {
  const { y, m, d } = civilFromDays(z);
  return fmtDate(y, m, d);
}
export function fmtTime(h: number, mi: number, s?: number): string {
  return s === undefined ? `${pad(h)}:${pad(mi)}` : `${pad(h)}:${pad(mi)}:${pad(s)}`;
}

/** ISO week (year and week number) of a day number. */
export function isoWeek(z: number): { year: number; week: number } {
  const wd = (weekdayOfDays(z) + 6) % 7; // Monday = 0
  const thursday = z - wd + 3;
  const { y } = civilFromDays(thursday);
  const jan1 = daysFromCivil(y, 1, 1);
  return { year: y, week: Math.floor((thursday - jan1) / 7) + 1 };
}

export function fmtWeek(z: number): string {
  const { year, week } = isoWeek(z);
  return `${pad(year, 4)}-W${pad(week)}`;
}

/** Monday (day number) of the ISO week holding day z. */
export function weekStart(z: number): number {
  return z - ((weekdayOfDays(z) + 6) % 7);
}

/** Day of the nth (1..5, or -1 = last) `wd` weekday of month (y, m); null when there is none. */
export function nthWeekday(y: number, m: number, wd: number, nth: number): number | null {
  if (nth > 0) {
    const first = daysFromCivil(y, m, 1);
    const z = first + ((wd - weekdayOfDays(first) + 7) % 7) + (nth - 1) * 7;
    return civilFromDays(z).m === m ? z : null;
  }
  const last = daysFromCivil(y, m, daysInMonth(y, m));
  return last - ((weekdayOfDays(last) - wd + 7) % 7) + (nth + 1) * 7;
}

/** Parse an offset like `+03:00`, `-0200`, `Z` into minutes east of UTC; null when malformed. */
export function parseOffset(s: string): number | null {
  if (s === 'Z' || s === 'z') return 0;
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(s);
  if (!m) return null;
  const v = Number(m[2]) * 60 + Number(m[3]);
  return m[1] === '-' ? -v : v;
}

/** Minutes east of UTC as `+03:00`, or `Z` for zero when `zulu` is set. */
export function fmtOffset(min: number, zulu = false): string {
  if (min === 0 && zulu) return 'Z';
  const sign = min < 0 ? '-' : '+';
  const a = Math.abs(min);
  return `${sign}${pad(Math.floor(a / 60))}:${pad(a % 60)}`;
}

/** A reference instant: its local civil date and time as written, and its offset (when given). */
export interface Reference {
  days: number;
  hour: number;
  minute: number;
  second: number;
  /** Minutes east of UTC, or null for a local time without offset. */
  offset: number | null;
  iso: string;
}

const REF_RE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/;

/** Parse an ISO 8601 reference (`2021-01-22`, `2021-01-22T10:42:00Z`, `...+03:00`); null when invalid. */
export function parseReference(iso: string): Reference | null {
  const m = REF_RE.exec(iso.trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (!isValidDate(y, mo, d)) return null;
  const hour = m[4] ? Number(m[4]) : 0;
  const minute = m[5] ? Number(m[5]) : 0;
  const second = m[6] ? Number(m[6]) : 0;
  if (hour > 24 || minute > 59 || second > 60) return null;
  const offset = m[7] ? parseOffset(m[7]) : null;
  if (m[7] && offset === null) return null;
  return { days: daysFromCivil(y, mo, d), hour, minute, second, offset, iso: iso.trim() };
}
