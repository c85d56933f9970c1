/**
 * Dates as a page prints them in its byline area: `الجمعة 24 نيسان / أبريل 2020 09:22 مساءً`,
 * `٠٢:٠٠ الثلاثاء ١ / ١٢ / ٢٠٢٠`, `2026-01-08 | 12:42`, `GMT 17:27 17.03.2020`.
 *
 * The time helper's `parseDateline` (src/time/dateline.ts) is used when it is present; this reader
 * is the fallback for stamps it does not take. Month names come from the time area's data file
 * (data/time/months.json, read only); cue words from ./data/site-names.json.
 */
import { loadJson } from '../../data/load.js';
import { normalizeText } from '../../text/normalize.js';
import { parseStamp, type Stamp } from './dates.js';
import { loadHtmlData } from './data.js';

interface MonthEntry {
  month: number;
  names: string[];
}

type ParseDateline = (text: string) => { value: string; start: number; end: number } | null;

let parseDatelineFn: ParseDateline | null = null;
try {
  // The time helper's module; absent in a tree without it (guarded so this reader still works).
  const spec = '../../time/dateline.js';
  const mod = (await import(spec)) as { parseDateline?: ParseDateline };
  if (typeof mod.parseDateline === 'function') parseDatelineFn = mod.parseDateline;
} catch {
  parseDatelineFn = null;
}

let monthRe: RegExp | null = null;
let monthOf: Map<string, number> | null = null;

function months(): { re: RegExp; of: Map<string, number> } {
  if (!monthRe || !monthOf) {
    let data: { gregorian: MonthEntry[] };
    try {
      data = loadJson<{ gregorian: MonthEntry[] }>('time', 'months.json');
    } catch {
      data = { gregorian: [] };
    }
    const of = new Map<string, number>();
    for (const e of data.gregorian) for (const n of e.names) of.set(normalizeText(n), e.month);
    // English month abbreviations are common in stamps too.
    'jan feb mar apr may jun jul aug sep oct nov dec'.split(' ').forEach((m, i) => of.set(m, i + 1));
    const alts = [...of.keys()].sort((a, b) => b.length - a.length).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    monthRe = new RegExp(`(?:^|[^\\p{L}])(${alts.join('|')})[a-z]*\\.?(?=$|[^\\p{L}])`, 'gu');
    monthOf = of;
  }
  return { re: monthRe, of: monthOf };
}

export interface VisibleStamp {
  stamp: Stamp;
  /** The stamp is labelled as an update (`آخر تحديث`), not the publication time. */
  update: boolean;
  /** The stamp says its zone (GMT, UTC, بتوقيت ...). */
  zoned: boolean;
}

const pad = (n: number) => String(n).padStart(2, '0');

function validDate(y: number, m: number, d: number): boolean {
  if (y < 1990 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return false;
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCMonth() === m - 1;
}

function findTime(n: string, near: number): { time: string; at: number } | null {
  const re = /(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(صباحا|صباح|مساء|ظهرا|ص|م|am|pm|a\.m\.|p\.m\.)?(?![\p{L}])/gu;
  let best: { time: string; at: number; dist: number } | null = null;
  let m: RegExpExecArray | null;
  while ((m = re.exec(n))) {
    let h = Number(m[1]);
    const mi = Number(m[2]);
    if (h > 23 || mi > 59) continue;
    const mark = m[4];
    if (mark && /^(م|مساء|pm|p\.m\.|ظهرا)$/.test(mark) && h < 12) h += 12;
    if (mark && /^(ص|صباح|صباحا|am|a\.m\.)$/.test(mark) && h === 12) h = 0;
    const dist = Math.abs(m.index - near);
    if (dist > 40) continue;
    if (!best || dist < best.dist) best = { time: `${pad(h)}:${m[2]}` + (m[3] ? `:${m[3]}` : ''), at: m.index, dist };
  }
  return best ? { time: best.time, at: best.at } : null;
}

/** Our own reading of one stamp (no time helper). */
function readOwn(text: string): Stamp | null {
  const n = normalizeText(text);
  const { re, of } = months();
  let date: { y: number; m: number; d: number; at: number } | null = null;
  re.lastIndex = 0;
  let mm: RegExpExecArray | null;
  while (!date && (mm = re.exec(n))) {
    const name = mm[1]!;
    const month = of.get(name)!;
    const at = mm.index + mm[0].indexOf(name);
    const before = n.slice(Math.max(0, at - 12), at);
    const after = n.slice(at + name.length, at + name.length + 40);
    const dm = /(\d{1,2})\s*[,.]?\s*$/.exec(before);
    // Optional second month name (`نيسان / أبريل`), then the year.
    const ym = new RegExp(`^[a-z]*\\.?\\s*(?:[/-]\\s*\\p{L}+(?:\\s\\p{L}+)?\\s*)?[,،]?\\s*(\\d{4})`, 'u').exec(after);
    if (dm && ym && validDate(Number(ym[1]), month, Number(dm[1]))) date = { y: Number(ym[1]), m: month, d: Number(dm[1]), at };
    else {
      // English order: `Feb. 19 2020`, `March 17, 2020`.
      const e = /^[a-z]*\.?\s*(\d{1,2}),?\s+(\d{4})/.exec(after);
      if (e && validDate(Number(e[2]), month, Number(e[1]))) date = { y: Number(e[2]), m: month, d: Number(e[1]), at };
    }
  }
  if (!date) {
    const iso = /(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/.exec(n);
    const dmy = /(?<!\d)(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})/.exec(n);
    if (iso && validDate(Number(iso[1]), Number(iso[2]), Number(iso[3]))) date = { y: Number(iso[1]), m: Number(iso[2]), d: Number(iso[3]), at: iso.index };
    else if (dmy && validDate(Number(dmy[3]), Number(dmy[2]), Number(dmy[1]))) date = { y: Number(dmy[3]), m: Number(dmy[2]), d: Number(dmy[1]), at: dmy.index };
  }
  if (!date) return null;
  const stamp: Stamp = { date: `${date.y}-${pad(date.m)}-${pad(date.d)}` };
  const t = findTime(n, date.at);
  if (t) {
    stamp.time = t.time;
    const z = /\b(?:gmt|utc)\s*([+-]\s*\d{1,2}(?::?\d{2})?)?/.exec(n);
    if (z) {
      if (!z[1]) stamp.offset = 'Z';
      else {
        const raw = z[1].replace(/\s/g, '');
        const digits = raw.slice(1).replace(':', '');
        const hh = digits.length <= 2 ? digits.padStart(2, '0') : digits.slice(0, digits.length - 2).padStart(2, '0');
        const mi = digits.length <= 2 ? '00' : digits.slice(-2);
        stamp.offset = `${raw[0]}${hh}:${mi}`;
      }
    }
  }
  return stamp;
}

/** Read a visible stamp (a short text), or null when it holds no full date. */
export function readVisibleStamp(text: string): VisibleStamp | null {
  if (text.length > 300) return null;
  const n = normalizeText(text);
  const cues = loadHtmlData().siteNames;
  const update = cues.updateCues.some((c) => n.includes(normalizeText(c)));
  const zoned = /\b(gmt|utc)\b|غرينتش|غرينيتش|جرينتش|بتوقيت/.test(n);
  let stamp = readOwn(text);
  if (!stamp && parseDatelineFn) {
    try {
      const r = parseDatelineFn(text);
      const s = r ? parseStamp(r.value) : null;
      if (s) {
        if (!zoned) delete s.offset;
        stamp = s;
      }
    } catch {
      stamp = null;
    }
  }
  return stamp ? { stamp, update, zoned: zoned && !!stamp.offset } : null;
}
