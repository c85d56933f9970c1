/**
 * Datelines: a short line giving an article's publication date and time, such as
 * `الجمعة ٢٢ يناير ٢٠٢١ - ١٠:٤٢ بتوقيت غرينتش` → `2021-01-22T10:42:00Z`. Any month family
 * (يناير, كانون الثاني, جانفي, كانون الثاني/يناير), Hijri dates, any digit system, zones with their
 * offsets (data/time/zones.json). A weekday that contradicts the date is a warning, never an error.
 */
import { loadJson } from '../data/load.js';
import { keyOf } from './lexicon.js';
import { scan, type Found } from './scan.js';
import { resolve } from './resolve.js';
import type { Sem } from './sem.js';
import { tokenView } from './tokens.js';

export interface DatelineResult {
  value: string;
  start: number;
  end: number;
  warnings: { code: string; message: string }[];
}

/** A line longer than this is prose, not a dateline. */
const MAX_LINE = 160;
/** Words a dateline may carry besides its date (outlet, city, `نشر في`, ...). */
const MAX_OTHER_WORDS = 4;

let labels: Set<string> | null = null;
function labelWords(): Set<string> {
  if (!labels) {
    const w = loadJson<{ datelineLabels: string[] }>('time', 'words.json');
    labels = new Set(w.datelineLabels.flatMap((l) => keyOf(l).split(' ')));
  }
  return labels;
}

function isFullDate(f: Found): boolean {
  const s = f.parsed.sem;
  return s.t === 'abs' && s.date.y !== undefined && s.date.m !== undefined && s.date.d !== undefined && f.resolved.value !== null;
}

function lineResult(line: string, offset: number): DatelineResult | null {
  if (line.trim().length === 0 || line.length > MAX_LINE) return null;
  const v = tokenView(line);
  const found = scan(line, null, v);
  const dates = found.filter(isFullDate);
  if (dates.length === 0) return null;
  // what is left once the expressions, labels and punctuation are removed
  const lbl = labelWords();
  let other = 0;
  for (const t of v.tokens) {
    if (t.kind === 'punct') continue;
    const s = t.os;
    if (found.some((f) => s >= f.start && s < f.end)) continue;
    if (t.kind === 'word' && (lbl.has(t.t) || lbl.has(t.t.replace(/^[وب]/, '')))) continue;
    if (t.kind === 'num' && t.t.length <= 6) continue; // issue numbers
    other++;
  }
  if (other > MAX_OTHER_WORDS) return null;
  const greg = dates.filter((f) => f.resolved.calendar === 'gregorian');
  const main = greg.find((f) => f.parsed.sem.t === 'abs' && f.parsed.sem.time) ?? greg[0] ?? dates[0]!;
  const warnings = [...main.resolved.warnings];
  let value = main.resolved.value!;
  let start = main.start;
  let end = main.end;
  let sem: Sem = main.parsed.sem;
  // a time written apart from the date (date | time)
  if (sem.t === 'abs' && !sem.time) {
    const t = found.find((f) => f.parsed.sem.t === 'time' && f.start >= main.end);
    if (t && t.parsed.sem.t === 'time') {
      sem = { ...sem, time: t.parsed.sem.time };
      const r = resolve(sem, null);
      if (r.value) {
        value = r.value;
        end = t.end;
        warnings.length = 0;
        warnings.push(...r.warnings);
      }
    }
  }
  const timeSem = sem.t === 'abs' ? sem.time : undefined;
  if (timeSem && !timeSem.zone) warnings.push({ code: 'W_DATELINE_NO_ZONE', message: 'the dateline names no time zone: the time has no offset' });
  // a Hijri date beside the Gregorian one should name the same day (±1 for moon sighting)
  for (const f of dates) {
    if (f === main || f.resolved.calendar === main.resolved.calendar) continue;
    const a = Date.parse(f.resolved.value!.slice(0, 10));
    const b = Date.parse(value.slice(0, 10));
    if (Number.isFinite(a) && Number.isFinite(b) && Math.abs(a - b) > 86400000) {
      warnings.push({ code: 'W_HIJRI_MISMATCH', message: `the Hijri date ${f.text} is ${f.resolved.value}, not ${value.slice(0, 10)}` });
    }
    start = Math.min(start, f.start);
    end = Math.max(end, f.end);
  }
  return { value, start: start + offset, end: end + offset, warnings };
}

/**
 * Parse a dateline. `text` may be one line or several: the first line that is a dateline (a full
 * date, optionally a time and zone, and little else) is used; offsets are inside `text`.
 * Returns null when no line is a dateline.
 */
export function parseDateline(text: string): DatelineResult | null {
  let pos = 0;
  for (const line of text.split('\n')) {
    const r = lineResult(line, pos);
    if (r) return r;
    pos += line.length + 1;
  }
  return null;
}
