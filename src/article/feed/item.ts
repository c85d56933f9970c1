/**
 * A feed item as an article. When the feed carries the full text (`content:encoded`, Atom
 * `<content>`, or a long description) the item is read from it; otherwise the caller fetches the
 * item's page and passes it in. Item fields fill what the page lacks (published, author, url).
 */
import type { Doc, SourceInfo } from '../../doc/doc.js';
import { RasidError, asRasidError } from '../../doc/errors.js';
import { htmlToDoc } from '../html/index.js';
import { arabicCount, fold } from '../html/text.js';
import { parseFeedDocument, type FeedItem } from './index.js';

/** Characters of Arabic text a feed body needs before it counts as the full article, not a summary. */
export const FULL_TEXT_MIN = 400;

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The item's full text HTML when the feed carries it, else null (the page must be fetched). */
export function fullContent(item: FeedItem): string | null {
  for (const c of [item.content, item.summary]) {
    if (!c) continue;
    const text = fold(c.replace(/<[^>]+>/g, ' '));
    if (arabicCount(text) >= FULL_TEXT_MIN) return c;
  }
  return null;
}

function fillFromItem(doc: Doc, item: FeedItem, outlet?: string | null): Doc {
  const a = doc.article;
  if (!a) return doc;
  if (!a.published && item.published) a.published = item.published;
  if (!a.author && item.author) a.author = item.author;
  if (!a.url && item.link) a.url = item.link;
  if (!a.outlet && outlet) a.outlet = outlet;
  return doc;
}

/** Build the article from the item's own content (throws E_HTML_NO_CONTENT when it holds none). */
export function itemToDoc(item: FeedItem, opts: { feedTitle?: string | null; source?: SourceInfo } = {}): Doc {
  const content = fullContent(item) ?? item.content ?? item.summary;
  if (!content) throw new RasidError('E_HTML_NO_CONTENT', { path: item.link ?? '(feed item)' });
  const body = /<(p|div|br)[\s>/]/i.test(content) ? content : content.split(/\n{2,}/).map((p) => `<p>${escapeHtml(p)}</p>`).join('');
  const page = `<!doctype html><html><head><meta charset="utf-8"><title>${escapeHtml(item.title ?? '')}</title>${opts.feedTitle ? `<meta property="og:site_name" content="${escapeHtml(opts.feedTitle)}">` : ''}</head><body><article><h1>${escapeHtml(item.title ?? '')}</h1>${body}</article></body></html>`;
  const doc = htmlToDoc(page, { ...(item.link ? { url: item.link } : {}), ...opts.source, format: 'feed' });
  return fillFromItem(doc, item, opts.feedTitle);
}

/** Build the article from the item's fetched page, with the item's fields where the page has none. */
export function itemPageToDoc(item: FeedItem, html: string, opts: { feedTitle?: string | null; source?: SourceInfo } = {}): Doc {
  const doc = htmlToDoc(html, { ...(item.link ? { url: item.link } : {}), ...opts.source });
  return fillFromItem(doc, item, opts.feedTitle);
}

export interface FeedArticles {
  /** Articles read from items that carry their full text. */
  docs: Doc[];
  /** Items with only a summary: their pages must be fetched (`itemPageToDoc`). */
  pending: FeedItem[];
  /** Items that could not be read, with the reason. */
  errors: { item: FeedItem; code: string; message: string }[];
}

/** Every item of a feed file as an article where the feed holds the text, else listed as pending. */
export function feedToArticles(xml: string, path = '(feed)'): FeedArticles {
  const feed = parseFeedDocument(xml, path);
  const out: FeedArticles = { docs: [], pending: [], errors: [] };
  for (const item of feed.items) {
    if (!fullContent(item)) {
      out.pending.push(item);
      continue;
    }
    try {
      out.docs.push(itemToDoc(item, { feedTitle: feed.title, source: { path } }));
    } catch (e) {
      const re = asRasidError(e);
      out.errors.push({ item, code: re.code, message: re.message });
    }
  }
  return out;
}
