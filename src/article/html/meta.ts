/** `<meta>` tags, `<link rel=canonical>`, `<time>` elements and the page's language attributes. */
import { decodeEntities, fold } from './text.js';

export interface PageMeta {
  /** Lower-cased key (property, name, itemprop or http-equiv) → values in page order. */
  values: Map<string, string[]>;
  title?: string;
  canonical?: string;
  lang?: string;
  dir?: string;
  jsonLdBlocks: string[];
}

export function collectMeta(doc: Document): PageMeta {
  const values = new Map<string, string[]>();
  for (const m of Array.from(doc.querySelectorAll('meta'))) {
    const content = m.getAttribute('content');
    if (content === null) continue;
    const v = fold(decodeEntities(content));
    if (!v) continue;
    for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
      const k = m.getAttribute(attr)?.toLowerCase().trim();
      if (!k) continue;
      const list = values.get(k) ?? [];
      list.push(v);
      values.set(k, list);
    }
  }
  const meta: PageMeta = { values, jsonLdBlocks: [] };
  // The document's own <title> (not the <title> of inline SVG icons).
  const t = Array.from(doc.querySelectorAll('title')).find((e) => !e.closest('svg'));
  if (t) {
    const tt = fold(t.textContent ?? '');
    if (tt) meta.title = tt;
  }
  const canon = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
  if (canon) meta.canonical = canon.trim();
  const html = doc.documentElement;
  const lang = html?.getAttribute('lang') ?? html?.getAttribute('xml:lang');
  if (lang) meta.lang = lang.trim();
  const dir = html?.getAttribute('dir') ?? doc.body?.getAttribute('dir');
  if (dir) meta.dir = dir.trim().toLowerCase();
  for (const s of Array.from(doc.querySelectorAll('script'))) {
    if ((s.getAttribute('type') ?? '').toLowerCase().trim() === 'application/ld+json') meta.jsonLdBlocks.push(s.textContent ?? '');
  }
  return meta;
}

/** First value among `keys` (in key order), or undefined. */
export function first(meta: PageMeta, ...keys: string[]): string | undefined {
  for (const k of keys) {
    const v = meta.values.get(k);
    if (v && v.length) return v[0];
  }
  return undefined;
}

/** All values among `keys`, key order then page order. */
export function all(meta: PageMeta, ...keys: string[]): string[] {
  return keys.flatMap((k) => meta.values.get(k) ?? []);
}
