/**
 * HTML pages → Doc. The Doc's text is the article as a reader sees it: the headline, a blank line,
 * then the body paragraphs separated by blank lines (kicker first and an in-body byline kept as their
 * own paragraphs). Metadata goes to the article layer with spans into that text; where the page's
 * sources disagree the visible page is preferred and a warning says so.
 */
import { parseHTML } from 'linkedom';
import { addWarning, createDoc, type ArticleLayer, type Doc, type Paragraph, type ParagraphRole, type SourceInfo } from '../../doc/doc.js';
import { RasidError } from '../../doc/errors.js';
import { span } from '../../doc/span.js';
import { cleanAuthor, isInstitution, startsWithCredit } from './author.js';
import { findContainer, isFurniture, isHidden, paragraphSiblings, readBlocks, signature, trimForeignTail, visibleText, type Block } from './extract.js';
import { chooseHeadline, overlap, stripSiteName } from './headline.js';
import { loadHtmlData } from './data.js';
import { readJsonLd } from './jsonld.js';
import { all, collectMeta, first } from './meta.js';
import { reconcileDates } from './published.js';
import { arabicCount, arabicShare, fold } from './text.js';
import { readVisibleStamp } from './visible-date.js';

export { decodeHtmlBytes, declaredCharset } from './decode.js';

/** True when `text` looks like an HTML document (doctype, html/head/body tags, or several common tags). */
export function isHtml(text: string): boolean {
  const head = text.slice(0, 2048).replace(/^\ufeff/, '').trimStart();
  if (/^<!doctype\s+html/i.test(head) || /^<html[\s>]/i.test(head)) return true;
  if (/^<\?xml/i.test(head) && /<html[\s>]/i.test(head)) return true;
  if (/<(html|head|body)[\s>]/i.test(head)) return true;
  const tags = head.match(/<\/?(p|div|span|a|meta|title|br|h[1-6]|article|section|script|link)[\s>/]/gi);
  return !!tags && tags.length >= 3 && head.trimStart().startsWith('<');
}

const BYLINE_SIG = /author|byline|writer|writeby|reporter|editor-?name|kateb|contributor/i;
const DATE_SIG = /date|time|publish|created|posted|timestamp|stamp|meta/i;
const KICKER_SIG = /kicker|overline|supertitle|super-?title|pre-?title|eyebrow|strap/i;

function resolveUrl(href: string | undefined, base: string | undefined): string | undefined {
  if (!href) return undefined;
  try {
    return new URL(href, base).href;
  } catch {
    return /^https?:\/\//i.test(href) ? href : undefined;
  }
}

function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return undefined;
  }
}

function langCode(v: string | undefined): string | undefined {
  if (!v) return undefined;
  const m = /^([a-z]{2,3})(?:[-_]|$)/i.exec(v.trim());
  if (m) return m[1]!.toLowerCase();
  if (/^arabic$/i.test(v.trim())) return 'ar';
  if (/^english$/i.test(v.trim())) return 'en';
  return undefined;
}

const RTL = new Set(['ar', 'fa', 'ur', 'he', 'ps', 'ku', 'ckb', 'yi', 'dv', 'sd', 'ug']);

interface Piece {
  text: string;
  role: ParagraphRole;
}

export function htmlToDoc(html: string, source: SourceInfo = {}): Doc {
  const where = source.path ?? source.url ?? '(html)';
  const { document } = parseHTML(html.replace(/\r\n?/g, '\n'));
  const meta = collectMeta(document);
  const ld = readJsonLd(meta.jsonLdBlocks);
  // Scripts, styles and inline graphics are read (JSON-LD above) and then out of the way.
  for (const e of Array.from(document.querySelectorAll('script, style, noscript, template, svg, iframe, link'))) e.remove();
  const art = ld.article;
  const warnings: { code: string; message: string }[] = [];
  if (ld.invalid) warnings.push({ code: 'W_HTML_JSONLD_INVALID', message: `${ld.invalid} JSON-LD block(s) could not be parsed` });

  // URLs.
  const ogUrl = first(meta, 'og:url');
  const base = source.url ?? resolveUrl(meta.canonical, ogUrl) ?? ogUrl;
  const canonicalUrl = resolveUrl(meta.canonical, base);
  const url = source.url ?? canonicalUrl ?? resolveUrl(ogUrl, base) ?? resolveUrl(art?.url, base);

  // Site name.
  const siteCandidates = [...all(meta, 'og:site_name'), ld.siteName, art?.publisher, first(meta, 'application-name', 'apple-mobile-web-app-title')]
    .filter((s): s is string => !!s && !/^https?:\/\//i.test(s) && !/^[\w-]+\.[a-z]{2,}\/?$/i.test(s));
  const outlet = siteCandidates[0] ?? hostOf(url);
  const host = hostOf(url);
  const orgNames = [...siteCandidates, ...(host ? [host.split('.')[0]!] : [])];

  // Headline.
  const metaTitles = [art?.headline, first(meta, 'og:title'), first(meta, 'twitter:title'), meta.title].filter((s): s is string => !!s);
  const headline = chooseHeadline(document, metaTitles, orgNames);

  // Document order, for "near the headline".
  const order = new Map<Element, number>();
  const allEls = Array.from(document.querySelectorAll('*'));
  allEls.forEach((e, i) => order.set(e, i));
  const sigOf = new Map<Element, string>();
  for (const e of allEls) sigOf.set(e, signature(e));
  const hiddenMemo = new Map<Element, boolean>();
  const hiddenUp = (e: Element | null): boolean => {
    if (!e) return false;
    let h = hiddenMemo.get(e);
    if (h === undefined) {
      h = isHidden(e) || hiddenUp(e.parentElement);
      hiddenMemo.set(e, h);
    }
    return h;
  };
  const h1Pos = headline?.el ? order.get(headline.el)! : -1;
  const visibleShort = (e: Element, max: number): string | null => {
    if (isFurniture(e) || hiddenUp(e)) return null;
    const t = visibleText(e);
    return t && t.length <= max ? t : null;
  };
  const nearHeadline = (els: Element[]) =>
    els
      .map((e) => ({ e, pos: order.get(e) ?? 0 }))
      .sort((a, b) => {
        if (h1Pos < 0) return a.pos - b.pos;
        const da = a.pos >= h1Pos ? a.pos - h1Pos : 1e6 + (h1Pos - a.pos);
        const db = b.pos >= h1Pos ? b.pos - h1Pos : 1e6 + (h1Pos - b.pos);
        return da - db;
      })
      .map((x) => x.e);

  // Main text.
  const container = findContainer(document);
  const skip = new Set<Element>();
  if (headline?.el) skip.add(headline.el);
  let blocks: Block[] = [];
  if (container) {
    const sib = paragraphSiblings(container, skip);
    for (const e of sib.before) blocks.push(...readBlocks(e, skip));
    blocks.push(...trimForeignTail(readBlocks(container, skip)));
    for (const e of sib.after) blocks.push(...readBlocks(e, skip));
  }

  // Byline elements (visible), closest to the headline first.
  const bylineEls = nearHeadline(
    allEls.filter((e) => {
      const sig = `${sigOf.get(e) ?? ''} ${e.getAttribute('rel') ?? ''} ${e.getAttribute('aria-labelledby') ?? ''}`;
      return BYLINE_SIG.test(sig) && !/author-?box|about-?author|authors?-?list/i.test(sig);
    }),
  );
  const bylineTexts: string[] = [];
  for (const e of bylineEls) {
    const t = visibleShort(e, 160);
    const links = Array.from(e.querySelectorAll('a'));
    const linkText = links.reduce((n, a) => n + fold(a.textContent ?? '').length, 0);
    // A "byline" box that only links to a section or tag page names a section, not a person.
    if (links.length && linkText >= (t?.length ?? 0) * 0.9 && links.every((a) => /categor|section|\/tags?\/|topic/i.test(a.getAttribute('href') ?? ''))) continue;
    if (t && /\p{L}/u.test(t) && !bylineTexts.includes(t)) bylineTexts.push(t);
    if (bylineTexts.length >= 6) break;
  }

  // Blocks: drop the headline repeated, stamps and bylines at the start, captions/credits without words.
  const headText = headline?.text ?? '';
  const pieces: Piece[] = [];
  let bodyByline: string | undefined;
  const isStampOnly = (t: string) => t.length < 120 && !!readVisibleStamp(t) && arabicCount(t.replace(/\d+/g, '')) < 40;
  blocks = blocks.filter((b) => {
    if (headText && (b.text === headText || (b.text.length < headText.length * 1.3 && overlap(b.text, headText) > 0.9 && overlap(headText, b.text) > 0.9))) return false;
    if (!/\p{L}/u.test(b.text)) return false;
    if (arabicShare(b.text) < 0.3 && b.text.length < 60) return false;
    return true;
  });
  const roleLabels = loadHtmlData().bylines.roleLabels;
  let i = 0;
  while (i < blocks.length && i < 6) {
    const b = blocks[i]!;
    if (isStampOnly(b.text) || (b.text.length < 30 && /[:：]$/.test(b.text))) {
      i++;
      continue;
    }
    // The lead picture's caption and credit come before the first paragraph.
    if (b.kind === 'caption' || b.el.closest('figure, figcaption')) {
      i++;
      continue;
    }
    if (b.text.length < 80 && startsWithCredit(b.text) && cleanAuthor(b.text)) {
      bodyByline = b.text;
      i++;
      continue;
    }
    if (b.text.length < 120 && (bylineTexts.some((t) => t.includes(b.text)) || roleLabels.some((r) => b.text.startsWith(r)))) {
      i++;
      continue;
    }
    break;
  }
  blocks = blocks.slice(i);
  // Trailing furniture that slipped through: tag lines, share prompts (short, no sentence punctuation, mostly links).
  while (blocks.length > 1) {
    const b = blocks[blocks.length - 1]!;
    const a = b.el.querySelectorAll('a').length;
    if (b.text.length < 60 && a > 0 && !/[.،؟!]/.test(b.text)) blocks.pop();
    else break;
  }
  const bodyChars = blocks.reduce((n, b) => n + arabicCount(b.text), 0);
  if (!blocks.length || bodyChars < 60) throw new RasidError('E_HTML_NO_CONTENT', { path: where });

  // Kicker: a short labelled element just before the headline.
  let kicker: string | undefined;
  if (headline?.el) {
    const parent = headline.el.parentElement;
    const prev = headline.el.previousElementSibling;
    const cands = [prev, ...(parent ? Array.from(parent.querySelectorAll('*')) : [])].filter((e): e is Element => !!e && KICKER_SIG.test(signature(e)));
    for (const c of cands) {
      const t = visibleShort(c, 100);
      if (t && t !== headText) {
        kicker = t;
        break;
      }
    }
  }

  if (kicker) pieces.push({ text: kicker, role: 'kicker' });
  if (headText) pieces.push({ text: headText, role: 'headline' });
  if (bodyByline) pieces.push({ text: bodyByline, role: 'byline' });
  let leadSet = false;
  for (const b of blocks) {
    let role: ParagraphRole = 'body';
    if (b.kind === 'heading' && b.text.length < 150) role = 'subheading';
    else if (b.kind === 'quote') role = 'quote';
    else if (!leadSet) {
      role = 'lead';
      leadSet = true;
    }
    pieces.push({ text: b.text, role });
  }

  // Text and spans.
  let text = '';
  const paragraphs: Paragraph[] = [];
  for (const p of pieces) {
    if (text) text += '\n\n';
    const start = text.length;
    text += p.text;
    paragraphs.push({ ...span(text, start, text.length), role: p.role });
  }
  const finalText = text;
  const spanOf = (role: ParagraphRole) => {
    const p = paragraphs.find((x) => x.role === role);
    return p ? span(finalText, p.start, p.end) : undefined;
  };
  const article: ArticleLayer = {
    body: paragraphs.filter((p) => ['lead', 'body', 'subheading', 'quote'].includes(p.role)).map((p) => span(finalText, p.start, p.end)),
  };
  const set = <K extends keyof ArticleLayer>(k: K, v: ArticleLayer[K] | undefined) => {
    if (v !== undefined && v !== '') article[k] = v;
  };
  set('kicker', spanOf('kicker'));
  set('headline', spanOf('headline'));
  set('byline', spanOf('byline'));
  set('lead', spanOf('lead'));
  if (headline && headline.from !== 'h1') warnings.push({ code: 'W_HTML_NO_H1', message: 'no <h1> matches the page title; the metadata title is used' });
  else if (headline && art?.headline && fold(stripSiteName(art.headline, orgNames)) !== fold(headText)) {
    warnings.push({ code: 'W_HTML_TITLE_DIFFERS', message: `JSON-LD headline "${art.headline.slice(0, 80)}" differs from the page's <h1>; the <h1> is kept` });
  }

  // Author: the visible byline first, then JSON-LD, then meta; institutions are not authors.
  const visibleAuthors = [...(bodyByline ? [bodyByline] : []), ...bylineTexts].map(cleanAuthor).filter((a) => a && !isInstitution(a, orgNames));
  const metaAuthors = [...(art?.authors ?? []), ...all(meta, 'author', 'article:author', 'dc.creator', 'byl', 'sailthru.author', 'parsely-author')]
    .map(cleanAuthor)
    .filter((a) => a && !isInstitution(a, orgNames));
  const author = visibleAuthors[0] ?? metaAuthors[0];
  if (author) article.author = author;
  if (visibleAuthors[0] && metaAuthors[0] && overlap(visibleAuthors[0], metaAuthors[0]) < 0.5) {
    warnings.push({ code: 'W_HTML_AUTHOR_CONFLICT', message: `metadata names "${metaAuthors[0]}", the page "${visibleAuthors[0]}"; the page is taken` });
  }
  const rawAuthors = [...(art?.authors ?? []), ...all(meta, 'author')];
  for (const a of rawAuthors) if (!cleanAuthor(a) || isInstitution(cleanAuthor(a), orgNames)) {
    warnings.push({ code: 'W_HTML_AUTHOR_NOT_PERSON', message: `author "${a}" is an institution or credit, not a person` });
    break;
  }

  // Dates.
  const machinePublished = [
    art?.datePublished,
    ...all(meta, 'article:published_time', 'og:published_time', 'pubdate', 'publishdate', 'publish-date', 'datepublished', 'date', 'dc.date', 'dc.date.issued', 'dcterms.created', 'sailthru.date', 'parsely-pub-date', 'datecreated'),
  ].filter((s): s is string => !!s);
  const timeEls = Array.from(document.querySelectorAll('time[datetime], [itemprop="datePublished"][datetime], [itemprop="datePublished"][content]'));
  for (const t of nearHeadline(timeEls).slice(0, 1)) {
    const v = t.getAttribute('datetime') ?? t.getAttribute('content');
    if (v) machinePublished.push(v);
  }
  const machineModified = [art?.dateModified, ...all(meta, 'article:modified_time', 'og:updated_time', 'datemodified', 'dcterms.modified', 'last-modified')].filter((s): s is string => !!s);
  const stampEls = nearHeadline(
    allEls.filter((e) => e.tagName.toLowerCase() === 'time' || DATE_SIG.test(sigOf.get(e) ?? '')),
  );
  const visibleStamps: string[] = [];
  if (h1Pos >= 0 && headline?.el) {
    // Short texts right after the headline (within its block) come first.
    let e: Element | null = headline.el.nextElementSibling;
    for (let k = 0; e && k < 4; k++, e = e.nextElementSibling) {
      const t = visibleShort(e, 160);
      if (t) visibleStamps.push(t);
    }
  }
  for (const e of stampEls) {
    const t = visibleShort(e, 160);
    if (t && !visibleStamps.includes(t)) visibleStamps.push(t);
    if (visibleStamps.length > 12) break;
  }
  const pageStamps = (): string[] => {
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body ?? document.documentElement, 4);
    for (let n = walker.nextNode(); n && out.length < 400; n = walker.nextNode()) {
      const t = fold(n.textContent ?? '');
      const parent = n.parentElement;
      if (t.length < 8 || t.length > 160 || !parent || isFurniture(parent) || parent.closest('a') || !/[\u0600-\u06ff]/.test(t)) continue;
      out.push(t);
    }
    return out;
  };
  const dates = reconcileDates({ machinePublished, machineModified, visible: visibleStamps, pageStamps, urls: [url, canonicalUrl, ogUrl] });
  warnings.push(...dates.warnings);
  set('published', dates.published);
  set('modified', dates.modified);

  // The rest of the metadata.
  set('outlet', outlet);
  const section = first(meta, 'article:section', 'articlesection') ?? art?.section;
  set('section', section);
  set('url', url);
  set('canonicalUrl', canonicalUrl);
  set('image', resolveUrl(first(meta, 'og:image', 'og:image:url', 'twitter:image', 'twitter:image:src') ?? art?.image, base));
  const declared = langCode(meta.lang) ?? langCode(first(meta, 'og:locale')) ?? langCode(art?.language) ?? langCode(first(meta, 'language', 'content-language', 'inlanguage'));
  const share = arabicShare(finalText);
  let language = declared;
  if (share > 0.6 && declared !== 'ar') {
    if (declared) warnings.push({ code: 'W_HTML_LANG_MISMATCH', message: `the page declares language "${declared}" but its text is Arabic` });
    language = 'ar';
  }
  set('language', language);
  const dir = meta.dir === 'rtl' || meta.dir === 'ltr' ? meta.dir : undefined;
  set('direction', language ? (RTL.has(language) ? 'rtl' : dir ?? 'ltr') : dir);

  const doc = createDoc(finalText, { ...source, format: source.format ?? 'html' });
  doc.paragraphs = paragraphs;
  doc.article = article;
  for (const w of warnings) addWarning(doc, w.code, w.message);
  return doc;
}
