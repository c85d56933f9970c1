/**
 * JSON news records (SaudiNewsNet and the like: `{title, content, date_extracted, url, source, author}`)
 * to Docs. The Doc's text is `title + "\n\n" + content`; the headline is the title, and published,
 * outlet, author and url come from the record. The content is laid out like a plain-text page
 * (byline at its head, lead, body).
 */
import type { Doc, SourceInfo } from '../doc/doc.js';
import { addWarning, createDoc } from '../doc/doc.js';
import { RasidError } from '../doc/errors.js';
import { trimSpan } from '../doc/span.js';
import { parseByline } from './byline.js';
import { assertArabic } from './decode.js';
import { layoutPlainText } from './plaintext.js';

const TITLE_KEYS = ['title', 'headline'];
const CONTENT_KEYS = ['content', 'text', 'body', 'articleBody'];
const DATE_KEYS = ['published', 'date', 'datePublished', 'date_published', 'pubDate', 'date_extracted'];
const URL_KEYS = ['url', 'link'];
const OUTLET_KEYS = ['outlet', 'source', 'site', 'publisher'];
const AUTHOR_KEYS = ['author', 'byline', 'authors'];

function pick(obj: Record<string, unknown>, keys: string[]): string | undefined {
  for (const k of keys) {
    const v = obj[k];
    if (typeof v === 'string' && v.trim() !== '') return v;
    if (Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === 'string')) return v.join('، ');
    if (v && typeof v === 'object' && typeof (v as { name?: unknown }).name === 'string') return (v as { name: string }).name;
  }
  return undefined;
}

/**
 * A record's date as ISO 8601. `YYYY-MM-DD hh:mm:ss` without a zone is read as UTC (with a
 * warning); a value with a zone is kept; a plain date stays a date. Null when unreadable.
 */
export function recordDate(value: string): { value: string; assumedUtc: boolean } | null {
  const v = value.trim();
  const m = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*(Z|[+-]\d{2}:?\d{2})?$/u.exec(v);
  if (m) {
    const [, d, t, z] = m as unknown as [string, string, string, string | undefined];
    const time = t.length === 5 ? `${t}:00` : t;
    const zone = z ? (z === 'Z' ? 'Z' : z.length === 5 ? `${z.slice(0, 3)}:${z.slice(3)}` : z) : 'Z';
    const iso = `${d}T${time}${zone}`;
    return Number.isNaN(Date.parse(iso)) ? null : { value: iso, assumedUtc: !z };
  }
  if (/^\d{4}-\d{2}-\d{2}$/u.test(v) && !Number.isNaN(Date.parse(v))) return { value: v, assumedUtc: false };
  const t = Date.parse(v); // RFC 2822 (feeds) and other forms Date understands
  if (!Number.isNaN(t) && /[+-]\d{4}|GMT|UTC|Z$/u.test(v)) return { value: new Date(t).toISOString().replace('.000Z', 'Z'), assumedUtc: false };
  return null;
}

/** Build a laid-out Doc from one JSON record. `source.path`/`line` name it in errors. */
export function recordToDoc(obj: unknown, source: SourceInfo & { line?: number } = {}): Doc {
  const { line, ...src } = source;
  const where = { path: src.path ?? '-', line: line ?? 1 };
  if (!obj || typeof obj !== 'object' || Array.isArray(obj)) {
    throw new RasidError('E_JSON_INVALID', { ...where, detail: 'a record must be a JSON object' });
  }
  const rec = obj as Record<string, unknown>;
  const title = pick(rec, TITLE_KEYS) ?? '';
  const content = pick(rec, CONTENT_KEYS) ?? '';
  if (title.trim() === '' && content.trim() === '') throw new RasidError('E_RECORD_NO_TEXT', where);
  const text = title && content ? `${title}\n\n${content}` : title || content;
  assertArabic(text, { path: `${where.path}:${where.line}` });
  const url = pick(rec, URL_KEYS);
  const doc = createDoc(text, { ...src, format: src.format ?? 'jsonl', ...(url ? { url } : {}) });
  doc.article = { body: [] };
  const a = doc.article;
  if (url) a.url = url;
  const outlet = pick(rec, OUTLET_KEYS);
  if (outlet) a.outlet = outlet.trim();
  const date = pick(rec, DATE_KEYS);
  if (date) {
    const d = recordDate(date);
    if (d) {
      a.published = d.value;
      if (d.assumedUtc) addWarning(doc, 'W_TIMEZONE_ASSUMED', `The record's date "${date}" has no time zone; read as UTC`);
    } else addWarning(doc, 'W_DATE_UNREADABLE', `Cannot read the record's date "${date}"`);
  }
  const author = pick(rec, AUTHOR_KEYS);
  if (author) {
    const raw = author.replace(/&nbsp;/gu, ' ').trim();
    const b = raw ? parseByline(raw) : null;
    if (b) {
      if (b.author) a.author = b.author;
      if (b.place) a.place = b.place;
      if (b.agency) a.agency = b.agency;
    } else if (raw) a.author = raw;
  }
  const headline = title.trim() ? trimSpan(text, 0, title.length) : undefined;
  layoutPlainText(doc, { ...(headline ? { headline } : {}), from: 0, to: text.length });
  return doc;
}
