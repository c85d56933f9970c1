/**
 * The scanner: runs the grammar left to right over a text's token view and returns every
 * expression found, with its original-text span, its meaning and its resolution.
 */
import { Grammar } from './grammar.js';
import { Matcher } from './match.js';
import { resolve, type Resolved } from './resolve.js';
import type { Parsed } from './sem.js';
import { K_NUM, K_PUNCT, K_WORD, TokenView, fillView, origin } from './tokens.js';
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
  if (i < 1 || v.kind[i - 1] !== K_WORD) return false;
  const t = v.text(i - 1);
  if (YEAR_PREPS.has(t)) return true;
  const c0 = t.charCodeAt(0);
  return (c0 === 0x0648 || c0 === 0x0641) && YEAR_PREPS.has(t.slice(1));
}

/** All expressions of `text` (parsed and resolved against `ref`). */
export function scan(text: string, ref: Reference | null, view?: TokenView): Found[] {
  const out: Found[] = [];
  scanEach(text, ref, (start, end, parsed, resolved) => out.push({ start, end, text: text.slice(start, end), parsed, resolved }), view);
  return out;
}

/** Each expression of `text` in order, passed to `emit` with its original span, its parse and its resolution against `ref`. */
export function scanEach(text: string, ref: Reference | null, emit: (start: number, end: number, p: Parsed, r: Resolved) => void, view?: TokenView): void {
  // the pooled view unless one is given (a fresh one when a scan runs inside another)
  let own: TokenView | null = null;
  if (!view) {
    own = idleView ?? new TokenView();
    idleView = null;
  }
  const v = view ?? fillView(own!, text);
  // one matcher and grammar reused across calls (their caches keep their buffers); a fresh pair
  // when a scan runs inside another
  let g = idle;
  idle = null;
  if (g) {
    g.m.reset(v);
    g.reset();
  } else g = new Grammar(new Matcher(v));
  try {
    scanWith(ref, v, g, emit);
  } finally {
    idle = g;
    // keep the view's buffers for the next text unless this one was very long
    if (own && own.units.length <= VIEW_KEEP_UNITS) idleView = own;
  }
}

let idle: Grammar | null = null;
let idleView: TokenView | null = null;
/** The pooled view is kept only while its buffers hold at most this many normalized units. */
const VIEW_KEEP_UNITS = 1 << 20;

function scanWith(ref: Reference | null, v: TokenView, g: Grammar, emit: (start: number, end: number, p: Parsed, r: Resolved) => void): void {
  const m = g.m;
  const n = v.n;
  let i = 0;
  while (i < n) {
    const kind = v.kind[i];
    if (kind === K_PUNCT && v.units[v.s[i]!] !== 0x28) {
      i++;
      continue;
    }
    if (kind === K_WORD && !m.hits(i).length) {
      i++;
      continue;
    }
    let p: Parsed | null = null;
    try {
      // a bare year needs a preposition before it; only a number token can be one
      p = g.at(i, kind === K_NUM && prevAllowsYear(v, i));
    } catch {
      p = null;
    }
    if (!p) {
      i++;
      continue;
    }
    let start: number;
    let end: number;
    if (v.norm || p.skip) {
      const o = origin(v, p.i, p.j, p.skip);
      start = o.start;
      end = o.end;
    } else {
      // origin() without its result object (no expansions, no clitic to skip)
      start = v.os[p.i]!;
      end = v.oe[p.j - 1]!;
    }
    if (end > start) emit(start, end, p, resolve(p.sem, ref));
    i = p.j;
  }
}
