/**
 * RSS 2.0 and Atom feeds → items (title, link, published, summary, content, author). Namespaced
 * extensions are read too: `content:encoded`, `dc:creator`, `dc:date`, Atom `<link rel="alternate">`.
 */
import { DOMParser } from 'linkedom';
import { RasidError } from '../../doc/errors.js';
import { decodeEntities, fold } from '../html/text.js';

export interface FeedItem {
  title: string | null;
  link: string | null;
  /** ISO 8601 with the feed's offset, or null when absent/unreadable. */
  published: string | null;
  /** The item's summary/description (HTML as the feed gives it). */
  summary: string | null;
  /** The full content when the feed carries it (HTML). */
  content: string | null;
  author: string | null;
  id: string | null;
}

export interface Feed {
  kind: 'rss' | 'atom';
  title: string | null;
  link: string | null;
  items: FeedItem[];
}

const MONTHS: Record<string, number> = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };
const ZONES: Record<string, string> = { gmt: 'Z', ut: 'Z', utc: 'Z', z: 'Z', est: '-05:00', edt: '-04:00', cst: '-06:00', cdt: '-05:00', mst: '-07:00', mdt: '-06:00', pst: '-08:00', pdt: '-07:00' };
const pad = (n: number | string) => String(n).padStart(2, '0');

/** A feed date (RFC 822/2822 as in RSS, or ISO 8601 as in Atom) as ISO 8601 keeping its offset. */
export function feedDate(v: string | null | undefined): string | null {
  if (!v) return null;
  const s = v.trim();
  const iso = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*(Z|[+-]\d{2}:?\d{2})?)?$/i.exec(s);
  if (iso) {
    if (!iso[2]) return iso[1]!;
    const t = iso[2].length === 5 ? iso[2] + ':00' : iso[2];
    const z = iso[3] ? (iso[3].toUpperCase() === 'Z' ? 'Z' : iso[3].includes(':') ? iso[3] : `${iso[3].slice(0, 3)}:${iso[3].slice(3)}`) : '';
    return `${iso[1]}T${t}${z}`;
  }
  const rfc = /^(?:[a-z]{3},?\s+)?(\d{1,2})\s+([a-z]{3})[a-z]*\.?\s+(\d{2,4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([+-]\d{4}|[a-z]{1,4})?/i.exec(s);
  if (rfc) {
    const month = MONTHS[rfc[2]!.toLowerCase()];
    if (!month) return null;
    let year = Number(rfc[3]);
    if (year < 100) year += year < 50 ? 2000 : 1900;
    const zone = rfc[7] ? (/^[+-]/.test(rfc[7]) ? `${rfc[7].slice(0, 3)}:${rfc[7].slice(3)}` : ZONES[rfc[7].toLowerCase()] ?? '') : '';
    return `${year}-${pad(month)}-${pad(rfc[1]!)}T${pad(rfc[4]!)}:${rfc[5]}:${rfc[6] ?? '00'}${zone === '+00:00' ? 'Z' : zone}`;
  }
  return null;
}

function child(el: Element, ...names: string[]): Element | null {
  for (const n of names) {
    const lower = n.toLowerCase();
    const c = Array.from(el.children).find((x) => x.tagName.toLowerCase() === lower);
    if (c) return c;
  }
  return null;
}

function textOf(el: Element | null): string | null {
  if (!el) return null;
  const t = (el.textContent ?? '').trim();
  return t ? t : null;
}

function clean(s: string | null): string | null {
  if (s === null) return null;
  const t = fold(decodeEntities(s.replace(/<[^>]+>/g, ' ')));
  return t || null;
}

/** True when the text looks like an RSS or Atom document. */
export function isFeed(text: string): boolean {
  const head = text.slice(0, 2048).replace(/^\ufeff/, '').trimStart();
  return /^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<(rss|feed|rdf:RDF)[\s>]/i.test(head);
}

export function parseFeedDocument(xml: string, path = '(feed)'): Feed {
  if (!isFeed(xml)) throw new RasidError('E_FEED_INVALID', { path });
  let doc: Document;
  try {
    doc = new DOMParser().parseFromString(xml.replace(/^\ufeff/, ''), 'text/xml') as unknown as Document;
  } catch {
    throw new RasidError('E_FEED_INVALID', { path });
  }
  const root = doc.documentElement;
  const rootName = root?.tagName.toLowerCase() ?? '';
  if (rootName === 'feed') {
    const items = Array.from(root!.children).filter((c) => c.tagName.toLowerCase() === 'entry').map(atomEntry);
    const link = Array.from(root!.children).find((c) => c.tagName.toLowerCase() === 'link' && (c.getAttribute('rel') ?? 'alternate') === 'alternate');
    return { kind: 'atom', title: clean(textOf(child(root!, 'title'))), link: link?.getAttribute('href') ?? null, items };
  }
  if (rootName === 'rss' || rootName === 'rdf:rdf') {
    const channel = child(root!, 'channel') ?? root!;
    // RSS 1.0 (RDF) puts items beside the channel.
    const itemEls = [...Array.from(channel.children), ...(channel === root ? [] : Array.from(root!.children))].filter((c) => c.tagName.toLowerCase() === 'item');
    return { kind: 'rss', title: clean(textOf(child(channel, 'title'))), link: textOf(child(channel, 'link')), items: itemEls.map(rssItem) };
  }
  throw new RasidError('E_FEED_INVALID', { path });
}

function rssItem(el: Element): FeedItem {
  const guid = child(el, 'guid');
  let link = textOf(child(el, 'link'));
  if (!link && guid && guid.getAttribute('isPermaLink') !== 'false' && /^https?:/i.test(textOf(guid) ?? '')) link = textOf(guid);
  const enclosureless = textOf(child(el, 'content:encoded'));
  return {
    title: clean(textOf(child(el, 'title'))),
    link: link ? link.trim() : null,
    published: feedDate(textOf(child(el, 'pubDate', 'dc:date', 'a10:updated'))),
    summary: textOf(child(el, 'description')),
    content: enclosureless,
    author: clean(textOf(child(el, 'dc:creator', 'author'))),
    id: textOf(guid) ?? link,
  };
}

function atomEntry(el: Element): FeedItem {
  const links = Array.from(el.children).filter((c) => c.tagName.toLowerCase() === 'link');
  const alt = links.find((l) => (l.getAttribute('rel') ?? 'alternate') === 'alternate') ?? links[0];
  const authorEl = child(el, 'author');
  const author = authorEl ? textOf(child(authorEl, 'name')) ?? textOf(authorEl) : null;
  const content = child(el, 'content');
  return {
    title: clean(textOf(child(el, 'title'))),
    link: alt?.getAttribute('href')?.trim() ?? null,
    published: feedDate(textOf(child(el, 'published', 'issued', 'updated', 'modified'))),
    summary: textOf(child(el, 'summary')),
    content: content && !content.getAttribute('src') ? textOf(content) : null,
    author: clean(author),
    id: textOf(child(el, 'id')),
  };
}

/** The items of an RSS 2.0 / RSS 1.0 / Atom feed. Throws E_FEED_INVALID for anything else. */
export function parseFeed(xml: string): FeedItem[] {
  return parseFeedDocument(xml).items;
}
