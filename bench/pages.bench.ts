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
import { normalizeText } from '../src/text/normalize.js';

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

const words = (s: string) => normalizeText(s).split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/** Word-level F1 of an extracted body against a reference text (multiset overlap, search form). */
function wordF1(got: string, ref: string): number {
  const g = words(got);
  const r = words(ref);
  if (!g.length || !r.length) return 0;
  const left = new Map<string, number>();
  for (const w of r) left.set(w, (left.get(w) ?? 0) + 1);
  let tp = 0;
  for (const w of g) {
    const c = left.get(w) ?? 0;
    if (c > 0) {
      tp++;
      left.set(w, c - 1);
    }
  }
  const p = tp / g.length;
  const rc = tp / r.length;
  return p + rc ? (2 * p * rc) / (p + rc) : 0;
}

/**
 * Whole-body references written by the source repositories (not by us): newspaper4k's text of the CNN
 * page, fundus' paragraphs of the LBCI page, omnivore's expected article HTML for BBC Arabic, and
 * magic-html's (noisy: title, captions and tags included) content of the two 2024 Youm7 pages.
 */
function bodyReferences(dir: string): { file: string; text: string; from: string }[] {
  const refs: { file: string; text: string; from: string }[] = [];
  const read = (p: string) => readFileSync(join(dir, p), 'utf8');
  try {
    refs.push({ file: 'newspaper4k/arabic_article.html', text: read('newspaper4k/arabic_article.txt'), from: 'newspaper4k' });
    const paras = (o: unknown): string[] => {
      if (!o || typeof o !== 'object') return [];
      const rec = o as Record<string, unknown>;
      if (Array.isArray(rec.paragraphs)) return rec.paragraphs.filter((x): x is string => typeof x === 'string');
      return Object.values(rec).flatMap(paras);
    };
    refs.push({ file: 'fundus/LBCGroup_2026_01_08.html', text: paras(JSON.parse(read('fundus/LBCGroup.json'))).join('\n'), from: 'fundus' });
    refs.push({ file: 'omnivore/bbc-arabic/source.html', text: read('omnivore/bbc-arabic/expected.html').replace(/<[^>]+>/g, ' '), from: 'omnivore' });
    const raw = JSON.parse(read('magic-html/base.youm7-entries.json')) as Record<string, { url: string; content: string }> | { url: string; content: string }[];
    const mh = Array.isArray(raw) ? raw : Object.values(raw);
    for (const f of ['magic-html/4571254ba0d43a5698f25dae0f0276c9a5c5369fa96c0b6899ce3f32fb8f106a.html', 'magic-html/f1e9572d5e8ee235fb28cb652f5fa64dcc4b298e36d884e37149ec25edda5fc4.html']) {
      const html = read(f);
      const e = mh.find((x) => html.includes(`/${x.url.split('/').pop() ?? '\u0000'}`));
      if (e) refs.push({ file: f, text: e.content, from: 'magic-html' });
    }
  } catch {
    // a missing reference file just shortens the list
  }
  return refs;
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
  const refs = bodyReferences(dir);
  const f1 = { rasid: [] as number[], readability: [] as number[] };
  for (const ref of refs) {
    const i = gold.findIndex((g) => g.file === ref.file);
    if (i < 0) continue;
    let ours = '';
    let theirs = '';
    try {
      const d = htmlToDoc(pages[i]!, {});
      ours = d.article!.body.map((b) => b.text).join(' ');
    } catch {
      ours = '';
    }
    try {
      theirs = readabilityDoc(pages[i]!)?.text ?? '';
    } catch {
      theirs = '';
    }
    f1.rasid.push(wordF1(ours, ref.text));
    f1.readability.push(wordF1(theirs, ref.text));
  }
  const mean = (xs: number[]) => (xs.length ? Math.round((xs.reduce((a, b) => a + b, 0) / xs.length) * 1000) / 1000 : null);
  const rasid = shares(rasidRows);
  const readability = shares(readRows);
  const passes = 3;
  const rasidSpeed = pagesPerSecond(pages, (h) => htmlToDoc(h, {}), passes);
  const readSpeed = pagesPerSecond(pages, (h) => readabilityDoc(h), passes);
  const n = gold.length;
  console.log(`pages: ${n} real Arabic news pages (${goldPath})`);
  console.log('field        rasid   readability');
  for (const f of [...FIELDS, 'allFields']) console.log(`${f.padEnd(12)} ${`${rasid[f]}/${n}`.padEnd(7)} ${readability[f]}/${n}`);
  console.log(`body word F1 ${String(mean(f1.rasid)).padEnd(7)} ${mean(f1.readability)}   (mean over ${f1.rasid.length} pages with whole-body gold from the source repos)`);
  console.log(`pages/s      ${rasidSpeed.toFixed(1).padEnd(7)} ${readSpeed.toFixed(1)}   (linkedom parse included, best of ${passes})`);
  console.log('note: rasid was developed on these pages; readability was not tuned for them.');
  return {
    pages: n,
    rasid: { ...rasid, bodyWordF1: mean(f1.rasid), pagesPerSecond: Math.round(rasidSpeed * 10) / 10 },
    readability: { ...readability, bodyWordF1: mean(f1.readability), pagesPerSecond: Math.round(readSpeed * 10) / 10 },
    bodyF1Pages: f1.rasid.length,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await bench();
