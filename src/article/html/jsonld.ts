/**
 * JSON-LD metadata: `<script type="application/ld+json">` blocks, including blocks wrapped in
 * `<![CDATA[ ]]>` or HTML comments, arrays, and `@graph` lists. Picks the article object
 * (NewsArticle, Article, ReportageNewsArticle, BlogPosting, ...) and the site's name.
 */
import { decodeEntities } from './text.js';

export interface JsonLdArticle {
  type: string;
  headline?: string;
  datePublished?: string;
  dateModified?: string;
  authors: string[];
  publisher?: string;
  section?: string;
  language?: string;
  image?: string;
  url?: string;
}

export interface JsonLdInfo {
  article: JsonLdArticle | null;
  siteName?: string;
  /** Blocks that could not be parsed (the page is still read). */
  invalid: number;
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Obj = { [k: string]: Json };

const ARTICLE_TYPE = /(^|[^a-z])(newsarticle|article|reportagenewsarticle|analysisnewsarticle|opinionnewsarticle|backgroundnewsarticle|reviewnewsarticle|blogposting|liveblogposting|socialmediaposting|report)$/i;

function parseBlock(raw: string): Json | undefined {
  let s = raw.trim();
  s = s.replace(/^<!\[CDATA\[/, '').replace(/\]\]>$/, '').trim();
  s = s.replace(/^\/\*\s*<!\[CDATA\[\s*\*\//, '').replace(/\/\*\s*\]\]>\s*\*\/$/, '').trim();
  s = s.replace(/^<!--/, '').replace(/-->$/, '').trim();
  try {
    return JSON.parse(s) as Json;
  } catch {
    // Raw line breaks and tabs inside strings are a common publisher slip.
    try {
      return JSON.parse(s.replace(/[\n\r\t]+/g, ' ')) as Json;
    } catch {
      return undefined;
    }
  }
}

function flatten(v: Json, out: Obj[]): void {
  if (Array.isArray(v)) for (const x of v) flatten(x, out);
  else if (v && typeof v === 'object') {
    out.push(v);
    const g = v['@graph'];
    if (g) flatten(g, out);
  }
}

function types(o: Obj): string[] {
  const t = o['@type'];
  if (typeof t === 'string') return [t];
  if (Array.isArray(t)) return t.filter((x): x is string => typeof x === 'string');
  return [];
}

function str(v: Json | undefined): string | undefined {
  if (typeof v === 'string') {
    const s = decodeEntities(v).replace(/\s+/g, ' ').trim();
    return s || undefined;
  }
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) for (const x of v) {
    const s = str(x);
    if (s) return s;
  }
  return undefined;
}

function nameOf(v: Json | undefined, byId: Map<string, Obj>): string | undefined {
  if (typeof v === 'string') return str(v);
  if (v && typeof v === 'object' && !Array.isArray(v)) {
    const ref = typeof v['@id'] === 'string' && !v['name'] ? byId.get(v['@id']) : undefined;
    return str((ref ?? v)['name']);
  }
  if (Array.isArray(v)) return nameOf(v[0], byId);
  return undefined;
}

function urlOf(v: Json | undefined): string | undefined {
  if (typeof v === 'string') return v.trim() || undefined;
  if (Array.isArray(v)) return urlOf(v[0]);
  if (v && typeof v === 'object') return urlOf(v['url'] ?? v['@id'] ?? null);
  return undefined;
}

export function readJsonLd(blocks: string[]): JsonLdInfo {
  const objs: Obj[] = [];
  let invalid = 0;
  for (const b of blocks) {
    const v = parseBlock(b);
    if (v === undefined) invalid++;
    else flatten(v, objs);
  }
  const byId = new Map<string, Obj>();
  for (const o of objs) if (typeof o['@id'] === 'string') byId.set(o['@id'], o);
  const art = objs.find((o) => types(o).some((t) => ARTICLE_TYPE.test(t)));
  const site = objs.find((o) => types(o).includes('WebSite'));
  const info: JsonLdInfo = { article: null, invalid };
  const siteName = site ? str(site['name']) : undefined;
  if (siteName) info.siteName = siteName;
  if (!art) return info;
  const authors: string[] = [];
  const a = art['author'] ?? art['creator'] ?? null;
  for (const x of Array.isArray(a) ? a : a === null ? [] : [a]) {
    const n = nameOf(x, byId);
    if (n) authors.push(n);
  }
  const article: JsonLdArticle = { type: types(art)[0] ?? 'Article', authors };
  const set = <K extends keyof JsonLdArticle>(k: K, v: JsonLdArticle[K] | undefined) => {
    if (v !== undefined) article[k] = v;
  };
  set('headline', str(art['headline']) ?? str(art['name']));
  set('datePublished', str(art['datePublished']) ?? str(art['dateCreated']));
  set('dateModified', str(art['dateModified']));
  set('publisher', nameOf(art['publisher'] ?? null, byId));
  set('section', str(art['articleSection']));
  set('language', str(art['inLanguage']));
  set('image', urlOf(art['image'] ?? art['thumbnailUrl'] ?? null));
  set('url', urlOf(art['url'] ?? art['mainEntityOfPage'] ?? null));
  info.article = article;
  return info;
}
