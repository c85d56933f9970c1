/**
 * The headline: the `<h1>` that best matches what the metadata calls the title (a page often has
 * logo or copyright `<h1>`s too); the metadata title, cleaned of the site name, when no `<h1>` fits.
 */
import { normalizeText } from '../../text/normalize.js';
import { loadHtmlData } from './data.js';
import { isHidden, visibleText } from './extract.js';
import { fold } from './text.js';

function words(s: string): string[] {
  return normalizeText(s)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 1);
}

/** Share of the words of `a` that occur in `b`. */
export function overlap(a: string, b: string): number {
  const wa = words(a);
  if (!wa.length) return 0;
  const wb = new Set(words(b));
  return wa.filter((w) => wb.has(w)).length / wa.length;
}

/** A title without the site name glued to its start or end (`اليوم السابع - ...`, `... | BBC News عربي`). */
export function stripSiteName(title: string, siteNames: string[]): string {
  const seps = loadHtmlData().siteNames.titleSeparators;
  let t = fold(title);
  for (const sep of seps) {
    const parts = t.split(sep);
    if (parts.length < 2) continue;
    const head = parts[0]!.trim();
    const tail = parts[parts.length - 1]!.trim();
    const isSite = (p: string) => siteNames.some((s) => s && (overlap(p, s) >= 0.6 || overlap(s, p) >= 0.6)) || (p.length < 25 && p.split(' ').length <= 3 && parts.length > 1 && siteNames.length === 0);
    if (isSite(tail) && tail.length < t.length / 2) t = parts.slice(0, -1).join(sep).trim();
    else if (isSite(head) && head.length < t.length / 2) t = parts.slice(1).join(sep).trim();
  }
  return t;
}

export interface HeadlineChoice {
  text: string;
  el: Element | null;
  /** Where it came from: `h1`, or the metadata key. */
  from: string;
}

export function chooseHeadline(doc: Document, metaTitles: string[], siteNames: string[]): HeadlineChoice | null {
  const refs = metaTitles.map((t) => stripSiteName(t, siteNames)).filter(Boolean);
  let best: HeadlineChoice | null = null;
  let bestScore = 0;
  for (const h of Array.from(doc.querySelectorAll('h1'))) {
    if (isHidden(h) || h.closest('svg')) continue;
    const text = visibleText(h);
    if (text.length < 8) continue;
    let score = refs.length ? Math.max(...refs.map((r) => Math.min(overlap(text, r), overlap(r, text) + 0.2))) : 0.5;
    if (siteNames.some((s) => overlap(text, s) >= 0.8)) score = 0;
    if (score > bestScore + 1e-9) {
      bestScore = score;
      best = { text, el: h, from: 'h1' };
    }
  }
  if (best && bestScore >= 0.4) return best;
  if (refs.length) return { text: refs[0]!, el: null, from: 'meta' };
  return best;
}
