/**
 * The article reader: bytes (a file, stdin, an upload) to laid-out Docs. Decodes (decode.ts),
 * detects the format (plain text, HTML, JSON/JSONL records), and builds the paragraphs and
 * article layers. HTML goes to `htmlToDoc` (src/article/html/index.ts).
 */
import type { Doc, SourceInfo } from '../doc/doc.js';
import { createDoc } from '../doc/doc.js';
import { RasidError, asRasidError } from '../doc/errors.js';
import type { DecodeOptions } from './decode.js';
import { assertArabic, decodeBytes, foldLineEnds } from './decode.js';
import { layoutPlainText } from './plaintext.js';
import { declaredCharset, decodeHtmlBytes, htmlToDoc, isHtml } from './html/index.js';
import { recordToDoc } from './record.js';
import { isFeed } from './feed/index.js';
import { feedToArticles } from './feed/item.js';

export type InputFormat = 'text' | 'html' | 'jsonl' | 'feed' | 'auto';

export interface ReadOptions extends DecodeOptions {
  /** `auto` (default) decides by file extension, then by content. */
  format?: InputFormat;
  /** The page's address, when known (kept in `doc.source.url`). */
  url?: string;
}

function formatFromPath(path: string | undefined): InputFormat {
  if (!path) return 'auto';
  const p = path.toLowerCase().replace(/\.gz$/u, '');
  if (/\.(html?|xhtml)$/u.test(p)) return 'html';
  if (/\.(jsonl|ndjson|json)$/u.test(p)) return 'jsonl';
  if (/\.(txt|text)$/u.test(p)) return 'text';
  if (/\.(rss|atom)$/u.test(p)) return 'feed';
  return 'auto';
}

const HTML_START = /^\s*(?:<!--[\s\S]*?-->\s*)*(?:<\?xml[^>]*>\s*)?(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<meta\s|<title[\s>]|<article[\s>]|<div[\s>]|<p[\s>])/iu;

function looksHtml(text: string): boolean {
  return HTML_START.test(text) || isHtml(text);
}

function sniffFormat(text: string): InputFormat {
  const c = text.trimStart()[0];
  if (c === '{' || c === '[') return 'jsonl';
  if (c === '<' && isFeed(text)) return 'feed';
  if (c === '<' && looksHtml(text)) return 'html';
  return 'text';
}

function sourceOf(opts: ReadOptions, encoding: string, bytes: number, format: SourceInfo['format']): SourceInfo {
  const s: SourceInfo = { encoding, bytes };
  if (opts.path) s.path = opts.path;
  if (opts.url) s.url = opts.url;
  if (format) s.format = format;
  return s;
}

function parseJsonValue(src: string, path: string, line: number): unknown {
  try {
    return JSON.parse(src) as unknown;
  } catch (e) {
    throw new RasidError('E_JSON_INVALID', { path, line, detail: (e as Error).message.split('\n')[0] });
  }
}

/** JSON records: one object, an array of objects, or JSON Lines. Bad records become errors in the list. */
function readRecords(text: string, source: SourceInfo): (Doc | RasidError)[] {
  const path = source.path ?? '-';
  const out: (Doc | RasidError)[] = [];
  const one = (value: unknown, line: number) => {
    try {
      out.push(recordToDoc(value, { ...source, line }));
    } catch (e) {
      out.push(asRasidError(e));
    }
  };
  const trimmed = text.trimStart();
  if (trimmed.startsWith('[')) {
    const arr = parseJsonValue(text, path, 1);
    if (!Array.isArray(arr)) throw new RasidError('E_JSON_INVALID', { path, line: 1, detail: 'expected an array of records' });
    arr.forEach((v, k) => one(v, k + 1));
    return out;
  }
  // A single (possibly pretty-printed) object, else JSON Lines.
  try {
    const whole = JSON.parse(text) as unknown;
    one(whole, 1);
    return out;
  } catch {
    // not one JSON value: read line by line
  }
  const lines = text.split('\n');
  lines.forEach((l, k) => {
    if (l.trim() === '') return;
    try {
      one(parseJsonValue(l, path, k + 1), k + 1);
    } catch (e) {
      out.push(asRasidError(e));
    }
  });
  if (out.length === 0) throw new RasidError('E_INPUT_EMPTY', { path });
  return out;
}

function readHtml(text: string, opts: ReadOptions, source: SourceInfo): Doc {
  const doc = htmlToDoc(text, source);
  assertArabic(doc.text, opts);
  return doc;
}

/**
 * An RSS or Atom file: one article per item. Items holding only a summary cannot be fetched here
 * (reading a file never touches the network; `rasid watch` fetches pages): their summary is read
 * as the article, with a warning saying so.
 */
function readFeed(text: string, source: SourceInfo): (Doc | RasidError)[] {
  const path = source.path ?? '-';
  const feed = feedToArticles(text, path);
  const out: (Doc | RasidError)[] = [...feed.docs];
  for (const item of feed.pending) {
    try {
      const summary = (item.content ?? item.summary ?? '').replace(/<[^>]+>/g, ' ').replace(/[ \t]+/g, ' ').trim();
      const doc = recordToDoc(
        { title: item.title ?? '', content: summary, url: item.link ?? undefined, published: item.published ?? undefined, author: item.author ?? undefined },
        { ...source, format: 'feed' },
      );
      doc.warnings.push({ code: 'W_FEED_SUMMARY_ONLY', message: `the feed holds only a summary of ${item.link ?? 'this item'}; its page was not fetched` });
      out.push(doc);
    } catch (e) {
      out.push(asRasidError(e));
    }
  }
  for (const e of feed.errors) out.push(new RasidError('E_HTML_NO_CONTENT', { path: e.item.link ?? path }));
  if (out.length === 0) throw new RasidError('E_INPUT_EMPTY', { path });
  return out;
}

function readText(text: string, opts: ReadOptions, source: SourceInfo): Doc {
  assertArabic(text, opts);
  const doc = createDoc(text, source);
  layoutPlainText(doc);
  return doc;
}

/**
 * Every article in `input`: one for a page (text or HTML), one per record for JSON/JSONL.
 * Whole-input problems throw; a bad record is returned as a RasidError in its place.
 */
export function readArticles(input: Uint8Array, opts: ReadOptions = {}): (Doc | RasidError)[] {
  const d = decodeBytes(input, opts);
  let format = opts.format && opts.format !== 'auto' ? opts.format : formatFromPath(opts.path);
  if (format === 'auto') format = sniffFormat(d.text);
  if (format === 'jsonl') return readRecords(d.text, sourceOf(opts, d.encoding, d.bytes, 'jsonl'));
  if (format === 'feed') return readFeed(d.text, sourceOf(opts, d.encoding, d.bytes, 'feed'));
  if (format === 'html') {
    // A legacy page whose bytes we guessed: its own <meta charset> knows better.
    const declared = d.detectedBy === 'arabic-score' ? declaredCharset(d.text.slice(0, 4096)) : null;
    const page = declared && declared !== d.encoding ? decodeHtmlBytes(Buffer.from(d.raw), declared) : { text: d.text, encoding: d.encoding };
    return [readHtml(foldLineEnds(page.text), opts, sourceOf(opts, page.encoding, d.bytes, 'html'))];
  }
  return [readText(d.text, opts, sourceOf(opts, d.encoding, d.bytes, 'text'))];
}

/**
 * One article from `input` (text, HTML or a single JSON record), laid out. Throws a RasidError
 * for bad input; a JSON input holding several records is refused (use `readArticles`).
 */
export function readArticle(input: Uint8Array, opts: ReadOptions = {}): Doc {
  const docs = readArticles(input, opts);
  if (docs.length !== 1) {
    throw new RasidError('E_USAGE', { detail: `${opts.path ?? 'the input'} holds ${docs.length} records; read it with readArticles` });
  }
  const d = docs[0]!;
  if (d instanceof RasidError) throw d;
  return d;
}
