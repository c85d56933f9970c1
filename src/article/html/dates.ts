/**
 * Date values as pages give them: ISO-like machine stamps (with or without an offset, with a space
 * instead of `T`, `+0400` without a colon), dates in URLs, and offsets for an outlet's home zone.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** A point in time as written: a date, maybe a wall-clock time, maybe an offset (`Z` or `+03:00`). */
export interface Stamp {
  date: string; // YYYY-MM-DD
  time?: string; // HH:MM or HH:MM:SS or HH:MM:SS.fff
  offset?: string; // 'Z' or ±HH:MM
}

const ISO_RE =
  /^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:(?:T|\s+)(\d{1,2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?\s*(Z|[+-]\d{2}:?\d{2}|[+-]\d{2}|UTC|GMT)?)?\s*$/i;

const pad = (n: number | string, w = 2) => String(n).padStart(w, '0');

/** Parse a machine-readable stamp; null for anything else (prose, empty, impossible dates). */
export function parseStamp(s: string | null | undefined): Stamp | null {
  if (!s) return null;
  const m = ISO_RE.exec(s);
  if (!m) return null;
  const [, y, mo, d, h, mi, sec, frac, off] = m;
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const stamp: Stamp = { date: `${y}-${pad(month)}-${pad(day)}` };
  if (h !== undefined) {
    if (Number(h) > 23 || Number(mi) > 59) return null;
    stamp.time = `${pad(h!)}:${mi}` + (sec !== undefined ? `:${sec}${frac ?? ''}` : '');
    if (off) {
      const o = off.toUpperCase();
      if (o === 'Z' || o === 'UTC' || o === 'GMT') stamp.offset = 'Z';
      else {
        const digits = o.replace(':', '');
        stamp.offset = `${digits.slice(0, 3)}:${digits.length > 3 ? digits.slice(3, 5) : '00'}`;
        if (stamp.offset === '+00:00' || stamp.offset === '-00:00') stamp.offset = '+00:00';
      }
    }
  }
  return stamp;
}

export function formatStamp(s: Stamp): string {
  if (!s.time) return s.date;
  return `${s.date}T${s.time.length === 5 ? s.time + ':00' : s.time}${s.offset ?? ''}`;
}

/** Milliseconds since the epoch, or null when the stamp has no time or no offset. */
export function instantOf(s: Stamp): number | null {
  if (!s.time || !s.offset) return null;
  const t = Date.parse(formatStamp(s));
  return Number.isNaN(t) ? null : t;
}

/** Minutes east of UTC of an offset string (`Z` → 0). */
export function offsetMinutes(offset: string): number {
  if (offset === 'Z') return 0;
  const sign = offset[0] === '-' ? -1 : 1;
  return sign * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6)));
}

function formatOffset(min: number): string {
  const sign = min < 0 ? '-' : '+';
  const a = Math.abs(min);
  return `${sign}${pad(Math.floor(a / 60))}:${pad(a % 60)}`;
}

/** The wall clock of an instant seen at `offset` (date + HH:MM:SS). */
export function wallClock(s: Stamp, offset: string): Stamp | null {
  const t = instantOf(s);
  if (t === null) return null;
  const d = new Date(t + offsetMinutes(offset) * 60000);
  const iso = d.toISOString();
  return { date: iso.slice(0, 10), time: iso.slice(11, 19), offset };
}

/** Offset (±HH:MM) of an IANA zone at a local wall-clock time, from the runtime's tz database. */
export function zoneOffset(zone: string, s: Stamp): string | null {
  const time = s.time ?? '12:00';
  const guess = Date.parse(`${s.date}T${time.length === 5 ? time + ':00' : time.slice(0, 8)}Z`);
  if (Number.isNaN(guess)) return null;
  let fmt: Intl.DateTimeFormat;
  try {
    fmt = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' });
  } catch {
    return null;
  }
  const offAt = (t: number): number => {
    const name = fmt.formatToParts(new Date(t)).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
    const m = /GMT([+-])(\d{2}):?(\d{2})?/.exec(name);
    return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0)) : 0;
  };
  // Two passes: the offset at the guessed instant, then at the instant that offset implies.
  const o1 = offAt(guess);
  const o2 = offAt(guess - o1 * 60000);
  return formatOffset(o2);
}

interface ZoneData {
  tld: Record<string, string>;
  host: Record<string, string>;
}

let zoneData: ZoneData | null = null;
function zones(): ZoneData {
  if (!zoneData) {
    const p = join(dirname(fileURLToPath(import.meta.url)), 'data', 'outlet-zones.json');
    zoneData = JSON.parse(readFileSync(p, 'utf8')) as ZoneData;
  }
  return zoneData;
}

/** The home time zone of the outlet serving `url` (by host, then by country-code domain), or null. */
export function zoneForUrl(url: string | undefined): string | null {
  if (!url) return null;
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
  const z = zones();
  const parts = host.split('.');
  for (let i = 0; i < parts.length - 1; i++) {
    const h = parts.slice(i).join('.');
    if (z.host[h]) return z.host[h]!;
  }
  return z.tld[parts[parts.length - 1]!] ?? null;
}

/**
 * A publication date in a URL path: `/2020/08/24/`, `/2020-08-24/`, or a year followed a segment or
 * two later by month and day (`/2013/middle_east/8/3/`). Date only; null when none or impossible.
 */
export function urlDate(url: string | undefined): Stamp | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const segs = path.split('/').filter(Boolean);
  for (let i = 0; i < segs.length; i++) {
    const compact = /^((?:19|20)\d{2})-(\d{2})-(\d{2})(?:$|[-_])/.exec(segs[i]!);
    if (compact) {
      const s = parseStamp(`${compact[1]}-${compact[2]}-${compact[3]}`);
      if (s) return s;
    }
    if (!/^(19|20)\d{2}$/.test(segs[i]!)) continue;
    for (let j = i + 1; j <= i + 2 && j + 1 < segs.length; j++) {
      if (/^\d{1,2}$/.test(segs[j]!) && /^\d{1,2}$/.test(segs[j + 1]!)) {
        const s = parseStamp(`${segs[i]}-${segs[j]}-${segs[j + 1]}`);
        if (s) return s;
      }
      if (!/^[a-z_-]+$/i.test(segs[j]!)) break;
    }
  }
  return null;
}
