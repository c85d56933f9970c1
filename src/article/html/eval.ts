/**
 * Scoring page extraction against gold lines (`file`, `title`, `published`, `author`, `body_first`,
 * `body_last`): title exact after white-space folding, published the same instant (or the same local
 * time/date when the gold has no offset), author after normalization, body start/end at the start and
 * end of the extracted body.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Doc } from '../../doc/doc.js';
import { RasidError } from '../../doc/errors.js';
import { normalizeText } from '../../text/normalize.js';
import { decodeHtmlBytes } from './decode.js';
import { instantOf, parseStamp, wallClock } from './dates.js';
import { htmlToDoc } from './index.js';
import { fold } from './text.js';

export interface PageGold {
  file: string;
  title: string | null;
  published: string | null;
  author: string | null;
  body_first: string | null;
  body_last: string | null;
  line: number;
}

export interface FieldChecks {
  title: boolean;
  published: boolean;
  author: boolean;
  bodyStart: boolean;
  bodyEnd: boolean;
}

export interface PageResult {
  file: string;
  checks: FieldChecks;
  got: { title: string | null; published: string | null; author: string | null; bodyFirst: string; bodyLast: string };
  error?: string;
}

export interface PagesReport {
  title: number;
  published: number;
  author: number;
  bodyStart: number;
  bodyEnd: number;
  pages: number;
}

export function readPageGold(path: string): PageGold[] {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch {
    throw new RasidError('E_INPUT_MISSING', { path });
  }
  const out: PageGold[] = [];
  raw.split('\n').forEach((l, i) => {
    if (!l.trim()) return;
    let o: Record<string, unknown>;
    try {
      o = JSON.parse(l) as Record<string, unknown>;
    } catch (e) {
      throw new RasidError('E_GOLD_INVALID', { path, line: i + 1, detail: (e as Error).message });
    }
    if (typeof o.file !== 'string') throw new RasidError('E_GOLD_INVALID', { path, line: i + 1, detail: 'no "file"' });
    const s = (k: string) => (typeof o[k] === 'string' ? (o[k] as string) : null);
    out.push({ file: o.file, title: s('title'), published: s('published'), author: s('author'), body_first: s('body_first'), body_last: s('body_last'), line: i + 1 });
  });
  return out;
}

/** Same publication time: instants when both have offsets, else the local wall clock / date. */
export function samePublished(gold: string | null, got: string | null | undefined): boolean {
  if (gold === null) return !got;
  const g = parseStamp(gold);
  const o = got ? parseStamp(got) : null;
  if (!g || !o) return false;
  if (!g.time) {
    // Date-only gold: the date of ours in its own offset.
    return o.date === g.date;
  }
  if (!o.time) return false;
  if (g.offset && o.offset) return instantOf(g) === instantOf(o);
  // Gold without an offset is the page's local time: compare wall clocks.
  const ours = o.offset && g.offset ? wallClock(o, g.offset) : o;
  return !!ours && ours.date === g.date && (ours.time ?? '').slice(0, 5) === g.time.slice(0, 5) && (g.time.length <= 5 || (ours.time ?? '').slice(0, 8) === g.time.slice(0, 8));
}

export function normalizeAuthor(s: string | null | undefined): string {
  return s ? fold(normalizeText(s)).replace(/[^\p{L}\p{N} ]/gu, '').replace(/ +/g, ' ').trim() : '';
}

/** The body as one line: paragraphs from the first body paragraph to the end, white space folded. */
export function bodyLine(doc: Doc): string {
  const body = doc.article?.body ?? [];
  if (!body.length) return '';
  return fold(doc.text.slice(body[0]!.start, body[body.length - 1]!.end));
}

export function scorePage(doc: Doc | null, gold: PageGold, error?: string): PageResult {
  const title = doc?.article?.headline?.text ?? null;
  const published = doc?.article?.published ?? null;
  const author = doc?.article?.author ?? null;
  const body = doc ? bodyLine(doc) : '';
  const checks: FieldChecks = {
    title: gold.title === null ? !title : !!title && fold(title) === fold(gold.title),
    published: samePublished(gold.published, published),
    author: normalizeAuthor(author) === normalizeAuthor(gold.author),
    bodyStart: gold.body_first === null ? true : !!body && body.startsWith(fold(gold.body_first)),
    bodyEnd: gold.body_last === null ? true : !!body && body.endsWith(fold(gold.body_last)),
  };
  const r: PageResult = { file: gold.file, checks, got: { title, published, author, bodyFirst: body.slice(0, 80), bodyLast: body.slice(-80) } };
  if (error) r.error = error;
  return r;
}

/** Read and score every gold page (files relative to the gold file's folder). A failing page scores 0. */
export function evalPages(goldPath: string): { results: PageResult[]; report: PagesReport } {
  const gold = readPageGold(goldPath);
  const dir = dirname(resolve(goldPath));
  const results: PageResult[] = [];
  for (const g of gold) {
    let doc: Doc | null = null;
    let error: string | undefined;
    try {
      const path = resolve(dir, g.file);
      let buf: Buffer;
      try {
        buf = readFileSync(path);
      } catch {
        throw new RasidError('E_INPUT_MISSING', { path });
      }
      doc = htmlToDoc(decodeHtmlBytes(buf).text, { path });
    } catch (e) {
      error = e instanceof RasidError ? e.toLine() : String(e);
    }
    results.push(scorePage(doc, g, error));
  }
  const n = results.length || 1;
  const share = (k: keyof FieldChecks) => Math.round((results.filter((r) => r.checks[k]).length / n) * 1000) / 1000;
  return {
    results,
    report: { title: share('title'), published: share('published'), author: share('author'), bodyStart: share('bodyStart'), bodyEnd: share('bodyEnd'), pages: results.length },
  };
}
