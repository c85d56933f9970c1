/**
 * Layout of a plain-text news page: every non-empty line is a paragraph with a role (kicker,
 * headline, headline-repeat, dateline, tagline, byline, lead, body), and the article layer gets
 * its fields as spans into the text. The page shape it reads (seen on Arabic news sites and in
 * scraped corpora):
 *
 *   kicker:                      ← short line ending in a colon
 *   headline
 *   headline (again)             ← a repeat, not body
 *   weekday day month year - time zone   ← dateline (src/time/dateline.ts)
 *   outlet - section             ← tag line (possibly further down, between body paragraphs)
 *   place - agency | place: author | author – outlet …   ← byline, alone or opening the lead
 *   lead paragraph
 *   body paragraphs …
 */
import type { ArticleLayer, Doc, Paragraph, ParagraphRole } from '../doc/doc.js';
import { addWarning } from '../doc/doc.js';
import type { Span } from '../doc/span.js';
import { span } from '../doc/span.js';
import { SEARCH_FORM, normalizeText } from '../text/normalize.js';
import type { Byline } from './byline.js';
import { parseByline } from './byline.js';
import { parseDateline } from './dateline.js';
import { findAgency, findOutlet, isDesk, isPlace, isSection } from './lexicon.js';

export interface LayoutOptions {
  /** Lay out only `doc.text.slice(from, to)`. */
  from?: number;
  to?: number;
  /** A headline fixed by the caller (the title of a JSON record, an HTML <h1>): no kicker/headline guessing. */
  headline?: Span;
}

interface Line {
  start: number;
  end: number;
  text: string;
}

/** Limits of the shapes, in words and characters. */
const KICKER_MAX_WORDS = 10;
const KICKER_MAX_CHARS = 90;
const HEADLINE_MAX_WORDS = 30;
const HEADLINE_MAX_CHARS = 250;
const BYLINE_MAX_WORDS = 16;
const BYLINE_MAX_CHARS = 120;
const BYLINE_PREFIX_MAX_WORDS = 9;
const TAGLINE_SIDE_MAX_WORDS = 3;
const TAGLINE_MAX_CHARS = 80;
const DATELINE_LINE_MAX_WORDS = 16;

export function splitLines(text: string, from = 0, to = text.length): Line[] {
  const out: Line[] = [];
  let pos = from;
  while (pos < to) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0 || nl > to) nl = to;
    let s = pos;
    let e = nl;
    while (s < e && /\s/u.test(text[s]!)) s++;
    while (e > s && /\s/u.test(text[e - 1]!)) e--;
    if (e > s) out.push({ start: s, end: e, text: text.slice(s, e) });
    pos = nl + 1;
  }
  return out;
}

/** Words of `s` (runs of non-space), counting no further than `cap`. */
function wordCount(s: string, cap = Infinity): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length && n <= cap; i++) {
    const c = s.charCodeAt(i);
    const space = c === 0x20 || c === 0x09 || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x3000 || c === 0x0a || c === 0x0d;
    if (space) inWord = false;
    else if (!inWord) {
      inWord = true;
      n++;
    }
  }
  return n;
}

/** Comparison form of a line: search form, single spaces, no trailing punctuation. */
function sameForm(s: string): string {
  return normalizeText(s, SEARCH_FORM)
    .replace(/[\s\p{P}]+$/u, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

const ENDS_SENTENCE = /[.!?؟…]["»”’)]*$/u;

function isKicker(l: Line): boolean {
  return /[:：]$/u.test(l.text) && l.text.length <= KICKER_MAX_CHARS && wordCount(l.text, KICKER_MAX_WORDS) <= KICKER_MAX_WORDS;
}

function isHeadlineShaped(l: Line): boolean {
  return !/[:：]$/u.test(l.text) && l.text.length <= HEADLINE_MAX_CHARS && wordCount(l.text, HEADLINE_MAX_WORDS) <= HEADLINE_MAX_WORDS;
}

/** A byline's parts that tell it is one (an agency, outlet, desk or listed place). */
function bylineIsKnown(b: Byline | null): boolean {
  return b !== null && b.known;
}

/** `X - Y` / `X | Y` with short sides and no sentence punctuation or digits; the two sides, or null. */
export function taglineSides(text: string): [string, string] | null {
  if (text.length > TAGLINE_MAX_CHARS) return null;
  const m = /^([^\s|\-–—][^|\-–—]*?)\s+[-–—|]\s+([^|\-–—]*[^\s|\-–—])$/u.exec(text);
  if (!m) return null;
  const [, left, right] = m as unknown as [string, string, string];
  for (const side of [left, right]) {
    if (wordCount(side) > TAGLINE_SIDE_MAX_WORDS) return null;
    if (/[\p{Nd}.:!?؟،,؛;"«»()]/u.test(side)) return null;
    if (findAgency(side) || isDesk(side)) return null;
  }
  return [left, right];
}

/**
 * Is this line an outlet/section tag line? At the head of the body the same shape is usually a
 * byline (`عين اليوم – الرياض`, `عين اليوم – عمان`), so there the right side must be a known section
 * and neither side a place; further down (`العالم - العراق` between the lead and the body), the
 * shape with one known side (or two one-word sides) is enough.
 */
function isTagline(text: string, atBodyStart: boolean): [string, string] | null {
  const sides = taglineSides(text);
  if (!sides) return null;
  const [left, right] = sides;
  if (atBodyStart) return isSection(right) && !isPlace(left) && !isPlace(right) ? sides : null;
  if (findOutlet(left) || isSection(right)) return sides;
  return wordCount(left) === 1 && wordCount(right) === 1 ? sides : null;
}

/** A whole line read as a byline, when its shape and words say it is one. */
function lineByline(text: string, l: Line): Byline | null {
  if (l.text.length > BYLINE_MAX_CHARS || wordCount(l.text, BYLINE_MAX_WORDS) > BYLINE_MAX_WORDS) return null;
  if (ENDS_SENTENCE.test(l.text)) return null;
  const b = parseByline(text, l.start, l.end);
  if (!b) return null;
  // names in bylines are short; a date part needs an agency beside it (`بريدة 25 شوال ... واس`)
  if (b.parts.some((p) => p.kind === 'person' && wordCount(p.text) > 5)) return null;
  if (b.parts.some((p) => p.kind === 'date') && !b.agency) return null;
  if (b.known) return b;
  // Unknown words only: accept `A - B` / `A: B` (place - person, person - place) and nothing looser.
  if (b.parts.length !== 2 || !/^[^-–—:ـ]+[-–—:ـ]+[^-–—:ـ]+$/u.test(l.text.replace(/:$/u, ''))) return null;
  const kinds = b.parts.map((p) => p.kind).sort().join(',');
  return kinds === 'person,place' && b.parts.every((p) => wordCount(p.text) <= 4) ? b : null;
}

/** A byline opening the lead (`عبدالله البرقاوي- سبق- الرياض: أعلن ...`): the byline and where the lead starts. */
function prefixByline(text: string, l: Line): { byline: Byline; end: number; leadStart: number } | null {
  let best: { byline: Byline; end: number; leadStart: number } | null = null;
  const head = text.slice(l.start, Math.min(l.end, l.start + BYLINE_MAX_CHARS));
  for (const m of head.matchAll(/\s*[:\-–—)]\s*/gu)) {
    const cutAt = l.start + m.index;
    const sepEnd = cutAt + m[0].length;
    if (sepEnd >= l.end) break;
    const prefixEnd = m[0].trim() === ')' ? cutAt + m[0].indexOf(')') + 1 : cutAt;
    if (wordCount(text.slice(l.start, prefixEnd)) > BYLINE_PREFIX_MAX_WORDS) break;
    const b = parseByline(text, l.start, prefixEnd);
    if (!b || !bylineIsKnown(b)) continue;
    // a sentence's subject is not a byline: names in bylines are short
    if (b.parts.some((p) => p.kind === 'person' && wordCount(p.text) > 4)) continue;
    // the rest must read as a sentence, not as more byline
    if (wordCount(text.slice(sepEnd, Math.min(l.end, sepEnd + 200)), 4) < 4) continue;
    const sep = m[0].trim();
    best = { byline: b, end: sep === ')' ? prefixEnd : sep === ':' ? cutAt + m[0].trimEnd().length : cutAt, leadStart: sepEnd };
    // `دمشق-سانا أعلنت ...`: an agency run into the lead belongs to the byline
    const after = [...text.slice(sepEnd, Math.min(l.end, sepEnd + 60)).matchAll(/\S+/gu)].slice(0, 3);
    for (let k = after.length; k >= 1; k--) {
      const w = after[k - 1]!;
      const agEnd = sepEnd + w.index + w[0].length;
      if (!findAgency(text.slice(sepEnd, agEnd))) continue;
      const rest = /^[\s:\-–—]*/u.exec(text.slice(agEnd, l.end))![0].length;
      if (wordCount(text.slice(agEnd + rest, Math.min(l.end, agEnd + rest + 200)), 4) < 4) break;
      const ext = parseByline(text, l.start, agEnd);
      if (ext) best = { byline: ext, end: agEnd, leadStart: agEnd + rest };
      break;
    }
    // a colon closes a byline: what follows is the lead, even when it has a colon of its own
    // (unless the colon follows a credit marker: `تصوير : فلان`)
    if (m[0].trim() === ':' && b.parts[b.parts.length - 1]?.kind !== 'credit') break;
  }
  if (best) while (best.end > l.start && /\s/u.test(text[best.end - 1]!)) best.end--;
  return best;
}

function setIfMissing<K extends keyof ArticleLayer>(a: ArticleLayer, k: K, v: ArticleLayer[K] | undefined): void {
  if (v !== undefined && a[k] === undefined) a[k] = v;
}

function applyByline(a: ArticleLayer, b: Byline, s: Span): void {
  setIfMissing(a, 'byline', s);
  setIfMissing(a, 'author', b.author);
  setIfMissing(a, 'place', b.place);
  setIfMissing(a, 'agency', b.agency);
}

/** Lay out `doc` (or the part of it in `opts`): sets `doc.paragraphs` and fills `doc.article`. */
export function layoutPlainText(doc: Doc, opts: LayoutOptions = {}): void {
  const text = doc.text;
  const from = opts.from ?? 0;
  const to = opts.to ?? text.length;
  const given = opts.headline;
  const lines = splitLines(text, from, to).filter((l) => !given || l.end <= given.start || l.start >= given.end);
  const paragraphs: Paragraph[] = doc.paragraphs ? doc.paragraphs.filter((p) => p.end <= from || p.start >= to) : [];
  const article: ArticleLayer = doc.article ?? { body: [] };
  const push = (role: ParagraphRole, s: number, e: number) => paragraphs.push({ ...span(text, s, e), role });

  let i = 0;
  let headline: Span | undefined = opts.headline;
  let headForm: string | null = null;
  let kickerForm: string | null = null;
  const setHeadline = (s: Span) => {
    headline = s;
    headForm = sameForm(s.text);
    setIfMissing(article, 'headline', s);
  };
  if (opts.headline) {
    setHeadline(opts.headline);
    if (!paragraphs.some((p) => p.start === opts.headline!.start)) push('headline', opts.headline.start, opts.headline.end);
  }

  let haveDateline = article.dateline !== undefined;
  const tryDateline = (l: Line): boolean => {
    if (haveDateline || wordCount(l.text, DATELINE_LINE_MAX_WORDS) > DATELINE_LINE_MAX_WORDS) return false;
    const hit = parseDateline(l.text);
    if (!hit) return false;
    const s = span(text, l.start + hit.start, l.start + hit.end);
    push('dateline', l.start, l.end);
    setIfMissing(article, 'dateline', s);
    setIfMissing(article, 'published', hit.value);
    for (const w of hit.warnings) addWarning(doc, w.code, w.message, s);
    haveDateline = true;
    // `بريدة 25 شوال 1436 هـ الموافق 10 اغسطس 2015 م واس`: the words around the date are a byline
    if (/\p{L}{2}/u.test(text.slice(l.start, s.start) + text.slice(s.end, l.end))) {
      const b = parseByline(text, l.start, l.end);
      if (b && b.known && (b.place || b.agency)) applyByline(article, b, span(text, l.start, l.end));
    }
    return true;
  };
  const tryTagline = (l: Line, atBodyStart: boolean): boolean => {
    const sides = isTagline(l.text, atBodyStart);
    if (!sides) return false;
    push('tagline', l.start, l.end);
    setIfMissing(article, 'tagline', span(text, l.start, l.end));
    setIfMissing(article, 'outlet', sides[0]);
    setIfMissing(article, 'section', sides[1]);
    return true;
  };
  const near = (l: Line, form: string | null) => form !== null && l.text.length >= form.length * 0.8 && l.text.length <= form.length * 1.5 + 4;
  const isRepeat = (l: Line): boolean => {
    if (!near(l, headForm) && !near(l, kickerForm)) return false;
    const f = sameForm(l.text);
    return (headForm !== null && f === headForm) || (kickerForm !== null && f === kickerForm);
  };
  /** A headline: short, not the last line, and not a dateline, byline or tag line. */
  const headlineAt = (k: number): boolean => {
    const l = lines[k];
    return l !== undefined && k < lines.length - 1 && isHeadlineShaped(l) && !parseDateline(l.text) && !lineByline(text, l)?.known && !isTagline(l.text, true);
  };

  // Header zone: kicker and headline (when not given), their repeats, the dateline and a tag line, in any order.
  for (; i < lines.length; i++) {
    const l = lines[i]!;
    if (isRepeat(l)) push('headline-repeat', l.start, l.end);
    else if (tryDateline(l) || tryTagline(l, true)) continue;
    else if (!headline && kickerForm === null && isKicker(l) && headlineAt(i + 1) && !bylineIsKnown(parseByline(text, l.start, l.end))) {
      const k = l.text.replace(/\s*[:：]$/u, '');
      push('kicker', l.start, l.end);
      setIfMissing(article, 'kicker', span(text, l.start, l.start + k.length));
      kickerForm = sameForm(l.text);
    } else if (!headline && headlineAt(i)) {
      push('headline', l.start, l.end);
      setHeadline(span(text, l.start, l.end));
    } else break;
  }

  // Byline at the head of the body: a line of its own, or a prefix of the lead.
  if (i < lines.length) {
    const l = lines[i]!;
    const b = lines.length - i > 1 ? lineByline(text, l) : null;
    if (b) {
      push('byline', l.start, l.end);
      applyByline(article, b, span(text, l.start, l.end));
      i++;
    } else {
      const p = prefixByline(text, l);
      if (p) {
        push('byline', l.start, p.end);
        applyByline(article, p.byline, span(text, l.start, p.end));
        lines[i] = { start: p.leadStart, end: l.end, text: text.slice(p.leadStart, l.end) };
      }
    }
  }

  // Body: lead, body paragraphs, and tag lines / repeats / datelines / trailing agency among them.
  const body: Span[] = [];
  for (; i < lines.length; i++) {
    const l = lines[i]!;
    if (isRepeat(l)) {
      push('headline-repeat', l.start, l.end);
      continue;
    }
    if (body.length > 0 && tryTagline(l, false)) continue;
    if (tryDateline(l)) continue;
    if (i === lines.length - 1 && body.length > 0 && wordCount(l.text, 4) <= 4) {
      const b = parseByline(text, l.start, l.end);
      if (b && b.parts.length > 0 && b.parts.every((p) => p.kind === 'agency' || p.kind === 'place')) {
        push('byline', l.start, l.end);
        setIfMissing(article, 'agency', b.agency);
        continue;
      }
    }
    push(body.length === 0 ? 'lead' : 'body', l.start, l.end);
    body.push(span(text, l.start, l.end));
  }
  article.body = [...article.body.filter((b) => b.end <= from || b.start >= to), ...body].sort((a, b) => a.start - b.start);
  if (article.lead === undefined && body.length > 0) article.lead = body[0];
  setIfMissing(article, 'language', 'ar');
  setIfMissing(article, 'direction', 'rtl');
  paragraphs.sort((a, b) => a.start - b.start || a.end - b.end);
  doc.paragraphs = paragraphs;
  doc.article = ordered(article);
}

const ARTICLE_ORDER: (keyof ArticleLayer)[] = [
  'kicker', 'headline', 'dateline', 'published', 'modified', 'outlet', 'section', 'tagline', 'byline', 'author', 'place',
  'agency', 'url', 'canonicalUrl', 'image', 'language', 'direction', 'lead', 'body',
];

/** The article layer with its fields in reading order (headline first, body last) for people reading the JSON. */
function ordered(a: ArticleLayer): ArticleLayer {
  const out: Record<string, unknown> = {};
  for (const k of ARTICLE_ORDER) if (a[k] !== undefined) out[k] = a[k];
  for (const [k, v] of Object.entries(a)) if (!(k in out) && v !== undefined) out[k] = v;
  return out as unknown as ArticleLayer;
}
