/**
 * Byline accuracy on fixtures/article/bylines-gold.tsv: 100 bylines drawn at random from the
 * SaudiNewsNet author field (outside the stratified sample used while writing the parser) and
 * labelled by hand with author, place and agency. Run: `npx tsx src/article/byline-eval.ts`.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { fixturePath } from '../data/paths.js';
import { parseByline } from './byline.js';

export interface BylineScore {
  n: number;
  author: number;
  place: number;
  agency: number;
  all: number;
  misses: { byline: string; field: string; want: string; got: string }[];
}

const clean = (s: string | undefined) =>
  (s ?? '')
    .replace(/[*"«»]/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();
const asSet = (s: string | undefined) => clean(s).split('، ').filter(Boolean).sort().join('، ');

export function scoreBylines(path = fixturePath('article', 'bylines-gold.tsv')): BylineScore {
  const rows = readFileSync(path, 'utf8').split('\n').slice(1).filter(Boolean);
  const s: BylineScore = { n: 0, author: 0, place: 0, agency: 0, all: 0, misses: [] };
  for (const row of rows) {
    const [, byline = '', author = '', place = '', agency = ''] = row.split('\t');
    const text = byline.replace(/&nbsp;/gu, ' ');
    const b = parseByline(text);
    const got = { author: asSet(b?.author), place: asSet(b?.place), agency: clean(b?.agency) };
    const want = { author: asSet(author), place: asSet(place), agency: clean(agency) };
    s.n++;
    let all = true;
    for (const f of ['author', 'place', 'agency'] as const) {
      if (got[f] === want[f]) s[f]++;
      else {
        all = false;
        s.misses.push({ byline, field: f, want: want[f], got: got[f] });
      }
    }
    if (all) s.all++;
  }
  return s;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const s = scoreBylines();
  const pct = (k: number) => `${((100 * k) / s.n).toFixed(0)}%`;
  console.log(`bylines: ${s.n}  author ${pct(s.author)}  place ${pct(s.place)}  agency ${pct(s.agency)}  all three ${pct(s.all)}`);
  if (process.argv.includes('--misses')) for (const m of s.misses) console.log(`  ${m.field}: ${m.byline}  want [${m.want}] got [${m.got}]`);
}
