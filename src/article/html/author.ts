/**
 * Author names from bylines and metadata: strip credit words (`كتب`, `كتبت`, `بقلم`, `Author,`),
 * role labels and dateline suffixes (`حسام أبو العلا - القاهرة` → `حسام أبو العلا`), and reject
 * credits that name an institution (the outlet itself, an agency, `(أبوظبي - البيان)`).
 */
import { normalizeText } from '../../text/normalize.js';
import { loadHtmlData } from './data.js';
import { fold } from './text.js';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

let prefixRe: RegExp | null = null;
function prefixes(): RegExp {
  if (!prefixRe) {
    const p = [...loadHtmlData().bylines.prefixes].sort((a, b) => b.length - a.length).map(escape);
    prefixRe = new RegExp(`^(?:${p.join('|')})(?=$|[\\s:：,،\\-–—])\\s*[:：,،\\-–—]?\\s*`, 'iu');
  }
  return prefixRe;
}

/** True when `text` opens with a credit word (`كتب`, `حوار:`, `Author,`, ...). */
export function startsWithCredit(text: string): boolean {
  return prefixes().test(fold(text));
}

/** Remove credit words, role labels and dateline suffixes; '' when nothing name-like is left. */
export function cleanAuthor(raw: string): string {
  const d = loadHtmlData().bylines;
  let s = fold(raw);
  for (const label of d.roleLabels) {
    const i = s.indexOf(label);
    if (i > 0) s = s.slice(0, i).trim();
  }
  for (let k = 0; k < 2; k++) s = s.replace(prefixes(), '').trim();
  if (/^https?:\/\//i.test(s) || /^[\w.-]+\.(com|net|org|tv|news)\b/i.test(s) || s.includes('@')) return '';
  // A whole credit in parentheses, `(أبوظبي - البيان)`, is a dateline, not a person.
  if (/^[(\[].*[)\]]$/.test(s)) return '';
  for (const sep of d.separators) {
    const i = s.indexOf(sep);
    if (i > 0) s = s.slice(0, i).trim();
  }
  s = s.replace(/[.:،,\-–—|]+$/u, '').trim();
  if (!/\p{L}/u.test(s) || s.length > 80 || s.split(/\s+/).length > 10) return '';
  return s;
}

/** True when the name is an institution: the outlet or site, an agency, or an organisation word. */
export function isInstitution(name: string, orgNames: string[]): boolean {
  const n = normalizeText(name);
  const compact = n.replace(/[^\p{L}\p{N}]/gu, '');
  for (const o of orgNames) {
    const on = normalizeText(o).replace(/[^\p{L}\p{N}]/gu, '');
    if (on && compact && (on.includes(compact) || compact.includes(on))) return true;
  }
  const words = new Set(n.split(/[\s.]+/));
  for (const w of loadHtmlData().bylines.institutionWords) {
    const wn = normalizeText(w);
    if (wn.includes(' ') ? n.includes(wn) : words.has(wn)) return true;
  }
  return false;
}
