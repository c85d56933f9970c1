/**
 * Page-layout figures on the SaudiNewsNet sample (../shared/data/news/saudinewsnet/sample-stratified.jsonl):
 *  - headline: each record is turned into a plain-text page `title + "\n\n" + content` and read with no hint;
 *    the headline found must be the record's title;
 *  - byline: for records whose content opens with the record's `author` field (sabq, arreyadi, ...), the
 *    byline found at the head of the body must be that text.
 * Run: `npx tsx src/article/layout-eval.ts` (prints a note and exits 0 when ../shared is absent).
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sharedPath } from '../data/paths.js';
import { RasidError } from '../doc/errors.js';
import { readArticle } from './read.js';

export interface LayoutScore {
  pages: number;
  headlineRight: number;
  headlineMissing: number;
  headlineWrong: number;
  bylinePages: number;
  bylineFound: number;
  bylineExact: number;
}

const squash = (s: string) => s.replace(/&nbsp;/gu, ' ').replace(/\s+/gu, ' ').trim();

export function scoreLayout(path: string): LayoutScore {
  const s: LayoutScore = { pages: 0, headlineRight: 0, headlineMissing: 0, headlineWrong: 0, bylinePages: 0, bylineFound: 0, bylineExact: 0 };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const o = JSON.parse(line) as { title?: string; content?: string; author?: string };
    const title = (o.title ?? '').trim();
    const content = o.content ?? '';
    if (!title || !content.trim()) continue;
    let doc;
    try {
      doc = readArticle(Buffer.from(`${title}\n\n${content}`), { format: 'text' });
    } catch (e) {
      if (e instanceof RasidError) continue;
      throw e;
    }
    s.pages++;
    const h = doc.article?.headline?.text;
    if (h === title) s.headlineRight++;
    else if (h === undefined) s.headlineMissing++;
    else s.headlineWrong++;
    const author = squash(o.author ?? '');
    if (author && squash(content).startsWith(author)) {
      s.bylinePages++;
      const b = doc.article?.byline?.text;
      if (b !== undefined) {
        s.bylineFound++;
        if (squash(b) === author) s.bylineExact++;
      }
    }
  }
  return s;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const p = sharedPath('news', 'saudinewsnet', 'sample-stratified.jsonl');
  if (!p || !existsSync(p)) {
    console.log('layout-eval: ../shared/data/news/saudinewsnet is absent (set RASID_SHARED); nothing measured');
  } else {
    const s = scoreLayout(p);
    const pct = (a: number, b: number) => `${((100 * a) / Math.max(1, b)).toFixed(1)}%`;
    console.log(`pages ${s.pages}: headline right ${pct(s.headlineRight, s.pages)}, missing ${s.headlineMissing}, wrong ${s.headlineWrong}`);
    console.log(`pages whose body opens with the author field ${s.bylinePages}: byline found ${pct(s.bylineFound, s.bylinePages)}, exactly that text ${pct(s.bylineExact, s.bylinePages)}`);
  }
}
