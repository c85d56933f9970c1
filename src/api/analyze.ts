/**
 * Analysis for the API: a posted text or HTML page (or an ingest record) becomes a Doc with every
 * layer, through the same reader and pipeline as `rasid parse` and `rasid ingest` (src/store/analyze.ts
 * bridges to src/article/read.ts, src/article/record.ts and src/pipeline/default.ts).
 */
import type { Doc } from '../doc/doc.js';
import { analyzeDoc, readPage, readRecord } from '../store/analyze.js';
import type { AnalyzeInput } from './app.js';
import type { IngestRecord } from './types.js';

/** A posted page (text or HTML) analysed, nothing stored. `reference` anchors relative dates when the page has no date. */
export function analyzeInput(input: AnalyzeInput): Doc {
  const body = input.html ?? input.text ?? '';
  const doc = readPage(Buffer.from(body, 'utf8'), input.url ?? 'request');
  if (input.url) {
    doc.source = { ...doc.source, url: input.url };
    if (doc.article && !doc.article.url) doc.article.url = input.url;
  }
  if (input.reference && doc.article && !doc.article.published) {
    // The pipeline takes the reference from the article's publication time when it has one.
    return analyzeWithReference(doc, input.reference);
  }
  return analyzeDoc(doc);
}

function analyzeWithReference(doc: Doc, reference: string): Doc {
  const article = doc.article!;
  article.published = reference;
  const out = analyzeDoc(doc);
  delete out.article!.published;
  return out;
}

/** One ingest record as an analysed Doc: `text`/`html` are whole pages, else a JSON record (title, content, ...). */
export function analyzeRecord(r: IngestRecord, origin: string, line: number): Doc {
  if (r.html !== undefined || (r.text !== undefined && r.title === undefined && r.content === undefined)) {
    const doc = readPage(Buffer.from(r.html ?? r.text ?? '', 'utf8'), r.url ?? origin);
    const a = doc.article;
    if (a) {
      if (r.url && !a.url) a.url = r.url;
      const outlet = r.outlet ?? r.source;
      if (outlet && !a.outlet) a.outlet = outlet;
      if (r.author && !a.author) a.author = r.author;
      const date = r.published ?? r.date ?? r.date_extracted;
      if (date && !a.published) a.published = date;
    }
    if (r.url) doc.source = { ...doc.source, url: r.url };
    return analyzeDoc(doc);
  }
  return analyzeDoc(readRecord(r, origin, line));
}
