/**
 * The scanner: runs the grammar left to right over a text's token view and returns every
 * expression found, with its original-text span, its meaning and its resolution.
 */
import { Grammar } from './grammar.js';
import { Matcher } from './match.js';
import { resolve, type Resolved } from './resolve.js';
import type { Parsed } from './sem.js';
import { origin, tokenView, type TokenView } from './tokens.js';
import type { Reference } from './calendar.js';

export interface Found {
  start: number;
  end: number;
  text: string;
  parsed: Parsed;
  resolved: Resolved;
}

/** Words after which a bare four-digit number is read as a year (في 2014, منذ 2011, حتى 2030). */
const YEAR_PREPS = new Set(['في', 'منذ', 'حتي', 'خلال', 'قبل', 'بعد', 'عام', 'سنه', 'العام', 'السنه', 'مطلع', 'منتصف', 'نهايه', 'اواخر', 'بدايه', 'اوائل', 'من', 'الي', 'لعام', 'ربيع', 'صيف', 'خريف', 'شتاء']);

function prevAllowsYear(v: TokenView, i: number): boolean {
  const p = v.tokens[i - 1];
  if (!p || p.kind !== 'word') return false;
  if (YEAR_PREPS.has(p.t)) return true;
  const c0 = p.t.charCodeAt(0);
  return (c0 === 0x0648 || c0 === 0x0641) && YEAR_PREPS.has(p.t.slice(1));
}

/** All expressions of `text` (parsed and resolved against `ref`). */
export function scan(text: string, ref: Reference | null, view?: TokenView): Found[] {
  const v = view ?? tokenView(text);
  // one matcher and grammar reused across calls (their caches keep their buffers); a fresh pair
  // when a scan runs inside another
  let g = idle;
  idle = null;
  if (g) {
    g.m.reset(v);
    g.reset();
  } else g = new Grammar(new Matcher(v));
  try {
    return scanWith(text, ref, v, g);
  } finally {
    idle = g;
  }
}

let idle: Grammar | null = null;

function scanWith(text: string, ref: Reference | null, v: TokenView, g: Grammar): Found[] {
  const m = g.m;
  const out: Found[] = [];
  const n = v.tokens.length;
  let i = 0;
  while (i < n) {
    const t = v.tokens[i]!;
    if (t.kind === 'punct' && t.t !== '(') {
      i++;
      continue;
    }
    if (t.kind === 'word' && !m.hits(i).length) {
      i++;
      continue;
    }
    let p: Parsed | null = null;
    try {
      // a bare year needs a preposition before it; only a number token can be one
      p = g.at(i, t.kind === 'num' && prevAllowsYear(v, i));
    } catch {
      p = null;
    }
    if (!p) {
      i++;
      continue;
    }
    const o = origin(v, p.i, p.j, p.skip);
    if (o.end > o.start) out.push({ start: o.start, end: o.end, text: text.slice(o.start, o.end), parsed: p, resolved: resolve(p.sem, ref) });
    i = p.j;
  }
  return out;
}
