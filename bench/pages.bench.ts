/**
 * Arabic news pages: rasid's HTML reader against @mozilla/readability (on a linkedom DOM) on the same
 * 14 real pages of `../shared/data/html/arabic-pages` in the same run, field by field with the same
 * scorer (`src/article/html/eval.ts`): title exact after white-space folding, published the same instant
 * (Readability: its `publishedTime`), author after normalization (Readability: its `byline`), body start
 * and end (Readability: its `textContent`, white space folded). Speed: pages per second over the 14
 * pages, DOM parsing included for both, best of several passes.
 * Note: rasid's rules were written while looking at these 14 pages (they are its development set),
 * so its figures here are not a held-out measure; Readability's are.
 * Run: `npm run bench -- pages` or `npx tsx bench/pages.bench.ts`.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { createDoc, type Doc } from '../src/doc/doc.js';
import { sharedPath } from '../src/data/paths.js';
import { decodeHtmlBytes, htmlToDoc } from '../src/article/html/index.js';
import { readPageGold, scorePage, type FieldChecks, type PageGold } from '../src/article/html/eval.js';
import { fold } from '../src/article/html/text.js';

const FIELDS: (keyof FieldChecks)[] = ['title', 'published', 'author', 'bodyStart', 'bodyEnd'];

function readabilityDoc(html: string): Doc | null {
  const { document } = parseHTML(html);
  const r = new Readability(document as unknown as Document).parse();
  if (!r) return null;
  // Put Readability's output in a Doc so the same scorer applies: text = its textContent.
  const text = fold(r.textContent ?? '');
  const doc = createDoc(text);
  doc.article = { body: text ? [{ start: 0, end: text.length, text }] : [] };
  if (r.title) doc.article.headline = { start: 0, end: 0, text: r.title };
  if (r.publishedTime) doc.article.published = r.publishedTime;
  if (r.byline) doc.article.author = r.byline;
  return doc;
}

function shares(rows: Record<keyof FieldChecks, boolean>[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const f of FIELDS) out[f] = rows.filter((r) => r[f]).length;
  out.allFields = rows.filter((r) => FIELDS.every((f) => r[f])).length;
  return out;
}

function pagesPerSecond(pages: string[], fn: (html: string) => unknown, passes: number): number {
  let best = Infinity;
  for (let p = 0; p < passes; p++) {
    const t0 = performance.now();
    for (const html of pages) {
      try {
        fn(html);
      } catch {
        // a page a reader refuses still counts as read
      }
    }
    best = Math.min(best, performance.now() - t0);
  }
  return pages.length / (best / 1000);
}

export async function bench(): Promise<Record<string, unknown>> {
  const goldPath = sharedPath('html', 'arabic-pages', 'gold.jsonl');
  if (!goldPath) {
    console.log('pages: SKIPPED — ../shared/data/html/arabic-pages is absent (set RASID_SHARED)');
    return { skipped: 'shared data absent' };
  }
  const gold: PageGold[] = readPageGold(goldPath);
  const dir = dirname(goldPath);
  const pages = gold.map((g) => decodeHtmlBytes(readFileSync(join(dir, g.file))).text);
  const rasidRows: FieldChecks[] = [];
  const readRows: FieldChecks[] = [];
  gold.forEach((g, i) => {
    let doc: Doc | null = null;
    try {
      doc = htmlToDoc(pages[i]!, { path: g.file });
    } catch {
      doc = null;
    }
    rasidRows.push(scorePage(doc, g).checks);
    let rdoc: Doc | null = null;
    try {
      rdoc = readabilityDoc(pages[i]!);
    } catch {
      rdoc = null;
    }
    readRows.push(scorePage(rdoc, g).checks);
  });
  const rasid = shares(rasidRows);
  const readability = shares(readRows);
  const passes = 3;
  const rasidSpeed = pagesPerSecond(pages, (h) => htmlToDoc(h, {}), passes);
  const readSpeed = pagesPerSecond(pages, (h) => readabilityDoc(h), passes);
  const n = gold.length;
  console.log(`pages: ${n} real Arabic news pages (${goldPath})`);
  console.log('field        rasid   readability');
  for (const f of [...FIELDS, 'allFields']) console.log(`${f.padEnd(12)} ${`${rasid[f]}/${n}`.padEnd(7)} ${readability[f]}/${n}`);
  console.log(`pages/s      ${rasidSpeed.toFixed(1).padEnd(7)} ${readSpeed.toFixed(1)}   (linkedom parse included, best of ${passes})`);
  console.log('note: rasid was developed on these pages; readability was not tuned for them.');
  return { pages: n, rasid: { ...rasid, pagesPerSecond: Math.round(rasidSpeed * 10) / 10 }, readability: { ...readability, pagesPerSecond: Math.round(readSpeed * 10) / 10 } };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await bench();
